// The four output formats of `vanban check`, on a report built by hand from a real seed text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../server/src/core/text/lines';
import type { Finding } from '../../server/src/core/types';
import type { CheckReport, FileReport, FormatOptions } from '../../server/src/cli/report';
import { formatters } from '../../server/src/cli/format/index';
import { escapeData, escapeProperty } from '../../server/src/cli/format/github';
import { pathToUri } from '../../server/src/cli/format/sarif';

const root = resolve(__dirname, '../..');
const readSeed = (name: string) => readFileSync(resolve(root, 'seeds', name), 'utf8').replace(/^\uFEFF/, '');

function fileReport(path: string, text: string, findings: Finding[]): FileReport {
  return { path, text, lines: new LineIndex(text), findings };
}

/** 0-based line and character of an offset, computed independently of LineIndex. */
function lineChar(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const parts = before.split(/\r\n|\r|\n/);
  return { line: parts.length - 1, character: parts[parts.length - 1]!.length };
}

// ── The report ────────────────────────────────────────────────────────────────
const SEED_PATH = 'seeds/004_e0d6b72e0ffed4f2.txt';
const seed = readSeed('004_e0d6b72e0ffed4f2.txt');
const sym = '4216/QĐ-UBND';
const symAt = seed.indexOf(sym);                       // "Quyết định số 4216/QĐ-UBND ngày 05/10/2020"
const dateAt = seed.indexOf('05/10/2020', symAt);
const symAt2 = seed.indexOf(sym, symAt + 1);           // "Quyết định số 4216/QĐ-UBND ngày 06/10/2020"
const joinedAt = seed.indexOf('vàQuyết') + 'và'.length; // "vàQuyết định số 3853/QĐ-UBND"
const sym3853 = seed.indexOf('3853/QĐ-UBND');

const vb301: Finding = {
  code: 'VB301',
  severity: 'warning',
  span: { start: symAt, end: symAt + sym.length },
  message: {
    vi: 'Văn bản 4216/QĐ-UBND được trích với hai ngày khác nhau: 05/10/2020 và 06/10/2020.',
    en: 'Document 4216/QĐ-UBND is cited with two different dates: 05/10/2020 and 06/10/2020.',
  },
  symbol: sym,
  fixes: [{
    title: { vi: 'Sửa thành 06/10/2020', en: 'Change to 06/10/2020' },
    edits: [{ span: { start: dateAt, end: dateAt + 10 }, newText: '06/10/2020' }],
    preferred: false,
  }],
  related: [{
    span: { start: symAt2, end: symAt2 + sym.length },
    message: { vi: 'Trích với ngày 06/10/2020 ở đây', en: 'Cited with date 06/10/2020 here' },
  }],
};
const vb101: Finding = {
  code: 'VB101',
  severity: 'error',
  span: { start: joinedAt - 2, end: joinedAt + 'Quyết định'.length },
  message: { vi: 'Thiếu dấu cách trước "Quyết định".', en: 'Missing space before "Quyết định".' },
  symbol: null,
  fixes: [{
    title: { vi: 'Thêm dấu cách', en: 'Insert a space' },
    edits: [{ span: { start: joinedAt, end: joinedAt }, newText: ' ' }],
    preferred: true,
  }],
  related: [],
};
const vb201: Finding = {
  code: 'VB201',
  severity: 'info',
  span: { start: sym3853, end: sym3853 + 12 },
  message: { vi: 'Không có 3853/QĐ-UBND trong danh mục.', en: '3853/QĐ-UBND is not in the registry.' },
  symbol: '3853/QĐ-UBND',
  fixes: [],
  related: [],
};

