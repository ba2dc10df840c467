// The "số, ký hiệu" grammar (RULES.md §1.1, §2.2, §3.2), read by hand from a digit run:
//   state      N/TYPE-ISSUER(-ISSUER…)        749/QĐ-TTg, 55/KH-UBND
//   letter     N/ISSUER-UNIT                  123/UBND-VX  (công văn: no type code)
//   normative  N/YYYY/TYPE-ISSUER(-…)         15/2020/NĐ-CP, 01/2020/TTLT-BTC-BNV
//              N/YYYY/QHk, N/YYYY/UBTVQHk     20/2023/QH15
//   party      N-TYPE/ISSUER(-ISSUER…)        52-NQ/TW, 05-QC/BTCTU-BDVTU
// Leniently accepted, then reported (VB101/VB103): spaces around separators, a space for the
// hyphen ("342/BC STTTT"), D for Đ, any letter case, a line break (and a page's running header)
// after a separator, and the Party form written as a State one or the reverse.

import type { Shape } from '../types';
import { HISTORIC_HYPHEN_CODES, HISTORIC_ORDER_CODES, isTypeCode, typeCodeSpelling } from '../data/documentTypes';
import { HISTORIC_STATE_ISSUER_CODES, ISSUER_CODE_VARIANTS, PARTY_ISSUER_CODES, STATE_ISSUER_CODES, TERM_ISSUER_CODES, isStateIssuerCode, issuerCodeSpelling } from '../data/issuers';
import { isCodeLetter, isDigit, isLowerCaseLetter, isSpace, isUpperCodeLetter, isWordChar, skipGap } from './chars';
import { isLetter } from '../text/vietnamese';

export type SymbolDefectKind = 'separator' | 'ascii-d' | 'case' | 'variant';

/**
 * A symbol in the canonical form of its shape (RULES.md §1.1, §2.1, §3.2): 749/QĐ-TTg (state),
 * 15/2020/NĐ-CP (normative, with its year), 52-NQ/TW (party); several issuers joined by hyphens.
 */
export function symbolOf(shape: 'state' | 'normative' | 'party', number: string, typeCode: string, issuers: readonly string[], year: number | null = null): string {
  const by = issuers.join('-');
  return shape === 'party' ? `${number}-${typeCode}/${by}` : shape === 'normative' ? `${number}/${year}/${typeCode}-${by}` : `${number}/${typeCode}-${by}`;
}

export interface ScannedSymbol {
  start: number;
  end: number;
  number: string;
  shape: Shape;
  typeCode: string | null;
  /** Issuer code(s) as in the canonical symbol, joined by '-'. */
  issuerCode: string | null;
  year: number | null;
  canonical: string;
  /**
   * A symbol only when a type word stands before it: "N/X" ("Công văn số 43/CP"), and the readings
   * of a mis-written symbol that are certain only there ("Kết luận số 21/KL/TW").
   */
  bare: boolean;
  defects: SymbolDefectKind[];
  /** The shape the author wrote, when it is the wrong family's (VB103). */
  writtenShape: Shape | null;
  /** The next word touches the symbol ("202/2025/QH15ngày"): text extraction noise, reported. */
  gluedAfter: boolean;
  /**
   * A type code only normative documents carry, in the State shape with no year ("Nghị định số
   * 45/NĐ-CP"): such a number always has its year (RULES.md §2.2), reported (VB101).
   */
  yearMissing: boolean;
}

interface Segment {
  text: string;
  sep: '/' | '-' | ' ';
  /** Spaces or a line break around the separator. */
  loose: boolean;
  /** A word follows with no space between. */
  glued?: boolean;
  /** The slash written twice ("64//2023/NĐ-CP"). */
  doubled?: boolean;
  /** Read only as a mis-written code, certain only after a type word ("NĐ-Cpngày"). */
  lenient?: boolean;
}

const MAX_NUMBER_DIGITS = 6;
const LEGISLATIVE = /^(QH|UBTVQH)(\d{1,2})$/i;

