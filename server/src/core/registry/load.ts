// Parsing a registry file (JSON or YAML) into entries, with every problem reported at its line and
// column. A bad entry is dropped and the others are kept; a file that does not parse gives no
// entries and one error.
//
// JSON is read from its bytes in one pass (json.ts), with no string of the whole file and no object
// per entry: each entry's fields are checked against the field table (validate.ts) on the bytes, and
// only what the index needs is decoded (symbol, type, jurisdiction, year; aliases and a law's title
// where present). The full entry is decoded from its byte range when first read (entry.ts). An entry
// the byte checks cannot prove valid goes to validateEntry, which gives the problem and its place.
// YAML files are small and hand-written: parsed whole, as objects.

import { parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { LineIndex, type Position } from '../text/lines';
import type { Message } from '../types';
import { EntryTable, isCitedByTitle, nameKeys, TableBuilder } from './entry';
import { BytePositions, bytesAre, decodeUtf8, ESCAPED, JsonScanner, JsonSyntaxError, VISIBLE } from './json';
import { keyHash, keyHashOfBytes } from './key';
import type { RegistryEntry } from './types';
import { ENTRY, validateEntry, type Check, type Field, type ObjectShape, type Shape } from './validate';

export interface RegistryProblem {
  message: Message;
  line: number; // 0-based
  column: number; // 0-based, UTF-16 code units
}

export interface ParsedRegistry {
  entries: EntryTable;
  problems: RegistryProblem[];
}

export type RegistryFormat = 'json' | 'yaml';

export function registryFormatOf(path: string): RegistryFormat | null {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return null;
}

/**
 * A registry file's entries, of `origin` (the file's path). JSON is best given as the file's bytes
 * (text is encoded first); the entries keep the bytes, and decode from them.
 */
export function parseRegistry(input: Uint8Array | string, format: RegistryFormat, origin: string): ParsedRegistry {
  if (format === 'yaml') {
    const text = typeof input === 'string' ? input : decodeUtf8(input);
    const parsed = parseYaml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return { entries: EntryTable.fromObjects(origin, parsed.entries), problems: parsed.problems };
  }
  // a plain view: a Node Buffer's subarray() builds a Buffer, several times slower
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : new Uint8Array(input.buffer, input.byteOffset, input.length);
  // positions are in the text as the editor shows it: without a byte-order mark
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return new JsonReader(hasBom ? bytes.subarray(3) : bytes, origin).read();
}

const QUOTE = 0x22;

/** An object shape ready for the byte walk: keys in order, the bits of the required ones. */
interface Table {
  names: string[];
  fields: Field[];
  required: number;
  /** The key seen after each key (+1; 0: the first) last time: files write keys in one order, tried first. */
  after: Int32Array;
}

const tables = new Map<ObjectShape, Table>();
function tableOf(shape: ObjectShape): Table {
  let table = tables.get(shape);
  if (!table) {
    const names = Object.keys(shape.fields);
    const required = shape.required.reduce((bits, name) => bits | (1 << names.indexOf(name)), 0);
    table = { names, fields: names.map((n) => shape.fields[n]!), required, after: new Int32Array(names.length + 1) };
    tables.set(shape, table);
  }
  return table;
}

const ENTRY_TABLE = tableOf(ENTRY);
const [SYMBOL, TYPE, JURISDICTION, DATE, ALIASES, TITLE] = ['symbol', 'type', 'jurisdiction', 'date', 'aliases', 'title'].map((n) => ENTRY_TABLE.names.indexOf(n));

const NO_ENTRIES: Message = { vi: 'Tệp danh mục phải có mảng "entries".', en: 'A registry file must have an "entries" array.' };
const BAD_VERSION: Message = { vi: 'Chỉ hỗ trợ "version": 1.', en: 'Only "version": 1 is supported.' };

class JsonReader {
  private readonly s: JsonScanner;
  private entries = new TableBuilder();
  private entryProblems: { offset: number; message: Message }[] = [];
  private readonly words: Words;
  // what the index needs of the entry being read
  private symbol = '';
  private symbolHash = 0;
  private type: string | undefined;
  private jurisdiction: string | undefined;
  private year: number | null = null;
  private aliases: string[] | undefined;
  private titleStart = -1;
  private titleEnd = -1;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly origin: string,
  ) {
    this.s = new JsonScanner(bytes);
    this.words = new Words(bytes);
  }

  read(): ParsedRegistry {
    const positions = new BytePositions(this.bytes);
    const problem = (offset: number, message: Message) => problemAt(positions.positionAt(offset), message);
    const s = this.s;
    let list = false;
    let version = -1;
    let root = 0;
    try {
      const c = s.peek();
      root = s.i;
      if (c === 0x5b) {
        this.readEntries();
        list = true;
      } else if (c === 0x7b) {
        if (s.openObject()) {
          do {
            s.key();
            // JSON.parse keeps the last of repeated keys, and so does this
            if (this.keyIs('entries')) {
              list = s.b[s.i] === 0x5b;
              if (list) this.readEntries();
              else s.skipValue();
            } else {
              if (this.keyIs('version')) version = s.i;
              s.skipValue();
            }
          } while (s.nextMember());
        }
      } else s.skipValue();
      s.finish();
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      return { entries: this.none(), problems: [problem(e.offset, { vi: `JSON không hợp lệ (${e.code}).`, en: `Invalid JSON (${e.code}).` })] };
    }
    if (!list) return { entries: this.none(), problems: [problem(root, NO_ENTRIES)] };
    const problems: RegistryProblem[] = [];
    if (version >= 0 && this.valueAt(version) !== 1) problems.push(problem(version, BAD_VERSION));
    for (const p of this.entryProblems) problems.push(problem(p.offset, p.message));
    return { entries: this.entries.build(this.origin, this.bytes), problems };
  }

  private none(): EntryTable {
    return new TableBuilder().build(this.origin, null);
  }

  private readEntries(): void {
    const s = this.s;
    this.entries = new TableBuilder();
    this.entryProblems = [];
    if (!s.openArray()) return;
    do {
      const start = s.i;
      const ok = s.b[start] === 0x7b ? this.object(ENTRY_TABLE, true) : this.skip();
      if (ok) this.scanned(start, s.i);
      else this.checked(start, s.i);
    } while (s.nextElement());
  }

  /** An entry the byte checks passed: what the index needs, the rest left in the bytes. */
  private scanned(start: number, end: number): void {
    const titled = this.titleStart >= 0 && isCitedByTitle(this.type);
    const names = titled || this.aliases ? nameKeys(this.type, titled ? (this.valueIn(this.titleStart, this.titleEnd) as string) : undefined, this.aliases) : null;
    this.entries.add(this.symbol, this.symbolHash, this.type, this.jurisdiction, this.year, names, start, end, this.titleStart);
  }

  /** An entry the byte checks could not pass: validateEntry decides, and places its problem. */
  private checked(start: number, end: number): void {
    const value = this.valueIn(start, end);
    const problem = validateEntry(value);
    if (!problem) {
      this.entries.addObject(value as RegistryEntry, start, end);
      return;
    }
    const at = new JsonScanner(this.bytes);
    at.i = start;
    this.entryProblems.push({ offset: at.locate(problem.path), message: problem.message });
  }

  /**
   * Walks an object of a known shape; true when every field passed its byte check and the required
   * ones are there. With `extract` (an entry), keeps what the index needs.
   */
  private object(table: Table, extract: boolean): boolean {
    const s = this.s;
    if (extract) {
      this.symbol = '';
      this.type = this.jurisdiction = this.aliases = undefined;
      this.year = null;
      this.titleStart = this.titleEnd = -1;
    }
    let ok = true;
    let seen = 0;
    let previous = -1;
    if (s.openObject()) {
      do {
        s.key();
        const guess = table.after[previous + 1]!;
        const k = bytesAre(s.b, s.start, s.end, table.names[guess]!) ? guess : this.keyIndex(table.names);
        // an unknown key, or a repeated one (JSON.parse keeps the last): validateEntry decides
        if (k < 0) {
          ok = false;
          s.skipValue();
          continue;
        }
        table.after[previous + 1] = previous = k;
        if (seen & (1 << k)) ok = false;
        seen |= 1 << k;
        const start = s.i;
        const field = table.fields[k]!;
        if (!this.value(field.shape, field.check)) ok = false;
        else if (extract) this.extract(k, start);
      } while (s.nextMember());
    }
    return ok && (seen & table.required) === table.required;
  }

  private extract(k: number, start: number): void {
    const s = this.s;
    if (k === SYMBOL) {
      // symbols repeat too (numbers restart each year for each issuer), but a cache of them was
      // measured slower than decoding each: its hits are far back in the file
      this.symbol = s.stringValue();
      this.symbolHash = (s.flags & ESCAPED ? null : keyHashOfBytes(s.b, s.start, s.end)) ?? keyHash(this.symbol);
    } else if (k === TYPE) this.type = this.intern();
    else if (k === JURISDICTION) this.jurisdiction = this.intern();
    else if (k === DATE) this.year = (s.b[s.start]! - 0x30) * 1000 + (s.b[s.start + 1]! - 0x30) * 100 + (s.b[s.start + 2]! - 0x30) * 10 + (s.b[s.start + 3]! - 0x30);
    else if (k === ALIASES) this.aliases = this.valueIn(start, s.i) as string[];
    else if (k === TITLE) {
      this.titleStart = start;
      this.titleEnd = s.i;
    }
  }

  /**
   * Checks a value against a shape (see Shape in validate.ts), and `check` for the decoded kinds
   * ('string', 'number': never an array's items); always scans the value whole.
   */
  private value(shape: Shape, check: Check | null): boolean {
    const s = this.s;
    const c = s.b[s.i];
    switch (shape) {
      case 'text':
        return c === QUOTE ? (s.string() & VISIBLE) !== 0 : this.skip();
      case 'date':
        return c === QUOTE ? (s.string() & ESCAPED) === 0 && isDateBytes(s.b, s.start, s.end) : this.skip();
      case 'string':
        return c === QUOTE ? (s.string(), check!(this.intern())) : this.skip();
      case 'boolean':
        // true or false: the scanner reads the literal whole, and rejects any other
        return c === 0x74 || c === 0x66 ? (s.skipValue(), true) : this.skip();
      case 'number':
        return c === 0x2d || (c! >= 0x30 && c! <= 0x39) ? (s.number(), check!(Number(decodeUtf8(s.b, s.start, s.end)))) : this.skip();
    }
    let ok = true;
    if ('items' in shape) {
      if (c !== 0x5b) return this.skip();
      if (s.openArray()) {
        do {
          if (!this.value(shape.items, null)) ok = false;
        } while (s.nextElement());
      }
      return ok;
    }
    if ('map' in shape) {
      if (c !== 0x7b) return this.skip();
      if (s.openObject()) {
        do {
          s.key();
          if (!this.value(shape.map.shape, shape.map.check)) ok = false;
        } while (s.nextMember());
      }
      return ok;
    }
    return c === 0x7b ? this.object(tableOf(shape), false) : this.skip();
  }

  /** Scans a value of the wrong kind: the entry is not valid. */
  private skip(): false {
    this.s.skipValue();
    return false;
  }

  /** Index of the key just scanned in `names`, or -1. */
  private keyIndex(names: string[]): number {
    const s = this.s;
    if (s.flags & ESCAPED) return names.indexOf(s.stringValue());
    for (let k = 0; k < names.length; k++) if (bytesAre(s.b, s.start, s.end, names[k]!)) return k;
    return -1;
  }

  private keyIs(name: string): boolean {
    return this.keyIndex([name]) === 0;
  }

  /** The string just scanned, decoded once for all its repeats. */
  private intern(): string {
    const s = this.s;
    if (s.flags & ESCAPED) return s.stringValue();
    // a few dozen distinct words: length and three bytes tell them apart well enough
    const { b, start, end } = s;
    const n = end - start;
    const h = n === 0 ? 0 : n * 31 + b[start]! * 7 + b[end - 1]! * 131 + b[start + (n >> 1)]! * 1031;
    return this.words.get(start, end, h);
  }

  private valueIn(start: number, end: number): unknown {
    return JSON.parse(decodeUtf8(this.bytes, start, end));
  }

  /** The value at an offset (the scan has checked it). */
  private valueAt(offset: number): unknown {
    const s = new JsonScanner(this.bytes);
    s.i = offset;
    s.skipValue();
    return this.valueIn(offset, s.i);
  }
}

