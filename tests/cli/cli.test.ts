// The built command line (dist/cli.js, built by `npm test`) run as a process, as CI runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, seed } from '../helpers';

const CLI = join(ROOT, 'dist/cli.js');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'vanban-cli-'));

describe('vanban check', () => {
  it('finds the seeds\' defects and exits 1 (text format)', () => {
    const r = run(['check', 'seeds', '--today', '2026-11-22']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('seeds/004_e0d6b72e0ffed4f2.txt:13:297: error VB301');
    expect(r.out).toContain('seeds/000_a1f4c7e40e8ca17c.txt:29:15: warning VB101');
    expect(r.out).toMatch(/4 lỗi, 10 cảnh báo, 0 thông tin, 1 gợi ý trong 5 tệp/);
  });

  it('prints the DESIGN.md JSON shape, in English on request', () => {
    const r = run(['check', 'seeds/004_e0d6b72e0ffed4f2.txt', '--format', 'json', '--lang', 'en', '--today', '2026-11-22']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.version).toBe(1);
    const [file] = json.files;
    expect(file.path).toBe('seeds/004_e0d6b72e0ffed4f2.txt');
    const vb301 = file.diagnostics.find((d: { code: string }) => d.code === 'VB301');
    const text = seed('004_e0d6b72e0ffed4f2.txt');
    expect(vb301).toMatchObject({ severity: 'error', symbol: '4216/QĐ-UBND', range: { start: { line: 12, character: 296 } } });
    expect(text.slice(vb301.offset.start, vb301.offset.end)).toBe('05/10/2020');
    expect(vb301.message).toMatch(/^4216\/QĐ-UBND is dated/);
    expect(vb301.fixes[0].edits[0]).toMatchObject({ newText: '06/10/2020', offset: vb301.offset });
    expect(json.errors).toEqual([]);
  });

  it('exits 0 when nothing reaches --fail-on, 1 when something does', () => {
    const clean = join(tmp, 'sạch.md');
    writeFileSync(clean, '# Báo cáo\n\nThực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.\n');
    expect(run(['check', clean]).code).toBe(0);
    expect(run(['check', 'seeds/000_a1f4c7e40e8ca17c.txt']).code).toBe(1); // VB403 is an error
    expect(run(['check', 'seeds/000_a1f4c7e40e8ca17c.txt', '--severity', 'VB403=warning']).code).toBe(0); // warnings and a hint left
    expect(run(['check', 'seeds/000_a1f4c7e40e8ca17c.txt', '--severity', 'VB403=warning', '--fail-on', 'warning']).code).toBe(1);
    expect(run(['check', 'seeds/000_a1f4c7e40e8ca17c.txt', '--fail-on', 'warning', '--severity', 'VB101=off,VB203=off,VB302=info,VB403=off']).code).toBe(0);
  });

  it('reports unreadable and binary files, checks the rest, exits 2', () => {
    const binary = join(tmp, 'scan.txt');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
    const latin = join(tmp, 'tcvn3.txt');
    writeFileSync(latin, Buffer.from([0x55, 0xfb, 0x20, 0x62, 0x61, 0x6e]));
    const r = run(['check', 'seeds/004_e0d6b72e0ffed4f2.txt', join(tmp, 'missing.md'), binary, latin, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.files).toHaveLength(1);
    expect(json.files[0].diagnostics.length).toBeGreaterThan(0);
    expect(json.errors.map((e: { message: string }) => e.message)).toEqual([
      'No such file or folder.',
      'Binary file, not text: skipped.',
      'Not valid UTF-8 (perhaps TCVN3/VNI): convert it to UTF-8.',
    ]);
  });

  it('reports a broken registry file at its line and column and keeps working', () => {
    const bad = join(tmp, 'bad.vanban.json');
    writeFileSync(bad, '{"entries": [\n  {"symbol": "13-NQ/TU", "date": "6/9/2023"}\n]}');
    const r = run(['check', 'seeds/001_cb33b17ca0b7b813.txt', '--registry', bad, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    expect(json.errors[0].path).toBe(`${bad}:2:34`);
    expect(json.errors[0].message).toBe('"date" must be a date as YYYY-MM-DD.');
    expect(json.files[0].diagnostics).toEqual([]); // the built-in registry still resolves everything
  });

  it('a workspace registry overrides the built-in one', () => {
    const reg = join(tmp, 'vanban.registry.yaml');
    writeFileSync(reg, 'entries:\n  - symbol: 13-NQ/TU\n    jurisdiction: Quảng Ngãi\n    date: "2023-09-07"\n');
    const r = run(['check', 'seeds/001_cb33b17ca0b7b813.txt', '--registry', reg, '--format', 'json']);
    const codes = JSON.parse(r.out).files[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(['VB202']);
  });

  it('without any registry, every citation is VB201 (info)', () => {
    const r = run(['check', 'seeds/002_627955a7f9937946.txt', '--no-builtin-registry', '--format', 'json']);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.out).files[0].diagnostics;
    expect(d.map((x: { code: string; severity: string }) => `${x.code}/${x.severity}`)).toEqual(['VB201/info']);
  });

  it('writes SARIF 2.1.0 and GitHub annotations', () => {
    const sarif = JSON.parse(run(['check', 'seeds', '--format', 'sarif']).out);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBe(15);
    const gh = run(['check', 'seeds/004_e0d6b72e0ffed4f2.txt', '--format', 'github']).out;
    expect(gh).toMatch(/^::error file=seeds\/004_e0d6b72e0ffed4f2\.txt,line=13,col=297,endLine=13,endColumn=307,title=VB301::/m);
  });

  it('takes globs and folders, skips what is not .md/.txt in folders', () => {
    const r = run(['check', 'seeds/00[0-1]*.txt', '--format', 'json']);
    expect(JSON.parse(r.out).files.map((f: { path: string }) => f.path)).toEqual(['seeds/000_a1f4c7e40e8ca17c.txt', 'seeds/001_cb33b17ca0b7b813.txt']);
    const all = JSON.parse(run(['check', 'seeds', '--format', 'json']).out);
    expect(all.files).toHaveLength(5); // registry.json is not a document
  });

  it('explains usage errors and exits 2', () => {
    const r = run(['check', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('xml');
    expect(run(['lint']).code).toBe(2);
    expect(run(['check', '--fail-on', 'fatal']).err).toMatch(/--fail-on/);
    expect(run(['check', '--bogus']).code).toBe(2);
  });
});

describe('vanban extract', () => {
  it('prints every citation and date with offsets into the file as read', () => {
    const out = execFileSync(process.execPath, [CLI, 'extract', 'seeds/000_a1f4c7e40e8ca17c.txt', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const json = JSON.parse(out);
    const text = seed('000_a1f4c7e40e8ca17c.txt');
    const [file] = json.files;
    expect(file.citations[0]).toMatchObject({
      text: 'Nghị quyết số 52-NQ/TW',
      type: 'Nghị quyết',
      symbol: '52-NQ/TW',
      shape: 'party',
      number: '52',
      typeCode: 'NQ',
      issuerCode: 'TW',
      year: null,
      date: '2019-09-27',
      role: 'cite',
      resolved: { symbol: '52-NQ/TW', issuer: 'Bộ Chính trị' },
    });
    for (const c of file.citations) expect(text.slice(c.offset.start, c.offset.end)).toBe(c.text);
    for (const d of file.dates) expect(text.slice(d.offset.start, d.offset.end)).toBe(d.text);
    expect(file.dates.find((d: { text: string }) => d.text === 'ngày 12-4-2022').iso).toBe('2022-04-12');
    expect(file.targets.length).toBeGreaterThan(0);
    for (const t of file.targets) expect(text.slice(t.offset.start, t.offset.end)).toBe(t.text);
  });

  it('tells a change from a level (seed 002: "năng suất lao động hằng năm tăng trên 13,5%")', () => {
    const json = JSON.parse(execFileSync(process.execPath, [CLI, 'extract', 'seeds/002_627955a7f9937946.txt'], { cwd: ROOT, encoding: 'utf8' }));
    const targets: { value: number; unit: string; change: boolean }[] = json.files[0].targets;
    expect(targets.find((t) => t.value === 13.5)!.change).toBe(true);
    expect(targets.filter((t) => t.unit === '%' && !t.change).length).toBeGreaterThan(5);
  });

  it('gives a short form the symbol it resolved to', () => {
    const json = JSON.parse(execFileSync(process.execPath, [CLI, 'extract', 'seeds/003_c3a33e57eb41d4a8.txt'], { cwd: ROOT, encoding: 'utf8' }));
    const shorts = json.files[0].citations.filter((c: { kind: string }) => c.kind === 'short');
    expect(shorts.map((c: { text: string; symbol: string }) => `${c.text} → ${c.symbol}`)).toEqual(['Nghị quyết số 02 → 02-NQ/TU', 'Đề án 06 → 06/QĐ-TTg']);
  });

  it('recognizes a document that declares itself, and uses it as a registry entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-decl-'));
    writeFileSync(join(dir, 'qd.md'), 'ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n\nSố: 4217/QĐ-UBND\n\nThanh Hóa, ngày 07 tháng 10 năm 2020\n\nQUYẾT ĐỊNH\n');
    writeFileSync(join(dir, 'bc.md'), 'Thực hiện Quyết định số 4217/QĐ-UBND ngày 08/10/2020 của UBND tỉnh Thanh Hóa.\n');
    const ex = JSON.parse(execFileSync(process.execPath, [CLI, 'extract', 'qd.md'], { cwd: dir, encoding: 'utf8' }));
    expect(ex.files[0].citations[0]).toMatchObject({ role: 'header', symbol: '4217/QĐ-UBND' });
    const r = run(['check', '.', '--format', 'json', '--no-builtin-registry'], dir);
    const bc = JSON.parse(r.out).files.find((f: { path: string }) => f.path === 'bc.md');
    expect(bc.diagnostics.map((d: { code: string; message: string }) => d.code)).toEqual(['VB202']);
    expect(bc.diagnostics[0].message).toContain('qd.md');
  });
});
