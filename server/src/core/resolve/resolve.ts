// Resolution, after recognition (as eyecite does it): full citations and law names are looked up
// in the registry and narrowed by the text's jurisdiction, the year and the issuer; short forms
// ("Nghị quyết số 13") bind to the nearest earlier full citation of the same type and number,
// else to a registry alias ("Đề án 06"). When several documents fit, nothing is guessed.

import type { Citation } from '../types';
import { bodyForName, issuerBody, issuersAgree } from '../data/issuers';
import { typeByWord } from '../data/documentTypes';
import { foldKey } from '../text/normalize';
import { memoized } from '../memo';
import { isNational, type IndexedEntry, type Registry } from '../registry/registry';
import { normativeYear } from '../registry/entry';
import { citedDate } from '../assemble/datesAt';
import { partyTermOf } from '../data/partyTerms';
import { symbolOf } from '../scan/symbol';

export type Resolution =
  | { status: 'resolved'; entry: IndexedEntry; via: 'symbol' | 'title' | 'alias' | 'issuer' | 'antecedent'; antecedent: number | null }
  | { status: 'ambiguous'; candidates: IndexedEntry[]; antecedent: number | null }
  /**
   * Full citation or title not in the registry (`elsewhere`: entries of that symbol that belong to
   * other provinces); a short form bound to such a citation.
   */
  | { status: 'unknown'; closest: string[]; elsewhere?: IndexedEntry[]; antecedent: number | null }
  /** A short form with nothing to refer to. */
  | { status: 'unbound' }
  /** Placeholders: nothing to resolve. */
  | { status: 'none' };

export interface ResolveContext {
  registry: Registry;
  /** The text's province, or null for national or unknown. */
  jurisdiction: string | null;
  /** The day the text is dated (its heading's date line), YYYY-MM-DD: no law it names by name alone was passed later. */
  written?: string | null;
  /** Resolutions of an earlier call to reuse, for citations it shares with this one (see `ResolutionsKept`). */
  kept?: ResolutionsKept;
}

/**
 * A full citation's resolution depends on it, the registry and the jurisdiction only. An editor's
 * keystroke re-reads one piece of a large text and keeps the other pieces' citations (the same
 * objects): their resolutions are kept too, and compare equal at once.
 */
export type ResolutionsKept = WeakMap<Citation, { registry: Registry; jurisdiction: string | null; written: string | null; resolution: Resolution }>;

export function resolveCitations(citations: Citation[], ctx: ResolveContext): Resolution[] {
  const out: Resolution[] = [];
  // the last full citation so far of each type and number: what a short form binds to; and of
  // each type, number and year, kept only from the first short form with a year (few texts have one)
  const lastFull = new Map<string, number>();
  let lastOfYear: Map<string, number> | null = null;
  // the last citation of each symbol that resolved: a reused number ("18-NQ/TW" of 2017 and 2022)
  // cited again with no date ("(sau đây gọi tắt là Nghị quyết số 18-NQ/TW)") is the one the text dated
  const resolvedSymbol = new Map<string, number>();
  for (let i = 0; i < citations.length; i++) {
    const c = citations[i]!;
    if (c.kind === 'placeholder') out.push({ status: 'none' });
    else if (c.kind === 'title') out.push(remembered(c, ctx, byTitle));
    else if (c.kind === 'short') {
      if (c.year !== null) lastOfYear ??= fullOfYear(citations, i);
      out.push(shortForm(c, out, c.year === null ? lastFull.get(antecedentKey(c)) : lastOfYear!.get(antecedentKey(c, c.year)), ctx));
    } else {
      const r = remembered(c, ctx, bySymbol);
      const earlier = r.status === 'ambiguous' && !c.date ? resolvedSymbol.get(c.symbol!) : undefined;
      const before = earlier === undefined ? undefined : out[earlier];
      out.push(before?.status === 'resolved' && r.status === 'ambiguous' && r.candidates.includes(before.entry) ? { status: 'resolved', entry: before.entry, via: 'antecedent', antecedent: earlier! } : r);
      if (out[i]!.status === 'resolved') resolvedSymbol.set(c.symbol!, i);
      lastFull.set(antecedentKey(c), i);
      if (lastOfYear && c.year !== null) lastOfYear.set(antecedentKey(c, c.year), i);
    }
  }
  return out;
}

/** The last full citation of each type, number and year among the first `upTo`. */
function fullOfYear(citations: Citation[], upTo: number): Map<string, number> {
  const last = new Map<string, number>();
  for (let i = 0; i < upTo; i++) {
    const c = citations[i]!;
    if (c.kind === 'full' && c.year !== null) last.set(antecedentKey(c, c.year), i);
  }
  return last;
}