function isDateBytes(b: Uint8Array, start: number, end: number): boolean {
  if (end - start !== 10 || b[start + 4] !== 0x2d || b[start + 7] !== 0x2d) return false;
  for (let j = start; j < end; j++) if (j !== start + 4 && j !== start + 7 && !(b[j]! >= 0x30 && b[j]! <= 0x39)) return false;
  return true;
}

/**
 * Types, places and statuses, decoded once for all their repeats (a few dozen words, each in most
 * entries): the last word decoded at each hash slot, kept with its place in the bytes to compare.
 */
class Words {
  private readonly values = new Array<string | undefined>(1024);
  private readonly starts = new Int32Array(1024);
  private readonly ends = new Int32Array(1024);

  constructor(private readonly b: Uint8Array) {}

  /** bytes[start, end) decoded (no escapes), `hash` any hash of them. */
  get(start: number, end: number, hash: number): string {
    const k = hash & 1023;
    const known = this.values[k];
    if (known !== undefined && sameBytes(this.b, this.starts[k]!, this.ends[k]!, start, end)) return known;
    const value = decodeUtf8(this.b, start, end);
    this.values[k] = value;
    this.starts[k] = start;
    this.ends[k] = end;
    return value;
  }
}

function sameBytes(b: Uint8Array, s1: number, e1: number, s2: number, e2: number): boolean {
  if (e1 - s1 !== e2 - s2) return false;
  for (let j = 0; j < e1 - s1; j++) if (b[s1 + j] !== b[s2 + j]) return false;
  return true;
}

