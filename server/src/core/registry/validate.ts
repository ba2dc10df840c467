// Entry validation, as a table of fields. It accepts exactly what schemas/registry.schema.json
// accepts (tests/registry/load.test.ts checks the two agree); it is hand-written so that loading
// 500,000 entries costs microseconds per entry and no schema compiler ships in the bundle. Each
// field also has a shape, which the JSON loader (load.ts) checks on a file's bytes without decoding.

import type { Message } from '../types';

export type Check = (v: unknown) => boolean;

const nonEmpty: Check = (v) => typeof v === 'string' && /\S/.test(v);
const isoDate: Check = (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const year: Check = (v) => Number.isInteger(v);
const stringList: Check = (v) => Array.isArray(v) && v.every(nonEmpty);

const STATUS = new Set(['in-force', 'expired', 'superseded', 'partly-superseded']);
const COMPARATORS = new Set(['>', '>=', '=', '~', '<', '<=']);

/**
 * What the loader checks on the bytes: 'text' a string with a printable ASCII character, 'date' a
 * string of ten bytes dddd-dd-dd, 'boolean' true or false; 'string' and 'number' it decodes and gives to the field's check;
 * objects, arrays (each item of one shape) and maps (any key, each value one field) it walks. The
 * byte checks are conservative: a value they cannot prove valid (an escape, only non-ASCII
 * letters) sends its entry to validateEntry, which decides.
 */
export type Shape = 'text' | 'date' | 'string' | 'number' | 'boolean' | ObjectShape | { items: Shape } | { map: Field };

export interface ObjectShape {
  fields: Record<string, Field>;
  required: readonly string[];
}

export interface Field {
  check: Check;
  expected: Message;
  shape: Shape;
}

const TEXT: Field = { check: nonEmpty, expected: { vi: 'một chuỗi không rỗng', en: 'a non-empty string' }, shape: 'text' };
const DATE: Field = { check: isoDate, expected: { vi: 'ngày dạng YYYY-MM-DD', en: 'a date as YYYY-MM-DD' }, shape: 'date' };
const YEAR: Field = { check: year, expected: { vi: 'một năm (số nguyên)', en: 'a year (an integer)' }, shape: 'number' };
const LIST: Field = { check: stringList, expected: { vi: 'một mảng chuỗi', en: 'an array of strings' }, shape: { items: 'text' } };

const HORIZON: ObjectShape = { fields: { from: YEAR, until: YEAR, orientation: YEAR, vision: YEAR }, required: [] };

const TARGET_FIELDS: Record<string, Field> = {
  id: TEXT,
  metric: TEXT,
  synonyms: LIST,
  change: { check: (v) => typeof v === 'boolean', expected: { vi: 'true hoặc false', en: 'true or false' }, shape: 'boolean' },
  scope: TEXT,
  year: YEAR,
  comparator: { check: (v) => COMPARATORS.has(v as string), expected: { vi: 'một trong > >= = ~ < <=', en: 'one of > >= = ~ < <=' }, shape: 'string' },
  value: { check: (v) => typeof v === 'number' && Number.isFinite(v), expected: { vi: 'một số', en: 'a number' }, shape: 'number' },
  unit: TEXT,
  source: TEXT,
};
const TARGET: ObjectShape = { fields: TARGET_FIELDS, required: ['metric', 'year', 'comparator', 'value', 'unit'] };

const ENTRY_FIELDS: Record<string, Field> = {
  symbol: TEXT,
  type: TEXT,
  issuer: TEXT,
  jurisdiction: TEXT,
  date: DATE,
  effective: DATE,
  title: TEXT,
  status: {
    check: (v) => STATUS.has(v as string),
    expected: { vi: 'một trong in-force, expired, superseded, partly-superseded', en: 'one of in-force, expired, superseded, partly-superseded' },
    shape: 'string',
  },
  supersededBy: TEXT,
  aliases: LIST,
  horizon: {
    check: (v) => objectProblem(v, HORIZON) === null,
    expected: { vi: 'một đối tượng {from, until, orientation, vision}', en: 'an object {from, until, orientation, vision}' },
    shape: HORIZON,
  },
  targets: { check: Array.isArray, expected: { vi: 'một mảng chỉ tiêu', en: 'an array of targets' }, shape: { items: TARGET } },
  source: TEXT,
  file: TEXT,
  notes: TEXT,
  provenance: {
    check: (v) => isPlainObject(v) && Object.values(v).every(stringList),
    expected: { vi: 'một đối tượng: tên trường → mảng nguồn', en: 'an object: field name → array of sources' },
    shape: { map: LIST },
  },
};

export const ENTRY: ObjectShape = { fields: ENTRY_FIELDS, required: ['symbol'] };

export interface EntryProblem {
  /** JSON path inside the entry. */
  path: (string | number)[];
  message: Message;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function objectProblem(v: unknown, { fields, required }: ObjectShape): EntryProblem | null {
  if (!isPlainObject(v)) return { path: [], message: { vi: 'Phải là một đối tượng.', en: 'Must be an object.' } };
  for (const key of required) {
    if (v[key] === undefined) {
      return { path: [], message: { vi: `Thiếu trường bắt buộc "${key}".`, en: `Missing required field "${key}".` } };
    }
  }
  for (const key in v) {
    const field = Object.hasOwn(fields, key) ? fields[key] : undefined; // not "__proto__"'s prototype
    if (!field) return { path: [key], message: { vi: `Trường không được hỗ trợ "${key}".`, en: `Unknown field "${key}".` } };
    if (!field.check(v[key])) {
      return { path: [key], message: { vi: `"${key}" phải là ${field.expected.vi}.`, en: `"${key}" must be ${field.expected.en}.` } };
    }
  }
  return null;
}

/** The first problem with one registry entry, or null when it is valid. */
export function validateEntry(v: unknown): EntryProblem | null {
  const problem = objectProblem(v, ENTRY);
  if (problem) return problem;
  const entry = v as Record<string, unknown>;
  if (entry['horizon'] !== undefined) {
    const p = objectProblem(entry['horizon'], HORIZON);
    if (p) return { path: ['horizon', ...p.path], message: p.message };
  }
  const targets = entry['targets'] as unknown[] | undefined;
  for (let i = 0; targets && i < targets.length; i++) {
    const p = objectProblem(targets[i], TARGET);
    if (p) return { path: ['targets', i, ...p.path], message: p.message };
  }
  return null;
}