/** Reads a symbol starting at the digit run [start, numberEnd). Returns null when the text there is not one. */
export function scanSymbol(text: string, start: number, numberEnd: number): ScannedSymbol | null {
  if (numberEnd - start > MAX_NUMBER_DIGITS) return null;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  // Part of a larger token: "12:2020/BYT", "01-7-2025", "v1/…", "1.693/1.733".
  if ((isWordChar(before) && !afterGluedSo(text, start)) || before === 47 || before === 45 || before === 46 || before === 44 || before === 37) return null;
  // "12:2020/BYT" is a standard's year; "Số:188/2026/NĐ-CP" is a heading without its space
  if (before === 58 && !/số$/i.test(text.slice(Math.max(0, start - 3), start - 1))) return null;

  const segments: Segment[] = [];
  let pos = numberEnd;
  const spaced = readSpaceForSeparator(text, pos);
  if (spaced) {
    segments.push(spaced.segment);
    pos = spaced.end;
  }
  for (;;) {
    const step = readSeparatedSegment(text, pos, segments.length === 0);
    if (!step) break;
    segments.push(step.segment);
    pos = step.end;
  }
  const lenient =
    segments.length === 1 ? readSpaceSeparatedIssuer(text, pos, segments[0]!) : segments.length === 2 ? readSpaceSeparatedNormativeIssuer(text, pos, segments) : null;
  if (lenient) {
    segments.push(lenient.segment);
    pos = lenient.end;
  }
  if (segments.length === 0) return null;
  // "12/Ubnd-Vp": a code read only as a mis-cased known one, then a segment that cannot be read:
  // what the author meant is not certain
  const c = text.charCodeAt(pos);
  if ((c === 45 || c === 47) && isCodeLetter(text.charCodeAt(pos + 1)) && segments.some((s) => miscasedIssuer(s.text))) return null;
  const symbol = classify(text.slice(start, numberEnd), segments, start, pos);
  if (!symbol) return null;
  if (segments.some((s) => s.doubled)) {
    // certain only when the rest is a whole symbol with a type code: not "1//A", a path or a link
    if (symbol.shape === 'letter' || symbol.bare || (!symbol.typeCode && symbol.year === null)) return null;
    if (!symbol.defects.includes('separator')) symbol.defects.push('separator');
  }
  symbol.gluedAfter = segments[segments.length - 1]!.glued === true;
  if (segments.some((s) => s.lenient)) symbol.bare = true;
  if (symbol.shape === 'party' && segments.length === 2 && !symbol.gluedAfter) readHistoricTail(text, symbol);
  return symbol;
}

const MAX_TAIL_DIGITS = 4;

/**
 * "LUẬT SỐ 102-SL/L-004", "SỐ 101-SL/L.003": a law of 1957–1959 numbered by the Sắc lệnh that
 * promulgated it carries its own number after the sắc lệnh's symbol, after a hyphen or a dot
 * (data: HISTORIC_HYPHEN_CODES). The number is part of the symbol, written as the law writes it.
 */
function readHistoricTail(text: string, symbol: ScannedSymbol): void {
  if (!symbol.typeCode || !HISTORIC_HYPHEN_CODES.has(symbol.typeCode)) return;
  const sep = text.charCodeAt(symbol.end);
  if (sep !== 45 && sep !== 46) return;
  let end = symbol.end + 1;
  while (isDigit(text.charCodeAt(end)) && end - symbol.end <= MAX_TAIL_DIGITS) end++;
  // one to four digits, then not a word, another digit or a decimal part
  if (end === symbol.end + 1 || isWordChar(text.charCodeAt(end)) || (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1)))) return;
  symbol.canonical += text.slice(symbol.end, end);
  symbol.end = end;
}

/** "Nghị quyết số190/2025/QH15": "số" run into the number (reported by the assembler). */
function afterGluedSo(text: string, start: number): boolean {
  return start >= 2 && text.slice(start - 2, start).toLowerCase() === 'số' && !isWordChar(text.charCodeAt(start - 3));
}

