// The registry the server answers from: the built-in one, registry files of the workspace and the
// settings, and documents that declare themselves. A broken registry file keeps its last good
// entries and reports its problems at their lines; the rest goes on working.

import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { BUILTIN_ENTRIES } from '../builtin';
import { parseRegistry, registryFormatOf, type RegistryProblem } from '../core/registry/load';
import { Registry, type RegistrySource } from '../core/registry/registry';
import type { RegistryEntry } from '../core/registry/types';
import { LineIndex, type Position } from '../core/text/lines';

export interface RegistryFileState {
  path: string;
  entries: RegistryEntry[];
  problems: RegistryProblem[];
  /** Offsets of entries in the file, by entry object, for go to definition: computed when first asked. */
  offsets: Map<RegistryEntry, number> | null;
  /** Lines of the text the offsets were read from, to give them as positions. */
  lines: LineIndex | null;
  /** The text as the editor holds it, when it came from the editor (else the file is read). */
  text: string | null;
}

export class RegistryStore {
  private files = new Map<string, RegistryFileState>();
  private declared = new Map<string, RegistryEntry[]>();
  private cached: Registry | null = null;
  readonly builtinPath: string;
  private readonly builtinState: RegistryFileState;

  constructor(builtinPath: string) {
    this.builtinPath = builtinPath;
    this.builtinState = { path: builtinPath, entries: BUILTIN_ENTRIES, problems: [], offsets: null, lines: null, text: null };
  }

  get registry(): Registry {
    if (!this.cached) {
      const sources: RegistrySource[] = [{ origin: this.builtinPath, entries: this.builtinState.entries }];
      for (const f of this.files.values()) sources.push({ origin: f.path, entries: f.entries });
      for (const [origin, entries] of this.declared) sources.push({ origin, entries });
      this.cached = new Registry(sources);
    }
    return this.cached;
  }

  /** Loads or reloads a registry file from its text; on a parse failure the last good entries stay. */
  update(path: string, text: string, fromEditor = true): RegistryFileState {
    const format = registryFormatOf(path) ?? 'json';
    const parsed = parseRegistry(text, format);
    const previous = this.files.get(path);
    const broken = parsed.entries.length === 0 && parsed.problems.length > 0;
    const entries = broken && previous ? previous.entries : parsed.entries;
    const state: RegistryFileState = { path, entries, problems: parsed.problems, offsets: null, lines: null, text: fromEditor && !broken ? text : null };
    this.files.set(path, state);
    this.cached = null;
    return state;
  }

  load(path: string): RegistryFileState | null {
    try {
      return this.update(path, readFileSync(path, 'utf8'), false);
    } catch {
      return null;
    }
  }

  remove(path: string): void {
    if (this.files.delete(path)) this.cached = null;
  }

  setDeclared(path: string, entries: RegistryEntry[]): void {
    const before = JSON.stringify(this.declared.get(path) ?? []);
    if (entries.length === 0) this.declared.delete(path);
    else this.declared.set(path, entries);
    if (before !== JSON.stringify(entries)) this.cached = null;
  }

  fileState(path: string): RegistryFileState | undefined {
    return path === this.builtinPath ? this.builtinState : this.files.get(path);
  }

  /** Where an entry stands: its registry file and position, when known. */
  locate(origin: string, entry: RegistryEntry): { path: string; position: Position } | null {
    const state = this.fileState(origin);
    if (!state) return null;
    if (!state.offsets || !state.lines) {
      try {
        const text = state.text ?? readFileSync(origin, 'utf8');
        state.offsets = registryFormatOf(origin) === 'json' ? entryOffsets(text, state.entries) : new Map();
        state.lines = new LineIndex(text);
      } catch {
        return { path: origin, position: { line: 0, character: 0 } };
      }
    }
    let offset = state.offsets.get(entry);
    // a merged entry is a new object: find it by symbol
    if (offset === undefined) {
      for (const [e, at] of state.offsets) {
        if (e.symbol !== entry.symbol) continue;
        offset = at;
        break;
      }
    }
    return { path: origin, position: state.lines.positionAt(offset ?? 0) };
  }

  get problemFiles(): RegistryFileState[] {
    return [...this.files.values()];
  }
}

/** Offsets of each entry object in a JSON registry, matched by position in the entries array. */
function entryOffsets(text: string, entries: RegistryEntry[]): Map<RegistryEntry, number> {
  const offsets = new Map<RegistryEntry, number>();
  const tree = parseTree(text);
  if (!tree) return offsets;
  const list = findNodeAtLocation(tree, ['entries']) ?? (tree.type === 'array' ? tree : undefined);
  const symbols = new Map<string, number[]>();
  for (const node of list?.children ?? []) {
    const symbol = findNodeAtLocation(node, ['symbol'])?.value;
    if (typeof symbol === 'string') symbols.set(symbol, [...(symbols.get(symbol) ?? []), node.offset]);
  }
  const used = new Map<string, number>();
  for (const e of entries) {
    const at = symbols.get(e.symbol);
    if (!at) continue;
    const k = used.get(e.symbol) ?? 0;
    offsets.set(e, at[Math.min(k, at.length - 1)]!);
    used.set(e.symbol, k + 1);
  }
  return offsets;
}