function remembered(c: Citation, ctx: ResolveContext, resolve: (c: Citation, ctx: ResolveContext) => Resolution): Resolution {
  const kept = ctx.kept;
  if (!kept) return resolve(c, ctx);
  const before = kept.get(c);
  const written = ctx.written ?? null;
  if (before && before.registry === ctx.registry && before.jurisdiction === ctx.jurisdiction && before.written === written) return before.resolution;
  const resolution = resolve(c, ctx);
  kept.set(c, { registry: ctx.registry, jurisdiction: ctx.jurisdiction, written, resolution });
  return resolution;
}

/**
 * "Nghị quyết số 13" binds to 13-NQ/TU: same type, same number (leading zeros aside); "Thông tư
 * liên tịch số 06/2018" to 06/2018/TTLT-…: the same year too.
 */
function antecedentKey(c: Citation, year: number | null = null): string {
  return year === null ? `${c.type}\u0000${Number(c.number)}` : `${c.type}\u0000${Number(c.number)}\u0000${year}`;
}

function bySymbol(c: Citation, ctx: ResolveContext): Resolution {
  const all = ctx.registry.lookup(c.symbol!);
  if (all.length === 0) return { status: 'unknown', closest: closestFitting(c, ctx), antecedent: null };
  return choose(all, c, ctx, 'symbol') ?? { status: 'unknown', closest: [], elsewhere: all, antecedent: null };
}

const CLOSEST_MAX = 3;

/**
 * The known symbols closest to an unknown one, as suggestions, only those the citation gives no
 * reason to doubt:
 * - a slip in the number only where its digits are the entry's in another order, and the citation
 *   is dated with the entry's date ("Nghị quyết số 31-NQ/TU ngày 6/9/2023" for 13-NQ/TU of that
 *   day): a number next to a known one is mostly another real document (the corpus cites Nghị định
 *   142/2025/NĐ-CP 209 times, 146/2025/NĐ-CP is known; 18-NQ/TW is no slip for 68-NQ/TW), and one
 *   issuer's documents of one day have neighbouring numbers (Nghị định 123 and 126/2020/NĐ-CP);
 * - another tail (the same number) only of the same type, and none that the citation's date rules
 *   out: "Chỉ thị 52-CT/TW" is no slip for 52-NQ/TW;
 * - none of another name: "Luật Đầu tư công số 39/2019/QH14" is no slip for 38/2019/QH14, the Luật
 *   Quản lý thuế passed the same day;
 * - none of another province: a Bình Định text's 85/KH-UBND is no slip for Tuyên Quang's
 *   55/KH-UBND; where the text names no province, only a local entry of the cited date;
 * - a slip in the number only when a single one is possible: 51/2024/QH15 may be 31, 41 or
 *   61/2024/QH15, and a guess among them is no help.
 */
function closestFitting(c: Citation, ctx: ResolveContext): string[] {
  const iso = c.date?.kind === 'day' ? c.date.iso : null;
  let fitting = closestMemo.get(ctx.registry);
  if (!fitting) closestMemo.set(ctx.registry, (fitting = memoized((key) => findClosestFitting(ctx.registry, key))));
  return fitting(`${c.symbol}\u0000${iso ?? ''}\u0000${c.title ?? ''}\u0000${ctx.jurisdiction ?? ''}\u0000${c.type ?? ''}`);
}

// texts cite the same unknown documents again and again, mostly with the same date
const closestMemo = new WeakMap<Registry, (key: string) => string[]>();

function findClosestFitting(registry: Registry, key: string): string[] {
  const [symbol, iso, title, jurisdiction, type] = key.split('\u0000') as [string, string, string, string, string];
  const written = leadingNumber(symbol);
  const number = Number(written);
  const digits = sortedDigits(written);
  const isSlip = (s: string) => Number(leadingNumber(s)) !== number;
  const named = title ? new Set(registry.title(title).map((e) => e.entry.symbol)) : null;
  const fits = (s: string, { entry }: IndexedEntry) => {
    if (isSlip(s)) {
      if (!iso || entry.date !== iso || sortedDigits(leadingNumber(s)) !== digits) return false;
    } else if ((iso && entry.date && entry.date !== iso) || (type && entry.type && entry.type !== type)) return false;
    if (named && !named.has(s)) return false;
    if (isNational(entry)) return true;
    return jurisdiction ? foldKey(entry.jurisdiction!) === foldKey(jurisdiction) : !!iso && entry.date === iso;
  };
  const fitting = registry.closest(symbol, Infinity).filter((s) => registry.lookup(s).some((e) => fits(s, e)));
  const slips = fitting.filter(isSlip);
  return (slips.length > 1 ? fitting.filter((s) => !slips.includes(s)) : fitting).slice(0, CLOSEST_MAX);
}

