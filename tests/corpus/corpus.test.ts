// The whole of ../shared/corpus (real legal and Party text, 50 MB; sources in its SOURCES.md):
// recognition and checks run on every file without a crash or a hang, every span lies inside its
// file and covers exactly the text it reports, and a few facts read from real files hold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/analyze';
import { analyzeText, builtinRegistry, CORPUS } from '../helpers';

const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((f) => /\.(txt|md)$/.test(f)) : [];

describe.skipIf(!present)('corpus (real text)', () => {
  const registry = builtinRegistry();

  it(`analyses and checks all ${files.length} files; every span is inside its file and matches its text`, () => {
    let citations = 0;
    let dates = 0;
    for (const name of files) {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const a = analyzeText(text, registry);
      const findings = check(a);
      for (const c of a.citations) {
        expect(c.span.start >= 0 && c.span.end <= text.length && c.span.start < c.span.end, `${name}: ${c.text}`).toBe(true);
        expect(text.slice(c.span.start, c.span.end), name).toBe(c.text);
      }
      for (const d of a.dates) expect(text.slice(d.span.start, d.span.end), name).toBe(d.text);
      for (const f of findings) {
        expect(f.span.start >= 0 && f.span.end <= text.length && f.span.start <= f.span.end, `${name}: ${f.code}`).toBe(true);
        for (const fix of f.fixes) for (const e of fix.edits) expect(e.span.end <= text.length).toBe(true);
      }
      citations += a.citations.length;
      dates += a.dates.length;
    }
    // the corpus is citation-dense legal text: a collapse of recognition shows here
    expect(citations).toBeGreaterThan(20_000);
    expect(dates).toBeGreaterThan(20_000);
  });

  it('p8_bhxh__nghi-dinh-so-158-2025-nd-cp-45240.txt: its own header, its date, and its legal bases', () => {
    const text = readFileSync(join(CORPUS, 'p8_bhxh__nghi-dinh-so-158-2025-nd-cp-45240.txt'), 'utf8');
    const a = analyzeText(text, registry);
    const header = a.citations.find((c) => c.role === 'header')!;
    expect(header.symbol).toBe('158/2025/NĐ-CP');
    expect(a.ownDate?.iso).toBe('2025-06-25');
    const titles = a.citations.filter((c) => c.kind === 'title' && c.date).slice(0, 3).map((c) => `${c.title} | ${c.date?.iso}`);
    expect(titles).toEqual([
      'Luật Tổ chức Chính phủ | 2025-02-18',
      'Luật Tổ chức chính quyền địa phương | 2025-06-16',
      'Luật Bảo hiểm xã hội | 2024-06-29',
    ]);
    const nq = a.citations.find((c) => c.symbol === '142/2024/QH15')!;
    expect(nq.date?.iso).toBe('2024-06-29');
    expect(nq.issuer?.name).toBe('Quốc hội'); // "của Quốc \nhội": the issuer is broken across the line
  });

  it('p8_hdld__thong-tu-so-01-2021-tt-bldtbxh-33806.txt: symbols broken after a slash', () => {
    const text = readFileSync(join(CORPUS, 'p8_hdld__thong-tu-so-01-2021-tt-bldtbxh-33806.txt'), 'utf8');
    const symbols = analyzeText(text, registry).citations.map((c) => c.symbol);
    expect(symbols).toContain('64/2008/QĐ-BLĐTBXH');
    expect(symbols).toContain('50/2015/TT-BLĐTBXH');
  });
});
