// Laws cited by name resolve through the built-in registry: real snippets from shared/corpus.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText, builtinRegistry, corpusSnippet, CORPUS, findingsOf, resolvedSymbols } from '../helpers';

const registry = builtinRegistry();

describe.skipIf(!existsSync(CORPUS))('laws by name in the built-in registry', () => {
  it('resolves a bare name with a date of its version', () => {
    const s = corpusSnippet('p8_bhxh__thong-tu-so-04-2025-tt-bldtbxh-44341.txt', 'Luật Việc làm ngày 16 tháng 11 năm 2013');
    expect(resolvedSymbols(s, registry)).toEqual(['38/2013/QH13']);
    const b = corpusSnippet('p8_cong_doan__thong-tu-so-17-2023-tt-bldtbxh-41049.txt', 'Bộ luật Lao động ngày 20 tháng 11 năm 2019');
    expect(resolvedSymbols(b, registry)).toEqual(['45/2019/QH14']);
  });

  it('resolves a name with its symbol and date', () => {
    const s = corpusSnippet('lit_4c49617f8caabdf7.txt', 'Luật Bảo hiểm y tế số 25/2008/QH12 ngày 14/11/2008');
    expect(resolvedSymbols(s, registry)).toEqual(['25/2008/QH12']);
  });

  it('picks the version by its date, and does not give an older version the newer one', () => {
    const now = corpusSnippet('p8_uu_dai_dt__thong-tu-so-01-2024-tt-bkhdt-41483.txt', 'Luật Đấu thầu ngày 23 tháng 6 năm 2023');
    expect(resolvedSymbols(now, registry)).toEqual(['22/2023/QH15']);
    // the 2013 law (43/2013/QH13) is not in the registry: the citation stays unknown, no VB202
    const old = corpusSnippet('p8_uu_dai_dt__thong-tu-so-10-2022-tt-bkhdt-37566.txt', 'Luật Đấu thầu ngày 26 tháng 11 năm 2013');
    expect(resolvedSymbols(old, registry)).toEqual([null]);
  });

  it('a name with the year of another version is not this one: no resolution, no VB202 (the resolver matches the version by year)', () => {
    const old = corpusSnippet('lit_a15a2ccdf580781c.txt', 'định của Luật Đất đai năm 2013 mà đã lựa');
    expect(resolvedSymbols(old, registry)).toEqual([null]);
    const invest = corpusSnippet('lit_29a49df826e64cf9.txt', 'Luật Đầu tư năm 2014');
    expect(resolvedSymbols(invest, registry)).toEqual([null]);
    expect(findingsOf(invest, registry).map((f) => f.code)).not.toContain('VB202');
    // the version in the registry, by its year or bare
    const now = corpusSnippet('lit_7a03325784339af0.txt', 'Luật Đất đai năm 2024 quy định');
    expect(resolvedSymbols(now, registry)).toEqual(['31/2024/QH15']);
    expect(resolvedSymbols('Căn cứ Luật Đất đai;', registry)).toEqual(['31/2024/QH15']);
  });

  it('an entry without a date still has its symbol\'s year: the 2015 budget law is not 89/2025/QH15', () => {
    const old = corpusSnippet('p8_bhxh__nghi-quyet-so-175-nq-cp-40286.txt', 'Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015');
    expect(resolvedSymbols(old, registry)).toEqual([null]);
    expect(resolvedSymbols('Luật Ngân sách nhà nước năm 2025 quy định', registry)).toEqual(['89/2025/QH15']);
    expect(resolvedSymbols('Theo Luật Ngân sách nhà nước, ', registry)).toEqual(['89/2025/QH15']);
  });

  it('a law named alone in the clause of the document implementing it was passed by that document\'s date: no later version', () => {
    // the decree of 2016 implements the 2015 law, which the registry does not have; not 64/2025/QH15
    const decree = corpusSnippet(
      'p8_hdld__thong-tu-so-18-2021-tt-bnnptnt-36440.txt',
      'Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính \nphủ quy định chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản \nquy phạm pháp luật;',
    );
    expect(resolvedSymbols(decree, registry)).toEqual(['34/2016/NĐ-CP', null]);
    const amending = corpusSnippet('p8_bhxh__van-ban-hop-nhat-so-47-vbhn-vpqh-41398.txt', 'Luật số 32/2013/QH13 sửa đổi, bổ sung một số điều của \nLuật Thuế thu nhập doanh nghiệp');
    expect(analyzeText(amending, registry).citations.map((c) => c.passedBy)).toEqual([undefined, '2013']);
    // a law listed after another document, not implemented by it, is not bound by its date
    const listed = 'Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 và Luật Ban hành văn bản quy phạm pháp luật';
    expect(resolvedSymbols(listed, registry)).toEqual(['34/2016/NĐ-CP', '64/2025/QH15']);
    // a year after a comma opens a clause of its own: it is no version of the law
    expect(resolvedSymbols('Thực hiện Luật Ngân sách nhà nước, năm 2026 tỉnh đã chi 1.200 tỷ đồng.', registry)).toEqual(['89/2025/QH15']);
    // another sentence is another clause
    expect(resolvedSymbols('Nghị định số 163/2016/NĐ-CP ngày 21/12/2016 đã hết hiệu lực. Nay thi hành Luật Ngân sách nhà nước.', registry)).toEqual([null, '89/2025/QH15']);
  });

  it('a law named alone in a text dated before its later versions is none of them (the text\'s date line)', () => {
    const head = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 12/QĐ-UBND\n\nQuảng Ngãi, ngày 05 tháng 01 năm 2017\n\n';
    expect(resolvedSymbols(`${head}Căn cứ Luật Ngân sách nhà nước;`, registry)).toEqual([null, null]);
    expect(resolvedSymbols(`${head.replace('2017', '2026')}Căn cứ Luật Ngân sách nhà nước;`, registry)).toEqual([null, '89/2025/QH15']);
  });
});
