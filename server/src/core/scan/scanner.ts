// The one-pass scanner. One global regex finds anchors (digit runs, law-name keywords, blank
// "số …/" placeholders) and hand-written readers take it from there; the regex resumes after
// whatever was read. Everything between anchors is skipped by the regex engine, which is what
// keeps the pass fast on 50 MB of text.

import { TYPE_WORDS } from '../data/documentTypes';
import { COMPARATOR_WORDS, COUNT_LEADS, PERCENTAGE_POINT_UNITS, RANK_GROUP_LEADS, RANK_GROUP_NOUNS, RANK_PLACE_LEADS, UNIT_MULTIPLIERS, UNIT_WORDS } from '../data/targetWords';
import { namesPattern, otherPlacement } from '../text/vietnamese';
import { hasBlankLine, hasPrefixAt, isDigit, isLineBreak, isSpace, isUpperCodeLetter, isWordChar, lowerCode, numberEnd, phraseEndingAt, skipBlanksBack, skipWhiteSpaceBack } from './chars';

const isLowerAsciiLetter = (c: number) => c >= 97 && c <= 122;
import { scanDate, type ScannedDate } from './date';
import { scanSymbol, type ScannedSymbol } from './symbol';

export type Token =
  | { kind: 'symbol'; start: number; end: number; symbol: ScannedSymbol }
  | { kind: 'date'; start: number; end: number; date: ScannedDate }
  /** A bare number right after a type word or "số": a short form candidate ("Nghị quyết số 13"). */
  | { kind: 'number'; start: number; end: number }
  /** "Nghị định số 104/2016": a number and a year after "số", no codes (a short form or a symbol cut short). */
  | { kind: 'incomplete'; start: number; end: number; numberEnd: number; year: number }
  /** "Luật", "Bộ luật", "Hiến pháp", "Pháp lệnh" followed by a capitalised name or by "sửa đổi". */
  | { kind: 'title'; start: number; end: number }
  /** "số      /2024/NQ-HĐND": a number left blank in a draft. */
  | { kind: 'placeholder'; start: number; end: number }
  /** "70%", "81,2 %"; `opensRange`: a bare number before "- 7%" ("6,5 - 7%/năm"), a percentage only if the range goes up. */
  | { kind: 'percent'; start: number; end: number; numberEnd: number; opensRange?: boolean }
  /** "có trên 1.500 DN số": a number of a unit word, after a comparator, "có" or "đạt". */
  | { kind: 'count'; start: number; end: number; numberEnd: number; unit: string }
  /** "nhóm 3 quốc gia", "xếp thứ 21/63 tỉnh": a rank; `group`: the number is a group's, a rank to reach or better. */
  | { kind: 'rank'; start: number; end: number; numberEnd: number; group: boolean }
  /** "1.693/1.733 thôn": a part of a whole, followed by a word. */
  | { kind: 'ratio'; start: number; end: number; slash: number };

// anchorStart reads a match's start back from its end: keep it in step with these alternatives.
// Each run of blanks is matched one way only, so a long run that leads nowhere costs its length
// once, not its square ("số" + 20,000 spaces took 0.7 s with "(?:[ \t]*|[ \t]+)(?=…[ \t]*…)").
// "số.../2021/NĐ-CP": a blank number may touch "số" (forms in an appendix).
// "Hiến pháp" also before "nước Cộng hòa…", "năm 2013" or "2013": the Constitution needs no capitalised name.
// "Luật sửa đổi, bổ sung … của Luật …": an amending law's name starts lower-case.
const ANCHOR = /\d+(?:[.,]\d+)*|(?:Bộ luật|Luật|Hiến pháp|Pháp lệnh)(?=[ \t]*(?:\r?\n[ \t]*)?(?:\p{Lu}|sửa đổi))|Hiến pháp(?=[ \t]+(?:nước|năm|\d{4})(?![\p{L}\p{M}\d]))|[Ss]ố(?::[ \t]*|[ \t]+|(?=[.…]))(?![ \t])(?=[.…]*[ \t]*\/)/gu;

