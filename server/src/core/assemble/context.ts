// The words around a token that make it a citation: the type word and "số" before a symbol, the
// issuer after it ("của UBND tỉnh") or before the verb ("Ban Chấp hành Trung ương đã ban hành …"),
// a bibliography's "Issuer: Citation". All patterns end at `$` on a short slice, or are sticky:
// each is tried at one place, never across the text.

import { GENERIC_TYPE_WORDS, TYPE_WORDS } from '../data/documentTypes';
import { bodyNamed, ISSUER_NAMES, ISSUING_ADVERBS, OFFICES, ON_BEHALF_WORDS, SESSION_BEFORE_ISSUER, type IssuerBody } from '../data/issuers';
import { PROVINCES } from '../data/provinces';
import { isLetter, namesPattern, otherPlacement, WORD_END } from '../text/vietnamese';
import { byCodeUnit, hasPrefixAt, lowerCode, skipBlanksBack, skipGapBack, skipRunningHeaderBack, wordEndingAt } from '../scan/chars';

const ISSUERS = namesPattern(ISSUER_NAMES.map((i) => i.name));
const PLACES = namesPattern(PROVINCES);
const PLACE_TAIL = `(?:[ \\t]+(?:(?:tỉnh|thành phố|TP\\.?)[ \\t]+)?(${PLACES}))?`;

export interface Lead {
  start: number;
  typeWord: { text: string; start: number; end: number } | null;
  /** "số" and what follows it up to the symbol. */
  so: { text: string; start: number; end: number; colon: boolean } | null;
  /** Type word directly followed by "số", no space. */
  joined: boolean;
  /** Type word glued to the word before it ("vàQuyết định"): extraction noise, reported. */
  gluedBefore: boolean;
}

// Type words in lower case, in both tone placements ("kế hoạch", "kế hoạch"); the text is NFC here.
// A generic word ("Văn bản") leads a symbol as a type word does.
const TYPE_BY_LOWER = new Set<string>();
for (const word of [...TYPE_WORDS.map((t) => t.word), ...GENERIC_TYPE_WORDS]) {
  TYPE_BY_LOWER.add(word.toLowerCase());
  TYPE_BY_LOWER.add(otherPlacement(word).toLowerCase());
}
// Last words of type words: a word before a symbol that is none of these starts no type word.
const TYPE_LAST_WORDS = new Set([...TYPE_BY_LOWER].map((w) => w.split(' ').pop()!));
const MAX_TYPE_WORDS = Math.max(...TYPE_WORDS.map((t) => t.word.split(' ').length));


/**
 * The type word and "số" before `at`, read backwards word by word: "Nghị quyết số ", "Quyết
 * địnhsố ", "Quyết định Số: ", "Nghị định ", "số " alone. No regex over the text: a few
 * character tests and one map lookup per candidate.
 */
export function leadBefore(text: string, at: number, acrossLine = false): Lead | null {
  // char codes throughout: indexing a Vietnamese letter (text[i]) makes a string each time
  const code = (i: number) => text.charCodeAt(i);
  // "Nghị định số \n\nCÔNG BÁO/Số 275/…\n102\n143/2016/NĐ-CP": a gazette's page break between "số" and the symbol
  let pos = headerBefore(text, at);
  if (pos < 0) pos = skipGapBack(text, at);
  let colon = false;
  if (code(pos - 1) === 58) {
    colon = true;
    pos = skipBlanksBack(text, pos - 1);
  }
  let so: Lead['so'] = null;
  let typeEnd = at;
  if (pos >= 2 && (code(pos - 2) | 0x20) === 115 && (code(pos - 1) === 0x1ed1 || code(pos - 1) === 0x1ed0)) {
    // "số", "Số", "SỐ"
    so = { text: text.slice(pos - 2, at), start: pos - 2, end: at, colon };
    typeEnd = pos - 2;
  } else if (colon) return null;
  const joined = !!so && isLetter(code(typeEnd - 1));
  // words before: up to MAX_TYPE_WORDS, across spaces and one line break
  let p = skipBlanksBack(text, typeEnd);
  // "Thông tư \n\nCÔNG BÁO/Số 51/…\n75\nsố 004/2025/TT-BNV": a type word before a gazette's page break
  const past = code(p - 1) === 10 ? headerBefore(text, p) : -1;
  if (past >= 0) p = past;
  else if (code(p - 1) === 10) {
    // a symbol at the start of a line has no type word, unless asked (see assemble: a law's symbol)
    if (!so && !acrossLine) return null;
    p = skipGapBack(text, p);
  }
  const wordEnd = p;
  let q = p;
  while (isLetter(code(q - 1))) q--;
  const starts: number[] = [];
  // the last word first: only one that ends some type word is worth reading further back
  if (q < p && TYPE_LAST_WORDS.has(text.slice(q, wordEnd).toLowerCase())) {
    for (let n = 0; n < MAX_TYPE_WORDS; n++) {
      q = p;
      while (isLetter(code(q - 1))) q--;
      if (q === p) break;
      starts.push(q);
      p = skipBlanksBack(text, q);
      // "Quyết \nđịnh số 130-CP": a type word broken across lines (only a whole type word matches)
      if (code(p - 1) === 10) {
        const r = skipGapBack(text, p);
        if (isLetter(code(r - 1))) p = r;
      }
    }
  }
  for (let n = starts.length; n >= 1; n--) {
    const found = typeWordAt(text, starts[n - 1]!, wordEnd);
    if (found) {
      return {
        start: found.start,
        typeWord: { text: text.slice(found.start, wordEnd), start: found.start, end: wordEnd },
        so,
        joined,
        gluedBefore: found.glued,
      };
    }
  }
  if (!so || joined) return null;
  return { start: so.start, typeWord: null, so, joined: false, gluedBefore: false };
}

