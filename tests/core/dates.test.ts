// Dates, months, years, periods and horizons as Vietnamese texts write them (RULES.md §4.2).
import { describe, expect, it } from 'vitest';
import { analyzeText, corpusSnippet } from '../helpers';

const cases: [string, { kind: string; iso: string | null; text: string; style?: string; horizonKind?: string }[]][] = [
  ['ngày 27/9/2019', [{ kind: 'day', iso: '2019-09-27', text: 'ngày 27/9/2019', style: 'slash' }]],
  ['ngày 03/6/2020', [{ kind: 'day', iso: '2020-06-03', text: 'ngày 03/6/2020' }]],
  ['ngày 12-4-2022', [{ kind: 'day', iso: '2022-04-12', text: 'ngày 12-4-2022', style: 'hyphen' }]],
  ['Thời gian ký: 08.07.2025 14:58:33', [{ kind: 'day', iso: '2025-07-08', text: '08.07.2025', style: 'dot' }]],
  // [corpus] p8_bhxh__nghi-dinh-so-162-2026-nd-cp-469551.txt (the signature stamp of 2026 gazette texts); a URL slug is no date
  ['Cơ quan: VĂN PHÒNG CHÍNH PHỦ Ngày ký: 2026-05-29 08:10:56 +07:00', [{ kind: 'day', iso: '2026-05-29', text: '2026-05-29', style: 'iso' }]],
  ['vlc_Luat-Thu-do-2012-25-20', []],
  ['mã 2026-13-01 x', []],
  ['ngày 03 tháng 6 năm 2020', [{ kind: 'day', iso: '2020-06-03', text: 'ngày 03 tháng 6 năm 2020', style: 'long' }]],
  // digits run into the year are a footnote's mark only after "ngày", and only one to three of them
  ['ngày 08/10/20181234 ', []],
  ['năm 20205 x', []],
  ['03 tháng 6 năm 20205 x', []],
  // a bare month/year only fills a table's cell; "1/2000" there is a map's scale
  ['| 6/2025 |', [{ kind: 'month', iso: '2025-06', text: '6/2025' }]],
  ['| tỷ lệ 1/2000 | 1/2000 |', []],
  ['| 13/2025 |', []],
  ['hoàn thành 6/2025 |', []],
  ['Hà Nội, ngày 25 tháng 6 năm 2025', [{ kind: 'day', iso: '2025-06-25', text: 'ngày 25 tháng 6 năm 2025' }]],
  ['đầu tháng 4/2021', [{ kind: 'month', iso: '2021-04', text: 'tháng 4/2021' }]],
  ['tháng 11 năm 2024', [{ kind: 'month', iso: '2024-11', text: 'tháng 11 năm 2024' }]],
  ['cuối năm 2022', [{ kind: 'year', iso: '2022', text: 'năm 2022' }]],
  ['giai đoạn 2021-2025', [{ kind: 'period', iso: '2021/2025', text: '2021-2025' }]],
  ['giai đoạn 2022 - 2025', [{ kind: 'period', iso: '2022/2025', text: '2022 - 2025' }]],
  ['giai đoạn 2021\u20132025', [{ kind: 'period', iso: '2021/2025', text: '2021\u20132025' }]],
  [
    'đến năm 2025, định hướng đến năm 2030',
    [
      { kind: 'horizon', iso: '2025', text: 'đến năm 2025', horizonKind: 'until' },
      { kind: 'horizon', iso: '2030', text: 'định hướng đến năm 2030', horizonKind: 'orientation' },
    ],
  ],
  // [corpus] p8_bhxh__nghi-quyet-so-175-nq-cp-40286.txt, vnm_CPbaocaot5.md: until the end of a year
  ['hoàn thành trong giai đoạn này đến hết năm 2025.', [{ kind: 'horizon', iso: '2025', text: 'đến hết năm 2025', horizonKind: 'until' }]],
  ['dự kiến đến hết 2025 số trạm 5G đạt', [{ kind: 'horizon', iso: '2025', text: 'đến hết 2025', horizonKind: 'until' }]],
  ['còn hết 2025 x', []],
  ['định hướng đến 2030', [{ kind: 'horizon', iso: '2030', text: 'định hướng đến 2030', horizonKind: 'orientation' }]],
  ['tầm nhìn đến năm 2045', [{ kind: 'horizon', iso: '2045', text: 'tầm nhìn đến năm 2045', horizonKind: 'vision' }]],
  // [corpus] p8_uu_dai_dt__thong-tu-so-10-2023-tt-bkhdt-40324.txt, lit_9d9d4acbba967e37.txt: "tầm nhìn" without "đến"
  [
    'tăng trưởng xanh giai đoạn 2021 - 2030, tầm nhìn 2050;',
    [
      { kind: 'period', iso: '2021/2030', text: '2021 - 2030' },
      { kind: 'horizon', iso: '2050', text: 'tầm nhìn 2050', horizonKind: 'vision' },
    ],
  ],
  ['tầm nhìn 20 năm', []],
  ['ngày 31/02/2022', [{ kind: 'day', iso: null, text: 'ngày 31/02/2022' }]],
  // [corpus] lit_05e488fd0448ecf2.txt: impossible by its year
  ['ngày 12/4/0025', [{ kind: 'day', iso: null, text: 'ngày 12/4/0025' }]],
  // [corpus] lit_630abbce53c344c6.txt: broken across lines; lit_af013af79fd9533d.txt: a space after the slash
  ['ngày 25 tháng 11\nnăm 2024', [{ kind: 'day', iso: '2024-11-25', text: 'ngày 25 tháng 11\nnăm 2024' }]],
  ['ngày 27/9/ 2019', [{ kind: 'day', iso: '2019-09-27', text: 'ngày 27/9/ 2019' }]],
  ['Nghị định 52/2013/NĐ-CP ngày 16/ 5/ 2013 về', [{ kind: 'day', iso: '2013-05-16', text: 'ngày 16/ 5/ 2013' }]],
  // [corpus] lit_f616dda3b6e66de5.txt, p8_cong_doan__quyet-dinh-so-135-qd-bldtbxh: a wrapped line inside a date or after "ngày"
  ['có hiệu lực đến hết ngày 31\ntháng 12 năm 2031', [{ kind: 'day', iso: '2031-12-31', text: 'ngày 31\ntháng 12 năm 2031' }]],
  ['BLĐTBXH-BCA-BNG \nngày \n29/6/2018 của Bộ', [{ kind: 'day', iso: '2018-06-29', text: 'ngày \n29/6/2018' }]],
  ['thời gian từ tháng \n3/1960 đến', [{ kind: 'month', iso: '1960-03', text: 'tháng \n3/1960' }]],
  // [corpus] p8_bhxh__van-ban-hop-nhat-so-22-vbhn-btc-31459.txt: a month wrapped before "năm"
  ['được chuyển sang tháng 02 \nnăm 2016 để tính lãi', [{ kind: 'month', iso: '2016-02', text: 'tháng 02 \nnăm 2016' }]],
  ['mục tiêu đến năm\n2025 đạt', [{ kind: 'horizon', iso: '2025', text: 'đến năm\n2025' }]],
  // [corpus] p8_thue_tncn__thong-tu-so-147-2025: a page number before a page break is not a day
  ['CÔNG BÁO/Số 51/Ngày 23-01-2026 \n67\n \n \ntháng 8 năm 2018 của Bộ', [{ kind: 'month', iso: '2018-08', text: 'tháng 8 năm 2018' }]],
  // gazette running headers are the gazette's date, not the text's
  ['CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025', []],
  // [corpus] "từ (năm) … đến (hết) (năm) …" is one period: lit_25f0f7af72d85152.txt, p8_bhxh__nghi-quyet-so-175-nq-cp-40286.txt,
  // lit_4400204b2a345ae3.txt, lit_29a49df826e64cf9.txt (also a period wrapped after its hyphen)
  ['Từ năm 2006 đến năm 2021, nước ta đã', [{ kind: 'period', iso: '2006/2021', text: 'Từ năm 2006 đến năm 2021' }]],
  ['Giai đoạn 1 từ năm 2023 đến hết năm 2025 (Giai đoạn xây dựng', [{ kind: 'period', iso: '2023/2025', text: 'từ năm 2023 đến hết năm 2025' }]],
  ['giai đoạn từ năm\n2013 đến hết năm 2024. Cụ thể', [{ kind: 'period', iso: '2013/2024', text: 'từ năm\n2013 đến hết năm 2024' }]],
  ['trong giai đoạn từ 2020 đến 2025 đã góp phần', [{ kind: 'period', iso: '2020/2025', text: 'từ 2020 đến 2025' }]],
  ['triển khai từ giai đoạn 2013 đến 2021 cho thấy', [{ kind: 'period', iso: '2013/2021', text: '2013 đến 2021' }]],
  ['quốc gia giai đoạn 2021-\n2025; Công văn', [{ kind: 'period', iso: '2021/2025', text: '2021-\n2025' }]],
  // look-alikes: "đến nay", amounts, a list item on the next line, a horizon without "từ"
  ['từ năm 2021 đến nay', [{ kind: 'year', iso: '2021', text: 'năm 2021' }]],
  ['từ 2000 đến 5000 đồng', []],
  ['năm 2019\n- 2020 người', [{ kind: 'year', iso: '2019', text: 'năm 2019' }]],
  ['Kế hoạch năm 2021 đến năm 2025', [{ kind: 'year', iso: '2021', text: 'năm 2021' }, { kind: 'horizon', iso: '2025', text: 'đến năm 2025' }]],
  // [corpus] the next items of a list of years: lit_05e488fd0448ecf2.txt, p8_hd_kinh_te__nghi-quyet-so-18-2026-nq-cp-469467.txt,
  // lit_fd7d897c79f29147.txt and p8_thue_tncn__quyet-dinh-so-893-qd-ttg-469593.txt (a list of horizons)
  ['sản xuất, kinh doanh năm 2025 và 2026; theo đó', [{ kind: 'year', iso: '2025', text: 'năm 2025' }, { kind: 'year', iso: '2026', text: '2026' }]],
  [
    'sửa đổi, bổ sung các năm 2009, 2019, 2022 và 2025;',
    [
      { kind: 'year', iso: '2009', text: 'năm 2009' },
      { kind: 'year', iso: '2019', text: '2019' },
      { kind: 'year', iso: '2022', text: '2022' },
      { kind: 'year', iso: '2025', text: '2025' },
    ],
  ],
  [
    'phát triển nhân lực đến năm 2030, 2035 và tầm nhìn đến năm 2050',
    [
      { kind: 'horizon', iso: '2030', text: 'đến năm 2030', horizonKind: 'until' },
      { kind: 'horizon', iso: '2035', text: '2035', horizonKind: 'until' },
      { kind: 'horizon', iso: '2050', text: 'tầm nhìn đến năm 2050', horizonKind: 'vision' },
    ],
  ],
  // look-alikes: a count after a year, an amount, a year list with no "năm"
  ['năm 2020, 2000 doanh nghiệp', [{ kind: 'year', iso: '2020', text: 'năm 2020' }]],
  ['năm 2020 và 2.021 hộ', [{ kind: 'year', iso: '2020', text: 'năm 2020' }]],
  ['Thuế suất (%) 2022 2023, 2024', []],
  // [corpus] quarters: p8_chinh_sach_dn__nghi-quyet-so-109-nq-cp-469403.txt (tables of deadlines), p8_bhxh__quyet-dinh-so-844-qd-ttg-469526.txt, lit_f4629bf2588e6474.txt
  ['hoàn thành xây dựng Đề án trong quý II/2026', [{ kind: 'quarter', iso: '2026-Q2', text: 'quý II/2026' }]],
  ['các ngành công nghiệp chiến lược Quý IV/ 2026 Bộ Tài chính', [{ kind: 'quarter', iso: '2026-Q4', text: 'Quý IV/ 2026' }]],
  ['lộ trình phù hợp \nTừ \nquý \nIII/2026 \nđến', [{ kind: 'quarter', iso: '2026-Q3', text: 'quý \nIII/2026' }]],
  ['Kế hoạch hành động trong quý II năm 2026.', [{ kind: 'quarter', iso: '2026-Q2', text: 'quý II năm 2026' }]],
  ['Tổng sản phẩm trong nước (GDP) quý 2/2025 ước tăng', [{ kind: 'quarter', iso: '2025-Q2', text: 'quý 2/2025' }]],
  // look-alikes: "Quý" as a courtesy word, a numeral that is not a quarter, a section number
  ['Quý cơ quan năm 2025', [{ kind: 'year', iso: '2025', text: 'năm 2025' }]],
  ['quý V/2025', []],
  ['Mục II/2026', []],
  // a day without its year, after "ngày" or a time of day: its ISO form says no year (--MM-DD)
  ['Chiều 11/6, Ban Thường vụ Tỉnh ủy họp', [{ kind: 'dayMonth', iso: '--06-11', text: 'Chiều 11/6' }]],
  ['(ABO) Sáng 12-10, Thủ tướng dự hội nghị', [{ kind: 'dayMonth', iso: '--10-12', text: 'Sáng 12-10' }]],
  ['lấy ngày 26/3 hằng năm là Ngày chuyển đổi số của tỉnh', [{ kind: 'dayMonth', iso: '--03-26', text: 'ngày 26/3' }]],
  ['trước ngày 15 tháng 3, các sở báo cáo', [{ kind: 'dayMonth', iso: '--03-15', text: 'ngày 15 tháng 3' }]],
  // today's time of day, a comma, the day [after a probe of a news text]
  ['Lời Tòa soạn: Sáng nay, 13.1, tại Phòng Diên Hồng', [{ kind: 'dayMonth', iso: '--01-13', text: 'Sáng nay, 13.1' }]],
  ['Hôm nay, 12/10, tỉnh tổ chức; nay, 5/6 xã đạt', [{ kind: 'dayMonth', iso: '--10-12', text: 'Hôm nay, 12/10' }]],
  // a dotted day after "ngày" [p8_cong_doan__van-ban-hop-nhat-so-3305-vbhn-bldtbxh-42445.txt]; a section's number after a time word is none [p8_bhxh__thong-tu-so-03-2025-tt-bldtbxh-44170.txt]
  ['trước ngày 15.01 của năm sau.', [{ kind: 'dayMonth', iso: '--01-15', text: 'ngày 15.01' }]],
  ['làm \nđêm  \n22.2 Thời gian lao động', []],
  // not without a lead word (a fraction, a ratio), nor an impossible day, nor the start of a full date
  ['có 11/6 huyện đạt chuẩn; tỷ lệ 3/4', []],
  ['Chiều 31/6, Sáng 12/13, ngày 0/5', []],
  ['Sáng 12/10/2024', [{ kind: 'day', iso: '2024-10-12', text: '12/10/2024' }]],
  ['ngày 15 tháng 3 năm 2024', [{ kind: 'day', iso: '2024-03-15', text: 'ngày 15 tháng 3 năm 2024' }]],
  // not dates
  ['1.693/1.733 thôn', []],
  ['tổng số 10.217 thành viên', []],
  ['Điều 15 khoản 2', []],
  ['số điện thoại 0912.345.678', []],
];