// What the word before a number may be, as bits: the last word of a type word or "số" (the number
// may be a short form), the last word of a comparator or a count's lead ("có", "đạt", "tiếp nhận"…:
// a count, with a unit word after the number).
const SHORT_FORM_LEAD = 1;
const COUNT_LEAD = 2;
const RANK_GROUP_LEAD = 4;
const RANK_PLACE_LEAD = 8;

// The lead words, by length and last character: the word before each of ~440k numbers on the
// corpus is compared in place, not sliced, lower-cased and looked up. `before`: the words a lead
// of several words has before its last one ("tiếp" of "tiếp nhận").
interface LeadWord {
  word: string;
  before: string[];
  kind: number;
}
const LEAD_WORDS = new Map<number, LeadWord[]>();
const leadKey = (length: number, last: number) => length * 0x10000 + last;
function addLead(phrase: string, kind: number): void {
  const before = phrase.toLowerCase().split(' ');
  const word = before.pop()!;
  const key = leadKey(word.length, word.charCodeAt(word.length - 1));
  const bucket = LEAD_WORDS.get(key) ?? [];
  const known = bucket.find((lead) => lead.word === word && lead.before.join(' ') === before.join(' '));
  if (known) known.kind |= kind;
  else bucket.push({ word, before, kind });
  LEAD_WORDS.set(key, bucket);
}
for (const { word } of TYPE_WORDS) addLead(word.split(' ').pop()!, SHORT_FORM_LEAD);
for (const [word] of COMPARATOR_WORDS) addLead(word.split(' ').pop()!, COUNT_LEAD);
for (const phrase of COUNT_LEADS) for (const spelling of new Set([phrase, otherPlacement(phrase)])) addLead(spelling, COUNT_LEAD);
for (const word of RANK_GROUP_LEADS) addLead(word, RANK_GROUP_LEAD);
for (const phrase of RANK_PLACE_LEADS) addLead(phrase, RANK_PLACE_LEAD);

const URL_REACH = 300;

const UNIT_AFTER = new RegExp(String.raw`[ \t]+((?:(?:${UNIT_MULTIPLIERS.join('|')})[ \t]+)?(?:${namesPattern(UNIT_WORDS)}))(?![\p{L}\p{M}])`, 'uy');
// "Đến nay, …; 1.452.600 người dân đã kích hoạt …": a count that opens a clause and is the subject of
// "đã" (within three words of its unit) states a result, with no lead word before it (as does one
// after a label's colon: afterLabel)
const SUBJECT_OF_DONE = /(?:[ \t]+[\p{L}\p{M}]+){0,3}?[ \t]+đã[ \t]/uy;
// "nhóm 3 quốc gia", "thứ 21/63 tỉnh, thành phố": who is ranked, and a place's "/63"
const RANK_GROUP_NOUN = new RegExp(String.raw`(?=\s)[ \t]*(?:\r?\n[ \t]*)?(?:${namesPattern(RANK_GROUP_NOUNS)})(?![\p{L}\p{M}])`, 'uy');
const RANK_OF = /\/\d+(?![\d/])/y;
const POINTS = new RegExp(String.raw`(?:${namesPattern(PERCENTAGE_POINT_UNITS)})(?![\p{L}\p{M}])`, 'iuy');
/** Percentage points at `at` ("điểm phần trăm", "điểm %"); the first letter tested alone, as few numbers have it after them. */
function isPointsAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 0x111 && c !== 0x110) return false;
  POINTS.lastIndex = at;
  return POINTS.test(text);
}
const WHOLE = /(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/])(?=[ \t]+[\p{L}])/uy;
// Digit runs with dots that may still be a symbol's number or a date
const SUB_NUMBER = /\d{1,4}\.\d{1,3}/y;
const DOTTED_DAY = /\d{1,2}\.\d{1,2}\.\d{4}/y;
// "Sáng nay, 13.1": a day and month with a dot, a date only after its lead word (scanDate reads it)
const DOTTED_DAY_MONTH = /\d{1,2}\.\d{1,2}/y;

