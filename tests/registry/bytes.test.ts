// JSON registries read from their bytes: the scanner accepts exactly what JSON.parse accepts, places
// every problem where the text has it, keeps exactly the entries validateEntry keeps, and an
// entry's fields read later from the bytes are the ones JSON.parse gives.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ByteLines, JsonScanner, JsonSyntaxError } from '../../server/src/core/registry/json';
import { parseRegistry } from '../../server/src/core/registry/load';
import { Registry } from '../../server/src/core/registry/registry';
import { validateEntry } from '../../server/src/core/registry/validate';
import { LineIndex } from '../../server/src/core/text/lines';
import { RegistryStore } from '../../server/src/lsp/registryStore';

const encode = (text: string) => new TextEncoder().encode(text);

/** Where the text has `needle` (its nth occurrence), as the problem should say it. */
function positionOf(text: string, needle: string, nth = 0): { line: number; column: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const p = new LineIndex(text).positionAt(at);
  return { line: p.line, column: p.character };
}

describe('the scanner accepts what JSON.parse accepts', () => {
  const texts = [
    '{}', '[]', ' [1, -0, 2.5, -1e3, 1E+2, 0.0e-0] ', '"a\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00"', '{"a": {"b": [true, false, null]}}',
    '"Đề án 06 — “chuyển đổi số”"', `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
    '', ' ', '01', '1.', '.5', '-', '+1', '1e', '1e+', '0x10', 'NaN', 'tru', 'nul', 'True',
    '"unterminated', '"bad \\x escape"', '"bad \\u12G4"', '"raw\nnewline"', '"raw\ttab"',
    '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', "{'a':1}", '[1 2]', '{"a":1 "b":2}', '[1]x', '{} {}', '[', '{"a":', '// c\n1', '\u00a01',
  ];
  it.each(texts.map((t) => [JSON.stringify(t.slice(0, 40)), t]))('%s', (_name, text) => {
    let parsed = true;
    try {
      JSON.parse(text);
    } catch {
      parsed = false;
    }
    const s = new JsonScanner(encode(text));
    let scanned = true;
    try {
      s.skipValue();
      s.finish();
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      scanned = false;
    }
    expect(scanned).toBe(parsed);
  });
});

/** A large registry, pretty-printed, with Vietnamese text before every place a problem is put. */
function largeRegistry(n: number): { entries: Record<string, unknown>[]; text: string } {
  const entries = [];
  for (let i = 0; i < n; i++) {
    entries.push({
      symbol: `${i + 1}/QĐ-UBND`,
      type: 'Quyết định',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi',
      jurisdiction: 'Quảng Ngãi',
      date: `20${String(10 + (i % 15))}-0${(i % 9) + 1}-1${i % 9}`,
      title: `Về việc phê duyệt Đề án chuyển đổi số số ${i} 😀`,
    });
  }
  return { entries, text: JSON.stringify({ version: 1, entries }, null, 2) };
}

describe('problems in a large file, at their line and column', () => {
  const { text } = largeRegistry(20_000);

  it('a syntax error', () => {
    const broken = text.replace('"symbol": "12345/QĐ-UBND",', '"symbol": "12345/QĐ-UBND"');
    const { entries, problems } = parseRegistry(encode(broken), 'json', 'big.json');
    expect([...entries]).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject(positionOf(broken, '"type"', 12344)); // where the comma is missing
    expect(problems[0]!.message).toEqual({ vi: 'JSON không hợp lệ (CommaExpected).', en: 'Invalid JSON (CommaExpected).' });
  });

  it('bad entries: each dropped, the others kept, the bad value pointed at', () => {
    const bad = text
      .replace('"date": "2010-01-10"', '"date": "10/01/2010"')
      .replace('"symbol": "15000/QĐ-UBND",', '"symbol": "15000/QĐ-UBND", "horizon": {"until": "2025"},')
      .replace('"title": "Về việc phê duyệt Đề án chuyển đổi số số 17000 😀"', '"title": " "');
    const { entries, problems } = parseRegistry(encode(bad), 'json', 'big.json');
    expect(entries).toHaveLength(20_000 - 3);
    expect(problems.map((p) => p.message.en)).toEqual(['"date" must be a date as YYYY-MM-DD.', '"horizon" must be an object {from, until, orientation, vision}.', '"title" must be a non-empty string.']);
    expect(problems[0]).toMatchObject(positionOf(bad, '"10/01/2010"'));
    expect(problems[1]).toMatchObject(positionOf(bad, '{"until": "2025"}'));
    expect(problems[2]).toMatchObject(positionOf(bad, '" "'));
  });

  it('positions count UTF-16 units after a byte-order mark, as the editor shows the text', () => {
    const line = '{"entries": [{"symbol": "1/QĐ-UBND", "title": "Đề án 😀", "date": "2020"}]}';
    const { problems } = parseRegistry(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(line)]), 'json', 'bom.json');
    expect(problems).toEqual([{ message: expect.anything(), ...positionOf(line, '"2020"') }]);
    expect(parseRegistry(`\ufeff${line.replace('"2020"', '"2020-01-02"')}`, 'json', 'bom.json').problems).toEqual([]);
  });
});

describe('what the scanner keeps is what validateEntry keeps', () => {
  // raw JSON, to have what JSON.stringify never writes: escapes, number forms, repeated keys
  const samples = [
    '{"symbol": "749/QĐ-TTg", "date": "2020-06-03", "status": "in-force"}',
    '{"symbol": "\\u0037\\u0034\\u0039/QĐ-TTg"}',
    '{"symbol": "\\u0020"}',
    '{"symbol": " \\t "}',
    '{"symbol": "Đ"}',
    '{"symbol": "ĐƯỜNG"}',
    '{"symbol": "\u00a0"}',
    '{"symbol": ""}',
    '{"symbol": 5}',
    '{"symbol": "x", "symbol": ""}',
    '{"symbol": "", "symbol": "x"}',
    '{"symbol": "x", "date": "2020-0６-03"}',
    '{"symbol": "x", "date": "2020\\u002d06-03"}',
    '{"symbol": "x", "date": "20200603"}',
    '{"symbol": "x", "status": "in-forc\\u0065"}',
    '{"symbol": "x", "status": "In-force"}',
    '{"symbol": "x", "aliases": ["Đề án 06", "Nghị quyết 57"]}',
    '{"symbol": "x", "aliases": ["Đề án 06", "  "]}',
    '{"symbol": "x", "aliases": []}',
    '{"symbol": "x", "horizon": {"from": 2021, "until": 2025.0, "vision": 2.045e3}}',
    '{"symbol": "x", "horizon": {"until": 2025.5}}',
    '{"symbol": "x", "horizon": {"until": 1e400}}',
    '{"symbol": "x", "horizon": {"until": null}}',
    '{"symbol": "x", "horizon": {}}',
    '{"symbol": "x", "targets": [{"metric": "m", "year": 2025, "comparator": ">=", "value": 70.5, "unit": "%", "synonyms": ["n"]}]}',
    '{"symbol": "x", "targets": [{"metric": "m", "year": 2025, "comparator": "≥", "value": 70, "unit": "%"}]}',
    '{"symbol": "x", "targets": [{"metric": "m", "year": 2025, "comparator": ">", "value": 1e400, "unit": "%"}]}',
    '{"symbol": "x", "targets": [{"metric": "m", "year": 2025, "comparator": ">", "unit": "%"}]}',
    '{"symbol": "x", "targets": [{"metric": "m", "year": 2025, "comparator": ">", "value": 1, "unit": "%", "extra": 1}]}',
    '{"symbol": "x", "targets": [5]}',
    '{"symbol": "x", "targets": []}',
    '{"symbol": "x", "provenance": {"date": ["seeds/000.txt"], "issuer": []}}',
    '{"symbol": "x", "provenance": {"date": "seeds/000.txt"}}',
    '{"symbol": "x", "provenance": {"date": ["a"], "date": 5}}',
    '{"symbol": "x", "unknown": {"deep": [1, {"x": null}]}}',
    '{"symbol": "x", "__proto__": {}}',
    '{"symbo\\u006c": "x"}',
    '{"date": "2020-06-03"}',
    '{}',
    '"not an object"',
    '[{"symbol": "x"}]',
    'null',
    '{"symbol": "x", "targets": [{"metric": "m", "change": true, "year": 2025, "comparator": ">=", "value": 30, "unit": "%"}]}',
    '{"symbol": "x", "targets": [{"metric": "m", "change": false, "year": 2025, "comparator": ">=", "value": 30, "unit": "%"}]}',
    '{"symbol": "x", "targets": [{"metric": "m", "change": "yes", "year": 2025, "comparator": ">=", "value": 30, "unit": "%"}]}',
    '{"symbol": "x", "targets": [{"metric": "m", "change": null, "year": 2025, "comparator": ">=", "value": 30, "unit": "%"}]}',
  ];
  it.each(samples)('%s', (sample) => {
    const text = `{"entries": [\n  ${sample}\n]}`;
    const { entries, problems } = parseRegistry(encode(text), 'json', 't.json');
    const value = JSON.parse(text).entries[0];
    const expected = validateEntry(value);
    expect(entries.length).toBe(expected ? 0 : 1);
    expect(problems.map((p) => p.message)).toEqual(expected ? [expected.message] : []);
    if (!expected) expect(entries.entry(0).entry).toEqual(value);
  });
});

describe('an entry read later from the bytes is the entry JSON.parse gives', () => {
  const entries = [
    { symbol: '13-NQ/TU', type: 'Nghị quyết', issuer: 'Ban Chấp hành Đảng bộ tỉnh', jurisdiction: 'Quảng Ngãi', date: '2023-09-06', aliases: ['Nghị quyết 13'], horizon: { until: 2025, vision: 2030 }, targets: [{ metric: 'hồ sơ "trực tuyến"\n', year: 2025, comparator: '>=', value: 70, unit: '%' }], provenance: { date: ['seeds/001.txt'] } },
    { symbol: '45/2024/QH15', type: 'Luật', title: 'Đất đai', date: '2024-01-18', status: 'in-force' },
    { symbol: '06/qđ-ttg', type: 'Quyết định', title: 'Đề án \\ 06 \u2028', source: 'https://example.org/a?b=1&c=%20' },
    // NFD: the key is composed, as symbolKey composes it
    { symbol: '15/QĐ-SO\u031b\u0309', jurisdiction: 'Thanh Ho\u0301a' },
  ];
  const text = JSON.stringify({ $schema: './x.json', version: 1, entries }, null, '\t');
  const parsed = parseRegistry(encode(text), 'json', 'r.json');
  const { problems } = parsed;
  const read = [...parsed.entries];
  const registry = new Registry([parsed.entries]);

  it('field for field', () => {
    expect(problems).toEqual([]);
    expect(read.map((e) => e.entry)).toEqual(entries);
    expect(read.map((e) => [e.symbol, e.type, e.jurisdiction, e.title, e.origin])).toEqual(entries.map((e) => [e.symbol, e.type, e.jurisdiction, e.title, 'r.json']));
  });

  it('indexed by symbol (any case, leading zeros, NFD), alias and law title', () => {
    expect(registry.lookup('6/QĐ-TTG').map((e) => e.entry.source)).toEqual(['https://example.org/a?b=1&c=%20']);
    expect(registry.lookup('15/QĐ-SỞ').map((e) => e.jurisdiction)).toEqual(['Thanh Ho\u0301a']);
    expect(registry.alias('nghị quyết 13').map((e) => e.symbol)).toEqual(['13-NQ/TU']);
    expect(registry.title('Luật Đất đai').map((e) => e.symbol)).toEqual(['45/2024/QH15']);
    // one document, one object: the rules group citations by it
    expect(registry.lookup('13-NQ/TU')[0]).toBe(registry.alias('Nghị quyết 13')[0]);
  });

  it('text from the editor reads as its bytes do', () => {
    expect([...parseRegistry(text, 'json', 'r.json').entries].map((e) => e.entry)).toEqual(entries);
  });
});

describe('go to definition of an entry read from the bytes', () => {
  it('is the entry\'s line and column in the file', () => {
    const { text } = largeRegistry(3_000);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-registry-'));
    const path = join(dir, 'vanban.registry.json');
    writeFileSync(path, text);
    const store = new RegistryStore(join(__dirname, '..', '..', 'seeds', 'registry.json'));
    expect(store.load(path)?.problems).toEqual([]);
    const [entry] = store.registry.lookup('2500/QĐ-UBND');
    const where = store.locate(entry!);
    const at = positionOf(text, '"symbol": "2500/QĐ-UBND"');
    // the entry's opening brace: the line before its first field, indented
    expect(where).toEqual({ path, position: { line: at.line - 1, character: 4 } });
  });
});

describe('ByteLines', () => {
  it('gives every offset the position LineIndex gives the decoded text, asked in any order', () => {
    const text = 'dòng một\r\n"Đ" 😀 hai\rba\n\nbốn 52-NQ/TW\n';
    const bytes = new TextEncoder().encode(text);
    const lines = new ByteLines(bytes);
    const index = new LineIndex(text);
    // UTF-8 offsets of each character's start, visited back to front
    const starts: [number, number][] = [];
    for (let i = 0, u = 0; i <= text.length; ) {
      starts.push([u, i]);
      const cp = text.codePointAt(i);
      if (cp === undefined) break;
      u += new TextEncoder().encode(String.fromCodePoint(cp)).length;
      i += cp > 0xffff ? 2 : 1;
    }
    for (const [byte, unit] of starts.reverse()) expect(lines.positionAt(byte)).toEqual(index.positionAt(unit));
  });
});