type Expected = (typeof cases)[number][1];

/** Real text, read from the corpus file it names (the test fails if the file no longer says it). */
const corpusCases: [file: string, snippet: string, expected: Expected][] = [
  // a footnote's mark run into the year after "ngày": the date ends with the year
  ['p8_thue_tncn__quyet-dinh-so-333-qd-btc-469000.txt', 'Hà Nội, ngày 23 tháng 02 năm 20264', [{ kind: 'day', iso: '2026-02-23', text: 'ngày 23 tháng 02 năm 2026', style: 'long' }]],
  ['p8_cong_doan__van-ban-hop-nhat-so-5640-vbhn-bldtbxh-43191.txt', 'được thực hiện từ ngày 01 tháng 01 năm 201671. ', [{ kind: 'day', iso: '2016-01-01', text: 'ngày 01 tháng 01 năm 2016' }]],
  ['p8_cong_doan__quyet-dinh-so-1478-qd-bldtbxh-42752.txt', 'ngày 08/10/20181 ', [{ kind: 'day', iso: '2018-10-08', text: 'ngày 08/10/2018', style: 'slash' }]],
  // a month alone in a table's cell: the plan's deadline column
  ['vnm_NQCP03__NQ03_PL2.md', '| Quyết định của Thủ tướng Chính phủ | 12/2026 |', [{ kind: 'month', iso: '2026-12', text: '12/2026' }]],
];

