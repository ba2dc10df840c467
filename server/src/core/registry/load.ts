// Parsing a registry file's text (JSON or YAML) into entries, with every problem reported at its
// line and column. A bad entry is dropped and the others are kept; a file that does not parse
// gives no entries and one error. Fast path: JSON.parse; positions are computed only for errors.

import { parseTree, findNodeAtLocation, type Node as JsonNode, type ParseError, printParseErrorCode } from 'jsonc-parser';
import { parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/lines';
import type { Message } from '../types';
import type { RegistryEntry } from './types';
import { validateEntry } from './validate';

export interface RegistryProblem {
  message: Message;
  offset: number;
  line: number; // 0-based
  column: number; // 0-based
}

export interface ParsedRegistry {
  entries: RegistryEntry[];
  problems: RegistryProblem[];
}

export type RegistryFormat = 'json' | 'yaml';

export function registryFormatOf(path: string): RegistryFormat | null {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.ya?ml$/i.test(path)) return 'yaml';
  return null;
}

export function parseRegistry(text: string, format: RegistryFormat): ParsedRegistry {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return format === 'json' ? parseJson(body) : parseYaml(body);
}

function problemAt(lines: LineIndex, offset: number, message: Message): RegistryProblem {
  const p = lines.positionAt(offset);
  return { message, offset, line: p.line, column: p.character };
}

function parseJson(text: string): ParsedRegistry {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const lines = new LineIndex(text);
    const first = errors[0];
    const offset = first?.offset ?? 0;
    const code = first ? printParseErrorCode(first.error) : 'InvalidSymbol';
    return {
      entries: [],
      problems: [problemAt(lines, offset, { vi: `JSON không hợp lệ (${code}).`, en: `Invalid JSON (${code}).` })],
    };
  }
  return collect(data, text, (path) => {
    const tree = parseTree(text);
    const node = tree ? findNodeAtLocation(tree, path) : undefined;
    return jsonOffset(node);
  });
}

function jsonOffset(node: JsonNode | undefined): number {
  return node ? node.offset : 0;
}

function parseYaml(text: string): ParsedRegistry {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const lines = new LineIndex(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return {
      entries: [],
      problems: [problemAt(lines, e.pos[0], { vi: `YAML không hợp lệ: ${e.message}`, en: `Invalid YAML: ${e.message}` })],
    };
  }
  return collect(doc.toJS(), text, (path) => {
    let node: unknown = doc.contents;
    for (const key of path) {
      if (isMap(node) || isSeq(node)) node = node.get(key as never, true);
      else break;
    }
    return (node as YamlNode | undefined)?.range?.[0] ?? 0;
  });
}

/** Validates data already parsed (a bundled registry): problems carry no position. */
export function registryFromData(data: unknown): ParsedRegistry {
  return collect(data, '', () => 0);
}

/** Validates the top level and each entry; `locate` turns a JSON path into an offset (errors only). */
function collect(data: unknown, text: string, locate: (path: (string | number)[]) => number): ParsedRegistry {
  let lines: LineIndex | undefined;
  const at = (path: (string | number)[], message: Message) => problemAt((lines ??= new LineIndex(text)), locate(path), message);
  const entries: RegistryEntry[] = [];
  const problems: RegistryProblem[] = [];
  const list = Array.isArray(data) ? data : isObject(data) ? data['entries'] : undefined;
  const base: (string | number)[] = Array.isArray(data) ? [] : ['entries'];
  if (!Array.isArray(list)) {
    problems.push(at([], { vi: 'Tệp danh mục phải có mảng "entries".', en: 'A registry file must have an "entries" array.' }));
    return { entries, problems };
  }
  if (isObject(data) && data['version'] !== undefined && data['version'] !== 1) {
    problems.push(at(['version'], { vi: 'Chỉ hỗ trợ "version": 1.', en: 'Only "version": 1 is supported.' }));
  }
  for (let i = 0; i < list.length; i++) {
    const problem = validateEntry(list[i]);
    if (problem) {
      problems.push(at([...base, i, ...problem.path], problem.message));
      continue;
    }
    entries.push(list[i] as RegistryEntry);
  }
  return { entries, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
