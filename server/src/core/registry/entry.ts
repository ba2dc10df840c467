// An entry as the registry holds it: the few fields its indexes and lists read, kept as values, and
// the full entry, which for a JSON file is decoded from the file's bytes when first read and then
// kept. A registry of 500,000 entries is mostly read a few entries at a time (the documents a text
// cites), so building 500,000 full objects up front costs time and memory that nothing uses.

import { foldKey } from '../text/normalize';
import { decodeUtf8, JsonScanner } from './json';
import { keyHash } from './key';
import type { RegistryEntry } from './types';

/** Keys of an entry in the name indexes (folded): its aliases, and its title when it is a law's. */
export interface NameKeys {
  aliases: string[];
  title: string | null;
}

/** Types whose documents are cited by their title ("Luật Đất đai"). */
const CITED_BY_TITLE = /^(Luật|Bộ luật|Hiến pháp|Pháp lệnh)$/;

export function isCitedByTitle(type: string | undefined): boolean {
  return type !== undefined && CITED_BY_TITLE.test(type);
}

export function nameKeys(type: string | undefined, title: string | undefined, aliases: string[] | undefined): NameKeys | null {
  const titled = title !== undefined && isCitedByTitle(type);
  if (!titled && !aliases?.length) return null;
  return {
    aliases: aliases?.map(foldKey) ?? [],
    title: titled ? foldKey(title.startsWith(type!) ? title : `${type} ${title}`) : null,
  };
}

export class IndexedEntry {
  /** The full entry; null until first read for an entry read from a file's bytes. */
  private full: RegistryEntry | null;

  constructor(
    /** "built-in", a registry file's path, or the path of a document that declares itself. */
    readonly origin: string,
    readonly symbol: string,
    /** keyHash(symbol), computed once: the registry is rebuilt from the same entries on every change. */
    readonly keyHash: number,
    readonly type: string | undefined,
    readonly jurisdiction: string | undefined,
    /** Year signed, from the date: what tells documents of one symbol apart when sources merge. */
    readonly year: number | null,
    readonly names: NameKeys | null,
    /** Its file's bytes, for go to definition and decoding; null when not read from JSON. */
    readonly bytes: Uint8Array | null,
    /** Byte range of the entry in `bytes` (kept flat: one object per entry, not two). */
    readonly start: number,
    readonly end: number,
    full: RegistryEntry | null,
  ) {
    this.full = full;
  }

  /** An entry given as an object (the built-in registry, YAML, a document's own header). */
  static of(entry: RegistryEntry, origin: string, bytes: Uint8Array | null = null, start = -1, end = -1): IndexedEntry {
    const year = entry.date ? Number(entry.date.slice(0, 4)) : null;
    return new IndexedEntry(origin, entry.symbol, keyHash(entry.symbol), entry.type, entry.jurisdiction, year, nameKeys(entry.type, entry.title, entry.aliases), bytes, start, end, entry);
  }

  get entry(): RegistryEntry {
    this.full ??= JSON.parse(decodeUtf8(this.bytes!, this.start, this.end)) as RegistryEntry;
    return this.full;
  }

  /** The title, without decoding the whole entry when it is not decoded yet (a search over every entry). */
  get title(): string | undefined {
    if (this.full !== null) return this.full.title;
    const scanner = new JsonScanner(this.bytes!);
    scanner.i = this.start;
    if (scanner.locate(['title']) === this.start) return undefined;
    scanner.string();
    return scanner.stringValue();
  }

  /** The same document told by a later source: its fields win, one by one; its place is the entry's place. */
  mergedWith(later: IndexedEntry): IndexedEntry {
    return IndexedEntry.of({ ...this.entry, ...later.entry }, later.origin, later.bytes, later.start, later.end);
  }
}