function expectDates(text: string, expected: Expected): void {
  const got = analyzeText(text).dates;
  expect(got.map((d) => d.text)).toEqual(expected.map((e) => e.text));
  expected.forEach((e, i) => {
    const d = got[i]!;
    expect(d.kind).toBe(e.kind);
    expect(d.iso).toBe(e.iso);
    if (e.style) expect(d.style).toBe(e.style);
    if (e.horizonKind) expect(d.horizonKind).toBe(e.horizonKind);
    expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  });
}

describe('dates', () => {
  it.each(cases)('%s', (text, expected) => expectDates(text, expected));
  it.each(corpusCases)('%s: %s', (file, snippet, expected) => expectDates(corpusSnippet(file, snippet), expected));
});

describe('a day without its year takes the year of the text around it', () => {
  const years = (text: string) => analyzeText(text).dates.filter((d) => d.kind === 'dayMonth').map((d) => d.year);
  it('from a year named before it on its line, else the text\'s dateline, else the day before it; none from a cited document\'s date or a horizon', () => {
    // a news page's dateline ([seed] 002: "Cập nhật: 19:44 | 13/09/2021")
    expect(years('Cập nhật: 19:44 | 13/09/2021\n\nChiều 11/6, Ban Thường vụ Tỉnh ủy họp. Năm 2020, ngày 15/3 tỉnh ra quân.\nSáng 16/3, đoàn công tác làm việc.')).toEqual([2021, 2020, 2021]);
    expect(years('Thực hiện Nghị quyết số 13-NQ/TU ngày 6/9/2023, đến năm 2025, chiều 11/6 tỉnh họp.')).toEqual([0]);
    expect(years('Chiều 11/6 tỉnh họp. Sáng 12/6, đoàn công tác làm việc.')).toEqual([0, 0]);
  });
  it('from the text\'s own date before its dateline', () => {
    expect(years('Cập nhật: 13/09/2021\nUBND TỈNH BẮC GIANG\nBắc Giang, ngày 20 tháng 10 năm 2022\n\nSáng 15/10, tỉnh tổ chức hội nghị.')).toEqual([2022]);
  });
  it('real text: a recurring day of a law [lit_0856f01ba7b82c27.txt]', () => {
    const a = analyzeText(corpusSnippet('lit_0856f01ba7b82c27.txt', 'Điều 6. Ngày toàn dân tiết kiệm, chống lãng phí\nNgày 31 tháng 5 hằng năm là ngày toàn dân'));
    expect(a.dates.map((d) => [d.kind, d.iso, d.text])).toEqual([['dayMonth', '--05-31', 'Ngày 31 tháng 5']]);
  });
});