function readSeparatedSegment(text: string, from: number, first: boolean): { segment: Segment; end: number } | null {
  let pos = from;
  while (isSpace(text.charCodeAt(pos))) pos++;
  const spaceBefore = pos !== from;
  const sepCode = text.charCodeAt(pos);
  if (sepCode !== 47 && sepCode !== 45) return null;
  pos++;
  // "64//2023/NĐ-CP", "86/2024//TT-BTC": a slash typed twice (kept only if a whole symbol follows)
  const doubled = sepCode === 47 && text.charCodeAt(pos) === 47 && !spaceBefore;
  if (doubled) pos++;
  const afterSep = skipGap(text, pos);
  const spaceAfter = afterSep !== pos;
  // "69/2019/NĐ-\nCP": a line break after a separator (and a page's running header) is layout, not a defect
  const lineBreak = spaceAfter && text.slice(pos, afterSep).includes('\n');
  pos = afterSep;
  const seg = readSegment(text, pos, first && sepCode === 47, !first);
  if (!seg) return null;
  // "21 / 2008 / QĐ - NHNN" (spaced on both sides) or "749/QĐ -TTg" (one side, before a code):
  // accepted and reported; "12 -3" and the like are not symbols
  if (spaceBefore !== spaceAfter && !/^(?:[A-ZĐ][A-ZĐa-z0-9]+|\d{4})$/.test(seg.text)) return null;
  if (doubled && spaceAfter) return null;
  return { segment: { text: seg.text, sep: sepCode === 47 ? '/' : '-', loose: spaceBefore || (spaceAfter && !lineBreak), glued: seg.glued, doubled, lenient: seg.lenient }, end: seg.end };
}

/** A segment after a separator; `gluedAllowed`: a word run into its end may be cut off (not after the number itself). */
function readSegment(text: string, from: number, yearAllowed: boolean, gluedAllowed: boolean): { text: string; end: number; glued?: boolean; lenient?: boolean } | null {
  let pos = from;
  const c = text.charCodeAt(pos);
  if (isDigit(c)) {
    if (!yearAllowed) return null;
    while (isDigit(text.charCodeAt(pos))) pos++;
    // "26/20216/QĐ-TTg": a year mistyped with a digit or two too many is read, and VB105 reports it
    if (pos - from < 4 || pos - from > 6) return null;
    const next = text.charCodeAt(pos);
    // a year segment must be followed by '/' (15/2020/NĐ-CP); "3/2021" alone is a month
    let look = pos;
    while (isSpace(text.charCodeAt(look))) look++;
    if (text.charCodeAt(look) !== 47 || isWordChar(next)) return null;
    return { text: text.slice(from, pos), end: pos };
  }
  if (!isCodeLetter(c)) return null;
  while (isCodeLetter(text.charCodeAt(pos)) || text.charCodeAt(pos) === U_HORN) pos++;
  const lettersEnd = pos;
  while (isDigit(text.charCodeAt(pos))) pos++; // QH15, UBTVQH14
  const seg = text.slice(from, pos);
  if (!isWordChar(text.charCodeAt(pos)) && (plausibleCode(seg) || ISSUER_CODE_VARIANTS.has(seg) || gluedCodes(seg) !== null)) return { text: seg, end: pos };
  // "Ngày", "Mẫu": an ordinary word; "QH15ngày", "UBNDngày", "TTgngày": a code and a word run together
  if (!gluedAllowed) return null;
  const split = pos > lettersEnd ? (plausibleCode(seg) && lowerWordAt(text, pos) ? pos : -1) : codeBeforeWord(text, from, lettersEnd);
  if (split >= 0) return { text: text.slice(from, split), end: split, glued: true };
  // "NĐ-Cpngày": a State issuer's code in the wrong case run into "ngày" (the case of the code's
  // last letter is unknowable otherwise); only "ngày", and only after a type word
  const ngay = pos > lettersEnd ? -1 : miscasedCodeBeforeNgay(text, from, lettersEnd);
  if (ngay < 0) return null;
  return { text: text.slice(from, ngay), end: ngay, glued: true, lenient: true };
}

