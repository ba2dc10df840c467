// Dates as Vietnamese texts write them (RULES.md §4.2), read from a digit run:
//   27/9/2019, 27-9-2019, 08.07.2025          day (slash, hyphen, dot)
//   Ngày ký: 2026-05-29 08:10:56 +07:00       day (ISO, the digital signature's stamp)
//   ngày 03 tháng 6 năm 2020                  day (long form)
//   Chiều 11/6, ngày 26/3 hằng năm, ngày 15 tháng 3   dayMonth (a day without its year, after "ngày" or a time of day)
//   tháng 4/2021, tháng 11 năm 2024           month
//   quý II/2026, quý I năm 2025, quý 2/2025   quarter
//   năm 2025, năm 2025 và 2026, năm 2010, 2018   year
//   giai đoạn 2021-2025, 2022 - 2025          period
//   từ năm 2021 đến năm 2025, từ 2020 đến 2024   period
//   đến năm 2025, định hướng đến (năm) 2030, tầm nhìn đến năm 2045   horizon
// Every pattern below is anchored (sticky) and has no nested quantifier: linear time.

import type { DateMention, Message } from '../types';
import { isDigit, isSpace, skipBlanksBack, skipGapBack, wordEndingAt } from './chars';

export type ScannedDate = Omit<DateMention, 'text'>;

