// Shared by VB301 and VB302: within one text, citations of the same document should agree on a
// fact. The reference value is the registry's when it has one; else the value cited most often,
// and on a tie the last one (reference lists at the end are usually the carefully written ones).

import { finding, groupByDocument, resolvedEntry, type Analysis, type RuleFinding } from './rule';
import type { Fix, Message, Span } from '../types';

export interface Fact<V> {
  /** The fact as cited by citation i, or null when it does not state it. */
  of(a: Analysis, i: number): { value: V; key: string; span: Span } | null;
  /** The registry's value for the group, when the registry knows it. */
  registry(a: Analysis, i: number): string | null;
  message(symbol: string, cited: V, reference: V): Message;
  related: Message;
  fix(a: Analysis, i: number, reference: V): Fix[];
  /** Keys that agree though they differ ("Tỉnh ủy" and "Ban Thường vụ Tỉnh ủy"); default: equal. */
  same?(a: string, b: string): boolean;
  /**
   * Whether citation i's value fits what the citation itself says (a date in its symbol's year):
   * when the registry is silent and some values fit and others do not, the reference is among
   * those that fit, however often the others are cited.
   */
  fits?(a: Analysis, i: number, value: V): boolean;
  /** Splits a document's citations further: those in different parts are different documents. */
  part?(a: Analysis, i: number): string;
}

/**
 * Numbers without a year in the symbol restart each year (Party ones each term): 21-NQ/TW of 2012
 * (Bộ Chính trị) and of 2017 (Ban Chấp hành Trung ương) are two resolutions. Unless the registry
 * says which document it is, such a citation is compared only with those of its date's year; an
 * undated one joins the dated ones when they all have one year, and stays apart when they differ.
 */
export function yearOfUnresolved(a: Analysis, i: number): string {
  const c = a.citations[i]!;
  if (c.year !== null || a.resolutions[i]!.status === 'resolved') return '';
  if (c.date) return String(c.date.year);
  const years = datedYears(a).get(c.symbol ?? '');
  return years && years.size === 1 ? [...years][0]! : '';
}

const yearsOf = new WeakMap<Analysis, Map<string, Set<string>>>();

/** For each symbol without a year, the years its dated citations give. */
function datedYears(a: Analysis): Map<string, Set<string>> {
  let years = yearsOf.get(a);
  if (!years) {
    years = new Map();
    for (const c of a.citations) {
      if (c.year !== null || !c.date || !c.symbol) continue;
      const set = years.get(c.symbol) ?? new Set<string>();
      set.add(String(c.date.year));
      years.set(c.symbol, set);
    }
    yearsOf.set(a, years);
  }
  return years;
}

/** How many of the agreeing citations a finding points to: the nearest ones, not all of a long text's. */
const RELATED_MAX = 3;

function nearest<T extends { f: { span: Span } }>(reference: T[], at: number): T[] {
  if (reference.length <= RELATED_MAX) return reference;
  // the list is in text order: the nearest ones stand around the first one after `at`
  let lo = 0;
  for (let hi = reference.length; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (reference[mid]!.f.span.start < at) lo = mid + 1;
    else hi = mid;
  }
  let hi = lo;
  while (hi - lo < RELATED_MAX) {
    const left = lo > 0 ? at - reference[lo - 1]!.f.span.start : Infinity;
    const right = hi < reference.length ? reference[hi]!.f.span.start - at : Infinity;
    if (left <= right) lo--;
    else hi++;
  }
  return reference.slice(lo, hi);
}

export function inconsistencies<V>(a: Analysis, fact: Fact<V>): RuleFinding[] {
  const out: RuleFinding[] = [];
  const part = fact.part;
  const groups = !part ? groupByDocument(a) : groupByDocument(a).flatMap((g) => {
    const parts = new Map<string, number[]>();
    for (const i of g) {
      const k = part(a, i);
      const list = parts.get(k);
      if (list) list.push(i);
      else parts.set(k, [i]);
    }
    return [...parts.values()];
  });
  for (const group of groups) {
    const same = fact.same ?? ((x: string, y: string) => x === y);
    const stated = group.map((i) => ({ i, f: fact.of(a, i) })).filter((x): x is { i: number; f: NonNullable<ReturnType<Fact<V>['of']>> } => x.f !== null);
    // fold agreeing keys onto the first distinct key they agree with
    const distinct: string[] = [];
    for (const s of stated) {
      const k = distinct.find((d) => same(d, s.f.key));
      if (k === undefined) distinct.push(s.f.key);
      else s.f = { ...s.f, key: k };
    }
    if (distinct.length < 2) continue;
    const fromRegistry = fact.registry(a, group[0]!);
    let refKey = fromRegistry ? (distinct.find((d) => same(d, fromRegistry)) ?? null) : null;
    if (!refKey) {
      const counts = new Map<string, number>();
      for (const s of stated) counts.set(s.f.key, (counts.get(s.f.key) ?? 0) + 1);
      const fitting = fact.fits ? stated.filter((s) => fact.fits!(a, s.i, s.f.value)) : stated;
      const candidates = fitting.length > 0 ? fitting : stated;
      let best = -1;
      for (const s of candidates) {
        const n = counts.get(s.f.key)!;
        if (n >= best) {
          best = n;
          refKey = s.f.key;
        }
      }
    }
    const reference = stated.filter((s) => s.f.key === refKey);
    const refValue = reference[reference.length - 1]!.f.value;
    for (const s of stated) {
      if (s.f.key === refKey) continue;
      // a short form ("Nghị quyết 52 của …") says its document by the one it resolved to
      const c = a.citations[s.i]!;
      const symbol = c.symbol ?? resolvedEntry(a, s.i)?.entry.symbol ?? c.text;
      out.push(
        finding(s.f.span, fact.message(symbol, s.f.value, refValue), {
          symbol,
          fixes: fact.fix(a, s.i, refValue),
          related: nearest(reference, s.f.span.start).map((r) => ({ span: r.f.span, message: fact.related })),
        }),
      );
    }
  }
  return out;
}
