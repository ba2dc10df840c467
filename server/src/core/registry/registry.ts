// The loaded registry: every source merged (later sources win, field by field, for the same
// document) and indexed by symbol, alias and title. A symbol alone does not identify a document
// (numbers restart every year for every issuer; every Tỉnh ủy has its own 13-NQ/TU), so a lookup
// returns every candidate and the resolver chooses by jurisdiction, year and issuer.

import { memoized } from '../memo';
import { foldKey } from '../text/normalize';
import { EntryTable, nameKeys, normativeYear, yearOf, type IndexedEntry, type NameKeys } from './entry';
import { hashOfKey, symbolKey } from './key';
import type { RegistryEntry } from './types';

export { IndexedEntry } from './entry';
export { symbolKey } from './key';

/** One source's entries ("built-in", a registry file, a document that declares itself), all of one origin. */
export type RegistrySource = EntryTable;

/** A source given as objects. */
export function sourceOf(origin: string, entries: readonly RegistryEntry[]): RegistrySource {
  return EntryTable.fromObjects(origin, entries);
}

const NATIONAL = foldKey('Trung ương');

export function isNational(entry: { jurisdiction?: string | undefined }): boolean {
  return !entry.jurisdiction || placeKey(entry.jurisdiction) === NATIONAL;
}

/** Entry numbers under a name; most names name one entry, kept alone rather than in an array of one. */
type Bucket = number | number[];

/**
 * Entries are numbered as their sources come, and read from their source's columns by number; the
 * indexes hold numbers. An entry is made when a lookup first gives it, then kept, so that one
 * document is one object for the rules (they group citations by it); an entry merged from two
 * sources is made when merged.
 */
export class Registry {
  private readonly sources: RegistrySource[] = [];
  /** By entry number: its source, and its row there (a merged entry takes no number). */
  private sourceIds = new Int32Array(0);
  private rows = new Int32Array(0);
  private count = 0;
  /** Entries made so far, by number. */
  private readonly made = new Map<number, IndexedEntry>();
  private readonly bySymbol = new SymbolIndex();
  private readonly byAlias = new Map<string, Bucket>();
  private readonly byTitle = new Map<string, Bucket>();
  /** Keys by their number, for suggestions: built when first asked. */
  private byNumber: { slots: Int32Array; next: Int32Array; tails: Set<string> } | null = null;
  private closestOf = this.closestMemo();

  /** Sources in increasing priority. They are shared, never changed: a merge makes a new entry. */
  constructor(sources: readonly RegistrySource[] = []) {
    this.reserve(sources.reduce((n, s) => n + s.length, 0));
    for (const source of sources) this.addSource(source);
  }

  get size(): number {
    return this.count;
  }

  private reserve(n: number): void {
    if (n <= this.sourceIds.length) return;
    const size = Math.max(n, this.sourceIds.length * 2);
    this.sourceIds = grown(this.sourceIds, size);
    this.rows = grown(this.rows, size);
    this.bySymbol.reserve(size);
  }

  /**
   * Adds a source's entries. An entry that describes a document an earlier source already has
   * (same symbol, jurisdiction and year, or fitting where one of them is unstated) is merged into
   * it, the later source winning field by field. Entries of one source are not merged with each
   * other: a file is trusted to list each document once, which keeps loading 500,000 entries linear.
   */
  private addSource(source: RegistrySource): void {
    const start = this.count;
    const id = this.sources.length;
    this.sources.push(source);
    this.reserve(start + source.length);
    for (let row = 0; row < source.length; row++) {
      const symbol = source.symbols[row]!;
      const hash = source.keyHashes[row]!;
      const first = this.find(hash, symbol);
      // only earlier sources' entries (numbered below `start`) may be the same document
      let same = -1;
      for (let k = first; k >= 0 && k < start; k = this.bySymbol.next(k)) {
        if (this.sameDocument(k, source, row)) {
          same = k;
          break;
        }
      }
      if (same >= 0) {
        const merged = this.entryAt(same).mergedWith(source.entry(row));
        this.made.set(same, merged);
        const { type, title, aliases } = merged.entry;
        this.indexNames(same, nameKeys(type, title, aliases));
        continue;
      }
      const i = this.count++;
      this.sourceIds[i] = id;
      this.rows[i] = row;
      this.bySymbol.add(i, hash, first);
      this.indexNames(i, source.names.get(row) ?? null);
    }
    this.byNumber = null;
    this.closestOf = this.closestMemo();
  }