function problemAt(p: Position, message: Message): RegistryProblem {
  return { message, line: p.line, column: p.character };
}

/** Entries as objects, checked by validateEntry. */
interface CheckedObjects {
  entries: RegistryEntry[];
  problems: RegistryProblem[];
}

function parseYaml(text: string): CheckedObjects {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const lines = new LineIndex(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return {
      entries: [],
      problems: [problemAt(lines.positionAt(e.pos[0]), { vi: `YAML không hợp lệ: ${e.message}`, en: `Invalid YAML: ${e.message}` })],
    };
  }
  return collect(doc.toJS(), text, (path) => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node) || isSeq(node)) node = node.get(key as never, true);
      else break;
    }
    return (node as YamlNode | undefined)?.range?.[0] ?? 0;
  });
}

/** Validates data already parsed (a bundled registry): problems carry no position. */
export function registryFromData(data: unknown): CheckedObjects {
  return collect(data, '', () => 0);
}

/** Validates the top level and each entry; `locate` turns a JSON path into an offset (errors only). */
function collect(data: unknown, text: string, locate: (path: (string | number)[]) => number): CheckedObjects {
  let lines: LineIndex | undefined;
  const at = (path: (string | number)[], message: Message) => problemAt((lines ??= new LineIndex(text)).positionAt(locate(path)), message);
  const entries: RegistryEntry[] = [];
  const problems: RegistryProblem[] = [];
  const list = Array.isArray(data) ? data : isObject(data) ? data['entries'] : undefined;
  const base: (string | number)[] = Array.isArray(data) ? [] : ['entries'];
  if (!Array.isArray(list)) {
    problems.push(at([], NO_ENTRIES));
    return { entries, problems };
  }
  if (isObject(data) && data['version'] !== undefined && data['version'] !== 1) {
    problems.push(at(['version'], BAD_VERSION));
  }
  for (let i = 0; i < list.length; i++) {
    const problem = validateEntry(list[i]);
    if (problem) {
      problems.push(at([...base, i, ...problem.path], problem.message));
      continue;
    }
    entries.push(list[i] as RegistryEntry);
  }
  return { entries, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
