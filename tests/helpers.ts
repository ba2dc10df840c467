// Shared by the tests: the built-in registry, and analysing a text the way the CLI does.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import { analyze, check } from '../server/src/core/analyze';
import { parseRegistry } from '../server/src/core/registry/load';
import { Registry, type RegistrySource } from '../server/src/core/registry/registry';
import type { Finding } from '../server/src/core/types';

export const ROOT = join(__dirname, '..');
export const TODAY = '2026-11-22';

export function builtinSource(): RegistrySource {
  const parsed = parseRegistry(readFileSync(join(ROOT, 'seeds/registry.json')), 'json', 'seeds/registry.json');
  if (parsed.problems.length) throw new Error(JSON.stringify(parsed.problems));
  return parsed.entries;
}

export function builtinRegistry(): Registry {
  return new Registry([builtinSource()]);
}

export const EMPTY = new Registry();

export function analyzeText(text: string, registry = EMPTY, jurisdiction: string | null = null) {
  return analyze(text, { registry, today: TODAY, jurisdiction });
}

/** Findings, without VB201 (every citation is "not in the registry" when the registry is empty). */
export function findingsOf(text: string, registry = EMPTY): Finding[] {
  return check(analyzeText(text, registry), { severity: { VB201: 'off' } });
}

/** Findings as "CODE@covered text" for compact assertions. */
export function brief(text: string, findings: Finding[]): string[] {
  return findings.map((f) => `${f.code}@${text.slice(f.span.start, f.span.end)}`);
}

export function seed(name: string): string {
  return readFileSync(join(ROOT, 'seeds', name), 'utf8');
}

export const SEEDS = ['000_a1f4c7e40e8ca17c.txt', '001_cb33b17ca0b7b813.txt', '002_627955a7f9937946.txt', '003_c3a33e57eb41d4a8.txt', '004_e0d6b72e0ffed4f2.txt'];

export const CORPUS = join(ROOT, '..', 'shared', 'corpus');

/** A snippet of a corpus file, as it stands there: the test fails if the file no longer says it. */
export function corpusSnippet(file: string, text: string): string {
  expect(readFileSync(join(CORPUS, file), 'utf8')).toContain(text);
  return text;
}

/** The registry symbol each citation of `text` resolves to, or null. */
export function resolvedSymbols(text: string, registry: Registry): (string | null)[] {
  return analyzeText(text, registry).resolutions.map((r) => (r.status === 'resolved' ? r.entry.entry.symbol : null));
}