// A file with a space and non-ASCII letters in its name, CRLF, and a letter outside the BMP
// (two UTF-16 code units) before a finding on the same line.
const ODD_PATH = 'tài liệu/Nghị quyết 06.txt';
const odd = 'Kế hoạch số 12/KH-UBND\r\n(𝔸) Tỷ lệ hồ sơ trực tuyến đạt 105%, vượt chỉ tiêu.\nHết.';
const pctAt = odd.indexOf('105%');
const vb403: Finding = {
  code: 'VB403',
  severity: 'error',
  span: { start: pctAt, end: pctAt + 4 },
  message: { vi: 'Tỷ lệ 105% vượt quá 100%,\nkhông thể có.', en: 'Share 105% exceeds 100%,\nimpossible.' },
  symbol: null,
  fixes: [],
  related: [],
};
const khAt = odd.indexOf('12/KH-UBND');
const vb206: Finding = {
  code: 'VB206',
  severity: 'hint',
  span: { start: khAt, end: odd.indexOf('(𝔸)') + 3 },   // spans the line break
  message: { vi: 'Gợi ý qua hai dòng', en: 'A hint across two lines' },
  symbol: null,
  fixes: [],
  related: [],
};

const CLEAN_PATH = 'seeds/000_a1f4c7e40e8ca17c.txt';
const report: CheckReport = {
  // findings deliberately out of order: formatters print them in reading order
  files: [
    fileReport(SEED_PATH, seed, [vb201, vb101, vb301]),
    fileReport(ODD_PATH, odd, [vb206, vb403]),
    fileReport(CLEAN_PATH, readSeed('000_a1f4c7e40e8ca17c.txt'), []),
  ],
  errors: [{
    path: 'missing/a,b:c.txt',
    message: { vi: 'Không đọc được tệp: ENOENT', en: 'Cannot read file: ENOENT' },
  }],
};
const empty: CheckReport = { files: [], errors: [] };

const en: FormatOptions = { lang: 'en', color: false, version: '0.1.0' };
const vi: FormatOptions = { lang: 'vi', color: false, version: '0.1.0' };

it('the report is built on the real text', () => {
  expect(symAt).toBe(4859);
  expect(seed.slice(dateAt - 5, dateAt + 10)).toBe('ngày 05/10/2020');
  expect(seed.slice(joinedAt - 2, joinedAt + 10)).toBe('vàQuyết định');
  expect(odd.slice(pctAt, pctAt + 4)).toBe('105%');
});

// ── text ──────────────────────────────────────────────────────────────────────
describe('text', () => {
  const out = formatters.text(report, en);
  const lines = out.split('\n');
  const p301 = lineChar(seed, symAt);
  const pRel = lineChar(seed, symAt2);
  const p101 = lineChar(seed, joinedAt - 2);
  const p403 = lineChar(odd, pctAt);

  it('one line per finding with 1-based line and column, in reading order', () => {
    expect(p301.line + 1).toBe(13); // grep -n: the first 4216/QĐ-UBND is on line 13
    expect(lines).toEqual([
      `${SEED_PATH}:13:${p301.character + 1}: warning VB301 ${vb301.message.en}`,
      '  ↳ fix: Change to 06/10/2020',
      `  ↳ ${SEED_PATH}:${pRel.line + 1}:${pRel.character + 1}: Cited with date 06/10/2020 here`,
      `${SEED_PATH}:${p101.line + 1}:${p101.character + 1}: error VB101 Missing space before "Quyết định".`,
      '  ↳ fix: Insert a space',
      `${SEED_PATH}:${lineChar(seed, sym3853).line + 1}:${lineChar(seed, sym3853).character + 1}: info VB201 3853/QĐ-UBND is not in the registry.`,
      `${ODD_PATH}:1:13: hint VB206 A hint across two lines`,
      `${ODD_PATH}:2:${p403.character + 1}: error VB403 Share 105% exceeds 100%,`,
      '    impossible.',
      'missing/a,b:c.txt: error: Cannot read file: ENOENT',
      '2 errors, 1 warning, 1 info, 1 hint in 3 files, 1 file could not be checked',
      '',
    ]);
  });

  it('columns count UTF-16 code units (𝔸 counts two)', () => {
    // "(𝔸) Tỷ lệ hồ sơ trực tuyến đạt " is 31 code points, 32 code units
    expect(p403.character).toBe(32);
    expect(lines).toContain(`${ODD_PATH}:2:33: error VB403 Share 105% exceeds 100%,`);
  });

  it('Vietnamese messages and summary', () => {
    const v = formatters.text(report, vi).split('\n');
    expect(v[0]).toBe(`${SEED_PATH}:13:279: warning VB301 ${vb301.message.vi}`);
    expect(v[1]).toBe('  ↳ sửa: Sửa thành 06/10/2020');
    expect(v.at(-2)).toBe('2 lỗi, 1 cảnh báo, 1 thông tin, 1 gợi ý trong 3 tệp, 1 tệp không kiểm tra được');
  });

  it('colour only when asked, by severity', () => {
    expect(out).not.toContain('\x1b[');
    const c = formatters.text(report, { ...en, color: true }).split('\n');
    expect(c[0]).toBe(`${SEED_PATH}:13:279: \x1b[33mwarning\x1b[0m VB301 ${vb301.message.en}`);
    expect(c[3]).toContain(': \x1b[31merror\x1b[0m VB101 ');
    expect(c[5]).toContain(': \x1b[36minfo\x1b[0m VB201 ');
  });

  it('summary of an empty run', () => {
    expect(formatters.text(empty, en)).toBe('0 errors, 0 warnings, 0 info in 0 files\n');
    expect(formatters.text(empty, vi)).toBe('0 lỗi, 0 cảnh báo, 0 thông tin trong 0 tệp\n');
    const one: CheckReport = { files: [fileReport('a.txt', 'x', [vb201])], errors: [] };
    expect(formatters.text(one, en).trimEnd().split('\n').at(-1)).toBe('0 errors, 0 warnings, 1 info in 1 file');
  });
});