const U_HORN = 0x1af; // Ư, as in "TƯ" for TW

function isLowerLetter(c: number): boolean {
  return isLetter(c) && isLowerCaseLetter(c);
}

/** Where a known code ends inside the letter run [from, end) with a lower-case word after it; -1 when none does. */
function codeBeforeWord(text: string, from: number, end: number): number {
  for (let split = end - 1; split >= from + 2; split--) {
    if (!lowerWordAt(text, split)) continue;
    const code = text.slice(from, split);
    if (typeCodeSpelling(code) === code || STATE_ISSUER_CODES.has(code) || PARTY_ISSUER_CODES.has(code)) return split;
  }
  return -1;
}

/** Where "ngày" starts inside the letter run [from, end) after a mis-cased State issuer code ("Cpngày"); -1 when it does not. */
function miscasedCodeBeforeNgay(text: string, from: number, end: number): number {
  // "ngày": 'n', 'g' are code letters, 'à' ends the run
  const at = end - 2;
  if (at < from + 2 || text.charCodeAt(at) !== 110 || text.charCodeAt(at + 1) !== 103 || text.charCodeAt(end) !== 0xe0 || text.charCodeAt(end + 1) !== 121) return -1;
  if (isWordChar(text.charCodeAt(end + 2))) return -1;
  const code = text.slice(from, at);
  const upper = code.toUpperCase();
  return code !== upper && isUpperCodeLetter(code.charCodeAt(0)) && STATE_ISSUER_CODES.has(issuerCodeSpelling(upper)) && issuerCodeSpelling(upper) !== code ? at : -1;
}

/** Does a word in lower case start at `at` ("ngày", not "gCP")? */
function lowerWordAt(text: string, at: number): boolean {
  if (!isLowerLetter(text.charCodeAt(at))) return false;
  for (let i = at + 1; isWordChar(text.charCodeAt(i)) && !isDigit(text.charCodeAt(i)); i++) {
    if (!isLowerLetter(text.charCodeAt(i))) return false;
  }
  return true;
}

/** Upper case, a known mixed-case code, or all lower case (a case defect, still a symbol). */
function plausibleCode(seg: string): boolean {
  const letters = seg.replace(/\d+$/, '');
  if (letters.length === 0 || letters.length > 16) return false;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < letters.length; i++) {
    if (isUpperCodeLetter(letters.charCodeAt(i))) upper++;
    else lower++;
  }
  if (lower === 0 || upper === 0) return true;
  return typeCodeSpelling(letters) === letters || issuerCodeSpelling(letters) === letters || isMixedCaseCode(letters);
}

function isMixedCaseCode(letters: string): boolean {
  if (typeCodeSpelling(letters) !== undefined || issuerCodeSpelling(letters) !== letters.toUpperCase()) return true;
  // "56/2024/Qh15", "12/Ubnd": a known issuer code in the wrong case (reported, fixed to capitals)
  const upper = letters.toUpperCase();
  return STATE_ISSUER_CODES.has(upper) || PARTY_ISSUER_CODES.has(upper) || TERM_ISSUER_CODES.has(upper);
}

/** "Ubnd", "Qh15": mixed case, neither a type code nor a code spelled in mixed case on purpose. */
function miscasedIssuer(seg: string): boolean {
  const letters = seg.replace(/\d+$/, '');
  return letters !== letters.toUpperCase() && letters !== letters.toLowerCase() && typeCodeSpelling(letters) === undefined && issuerCodeSpelling(letters) !== letters;
}

/**
 * "588/QĐTTg", "104/2003/NĐCP", "27/2016/TTBLĐTBXH": a type code run into a State issuer code, the
 * hyphen left out ("19-NQTW": into a Party one, the slash left out, with PARTY_ISSUER_CODES). Both
 * parts must be spelled exactly as the tables spell them (no D read as Đ, no case folded), the
 * split must be the only one, and the whole must not be a code itself.
 */
