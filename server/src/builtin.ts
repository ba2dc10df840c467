// What the command line and the language server share outside the core: the built-in registry
// (bundled, validated once) and today's date from the clock (the core takes it as input).
import builtin from '../../seeds/registry.json';
import { registryFromData } from './core/registry/load';
import type { RegistryEntry } from './core/registry/types';

export const BUILTIN_ENTRIES: RegistryEntry[] = registryFromData(builtin).entries;

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