// ── json ──────────────────────────────────────────────────────────────────────
describe('json', () => {
  const out = formatters.json(report, en);
  const doc = JSON.parse(out);

  it('ends with a newline, one document', () => {
    expect(out.endsWith('}\n')).toBe(true);
    expect(formatters.json(empty, en)).toBe('{"version":1,"files":[],"errors":[]}\n');
  });

  it('the DESIGN.md shape, with offsets and 0-based ranges', () => {
    expect(Object.keys(doc)).toEqual(['version', 'files', 'errors']);
    expect(doc.version).toBe(1);
    expect(doc.files.map((f: { path: string }) => f.path)).toEqual([SEED_PATH, ODD_PATH, CLEAN_PATH]);
    const d = doc.files[0].diagnostics;
    expect(d.map((x: { code: string }) => x.code)).toEqual(['VB301', 'VB101', 'VB201']);
    expect(Object.keys(d[0])).toEqual(['code', 'severity', 'message', 'symbol', 'offset', 'range', 'fixes', 'related']);
    expect(d[0]).toEqual({
      code: 'VB301',
      severity: 'warning',
      message: vb301.message.en,
      symbol: '4216/QĐ-UBND',
      offset: { start: 4859, end: 4871 },
      range: { start: { line: 12, character: 278 }, end: { line: 12, character: 290 } },
      fixes: [{ title: 'Change to 06/10/2020', edits: [{ offset: { start: 4877, end: 4887 }, newText: '06/10/2020' }] }],
      related: [{
        message: 'Cited with date 06/10/2020 here',
        offset: { start: symAt2, end: symAt2 + 12 },
        range: { start: lineChar(seed, symAt2), end: lineChar(seed, symAt2 + 12) },
      }],
    });
    expect(seed.slice(d[0].offset.start, d[0].offset.end)).toBe(sym);
    expect(lineChar(seed, symAt2)).toEqual({ line: 29, character: 38 });
    // the insertion fix is an empty range
    expect(d[1].fixes[0].edits[0]).toEqual({ offset: { start: joinedAt, end: joinedAt }, newText: ' ' });
    expect(d[1].symbol).toBeNull();
    expect(d[1].related).toEqual([]);
  });

  it('UTF-16 characters after CRLF and astral letters; a range across lines', () => {
    const [hint, pct] = doc.files[1].diagnostics;
    expect(pct.range).toEqual({ start: { line: 1, character: 32 }, end: { line: 1, character: 36 } });
    expect(pct.message).toBe('Share 105% exceeds 100%,\nimpossible.');
    expect(hint.range).toEqual({ start: { line: 0, character: 12 }, end: { line: 1, character: 3 } });
  });

  it('every file appears, errors carry path and message in the chosen language', () => {
    expect(doc.files[2]).toEqual({ path: CLEAN_PATH, diagnostics: [] });
    expect(doc.errors).toEqual([{ path: 'missing/a,b:c.txt', message: 'Cannot read file: ENOENT' }]);
    const v = JSON.parse(formatters.json(report, vi));
    expect(v.errors[0].message).toBe('Không đọc được tệp: ENOENT');
    expect(v.files[0].diagnostics[0].fixes[0].title).toBe('Sửa thành 06/10/2020');
  });
});

