// Building the run's registry: the built-in one (bundled), then each --registry file in order.
// A bad file is reported with its line and column and skipped; its valid entries are kept.

import { readFileSync } from 'node:fs';
import { BUILTIN_ENTRIES } from '../builtin';
import { parseRegistry, registryFormatOf } from '../core/registry/load';
import { sourceOf, type RegistrySource } from '../core/registry/registry';
import type { Message } from '../core/types';

export const BUILTIN_ORIGIN = 'seeds/registry.json';

export interface LoadedSources {
  sources: RegistrySource[];
  errors: { path: string; message: Message }[];
}

export function loadSources(files: string[], withBuiltin: boolean): LoadedSources {
  const sources: RegistrySource[] = [];
  const errors: LoadedSources['errors'] = [];
  if (withBuiltin) {
    sources.push(sourceOf(BUILTIN_ORIGIN, BUILTIN_ENTRIES));
  }
  for (const file of files) {
    const format = registryFormatOf(file);
    if (!format) {
      errors.push({ path: file, message: { vi: 'Tệp danh mục phải là .json, .yaml hoặc .yml.', en: 'A registry file must be .json, .yaml or .yml.' } });
      continue;
    }
    // bytes, not text: a JSON registry is read from them without decoding the whole file
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      errors.push({ path: file, message: { vi: `Không đọc được tệp danh mục (${code}).`, en: `Cannot read the registry file (${code}).` } });
      continue;
    }
    const parsed = parseRegistry(bytes, format, file);
    for (const p of parsed.problems) {
      errors.push({ path: `${file}:${p.line + 1}:${p.column + 1}`, message: p.message });
    }
    sources.push(parsed.entries);
  }
  return { sources, errors };
}
