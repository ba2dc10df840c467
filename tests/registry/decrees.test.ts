// Decrees, circulars, Prime Minister's decisions and resolutions most cited by symbol in shared/corpus
// resolve through the built-in registry: real snippets, named by their files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRegistry, corpusSnippet, CORPUS, findingsOf, resolvedSymbols } from '../helpers';

const registry = builtinRegistry();

describe.skipIf(!existsSync(CORPUS))('decrees, circulars, decisions and resolutions in the built-in registry', () => {
  it('resolves real citations with their dates, with no finding', () => {
    const cases: [string, string, string][] = [
      ['p8_bhxh__thong-tu-so-01-2025-tt-bldtbxh-43956.txt', 'Nghị định số 62/2022/NĐ-CP ngày 12 tháng 9 năm 2022', '62/2022/NĐ-CP'],
      ['p8_bhxh__van-ban-hop-nhat-so-464-vbhn-bldtbxh-44174.txt', 'Nghị định số 14/2017/NĐ-CP ngày 17 tháng 02 năm 2017', '14/2017/NĐ-CP'],
      ['p8_cong_doan__van-ban-hop-nhat-so-3503-vbhn-bldtbxh-42532.txt', 'Quyết định số 90/QĐ-TTg ngày 18 tháng 01 năm 2022', '90/QĐ-TTg'],
      ['lit_07ae474827ad5469.txt', 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị', '57-NQ/TW'],
    ];
    for (const [file, text, symbol] of cases) {
      const s = corpusSnippet(file, text);
      expect(resolvedSymbols(s, registry)).toEqual([symbol]);
      expect(findingsOf(s, registry).map((f) => f.code)).toEqual([]);
    }
  });

  it('a year-less symbol of another year is not this document: no VB202', () => {
    const s = 'Quyết định số 90/QĐ-TTg ngày 05/3/2019 của Thủ tướng Chính phủ';
    expect(resolvedSymbols(s, registry)).toEqual([null]);
    expect(findingsOf(s, registry).map((f) => f.code)).not.toContain('VB202');
  });

  it('57-NQ/TW cited with a wrong date: VB202 against the registry, whose date is the full text\'s, and VB301 within the text', () => {
    // the resolution's own text in the corpus settles the date the citations disagree on
    corpusSnippet('vnm_NQ57__bangoc.md', 'Nghị quyết số 57-NQ/TW (ngày 22/12/2024) của Bộ Chính trị');
    const file = 'lit_9d9d4acbba967e37.txt';
    corpusSnippet(file, 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị');
    const wrong = corpusSnippet(file, 'Nghị quyết số 57-\nNQ/TW ngày 10/8/2023 của Bộ Chính trị');
    const body = readFileSync(join(CORPUS, file), 'utf8');
    const found = findingsOf(body, registry).filter((f) => f.code === 'VB301' || f.code === 'VB202');
    expect(found.map((f) => f.code)).toEqual(['VB202', 'VB301']);
    const at = body.indexOf(wrong);
    for (const f of found) expect(f.span.start >= at && f.span.end <= at + wrong.length).toBe(true);
    expect(found[0]!.fixes[0]!.edits[0]!.newText).toContain('22/12/2024');
    const seeds = JSON.parse(readFileSync(join(__dirname, '../../seeds/registry.json'), 'utf8')) as {
      entries: { symbol: string; date?: string }[];
    };
    expect(seeds.entries.find((e) => e.symbol === '57-NQ/TW')?.date).toBe('2024-12-22');
  });
});
