// Go to definition (the registry entry in its file, or the document's own file) and find
// references (every citation of the same document in the open and indexed files).
import type { Location, Position } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Analysis } from '../core/analyze';
import { symbolKey } from '../core/registry/registry';
import { contains } from './convert';
import type { RegistryStore } from './registryStore';

/** The identity of the document a citation refers to: its registry entry's symbol, else its own. */
export function documentKey(a: Analysis, i: number): string | null {
  const r = a.resolutions[i]!;
  if (r.status === 'resolved') return symbolKey(r.entry.entry.symbol);
  const c = a.citations[i]!;
  if (c.symbol) return symbolKey(c.symbol);
  if ('antecedent' in r && r.antecedent !== null) return documentKey(a, r.antecedent);
  return null;
}

export function citationAt(a: Analysis, offset: number): number {
  return a.citations.findIndex((c) => contains(c.span, offset));
}

export function definition(a: Analysis, offset: number, store: RegistryStore, rootPath: string | null): Location[] {
  const i = citationAt(a, offset);
  if (i < 0) return [];
  const r = a.resolutions[i]!;
  if (r.status !== 'resolved') return [];
  const { file } = r.entry.entry;
  if (file) {
    const path = file.startsWith('/') || !rootPath ? file : `${rootPath}/${file}`;
    return [{ uri: URI.file(path).toString(), range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
  }
  const where = store.locate(r.entry);
  if (!where) return [];
  return [{ uri: URI.file(where.path).toString(), range: { start: where.position, end: where.position } }];
}

export interface IndexedFile {
  uri: string;
  text: string;
  analysis: Analysis;
  /** Where it cites each document, by the document's key: worked out once, when the file is read. */
  cites: Map<string, Location[]>;
}

/** The locations of a text's citations by the key of the document each cites. */
export function citesOf(uri: string, a: Analysis, positionAt: (offset: number) => Position): Map<string, Location[]> {
  const out = new Map<string, Location[]>();
  a.citations.forEach((c, i) => {
    const key = documentKey(a, i);
    if (key) listOf(out, key).push({ uri, range: { start: positionAt(c.span.start), end: positionAt(c.span.end) } });
  });
  return out;
}

/** Files by the key of each document they cite. */
export function citingFiles<F extends Pick<IndexedFile, 'cites'>>(files: Iterable<F>): Map<string, F[]> {
  const out = new Map<string, F[]>();
  for (const f of files) for (const key of f.cites.keys()) listOf(out, key).push(f);
  return out;
}

export function references(key: string, files: Iterable<Pick<IndexedFile, 'cites'>>): Location[] {
  const out: Location[] = [];
  for (const f of files) for (const location of f.cites.get(key) ?? []) out.push(location);
  return out;
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