function gluedCodes(seg: string, issuers: ReadonlySet<string> = STATE_ISSUER_CODES): { type: string; issuer: string } | null {
  if (typeCodeSpelling(seg) !== undefined || STATE_ISSUER_CODES.has(seg) || PARTY_ISSUER_CODES.has(seg)) return null;
  let found: { type: string; issuer: string } | null = null;
  for (let i = 1; i < seg.length - 1; i++) {
    const type = seg.slice(0, i);
    const issuer = seg.slice(i);
    if (typeCodeSpelling(type) !== type || !issuers.has(issuer)) continue;
    if (found) return null;
    found = { type, issuer };
  }
  return found;
}

/**
 * "Nghị quyết số 52 NQ/TW", "Quyết định số 749 QĐ-TTg": a space where the separator after the
 * number belongs, then a type code spelled as the tables spell it, run into its own separator. That
 * separator tells the form: "/" after the code is the Party's (52-NQ/TW), "-" the State's
 * (749/QĐ-TTg). Certain only after a type word.
 */
function readSpaceForSeparator(text: string, from: number): { segment: Segment; end: number } | null {
  if (text.charCodeAt(from) !== 32 || !isUpperCodeLetter(text.charCodeAt(from + 1))) return null;
  let pos = from + 1;
  while (isCodeLetter(text.charCodeAt(pos))) pos++;
  const code = text.slice(from + 1, pos);
  const next = text.charCodeAt(pos);
  if (typeCodeSpelling(code) !== code || !isUpperCodeLetter(text.charCodeAt(pos + 1))) return null;
  if (next === 47 && isTypeCode('party', code)) return { segment: { text: code, sep: '-', loose: true, lenient: true }, end: pos };
  if (next === 45 && isTypeCode('state', code)) return { segment: { text: code, sep: '/', loose: true, lenient: true }, end: pos };
  return null;
}

/** "342/BC STTTT": a known type code, one space, then an upper-case issuer code. */
function readSpaceSeparatedIssuer(text: string, from: number, only: Segment): { segment: Segment; end: number } | null {
  if (only.sep !== '/' || !isTypeCode('state', spellType(only.text))) return null;
  if (text.charCodeAt(from) !== 32) return null;
  let pos = from + 1;
  const start = pos;
  while (isUpperCodeLetter(text.charCodeAt(pos))) pos++;
  if (pos - start < 2 || isWordChar(text.charCodeAt(pos))) return null;
  const seg = text.slice(start, pos);
  // A following lower-case word ("UBND tỉnh") is fine; an upper-case issuer code is what we need.
  return { segment: { text: seg, sep: ' ', loose: true }, end: pos };
}

/**
 * "31/2021/NĐ CP": a year, a normative type code, one space, then a State issuer's code, each
 * spelled as the tables spell them; certain only after a type word.
 */
function readSpaceSeparatedNormativeIssuer(text: string, from: number, segs: Segment[]): { segment: Segment; end: number } | null {
  const [year, type] = segs as [Segment, Segment];
  if (year.sep !== '/' || type.sep !== '/' || year.loose || type.loose || type.glued || !isDigit(year.text.charCodeAt(0))) return null;
  if (text.charCodeAt(from) !== 32 || typeCodeSpelling(type.text) !== type.text || !isTypeCode('normative', type.text)) return null;
  let pos = from + 1;
  while (isCodeLetter(text.charCodeAt(pos))) pos++;
  if (pos === from + 1 || isWordChar(text.charCodeAt(pos)) || text.charCodeAt(pos) === 45 || text.charCodeAt(pos) === 47) return null;
  const seg = text.slice(from + 1, pos);
  if (!STATE_ISSUER_CODES.has(seg)) return null;
  return { segment: { text: seg, sep: '-', loose: true, lenient: true }, end: pos };
}

function spellType(code: string): string {
  return typeCodeSpelling(code) ?? typeCodeSpelling(code.replace(/D/g, 'Đ')) ?? code;
}

interface Code {
  spelled: string;
  defects: SymbolDefectKind[];
}