export function scan(text: string): Token[] {
  const tokens: Token[] = [];
  let lastGroup = -1; // where the last group rank ended ("nhóm 70 nước")
  // the one regex, from the start: a new RegExp per text costs a lookup keyed by its long source
  const anchor = ANCHOR;
  anchor.lastIndex = 0;
  // test, not exec: no match array and no m[0] string for each of ~550k anchors on the corpus
  for (let from = 0; anchor.test(text); from = anchor.lastIndex) {
    const anchorEnd = anchor.lastIndex;
    const start = anchorStart(text, from, anchorEnd);
    const first = text.charCodeAt(start);
    if (!isDigit(first)) {
      if (start > 0 && isWordChar(text.charCodeAt(start - 1))) continue;
      if (first === 83 || first === 115) {
        const end = readPlaceholder(text, anchorEnd);
        if (end > 0) {
          tokens.push({ kind: 'placeholder', start, end });
          anchor.lastIndex = end;
        }
        continue;
      }
      tokens.push({ kind: 'title', start, end: anchorEnd });
      continue;
    }
    const runEnd = anchorEnd;
    const runLength = runEnd - start;
    // what the word before the number is, read once and only when a test needs it
    let lead: number | undefined;
    const next = text.charCodeAt(runEnd);
    let digitsOnly = true;
    for (let i = start; i < runEnd && digitsOnly; i++) digitsOnly = isDigit(text.charCodeAt(i));
    let nextSolid = runEnd;
    while (isSpace(text.charCodeAt(nextSolid))) nextSolid++;
    const sepNext = text.charCodeAt(nextSolid) === 47 || text.charCodeAt(nextSolid) === 45;

    // "Nghị quyết số 66…/2026/NQ-CP", "số 06.../2026/TT-BTC": a number partly left blank in a draft
    // (its last digits are dots), a placeholder as "số …/2026/NQ-CP" is
    if (digitsOnly && (next === 0x2026 || (next === 46 && text.charCodeAt(runEnd + 1) === 46)) && (lead ??= previousWordKind(text, start)) & SHORT_FORM_LEAD) {
      const end = readPlaceholder(text, runEnd);
      if (end > 0) {
        tokens.push({ kind: 'placeholder', start, end });
        anchor.lastIndex = end;
        continue;
      }
    }
    // Numbers as some series write them: "30a/2008/NQ-CP" (a letter suffix), "66.16/2026/NQ-CP"
    // (a sub-number): read as a symbol's number when a slash follows at once.
    const suffixed = isLowerAsciiLetter(next) && text.charCodeAt(runEnd + 1) === 47 && digitsOnly;
    const dotted = !digitsOnly && next === 47 && matchesRun(SUB_NUMBER, text, start, runEnd);
    // "Nghị quyết số 52 NQ/TW": a space for the separator, before a capital (scanSymbol reads a type code there)
    const spacedCode = digitsOnly && next === 32 && isUpperCodeLetter(text.charCodeAt(runEnd + 1));
    if ((digitsOnly && sepNext) || suffixed || dotted || spacedCode) {
      const symbol = scanSymbol(text, start, suffixed ? runEnd + 1 : runEnd);
      if (symbol && !(symbol.bare && !((lead ??= previousWordKind(text, start)) & SHORT_FORM_LEAD))) {
        const url = urlEnd(text, start);
        if (url > 0) {
          anchor.lastIndex = url;
          continue;
        }
        tokens.push({ kind: 'symbol', start, end: symbol.end, symbol });
        anchor.lastIndex = symbol.end;
        continue;
      }
    }
    // "Nghị định số 104/2016 ngày …", "Thông tư liên tịch số 06/2018)": a number and a year, no codes;
    // "Nghị định 52/2013": the type word alone (the assembler wants it capitalised, on the same line)
    if (digitsOnly && next === 47 && runLength <= 4) {
      const year = yearAfterSlash(text, runEnd + 1);
      if (year > 0 && (soBefore(text, start) || (lead ??= previousWordKind(text, start)) & SHORT_FORM_LEAD)) {
        tokens.push({ kind: 'incomplete', start, end: runEnd + 5, numberEnd: runEnd, year });
        anchor.lastIndex = runEnd + 5;
        continue;
      }
    }
    if (next === 47 || next === 45 || runLength === 4 || !digitsOnly || ((next === 32 || next === 9 || next === 10 || next === 13) && mayStartLongDate(text, nextSolid, runLength))) {
      const date = digitsOnly || matchesRun(DOTTED_DAY, text, start, runEnd) || matchesRun(DOTTED_DAY_MONTH, text, start, runEnd) ? scanDate(text, start) : null;
      if (date && inGazetteHeader(text, start)) {
        // "CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025" repeats on every page: the gazette's date, not the text's
        anchor.lastIndex = date.span.end;
        continue;
      }
      if (date) {
        const url = urlEnd(text, start);
        if (url > 0) {
          anchor.lastIndex = url;
          continue;
        }
        tokens.push({ kind: 'date', start: date.span.start, end: date.span.end, date });
        anchor.lastIndex = date.span.end;
        // a footnote's mark run into the year is no number of its own
        while (isDigit(text.charCodeAt(anchor.lastIndex))) anchor.lastIndex++;
        continue;
      }
    }
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    if (before !== 46 && before !== 47) {
      let q = runEnd;
      if (next === 32) q++;
      if (text.charCodeAt(q) === 37) {
        tokens.push({ kind: 'percent', start, end: q + 1, numberEnd: runEnd });
        continue;
      }
      if (percentAfterDash(text, runEnd)) {
        tokens.push({ kind: 'percent', start, end: runEnd, numberEnd: runEnd, opensRange: true });
        continue;
      }
      if (digitsOnly && (next === 32 || next === 9 || next === 10 || next === 13 || next === 47)) {
        // "thuộc nhóm: 70 nước dẫn đầu về …; 50 nước dẫn đầu về …": a group's number that opens the
        // next item of a list of groups, in the same sentence, is a group's too
        const listed = lastGroup >= 0 && next !== 47 && opensClause(text, start) && !hasSentenceEnd(text, lastGroup, start);
        if (listed || (lead ??= previousWordKind(text, start)) & (RANK_GROUP_LEAD | RANK_PLACE_LEAD)) {
          const group = listed || (lead! & RANK_GROUP_LEAD) !== 0;
          const end = rankEnd(text, runEnd, group);
          if (end > 0) {
            tokens.push({ kind: 'rank', start, end, numberEnd: runEnd, group });
            if (group) lastGroup = end;
            anchor.lastIndex = end;
            continue;
          }
        }
      }
      if (next === 47 && isDigit(text.charCodeAt(runEnd + 1)) && before !== 45 && before !== 44) {
        WHOLE.lastIndex = runEnd + 1;
        const whole = WHOLE.exec(text);
        if (whole) {
          tokens.push({ kind: 'ratio', start, end: runEnd + 1 + whole[0].length, slash: runEnd });
          anchor.lastIndex = runEnd + 1 + whole[0].length;
          continue;
        }
      }
      if (next === 32 || next === 9) {
        const led = ((lead ??= previousWordKind(text, start)) & COUNT_LEAD) !== 0;
        // "tăng 1,2 điểm phần trăm": percentage points are a figure after any word
        const points = !led && isPointsAt(text, runEnd + 1);
        if (led || points || opensClause(text, start)) {
          UNIT_AFTER.lastIndex = runEnd;
          const unit = UNIT_AFTER.exec(text);
          if (unit && (led || points || afterLabel(text, start) || (SUBJECT_OF_DONE.lastIndex = UNIT_AFTER.lastIndex, SUBJECT_OF_DONE.test(text)))) {
            tokens.push({ kind: 'count', start, end: runEnd + unit[0].length, numberEnd: runEnd, unit: unit[1]! });
            continue;
          }
        }
      }
    }
    // "Báo cáo 12/13/2022" is not "Báo cáo 12": a short form's number stands alone
    const glued = (next === 47 || next === 45) && isDigit(text.charCodeAt(runEnd + 1));
    if (digitsOnly && runLength <= 4 && !glued && (lead ??= previousWordKind(text, start)) & SHORT_FORM_LEAD) {
      tokens.push({ kind: 'number', start, end: runEnd });
    }
  }
  return tokens;
}

