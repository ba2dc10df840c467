// The words around a token that make it a citation: the type word and "số" before a symbol, the
// issuer after it ("của UBND tỉnh") or before the verb ("Ban Chấp hành Trung ương đã ban hành …"),
// a bibliography's "Issuer: Citation". All patterns end at `$` on a short slice, or are sticky:
// each is tried at one place, never across the text.

import { TYPE_WORDS } from '../data/documentTypes';
import { ISSUER_NAMES, type IssuerBody } from '../data/issuers';
import { PROVINCES } from '../data/provinces';
import { foldKey } from '../text/normalize';
import { namePattern, namesPattern } from '../text/vietnamese';

const TYPES = TYPE_WORDS.map((t) => namePattern(t.word)).join('|');
const ISSUERS = namesPattern(ISSUER_NAMES.map((i) => i.name));
const PLACES = namesPattern(PROVINCES);
const PLACE_TAIL = `(?:[ \\t]+(?:(?:tỉnh|thành phố|TP\\.?)[ \\t]+)?(${PLACES}))?`;

/** Type word, glue, "số" with its colon: "Nghị quyết số ", "Quyết địnhsố ", "Quyết định Số: ", "Luật ". */
const TYPE_LEAD = new RegExp(`(?:^|[^\\p{L}\\p{M}]|(?<=\\p{L}))(${TYPES})([ \\t]*(?:\\r?\\n[ \\t]*)?)(?:(số)([ \\t]*:?[ \\t]*(?:\\r?\\n[ \\t]*)?))?$`, 'iu');
/** "số " or "Số: " alone (a list, a header). */
const SO_LEAD = new RegExp(`(?:^|[^\\p{L}\\p{M}])(số)([ \\t]*:?[ \\t]*)$`, 'iu');

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

const LEAD_REACH = 60;

export function leadBefore(text: string, at: number): Lead | null {
  const from = Math.max(0, at - LEAD_REACH);
  const slice = text.slice(from, at);
  const m = TYPE_LEAD.exec(slice);
  if (m) {
    const typeText = m[1]!;
    const typeStart = from + m.index + m[0].length - (typeText.length + m[2]!.length + (m[3] ? m[3].length + m[4]!.length : 0));
    const typeEnd = typeStart + typeText.length;
    // A letter right before the type word: accept only a lower-case word glued to a capitalised type word
    const prev = text[typeStart - 1] ?? ' ';
    const gluedBefore = /\p{L}/u.test(prev);
    if (gluedBefore && !(prev !== prev.toUpperCase() && typeText[0] !== typeText[0]!.toLowerCase())) return soLead(at, slice);
    const so = m[3]
      ? { text: m[3] + m[4], start: typeEnd + m[2]!.length, end: at, colon: m[4]!.includes(':') }
      : null;
    return { start: typeStart, typeWord: { text: typeText, start: typeStart, end: typeEnd }, so, joined: !!m[3] && m[2] === '', gluedBefore };
  }
  return soLead(at, slice);
}

function soLead(at: number, slice: string): Lead | null {
  const s = SO_LEAD.exec(slice);
  if (!s) return null;
  const soStart = at - (s[1]!.length + s[2]!.length);
  return { start: soStart, typeWord: null, so: { text: s[1]! + s[2], start: soStart, end: at, colon: s[2]!.includes(':') }, joined: false, gluedBefore: false };
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

const issuerByFold = new Map<string, IssuerBody>();
for (const { name, body } of ISSUER_NAMES) issuerByFold.set(foldKey(name), body);

function bodyOf(written: string): IssuerBody | undefined {
  return issuerByFold.get(foldKey(written));
}

/** ", của Bộ Chính trị", " do Thủ tướng Chính phủ" right at `at`. */
const ISSUER_AFTER = new RegExp(`[ \\t]*,?\\s*(?:của|do)\\s+(${ISSUERS})${PLACE_TAIL}(?![\\p{L}\\p{M}])`, 'iuy');

export function issuerAfter(text: string, at: number): IssuerMatch | null {
  ISSUER_AFTER.lastIndex = at;
  const m = ISSUER_AFTER.exec(text);
  if (!m) return null;
  const body = bodyOf(m[1]!);
  if (!body) return null;
  const end = at + m[0].length;
  const place = m[2] ?? null;
  const start = end - m[0].length + m[0].indexOf(m[1]!);
  return { start, end, body, place };
}

/** "<Issuer> (tỉnh X) đã (ký) ban hành " or "<Issuer>: " ending at `at`, within the sentence. */
const ISSUER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(${ISSUERS})${PLACE_TAIL}[ \\t]*(?:(?:đã|vừa)[ \\t]+)?(?:(?:ký[ \\t]+)?ban hành|ra|phê duyệt(?:[ \\t]+tại)?|thông qua)[ \\t]*$|^[ \\t\\d.)\\]-]*(${ISSUERS})${PLACE_TAIL}[ \\t]*:[ \\t]*$`,
  'iu',
);
const ISSUER_REACH = 140;

export function issuerBefore(text: string, at: number): IssuerMatch | null {
  let from = Math.max(0, at - ISSUER_REACH);
  // stay inside the sentence (and the line)
  for (let i = at - 1; i >= from; i--) {
    const c = text[i]!;
    if (c === '\n' || c === ';' || (c === '.' && /\s/.test(text[i + 1] ?? ' '))) {
      from = i + 1;
      break;
    }
  }
  const slice = text.slice(from, at);
  const m = ISSUER_BEFORE.exec(slice);
  if (!m) return null;
  const name = m[1] ?? m[3]!;
  const place = m[2] ?? m[4] ?? null;
  const body = bodyOf(name);
  if (!body) return null;
  const start = from + m.index + m[0].indexOf(name);
  return { start, end: start + name.length + (place ? m[0].slice(m[0].indexOf(name) + name.length).indexOf(place) + place.length : 0), body, place };
}

/** Separators allowed between a citation and its date: ", ", " ", a line break. */
export function skipGlue(text: string, at: number): number {
  let pos = at;
  while (pos < text.length && /[ \t,\r\n]/.test(text[pos]!)) pos++;
  return pos;
}
