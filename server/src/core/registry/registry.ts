// The loaded registry: every source merged (later sources win, field by field, for the same
// document) and indexed by symbol, alias and title. A symbol alone does not identify a document
// (numbers restart every year for every issuer; every Tỉnh ủy has its own 13-NQ/TU), so a lookup
// returns every candidate and the resolver chooses by jurisdiction, year and issuer.

import { foldKey } from '../text/normalize';
import { IndexedEntry } from './entry';
import { hashOfKey, symbolKey } from './key';
import type { RegistryEntry } from './types';

export { IndexedEntry } from './entry';
export { symbolKey } from './key';

/** One source's entries ("built-in", a registry file, a document that declares itself), all of one origin. */
export type RegistrySource = readonly IndexedEntry[];

/** A source given as objects. */
export function sourceOf(origin: string, entries: readonly RegistryEntry[]): RegistrySource {
  return entries.map((e) => IndexedEntry.of(e, origin));
}


const NATIONAL = foldKey('Trung ương');

export function isNational(entry: { jurisdiction?: string | undefined }): boolean {
  return !entry.jurisdiction || placeKey(entry.jurisdiction) === NATIONAL;
}

/** Most names name one entry: it is stored alone, not in an array of one. */
type Bucket = IndexedEntry | IndexedEntry[];

export class Registry {
  private readonly bySymbol = new SymbolIndex();
  private readonly byAlias = new Map<string, Bucket>();
  private readonly byTitle = new Map<string, Bucket>();
  private byNumber: Map<string, string[]> | null = null;
  private byTail: Set<string> | null = null;

  /** Sources in increasing priority. Their entries are shared, never changed: a merge makes a new one. */
  constructor(sources: readonly RegistrySource[] = []) {
    this.bySymbol.reserve(sources.reduce((n, s) => n + s.length, 0));
    for (const source of sources) this.addSource(source);
  }

  get size(): number {
    return this.bySymbol.entries.length;
  }

  /**
   * Adds a source's entries. An entry that describes a document an earlier source already has
   * (same symbol, jurisdiction and year, or fitting where one of them is unstated) is merged into
   * it, the later source winning field by field. Entries of one source are not merged with each
   * other: a file is trusted to list each document once, which keeps loading 500,000 entries linear.
   */
  addSource(source: RegistrySource): void {
    const index = this.bySymbol;
    // entries are numbered as they come: those below `start` are the earlier sources'
    const start = index.entries.length;
    index.reserve(start + source.length);
    for (const entry of source) {
      const hash = entry.keyHash;
      const first = index.find(hash, entry.symbol);
      let same = -1;
      for (let k = first; k >= 0 && k < start; k = index.nextOfKey(k)) {
        const c = index.entries[k]!;
        if (c.origin !== entry.origin && sameDocument(c, entry)) {
          same = k;
          break;
        }
      }
      if (same >= 0) {
        const earlier = index.entries[same]!;
        const merged = earlier.mergedWith(entry);
        index.entries[same] = merged;
        // the name indexes keep the earlier entry's names, now pointing at the merged one
        for (const alias of earlier.names?.aliases ?? []) replace(this.byAlias, alias, earlier, merged);
        if (earlier.names?.title) replace(this.byTitle, earlier.names.title, earlier, merged);
        this.indexNames(merged);
        continue;
      }
      index.add(entry, hash, first);
      this.indexNames(entry);
    }
    this.byNumber = null;
  }

  private indexNames(entry: IndexedEntry): void {
    if (!entry.names) return;
    for (const alias of entry.names.aliases) add(this.byAlias, alias, entry);
    if (entry.names.title) add(this.byTitle, entry.names.title, entry);
  }

  lookup(symbol: string): IndexedEntry[] {
    const key = symbolKey(symbol);
    return this.bySymbol.entriesOf(this.bySymbol.find(hashOfKey(key), symbol, key));
  }

  alias(name: string): IndexedEntry[] {
    return listOf(this.byAlias.get(foldKey(name)));
  }

  title(name: string): IndexedEntry[] {
    return listOf(this.byTitle.get(foldKey(name)));
  }

  /** Every entry, those of one symbol together, symbols in the order they came. */
  entries(): IterableIterator<IndexedEntry> {
    return this.bySymbol.all();
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
      if (candidateKey === key) return;
      const first = this.bySymbol.find(hashOfKey(candidateKey), candidateKey, candidateKey);
      if (first < 0) return;
      const d = editDistance(key, candidateKey);
      if (d <= Math.max(2, Math.floor(key.length / 4))) found.set(this.bySymbol.entries[first]!.symbol, d);
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
    for (const first of this.bySymbol.firsts()) {
      const key = symbolKey(this.bySymbol.entries[first]!.symbol);
      const m = /^(\d+)(.*)$/.exec(key);
      if (!m) continue;
      const keys = byNumber.get(m[1]!);
      if (keys) keys.push(key);
      else byNumber.set(m[1]!, [key]);
      this.byTail.add(m[2]!);
    }
    return byNumber;
  }
}