/** The number a symbol opens with ("749" of 749/QĐ-TTg). */
function leadingNumber(symbol: string): string {
  return /^\d+/.exec(symbol)?.[0] ?? '';
}

/** The digits of a number in order, leading zeros aside: "31" and "13" give the same. */
function sortedDigits(n: string): string {
  return [...String(Number(n))].sort().join('');
}

function byTitle(c: Citation, ctx: ResolveContext): Resolution {
  const all = ctx.registry.title(c.title!);
  if (all.length === 0) return { status: 'unknown', closest: [], antecedent: null };
  return choose(all, c, ctx, 'title') ?? { status: 'unknown', closest: [], antecedent: null };
}

/**
 * Narrows candidates: the exact date cited first (it identifies a document across provinces),
 * then the jurisdiction (the place named with the issuer, else the text's), the year, the issuer.
 * Null when none is left.
 */
function choose(all: IndexedEntry[], c: Citation, ctx: ResolveContext, via: 'symbol' | 'title' | 'alias' | 'issuer'): Resolution | null {
  let candidates = all;
  const day = c.date?.kind === 'day' ? c.date.iso : null;
  const sameDay = day ? candidates.filter((e) => e.entry.date === day) : [];
  if (sameDay.length > 0) candidates = sameDay;
  // A law's name is shared by its versions ("Luật Đất đai" of 2003, 2013 and 2024): the date or year
  // cited with the name says which one, and no other version is that one
  const version = via === 'title' ? citedDate(c) : null;
  if (version) {
    candidates = candidates.filter((e) => {
      const passed = passedOn(e);
      return passed === null || comparedOnPrefix(passed, version) === 0;
    });
    if (candidates.length === 0) return null;
  }
  // a law named by name alone, in a text or a citing clause of a known date, is a version passed by
  // then: "Nghị định … ngày 21/12/2016 … thi hành Luật Ngân sách nhà nước" is not the law of 2025
  const by = via === 'title' && !version ? earliest(c.passedBy ?? null, ctx.written ?? null) : null;
  if (by) {
    candidates = candidates.filter((e) => {
      const passed = passedOn(e);
      return passed === null || comparedOnPrefix(passed, by) <= 0;
    });
    if (candidates.length === 0) return null;
  }
  const place = c.issuer?.place ?? ctx.jurisdiction;
  if (place && sameDay.length === 0) {
    const key = foldKey(place);
    candidates = candidates.filter((e) => isNational(e.entry) || foldKey(e.entry.jurisdiction!) === key);
    if (candidates.length === 0) return null;
  }
  // a central Party number restarts with each term of the Central Committee: "52-NQ/TW" dated in
  // another term than the known one's is another resolution, not that one with a wrong date
  const term = c.shape === 'party' && c.issuerCode === 'TW' && day ? partyTermOf(day) : null;
  if (term) {
    const inTerm = candidates.filter((e) => !e.entry.date || partyTermOf(e.entry.date) === term);
    // "18-NQ/TW ngày 25/10/2025", "59-NQ/TW ngày 24 tháng 01 năm 2024": the day and month of one
    // known version, in another year, is that version with its year mistyped (VB202), as for State numbers
    const mistyped = candidates.filter((e) => e.entry.date?.slice(4) === day!.slice(4));
    candidates = mistyped.length === 1 && !inTerm.some((e) => e.entry.date === day) ? mistyped : inTerm;
    if (candidates.length === 0) return null;
  }
  const year = c.year ?? c.date?.year ?? null;
  // A State number without a year restarts every year: 126/NQ-CP of 2024 and of 2026 are two
  // resolutions. Party numbers run for a whole term, so a year apart may still be the same one.
  if (c.year === null && c.shape !== 'party' && c.date && (c.date.kind === 'day' || c.date.kind === 'month')) {
    const dated = candidates.filter((e) => e.entry.date);
    if (dated.length > 0 && dated.length === candidates.length && !dated.some((e) => e.entry.date!.startsWith(String(c.date!.year)))) {
      // "749/QĐ-TTg ngày 03/6/2021": the day and month of one entry, in another year, is that entry
      // with its year mistyped (VB202 reports it); another number of that day and month is too rare to fear
      const monthDay = c.date.kind === 'day' && c.date.iso ? c.date.iso.slice(4) : null;
      const mistyped = monthDay ? dated.filter((e) => e.entry.date!.slice(4) === monthDay) : [];
      if (mistyped.length !== 1) return null;
      candidates = mistyped;
    }
  }
  if (candidates.length > 1 && year !== null) {
    const sameYear = candidates.filter((e) => e.entry.date?.startsWith(String(year)));
    if (sameYear.length > 0) candidates = sameYear;
  }
  if (candidates.length > 1 && c.issuer?.id) {
    const id = c.issuer.id;
    const agreeing = candidates.filter((e) => {
      const body = e.entry.issuer ? bodyForName(e.entry.issuer) : undefined;
      return body && issuersAgree(body.id, id);
    });
    if (agreeing.length > 0) candidates = agreeing;
  }
  if (candidates.length === 1) return { status: 'resolved', entry: candidates[0]!, via, antecedent: null };
  return { status: 'ambiguous', candidates, antecedent: null };
}

