// Decrees, circulars, Prime Minister's decisions and resolutions most cited by symbol in shared/corpus
// resolve through the built-in registry: real snippets, named by their files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/analyze';
import { analyzeText, builtinRegistry, corpusSnippet, CORPUS, findingsOf, resolvedSymbols } from '../helpers';

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

  it('a year-less symbol with the entry\'s day and month in another year is that entry, its year mistyped: VB202 (made up, after a probe)', () => {
    const s = 'Quyết định số 749/QĐ-TTg ngày 03/6/2021 phê duyệt Chương trình Chuyển đổi số quốc gia';
    expect(resolvedSymbols(s, registry)).toEqual(['749/QĐ-TTg']);
    const found = findingsOf(s, registry);
    expect(found.map((f) => f.code)).toEqual(['VB202']);
    expect(found[0]!.fixes[0]!.edits[0]!.newText).toContain('03/6/2020');
    // another day of that other year is another document; VB201 says which ones the registry has
    const other = 'Quyết định số 749/QĐ-TTg ngày 05/6/2021 về việc khác';
    expect(resolvedSymbols(other, registry)).toEqual([null]);
    const vb201 = check(analyzeText(other, registry)).filter((f) => f.code === 'VB201');
    expect(vb201.map((f) => f.message.vi)).toEqual(['Không tìm thấy Quyết định 749/QĐ-TTg trong danh mục văn bản. Danh mục chỉ có 749/QĐ-TTg của Trung ương, ngày 3/6/2020.']);
    expect(vb201.map((f) => f.message.en)).toEqual(['749/QĐ-TTg is not in the registry. The registry only has the 749/QĐ-TTg of Trung ương, dated 3/6/2020.']);
  });

  it('national documents known by a short name bind to it with no earlier full citation; names shared by documents of several kinds do not', () => {
    // "gọi tắt là Chương trình 1719" (the press); NQ 57's own text names itself "Nghị quyết 57"
    corpusSnippet('vnm_NQ57__bangoc.md', 'Nghị quyết 57');
    expect(resolvedSymbols('Nguồn vốn Chương trình 1719 đã giải ngân 80%.', registry)).toEqual(['1719/QĐ-TTg']);
    const text = 'Theo Nghị quyết 57, đến năm 2030 quy mô kinh tế số đạt 25% GDP.';
    expect(resolvedSymbols(text, registry)).toEqual(['57-NQ/TW']);
    expect(findingsOf(text, registry).map((f) => f.code)).toEqual(['VB401']);
    // "Nghị quyết 68" is 68-NQ/TW (2025) to some, 68/NQ-CP (2021) to others: reported, not guessed
    expect(findingsOf('Triển khai Nghị quyết 68 về kinh tế tư nhân.', registry).map((f) => f.code)).toEqual(['VB206']);
    // an earlier full citation of the same number comes first
    expect(resolvedSymbols('Nghị quyết số 57/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh Quảng Ngãi. Nghị quyết 57 quy định mức chi.', registry)).toEqual([null, null]);
    const bound = analyzeText('Nghị quyết số 57/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh Quảng Ngãi. Nghị quyết 57 quy định mức chi.', registry).resolutions[1]!;
    expect('antecedent' in bound && bound.antecedent).toBe(0);
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
