// Registry files: JSON and YAML, every problem at its line and column, good entries kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../server/src/core/registry/load';
import { Registry, sourceOf, symbolKey } from '../../server/src/core/registry/registry';
import { validateEntry } from '../../server/src/core/registry/validate';
import { ROOT } from '../helpers';

describe('parseRegistry', () => {
  it('reads the built-in registry without a problem', () => {
    const parsed = parseRegistry(readFileSync(join(ROOT, 'seeds/registry.json')), 'json', 'seeds/registry.json');
    expect(parsed.problems).toEqual([]);
    expect([...parsed.entries].map((e) => e.symbol)).toContain('52-NQ/TW');
  });

  it('reports a JSON syntax error at its line and column', () => {
    const text = '{\n  "entries": [\n    {"symbol": "749/QĐ-TTg",}\n  ]\n}';
    const { entries, problems } = parseRegistry(text, 'json', 'test.json');
    expect([...entries]).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 28 }); // the '}' after the trailing comma
    expect(problems[0]!.message.vi).toContain('JSON không hợp lệ');
    expect(problems[0]!.message.en).toContain('Invalid JSON');
  });

  it('drops a bad entry, keeps the others, and points at the bad field', () => {
    const text = '{"entries": [\n {"symbol": "1/QĐ-UBND"},\n {"symbol": "2/QĐ-UBND", "date": "03/6/2020"},\n {"symbol": "3/QĐ-UBND"}\n]}';
    const { entries, problems } = parseRegistry(text, 'json', 'test.json');
    expect([...entries].map((e) => e.symbol)).toEqual(['1/QĐ-UBND', '3/QĐ-UBND']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, column: 33 }); // the bad value
    expect(problems[0]!.message.en).toBe('"date" must be a date as YYYY-MM-DD.');
  });

  it('reads YAML, and reports a YAML error and a bad target at their lines', () => {
    const good = 'entries:\n  - symbol: 13-NQ/TU\n    jurisdiction: Quảng Ngãi\n    targets:\n      - metric: hồ sơ\n        year: 2025\n        comparator: ">"\n        value: 90\n        unit: "%"\n';
    const parsed = parseRegistry(good, 'yaml', 'test.yaml');
    expect(parsed.problems).toEqual([]);
    expect([...parsed.entries]).toMatchObject([{ symbol: '13-NQ/TU' }]);
    const badTarget = good.replace('value: 90', 'value: chín mươi');
    const p = parseRegistry(badTarget, 'yaml', 'test.yaml').problems[0]!;
    expect(p.line).toBe(7);
    expect(p.message.en).toContain('"value" must be a number');
    const broken = parseRegistry('entries:\n  - symbol: [unclosed\n', 'yaml', 'test.yaml');
    expect([...broken.entries]).toEqual([]);
    expect(broken.problems[0]!.message.vi).toContain('YAML không hợp lệ');
  });

  it('requires an entries array', () => {
    expect(parseRegistry('{"items": []}', 'json', 'test.json').problems[0]!.message.en).toContain('"entries"');
    expect(parseRegistry('{}', 'json', 'test.json').problems).toEqual([{ message: expect.objectContaining({ en: 'A registry file must have an "entries" array.' }), line: 0, column: 0 }]);
    expect(parseRegistry(' 5', 'json', 'test.json').problems).toMatchObject([{ line: 0, column: 1 }]);
    expect(parseRegistry('{"entries": [], "version": 2}', 'json', 'test.json').problems).toMatchObject([{ line: 0, column: 27, message: { en: 'Only "version": 1 is supported.' } }]);
    expect(parseRegistry('[]', 'json', 'test.json').problems).toEqual([]);
  });
});

describe('the hand-written validator agrees with the JSON Schema', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/registry.schema.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validateFile = ajv.compile(schema);
  const samples: unknown[] = [
    { symbol: '749/QĐ-TTg', date: '2020-06-03', status: 'in-force' },
    { symbol: '' },
    { date: '2020-06-03' },
    { symbol: 'x', date: '2020-6-3' },
    { symbol: 'x', status: 'repealed' },
    { symbol: 'x', unknown: 1 },
    { symbol: 'x', aliases: ['Đề án 06'] },
    { symbol: 'x', aliases: 'Đề án 06' },
    { symbol: 'x', horizon: { until: 2025, vision: 2030 } },
    { symbol: 'x', horizon: { until: '2025' } },
    { symbol: 'x', targets: [{ metric: 'm', year: 2025, comparator: '>=', value: 70, unit: '%' }] },
    { symbol: 'x', targets: [{ metric: 'm', year: 2025, comparator: '≥', value: 70, unit: '%' }] },
    { symbol: 'x', targets: [{ metric: 'm', year: 2025, comparator: '>', unit: '%' }] },
    { symbol: 'x', targets: [{ metric: 'm', change: true, year: 2025, comparator: '>=', value: 30, unit: '%' }] },
    { symbol: 'x', targets: [{ metric: 'm', change: 'yes', year: 2025, comparator: '>=', value: 30, unit: '%' }] },
    { symbol: 'x', provenance: { date: ['seeds/000.txt'] } },
    { symbol: 'x', provenance: { date: 'seeds/000.txt' } },
    'not an object',
  ];
  it.each(samples.map((s) => [JSON.stringify(s), s]))('%s', (_name, sample) => {
    const bySchema = validateFile({ entries: [sample] });
    expect(validateEntry(sample) === null).toBe(bySchema);
  });
});