  private sameDocument(k: number, source: RegistrySource, row: number): boolean {
    const made = this.made.get(k);
    const earlier = this.sources[this.sourceIds[k]!]!;
    const r = this.rows[k]!;
    if ((made?.origin ?? earlier.origin) === source.origin) return false;
    const place = made ? made.jurisdiction : earlier.jurisdiction(r);
    const other = source.jurisdiction(row);
    if (place && other && placeKey(place) !== placeKey(other)) return false;
    const year = made ? yearOf(made.entry) : earlier.year(r);
    const otherYear = source.year(row);
    return year === null || otherYear === null || year === otherYear;
  }

  private indexNames(i: number, names: NameKeys | null): void {
    if (!names) return;
    for (const alias of names.aliases) add(this.byAlias, alias, i);
    if (names.title) add(this.byTitle, names.title, i);
  }

  /** The entry numbered `i`, made from its source's row if not made yet, and kept unless `keep` is false. */
  private entryAt(i: number, keep = true): IndexedEntry {
    let entry = this.made.get(i);
    if (!entry) {
      entry = this.sources[this.sourceIds[i]!]!.entry(this.rows[i]!);
      if (keep) this.made.set(i, entry);
    }
    return entry;
  }

  private symbolAt(i: number): string {
    // while the index is built, only merges are made: most often none, no lookup needed
    const made = this.made.size > 0 ? this.made.get(i) : undefined;
    return made ? made.symbol : this.sources[this.sourceIds[i]!]!.symbols[this.rows[i]!]!;
  }

  /** The first entry of the key that `symbol` has (its key hash `hash`; its key when known), or -1. */
  private find(hash: number, symbol: string, key?: string): number {
    for (let k = this.bySymbol.firstInSlot(hash); k >= 0; k = this.bySymbol.nextInSlot(k)) {
      if (this.bySymbol.hashOf(k) !== hash) continue;
      const known = this.symbolAt(k);
      if (known === symbol || symbolKey(known) === (key ??= symbolKey(symbol))) return k;
    }
    return -1;
  }

  private entriesOf(first: number): IndexedEntry[] {
    const out: IndexedEntry[] = [];
    for (let k = first; k >= 0; k = this.bySymbol.next(k)) out.push(this.entryAt(k));
    return out;
  }

  private named(bucket: Bucket | undefined): IndexedEntry[] {
    return bucket === undefined ? [] : typeof bucket === 'number' ? [this.entryAt(bucket)] : bucket.map((i) => this.entryAt(i));
  }

  lookup(symbol: string): IndexedEntry[] {
    const key = symbolKey(symbol);
    return this.entriesOf(this.find(hashOfKey(key), symbol, key));
  }

  alias(name: string): IndexedEntry[] {
    return this.named(this.byAlias.get(foldKey(name)));
  }

  title(name: string): IndexedEntry[] {
    return this.named(this.byTitle.get(foldKey(name)));
  }

  /**
   * Every entry, those of one symbol together, symbols in the order they came. For listings
   * (completion, workspace symbols): entries not given before are made for the caller, not kept.
   */
  *entries(): IterableIterator<IndexedEntry> {
    for (const first of this.bySymbol.firsts()) for (let k = first; k >= 0; k = this.bySymbol.next(k)) yield this.entryAt(k, false);
  }

  /** Known symbols closest to an unknown one: same number with another tail, or a one-digit slip. */
  closest(symbol: string, max = 3): string[] {
    // texts cite the same unknown documents again and again: each is looked for once
    return this.closestOf(symbolKey(symbol)).slice(0, max);
  }

  private closestMemo(): (key: string) => string[] {
    return memoized((key) => this.findClosest(key));
  }

  /** Every known symbol close to `key`, nearest first. */
  private findClosest(key: string): string[] {
    const m = /^(\d+)(.*)$/.exec(key);
    if (!m) return [];
    const number = m[1]!;
    const tail = m[2]!;
    this.byNumber ??= this.buildNumberIndexes();
    const found = new Map<string, number>();
    const year = normativeYear(key);
    const consider = (candidateKey: string) => {
      // a normative symbol's year is the year it was signed, which a writer does not slip on
      // ("48/2014/QH13" is no slip for 48/2024/QH15)
      if (candidateKey === key || (year !== null && normativeYear(candidateKey) !== year)) return;
      const first = this.find(hashOfKey(candidateKey), candidateKey, candidateKey);
      if (first < 0) return;
      const d = editDistance(key, candidateKey);
      if (d <= Math.max(2, Math.floor(key.length / 4))) found.set(this.symbolAt(first), d);
    };
    // a slip in the number: one look in the symbol table each, worth it only when some key has this tail
    const { slots, next, tails } = this.byNumber;
    if (tails.has(tail)) for (const variant of numberSlips(number)) consider(variant + tail);
    for (let k = slots[hashOfKey(number) & (slots.length - 1)]!; k >= 0; k = next[k]!) {
      const candidate = symbolKey(this.symbolAt(k));
      if (/^\d+/.exec(candidate)?.[0] === number) consider(candidate);
    }
    return [...found.entries()]
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .map(([s]) => s);
  }