/** "- 7%", " – 7,5 %" at `at`: a dash, then a percentage (blanks around the dash). */
function percentAfterDash(text: string, at: number): boolean {
  let p = at;
  while (isSpace(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 45) return false;
  p++;
  while (isSpace(text.charCodeAt(p))) p++;
  if (!isDigit(text.charCodeAt(p))) return false;
  p = numberEnd(text, p);
  if (text.charCodeAt(p) === 32) p++;
  return text.charCodeAt(p) === 37;
}

/** Where the anchor found in [from, end) starts: its last character tells which alternative it is. */
function anchorStart(text: string, from: number, end: number): number {
  const last = text.charCodeAt(end - 1);
  if (isDigit(last)) {
    // back over "1.234,5" to the first digit at or after `from`: a dot or comma only between digits
    let start = end - 1;
    for (;;) {
      const c = text.charCodeAt(start - 1);
      if (start > from && isDigit(c)) start--;
      else if (start - 1 > from && (c === 46 || c === 44) && isDigit(text.charCodeAt(start - 2))) start -= 2;
      else return start;
    }
  }
  if (last === 116) return text.charCodeAt(end - 4) === 76 ? end - 4 : end - 7; // "Luật", "Bộ luật"
  if (last === 112 || last === 104) return end - 9; // "Hiến pháp", "Pháp lệnh"
  const blanks = skipBlanksBack(text, end); // "số: ", "số  "
  return text.charCodeAt(blanks - 1) === 58 ? blanks - 3 : blanks - 2;
}

/** "số " or "Số: " just before `at` (over blanks and a colon). */
function soBefore(text: string, at: number): boolean {
  let p = at;
  while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
  if (text.charCodeAt(p - 1) === 58) p--;
  const s = text.charCodeAt(p - 2);
  const o = text.charCodeAt(p - 1);
  return (s === 115 || s === 83) && (o === 0x1ed1 || o === 0x1ed0) && !isWordChar(text.charCodeAt(p));
}

/**
 * "2016" at `at`, a year from 1945 to 2099 that ends the token: not "2016/NĐ-CP", "2016-TTLT",
 * "20161", "2016a", nor "2016 /NĐ-CP" (a symbol with a stray space). The year, or 0.
 */
function yearAfterSlash(text: string, at: number): number {
  for (let i = at; i < at + 4; i++) if (!isDigit(text.charCodeAt(i))) return 0;
  const year = Number(text.slice(at, at + 4));
  if (year < 1945 || year > 2099) return 0;
  const c = text.charCodeAt(at + 4);
  if (isWordChar(c) || c === 47 || c === 45 || c === 92) return 0;
  let p = at + 4;
  while (isSpace(text.charCodeAt(p))) p++;
  return text.charCodeAt(p) === 47 || text.charCodeAt(p) === 45 ? 0 : year;
}

/** Does the sticky `re` match the run [start, end) exactly? */
function matchesRun(re: RegExp, text: string, start: number, end: number): boolean {
  re.lastIndex = start;
  return re.test(text) && re.lastIndex === end;
}

/**
 * After "03 " only "tháng" (ngày 03 tháng 6 năm 2020) or, after "tháng 11 ", "năm" makes a date:
 * every other number followed by a space ("Điều 5 ", "1.000 đồng") skips the date reader.
 */
function mayStartLongDate(text: string, nextSolid: number, digits: number): boolean {
  if (digits > 2) return false;
  let at = nextSolid;
  // "ngày 31\ntháng 12 năm 2031": one line break (a wrapped line), not a page break with blank lines
  if (text.charCodeAt(at) === 13) at++;
  if (text.charCodeAt(at) === 10) {
    at++;
    while (isSpace(text.charCodeAt(at))) at++;
  }
  const c = text.charCodeAt(at);
  return c === 116 || c === 84 || c === 110 || c === 78; // "tháng", "năm", any case
}

function inGazetteHeader(text: string, at: number): boolean {
  // only the 80 characters before: the line itself may be a long paragraph
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < 80 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  return at - lineStart < 80 && text.slice(lineStart, at).includes('CÔNG BÁO');
}

/**
 * What the word just before `at` (over spaces, colons and line breaks; its last 12 characters at
 * most) is, compared without case: SHORT_FORM_LEAD, COUNT_LEAD, both or 0.
 */
function previousWordKind(text: string, at: number): number {
  let end = at;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 58 || isLineBreak(text.charCodeAt(end - 1)))) end--;
  let start = end;
  while (start > 0 && end - start < 12 && isWordChar(text.charCodeAt(start - 1))) start--;
  if (start === end) return 0;
  // "số", or "Quyết địnhsố": the lead word may be glued to the type word
  let kind = end - start >= 2 && hasPrefixAt(text, end - 2, 'số') ? SHORT_FORM_LEAD : 0;
  for (const lead of LEAD_WORDS.get(leadKey(end - start, lowerCode(text.charCodeAt(end - 1)))) ?? []) {
    if (hasPrefixAt(text, start, lead.word) && (lead.before.length === 0 || phraseEndingAt(text, skipWhiteSpaceBack(text, start), lead.before) >= 0)) kind |= lead.kind;
  }
  return kind;
}