// "27/9/ 2019", "16/ 5/ 2013" (a space after a separator) are read too; so is a long date broken across lines
const DAY = /(\d{1,2})([/.-]) ?(\d{1,2})\2 ?(\d{4})(?![\d/-]|\.\d)/y;
const LONG = /(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,)?\s+năm\s+(\d{4})(?!\d)/iy; // "\s*,?\s+" backtracked over long blank runs
// After "ngày", a footnote's mark run into the year ("ngày 01 tháng 01 năm 20205.", "ngày 08/10/20181",
// "Hà Nội, ngày 23 tháng 02 năm 20264" in gazette texts): the date ends with the year's four digits
const NOTE_AFTER = String.raw`(?=\d{1,3}(?![\d\p{L}/-]|[.,]\d))`;
const DAY_NOTE = new RegExp(String.raw`(\d{1,2})([/.-]) ?(\d{1,2})\2 ?(\d{4})` + NOTE_AFTER, 'uy');
const LONG_NOTE = new RegExp(String.raw`(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,)?\s+năm\s+(\d{4})` + NOTE_AFTER, 'iuy');
// a day and month with no year after them: nothing that goes on as a figure, a fraction or a date
const DAY_MONTH = /(\d{1,2})([/.-])(\d{1,2})(?![\d/]|[.,-]\d)/y;
const DAY_MONTH_LONG = /(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})(?![\d/]|[.,]\d|\s*,?\s*năm)/iy;
const MONTH_SLASH = /(\d{1,2})\/(\d{4})(?![\d/])/y;
// "tháng 02 \nnăm 2016": the line may wrap before "năm" (the blanks are read one way only: linear)
const MONTH_LONG = /(\d{1,2})(?:[ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)năm[ \t]+(\d{4})(?!\d)/iy;
// "giai đoạn 2021-\n2025": a line may wrap after the hyphen (not before it: "2019\n- 2020" is a list item)
const PERIOD = /(\d{4})[ \t]*-[ \t]*(?:\r?\n[ \t]*)?(\d{4})(?![\d/-])/y;
// "từ năm 2021 đến năm 2025", "từ 2020 đến 2024", "từ năm 2026 đến hết năm 2028" (after "từ" or "giai đoạn")
const FROM_TO = /(\d{4})[ \t]+(?:đến|tới)[ \t]+(?:hết[ \t]+)?(?:năm[ \t]+)?(\d{4})(?![\d/])/iy;
const YEAR = /(\d{4})(?![\d/])/y;
// "Ngày ký: 2026-05-29 08:10:56": two-digit month and day, nothing glued after ("2008-26-20" in a URL slug is no date)
const ISO_DAY = /(\d{4})-(\d{2})-(\d{2})(?![\d\p{L}-])/uy;

// What stands just before the digits is read backwards word by word (most digit runs are not
// dates: a regex on a slice before each of them was a large share of the whole pass).

/** Start of "ngày", "tháng" or "năm" (any case) standing before `at` over blanks and one line break (a wrapped line); else -1. */
function leadWord(text: string, at: number, word: string): number {
  return wordEndingAt(text, skipGapBack(text, at), word);
}


const HORIZON_LEADS: [string, 'orientation' | 'vision'][] = [
  ['định hướng', 'orientation'],
  ['tầm nhìn', 'vision'],
];

/**
 * "đến năm 2025", "định hướng đến 2030", "tầm nhìn đến năm 2045", "tới năm 2030" before `at`:
 * where the phrase starts and what it is. "đến 2025" alone is not a horizon.
 */
function horizonBefore(text: string, at: number): { start: number; kind: 'until' | 'orientation' | 'vision' } | null {
  // "đến năm\n2025": the gap before the year may be a wrapped line, as for "năm 2025" alone
  let end = skipGapBack(text, at);
  if (end === at) return null;
  const nam = wordEndingAt(text, end, 'năm');
  if (nam >= 0) {
    end = skipBlanksBack(text, nam);
    if (end === nam) return null;
  }
  // "đến hết năm 2025", "đến hết 2025": until the end of that year
  const het = wordEndingAt(text, end, 'hết');
  if (het >= 0) {
    end = skipBlanksBack(text, het);
    if (end === het) return null;
  }
  const to = Math.max(wordEndingAt(text, end, 'đến'), wordEndingAt(text, end, 'tới'));
  if (to < 0) {
    if (het >= 0) return null;
    // "tầm nhìn 2045", "định hướng năm 2030": the lead word alone, no "đến"
    for (const [words, kind] of HORIZON_LEADS) {
      const start = wordEndingAt(text, end, words);
      if (start >= 0) return { start, kind };
    }
    return null;
  }
  let before = to;
  while (before > 0 && (isSpace(text.charCodeAt(before - 1)) || text.charCodeAt(before - 1) === 44)) before--;
  for (const [words, kind] of HORIZON_LEADS) {
    const start = wordEndingAt(text, before, words);
    if (start >= 0) return { start, kind };
  }
  return nam >= 0 || het >= 0 ? { start: to, kind: 'until' } : null;
}

/**
 * Words a day stands after when its year is not written: "ngày", and the times of day that open a
 * news report's sentence ("Chiều 11/6, …", "Sáng 12-10, Thủ tướng …"). A bare "11/6" may be a fraction.
 */
const DAY_ALONE_LEADS = ['ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm'];

/** "Sáng nay, 13.1, tại Phòng Diên Hồng": a time of day of today, a comma, then the day. */
const TODAY_LEADS = DAY_ALONE_LEADS.filter((w) => w !== 'ngày').map((w) => `${w} nay`).concat('hôm nay');

/** Start of "sáng nay," (any of TODAY_LEADS and a comma) before `at`; else -1. */
function todayLead(text: string, at: number): number {
  const comma = skipBlanksBack(text, at) - 1;
  if (text.charCodeAt(comma) !== 44) return -1;
  const end = skipBlanksBack(text, comma);
  return Math.max(...TODAY_LEADS.map((w) => wordEndingAt(text, end, w)));
}

const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * "quý II/2026", "Quý IV/ 2026", "quý I năm 2025" before the year at `at`: where "quý" starts and
 * which quarter; else null. The numeral is read back at most 3 letters (I and V only).
 */
function quarterBefore(text: string, at: number): { start: number; quarter: number } | null {
  let end = skipBlanksBack(text, at);
  if (text.charCodeAt(end - 1) === 47) end = skipBlanksBack(text, end - 1);
  else {
    const nam = wordEndingAt(text, end, 'năm');
    if (nam < 0 || end === at) return null;
    end = skipBlanksBack(text, nam);
    if (end === nam) return null;
  }
  let from = end;
  while (from > 0 && end - from < 3 && (text.charCodeAt(from - 1) === 73 || text.charCodeAt(from - 1) === 86)) from--;
  const quarter = from < end ? ROMAN_QUARTERS.indexOf(text.slice(from, end)) + 1 : 0;
  if (quarter === 0) return null;
  // "quý \nIII/2026": a table cell may wrap after "quý"
  const gap = skipGapBack(text, from);
  if (gap === from) return null;
  const quy = wordEndingAt(text, gap, 'quý');
  return quy >= 0 ? { start: quy, quarter } : null;
}

/** "từ năm 2021 …", "từ 2020 …", "giai đoạn 2013 …" before a year at `at`: the start of "từ" or of the year; else -1. */
function fromLead(text: string, at: number): number {
  // "từ năm\n2013 đến hết năm 2024": a wrapped line before the year, as for "năm 2013" alone
  let end = skipGapBack(text, at);
  if (end === at) return -1;
  const nam = wordEndingAt(text, end, 'năm');
  if (nam >= 0) {
    end = skipBlanksBack(text, nam);
    if (end === nam) return -1;
  }
  const tu = wordEndingAt(text, end, 'từ');
  if (tu >= 0) return tu;
  return nam < 0 && wordEndingAt(text, end, 'giai đoạn') >= 0 ? at : -1;
}

const LIST_HOPS = 6;

/**
 * "năm 2025 và 2026", "các năm 2023, 2024 và 2025", "Luật Viên chức năm 2010, 2018": is the bare
 * year at `at` the next item of a list of years that starts with "năm"? Each item is later than the
 * one before it by 10 years at most ("năm 2020, 2000 doanh nghiệp" is a count); at most LIST_HOPS
 * items back. Returns where the first year's figures start, else -1.
 */
function listHead(text: string, at: number, year: number, hops = LIST_HOPS): number {
  let end = skipBlanksBack(text, at);
  const and = Math.max(wordEndingAt(text, end, 'và'), wordEndingAt(text, end, 'hoặc'));
  if (and >= 0) {
    if (end === at) return -1;
    end = skipBlanksBack(text, and);
    if (end === and) return -1;
    if (text.charCodeAt(end - 1) === 44) end = skipBlanksBack(text, end - 1);
  } else if (text.charCodeAt(end - 1) === 44) end = skipBlanksBack(text, end - 1);
  else return -1;
  const from = end - 4;
  if (from < 0 || !isDigit(text.charCodeAt(from)) || !isDigit(text.charCodeAt(from + 1)) || !isDigit(text.charCodeAt(from + 2)) || !isDigit(text.charCodeAt(from + 3))) return -1;
  const c = text.charCodeAt(from - 1);
  if (isDigit(c) || c === 46 || c === 47 || c === 45) return -1;
  const previous = Number(text.slice(from, end));
  if (!(year > previous && year - previous <= 10)) return -1;
  if (leadWord(text, from, 'năm') >= 0) return from;
  return hops > 1 ? listHead(text, from, previous, hops - 1) : -1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function dayProblem(day: number, month: number, year: number): Message | undefined {
  if (month < 1 || month > 12) {
    return { vi: `Tháng ${month} không tồn tại.`, en: `Month ${month} does not exist.` };
  }
  const max = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > max) {
    return {
      vi: `Ngày ${day} không tồn tại trong tháng ${month} năm ${year} (tháng này có ${max} ngày).`,
      en: `Day ${day} does not exist in month ${month} of ${year} (that month has ${max} days).`,
    };
  }
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const plausibleYear = (y: number) => y >= 1900 && y <= 2100;
/** Map scales written "1/N" whose N looks like a year (planning maps: 1/2000, 1/2500). */
const MAP_SCALES = new Set([2000, 2500]);

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A day's mention: its lead word ("ngày") from `lead`, its value from `start` to `end`. */
function dayMention(lead: number, start: number, end: number, day: number, month: number, year: number, style: NonNullable<DateMention['style']>, invalid: Message | undefined): ScannedDate {
  return {
    kind: 'day',
    span: { start: lead, end },
    valueSpan: { start, end },
    iso: invalid ? null : `${year}-${pad(month)}-${pad(day)}`,
    year,
    month,
    day,
    style,
    ...(invalid ? { invalid } : {}),
  };
}

/** Reads a date whose first digit is at `start`. */
export function scanDate(text: string, start: number): ScannedDate | null {
  let digitsEnd = start + 1;
  while (isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
  // a day or a month comes first in DAY, LONG and the month forms, a year in PERIOD and YEAR:
  // the length of the digit run tells which patterns can match
  if (digitsEnd - start <= 2) return scanDayOrMonth(text, start, digitsEnd);
  if (digitsEnd - start === 4) return scanYearOrPeriod(text, start);
  return null;
}

function scanDayOrMonth(text: string, start: number, digitsEnd: number): ScannedDate | null {
  const ngayAt = leadWord(text, start, 'ngày');
  const ngay = ngayAt >= 0;
  const lead = ngay ? ngayAt : start;

  let m = sticky(DAY, text, start) ?? (ngay ? sticky(DAY_NOTE, text, start) : null);
  if (m) {
    const [all, d, sep, mo, y] = m;
    const day = Number(d);
    const month = Number(mo);
    const year = Number(y);
    // "ngày 12/4/0025": a date by its "ngày", impossible by its year
    if ((plausibleYear(year) || ngay) && (ngay || (month >= 1 && month <= 12 && day >= 1 && day <= 31))) {
      const invalid = plausibleYear(year) ? dayProblem(day, month, year) : { vi: `Năm ${y} không hợp lý.`, en: `The year ${y} is not plausible.` };
      return dayMention(lead, start, start + all.length, day, month, year, sep === '/' ? 'slash' : sep === '-' ? 'hyphen' : 'dot', invalid);
    }
  }

  m = sticky(LONG, text, start) ?? (ngay ? sticky(LONG_NOTE, text, start) : null);
  if (m) {
    const [all, d, mo, y] = m;
    const day = Number(d);
    const month = Number(mo);
    const year = Number(y);
    if (plausibleYear(year)) {
      return dayMention(lead, start, start + all.length, day, month, year, 'long', dayProblem(day, month, year));
    }
  }

  // "Chiều 11/6", "ngày 26/3 hằng năm", "ngày 15 tháng 3": a real day and month, its year read later from the text around it
  // tried only where a separator follows the digits, or after "ngày" (most numbers are neither)
  const sep = text.charCodeAt(digitsEnd);
  m = sep === 47 || sep === 45 || sep === 46 ? sticky(DAY_MONTH, text, start) : ngay ? sticky(DAY_MONTH_LONG, text, start) : null;
  if (m) {
    const day = Number(m[1]);
    const month = Number(m.length === 4 ? m[3] : m[2]);
    // "làm đêm 22.2 Thời gian …" is a section's number: a dotted day only after "ngày" or "sáng nay,"
    const today = todayLead(text, start);
    const lead = ngay ? ngayAt : sep === 46 ? today : Math.max(...DAY_ALONE_LEADS.map((w) => leadWord(text, start, w)), today);
    // leap years aside: 29/2 is a real day of some year
    if (lead >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 ? 29 : DAYS_IN_MONTH[month - 1]!)) {
      const end = start + m[0].length;
      // the year is the text's (assemble: yearsOfDaysAlone); ISO 8601 writes a day of no given year --MM-DD
      return { kind: 'dayMonth', span: { start: lead, end }, valueSpan: { start, end }, iso: `--${pad(month)}-${pad(day)}`, year: 0, month, day };
    }
  }

  // "quý 2/2025", "quý 1 năm 2026"
  const quy = leadWord(text, start, 'quý');
  if (quy >= 0) {
    m = sticky(MONTH_SLASH, text, start) ?? sticky(MONTH_LONG, text, start);
    const quarter = m ? Number(m[1]) : 0;
    const year = m ? Number(m[2]) : 0;
    if (m && quarter >= 1 && quarter <= 4 && plausibleYear(year)) {
      return { kind: 'quarter', span: { start: quy, end: start + m[0].length }, valueSpan: { start, end: start + m[0].length }, iso: `${year}-Q${quarter}`, year, quarter };
    }
    return null;
  }

  const thang = leadWord(text, start, 'tháng');
  if (thang >= 0) {
    m = sticky(MONTH_SLASH, text, start) ?? sticky(MONTH_LONG, text, start);
    if (m) {
      const month = Number(m[1]);
      const year = Number(m[2]);
      if (plausibleYear(year)) {
        const leadStart = thang;
        const invalid = month < 1 || month > 12 ? dayProblem(1, month, year) : undefined;
        return {
          kind: 'month',
          span: { start: leadStart, end: start + m[0].length },
          valueSpan: { start, end: start + m[0].length },
          iso: invalid ? null : `${year}-${pad(month)}`,
          year,
          month,
          ...(invalid ? { invalid } : {}),
        };
      }
    }
    return null;
  }

  // "| 6/2025 |": a month alone in a table's cell (the deadline column of a plan) [vnm_NQCP03__NQ03_PL2.md];
  // "1/2000" there is a map's scale, not January 2000 (MAP_SCALES)
  if (text.charCodeAt(skipBlanksBack(text, start) - 1) === 124) {
    m = sticky(MONTH_SLASH, text, start);
    if (m) {
      const month = Number(m[1]);
      const year = Number(m[2]);
      const end = start + m[0].length;
      let after = end;
      while (isSpace(text.charCodeAt(after))) after++;
      if (text.charCodeAt(after) === 124 && month >= 1 && month <= 12 && plausibleYear(year) && !(month === 1 && MAP_SCALES.has(year))) {
        return { kind: 'month', span: { start, end }, valueSpan: { start, end }, iso: `${year}-${pad(month)}`, year, month };
      }
    }
  }
  return null;
}

function scanYearOrPeriod(text: string, start: number): ScannedDate | null {
  const quarter = quarterBefore(text, start);
  if (quarter) {
    const year = Number(text.slice(start, start + 4));
    if (!plausibleYear(year) || isDigit(text.charCodeAt(start + 4))) return null;
    return { kind: 'quarter', span: { start: quarter.start, end: start + 4 }, valueSpan: { start, end: start + 4 }, iso: `${year}-Q${quarter.quarter}`, year, quarter: quarter.quarter };
  }

  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  // "2026-05-29": tried only where a hyphen follows the four digits
  let m = (isSpace(before) || before === 58) && text.charCodeAt(start + 4) === 45 ? sticky(ISO_DAY, text, start) : null;
  if (m) {
    const [all, y, mo, d] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (plausibleYear(year) && month >= 1 && month <= 12 && !dayProblem(day, month, year)) {
      return { kind: 'day', span: { start, end: start + all.length }, valueSpan: { start, end: start + all.length }, iso: all, year, month, day, style: 'iso' };
    }
  }

  const from = fromLead(text, start);
  m = from >= 0 ? sticky(FROM_TO, text, start) : null;
  if (m) {
    const first = Number(m[1]);
    const last = Number(m[2]);
    if (plausibleYear(first) && last > first && last - first <= 50) {
      return { kind: 'period', span: { start: from, end: start + m[0].length }, valueSpan: { start, end: start + m[0].length }, iso: `${first}/${last}`, year: first, endYear: last };
    }
  }

  m = sticky(PERIOD, text, start);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (plausibleYear(from) && to > from && to - from <= 50) {
      return {
        kind: 'period',
        span: { start, end: start + m[0].length },
        valueSpan: { start, end: start + m[0].length },
        iso: `${from}/${to}`,
        year: from,
        endYear: to,
      };
    }
  }

  m = sticky(YEAR, text, start);
  if (m) {
    const year = Number(m[1]);
    if (!plausibleYear(year)) return null;
    const horizon = horizonBefore(text, start);
    if (horizon) {
      return {
        kind: 'horizon',
        span: { start: horizon.start, end: start + 4 },
        valueSpan: { start, end: start + 4 },
        iso: String(year),
        year,
        horizonKind: horizon.kind,
      };
    }
    const nam = leadWord(text, start, 'năm');
    if (nam >= 0) return { kind: 'year', span: { start: nam, end: start + 4 }, valueSpan: { start, end: start + 4 }, iso: String(year), year };
    // the next items of a list: horizons after "đến năm 2025 và 2035", years after "năm 2025 và 2026"
    const head = listHead(text, start, year);
    if (head >= 0) {
      const span = { start, end: start + 4 };
      const listed = horizonBefore(text, head);
      return listed ? { kind: 'horizon', span, valueSpan: span, iso: String(year), year, horizonKind: listed.kind } : { kind: 'year', span, valueSpan: { ...span }, iso: String(year), year };
    }
  }
  return null;
}