/**
 * Entries by symbol key, in typed arrays: an open hash table of keys (each key found by its first
 * entry), and each key's entries chained in the order they came. A Map of half a million fresh key
 * strings costs ~300 ms and ~50 MB to build; this a tenth of that, and holds no key strings (a key
 * is recomputed from its first entry's symbol when hashes meet).
 */
class SymbolIndex {
  readonly entries: IndexedEntry[] = [];
  /** By entry: its key's hash; the next entry of its key (-1 at the end). */
  private hashes = new Int32Array(0);
  private nextSame = new Int32Array(0);
  /** By a key's first entry: the key's last entry; the first entry of the next key in its slot. */
  private lastOfKey = new Int32Array(0);
  private nextInSlot = new Int32Array(0);
  /** By hash slot: the first entry of its first key, or -1. */
  private slots = new Int32Array(0).fill(-1);
  /** First entries, in the order keys came. */
  private firstList = new Int32Array(0);
  private keyCount = 0;

  /** Room for `n` entries. */
  reserve(n: number): void {
    if (n <= this.hashes.length) return;
    const size = Math.max(n, this.hashes.length * 2, 16);
    this.hashes = grown(this.hashes, size);
    this.nextSame = grown(this.nextSame, size);
    this.lastOfKey = grown(this.lastOfKey, size);
    this.nextInSlot = grown(this.nextInSlot, size);
    this.firstList = grown(this.firstList, size);
    // at most half full; a new table is filled again from the keys
    let slots = 16;
    while (slots < size * 2) slots *= 2;
    this.slots = new Int32Array(slots).fill(-1);
    for (let k = 0; k < this.keyCount; k++) this.link(this.firstList[k]!);
  }

  private link(first: number): void {
    const slot = this.hashes[first]! & (this.slots.length - 1);
    this.nextInSlot[first] = this.slots[slot]!;
    this.slots[slot] = first;
  }

  /** The first entry of the key that `symbol` (of key hash `hash`, and key `key` when known) has, or -1. */
  find(hash: number, symbol: string, key?: string): number {
    for (let k = this.slots.length ? this.slots[hash & (this.slots.length - 1)]! : -1; k >= 0; k = this.nextInSlot[k]!) {
      if (this.hashes[k] !== hash) continue;
      const known = this.entries[k]!.symbol;
      if (known === symbol || symbolKey(known) === (key ??= symbolKey(symbol))) return k;
    }
    return -1;
  }

  /** Adds an entry after `first`, the first entry of its key, or as a new key's first (-1). */
  add(entry: IndexedEntry, hash: number, first: number): void {
    const i = this.entries.length;
    this.reserve(i + 1);
    this.entries.push(entry);
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

  /** The entry after `k` of its key (they are in the order they came), or -1. */
  nextOfKey(k: number): number {
    return this.nextSame[k]!;
  }

  entriesOf(first: number): IndexedEntry[] {
    const out: IndexedEntry[] = [];
    for (let k = first; k >= 0; k = this.nextSame[k]!) out.push(this.entries[k]!);
    return out;
  }

  *firsts(): IterableIterator<number> {
    for (let k = 0; k < this.keyCount; k++) yield this.firstList[k]!;
  }

  *all(): IterableIterator<IndexedEntry> {
    for (const first of this.firsts()) for (let k = first; k >= 0; k = this.nextSame[k]!) yield this.entries[k]!;
  }
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

function sameDocument(a: IndexedEntry, b: IndexedEntry): boolean {
  if (a.jurisdiction && b.jurisdiction && placeKey(a.jurisdiction) !== placeKey(b.jurisdiction)) return false;
  return a.year === null || b.year === null || a.year === b.year;
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

function listOf(bucket: Bucket | undefined): IndexedEntry[] {
  return bucket === undefined ? [] : Array.isArray(bucket) ? bucket : [bucket];
}

function add(map: Map<string, Bucket>, key: string, entry: IndexedEntry): void {
  const bucket = map.get(key);
  if (bucket === undefined) map.set(key, entry);
  else if (!Array.isArray(bucket)) {
    if (bucket !== entry) map.set(key, [bucket, entry]);
  } else if (!bucket.includes(entry)) bucket.push(entry);
}

function replace(map: Map<string, Bucket>, key: string, old: IndexedEntry, entry: IndexedEntry): void {
  const bucket = map.get(key);
  if (bucket === old) map.set(key, entry);
  else if (Array.isArray(bucket)) {
    const k = bucket.indexOf(old);
    if (k >= 0) bucket[k] = entry;
  }
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
