// A source's entries as the registry holds them: columns (typed arrays, and one array of symbols)
// with the few fields its indexes and lists read, and the file's bytes, from which a full entry is
// decoded when asked. No object per entry: an IndexedEntry is a view made when a lookup or a
// listing asks for it, and dropped with the answer. A registry of 500,000 entries is mostly read a
// few entries at a time (the documents a text cites); 500,000 objects built up front cost time to
// make and to collect, and ~100 bytes each.

import { foldKey } from '../text/normalize';
import { decodeUtf8, stringAt } from './json';
import { keyHash } from './key';
import type { RegistryEntry } from './types';

/** Keys of an entry in the name indexes (folded): its aliases, and its title when it is a law's. */
export interface NameKeys {
  aliases: string[];
  title: string | null;
}

/** Types whose documents are cited by their title ("Luật Đất đai"). */
const CITED_BY_TITLE = /^(Luật|Bộ luật|Hiến pháp|Pháp lệnh)$/;

export function isCitedByTitle(type: string | undefined): boolean {
  return type !== undefined && CITED_BY_TITLE.test(type);
}

export function nameKeys(type: string | undefined, title: string | undefined, aliases: string[] | undefined): NameKeys | null {
  const titled = title !== undefined && isCitedByTitle(type);
  if (!titled && !aliases?.length) return null;
  return {
    aliases: aliases?.map(foldKey) ?? [],
    title: titled ? foldKey(title.startsWith(type!) ? title : `${type} ${title}`) : null,
  };
}

export function yearOf(entry: RegistryEntry): number | null {
  return entry.date ? Number(entry.date.slice(0, 4)) : null;
}

/** The year of a normative symbol (or its key): "15/2020/NĐ-CP" was signed in 2020. Null for other shapes. */
export function normativeYear(symbol: string): string | null {
  return /^\d+\/(\d{4})\//.exec(symbol)?.[1] ?? null;
}

/** An entry as a lookup or a listing gives it: what the registry keeps, and the full entry. */
export class IndexedEntry {
  private full: RegistryEntry | null;

  constructor(
    /** "built-in", a registry file's path, or the path of a document that declares itself. */
    readonly origin: string,
    readonly symbol: string,
    readonly type: string | undefined,
    readonly jurisdiction: string | undefined,
    /** Its file's bytes and its byte range there (go to definition, decoding); null when not read from JSON. */
    readonly bytes: Uint8Array | null,
    readonly start: number,
    readonly end: number,
    /** Its row in its source; -1 for a merge of two sources' entries. */
    readonly row: number,
    full: RegistryEntry | null,
    /** Where its title's string starts in `bytes`, -1 for none (a search over every title reads only those). */
    private readonly titleAt = -1,
  ) {
    this.full = full;
  }

  /** The full entry, decoded from the bytes when first read through this view. */
  get entry(): RegistryEntry {
    this.full ??= JSON.parse(decodeUtf8(this.bytes!, this.start, this.end)) as RegistryEntry;
    return this.full;
  }

  /** The title, without decoding the whole entry (a search over every entry reads it). */
  get title(): string | undefined {
    if (this.full !== null) return this.full.title;
    return this.titleAt < 0 ? undefined : stringAt(this.bytes!, this.titleAt);
  }

  /** The same document told by a later source: its fields win, one by one; its place is the entry's place. */
  mergedWith(later: IndexedEntry): IndexedEntry {
    const merged = { ...this.entry, ...later.entry };
    return new IndexedEntry(later.origin, merged.symbol, merged.type, merged.jurisdiction, later.bytes, later.start, later.end, -1, merged);
  }
}

