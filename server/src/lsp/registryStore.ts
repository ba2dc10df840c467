// The registry the server answers from: the built-in one, registry files of the workspace and the
// settings, and documents that declare themselves. A broken registry file keeps its last good
// entries and reports its problems at their lines; the rest goes on working.

import { readFileSync } from 'node:fs';
import { BUILTIN_ENTRIES } from '../builtin';
import type { IndexedEntry } from '../core/registry/entry';
import { ByteLines } from '../core/registry/json';
import { parseRegistry, registryFormatOf, type RegistryProblem } from '../core/registry/load';
import { Registry, sourceOf, type RegistrySource } from '../core/registry/registry';
import type { RegistryEntry } from '../core/registry/types';
import type { Position } from '../core/text/lines';

export interface RegistryFileState {
  path: string;
  entries: RegistrySource;
  problems: RegistryProblem[];
}

export class RegistryStore {
  private files = new Map<string, RegistryFileState>();
  private declared = new Map<string, RegistryEntry[]>();
  private cached: Registry | null = null;
  readonly builtinPath: string;
  private readonly builtin: RegistrySource;
  /** The built-in entries as read from the built-in file, for their places in it: read when first asked. */
  private builtinRead: RegistrySource | undefined;

  constructor(builtinPath: string) {
    this.builtinPath = builtinPath;
    this.builtin = sourceOf(builtinPath, BUILTIN_ENTRIES);
  }

  get registry(): Registry {
    if (!this.cached) {
      const sources: RegistrySource[] = [this.builtin];
      for (const f of this.files.values()) sources.push(f.entries);
      for (const [path, entries] of this.declared) sources.push(sourceOf(path, entries));
      this.cached = new Registry(sources);
    }
    return this.cached;
  }

  /** Loads or reloads a registry file from its bytes or its text in the editor; on a parse failure the last good entries stay. */
  update(path: string, input: Uint8Array | string): RegistryFileState {
    const format = registryFormatOf(path) ?? 'json';
    const parsed = parseRegistry(input, format, path);
    const previous = this.files.get(path);
    const broken = parsed.entries.length === 0 && parsed.problems.length > 0;
    const entries = broken && previous ? previous.entries : parsed.entries;
    const state: RegistryFileState = { path, entries, problems: parsed.problems };
    this.files.set(path, state);
    this.cached = null;
    return state;
  }

  load(path: string): RegistryFileState | null {
    try {
      return this.update(path, readFileSync(path));
    } catch {
      return null;
    }
  }

  remove(path: string): void {
    if (this.files.delete(path)) this.cached = null;
  }

  /** Sets what a document declares of itself; true when that changed the registry. */
  setDeclared(path: string, entries: RegistryEntry[]): boolean {
    const before = JSON.stringify(this.declared.get(path) ?? []);
    if (entries.length === 0) this.declared.delete(path);
    else this.declared.set(path, entries);
    if (before === JSON.stringify(entries)) return false;
    this.cached = null;
    return true;
  }

  /** Where an entry stands: its registry file and its place there (the file's start when unknown). */
  locate(entry: IndexedEntry): { path: string; position: Position } | null {
    const path = entry.origin;
    if (path !== this.builtinPath && !this.files.has(path)) return null;
    const placed = entry.bytes || path !== this.builtinPath ? entry : this.builtinPlace(entry);
    const position = placed?.bytes ? this.linesOf(placed.bytes).positionAt(placed.start) : { line: 0, character: 0 };
    return { path, position };
  }

  private readonly lines = new WeakMap<Uint8Array, ByteLines>();

  /** A registry file's line starts, found once for all the entries placed in it. */
  private linesOf(bytes: Uint8Array): ByteLines {
    let lines = this.lines.get(bytes);
    if (!lines) this.lines.set(bytes, (lines = new ByteLines(bytes)));
    return lines;
  }

  /** A built-in entry (bundled as data) as read from the built-in file: the same one in the same row. */
  private builtinPlace(entry: IndexedEntry): IndexedEntry | undefined {
    if (this.builtinRead === undefined) {
      try {
        this.builtinRead = parseRegistry(readFileSync(this.builtinPath), 'json', this.builtinPath).entries;
      } catch {
        this.builtinRead = sourceOf(this.builtinPath, []);
      }
    }
    const read = entry.row < this.builtinRead.length ? this.builtinRead.entry(entry.row) : undefined;
    return read?.symbol === entry.symbol ? read : undefined;
  }
}
