// JSON read straight from its UTF-8 bytes, in one pass: the syntax is checked exactly as JSON.parse
// checks it (so an error keeps its place), but nothing is decoded unless the reader asks. Decoding
// a 100 MB file to a string and parsing it whole costs more than a registry load may take; the
// registry loader (load.ts) walks a file with this and decodes only what its index needs.

import type { Position } from '../text/lines';
import { lastAtOrBefore } from '../text/spans';

export class JsonSyntaxError extends Error {
  constructor(
    /** jsonc-parser's name for the error, which editors show: "CommaExpected", "ValueExpected"… */
    readonly code: string,
    /** Byte offset. */
    readonly offset: number,
  ) {
    super(`${code} at byte ${offset}`);
  }
}

/** Flags of a scanned string. */
export const ESCAPED = 1;
/** It has a printable ASCII character outside escapes, so it is not empty or blank. */
export const VISIBLE = 2;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OBJECT = 0;
const ARRAY = 1;

// ignoreBOM: a U+FEFF inside a value is text and stays, as JSON.parse keeps it
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return decoder.decode(bytes.subarray(start, end));
}

/** Whether bytes[start, end) spell `name` (an ASCII name, as every key the registry knows is). */
export function bytesAre(b: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let j = 0; j < name.length; j++) if (b[start + j] !== name.charCodeAt(j)) return false;
  return true;
}

/**
 * A cursor over JSON bytes. The walking methods leave it on the next token (whitespace skipped) and
 * throw JsonSyntaxError where JSON.parse would fail. After string() or number(), `start`..`end` is the
 * token's content (a string without its quotes) and `flags` a string's flags.
 */
export class JsonScanner {
  i = 0;
  start = 0;
  end = 0;
  flags = 0;
  private readonly stack: number[] = [];

  constructor(readonly b: Uint8Array) {}

  /** The byte at the cursor, after whitespace; -1 at the end. */
  peek(): number {
    const b = this.b;
    let i = this.i;
    while (i < b.length) {
      const c = b[i]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
    this.i = i;
    return i < b.length ? b[i]! : -1;
  }

  private fail(code: string, at = this.i): never {
    throw new JsonSyntaxError(code, at);
  }

  /** At '"': scans the string, returns its flags. */
  string(): number {
    const b = this.b;
    const n = b.length;
    const open = this.i;
    let i = open + 1;
    let flags = 0;
    for (;;) {
      if (i >= n) this.fail('UnexpectedEndOfString', open);
      const c = b[i]!;
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        flags |= ESCAPED;
        i = this.escape(i);
      } else if (c < 0x20) {
        this.fail('InvalidCharacter', i);
      } else {
        i++;
        if (c < 0x80 && c !== 0x20) {
          flags |= VISIBLE;
          // the rest needs no look at each character's kind: a tighter loop (most of a file is strings)
          while (i < n) {
            const d = b[i]!;
            if (d === QUOTE || d === BACKSLASH || d < 0x20) break;
            i++;
          }
        }
      }
    }
    this.start = open + 1;
    this.end = i;
    this.flags = flags;
    this.i = i + 1;
    return flags;
  }

  private escape(i: number): number {
    const b = this.b;
    if (i + 1 >= b.length) this.fail('UnexpectedEndOfString', i);
    const c = b[i + 1]!;
    // " \ / b f n r t
    if (c === 0x22 || c === 0x5c || c === 0x2f || c === 0x62 || c === 0x66 || c === 0x6e || c === 0x72 || c === 0x74) return i + 2;
    if (c !== 0x75) this.fail('InvalidEscapeCharacter', i);
    for (let j = i + 2; j < i + 6; j++) {
      const h = j < b.length ? b[j]! | 0x20 : 0; // lower case
      if (!((h >= 0x30 && h <= 0x39) || (h >= 0x61 && h <= 0x66))) this.fail('InvalidUnicode', i);
    }
    return i + 6;
  }

