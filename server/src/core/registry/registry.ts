// The loaded registry: every source merged (later sources win, field by field, for the same
// document) and indexed by symbol, alias and title. A symbol alone does not identify a document
// (numbers restart every year for every issuer; every Tỉnh ủy has its own 13-NQ/TU), so a lookup
// returns every candidate and the resolver chooses by jurisdiction, year and issuer.

import { foldKey } from '../text/normalize';
import type { RegistryEntry } from './types';

export interface RegistrySource {
  /** "built-in", a registry file's path, or the path of a document that declares itself. */
  origin: string;
  entries: RegistryEntry[];
}

export interface IndexedEntry {
  entry: RegistryEntry;
  origin: string;
}

/** Case-insensitive, leading zeros of the number dropped: "06/QĐ-TTg" and "6/QĐ-TTG" meet. */
export function symbolKey(symbol: string): string {
  const nfc = /[\u0300-\u036f]/.test(symbol) ? symbol.normalize('NFC') : symbol;
  return nfc.replace(/^0+(?=\d)/, '').toUpperCase().replace(/\s+/g, '');
}

const NATIONAL = foldKey('Trung ương');

export function isNational(entry: RegistryEntry): boolean {
  return !entry.jurisdiction || placeKey(entry.jurisdiction) === NATIONAL;
}

const yearOf = (e: RegistryEntry) => (e.date ? Number(e.date.slice(0, 4)) : null);

export class Registry {
  private readonly bySymbol = new Map<string, IndexedEntry[]>();
  private readonly byAlias = new Map<string, IndexedEntry[]>();
  private readonly byTitle = new Map<string, IndexedEntry[]>();
  private byNumber: Map<string, string[]> | null = null;
  private byTail: Set<string> | null = null;
  private count = 0;

  constructor(sources: RegistrySource[] = []) {
    for (const source of sources) this.addSource(source);
  }

  get size(): number {
    return this.count;
  }

  /**
   * Adds a source's entries. An entry that describes a document an earlier source already has
   * (same symbol, jurisdiction and year, or fitting where one of them is unstated) is merged into
   * it, the later source winning field by field. Entries of one source are not merged with each
   * other: a file is trusted to list each document once, which keeps loading 500,000 entries linear.
   */
  addSource(source: RegistrySource): void {
    const merging = this.count > 0;
    for (const entry of source.entries) {
      const key = symbolKey(entry.symbol);
      const list = this.bySymbol.get(key);
      const same = merging && list ? list.find((c) => c.origin !== source.origin && sameDocument(c.entry, entry)) : undefined;
      if (same) {
        same.entry = { ...same.entry, ...entry };
        same.origin = source.origin;
        this.indexNames(same);
        continue;
      }
      const indexed: IndexedEntry = { entry, origin: source.origin };
      if (list) list.push(indexed);
      else this.bySymbol.set(key, [indexed]);
      this.count++;
      this.indexNames(indexed);
    }
    this.byNumber = null;
  }

  private indexNames(indexed: IndexedEntry): void {
    const { entry } = indexed;
    if (entry.aliases) for (const alias of entry.aliases) push(this.byAlias, foldKey(alias), indexed);
    if (entry.title && entry.type && /^(Luật|Bộ luật|Hiến pháp|Pháp lệnh)$/.test(entry.type)) {
      const title = entry.title.startsWith(entry.type) ? entry.title : `${entry.type} ${entry.title}`;
      push(this.byTitle, foldKey(title), indexed);
    }
  }

  lookup(symbol: string): IndexedEntry[] {
    return this.bySymbol.get(symbolKey(symbol)) ?? [];
  }

  alias(name: string): IndexedEntry[] {
    return this.byAlias.get(foldKey(name)) ?? [];
  }

  title(name: string): IndexedEntry[] {
    return this.byTitle.get(foldKey(name)) ?? [];
  }

  *entries(): IterableIterator<IndexedEntry> {
    for (const list of this.bySymbol.values()) yield* list;
  }

  /** Known symbols closest to an unknown one: same number with another tail, or a one-digit slip. */
  closest(symbol: string, max = 3): string[] {
    const key = symbolKey(symbol);
    const m = /^(\d+)(.*)$/.exec(key);
    if (!m) return [];
    const number = m[1]!;
    const tail = m[2]!;
    this.byNumber ??= this.buildNumberIndexes();
    const found = new Map<string, number>();
    const consider = (candidateKey: string) => {
      const list = this.bySymbol.get(candidateKey);
      if (!list || candidateKey === key) return;
      const d = editDistance(key, candidateKey);
      if (d <= Math.max(2, Math.floor(key.length / 4))) found.set(list[0]!.entry.symbol, d);
    };
    // a slip in the number: only worth trying when some document has this tail
    if (this.byTail!.has(tail)) for (const variant of numberSlips(number)) consider(variant + tail);
    for (const candidate of this.byNumber.get(number) ?? []) consider(candidate);
    return [...found.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, max)
      .map(([s]) => s);
  }

  private buildNumberIndexes(): Map<string, string[]> {
    const byNumber = new Map<string, string[]>();
    this.byTail = new Set();
    for (const key of this.bySymbol.keys()) {
      const m = /^(\d+)(.*)$/.exec(key);
      if (!m) continue;
      push(byNumber, m[1]!, key);
      this.byTail.add(m[2]!);
    }
    return byNumber;
  }
}

function sameDocument(a: RegistryEntry, b: RegistryEntry): boolean {
  if (a.jurisdiction && b.jurisdiction && placeKey(a.jurisdiction) !== placeKey(b.jurisdiction)) return false;
  const ya = yearOf(a);
  const yb = yearOf(b);
  return ya === null || yb === null || ya === yb;
}

const placeKeys = new Map<string, string>();
/** foldKey of a jurisdiction, remembered: a registry names a few dozen places half a million times. */
function placeKey(place: string): string {
  let key = placeKeys.get(place);
  if (key === undefined) {
    key = foldKey(place);
    placeKeys.set(place, key);
  }
  return key;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Numbers one keystroke away: a digit changed, dropped, doubled or two swapped. */
function numberSlips(n: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < n.length; i++) {
    for (let d = 0; d <= 9; d++) out.add(n.slice(0, i) + d + n.slice(i + 1));
    out.add(n.slice(0, i) + n.slice(i + 1));
    out.add(n.slice(0, i) + n[i] + n.slice(i));
    if (i + 1 < n.length) out.add(n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2));
  }
  out.delete(n);
  out.delete('');
  return [...out].map((s) => s.replace(/^0+(?=\d)/, ''));
}

export function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}