/** Official spelling of a type code, noting D-for-Đ and case defects. */
function typeCode(written: string, family: 'state' | 'party' | 'normative'): Code | null {
  const direct = typeCodeSpelling(written);
  if (direct && isTypeCode(family, direct)) return { spelled: direct, defects: direct === written ? [] : ['case'] };
  if (/D/i.test(written)) {
    const withD = typeCodeSpelling(written.replace(/D/g, 'Đ').replace(/d/g, 'đ'));
    if (withD && isTypeCode(family, withD)) return { spelled: withD, defects: ['ascii-d'] };
  }
  return null;
}

/** An issuer code as the tables spell it, an unofficial variant ("TƯ") read as its official code. */
function issuerSpelled(written: string): string {
  return ISSUER_CODE_VARIANTS.get(written.toUpperCase()) ?? issuerCodeSpelling(written);
}

function issuerCode(written: string): Code {
  const variant = ISSUER_CODE_VARIANTS.get(written.toUpperCase());
  if (variant) return { spelled: variant, defects: ['variant'] };
  // a type code in the issuer's place ("12/QĐi-UBND") keeps its own spelling for VB103 to judge;
  // one in capitals is a unit's code ("1552/BTTTT-TTH"), not a mis-cased "TTh"
  const upper = (written !== written.toUpperCase() ? typeCodeSpelling(written) : undefined) ?? issuerCodeSpelling(written);
  const defects: SymbolDefectKind[] = [];
  if (upper !== written) defects.push('case');
  if (!STATE_ISSUER_CODES.has(upper) && !PARTY_ISSUER_CODES.has(upper) && /D/.test(upper)) {
    const withD = issuerCodeSpelling(upper.replace(/D/g, 'Đ'));
    if (STATE_ISSUER_CODES.has(withD) || PARTY_ISSUER_CODES.has(withD)) return { spelled: withD, defects: ['ascii-d'] };
  }
  return { spelled: upper, defects };
}

/** "21/KL/TW", "05/QC/BTCTU-BDVTU": a Party type code and Party issuer codes, spelled as the tables spell them; the type code when so. */
function slashedParty(first: Segment, segs: Segment[]): string | null {
  if (segs.length < 2 || segs[1]!.sep !== '/' || segs.slice(2).some((s) => s.sep !== '-') || segs.some((s) => s.loose)) return null;
  if (typeCodeSpelling(first.text) !== first.text || !isTypeCode('party', first.text)) return null;
  return segs.slice(1).every((s) => PARTY_ISSUER_CODES.has(s.text) && !STATE_ISSUER_CODES.has(s.text)) ? first.text : null;
}

/** A code only Party bodies use (TW, TU, BCSĐ…). */
function partyOnlyIssuer(code: string): boolean {
  return PARTY_ISSUER_CODES.has(code) && !STATE_ISSUER_CODES.has(code);
}

/**
 * A State issuer's code as the tables spell it, or a body of the Quốc hội with its term
 * ("UBXH15": Ủy ban Xã hội khóa XV, "HĐDT15"); Party issuers never carry a term number.
 */
function stateOnlyIssuer(code: string): boolean {
  if (PARTY_ISSUER_CODES.has(code)) return false;
  if (isStateIssuerCode(code)) return true;
  return QUOC_HOI_BODY.test(code);
}

const QUOC_HOI_BODY = /^(?:UB|HĐ)[A-ZĐ]{1,8}1\d$/;