/** At a line's start (blanks before `at` aside): where the text ends above a gazette's running header, or -1. */
function headerBefore(text: string, at: number): number {
  const b = skipBlanksBack(text, at);
  const c = text.charCodeAt(b - 1);
  return c === 10 || c === 13 ? skipRunningHeaderBack(text, b) : -1;
}

/** Is text[start, end) a type word, or a lower-case word glued to one ("vàQuyết định")? */
function typeWordAt(text: string, start: number, end: number): { start: number; glued: boolean } | null {
  const phrase = singleSpaced(text, start, end);
  if (TYPE_BY_LOWER.has(phrase.toLowerCase())) return { start, glued: false };
  // camel join from text extraction: a lower-case letter, then the capitalised type word
  for (let i = start + 1; i < end && isLetter(text.charCodeAt(i)); i++) {
    const c = text[i]!;
    if (c !== c.toUpperCase() || c === c.toLowerCase()) continue;
    const prev = text[i - 1]!;
    if (prev === prev.toUpperCase()) return null;
    const rest = singleSpaced(text, i, end);
    return TYPE_BY_LOWER.has(rest.toLowerCase()) ? { start: i, glued: true } : null;
  }
  return null;
}

/**
 * text[start, end) with each run of white space made one space. The words read here are nearly
 * always single-spaced already: checked by char codes, so the regex runs only when it changes something.
 */
export function singleSpaced(text: string, start: number, end: number): string {
  const phrase = text.slice(start, end);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? i + 1 < end && isWhiteSpaceCode(text.charCodeAt(i + 1)) : isWhiteSpaceCode(c)) return phrase.replace(/\s+/g, ' ');
  }
  return phrase;
}

