// National documents most cited in shared/corpus that the registry gained: Party resolutions and
// conclusions (one entry per term for a recycled number), Government resolutions, Prime Minister's
// decisions and Quốc hội resolutions. Real snippets are named by their corpus files.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/analyze';
import { analyzeText, builtinRegistry, corpusSnippet, CORPUS, findingsOf } from '../helpers';

const registry = builtinRegistry();

/** The symbol and date of the entry each citation of `text` resolves to, or its status. */
function resolvedTo(text: string): string[] {
  return analyzeText(text, registry).resolutions.map((r) => (r.status === 'resolved' ? `${r.entry.entry.symbol}@${r.entry.entry.date}` : r.status));
}

describe.skipIf(!existsSync(CORPUS))('national documents cited most in shared/corpus, in the built-in registry', () => {
  it('resolves real citations to the version their date names, with no finding', () => {
    const cases: [string, string, string][] = [
      // 29-NQ/TW: term XI (education), term XII (Politburo, cyberspace), term XIII (industrialisation)
      ['lit_dfa6b7e988e8b8a1.txt', 'Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Ban Chấp hành Trung ương Đảng khóa XI', '29-NQ/TW@2013-11-04'],
      ['lit_6f720d46e0de530c.txt', 'Nghị quyết số 29-NQ/TW ngày 25/7/2018 của Bộ Chính trị', '29-NQ/TW@2018-07-25'],
      ['lit_630abbce53c344c6.txt', 'Nghị quyết số 29-NQ/TW ngày 17 tháng 11 năm 2022 của Ban Chấp hành\nTrung ương Đảng khóa XIII', '29-NQ/TW@2022-11-17'],
      ['p8_chinh_sach_dn__nghi-quyet-so-105-nq-cp-469364.txt', 'Nghị quyết số \n18-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị Trung ương 6 khóa XII', '18-NQ/TW@2017-10-25'],
      ['lit_f9553b2cd700f831.txt', 'Nghị\nquyết số 18-NQ/TW ngày 16 tháng 6 năm 2022 của Ban Chấp hành Trung ương', '18-NQ/TW@2022-06-16'],
      ['p8_cong_doan__thong-tu-so-11-2024-tt-bldtbxh-43178.txt', 'Nghị quyết số 27-NQ/TW ngày 21 \ntháng 5 năm 2018 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII', '27-NQ/TW@2018-05-21'],
      ['lit_5961d186f30c9a97.txt', 'Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung\nương Đảng khóa XIII', '27-NQ/TW@2022-11-09'],
      ['lit_159ef55056efd25f.txt', 'Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị', '39-NQ/TW@2015-04-17'],
      ['lit_966b16a426d30613.txt', 'Nghị quyết số 39-NQ/TW ngày 15/01/2019 của Bộ Chính trị', '39-NQ/TW@2019-01-15'],
      ['vnm_NQ57__bangoc.md', 'Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng khoá XI', '20-NQ/TW@2012-11-01'],
      ['lit_fd7d897c79f29147.txt', 'Nghị quyết số 21-NQ/TW ngày 22/11/2012 của Bộ Chính trị', '21-NQ/TW@2012-11-22'],
      ['lit_523ee655f524f756.txt', 'Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị', '59-NQ/TW@2025-01-24'],
      ['lit_05e488fd0448ecf2.txt', 'Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị', '66-NQ/TW@2025-04-30'],
      ['lit_07ae474827ad5469.txt', 'Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị', '68-NQ/TW@2025-05-04'],
      ['p8_bhxh__quyet-dinh-so-844-qd-ttg-469526.txt', 'Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị', '72-NQ/TW@2025-09-09'],
      ['lit_7a03325784339af0.txt', 'Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng khóa XIII', '121-KL/TW@2025-01-24'],
      ['lit_29a49df826e64cf9.txt', 'Kết luận số 119-KL/TW ngày 20/01/2025 của Bộ Chính trị', '119-KL/TW@2025-01-20'],
      ['lit_3dab1f68182b29eb.txt', 'Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư', '137-KL/TW@2025-03-28'],
      ['lit_fa4254cf4f0d5c4b.txt', 'Quy định số 178-QĐ/TW ngày 27/06/2024 của Bộ Chính trị', '178-QĐ/TW@2024-06-27'],
      // 02/NQ-CP of two years, both signed on 8 January
      ['lit_fa4254cf4f0d5c4b.txt', 'Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ', '02/NQ-CP@2025-01-08'],
      ['p8_hd_kinh_te__nghi-quyet-so-122-nq-cp-469492.txt', 'Nghị quyết \nsố 02/NQ-CP ngày 08 tháng 01 năm 2026 của Chính phủ', '02/NQ-CP@2026-01-08'],
      ['p8_hdld__thong-tu-so-17-2022-tt-bldtbxh-37918.txt', 'Quyết định số 263/QĐ-TTg ngày 22 tháng 02 năm 2022 của Thủ \ntướng Chính phủ', '263/QĐ-TTg@2022-02-22'],
      ['p8_cong_doan__quyet-dinh-so-135-qd-bldtbxh-41357.txt', 'Quyết định số \n53/2015/QĐ-TTg ngày 20 tháng 10 \nnăm 2015 của Thủ tướng Chính \nphủ', '53/2015/QĐ-TTg@2015-10-20'],
      ['lit_05e488fd0448ecf2.txt', 'Nghị quyết số 190/2025/QH15 ngày 19/02/2025 của Quốc hội', '190/2025/QH15@2025-02-19'],
      ['lit_07ae474827ad5469.txt', 'Nghị quyết số 158/2024/QH15 ngày 12/11/2024 của Quốc hội', '158/2024/QH15@2024-11-12'],
    ];
    for (const [file, text, version] of cases) {
      const s = corpusSnippet(file, text);
      expect(resolvedTo(s), text).toEqual([version]);
      expect(findingsOf(s, registry).map((f) => f.code), text).toEqual([]);
    }
  });

  it('a citation whose date or issuer is not the entry\'s gets VB202 / VB203 (made up, and the real errors the corpus makes)', () => {
    const cases: [string, string[]][] = [
      // another day of the year of one version is that version, its date wrong
      ['Nghị quyết số 21-NQ/TW ngày 26/10/2017 của Ban Chấp hành Trung ương', ['VB202']],
      ['Nghị quyết số 71-NQ/TW ngày 22/8/2024 của Bộ Chính trị', ['VB202']],
      ['Nghị quyết số 190/2025/QH15 ngày 19/3/2025 của Quốc hội', ['VB202']],
      ['Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Ban Chấp hành Trung ương', ['VB203']],
      // the date names the term XII 29-NQ/TW, a Politburo resolution
      ['Nghị quyết số 29-NQ/TW ngày 25/7/2018 của Ban Chấp hành Trung ương', ['VB203']],
      ['Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Chính phủ', ['VB203']],
    ];
    for (const [text, codes] of cases) expect(findingsOf(text, registry).map((f) => f.code), text).toEqual(codes);
    const fix = findingsOf('Nghị quyết số 21-NQ/TW ngày 26/10/2017 của Ban Chấp hành Trung ương', registry)[0]!;
    expect(fix.fixes[0]!.edits[0]!.newText).toBe('25/10/2017');
    // real errors, reported
    const real: [string, string, string][] = [
      ['lit_523ee655f524f756.txt', 'Nghị quyết số 193/2025/QH15 ngày 19/3/2025 của Quốc hội', 'VB202'],
      ['lit_13f2934af70e9577.txt', 'Nghị quyết số 68-NQ/TW ngày 04/5/2023 của Bộ Chính trị', 'VB202'],
      ['p8_cong_doan__van-ban-hop-nhat-so-1346-vbhn-bldtbxh-41622.txt', 'Quyết định số 124/2004/ \nQĐ-TTg của Thủ tướng Chính phủ ngày 07/8/2004', 'VB202'],
      ['lit_a44d083c524553a3.txt', 'Kết luận số 134-KL/TW ngày 28/3/2025 của Ban Chấp hành Trung ương Đảng', 'VB203'],
      ['lit_a44d083c524553a3.txt', 'Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Ban Chấp hành Trung ương', 'VB203'],
    ];
    for (const [file, text, code] of real) expect(findingsOf(corpusSnippet(file, text), registry).map((f) => f.code), text).toEqual([code]);
  });

  it('a recycled number with no date is not guessed (ambiguous, VB205); a date tells the version, a mistyped year its day and month, another term none', () => {
    const undated = corpusSnippet('lit_8025987f427ddf33.txt', 'Nghị quyết số 18-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị');
    const r = analyzeText(undated, registry).resolutions[0]!;
    expect(r.status).toBe('ambiguous');
    expect(r.status === 'ambiguous' && r.candidates.map((e) => e.entry.date)).toEqual(['2017-10-25', '2022-06-16']);
    const found = check(analyzeText(undated, registry));
    expect(found.map((f) => f.code)).toEqual(['VB205']);
    expect(found[0]!.message.vi).toBe(
      '"Nghị quyết số 18-NQ/TW" có thể là 2 văn bản: 18-NQ/TW (Ban Chấp hành Trung ương, 25/10/2017); 18-NQ/TW (Ban Chấp hành Trung ương, 16/6/2022). Ghi rõ ngày ban hành hoặc cơ quan ban hành.',
    );
    // an issuer both versions share does not tell them apart; one only the term XII 36-NQ/TW has does
    expect(resolvedTo('Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng')).toEqual(['ambiguous']);
    expect(resolvedTo('Nghị quyết số 36-NQ/TW của Ban Chấp hành Trung ương Đảng')).toEqual(['36-NQ/TW@2018-10-22']);
    // the day and month of one version in another year: that version, its year mistyped (the text's slip for 24/01/2025)
    const slip = corpusSnippet('p8_thue_tncn__quyet-dinh-so-892-qd-ttg-469579.txt', 'Nghị quyết \r\nsố 59-NQ/TW ngày 24 tháng 01 năm 2024 của Bộ Chính trị');
    expect(resolvedTo(slip)).toEqual(['59-NQ/TW@2025-01-24']);
    expect(findingsOf(slip, registry).map((f) => f.code)).toEqual(['VB202']);
    expect(resolvedTo('Nghị quyết số 18-NQ/TW ngày 25/10/2025 của Ban Chấp hành Trung ương')).toEqual(['18-NQ/TW@2017-10-25']);
    // a date in a term no known version belongs to is another resolution (19-NQ/TW of 2012, khóa XI, left
    // out of the registry): unknown, the versions known named, no VB202 against either
    const other = corpusSnippet('lit_f7107da31e6d4f4c.txt', 'Nghị quyết 19-NQ/TW ngày 30/10/2012 của Ban Chấp hành Trung ương\nkhóa XI');
    expect(resolvedTo(other)).toEqual(['unknown']);
    expect(check(analyzeText(other, registry)).map((f) => f.code)).toEqual(['VB201']);
    // a single known version, cited with a date of another term: not it (52-NQ/TW of khóa XIV would be another)
    expect(resolvedTo('Nghị quyết số 52-NQ/TW ngày 12/5/2026 của Bộ Chính trị')).toEqual(['unknown']);
    expect(resolvedTo('Nghị quyết số 52-NQ/TW ngày 27/9/2018 của Bộ Chính trị')).toEqual(['52-NQ/TW@2019-09-27']);
    // cited again with no date after a dated citation: the version the text dated, not VB205
    const again = analyzeText('Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (sau đây gọi tắt là Nghị quyết số 18-NQ/TW). Thực hiện Nghị quyết số 18-NQ/TW, tỉnh đã sắp xếp.', registry);
    expect(again.resolutions.map((r) => (r.status === 'resolved' ? `${r.entry.entry.date}/${r.via}` : r.status))).toEqual(['2017-10-25/symbol', '2017-10-25/antecedent', '2017-10-25/antecedent']);
    expect(check(again).map((f) => f.code)).toEqual([]);
    // a number with one version resolves with no date
    expect(resolvedTo('Nghị quyết số 72-NQ/TW của Bộ Chính trị')).toEqual(['72-NQ/TW@2025-09-09']);
  });

  it('01/NQ-CP of 8 January of another year is neither listed year mistyped: not resolved, no VB202', () => {
    const s = 'Nghị quyết số 01/NQ-CP ngày 08/01/2022 của Chính phủ';
    expect(resolvedTo(s)).toEqual(['unknown']);
    const found = check(analyzeText(s, registry));
    expect(found.map((f) => f.code)).toEqual(['VB201']);
    expect(found[0]!.message.vi).toContain('Danh mục chỉ có 01/NQ-CP của Trung ương, ngày 8/1/2025; Trung ương, ngày 8/1/2026.');
    expect(resolvedTo('Nghị quyết số 01/NQ-CP ngày 08/01/2026 của Chính phủ')).toEqual(['01/NQ-CP@2026-01-08']);
  });

  describe('a short form with its issuer ("Nghị quyết 57 của Bộ Chính trị"): the document its type, number and issuer make, when the registry knows it', () => {
    it('resolves it by the symbol the body signs with, and checks it as such', () => {
      expect(resolvedTo('Thực hiện Nghị quyết 57 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.')).toEqual(['57-NQ/TW@2024-12-22']);
      expect(resolvedTo('Quyết định 749 của Thủ tướng Chính phủ về Chương trình chuyển đổi số quốc gia')).toEqual(['749/QĐ-TTg@2020-06-03']);
      // its date is checked as a full citation's: the day and month of the known one, its year mistyped
      const dated = 'Nghị quyết số 57 ngày 22/12/2025 của Bộ Chính trị';
      expect(resolvedTo(dated)).toEqual(['57-NQ/TW@2024-12-22']);
      expect(findingsOf(dated, registry).map((f) => f.code)).toEqual(['VB202']);
      // and its issuer: the Politburo's resolution said to be the Central Committee's
      const found = findingsOf('Nghị quyết 52 của Ban Chấp hành Trung ương về chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư', registry);
      expect(found.map((f) => [f.code, f.message.vi.slice(0, 36)])).toEqual([['VB203', '52-NQ/TW do Bộ Chính trị ban hành (t']]);
      // named after the document it resolved to where it disagrees with another citation of it
      const two = findingsOf('Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị. Thực hiện Nghị quyết 52 của Ban Chấp hành Trung ương, tỉnh đã ban hành kế hoạch.', registry);
      expect(two.find((f) => f.code === 'VB302')?.message.vi).toBe('52-NQ/TW được ghi là của "Ban Chấp hành Trung ương" ở đây nhưng của "Bộ Chính trị" ở chỗ khác trong văn bản.');
    });
    it('takes the issuer (and its date) before the verb, as a full citation does [lit_29a49df826e64cf9.txt]', () => {
      expect(resolvedTo('Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết 57 về đột phá phát triển khoa học.')).toEqual(['57-NQ/TW@2024-12-22']);
      const a = analyzeText(corpusSnippet('lit_29a49df826e64cf9.txt', 'năm 2021,\nBộ Công Thương đã chủ trì, phối hợp cùng các đơn vị xây dựng dự thảo và trình\nChính phủ ban hành Nghị định 85 nhằm'), registry);
      expect(a.citations.map((c) => [c.text, c.issuer?.name])).toEqual([['Nghị định 85', 'Chính phủ']]);
    });
    it('a recycled number stays ambiguous without a date, and a date of another term is another document', () => {
      expect(resolvedTo('Nghị quyết 18 của Ban Chấp hành Trung ương')).toEqual(['ambiguous']);
      expect(findingsOf('Nghị quyết 18 của Ban Chấp hành Trung ương', registry).map((f) => f.code)).toEqual(['VB205']);
      expect(resolvedTo('Nghị quyết 18 ngày 16/6/2022 của Ban Chấp hành Trung ương')).toEqual(['18-NQ/TW@2022-06-16']);
      expect(resolvedTo('Nghị quyết số 52 ngày 12/5/2026 của Bộ Chính trị')).toEqual(['unbound']);
    });
    it('names nothing without an issuer, with a body of every province and no province, or a type the body does not sign', () => {
      expect(resolvedTo('Thực hiện Nghị quyết 72, tỉnh đã ban hành kế hoạch.')).toEqual(['unbound']);
      expect(resolvedTo('Thực hiện Nghị quyết 72 của Bộ Chính trị, tỉnh đã ban hành kế hoạch.')).toEqual(['72-NQ/TW@2025-09-09']);
      expect(resolvedTo('Kế hoạch 55 của UBND tỉnh')).toEqual(['unbound']);
      expect(resolvedTo('Chỉ thị 57 của Bộ Chính trị')).toEqual(['unbound']);
      // a number with no year of a type numbered each year is no normative symbol
      expect(resolvedTo('Nghị định 13 của Chính phủ')).toEqual(['unbound']);
    });
  });
});