function classify(number: string, segs: Segment[], start: number, end: number): ScannedSymbol | null {
  const defects = new Set<SymbolDefectKind>();
  const loose = segs.some((s) => s.loose);
  if (loose) defects.add('separator');
  const first = segs[0]!;
  const make = (
    shape: Shape,
    tc: string | null,
    issuers: string[],
    year: number | null,
    canonical: string,
    extra: { bare?: boolean; writtenShape?: Shape | null; yearMissing?: boolean } = {},
  ): ScannedSymbol => ({
    start,
    end,
    number,
    shape,
    typeCode: tc,
    issuerCode: issuers.length ? issuers.join('-') : null,
    year,
    canonical,
    bare: extra.bare ?? false,
    defects: [...defects],
    writtenShape: extra.writtenShape ?? null,
    gluedAfter: false,
    yearMissing: extra.yearMissing ?? false,
  });
  const spellIssuers = (list: Segment[]): string[] =>
    list.map((s) => {
      const code = issuerCode(s.text);
      code.defects.forEach((d) => defects.add(d));
      return code.spelled;
    });

  if (first.sep === '/') {
    if (/^\d{4,6}$/.test(first.text)) {
      const year = Number(first.text);
      // "142/2205/NĐ-CP" and "26/20216/QĐ-TTg" are read, and VB105 reports the year
      if (year < 1000 || (year > 2999 && first.text.length === 4)) return null;
      const second = segs[1];
      if (!second) return null;
      const leg = LEGISLATIVE.exec(second.text);
      if (leg && segs.length === 2) {
        const body = leg[1]!.toUpperCase() + leg[2];
        if (body !== second.text) defects.add('case');
        return make('normative', null, [body], year, `${number}/${year}/${body}`);
      }
      const tc = typeCode(second.text, 'normative') ?? typeCode(second.text, 'state');
      const glued = tc ? null : gluedCodes(second.text);
      if (glued && isTypeCode('normative', glued.type)) {
        // "104/2003/NĐCP": the hyphen between the type and the issuer left out
        defects.add('separator');
        if (segs.slice(2).some((s) => s.sep !== '-')) return null;
        const issuers = [glued.issuer, ...spellIssuers(segs.slice(2))];
        return make('normative', glued.type, issuers, year, symbolOf('normative', number, glued.type, issuers, year));
      }
      if (!tc || segs.length < 3) return null;
      // "48/2005/NQ/TW", "40/2004/CT-TW": a Party type code and Party issuers only, with a year; a
      // Party document's number carries none (RULES.md §3.2, §3.3): 48-NQ/TW, written the normative way (VB103)
      const partyCode = typeCode(second.text, 'party');
      if (partyCode && partyCode.defects.length === 0 && segs.slice(2).every((s) => partyOnlyIssuer(issuerSpelled(s.text)))) {
        const issuers = spellIssuers(segs.slice(2));
        return make('party', partyCode.spelled, issuers, null, symbolOf('party', number, partyCode.spelled, issuers), { writtenShape: 'normative' });
      }
      tc.defects.forEach((d) => defects.add(d));
      // "07/2002/ttlt/btc-byt": a slash where the hyphen belongs
      if (segs[2]!.sep !== '-') defects.add('separator');
      if (segs.slice(3).some((s) => s.sep !== '-')) defects.add('separator');
      const issuers = spellIssuers(segs.slice(2));
      return make('normative', tc.spelled, issuers, year, symbolOf('normative', number, tc.spelled, issuers, year));
    }
    if (segs.length === 1) {
      const glued = gluedCodes(first.text);
      if (glued && isTypeCode('state', glued.type)) {
        // "588/QĐTTg": the hyphen between the type and the issuer left out
        defects.add('separator');
        return make('state', glued.type, [glued.issuer], null, symbolOf('state', number, glued.type, [glued.issuer]));
      }
      const issuers = spellIssuers(segs);
      return make('letter', null, issuers, null, `${number}/${issuers[0]}`, { bare: true });
    }
    const party = slashedParty(first, segs);
    if (party) {
      // "Kết luận số 21/KL/TW": a Party symbol with a slash for its hyphen
      defects.add('separator');
      return make('party', party, segs.slice(1).map((s) => s.text), null, symbolOf('party', number, party, segs.slice(1).map((s) => s.text)), { bare: true });
    }
    if (segs.slice(1).some((s) => s.sep === '/')) return null; // "1/A-B/C": not a shape we know
    // "52/NQ-TW", "155/KL-TW": a Party document written in the State form
    const partyCode = typeCode(first.text, 'party');
    if (partyCode && PARTY_ISSUER_CODES.has(issuerSpelled(segs[1]!.text))) {
      partyCode.defects.forEach((d) => defects.add(d));
      const issuers = spellIssuers(segs.slice(1));
      return make('party', partyCode.spelled, issuers, null, symbolOf('party', number, partyCode.spelled, issuers), { writtenShape: 'state' });
    }
    const stateCode = typeCode(first.text, 'state');
    const tc = stateCode ?? typeCode(first.text, 'normative');
    if (tc) {
      tc.defects.forEach((d) => defects.add(d));
      const issuers = spellIssuers(segs.slice(1));
      return make('state', tc.spelled, issuers, null, symbolOf('state', number, tc.spelled, issuers), { yearMissing: !stateCode });
    }
    const issuers = spellIssuers(segs);
    return make('letter', null, issuers, null, `${number}/${issuers.join('-')}`);
  }

  // Party: N-TYPE/ISSUER(-ISSUER…); "19-NQ-TW" (a hyphen for the slash) read and reported
  const second = segs[1];
  if (second && second.sep === '-' && segs.length === 2 && PARTY_ISSUER_CODES.has(issuerSpelled(second.text)) && typeCode(first.text, 'party')) {
    second.sep = '/';
    defects.add('separator');
  }
  if (!second) {
    // "Nghị quyết số 19-NQTW": the slash between the type and the issuer left out
    const glued = gluedCodes(first.text, PARTY_ISSUER_CODES);
    if (glued && isTypeCode('party', glued.type)) {
      defects.add('separator');
      return make('party', glued.type, [glued.issuer], null, symbolOf('party', number, glued.type, [glued.issuer]));
    }
    // "Nghị định số 87-CP": the old State numbering, no type code; a symbol only after a type word
    const code = issuerCodeSpelling(first.text);
    if (!HISTORIC_STATE_ISSUER_CODES.has(code)) return null;
    if (code !== first.text) defects.add('case');
    return make('state', null, [code], null, `${number}-${code}`, { bare: true });
  }
  if (second.sep !== '/') {
    // "Báo cáo số 614-BC-UBXH15": a State symbol with a hyphen for its slash
    const tc = segs.length === 2 && !second.loose ? typeCode(first.text, 'state') : null;
    if (!tc || tc.defects.length > 0 || !stateOnlyIssuer(second.text)) return null;
    defects.add('separator');
    return make('state', tc.spelled, [second.text], null, symbolOf('state', number, tc.spelled, [second.text]), { bare: true });
  }
  if (segs.slice(2).some((s) => s.sep !== '-')) return null;
  const tc = typeCode(first.text, 'party') ?? typeCode(first.text, 'state');
  if (!tc) {
    // "Lệnh số 18-L/CTN" (1993), "Pháp lệnh số 10-LCT/HĐNN7" (1983): a State order in the old hyphen form, as official then
    const order = typeCode(first.text, 'normative');
    const signers = order ? HISTORIC_ORDER_CODES.get(order.spelled) : undefined;
    const signer = issuerSpelled(second.text);
    const signed = signers === null ? STATE_ISSUER_CODES.has(signer) : !!signers && isStateIssuerCode(signer) && signers.includes(signer.replace(/\d+$/, ''));
    if (!order || !signed) return null;
    order.defects.forEach((d) => defects.add(d));
    const issuers = spellIssuers(segs.slice(1));
    return make('state', order.spelled, issuers, null, `${number}-${order.spelled}/${issuers.join('-')}`);
  }
  tc.defects.forEach((d) => defects.add(d));
  const issuers = spellIssuers(segs.slice(1));
  if (STATE_ISSUER_CODES.has(issuers[0]!) && typeCode(first.text, 'state')) {
    // "749-QĐ/TTg": a State document written in the Party form
    return make('state', tc.spelled, issuers, null, symbolOf('state', number, tc.spelled, issuers), { writtenShape: 'party' });
  }
  return make('party', tc.spelled, issuers, null, symbolOf('party', number, tc.spelled, issuers));
}
