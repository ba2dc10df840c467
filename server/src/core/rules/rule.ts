// What every rule is: a stable code, a default severity the user can change, a one-line title in
// both languages, and a check from the analysed text to findings.

import type { BreakdownMention, Citation, DateMention, Finding, Fix, Message, RatioMention, Related, Severity, Span, TargetMention } from '../types';
import type { Resolution } from '../resolve/resolve';
import type { Registry } from '../registry/registry';
import { RANK_UNIT } from '../data/targetWords';

export interface Analysis {
  text: string;
  citations: Citation[];
  resolutions: Resolution[];
  dates: DateMention[];
  ownDate: DateMention | null;
  targets: TargetMention[];
  ratios: RatioMention[];
  breakdowns: BreakdownMention[];
  jurisdiction: string | null;
  registry: Registry;
  /** Today, YYYY-MM-DD: given, so the core stays pure and tests stay stable. */
  today: string;
}

export type RuleFinding = Omit<Finding, 'severity' | 'code'> & {
  /** A milder default than the rule's for this finding, where RULES.md asks for one; the user's setting for the code still wins. */
  severity?: Severity;
};

/**
 * A rule listed in analyze.ts' CITATION_RULES or FIGURE_RULES is run on each piece of a large text
 * alone (checkInPieces): it may read only one citation or date at a time (with its resolution) or
 * one figure (with its year and its owner's resolution), and the text near it. A rule that
 * compares mentions across the text must not be listed there.
 */
export interface Rule {
  code: string;
  defaultSeverity: Severity;
  title: Message;
  check(analysis: Analysis): RuleFinding[];
}

export function finding(
  span: Span,
  message: Message,
  more: { symbol?: string | null; fixes?: Fix[]; related?: Related[]; severity?: Severity } = {},
): RuleFinding {
  const f: RuleFinding = { span, message, symbol: more.symbol ?? null, fixes: more.fixes ?? [], related: more.related ?? [] };
  if (more.severity) f.severity = more.severity;
  return f;
}

export function replace(span: Span, newText: string, title: Message, preferred: boolean): Fix {
  return { title, edits: [{ span, newText }], preferred };
}

const groupsOf = new WeakMap<Analysis, number[][]>();

/** Citations of the same document, in text order: by registry entry when resolved, else by symbol. Computed once per analysis. */
export function groupByDocument(a: Analysis): number[][] {
  const cached = groupsOf.get(a);
  if (cached) return cached;
  const groups = new Map<unknown, number[]>();
  a.citations.forEach((c, i) => {
    if (c.role !== 'cite') return;
    const r = a.resolutions[i]!;
    const key = r.status === 'resolved' ? r.entry : c.symbol ? c.symbol.replace(/^0+/, '').toUpperCase() : null;
    if (key === null) return;
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  });
  const result = [...groups.values()];
  groupsOf.set(a, result);
  return result;
}

export function resolvedEntry(a: Analysis, i: number) {
  const r = a.resolutions[i]!;
  return r.status === 'resolved' ? r.entry : null;
}

/** Writes an ISO date in the style the text used: 27/9/2019, 27-9-2019, ngày 27 tháng 9 năm 2019. */
export function formatDateLike(iso: string, like: DateMention): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const written = like.text.slice(like.valueSpan.start - like.span.start);
  // keep the author's zero padding: 05/10/2020 stays padded, 7/12/2022 does not. An author who pads
  // one field pads the other: "16/01/2022" becomes 06/01/2022; a padded day with an unpadded month
  // is the official rule (a day under 10 and the months 1 and 2 padded: 05/10/2020, 05/02/2020)
  const dayPadded = /^0/.test(written);
  const monthPadded = /^\d+(?:[/.-]|\s+tháng\s+)0/.test(written);
  const dd = dayPadded || monthPadded ? String(d).padStart(2, '0') : String(d);
  const mm = monthPadded || (dayPadded && m < 3) ? String(m).padStart(2, '0') : String(m);
  switch (like.style) {
    case 'hyphen':
      return `${dd}-${mm}-${y}`;
    case 'dot':
      return `${dd}.${mm}.${y}`;
    case 'long':
      return `${dd} tháng ${mm} năm ${y}`;
    case 'iso':
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    default:
      return `${dd}/${mm}/${y}`;
  }
}

/** Vietnamese short form of an ISO date for messages: 2019-09-27 → 27/9/2019. */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return d ? `${d}/${m}/${y}` : m ? `${m}/${y}` : String(y);
}

/** A number as Vietnamese writes it: 1.500, 13,5. */
export function viNumber(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

const COMPARATOR_WORDS_VI: Record<string, { vi: string; en: string }> = {
  '>': { vi: 'trên ', en: 'over ' },
  '>=': { vi: 'tối thiểu ', en: 'at least ' },
  '=': { vi: '', en: '' },
  '~': { vi: 'khoảng ', en: 'about ' },
  '<': { vi: 'dưới ', en: 'under ' },
  '<=': { vi: 'không quá ', en: 'at most ' },
};

/** A number as English writes it: 1,500, 13.5. */
export function enNumber(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A number in both languages' conventions. */
export function bothNumbers(n: number): Message {
  return { vi: viNumber(n), en: enNumber(n) };
}

/** "trên 90%", "khoảng 1.500 doanh nghiệp" in both languages. */
export function describeFigure(comparator: string, value: number, unit: string): Message {
  // a rank: "thuộc nhóm 70" (the top 70 or better), "hạng 11" (the place held)
  if (unit === RANK_UNIT) {
    return comparator === '<=' ? { vi: `nhóm ${value}`, en: `the top ${value}` } : { vi: `hạng ${value}`, en: `rank ${value}` };
  }
  const c = COMPARATOR_WORDS_VI[comparator] ?? { vi: '', en: '' };
  const u = unit === '%' ? '%' : ` ${unit}`;
  return { vi: `${c.vi}${viNumber(value)}${u}`, en: `${c.en}${enNumber(value)}${u}` };
}

/** The registry entry that owns target i, when its owner citation resolved. */
export function ownerEntry(a: Analysis, owner: number | null) {
  return owner === null ? null : resolvedEntry(a, owner);
}