/** One source's entries, all of one origin. Never changed once made: every registry build shares it. */
export class EntryTable {
  constructor(
    readonly origin: string,
    readonly bytes: Uint8Array | null,
    readonly symbols: readonly string[],
    /** keyHash of each symbol, computed once (on the bytes when it can be). */
    readonly keyHashes: Int32Array,
    /** Year signed, -1 when undated: what tells documents of one symbol apart when sources merge. */
    private readonly years: Int32Array,
    /** Type and jurisdiction as indexes in `strings` (a few dozen values, half a million times), -1 for none. */
    private readonly types: Int32Array,
    private readonly places: Int32Array,
    private readonly strings: readonly string[],
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly titles: Int32Array,
    /** By row, for the few entries with aliases or a law's title. */
    readonly names: ReadonlyMap<number, NameKeys>,
    /** By row, entries already decoded: given as objects, or checked by validateEntry. */
    private readonly objects: ReadonlyMap<number, RegistryEntry>,
  ) {}

  static fromObjects(origin: string, entries: readonly RegistryEntry[]): EntryTable {
    const builder = new TableBuilder();
    for (const e of entries) builder.addObject(e, -1, -1);
    return builder.build(origin, null);
  }

  get length(): number {
    return this.symbols.length;
  }

  type(row: number): string | undefined {
    const k = this.types[row]!;
    return k < 0 ? undefined : this.strings[k];
  }

  jurisdiction(row: number): string | undefined {
    const k = this.places[row]!;
    return k < 0 ? undefined : this.strings[k];
  }

  year(row: number): number | null {
    const y = this.years[row]!;
    return y < 0 ? null : y;
  }

  /** A view of one entry, made now. */
  entry(row: number): IndexedEntry {
    return new IndexedEntry(this.origin, this.symbols[row]!, this.type(row), this.jurisdiction(row), this.bytes, this.starts[row]!, this.ends[row]!, row, this.objects.get(row) ?? null, this.titles[row]);
  }

  *[Symbol.iterator](): IterableIterator<IndexedEntry> {
    for (let row = 0; row < this.length; row++) yield this.entry(row);
  }
}

/** Builds a table row by row. */
export class TableBuilder {
  private readonly symbols: string[] = [];
  private readonly keyHashes = new Ints();
  private readonly years = new Ints();
  private readonly types = new Ints();
  private readonly places = new Ints();
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly starts = new Ints();
  private readonly ends = new Ints();
  private readonly titles = new Ints();
  private readonly names = new Map<number, NameKeys>();
  private readonly objects = new Map<number, RegistryEntry>();

  /** A row; `start`, `end` its byte range, `titleAt` its title's, -1 where there is none. */
  add(symbol: string, hash: number, type: string | undefined, jurisdiction: string | undefined, year: number | null, names: NameKeys | null, start: number, end: number, titleAt: number): void {
    const row = this.symbols.length;
    this.symbols.push(symbol);
    this.keyHashes.push(hash);
    this.years.push(year ?? -1);
    this.types.push(this.idOf(type));
    this.places.push(this.idOf(jurisdiction));
    this.starts.push(start);
    this.ends.push(end);
    this.titles.push(titleAt);
    if (names) this.names.set(row, names);
  }

  /** An entry already decoded (and valid). */
  addObject(e: RegistryEntry, start: number, end: number): void {
    this.objects.set(this.symbols.length, e);
    this.add(e.symbol, keyHash(e.symbol), e.type, e.jurisdiction, yearOf(e), nameKeys(e.type, e.title, e.aliases), start, end, -1);
  }

  private idOf(value: string | undefined): number {
    if (value === undefined) return -1;
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.stringIds.set(value, id);
    }
    return id;
  }

  build(origin: string, bytes: Uint8Array | null): EntryTable {
    return new EntryTable(origin, bytes, this.symbols, this.keyHashes.done(), this.years.done(), this.types.done(), this.places.done(), this.strings, this.starts.done(), this.ends.done(), this.titles.done(), this.names, this.objects);
  }
}

/** A growing column of 32-bit integers. */
class Ints {
  private a = new Int32Array(16);
  private n = 0;

  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.n * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }

  done(): Int32Array {
    return this.a.slice(0, this.n);
  }
}