/**
 * Where a rank whose number ends at `from` ends: a group's number needs who is ranked after it
 * ("nhóm 3 quốc gia"); a place may have the size of the field ("thứ 21/63") and who is ranked. -1: no rank.
 */
function rankEnd(text: string, from: number, group: boolean): number {
  let end = from;
  if (!group) {
    RANK_OF.lastIndex = end;
    if (RANK_OF.test(text)) end = RANK_OF.lastIndex;
  }
  RANK_GROUP_NOUN.lastIndex = end;
  if (RANK_GROUP_NOUN.test(text)) return RANK_GROUP_NOUN.lastIndex;
  return group ? -1 : end;
}

/** A sentence ends between `from` and `to`: a full stop, or a blank line (a single line break may be a wrap). */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  if (to - from > LIST_REACH) return true;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 46 && !isDigit(text.charCodeAt(i + 1))) return true;
  return hasBlankLine(text, from, to);
}
const LIST_REACH = 300;

/** "Tổng thu ngân sách nhà nước trên địa bàn: 20.850 tỷ đồng": the number follows a label's colon on its line. */
function afterLabel(text: string, at: number): boolean {
  const end = skipBlanksBack(text, at);
  return end > 0 && text.charCodeAt(end - 1) === 58;
}

/** The number at `at` opens a clause: after ";", ",", ":", a sentence's ".", or at a line's start. */
function opensClause(text: string, at: number): boolean {
  const end = skipBlanksBack(text, at);
  if (end === 0) return true;
  const c = text.charCodeAt(end - 1);
  return c === 59 || c === 44 || c === 58 || isLineBreak(c) || (c === 46 && end < at && !isDigit(text.charCodeAt(end - 2)));
}

/** After "số ": dots or ellipses, spaces, then '/' and a symbol tail with letters. Returns its end or -1. */
function readPlaceholder(text: string, from: number): number {
  const m = /[.…]*[ \t]*\/[ \t]*(?:[.…]+[ \t]*\/[ \t]*|\d{4}[ \t]*\/[ \t]*|\/[ \t]*)?[A-ZĐa-zđ]+\d*(?:-[A-ZĐa-zđ0-9]+)*/y;
  m.lastIndex = from;
  const r = m.exec(text);
  return r ? from + r[0].length : -1;
}

/** If `at` is inside a URL or an e-mail address, the end of it; else -1. */
function urlEnd(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < URL_REACH) {
    const c = text.charCodeAt(start - 1);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 40 || c === 34 || c === 0x201c) break;
    start--;
  }
  const head = text.slice(start, at);
  if (!/:\/\/|www\.|@/.test(head)) return -1;
  let end = at;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 41 || c === 34 || c === 0x201d) break;
    end++;
  }
  return end;
}