describe('Registry index', () => {
  it('finds symbols whatever the case and leading zeros', () => {
    const r = new Registry([sourceOf('t', [{ symbol: '06/QĐ-TTg' }])]);
    expect(r.lookup('6/QĐ-TTG')).toHaveLength(1);
    expect(symbolKey('06/QĐ-TTg')).toBe(symbolKey('6/qđ-ttg'));
  });
  it('keeps same-numbered documents of different provinces apart and merges the same one', () => {
    const r = new Registry([
      sourceOf('a', [{ symbol: '13-NQ/TU', jurisdiction: 'Quảng Ngãi' }, { symbol: '13-NQ/TU', jurisdiction: 'Thanh Hóa' }]),
      sourceOf('b', [{ symbol: '13-NQ/TU', jurisdiction: 'Quảng Ngãi', date: '2023-09-06' }]),
    ]);
    expect(r.size).toBe(2);
    const qn = r.lookup('13-NQ/TU').find((e) => e.entry.jurisdiction === 'Quảng Ngãi')!;
    expect(qn).toMatchObject({ origin: 'b', entry: { date: '2023-09-06' } });
  });
  it('merges each later source into the earlier ones, never entries of one source together', () => {
    const r = new Registry([
      sourceOf('a', [{ symbol: '13-NQ/TU', jurisdiction: 'Quảng Ngãi' }]),
      sourceOf('b', [{ symbol: '13-NQ/TU', jurisdiction: 'Quảng Ngãi', date: '2023-09-06' }, { symbol: '13-nq/tu', jurisdiction: 'Thanh Hóa' }, { symbol: '13-NQ/TU', jurisdiction: 'Thanh Hóa' }]),
      sourceOf('c', [{ symbol: '13-NQ/TU', jurisdiction: 'Thanh Hóa', date: '2021-01-02' }, { symbol: '013-NQ/TU', jurisdiction: 'Quảng Ngãi', date: '2024-01-05' }]),
    ]);
    expect([...r.entries()].map((e) => [e.origin, e.entry.jurisdiction, e.entry.date])).toEqual([
      ['b', 'Quảng Ngãi', '2023-09-06'], // a's, then b's date
      ['c', 'Thanh Hóa', '2021-01-02'], // b's first Thanh Hóa, then c's date
      ['b', 'Thanh Hóa', undefined], // b's second: b lists it twice
      ['c', 'Quảng Ngãi', '2024-01-05'], // another year: another document
    ]);
  });
  it('suggests the closest symbols', () => {
    const r = new Registry([sourceOf('t', [{ symbol: '749/QĐ-TTg' }, { symbol: '749/QĐ-UBND' }, { symbol: '17/QĐ-TTg' }])]);
    expect(r.closest('794/QĐ-TTg')).toEqual(['749/QĐ-TTg']);
    expect(r.closest('749/QĐ-BTC')).toEqual(['749/QĐ-TTg']);
  });
  it('suggests no symbol of another year for a symbol with its year', () => {
    // [corpus] p8_bhxh__van-ban-hop-nhat-so-40-vbhn-vpqh-….txt cites Luật số 48/2014/QH13; p8_hdld__… Nghị định 94/2009/NĐ-CP
    const r = new Registry([sourceOf('t', [{ symbol: '48/2024/QH15' }, { symbol: '94/2022/NĐ-CP' }, { symbol: '49/2014/QH13' }, { symbol: '08/2017/TT-BLĐTBXH' }])]);
    expect(r.closest('48/2014/QH13')).toEqual(['49/2014/QH13']);
    expect(r.closest('94/2009/NĐ-CP')).toEqual([]);
    // the year kept, the issuer code mistyped
    expect(r.closest('08/2017/TT-LĐTBXH')).toEqual(['08/2017/TT-BLĐTBXH']);
  });
});