  /**
   * Each key's first entry chained by the hash of the key's number, in typed arrays: no key string
   * is kept (a Map of half a million keys by number held ~40 MB and took ~0.5 s to build).
   */
  private buildNumberIndexes(): { slots: Int32Array; next: Int32Array; tails: Set<string> } {
    let size = 16;
    while (size < this.count * 2) size *= 2;
    const slots = new Int32Array(size).fill(-1);
    const next = new Int32Array(this.count);
    // what follows the numbers ("/QĐ-UBND"): few distinct ones, even in a large registry
    const tails = new Set<string>();
    for (const first of this.bySymbol.firsts()) {
      const key = symbolKey(this.symbolAt(first));
      const number = /^\d+/.exec(key)?.[0];
      if (number === undefined) continue;
      tails.add(key.slice(number.length));
      const slot = hashOfKey(number) & (size - 1);
      next[first] = slots[slot]!;
      slots[slot] = first;
    }
    return { slots, next, tails };
  }
}

/**
 * Entry numbers by symbol key, in typed arrays: an open hash table of keys (a key is found by its
 * first entry), each key's entries chained in the order they came. A Map of half a million fresh
 * key strings costs ~300 ms and ~50 MB to build; this a tenth of that, and holds no key strings
 * (the registry compares symbols when hashes meet).
 */
class SymbolIndex {
  /** By entry: its key's hash; the next entry of its key (-1 at the end). */
  private hashes = new Int32Array(0);
  private nextSame = new Int32Array(0);
  /** By a key's first entry: the key's last entry; the first entry of the next key in its slot. */
  private lastOfKey = new Int32Array(0);
  private nextKey = new Int32Array(0);
  /** By hash slot: the first entry of its first key, or -1. */
  private slots = new Int32Array(0);
  /** First entries, in the order keys came. */
  private firstList = new Int32Array(0);
  private keyCount = 0;

  /** Room for `n` entries. */
  reserve(n: number): void {
    if (n <= this.hashes.length) return;
    this.hashes = grown(this.hashes, n);
    this.nextSame = grown(this.nextSame, n);
    this.lastOfKey = grown(this.lastOfKey, n);
    this.nextKey = grown(this.nextKey, n);
    this.firstList = grown(this.firstList, n);
    // at most half full; a new table is filled again from the keys
    let slots = 16;
    while (slots < n * 2) slots *= 2;
    this.slots = new Int32Array(slots).fill(-1);
    for (let k = 0; k < this.keyCount; k++) this.link(this.firstList[k]!);
  }

  private link(first: number): void {
    const slot = this.hashes[first]! & (this.slots.length - 1);
    this.nextKey[first] = this.slots[slot]!;
    this.slots[slot] = first;
  }

  firstInSlot(hash: number): number {
    return this.slots.length ? this.slots[hash & (this.slots.length - 1)]! : -1;
  }

  nextInSlot(first: number): number {
    return this.nextKey[first]!;
  }

  hashOf(k: number): number {
    return this.hashes[k]!;
  }

  /** Adds entry `i` after `first`, the first entry of its key, or as a new key's first (-1). */
  add(i: number, hash: number, first: number): void {
    this.hashes[i] = hash;
    this.nextSame[i] = -1;
    if (first >= 0) {
      this.nextSame[this.lastOfKey[first]!] = i;
      this.lastOfKey[first] = i;
      return;
    }
    this.lastOfKey[i] = i;
    this.firstList[this.keyCount++] = i;
    this.link(i);
  }

  /** The entry after `k` of its key, or -1. */
  next(k: number): number {
    return this.nextSame[k]!;
  }

  *firsts(): IterableIterator<number> {
    for (let k = 0; k < this.keyCount; k++) yield this.firstList[k]!;
  }
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
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

function add(map: Map<string, Bucket>, key: string, i: number): void {
  const bucket = map.get(key);
  if (bucket === undefined) map.set(key, i);
  else if (typeof bucket === 'number') {
    if (bucket !== i) map.set(key, [bucket, i]);
  } else if (!bucket.includes(i)) bucket.push(i);
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