/** What /\s/ matches. */
export function isWhiteSpaceCode(c: number): boolean {
  // ASCII letters, digits and marks first: most characters asked about are one
  if (c > 32 && c < 0xa0) return false;
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when only white space and Markdown markers stand between the start of the line and `at`. */
export function atLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return true;
    if (!/[ \t#*>|_-]/.test(c)) return false;
  }
  return true;
}

export interface IssuerMatch {
  start: number;
  end: number;
  body: IssuerBody;
  place: string | null;
}

/** ", của Bộ Chính trị", " do Thủ tướng Chính phủ" right at `at`. */
// "của Bộ trưởng Bộ Tài chính": the office holder signs for the body, "của Hội nghị lần thứ sáu Ban
// Chấp hành Trung ương" the session adopts for it; "của Bộ \ntrưởng Bộ Y tế", a line wrapped inside
// the office as inside a name (gazette texts)
const OFFICE = `(?:(?:${namesPattern(OFFICES)}|${SESSION_BEFORE_ISSUER})\\s+)?`;
// "ngày 08/6/2022 ban hành bởi Tỉnh ủy Kiên Giang": the agent of the passive, as "của" or "do" names it
const ISSUER_AFTER = new RegExp(`[ \\t]*,?\\s*(?:của|do|(?:(?:được\\s+)?(?:ký\\s+)?ban\\s+hành\\s+)?bởi)\\s+${OFFICE}(${ISSUERS})${PLACE_TAIL}${WORD_END}`, 'iuy');

export function issuerAfter(text: string, at: number): IssuerMatch | null {
  ISSUER_AFTER.lastIndex = at;
  const m = ISSUER_AFTER.exec(text);
  if (!m) return null;
  const body = bodyNamed(m[1]!);
  if (!body) return null;
  const end = at + m[0].length;
  const place = m[2] ?? null;
  const start = end - m[0].length + m[0].indexOf(m[1]!);
  return { start, end, body, place };
}

/**
 * "<Issuer> (tỉnh X) đã (ký) ban hành " or "<Issuer>: " ending at `at`, within the sentence. Sticky:
 * tried at each word start (and line start) of the slice before the citation, left to right, since
 * a search would test this long alternation at every position.
 */
const ISSUER_BEFORE = new RegExp(
  `(${ISSUERS})${PLACE_TAIL}[ \\t]*(?:(?:đã|vừa)[ \\t]+)?(?:(?:${namesPattern(ISSUING_ADVERBS)})[ \\t]+)?(?:(?:ký[ \\t]+)?ban hành|ra|phê duyệt(?:[ \\t]+tại)?|thông qua)[ \\t]*$|^[ \\t\\d.)\\]-]*(${ISSUERS})${PLACE_TAIL}[ \\t]*:[ \\t]*$`,
  'imuy', // ^ at any line start (a bibliography line); the match must still end at the citation
);
const ISSUER_REACH = 140;
/** The words ISSUER_BEFORE ends with: checked first, since most citations have none of them before. */
const ISSUER_BEFORE_ENDS = ['ban hành', 'ra', 'phê duyệt', 'tại', 'thông qua'];

export function issuerBefore(text: string, at: number): IssuerMatch | null {
  const end = skipBlanksBack(text, at);
  if (text.charCodeAt(end - 1) !== 58 && !ISSUER_BEFORE_ENDS.some((w) => wordEndingAt(text, end, w) >= 0)) return null;
  let from = Math.max(0, at - ISSUER_REACH);
  // stay inside the sentence: a line break alone may be a wrapped line ("Thủ tướng\nChính phủ ban hành")
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 || (c === 46 && /\s/.test(text[i + 1] ?? ' ')) || (c === 10 && blankLineEndsAt(text, from, i))) {
      from = i + 1;
      break;
    }
  }
  const slice = text.slice(from, at);
  const signed = issuerBeforeIn(slice);
  if (!signed || signed.index + signed[0].length !== slice.length) return null;
  // "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành": the body signed for issues it
  const onBehalf = ON_BEHALF.exec(slice.slice(0, signed.index));
  const m = onBehalf ?? signed;
  const name = m[1] ?? m[3]!;
  const place = m[2] ?? m[4] ?? null;
  const body = bodyNamed(name);
  if (!body) return null;
  const start = from + m.index + m[0].indexOf(name);
  return { start, end: start + name.length + (place ? m[0].slice(m[0].indexOf(name) + name.length).indexOf(place) + place.length : 0), body, place };
}

/** "Thay mặt Bộ Chính trị, ", "T/M Ban Thường vụ Tỉnh ủy, đồng chí …, ": who signs, for which body, closing the words before a signer. */
const ON_BEHALF = new RegExp(`(?:${namesPattern(ON_BEHALF_WORDS)})[ \\t]+(${ISSUERS})${PLACE_TAIL}[ \\t]*,[^.;:]{0,80}$`, 'iu');

// The first words of the issuers' names, in lower case and both tone placements: one attempt of
// the long alternation costs ~300 ns, a look at the word almost nothing.
// By first letter, so that most positions are passed over with one lookup.
const ISSUER_FIRST_WORDS = byCodeUnit(
  new Set(ISSUER_NAMES.flatMap(({ name }) => [name, otherPlacement(name)].map((n) => n.split(/\s/)[0]!.toLowerCase()))),
  (word) => word.charCodeAt(0),
);

/** An issuer's name may begin at `p`: the text there starts with one of their first words. */
function mayStartIssuer(text: string, p: number): boolean {
  const words = ISSUER_FIRST_WORDS.get(lowerCode(text.charCodeAt(p)));
  return !!words && words.some((w) => hasPrefixAt(text, p, w));
}

/** ISSUER_BEFORE's leftmost match in `slice`: at a line start, or a word start where an issuer's name may begin. */
function issuerBeforeIn(slice: string): RegExpExecArray | null {
  for (let p = 0; p < slice.length; p++) {
    const before = p === 0 ? 10 : slice.charCodeAt(p - 1);
    if (before !== 10 && (isLetter(before) || !mayStartIssuer(slice, p))) continue;
    ISSUER_BEFORE.lastIndex = p;
    const m = ISSUER_BEFORE.exec(slice);
    if (m) return m;
  }
  return null;
}

/** A line break, then only blanks, just before `i` (not before `from`): the line at `i` follows a blank line. */
function blankLineEndsAt(text: string, from: number, i: number): boolean {
  const j = skipBlanksBack(text, i);
  return j > from && text.charCodeAt(j - 1) === 10;
}

/** Separators allowed between a citation and its date: ", ", " ", a line break. */
export function skipGlue(text: string, at: number): number {
  let pos = at;
  for (let c = text.charCodeAt(pos); c === 32 || c === 9 || c === 44 || c === 13 || c === 10; c = text.charCodeAt(++pos));
  return pos;
}