// ── sarif ─────────────────────────────────────────────────────────────────────
/** The official SARIF 2.1.0 schema (rtm.5, as json.schemastore.org serves it), shipped by @microsoft/jest-sarif. */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(
    require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  // The file is draft-04 ("id", no "$id"); it uses nothing else draft-07 reads differently.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // unicodeRegExp: false because the schema's `language` pattern (`…{2}]?$`) is not valid with the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // RFC 3986 characters only: catches unescaped spaces and non-ASCII in URIs.
  const uriRef = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri-reference', uriRef);
  ajv.addFormat('uri', (s: string) => uriRef.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile(schema);
}

describe('sarif', () => {
  const validate = sarifValidator();
  const out = formatters.sarif(report, en);
  const log = JSON.parse(out);
  const run = log.runs[0];

  it('validates against the official schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(validate(JSON.parse(formatters.sarif(empty, en)))).toBe(true);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('the validator does reject bad SARIF', () => {
    const bad = JSON.parse(out);
    bad.runs[0].results[0].level = 'info';
    expect(validate(bad)).toBe(false);
    const badUri = JSON.parse(out);
    badUri.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'tài liệu/a b.txt';
    expect(validate(badUri)).toBe(false);
  });

  it('header, driver, rules, column kind', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('vanban');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toBeUndefined();
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['VB101', 'VB201', 'VB206', 'VB301', 'VB403']);
    expect(run.tool.driver.rules[3].shortDescription.text).toBe(vb301.message.en);
    expect(JSON.stringify(run.tool.driver.rules)).not.toContain('helpUri');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('results: levels, 1-based regions with char offsets, escaped URIs', () => {
    expect(run.results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`))
      .toEqual(['VB301:warning', 'VB101:error', 'VB201:note', 'VB206:note', 'VB403:error']);
    const r0 = run.results[0];
    expect(r0.message.text).toBe(vb301.message.en);
    expect(r0.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: SEED_PATH, index: 0 },
      region: { startLine: 13, startColumn: 279, endLine: 13, endColumn: 291, charOffset: 4859, charLength: 12 },
    });
    expect(r0.relatedLocations).toEqual([{
      id: 0,
      message: { text: 'Cited with date 06/10/2020 here' },
      physicalLocation: {
        artifactLocation: { uri: SEED_PATH, index: 0 },
        region: { startLine: 30, startColumn: 39, endLine: 30, endColumn: 51, charOffset: symAt2, charLength: 12 },
      },
    }]);
    const pct = run.results[4].locations[0].physicalLocation;
    expect(pct.artifactLocation.uri).toBe(encodeURI(ODD_PATH));
    expect(pct.artifactLocation.uri).toBe('t%C3%A0i%20li%E1%BB%87u/Ngh%E1%BB%8B%20quy%E1%BA%BFt%2006.txt');
    expect(pct.region).toEqual({ startLine: 2, startColumn: 33, endLine: 2, endColumn: 37, charOffset: pctAt, charLength: 4 });
    expect(run.artifacts.map((a: { location: { uri: string } }) => a.location.uri))
      .toEqual([SEED_PATH, encodeURI(ODD_PATH), CLEAN_PATH]);
  });

  it('fixes as artifact changes', () => {
    expect(run.results[0].fixes).toEqual([{
      description: { text: 'Change to 06/10/2020' },
      artifactChanges: [{
        artifactLocation: { uri: SEED_PATH, index: 0 },
        replacements: [{
          deletedRegion: { startLine: 13, startColumn: 297, endLine: 13, endColumn: 307, charOffset: 4877, charLength: 10 },
          insertedContent: { text: '06/10/2020' },
        }],
      }],
    }]);
    const ins = run.results[1].fixes[0].artifactChanges[0].replacements[0];
    expect(ins.deletedRegion.charOffset).toBe(joinedAt);
    expect(ins.deletedRegion.charLength).toBe(0);
    expect(ins.insertedContent.text).toBe(' ');
    expect(run.results[2].fixes).toBeUndefined();
  });

  it('errors are tool execution notifications', () => {
    expect(run.invocations).toEqual([{
      executionSuccessful: true,
      toolExecutionNotifications: [{
        level: 'error',
        message: { text: 'Cannot read file: ENOENT' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'missing/a%2Cb%3Ac.txt' } } }],
      }],
    }]);
    expect(JSON.parse(formatters.sarif(empty, en)).runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('paths become URI references', () => {
    expect(pathToUri('./docs/a b.txt')).toBe('docs/a%20b.txt');
    expect(pathToUri('/home/ca sĩ/x.txt')).toBe('file:///home/ca%20s%C4%A9/x.txt');
    expect(pathToUri('C:\\Văn bản\\x.txt')).toBe('file:///C:/V%C4%83n%20b%E1%BA%A3n/x.txt');
    expect(pathToUri('a#1?.txt')).toBe('a%231%3F.txt');
  });
});

// ── github ────────────────────────────────────────────────────────────────────
describe('github', () => {
  const out = formatters.github(report, en);
  const lines = out.split('\n');

  it('one workflow command per finding and error', () => {
    expect(lines).toEqual([
      `::warning file=${SEED_PATH},line=13,col=279,endLine=13,endColumn=291,title=VB301::${vb301.message.en}%0A↳ fix: Change to 06/10/2020`,
      `::error file=${SEED_PATH},line=${lineChar(seed, joinedAt).line + 1},col=${lineChar(seed, joinedAt - 2).character + 1},endLine=${lineChar(seed, joinedAt).line + 1},endColumn=${lineChar(seed, joinedAt + 10).character + 1},title=VB101::Missing space before "Quyết định".%0A↳ fix: Insert a space`,
      `::notice file=${SEED_PATH},line=${lineChar(seed, sym3853).line + 1},col=${lineChar(seed, sym3853).character + 1},endLine=${lineChar(seed, sym3853).line + 1},endColumn=${lineChar(seed, sym3853).character + 13},title=VB201::3853/QĐ-UBND is not in the registry.`,
      // across two lines: no columns
      `::notice file=${ODD_PATH},line=1,endLine=2,title=VB206::A hint across two lines`,
      `::error file=${ODD_PATH},line=2,col=33,endLine=2,endColumn=37,title=VB403::Share 105%25 exceeds 100%25,%0Aimpossible.`,
      '::error file=missing/a%2Cb%3Ac.txt::Cannot read file: ENOENT',
      '',
    ]);
    expect(formatters.github(empty, en)).toBe('');
  });

  it('escaping of data and properties', () => {
    expect(escapeData('50%,\r\nx: y')).toBe('50%25,%0D%0Ax: y');
    expect(escapeProperty('50%,\r\nx: y')).toBe('50%25%2C%0D%0Ax%3A y');
    const vil = formatters.github(report, vi).split('\n');
    expect(vil[4]).toBe(`::error file=${ODD_PATH},line=2,col=33,endLine=2,endColumn=37,title=VB403::Tỷ lệ 105%25 vượt quá 100%25,%0Akhông thể có.`);
  });
});