/**
 * When an entry was passed, as an ISO prefix: its date, else its symbol's year ("89/2025/QH15" is no
 * law of 2015); null when neither is known.
 */
function passedOn(e: IndexedEntry): string | null {
  return e.entry.date ?? normativeYear(e.entry.symbol);
}

/** Two ISO dates or prefixes ("2016", "2016-12-21") compared on the part both give: negative, 0 or positive. */
function comparedOnPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const pa = a.slice(0, n);
  const pb = b.slice(0, n);
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

/** The earlier of two ISO dates or prefixes, either of which may be missing; of the same year, the day (the tighter bound). */
function earliest(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  const order = comparedOnPrefix(a, b);
  return order < 0 ? a : order > 0 ? b : a.length >= b.length ? a : b;
}

function shortForm(c: Citation, resolved: Resolution[], j: number | undefined, ctx: ResolveContext): Resolution {
  if (j !== undefined) {
    const r = resolved[j]!;
    if (r.status === 'resolved') return { ...r, via: 'antecedent', antecedent: j };
    if (r.status === 'ambiguous' || r.status === 'unknown') return { ...r, antecedent: j };
  }
  const named = ctx.registry.alias(`${c.type} ${c.number}`);
  if (named.length > 0) return choose(named, c, ctx, 'alias') ?? { status: 'unbound' };
  const issued = issuedAs(c, ctx);
  if (issued) return choose(issued.entries, issued.as, ctx, 'issuer') ?? { status: 'unbound' };
  return { status: 'unbound' };
}

/**
 * The known documents a short form names with its issuer ("Nghị quyết 57 của Bộ Chính trị",
 * "Chỉ thị số 05 ngày 15/5/2016 của Bộ Chính trị", "Kế hoạch 55 của UBND tỉnh"): the symbols the
 * type, the body's codes and the number make (RULES.md §1.3, §3.4), a normative one only with the
 * year of a date cited with it, as the number restarts each year. A body of every province (a
 * Tỉnh ủy, a UBND) names one only where the province is known. With them, the citation as its
 * symbol's shape would make it: a central Party number dated in another term is another document.
 */
function issuedAs(c: Citation, ctx: ResolveContext): { entries: IndexedEntry[]; as: Citation } | null {
  const body = c.issuer?.id ? issuerBody(c.issuer.id) : undefined;
  const type = c.type ? typeByWord(c.type) : undefined;
  if (!body || !type || !c.number || (body.local && !(c.issuer!.place ?? ctx.jurisdiction))) return null;
  const year = c.date?.year ?? null;
  const symbols: string[] = [];
  for (const issuer of body.codes) {
    if (body.family === 'party') for (const code of type.party ?? []) symbols.push(symbolOf('party', c.number, code, [issuer]));
    else {
      for (const code of type.state ?? []) symbols.push(symbolOf('state', c.number, code, [issuer]));
      if (year !== null) for (const code of type.normative ?? []) symbols.push(symbolOf('normative', c.number, code, [issuer], year));
    }
  }
  const entries = symbols.flatMap((s) => ctx.registry.lookup(s)).filter((e) => !e.entry.type || e.entry.type === type.name);
  if (entries.length === 0) return null;
  return { entries, as: body.family === 'party' && body.codes.length === 1 ? { ...c, shape: 'party', issuerCode: body.codes[0]! } : c };
}