  /** At '-' or a digit: scans a number in JSON's grammar (no leading zeros, no '+', digits after '.'). */
  number(): void {
    const b = this.b;
    const start = this.i;
    let i = start;
    if (b[i] === 0x2d) i++;
    if (b[i] === 0x30) i++;
    else if (isDigit(b[i])) while (isDigit(b[i])) i++;
    else this.fail('InvalidNumberFormat', i);
    if (b[i] === 0x2e) {
      i++;
      if (!isDigit(b[i])) this.fail('InvalidNumberFormat', i);
      while (isDigit(b[i])) i++;
    }
    if (b[i] === 0x65 || b[i] === 0x45) {
      i++;
      if (b[i] === 0x2b || b[i] === 0x2d) i++;
      if (!isDigit(b[i])) this.fail('InvalidNumberFormat', i);
      while (isDigit(b[i])) i++;
    }
    this.start = start;
    this.end = i;
    this.i = i;
  }

  private literal(word: string): void {
    for (let j = 0; j < word.length; j++) if (this.b[this.i + j] !== word.charCodeAt(j)) this.fail('InvalidSymbol');
    this.i += word.length;
  }

  /** At a value that is not an object or array. */
  private scalar(c: number): void {
    if (c === QUOTE) this.string();
    else if (c === 0x2d || isDigit(c)) this.number();
    else if (c === 0x74) this.literal('true');
    else if (c === 0x66) this.literal('false');
    else if (c === 0x6e) this.literal('null');
    else this.fail(c === -1 || c === 0x7d || c === 0x5d || c === 0x2c || c === 0x3a ? 'ValueExpected' : 'InvalidSymbol');
  }

  /** At '{': true when a member follows (then call key()), false for {}. */
  openObject(): boolean {
    this.i++;
    const c = this.peek();
    if (c === 0x7d) {
      this.i++;
      return false;
    }
    if (c !== QUOTE) this.fail(c === -1 ? 'CloseBraceExpected' : 'PropertyNameExpected');
    return true;
  }

  /** At a member: scans its key and the colon, leaves the cursor on the value; returns the key's flags. */
  key(): number {
    const flags = this.string();
    if (this.peek() !== 0x3a) this.fail('ColonExpected');
    this.i++;
    this.peek();
    return flags;
  }

  /** After a member's value: true when another member follows (then call key()). */
  nextMember(): boolean {
    const c = this.peek();
    if (c === 0x2c) {
      this.i++;
      if (this.peek() !== QUOTE) this.fail('PropertyNameExpected');
      return true;
    }
    if (c !== 0x7d) this.fail(c === -1 ? 'CloseBraceExpected' : 'CommaExpected');
    this.i++;
    return false;
  }

  /** At '[': true when an element follows (the cursor is on it), false for []. */
  openArray(): boolean {
    this.i++;
    if (this.peek() !== 0x5d) return true;
    this.i++;
    return false;
  }

  /** After an element: true when another follows (the cursor is on it). */
  nextElement(): boolean {
    const c = this.peek();
    if (c === 0x2c) {
      this.i++;
      this.peek();
      return true;
    }
    if (c !== 0x5d) this.fail(c === -1 ? 'CloseBracketExpected' : 'CommaExpected');
    this.i++;
    return false;
  }

  /** Scans any value. Iterative: a deeply nested value is as valid as JSON.parse finds it. */
  skipValue(): void {
    const stack = this.stack;
    const depth = stack.length;
    for (;;) {
      const c = this.peek();
      if (c === 0x7b && this.openObject()) {
        stack.push(OBJECT);
        this.key();
        continue;
      }
      if (c === 0x5b && this.openArray()) {
        stack.push(ARRAY);
        continue;
      }
      if (c !== 0x7b && c !== 0x5b) this.scalar(c);
      // a value ended: close every container it ended
      for (;;) {
        if (stack.length === depth) return;
        if (stack[stack.length - 1] === OBJECT ? this.nextMember() : this.nextElement()) {
          if (stack[stack.length - 1] === OBJECT) this.key();
          break;
        }
        stack.pop();
      }
    }
  }

