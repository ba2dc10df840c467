// Character classes for the hand-written scanners. Plain code-unit tests: no regex, no backtracking.

import { isLetter } from '../text/vietnamese';

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Letters that may appear in a symbol code: ASCII letters and Đ/đ. */
export function isCodeLetter(c: number): boolean {
  return isAsciiLetter(c) || c === 0x110 || c === 0x111;
}

/** Any letter or combining mark, Vietnamese included (Latin ranges are enough for word boundaries here). */
export function isWordChar(c: number): boolean {
  return (
    isAsciiLetter(c) ||
    isDigit(c) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}


/** Where the blanks (spaces, tabs) that end at `at` begin. */
export function skipBlanksBack(text: string, at: number): number {
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/**
 * Back from `at` over blanks and an opening Markdown emphasis ("Ít nhất **90%**", "tối thiểu _70%_"):
 * the marks are no word, so what stands before them governs the figure.
 */
export function skipEmphasisBack(text: string, at: number): number {
  const end = skipBlanksBack(text, at);
  let i = end;
  while (i > 0 && end - i < 3 && (text.charCodeAt(i - 1) === 42 || text.charCodeAt(i - 1) === 95)) i--;
  return i < end && (i === 0 || isSpace(text.charCodeAt(i - 1))) ? skipBlanksBack(text, i) : end;
}

/** Back from `at` over blanks and at most one line break with the blanks before it (a wrapped line). */
export function skipGapBack(text: string, at: number): number {
  let end = skipBlanksBack(text, at);
  if (text.charCodeAt(end - 1) === 10) {
    end--;
    if (text.charCodeAt(end - 1) === 13) end--;
    end = skipBlanksBack(text, end);
  }
  return end;
}

/**
 * Start of `word` (given in lower case) when it ends exactly at `end` as a whole word, compared
 * without case; else -1. The backward twin of a sticky regex, without slicing the text.
 */
export function wordEndingAt(text: string, end: number, word: string): number {
  const start = end - word.length;
  if (start < 0 || (start > 0 && isLetter(text.charCodeAt(start - 1)))) return -1;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    const w = word.charCodeAt(i);
    if (c !== w && lowerCode(c) !== w) return -1;
  }
  return start;
}

/** `text` holds `prefix` (given in lower case) at `start`, compared without case. */
export function hasPrefixAt(text: string, start: number, prefix: string): boolean {
  if (start + prefix.length > text.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const c = text.charCodeAt(start + i);
    // İ lower-cases to two code units ("i̇"), which no word of ours has
    if (c === 0x130 || lowerCode(c) !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/** After the digits at `from`, with the "." and "," between digits ("1.845", "81,2"). */
export function numberEnd(text: string, from: number): number {
  let p = from;
  for (;;) {
    const c = text.charCodeAt(p);
    if (isDigit(c) || ((c === 46 || c === 44) && isDigit(text.charCodeAt(p + 1)))) p++;
    else return p;
  }
}

// toLowerCase on a two-byte string is a call into ICU: a table for the code units words are made of.
const LOWER_TABLE_SIZE = 0x2000;
const LOWER = new Uint16Array(LOWER_TABLE_SIZE);
for (let c = 0; c < LOWER_TABLE_SIZE; c++) LOWER[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);

/** The first code unit of `c` in lower case (İ becomes "i̇": 'i'). */
export function lowerCode(c: number): number {
  return c < LOWER_TABLE_SIZE ? LOWER[c]! : String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

const UPPER = new Uint16Array(LOWER_TABLE_SIZE);
for (let c = 0; c < LOWER_TABLE_SIZE; c++) UPPER[c] = String.fromCharCode(c).toUpperCase().charCodeAt(0);

/** A letter written in lower case: it has a capital that differs ("đ", "à"; not "Đ", "5", "-"). */
export function isLowerCaseLetter(c: number): boolean {
  return lowerCode(c) === c && (c < LOWER_TABLE_SIZE ? UPPER[c]! : String.fromCharCode(c).toUpperCase().charCodeAt(0)) !== c;
}

/** A set of code units below 0x2000 (letters, marks, punctuation): one typed-array load per test, no hashing. */
export class CodeSet {
  private readonly table = new Uint8Array(LOWER_TABLE_SIZE);

  constructor(codes: Iterable<number>) {
    for (const c of codes) if (c < LOWER_TABLE_SIZE) this.table[c] = 1;
  }

  has(c: number): boolean {
    return c < LOWER_TABLE_SIZE && this.table[c] === 1;
  }
}

/**
 * Items grouped by the code unit `key` gives each (a word's first or last letter), in their order:
 * where one may match, a lookup leaves only those that can.
 */
export function byCodeUnit<T>(items: Iterable<T>, key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The last code unit of a phrase given as words. */
export function lastCodeOf(words: readonly string[]): number {
  const last = words[words.length - 1]!;
  return last.charCodeAt(last.length - 1);
}

/**
 * Start of the phrase `words` (each in lower case) when it ends exactly at `end`, any white space
 * between its words, compared without case; else -1.
 */
export function phraseEndingAt(text: string, end: number, words: readonly string[]): number {
  let e = end;
  for (let k = words.length - 1; ; k--) {
    const s = wordEndingAt(text, e, words[k]!);
    if (s < 0 || k === 0) return s;
    e = skipWhiteSpaceBack(text, s);
    if (e === s) return -1;
  }
}

export function isWhiteSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Where the white space (line breaks too) that ends at `at` begins. */
export function skipWhiteSpaceBack(text: string, at: number): number {
  while (at > 0 && isWhiteSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

export function isUpperCodeLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0x110;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Blanks inside a line, the no-break space and its kin included. */
function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff || c === 0x202f || c === 0x205f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

const CONG_BAO = 'CÔNG BÁO';

/** Lines a page break may take: "CÔNG BÁO/…", its page number written twice, blank lines (p8_bhxh__thong-tu-so-02-2025…: 9). */
const MAX_GAP_LINES = 10;

/** The line [from, end): 0 text, 1 blank or a page's number ("14"), 2 a gazette's running header ("CÔNG BÁO/Số 1459 + 1460/…", "14 CÔNG BÁO/…"). */
function gapLine(text: string, from: number, end: number): 0 | 1 | 2 {
  let p = from;
  while (p < end && isBlankCode(text.charCodeAt(p))) p++;
  let e = end;
  while (e > p && isBlankCode(text.charCodeAt(e - 1))) e--;
  if (p === e) return 1;
  let d = p;
  while (d < e && isDigit(text.charCodeAt(d))) d++;
  if (d - p > 4) return 0;
  if (d === e) return 1;
  if (d > p) {
    if (!isBlankCode(text.charCodeAt(d))) return 0;
    while (isBlankCode(text.charCodeAt(d))) d++;
  }
  if (!text.startsWith(CONG_BAO, d)) return 0;
  const after = text.charCodeAt(d + CONG_BAO.length);
  return isAsciiLetter(after) || isDigit(after) || after === 95 ? 0 : 2;
}

/**
 * Spaces, or one line break followed by blank lines, page numbers and "CÔNG BÁO/Số …" running
 * headers (at most MAX_GAP_LINES lines), and the blanks that open the next line of text: where the text goes
 * on. `seen.headers` counts the running headers stepped over.
 */
export function skipGap(text: string, from: number, seen?: { headers: number }): number {
  let pos = from;
  while (isSpace(text.charCodeAt(pos))) pos++;
  if (!isLineBreak(text.charCodeAt(pos))) return pos;
  for (let lines = 0; lines < MAX_GAP_LINES; lines++) {
    if (text.charCodeAt(pos) === 13) pos++;
    if (text.charCodeAt(pos) === 10) pos++;
    let lineEnd = pos;
    while (lineEnd < text.length && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    const kind = gapLine(text, pos, lineEnd);
    if (kind !== 0) {
      if (kind === 2 && seen) seen.headers++;
      pos = lineEnd;
      if (pos >= text.length) return pos;
      continue;
    }
    while (isSpace(text.charCodeAt(pos))) pos++;
    return pos;
  }
  return pos;
}

/** At a line break (after blanks): where the text goes on past a gazette's running header, or -1 when none stands there. */
export function skipRunningHeader(text: string, at: number): number {
  const seen = { headers: 0 };
  const end = skipGap(text, at, seen);
  return seen.headers > 0 ? end : -1;
}

const HEADER_LINE_REACH = 120;

/**
 * At the start of a line (`at` just after its line break): where the text ends before the blank
 * lines, page numbers and "CÔNG BÁO/Số …" running headers above it (at most MAX_GAP_LINES lines, each read at
 * most HEADER_LINE_REACH characters back), its blanks skipped; -1 unless a running header stands
 * there. The backward twin of skipRunningHeader: "Nghị định số \n\nCÔNG BÁO/Số 275/…\n102\n143/2016/NĐ-CP".
 */
export function skipRunningHeaderBack(text: string, at: number): number {
  let headers = 0;
  let lineStart = at;
  for (let lines = 0; lines < MAX_GAP_LINES && lineStart > 0; lines++) {
    // the line before: [start, end)
    let end = lineStart - 1;
    if (text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) return -1;
    if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
    let start = end;
    while (start > 0 && end - start < HEADER_LINE_REACH && !isLineBreak(text.charCodeAt(start - 1))) start--;
    const kind = start > 0 && !isLineBreak(text.charCodeAt(start - 1)) ? 0 : gapLine(text, start, end);
    if (kind === 0) return headers > 0 ? skipBlanksBack(text, end) : -1;
    if (kind === 2) headers++;
    lineStart = start;
  }
  return -1;
}

/** Two line breaks with only blanks between them, between `from` and `to`. */
export function hasBlankLine(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++breaks === 2) return true;
    } else if (c !== 32 && c !== 9 && c !== 13) breaks = 0;
  }
  return false;
}