  /** After the top value: nothing but whitespace may follow. */
  finish(): void {
    if (this.peek() !== -1) this.fail('EndOfFileExpected');
  }

  /** The last string scanned, decoded. */
  stringValue(): string {
    if (this.flags & ESCAPED) return JSON.parse(decodeUtf8(this.b, this.start - 1, this.end + 1)) as string;
    return decodeUtf8(this.b, this.start, this.end);
  }

  /**
   * Offset of the value at `path` inside the (valid) value at the cursor, as jsonc-parser's
   * findNodeAtLocation finds it: the first member with that key; the value itself when a step is missing.
   */
  locate(path: readonly (string | number)[]): number {
    for (const step of path) {
      const c = this.peek();
      const at = this.i;
      let found = false;
      if (typeof step === 'string' && c === 0x7b && this.openObject()) {
        do {
          this.key();
          if (this.stringKeyIs(step)) found = true;
          else this.skipValue();
        } while (!found && this.nextMember());
      } else if (typeof step === 'number' && c === 0x5b && this.openArray()) {
        for (let k = 0; ; k++) {
          if (k === step) {
            found = true;
            break;
          }
          this.skipValue();
          if (!this.nextElement()) break;
        }
      }
      if (!found) return at;
    }
    this.peek();
    return this.i;
  }

  private stringKeyIs(name: string): boolean {
    // the key is the last string scanned
    if (this.flags & ESCAPED) return this.stringValue() === name;
    return bytesAre(this.b, this.start, this.end, name);
  }
}

/** The string at `at` (its opening quote), already checked by a scan: found and decoded with no scanner. */
export function stringAt(b: Uint8Array, at: number): string {
  let i = at + 1;
  let escaped = false;
  for (let c = b[i]; c !== QUOTE; c = b[i]) {
    if (c === BACKSLASH) {
      escaped = true;
      i += 2;
    } else i++;
  }
  return escaped ? (JSON.parse(decodeUtf8(b, at, i + 1)) as string) : decodeUtf8(b, at + 1, i);
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

/**
 * Line and character (UTF-16 code units, as LineIndex counts them: lines end at \n, \r\n or \r) of
 * byte offsets, asked in increasing order as problems are found; one walk over the bytes for all.
 */
export class BytePositions {
  private at = 0;
  private line = 0;
  private character = 0;

  constructor(private readonly b: Uint8Array) {}

  positionAt(offset: number): Position {
    if (offset < this.at) this.at = this.line = this.character = 0;
    const b = this.b;
    const end = Math.min(offset, b.length);
    let { line, character } = this;
    for (let i = this.at; i < end; i++) {
      const c = b[i]!;
      if (c === 0x0a || (c === 0x0d && b[i + 1] !== 0x0a)) {
        line++;
        character = 0;
      } else if ((c & 0xc0) !== 0x80) {
        // a sequence's first byte; four bytes make a surrogate pair
        character += c >= 0xf0 ? 2 : 1;
      }
    }
    this.at = end;
    this.line = line;
    this.character = character;
    return { line, character };
  }
}

/**
 * Positions in a UTF-8 text in any order: the line starts are found once, then a position is a
 * binary search and a scan of one line (go to definition, asked again and again of one file).
 */
export class ByteLines {
  private readonly starts: Int32Array;

  constructor(private readonly b: Uint8Array) {
    const starts = [0];
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (c === 0x0a || (c === 0x0d && b[i + 1] !== 0x0a)) starts.push(i + 1);
    }
    this.starts = Int32Array.from(starts);
  }

  positionAt(offset: number): Position {
    const end = Math.min(Math.max(offset, 0), this.b.length);
    const lo = lastAtOrBefore(this.starts, end);
    // UTF-16 units from the line's start: one per sequence, two for a four-byte one
    let character = 0;
    for (let i = this.starts[lo]!; i < end; i++) {
      const c = this.b[i]!;
      if ((c & 0xc0) !== 0x80) character += c >= 0xf0 ? 2 : 1;
    }
    return { line: lo, character };
  }
}

