// Targets: extraction (value, unit, comparator, metric, scope, year, kind, owner) and the checks
// VB304, VB401–VB404, on the seeds (real text) and on made-up cases.
import { describe, expect, it } from 'vitest';
import { check } from '../../server/src/core/analyze';
import { parseVietnameseNumber } from '../../server/src/core/assemble/targets';
import { Registry, sourceOf } from '../../server/src/core/registry/registry';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText, brief, builtinRegistry, CORPUS, corpusSnippet, seed, SEEDS } from '../helpers';
import type { TargetMention } from '../../server/src/core/types';

const registry = builtinRegistry();
const only = (codes: string[]) => (text: string, reg: Registry = registry) =>
  brief(text, check(analyzeText(text, reg)).filter((f) => codes.includes(f.code)));
const targetFindings = only(['VB304', 'VB401', 'VB402', 'VB403', 'VB404']);

/** The target of value `value` in `text`, a snippet of corpus file `file` (checked) or "made up". */
function figureIn(file: string, text: string, value: number): TargetMention {
  if (file !== 'made up') corpusSnippet(file, text);
  const t = analyzeText(text, new Registry()).targets.find((x) => x.value === value);
  expect(t).toBeDefined();
  return t!;
}

/** One test per row [file, text, value, ...expected]: what `read` gives of the figure of that value is the rest of the row. */
function eachFigure<E extends unknown[]>(cases: [string, string, number, ...E][], read: (t: TargetMention) => E): void {
  it.each(cases)('[%s] %s', (file, text, value, ...expected) => {
    expect(read(figureIn(file, text, value))).toEqual(expected);
  });
}

describe('Vietnamese numbers', () => {
  it.each([
    ['1.845', 1845],
    ['81,2', 81.2],
    ['13,5', 13.5],
    ['1.500', 1500],
    ['10.217', 10217],
    ['500.000', 500000],
    ['99', 99],
    ['1.234,5', 1234.5],
  ])('%s = %d', (text, value) => expect(parseVietnameseNumber(text)).toBe(value));
});

describe('extraction', () => {
  const cases: [string, { value: number; unit: string; comparator: string; metric?: string; scope?: string | null; year?: number | null; kind?: string }[]][] = [
    ['Đến năm 2025, trên 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.', [{ value: 90, unit: '%', comparator: '>', scope: 'cấp tỉnh', year: 2025, kind: 'goal', metric: 'hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng' }]],
    ['Phấn đấu đến năm 2030 tối thiểu 50% doanh nghiệp sử dụng nền tảng số.', [{ value: 50, unit: '%', comparator: '>=', year: 2030, kind: 'goal' }]],
    ['Mục tiêu đến năm 2025 có ít nhất 1.000 doanh nghiệp số.', [{ value: 1000, unit: 'doanh nghiệp', comparator: '>=', kind: 'goal' }]],
    ['Đến năm 2025 kinh tế số chiếm khoảng 20% GRDP.', [{ value: 20, unit: '%', comparator: '~', metric: 'kinh tế số GRDP' }]],
    // a year that opens the metric is the target's, not part of what it measures
    ['Theo Quyết định 411/QĐ-TTg ngày 31/3/2022, mục tiêu đến năm 2025 kinh tế số chiếm 20% GDP.', [{ value: 20, unit: '%', comparator: '=', metric: 'kinh tế số GDP', year: 2025, kind: 'goal' }]],
    ['Đến năm 2025 tỷ lệ thất nghiệp dưới 3%.', [{ value: 3, unit: '%', comparator: '<' }]],
    // a quarter names its year too [p8_hd_kinh_te__nghi-quyet-so-122-nq-cp-469492.txt]
    ['tra, hướng dẫn các địa phương thực hiện. Trong quý III năm 2026, hoàn thành cắt \ngiảm 50% thời gian giải quyết thủ tục hành chính', [{ value: 50, unit: '%', comparator: '=', year: 2026 }]],
    ['Đảm bảo 100% dịch vụ công đủ điều kiện trực tuyến toàn trình trong quý III năm 2026.', [{ value: 100, unit: '%', comparator: '=', year: 2026 }]],
    ['Đến năm 2025 nợ công không quá 60% GDP.', [{ value: 60, unit: '%', comparator: '<=' }]],
    ['Đến năm 2025 độ che phủ rừng 42%.', [{ value: 42, unit: '%', comparator: '=' }]],
    ['Đến nay, tỷ lệ hồ sơ trực tuyến đạt 81,2%.', [{ value: 81.2, unit: '%', comparator: '=', kind: 'achievement' }]],
    ['Tính đến cuối năm 2022, tỷ lệ văn bản điện tử đạt 99%.', [{ value: 99, unit: '%', comparator: '=', year: 2022, kind: 'achievement' }]],
    [
      'Đến năm 2025, trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.',
      [
        { value: 90, unit: '%', comparator: '>', scope: 'cấp tỉnh', metric: 'hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng' },
        { value: 80, unit: '%', comparator: '=', scope: 'cấp huyện', metric: 'hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng' },
        { value: 70, unit: '%', comparator: '=', scope: 'cấp xã', metric: 'hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng' },
      ],
    ],
    [
      'Đến năm 2025, hạ tầng mạng băng rộng cáp quang phủ trên 80% hộ gia đình và đạt 100% cấp xã.',
      [
        { value: 80, unit: '%', comparator: '>', scope: 'hộ gia đình', metric: 'hạ tầng mạng băng rộng cáp quang hộ gia đình' },
        { value: 100, unit: '%', comparator: '=', scope: 'cấp xã', metric: 'hạ tầng mạng băng rộng cáp quang cấp xã' },
      ],
    ],
    // an obligation is what a legal text lays down, no goal; it may stand between the comparator and the figure [p8_chinh_sach_dn__nghi-quyet-so-6616-2026-nq-cp-469362.txt]
    ['giáo dục thì mức đầu tư ít nhất phải đạt 70% mức đầu tư quy định tại điểm a \nkhoản 4 Điều 17 Nghị định số 125/2024/NĐ-CP;', [{ value: 70, unit: '%', comparator: '>=', kind: 'provision' }]],
    ['3. Không phải là cổ đông, thành viên góp vốn hoặc cùng với người có liên \nquan sở hữu trực tiếp hoặc gián tiếp thông qua ủy quyền, ủy thác đầu tư sở hữu \ntrên 5% vốn điều lệ của 01 công ty quản lý quỹ đầu tư chứng khoán tại Việt Nam;', [{ value: 5, unit: '%', comparator: '>', kind: 'provision', metric: 'vốn điều lệ của 01 công ty quản lý quỹ đầu tư chứng khoán tại Việt Nam' }]],
    // "bên phải" is the right-hand side, no obligation: no cue, so the default [p8_hd_kinh_te__nghi-dinh-so-153-2026-nd-cp-469525.txt]
    ['biên giới quốc gia trên cầu Hồ Kiều II chạy dọc theo \nđường biên giới quốc gia về phía bên phải khoảng \n6 km đến mốc giới số 105 toạ độ (9071397592).', [{ value: 6, unit: 'km', comparator: '~', kind: 'achievement' }]],
    // not targets: population counts, phone numbers, article numbers, dates
    ['Tỉnh có 1.200.000 dân, số điện thoại 0237.3852.123, theo Điều 5 khoản 2 ngày 12/4/2022.', []],
  ];
  it.each(cases)('%s', (text, expected) => {
    const got = analyzeText(text, new Registry()).targets;
    expect(got.map((t) => t.value)).toEqual(expected.map((e) => e.value));
    expected.forEach((e, i) => {
      const t = got[i]!;
      expect(t.unit).toBe(e.unit);
      expect(t.comparator).toBe(e.comparator);
      if (e.metric) expect(t.metric.toLowerCase()).toBe(e.metric.toLowerCase());
      if ('scope' in e) expect(t.scope).toBe(e.scope);
      if ('year' in e) expect(t.year).toBe(e.year);
      if (e.kind) expect(t.kind).toBe(e.kind);
      expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
    });
  });
});

describe('where a metric stops', () => {
  it.each([
    // a colon opens what follows, a list or a definition
    ['p8_chinh_sach_dn__nghi-quyet-so-6616-2026-nq-cp-469362.txt', '1. Có ít nhất 04 người trực tiếp tham gia công tác vận hành đáp ứng các \nđiều kiện sau đây: \na) Có bằng', [[4, '>=', 'người trực tiếp tham gia công tác vận hành đáp ứng các điều kiện sau đây']]],
    // a conjunction before another figure and its comparator ends the phrase
    ['lit_c55c089ca04ccb7f.txt', 'đóng góp khoảng 50% GDP và hơn 30% tổng thu ngân sách nhà nước.', [[50, '~', 'GDP'], [30, '>', 'tổng thu ngân sách nhà nước']]],
    ['lit_62d2c84654592f1d.txt', 'vốn đầu tư có giá trị không quá 50% vốn chủ sở hữu hoặc không quá\n50% vốn đầu tư của chủ sở hữu trong trường hợp', [[50, '<=', 'vốn chủ sở hữu'], [50, '<=', 'vốn đầu tư của chủ sở hữu trong trường hợp']]],
    // the figure restated in signs is no figure of its own, and the phrase goes on past it
    ['p8_hd_kinh_te__nghi-quyet-so-19-2026-nq-cp-469466.txt', '3. Miễn trừ cấp Giấy phép sản xuất, nhập khẩu đối với hóa chất cấm có nồng \nđộ dưới 0,1% (<0,1%) khối lượng của hỗn hợp chất.', [[0.1, '<', 'khối lượng của hỗn hợp chất']]],
    ['p8_hd_kinh_te__nghi-quyet-so-19-2026-nq-cp-469466.txt', 'đặc biệt nhóm 1 có hàm lượng nhỏ hơn hoặc bằng 1% (≤1%) khối lượng của hỗn', [[1, '<=', 'khối lượng của hỗn']]],
  ])('%s: %s', (file, text, expected) => {
    corpusSnippet(file, text);
    const got = analyzeText(text, new Registry()).targets;
    expect(got.map((t) => [t.value, t.comparator, t.metric])).toEqual(expected);
  });
  // a list item's bullet is no word of its metric; "các ngành, lĩnh vực" is one enumeration; "R\&D" is an escape;
  // a count after a label's colon has the label for its metric, unless the label opens an enumeration ("bao gồm:")
  eachFigure<[string]>([
    ['vnm_NQ57__bangoc.md', '\\- Kinh phí chi cho nghiên cứu phát triển (R\\&D) đạt 2% GDP', 2, 'Kinh phí chi cho nghiên cứu phát triển (R&D) GDP'],
    ['p8_thue_tncn__van-ban-hop-nhat-so-03-vbhn-btc-468970.txt', '- Xỉ titan có hàm lượng TiO2 ≥ 85%', 85, 'Xỉ titan có hàm lượng TiO2'],
    ['vnm_NQ57__bangoc.md', 'bảo đảm kinh tế số các ngành, lĩnh vực chiếm tối thiểu 70% kinh tế số', 70, 'bảo đảm kinh tế số các ngành, lĩnh vực kinh tế số'],
    ['made up', '+ Tỷ lệ hộ gia đình có cáp quang đạt 85%.', 85, 'Tỷ lệ hộ gia đình có cáp quang'],
    ['vnm_CPbaocaot5.md', 'Số doanh nghiệp cung cấp dịch vụ trung tâm dữ liệu: 12 doanh nghiệp.', 12, 'Số doanh nghiệp cung cấp dịch vụ trung tâm dữ liệu doanh nghiệp'],
    ['p8_hdld__nghi-dinh-so-145-2020-nd-cp-32732.txt', '1. Hội đồng tiền lương quốc gia có 17 thành viên, bao gồm: 05 thành viên đại \ndiện của Bộ Lao động', 5, 'thành viên đại diện của Bộ Lao động'],
    ['made up', 'Điều 1. Dự toán thu ngân sách nhà nước trên địa bàn năm 2025\nTổng thu ngân sách nhà nước trên địa bàn: 20.850 tỷ đồng, gồm:\na) Thu nội địa: 17.350 tỷ đồng;', 17350, 'Thu nội địa tỷ đồng'],
    ['made up', 'Điều 1. Dự toán thu ngân sách nhà nước trên địa bàn năm 2025\nTổng thu ngân sách nhà nước trên địa bàn: 20.850 tỷ đồng, gồm:\na) Thu nội địa: 17.350 tỷ đồng;', 20850, 'Tổng thu ngân sách nhà nước trên địa bàn tỷ đồng'],
  ], (t) => [t.metric]);
  it('digits grouped neither the Vietnamese way nor the English way are no figure (lit_fd7d897c79f29147.txt)', () => {
    corpusSnippet('lit_fd7d897c79f29147.txt', '6.616.3 tỷ đồng');
    expect(analyzeText('Quỹ Bảo hiểm y tế ước tính: 6.616.3 tỷ đồng.', new Registry()).targets).toEqual([]);
  });
  it('a restatement with a sign gives its comparator to a bare figure (made up)', () => {
    const got = analyzeText('hàm lượng 1% (≤1%) khối lượng của hỗn hợp chất.', new Registry()).targets;
    expect(got.map((t) => [t.value, t.comparator, t.metric, t.text])).toEqual([[1, '<=', 'khối lượng của hỗn hợp chất', '1% (≤1%) khối lượng của hỗn hợp chất']]);
  });
});

describe('a comparator that ends the line before the figure', () => {
  it.each([
    ['p8_chinh_sach_dn__nghi-quyet-so-6616-2026-nq-cp-469362.txt', 'Tổng số vốn đầu tư ít nhất được \ntính toán căn cứ thời điểm có quy mô dự kiến cao nhất, nhưng không thấp hơn \n50 tỷ đồng.', [[50, '>=', 'không thấp hơn \n50 tỷ đồng']]],
    // a comparator before a colon, or before a modal and its link ("ít nhất phải bằng")
    ['p8_hd_kinh_te__nghi-quyet-so-24-2026-nq-cp-469471.txt', 'tối thiểu: 50 tỷ đồng đối với \ndịch vụ ví điện tử', [[50, '>=', 'tối thiểu: 50 tỷ đồng đối với \ndịch vụ ví điện tử']]],
    ['vlc_Bo-Luat-lao-dong-2019-333670.txt', 'Tiền lương theo công việc mới ít nhất phải bằng 85% tiền lương của công việc cũ', [[85, '>=', 'ít nhất phải bằng 85% tiền lương của công việc cũ']]],
    // "từ 50% đến dưới\n100%": the two ends of one range
    ['p8_uu_dai_dt__thong-tu-so-07-2025-tt-bkhdt-44169.txt', 'cổ phần, công ty hợp danh là công ty độc lập do tư nhân nắm giữ từ 50% đến dưới \n100% vốn điều lệ.', [[50, '=', '50% đến dưới \n100% vốn điều lệ'], [100, '<', 'dưới \n100% vốn điều lệ']]],
  ])('%s: %s', (file, text, expected) => {
    corpusSnippet(file, text);
    const got = analyzeText(text, new Registry()).targets;
    expect(got.map((t) => [t.value, t.comparator, t.text])).toEqual(expected);
  });
});

describe('target years', () => {
  const yearsOf = (text: string) => analyzeText(text, new Registry()).targets.map((t) => [t.value, t.year]);
  it.each([
    // a compared year or period is the base of a change, not the target's year
    [
      'p8_chinh_sach_dn__nghi-quyet-so-109-nq-cp-469403.txt',
      'Hoàn thành việc cắt giảm 50% thời gian giải quyết thủ tục hành \nchính, 50% chi phí tuân thủ thủ tục hành chính của năm 2026 so \nvới năm 2024 (ở Trung ương và địa phương) và phấn đấu tiếp tục \ncắt giảm tối thiểu 30% các ngành nghề kinh doanh có điều kiện, \n100% các điều kiện kinh doanh không cần thiết;',
      [[50, null], [50, 2026], [30, 2026], [100, 2026]],
    ],
    ['p8_chinh_sach_dn__nghi-quyet-so-109-nq-cp-469403.txt', 'nguyên tắc bố trí vốn tập trung, không dàn trải, giảm số lượng dự án tối thiểu \n30% so với giai đoạn 2021 - 2025, ưu tiên bố trí', [[30, null]]],
    ['lit_630abbce53c344c6.txt', 'Quy mô thị trường TMĐT Việt Nam năm 2024 đã đạt mốc 25 tỷ USD, tăng\ntrưởng 20% so với năm 2023, đóng góp', [[20, 2024]]],
    // a year in parentheses right after the figure is its own, over the year before it
    ['lit_47f278b10c4f663f.txt', 'Tuy nhiên, tỷ lệ bà mẹ mang thai được sàng lọc trước sinh mới đạt 18% (2024), tỷ lệ trẻ em sinh ra', [[18, 2024]]],
    ['lit_5961d186f30c9a97.txt', 'chỉ số phá sản doanh nghiệp3 của Việt Nam xếp thứ\n129 (năm 2017)', [[129, 2017]]],
  ])('%s: %s', (file, text, years) => {
    corpusSnippet(file, text);
    expect(yearsOf(text)).toEqual(years);
  });

  it('a goal far under its heading takes the horizon the heading names [vnm_NQ57__bangoc.md]', () => {
    const file = readFileSync(join(CORPUS, 'vnm_NQ57__bangoc.md'), 'utf8');
    const end = 'tỉ lệ khai thác thương mại đạt 8 \\- 10%.';
    const text = file.slice(file.indexOf('**1\\. Đến năm 2030**'), file.indexOf(end) + end.length);
    expect(text.length).toBeGreaterThan(2000); // further than a goal's own reach back for a year
    // "… tăng trung bình 10%/năm; … tăng trung bình 16 \\- 18%/năm, tỉ lệ khai thác thương mại đạt 8 \\- 10%."
    const last = analyzeText(text, new Registry()).targets.slice(-5);
    expect(last.map((t) => [t.value, t.kind, t.year])).toEqual([[10, 'goal', 2030], [16, 'goal', 2030], [18, 'goal', 2030], [8, 'goal', 2030], [10, 'goal', 2030]]);
  });

  it('a result reported takes no year from "định hướng đến năm 2030" or "tầm nhìn đến năm 2045"; a goal does [lit_29a49df826e64cf9.txt]', () => {
    const text = corpusSnippet('lit_29a49df826e64cf9.txt', 'Bộ Công Thương cũng đã\ntham gia, hoàn thiện hành lang pháp lý và có đề xuất hoàn thiện pháp luật về dịch\nvụ tin cây tại Luật Giao dịch điện tử 2023, quy định rõ đối với hoạt động chứng\nthực hợp đồng điện tử để đảm bảo việc ứng dụng Hợp đồng điện tử an toàn trong\ngiao dịch điện tử. Hướng đến mục tiêu cơ bản đến năm 2025, tỷ lệ doanh nghiệp\nsử dụng hợp đồng điện tử đạt trên 80% được giao tại Quyết định số 411/QĐ-TTg\ncủa Thủ tướng Chính phủ Phê duyệt Chiến lược quốc gia phát triển kinh tế số và\nxã hội số đến năm 2025, định hướng đến năm 2030. Theo điều tra của Bộ Công\nThương, tỷ lệ doanh nghiệp có sử dụng hợp đồng điện tử là 41%');
    expect(analyzeText(text, new Registry()).targets.map((t) => [t.value, t.kind, t.year])).toEqual([[80, 'goal', 2025], [41, 'achievement', 2025]]);
    expect(yearsOf('Kế hoạch giai đoạn 2021 - 2025, tầm nhìn đến năm 2045. Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 90%.')).toEqual([[90, 2045]]);
  });

  it.each([
    ['lit_ac8b36b12e726355.txt', 'Qua quá trình tổng kết, tính đến hết tháng 06 năm 2025, Việt Nam đã có 1.916 dự án đầu tư ra nước ngoài còn hiệu lực với tổng vốn đầu tư Việt Nam hơn 23 tỷ USD.', 23, 2025],
    ['lit_8025987f427ddf33.txt', 'tính đến 01/4/2019, trừ dân tộc Kinh; 53 dân tộc thiểu số còn lại có 14,1 triệu người, chiếm 14,7% tổng dân số cả nước.', 14.7, 2019],
    // "hiện nay" before the day counted to: the day dates the result
    ['lit_07ae474827ad5469.txt', 'Lý do: Hiện nay tính đến 30/6/2025 tổng số nợ đất là 103.000 tỷ đồng, chiếm 44,3% tổng số nợ toàn quốc đang theo dõi', 44.3, 2025],
  ])('a result counted "tính đến" a day or month is of its year [%s]', (file, text, value, year) => {
    corpusSnippet(file, text);
    const t = analyzeText(text, new Registry()).targets.find((x) => x.value === value)!;
    expect([t.kind, t.year]).toEqual(['achievement', year]);
  });

  it('a goal takes no year from the title of a document cited in a paragraph before it; in its own paragraph it does', () => {
    const intro = 'Thực hiện Nghị quyết số 09-NQ/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh ủy về chuyển đổi số tỉnh Nghệ An đến năm 2025, định hướng đến năm 2030; Sở báo cáo như sau:\n\n';
    expect(yearsOf(`${intro}- Tỷ lệ hồ sơ được xử lý trên môi trường mạng (chỉ tiêu Nghị quyết số 09 đề ra là 90%).`)).toEqual([[90, null]]);
    expect(yearsOf('Thực hiện Kế hoạch số 312/KH-UBND ngày 20/5/2022 của UBND tỉnh về chuyển đổi số đến năm 2025, trong đó: phấn đấu 80% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.')).toEqual([[80, 2025]]);
    // a goal word after the citation states a year of goals, not of the title
    const goalYear = 'Thực hiện Nghị quyết số 55-NQ/TU ngày 06/9/2023 của Tỉnh ủy về chuyển đổi số, mục tiêu đến năm 2025, các cấp triển khai đồng bộ.\n\n';
    expect(yearsOf(`${goalYear}Phấn đấu tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường mạng đạt 60%.`)).toEqual([[60, 2025]]);
  });

  it('a result reported "đến nay", "hiện nay" is of the year the text is dated, not of a year named before it [vnm_CPbaocaot5.md]', () => {
    const file = readFileSync(join(CORPUS, 'vnm_CPbaocaot5.md'), 'utf8');
    const a = analyzeText(file, new Registry());
    expect(a.ownDate?.iso).toBe('2025-05-25'); // "Hà Nội, ngày 25 tháng 5 năm 2025"
    const at = file.indexOf('hiện nay 100% các bộ, ngành, địa phương đã thành lập');
    const t = a.targets.find((x) => x.span.start > at && x.value === 100)!;
    expect([t.kind, t.year]).toEqual(['achievement', 2025]);
    const header = 'ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nSố: 12/BC-UBND\nThanh Hóa, ngày 15 tháng 12 năm 2024\n\n';
    const body = 'Thực hiện Kế hoạch số 55/KH-UBND về chuyển đổi số đến năm 2025, đến nay, 95% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng. Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 80%; đến nay đạt 90%.';
    expect(yearsOf(header + body)).toEqual([[95, 2024], [80, 2023], [90, 2024]]);
    // an undated text: no year rather than the plan's or the year before
    expect(yearsOf(body)).toEqual([[95, null], [80, 2023], [90, null]]);
    // "so với hiện nay" is the base of a comparison, not the time of the result
    expect(yearsOf(header + 'Năm 2023, thời gian giải quyết hồ sơ giảm 20% so với hiện nay.')).toEqual([[20, 2023]]);
  });
});

describe('seeds (real text)', () => {
  it('001 restates 13-NQ/TU\'s targets correctly: every goal is owned by it, no VB401', () => {
    const text = seed('001_cb33b17ca0b7b813.txt');
    const a = analyzeText(text, registry);
    const goals = a.targets.filter((t) => t.kind === 'goal');
    expect(goals.length).toBeGreaterThanOrEqual(8);
    for (const g of goals) {
      const r = a.resolutions[g.owner!]!;
      expect(r.status === 'resolved' && r.entry.entry.symbol).toBe('13-NQ/TU');
      expect(g.year).toBe(2025);
    }
    expect(targetFindings(text)).toEqual([]);
  });

  it('002 restates 111-NQ/TU\'s targets correctly: no VB401', () => {
    expect(targetFindings(seed('002_627955a7f9937946.txt'))).toEqual([]);
  });

  it('a copy of 001 with "60% hồ sơ công việc tại cấp xã" gives VB401 with the fix', () => {
    const text = seed('001_cb33b17ca0b7b813.txt').replace('70% hồ sơ công việc tại cấp xã', '60% hồ sơ công việc tại cấp xã');
    const findings = check(analyzeText(text, registry));
    expect(brief(text, findings)).toEqual(['VB401@60']);
    expect(findings[0]!.fixes[0]!.edits[0]!.newText).toBe('70');
    expect(findings[0]!.message.vi).toContain('13-NQ/TU');
  });

  describe('a plan that carries out a document sets that document\'s goals as its own: they are compared with it [after a probe of a Quảng Ngãi plan]', () => {
    const plan = (goals: string, header = 'Số: 38/KH-UBND\nQuảng Ngãi, ngày 20 tháng 02 năm 2024\n') =>
      `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n${header}KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 13-NQ/TU NGÀY 06/9/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX VỀ\nCHUYỂN ĐỔI SỐ TỈNH QUẢNG NGÃI ĐẾN NĂM 2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030\nThực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy; trên cơ sở đề xuất của Sở Thông tin và Truyền thông tại Tờ trình số 202/TTr-STTTT ngày 31/01/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch với nội dung như sau:\nI. MỤC TIÊU\n1.1. Mục tiêu cơ bản đến năm 2025\n${goals}\n`;
    const goals = '- Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.';
    it('owns its goals by the document named after "triển khai thực hiện", and says so', () => {
      const a = analyzeText(plan(goals), registry);
      const owners = a.targets.map((t) => [a.citations[t.owner!]!.symbol, t.implementing]);
      expect(owners).toEqual([['13-NQ/TU', true], ['13-NQ/TU', true], ['13-NQ/TU', true]]);
      expect(targetFindings(plan(goals))).toEqual([]);
    });
    it('a lower floor is VB401, a higher one is the plan\'s right; a different value of an exact target is VB401', () => {
      expect(targetFindings(plan(goals.replace('Trên 90%', 'Trên 85%')))).toEqual(['VB401@85']);
      expect(targetFindings(plan(goals.replace('Trên 90%', 'Trên 95%')))).toEqual([]);
      expect(targetFindings(plan(goals.replace('Trên 90%', 'Dưới 95%')))).toEqual(['VB401@95']);
      expect(targetFindings(plan(goals.replace('và 70%', 'và 75%')))).toEqual(['VB401@75']);
    });
    it('not in a text that does not declare itself (a news report), where the nearest citation owns a figure', () => {
      const a = analyzeText(plan(goals, ''), registry);
      expect(a.targets.some((t) => t.implementing)).toBe(false);
    });
    it('real text: a Government programme carrying out 57-NQ/TW [vnm_NQCP03__Kehoachgoc.md]', () => {
      const text = readFileSync(join(CORPUS, 'vnm_NQCP03__Kehoachgoc.md'), 'utf8');
      const a = analyzeText(text, registry);
      const goal = a.targets.find((t) => t.kind === 'goal' && t.value === 5 && t.year === 2030 && t.metric === 'dự án');
      expect(goal && a.citations[goal.owner!]!.symbol).toBe('57-NQ/TW');
      expect(goal!.implementing).toBe(true);
    });
  });

  it('004: "9.056/1.805 dịch vụ công trực tuyến" is a part larger than its whole', () => {
    expect(targetFindings(seed('004_e0d6b72e0ffed4f2.txt'))).toEqual(['VB403@9.056/1.805']);
  });

  it('000: "1.693/1.733 … đạt 81,2%" is 97,7%; the totals that add up stay silent', () => {
    const text = seed('000_a1f4c7e40e8ca17c.txt');
    const findings = check(analyzeText(text, registry)).filter((f) => f.code === 'VB403');
    expect(brief(text, findings)).toEqual(['VB403@81,2']);
    expect(findings[0]!.message.vi).toContain('97,7%');
    const a = analyzeText(text, registry);
    expect(a.breakdowns.map((b) => `${b.total}=${b.parts.map((p) => p.value).join('+')}`)).toEqual(['1845=138+1707', '10217=1351+8866']);
    // the shares of the ratios are metrics of what the ratios count
    expect(a.targets.filter((t) => t.value === 81.2 || (t.value === 97 && t.comparator === '~')).map((t) => t.metric)).toEqual([
      'thôn, bản, tổ dân phố đã có hạ tầng Internet cáp quang',
      'phủ sóng thông tin di động đến thôn',
    ]);
  });
});

describe('national targets in the built-in registry (57-NQ/TW from its full text, 749/QĐ-TTg)', () => {
  it('57-NQ/TW\'s own text restates its targets: no VB401 (real text)', () => {
    const text = readFileSync(join(CORPUS, 'vnm_NQ57__bangoc.md'), 'utf8');
    expect(analyzeText(text, registry).targets.filter((t) => t.kind === 'goal' && t.year === 2030).length).toBeGreaterThanOrEqual(15);
    expect(targetFindings(text)).toEqual([]);
  });
  it('a misquoted NQ 57 goal gives VB401 with the fix; its other goals quoted right give nothing (made up)', () => {
    const text = 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị đặt mục tiêu đến năm 2030, quy mô kinh tế số đạt tối thiểu 25% GDP; Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á về nghiên cứu và phát triển trí tuệ nhân tạo; tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 80%.';
    const findings = check(analyzeText(text, registry)).filter((f) => f.code === 'VB401');
    expect(brief(text, findings)).toEqual(['VB401@25']);
    expect(findings[0]!.fixes[0]!.edits[0]!.newText).toBe('30');
  });
  it('749/QĐ-TTg\'s 2025 goals: a share of GDP and a rank (made up)', () => {
    const text = 'Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ đặt mục tiêu đến năm 2025 kinh tế số chiếm 30% GDP, Việt Nam thuộc nhóm 50 nước dẫn đầu về Chính phủ điện tử (EGDI), hạ tầng băng rộng cáp quang phủ trên 80% hộ gia đình, 100% xã.';
    const findings = check(analyzeText(text, registry)).filter((f) => f.code === 'VB401');
    expect(brief(text, findings)).toEqual(['VB401@30', 'VB401@50']);
    expect(findings[1]!.message.vi).toContain('là nhóm 70; văn bản này ghi nhóm 50');
  });
  it('a province\'s own share of GRDP is not the national share of GDP: no VB401 (made up)', () => {
    expect(targetFindings('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, tỉnh phấn đấu đến năm 2030 kinh tế số chiếm 25% GRDP.')).toEqual([]);
    expect(targetFindings('Theo Quyết định số 749/QĐ-TTg ngày 03/6/2020, đến năm 2025 kinh tế số của tỉnh chiếm 10% GRDP.')).toEqual([]);
  });
  it('a share of something other than GDP is not the share of GDP (lit_29a49df826e64cf9.txt: "70% kinh tế số", real text)', () => {
    const file = 'lit_29a49df826e64cf9.txt';
    const text = readFileSync(join(CORPUS, file), 'utf8');
    corpusSnippet(file, 'bảo đảm kinh tế số các ngành, lĩnh\nvực chiếm tối thiểu 70% kinh tế số');
    expect(targetFindings(text).filter((f) => f.startsWith('VB401'))).toEqual([]);
  });
});

describe('a change and a level are two targets ("tăng 2%" is no level of 2%)', () => {
  eachFigure<[boolean]>([
    ['made up', 'Năm 2025, tỷ lệ che phủ rừng tăng 2% so với năm 2024.', 2, true],
    ['made up', 'Năm 2025, tỷ lệ che phủ rừng tăng lên 54%.', 54, false],
    ['made up', 'Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm.', 1.5, true],
    ['made up', 'Tỷ lệ hộ nghèo giảm xuống còn khoảng 2%.', 2, false],
    ['lit_05e488fd0448ecf2.txt', 'giảm ít nhất 30% thời gian giải quyết của các thủ tục hành chính', 30, true],
    ['vnm_DHQG__cldhqg.md', 'số lượng công bố khoa học quốc tế tăng trung bình 10%/năm', 10, true],
    ['lit_159ef55056efd25f.txt', 'tổng doanh thu phí bảo hiểm ước đạt 239.636\ntỷ đồng (giảm 3,29% so với năm 2022)', 3.29, true],
    // an upper bound after "giảm …": the level to stay under
    ['lit_07ae474827ad5469.txt', 'phấn đấu giảm tỷ lệ nợ đọng thuế dưới 5% tổng thu ngân sách nhà nước', 5, false],
    // the level reached after "lên"
    ['lit_fd7d897c79f29147.txt', '+ Đến năm 2025, tăng mức đóng lên 5,1%: ngân sách nhà nước chi bổ sung', 5.1, false],
    // growth, impairment and value added are no change verbs, across a line break too
    ['lit_29a49df826e64cf9.txt', 'đã đạt mốc 25 tỷ USD, tăng\ntrưởng 20% so với năm 2023', 20, false],
    ['p8_bhxh__van-ban-hop-nhat-so-19-vbhn-vpqh-30971.txt', 'a) Suy giảm 31% khả năng lao động thì được hưởng bằng 30% mức l', 31, false],
    ['made up', 'thuế suất thuế giá trị gia\ntăng 5% áp dụng cho', 5, false],
    // a rate of change, as registry targets name it ("tốc độ tăng năng suất lao động hằng năm")
    ['lit_4400204b2a345ae3.txt', 'trong đó, tốc độ tăng thu nội địa bình quân khoảng 7,3%/năm.', 7.3, true],
    ['lit_8025987f427ddf33.txt', 'Tỷ lệ tăng dân số bình quân năm giai đoạn 2009-2019 của các DTTS là 1,42%', 1.42, true],
    // a verb in a clause of the wording names no change of the figure
    ['made up', 'Năm 2024, nhà giáo ngoài công lập chiếm trên 10% tổng số giáo viên và sẽ tiếp tục tăng trong thời gian tới.', 10, false],
  ], (t) => [t.change]);

  it('percentage points are a figure of their own, and the share after them keeps the metric (lit_f4629bf2588e6474.txt, and made up)', () => {
    const imf = corpusSnippet('lit_f4629bf2588e6474.txt', 'Quỹ Tiền tệ Quốc tế (IMF) đưa ra dự báo 2,8%, giảm 0,5 điểm phần trăm.');
    expect(analyzeText(imf).targets.map((t) => [t.value, t.unit, t.change])).toEqual([[2.8, '%', false], [0.5, 'điểm phần trăm', true]]);
    const forest = analyzeText('Năm 2025, tỷ lệ che phủ rừng tăng 1,2 điểm phần trăm, đạt 54%.').targets;
    expect(forest.map((t) => [t.value, t.unit, t.metric, t.change])).toEqual([
      [1.2, 'điểm phần trăm', 'tỷ lệ che phủ rừng', true],
      [54, '%', 'tỷ lệ che phủ rừng', false],
    ]);
  });
  it('a share naming only its base after a change takes the change\'s metric, without its comparison (made up)', () => {
    const [rise, level] = analyzeText('Năm 2025, tỷ trọng kinh tế số tăng 2% so với năm 2024, đạt 18,3% GDP.').targets;
    expect(rise!.metric).toBe('tỷ trọng kinh tế số so với năm 2024');
    expect(level!.metric).toBe('tỷ trọng kinh tế số GDP');
  });

  const reg = new Registry([
    sourceOf('r.json', [
      {
        symbol: '13-NQ/TU',
        targets: [
          { metric: 'tỷ lệ che phủ rừng', year: 2025, comparator: '>=', value: 54, unit: '%' },
          { metric: 'giảm thời gian giải quyết thủ tục hành chính', year: 2025, comparator: '>=', value: 30, unit: '%' },
        ],
      },
    ]),
  ]);
  it('VB404 compares a level with a level: a rise of 2% is not short of a 54% goal; 50% is', () => {
    const text = 'Thực hiện Nghị quyết số 13-NQ/TU, năm 2025 tỷ lệ che phủ rừng đã tăng 2% so với năm 2024.';
    expect(targetFindings(text, reg)).toEqual([]);
    expect(targetFindings('Thực hiện Nghị quyết số 13-NQ/TU, năm 2025 tỷ lệ che phủ rừng đã đạt 50%.', reg)).toEqual(['VB404@50']);
  });
  it('VB401 compares a change with a change: the registry\'s "giảm …" target is one, "đạt 20%" is no restatement of it', () => {
    expect(targetFindings('Nghị quyết số 13-NQ/TU đặt mục tiêu đến năm 2025 giảm 20% thời gian giải quyết thủ tục hành chính.', reg)).toEqual(['VB401@20']);
    expect(targetFindings('Nghị quyết số 13-NQ/TU đặt mục tiêu đến năm 2025 thời gian giải quyết thủ tục hành chính đạt 20%.', reg)).toEqual([]);
  });
  it('57-NQ/TW\'s "tăng trung bình hằng năm" target is a change: a misquoted rate gets VB401 (made up)', () => {
    const text = 'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị đặt mục tiêu đến năm 2030, số lượng công bố khoa học quốc tế tăng trung bình 12%/năm.';
    const findings = check(analyzeText(text, registry)).filter((f) => f.code === 'VB401');
    expect(brief(text, findings)).toEqual(['VB401@12']);
    expect(findings[0]!.fixes[0]!.edits[0]!.newText).toBe('10');
  });
  it('a registry target says it is a change with `change`, whatever its wording', () => {
    const stated = new Registry([sourceOf('r.json', [{ symbol: '13-NQ/TU', targets: [{ metric: 'thời gian giải quyết thủ tục hành chính', change: true, year: 2025, comparator: '>=', value: 30, unit: '%' }] }])]);
    expect(targetFindings('Nghị quyết số 13-NQ/TU đặt mục tiêu đến năm 2025 giảm 20% thời gian giải quyết thủ tục hành chính.', stated)).toEqual(['VB401@20']);
  });
});

describe('a document named in a body\'s name owns no figure [after a probe of an Điện Biên news text]', () => {
  it('"Trưởng Ban chỉ đạo Cải cách hành chính, Chuyển đổi số và Đề án 06 tỉnh" is a title, not the source of the figures after it', () => {
    const text = 'Dự hội nghị có đồng chí Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo Cải cách hành chính, Chuyển đổi số và Đề án 06 tỉnh. Năm 2024, Việt Nam có 87% dân số sử dụng điện thoại thông minh.';
    const a = analyzeText(text, registry);
    expect(a.citations.map((c) => c.text)).toEqual(['Đề án 06']);
    expect(a.targets.map((t) => [t.value, t.owner])).toEqual([[87, null]]);
    // named as a document, it still owns: "Thực hiện Đề án 06, …"
    expect(analyzeText('Thực hiện Đề án 06, năm 2024 có 87% dân số được cấp căn cước điện tử.', registry).targets.map((t) => t.owner)).toEqual([0]);
  });
  it('"so với cuối năm 2023" is a year compared with, not the figure\'s', () => {
    const t = figureIn('made up', 'Năm 2024, tỷ lệ hộ gia đình sử dụng internet cáp quang tăng 2,6% so với cuối năm 2023.', 2.6);
    expect([t.year, t.metric]).toEqual([2024, 'tỷ lệ hộ gia đình sử dụng internet cáp quang so với cuối năm 2023']);
  });
});

describe('whose goals: a text with its own heading sets its own (made up, after a probe of a Tỉnh ủy resolution)', () => {
  const head = 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY NINH BÌNH\n*\nSố 25-NQ/TU\nNinh Bình, ngày 18 tháng 3 năm 2025\n\nNGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\n\n';
  const preamble = 'Thực hiện Nghị quyết số 57-NQ/TW, ngày 22-12-2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Chấp hành Đảng bộ tỉnh thống nhất ban hành Nghị quyết với những nội dung sau:\n\n';
  const goals = 'II. MỤC TIÊU\n1. Mục tiêu đến năm 2030\n1.1. Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp đạt trên 90%.\n1.2. Có ít nhất 500 doanh nghiệp công nghệ số.\n';
  it('goals under its own heading are its own, restating the document it carries out: a higher floor than 57-NQ/TW\'s is no VB401', () => {
    const a = analyzeText(head + preamble + goals, registry);
    const own = a.targets.filter((t) => t.kind === 'goal');
    expect(own.map((t) => [t.value, t.year, a.citations[t.owner!]!.symbol, t.implementing])).toEqual([[90, 2030, '57-NQ/TW', true], [500, 2030, '57-NQ/TW', true]]);
    expect(targetFindings(head + preamble + goals)).toEqual([]);
    // a heading cited after "Căn cứ" is carried out by no one: its goals stay the text's own
    const based = analyzeText(head + preamble.replace('Thực hiện', 'Căn cứ') + goals, registry);
    expect(based.targets.map((t) => t.owner)).toEqual([null, null]);
  });
  it('without its own heading (a news item quoting the resolution), the same goals are 57-NQ/TW\'s: VB401', () => {
    expect(targetFindings(preamble + goals)).toEqual(['VB401@90']);
  });
  it('a numbered item wrapped after a share ("… cấp huyện và\\n70% …") is no heading: the next item is still under "I. MỤC TIÊU"', () => {
    const text = 'I. MỤC TIÊU\n1. 100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc tại cấp huyện và\n70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.\n2. Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến đạt tối thiểu 50%.';
    expect(analyzeText(text, registry).targets.map((t) => [t.value, t.kind])).toEqual([[100, 'goal'], [90, 'goal'], [70, 'goal'], [50, 'goal']]);
  });
});

describe('checks on made-up text', () => {
  it('a goal stated with "đã đề ra" is a goal (VB401, not VB404)', () => {
    expect(targetFindings('Nghị quyết số 13-NQ/TU ngày 6/9/2023 của Ban Thường vụ Tỉnh ủy Quảng Ngãi đã đề ra mục tiêu đến năm 2025, 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.')).toEqual(['VB401@60']);
  });
  it('a count target matches its registry metric ("doanh nghiệp số")', () => {
    expect(targetFindings('Nghị quyết số 111-NQ/TU ngày 11/6/2021 đề ra mục tiêu đến năm 2030 có trên 1.000 doanh nghiệp số.')).toEqual(['VB401@1.000']);
  });
  it('VB402: two metrics of one noun, each with words of its own, are not one target (after a probe of a provincial decision)', () => {
    const text = 'Năm 2024, các sở, ngành phấn đấu tỷ lệ hồ sơ tiếp nhận trực tuyến trên tổng số hồ sơ thủ tục hành chính đạt tối thiểu 50% trong năm 2024; 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận.';
    expect(targetFindings(text)).toEqual([]);
    // a restatement that only adds words on one side still is one
    expect(targetFindings('Đến năm 2025, 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng. Phấn đấu đến năm 2025, 60% hồ sơ công việc cấp xã xử lý trên môi trường mạng.')).toEqual(['VB402@60']);
  });
  it('VB402 tells citizens from businesses, and documents apart', () => {
    expect(targetFindings('Đến năm 2025, 80% người dân có tài khoản thanh toán điện tử. Đến năm 2025, 90% doanh nghiệp có tài khoản thanh toán điện tử.', new Registry())).toEqual([]);
    expect(targetFindings('Phấn đấu đến năm 2025, tỷ lệ của các hộ có wifi đạt 80%. Phấn đấu đến năm 2025, tỷ lệ của các hộ có tivi đạt 50%.', new Registry())).toEqual([]);
  });
  it('VB304 ignores another goal year in the sentence, reads past "03.6.2020"', () => {
    expect(targetFindings('Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ, tỉnh phấn đấu đến năm 2023 có 80% dịch vụ công trực tuyến mức độ 4.')).toEqual([]);
    expect(targetFindings('Quyết định số 749/QĐ-TTg ngày 03.6.2020 phê duyệt Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2025.')).toEqual(['VB304@2025']);
  });
  it('VB403: a share stated after a long subject in the ratio\'s sentence; none when another share is named between [made up]', () => {
    const text = 'Năm 2023, 1.250/1.500 hộ kinh doanh trên địa bàn thành phố đã sử dụng thanh toán không dùng tiền mặt, đạt 90%.';
    expect(targetFindings(text, new Registry())).toEqual(['VB403@90']);
    expect(targetFindings(text.replace('đạt 90%', 'đạt 83,3%'), new Registry())).toEqual([]);
    expect(targetFindings('Có 96/99 xã, phường có hạ tầng cáp quang, tỷ lệ hộ gia đình sử dụng internet đạt 80%.', new Registry())).toEqual([]);
  });
  it('VB403: a year is not a total; plans may be exceeded; a partial list may sum to less', () => {
    const none = new Registry();
    expect(targetFindings('Thành lập 1.845 Tổ Công nghệ số cộng đồng năm 2023 (cấp xã: 138, cấp thôn: 1.707).', none)).toEqual([]);
    expect(targetFindings('Thu ngân sách nhà nước trên địa bàn đạt 115% dự toán, hoàn thành 105% kế hoạch.', none)).toEqual([]);
    expect(targetFindings('137 xã, phường, thị trấn (xã nông thôn mới: 80, xã an toàn khu: 30)', none)).toEqual([]);
    expect(targetFindings('Số liệu tính đến 31/12 năm báo cáo, từ 21/12 năm N-1.', none)).toEqual([]);
    // [corpus] rates, thresholds and readings, not shares: p8_hdld__nghi-dinh-so-145-2020…, p8_cong_doan__thong-tu-so-13…,
    // lit_fd7d897c79f29147.txt, lit_8025987f427ddf33.txt, p8_uu_dai_dt__thong-tu-so-01…
    expect(targetFindings('Tiền làm thêm giờ vào ngày nghỉ và ngày lễ tối thiểu là 200% tiền lương ngày làm việc.', none)).toEqual([]);
    expect(targetFindings('Độ giãn dài: ≥ 450%; quỹ tối thiểu phải đạt 180%; khả năng quá tải 125%.', none)).toEqual([]);
    expect(targetFindings('huyết áp 2 lần trên 140/90 mmHg; điện áp 380/220 V; TSGTKS là 107,7/100 gần đạt bình thường.', none)).toEqual([]);
    // the rules read the text as written: the same in NFD
    expect(targetFindings('Thu ngân sách nhà nước trên địa bàn đạt 115% dự toán, hoàn thành 105% kế hoạch.'.normalize('NFD'), none)).toEqual([]);
    expect(targetFindings('Tiền làm thêm giờ vào ngày nghỉ và ngày lễ tối thiểu là 200% tiền lương ngày làm việc.'.normalize('NFD'), none)).toEqual([]);
  });
  it('the target rules find the same on each seed in NFD with no-break spaces', () => {
    for (const file of SEEDS) {
      const text = seed(file);
      const codes = (t: string) => check(analyzeText(t, registry)).map((f) => f.code).filter((c) => c >= 'VB3');
      expect(codes(text.normalize('NFD').replace(/ năm /g, '\u00a0năm ')), file).toEqual(codes(text));
    }
  });
  it('VB401: a comparator in the other direction', () => {
    expect(targetFindings('Nghị quyết số 13-NQ/TU ngày 6/9/2023 đề ra mục tiêu đến năm 2025 dưới 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.')).toEqual(['VB401@90']);
  });
  it('VB402: one metric, two goals for the same year', () => {
    const text = 'Đến năm 2025, 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng. Phấn đấu đến năm 2025, 75% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.';
    expect(targetFindings(text, new Registry())).toEqual(['VB402@75']);
    expect(targetFindings(text.replace('75% hồ sơ công việc tại cấp xã', '75% hồ sơ công việc tại cấp huyện'), new Registry())).toEqual([]);
  });
  it('VB402: "xã đạt chuẩn nông thôn mới", "… nâng cao" and "… kiểu mẫu" are three standards, in a list as in a sentence; one of them stated twice still fires [made up, after a probe of a 5-year report]', () => {
    const list = 'Đến năm 2030:\n- 100% xã đạt chuẩn nông thôn mới;\n- ít nhất 60% xã đạt chuẩn nông thôn mới nâng cao, 20% xã đạt chuẩn nông thôn mới kiểu mẫu.';
    expect(targetFindings(list, new Registry())).toEqual([]);
    expect(targetFindings(`${list}\n- 50% xã đạt chuẩn nông thôn mới nâng cao.`, new Registry())).toEqual(['VB402@50']);
    // "toàn trình" narrows "trực tuyến": two metrics
    expect(targetFindings('Đến năm 2025:\n- 80% hồ sơ được giải quyết trực tuyến;\n- 50% hồ sơ được giải quyết trực tuyến toàn trình.', new Registry())).toEqual([]);
  });
  it('VB402: goals attributed to one document cited twice (two mentions of it) are compared', () => {
    const text = 'Theo Kế hoạch số 55/KH-UBND, đến năm 2025, 80% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.\n\nLãnh đạo tỉnh yêu cầu bám sát Kế hoạch số 55/KH-UBND ngày 12/4/2022, phấn đấu đến năm 2025, 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.';
    expect(targetFindings(text, new Registry())).toEqual(['VB402@70']);
    expect(targetFindings(text.replace('bám sát Kế hoạch số 55/KH-UBND', 'bám sát Kế hoạch số 56/KH-UBND'), new Registry())).toEqual([]);
  });
  it('VB402: a range stated again in another bullet is no contradiction; another range still is [p8_thue_tncn__quyet-dinh-so-892-qd-ttg-469579.txt]', () => {
    const bullet = (range: string, how: string) =>
      `- Phấn đấu ${range} cán bộ và công chức, viên chức làm công tác đối \nngoại, hội nhập quốc tế ${how} của các cơ quan Trung ương, \ncác địa phương được bồi dưỡng các năng lực cần thiết.   \n`;
    const text = `a) Giai đoạn 1 (2026 - 2028) \n${bullet('30% - 40%', 'trực tiếp, thường xuyên')}${bullet('30% - 40%', 'không thường xuyên')}`;
    expect(targetFindings(text, new Registry())).toEqual([]);
    // the same bullet with another range is one
    const twice = `a) Giai đoạn 1 (2026 - 2028) \n${bullet('30% - 40%', 'trực tiếp')}${bullet('50% - 60%', 'trực tiếp')}`;
    expect(targetFindings(twice, new Registry())).toEqual(['VB402@50', 'VB402@60']);
  });
  it('VB402: a reduction and a level of one noun are two metrics; two reductions that differ are one [p8_bhxh__nghi-quyet-so-175-nq-cp-40286.txt]', () => {
    const text =
      'từ trung ương đến địa phương. Đến năm 2025, tối thiểu 80% hồ sơ thủ tục hành \nchính được xử lý hoàn toàn trực tuyến, người dân, tổ chức và đơn vị chỉ phải nhập \ndữ liệu một lần. Cắt giảm tối thiểu 20% thành phần hồ sơ thủ tục hành chính của \ncác cơ quan nhà nước so với hiện nay.';
    expect(targetFindings(text, new Registry())).toEqual([]);
    const twice = 'Đến năm 2025, cắt giảm tối thiểu 20% thành phần hồ sơ thủ tục hành chính của các cơ quan nhà nước. Phấn đấu đến năm 2025 cắt giảm tối thiểu 30% thành phần hồ sơ thủ tục hành chính của các cơ quan nhà nước.';
    expect(targetFindings(twice, new Registry())).toEqual(['VB402@30']);
  });
  // the colon ends the metric at "tăng mức đóng" (what follows it is the effect, "quỹ … tăng thêm …"):
  // a wording this thin matches no other, so neither option fires, the same amount or not
  it('VB402: two options whose wordings carry different figures are two metrics; the metric stops at the colon [lit_fd7d897c79f29147.txt]', () => {
    const option = (rate: string, amount: string) =>
      `Theo lộ trình tăng mức đóng đến năm 2025 và 2035, dự kiến quỹ bảo hiểm sẽ tăng thêm như sau:\n+ Đến năm 2025, tăng mức đóng lên ${rate}%: quỹ bảo hiểm y tế sẽ tăng thêm ${amount} tỷ đồng. \n+ Đến năm 2035, tăng mức đóng lên 6%: quỹ bảo hiểm y tế sẽ tăng thêm 36.409,9 tỷ đồng.\nPhương án tiếp theo. `;
    expect(targetFindings(option('5,1', '14.563,9') + option('5,4', '21.845,9'), new Registry())).toEqual([]);
    expect(targetFindings(option('5,1', '14.563,9') + option('5,4', '14.563,9'), new Registry())).toEqual([]);
    expect(analyzeText(option('5,1', '14.563,9'), new Registry()).targets.map((t) => t.metric)).toEqual(['tăng mức đóng', 'tăng mức đóng']);
  });
  it('a wrapped line (a line break before a lowercase word) does not end the metric; a line that ends does [p8_chinh_sach_dn__quyet-dinh-so-982-qd-ttg-469699.txt]', () => {
    const text =
      'b) Mục tiêu đến năm 2030\n- Phấn đấu có 60 doanh nghiệp công nghệ số Việt Nam có doanh thu từ thị \ntrường nước ngoài đạt 20 triệu USD/năm. Có 05 doanh nghiệp công nghệ số có \ndoanh thu từ thị trường nước ngoài đạt tối thiểu 01 tỷ USD/năm. \n- Phấn đấu thực hiện thành công tối thiểu 25 thương vụ.';
    const got = analyzeText(text, new Registry()).targets.filter((t) => t.unit === 'doanh nghiệp');
    expect(got.map((t) => [t.value, t.metric])).toEqual([
      [60, 'doanh nghiệp công nghệ số Việt Nam có doanh thu từ thị trường nước ngoài đạt 20 triệu USD/năm'],
      [5, 'doanh nghiệp công nghệ số có doanh thu từ thị trường nước ngoài đạt tối thiểu 01 tỷ USD/năm'],
    ]);
    // "đạt 20 triệu USD" and "đạt tối thiểu 01 tỷ USD" are two metrics; one threshold given two counts is one
    expect(targetFindings(text, new Registry())).toEqual([]);
    expect(targetFindings(text.replace('01 tỷ USD', '20 triệu USD'), new Registry())).toEqual(['VB402@05']);
    // a line that ends (the next one opens with a capital or a bullet) still ends the metric
    const ended = analyzeText('Đến năm 2025, 70% hồ sơ công việc\nPhấn đấu 80% xã đạt chuẩn.', new Registry()).targets;
    expect(ended[0]!.metric).toBe('hồ sơ công việc');
  });
  it('a metric reads over an aside in parentheses and an enumeration comma ("bệnh, tật"); a closing year is its year, and an item with only a year takes the list\'s metric [lit_47f278b10c4f663f.txt]', () => {
    const text =
      'Một trong những mục tiêu của Chương trình là tỷ lệ phụ nữ mang thai được tầm soát (sàng lọc trước sinh) ít nhất 4 loại bệnh tật bẩm sinh phổ biến nhất đạt 50% năm 2025; 70% năm 2030; tỷ lệ trẻ sơ sinh được tầm soát (sàng lọc sơ sinh) ít nhất 5 loại bệnh, tật bẩm sinh phổ biến nhất đạt 70% năm 2025; 90% năm 2030.';
    const got = analyzeText(text, new Registry()).targets;
    const women = 'tỷ lệ phụ nữ mang thai được tầm soát (sàng lọc trước sinh) ít nhất 4 loại bệnh tật bẩm sinh phổ biến nhất';
    const babies = 'tỷ lệ trẻ sơ sinh được tầm soát (sàng lọc sơ sinh) ít nhất 5 loại bệnh, tật bẩm sinh phổ biến nhất';
    expect(got.map((t) => [t.value, t.year, t.metric])).toEqual([
      [50, 2025, women],
      [70, 2030, women],
      [70, 2025, babies],
      [90, 2030, babies],
    ]);
    // two groups screened for 4 and 5 diseases are two metrics; one group given two values for 2025 is one
    expect(targetFindings(text, new Registry())).toEqual([]);
    expect(targetFindings(`${text} Phấn đấu tỷ lệ trẻ sơ sinh được tầm soát ít nhất 5 loại bệnh, tật bẩm sinh phổ biến nhất đạt 80% năm 2025.`, new Registry())).toEqual(['VB402@80']);
    // a compared year stays in the metric
    expect(analyzeText('Năm 2024 tiếp nhận 1.985 hồ sơ, tăng 12% so với cùng kỳ năm 2023.', new Registry()).targets.at(-1)!.metric).toMatch(/cùng kỳ năm 2023$/);
  });
  it('an enumeration comma ("các trung tâm xã, phường, thị trấn") does not end the metric; a clause comma does [seeds/000_a1f4c7e40e8ca17c.txt]', () => {
    const got = analyzeText('Hiện nay, 100% các trung tâm xã, phường, thị trấn trên địa bàn tỉnh đã được phủ sóng băng rộng cáp quang; tỷ lệ văn bản điện tử đạt 99,6%, tỷ lệ văn bản có chữ ký số đạt 82,2%.', new Registry()).targets;
    expect(got.map((t) => t.metric)).toEqual([
      'các trung tâm xã, phường, thị trấn trên địa bàn tỉnh đã được phủ sóng băng rộng cáp quang',
      'tỷ lệ văn bản điện tử',
      'tỷ lệ văn bản có chữ ký số',
    ]);
  });
  describe('a conjunction that opens a new clause ends the metric', () => {
    const cases: [string, string, number, string][] = [
      ['seeds/004_e0d6b72e0ffed4f2.txt', 'Hiện nay, tỉnh Thanh Hóa có 21.306 hộ nghèo nên việc tiếp cận thông tin và sử dụng thiết bị thông minh gặp nhiều khó khăn.', 21306, 'hộ nghèo'],
      ['lit_47f278b10c4f663f.txt', 'nếu năm 2023, cứ hơn 7 người trong độ tuổi lao động sẽ hỗ trợ 1 người cao tuổi thì đến năm 2036 là hơn 3 người và đến năm 2049 chỉ còn hơn 2 người.', 7, 'người trong độ tuổi lao động sẽ hỗ trợ 1 người cao tuổi'],
      ['lit_47f278b10c4f663f.txt', 'tỷ lệ trẻ em sinh ra được sàng lọc sơ sinh mới đạt 15% nhưng vẫn còn thấp, không đạt chỉ tiêu', 15, 'tỷ lệ trẻ em sinh ra được sàng lọc sơ sinh'],
      ['p8_chinh_sach_dn__nghi-dinh-so-137-2026-nd-cp-469361.txt', 'ký quỹ một khoản tiền tương đương 5% vốn điều lệ nhưng không thấp hơn 20 \ntỷ đồng (hai mươi tỷ đồng)', 5, 'vốn điều lệ'],
      ['lit_fd7d897c79f29147.txt', 'do vậy quỹ dự phòng đang tích lũy gần 50% quỹ khám chữa bệnh hằng năm mà chưa có biện pháp điều tiết phân bổ từ đầu năm', 50, 'quỹ khám chữa bệnh hằng năm'],
      ['lit_fd7d897c79f29147.txt', 'Dự kiến đến năm 2025 có khoảng 15% dân số tham gia bảo hiểm nhân thọ nên có thể tăng tỷ lệ tham gia bảo hiểm bổ sung trong số hợp đồng bảo hiểm nhân thọ.', 15, 'dân số tham gia bảo hiểm nhân thọ'],
      ['p8_cong_doan__van-ban-hop-nhat-so-835-vbhn-bldtbxh-41446.txt', 'Ghi chú: Trường hợp số đối tượng được hưởng dưới 5 người thì không cần lập biểu danh sách kèm theo; khi', 5, 'người'],
      // must not change: "mà" before a noun opens a relative clause inside the metric
      ['p8_thue_tncn__van-ban-hop-nhat-so-112-vbhn-vpqh-469595.txt', 'trên 20 triệu đồng mà người nộp thuế nhận được theo từng hợp đồng nhượng quyền thương mại.', 20, 'triệu đồng mà người nộp thuế nhận được theo từng hợp đồng nhượng quyền thương mại'],
      // must not change: a share whose phrase opens with "thì", nothing before it naming the metric, keeps its phrase as read
      ['lit_8025987f427ddf33.txt', 'Nếu tỷ lệ nhóm tuổi dưới 15 đạt hơn 35%, nhóm trên 65 tuổi không vượt quá 7% thì được coi là cơ cấu dân số trẻ', 7, 'thì được coi là cơ cấu dân số trẻ'],
      // must not change: "song song" and "trở nên" are no conjunctions
      ['made up', 'Đến năm 2025, 80% hồ sơ được xử lý song song trên môi trường mạng.', 80, 'hồ sơ được xử lý song song trên môi trường mạng'],
      ['made up', 'Đến năm 2025, 80% thủ tục trở nên đơn giản hơn.', 80, 'thủ tục trở nên đơn giản hơn'],
    ];
    it.each(cases)('[%s] %s', (_file, text, value, metric) => {
      const t = analyzeText(text, new Registry()).targets.find((x) => x.value === value)!;
      expect(t.metric).toBe(metric);
      expect(text.slice(t.span.start, t.span.end)).toBe(t.text);
    });
  });
  it('a range "30% - 40% X": both ends measure X, the low end is ">=", the high end "<="; a subtraction is no range [p8_thue_tncn__quyet-dinh-so-892-qd-ttg-469579.txt, p8_hdld__thong-tu-so-06-2021-tt-bldtbxh-*]', () => {
    const got = analyzeText('- Phấn đấu 70% - 80% cán bộ và công chức, viên chức làm công tác đối \nngoại được bồi dưỡng.', new Registry()).targets;
    expect(got.map((t) => [t.value, t.comparator, t.metric])).toEqual([
      [70, '>=', 'cán bộ và công chức, viên chức làm công tác đối ngoại được bồi dưỡng'],
      [80, '<=', 'cán bộ và công chức, viên chức làm công tác đối ngoại được bồi dưỡng'],
    ]);
    // the high end's own words are only what follows it: it takes the low end's metric [vnm_NQCP03__Kehoachgoc.md]
    const share = corpusSnippet('vnm_NQCP03__Kehoachgoc.md', 'có đầu tư Trung tâm nghiên cứu và phát triển tại Việt Nam với tỷ lệ 1% - 3% doanh thu.');
    expect(analyzeText(share, new Registry()).targets.map((t) => [t.value, t.comparator, t.metric])).toEqual([
      [1, '>=', 'tỷ lệ doanh thu'],
      [3, '<=', 'tỷ lệ doanh thu'],
    ]);
    // after "chiếm", the share is of the few words before it; a long clause there is not what it measures
    expect(analyzeText('Kinh tế số chiếm tỷ trọng 20 - 25% GRDP.', new Registry()).targets.map((t) => [t.value, t.metric])).toEqual([[20, 'tỷ trọng Kinh tế số GRDP'], [25, 'tỷ trọng Kinh tế số GRDP']]);
    expect(analyzeText('Năm 2024, công nghiệp chế biến chiếm tỷ lệ 45% tổng giá trị sản xuất.', new Registry()).targets.map((t) => t.metric)).toEqual(['tỷ lệ công nghiệp chế biến tổng giá trị sản xuất']);
    const clause = '“Nhà thầu được hưởng ưu đãi khi hàng hóa mà nhà thầu chào có \nchi phí sản xuất trong nước chiếm tỷ lệ từ 25% trở lên.';
    expect(analyzeText(corpusSnippet('p8_uu_dai_dt__thong-tu-so-12-2022-tt-bkhdt-37525.txt', clause), new Registry()).targets.map((t) => [t.metric, t.comparator])).toEqual([['tỷ lệ', '>=']]);
    const minus = analyzeText('tỷ lệ hưởng lương hưu hằng tháng của bà K sẽ là 71% - 9% = 62%.', new Registry()).targets;
    expect(minus.map((t) => t.comparator)).toEqual(['=', '=', '=']);
  });
  it('"tăng từ 8,6% lên 9,7%": the level it starts from is no target, the level reached measures the words before "từ"; "đến năm" closing a period is no goal cue; "từ 01% đến 03% X" is a range [lit_47f278b10c4f663f.txt, vlc_Luat-Dau-tu-so-61-2020-QH1*]', () => {
    // "đến năm 2000" closes a past period: no goal cue
    const change = corpusSnippet('lit_47f278b10c4f663f.txt', 'từ năm 1950 đến năm 2000, tỷ lệ người cao tuổi trong tổng dân số tăng từ 8,6% lên 9,7%, tức là');
    expect(analyzeText(change, new Registry()).targets.map((t) => [t.value, t.comparator, t.metric, t.kind, t.year])).toEqual([[9.7, '=', 'tỷ lệ người cao tuổi trong tổng dân số', 'achievement', 2000]]);
    expect(analyzeText('Phấn đấu đến năm 2025, tỷ lệ hồ sơ trực tuyến tăng từ 60% lên 80%.', new Registry()).targets.map((t) => [t.value, t.kind, t.year])).toEqual([[80, 'goal', 2025]]);
    expect(analyzeText('Tỷ lệ hộ nghèo giảm từ 8,6% xuống còn 5,2%.', new Registry()).targets.map((t) => [t.value, t.metric])).toEqual([[5.2, 'Tỷ lệ hộ nghèo']]);
    // adverbs before the verb are no words of the metric; "chỉ đạt" reports a level reached
    expect(analyzeText('Tỷ lệ hộ nghèo đã đạt 5%. Mục tiêu năm 2025: tỷ lệ thanh toán trực tuyến chỉ đạt 38%.', new Registry()).targets.map((t) => [t.value, t.metric, t.kind])).toEqual([[5, 'Tỷ lệ hộ nghèo', 'achievement'], [38, 'tỷ lệ thanh toán trực tuyến', 'achievement']]);
    const onlyShare = corpusSnippet('lit_7b567bc30a7f112b.txt', 'Ngân sách chi cho giáo dục đại học chỉ');
    expect(analyzeText(`${onlyShare} đạt 0,27% GDP.`, new Registry()).targets.map((t) => t.metric)).toEqual(['Ngân sách chi cho giáo dục đại học GDP']);
    // "mới" stays: as often the metric's own word as an adverb
    expect(analyzeText('Tỷ lệ xã đạt chuẩn nông thôn mới đạt 80%.', new Registry()).targets.map((t) => t.metric)).toEqual(['Tỷ lệ xã đạt chuẩn nông thôn mới']);
    // the level changed from may name its year: the level reached keeps its own
    expect(analyzeText('Tỷ lệ hộ nghèo đa chiều giảm từ 8,6% năm 2021 xuống còn 4,3% năm 2024.', new Registry()).targets.map((t) => [t.value, t.metric, t.year])).toEqual([[4.3, 'Tỷ lệ hộ nghèo đa chiều', 2024]]);
    const population = corpusSnippet('lit_8025987f427ddf33.txt', '1,17%  năm 2003 xuống còn 0,84% năm 2023');
    expect(analyzeText(`Tỷ lệ tăng dân số giảm từ ${population}.`, new Registry()).targets.map((t) => [t.value, t.year])).toEqual([[0.84, 2023]]);
    const range = 'mức ký quỹ để bảo đảm thực hiện dự án đầu tư từ 01% đến 03% vốn đầu tư của dự án đầu tư.';
    expect(readFileSync(join(CORPUS, readdirSync(CORPUS).find((f) => f.startsWith('vlc_Luat-Dau-tu-so-61-2020-QH1'))!), 'utf8')).toContain(range);
    expect(analyzeText(range, new Registry()).targets.map((t) => [t.value, t.comparator, t.metric])).toEqual([
      [1, '>=', 'vốn đầu tư của dự án đầu tư'],
      [3, '<=', 'vốn đầu tư của dự án đầu tư'],
    ]);
    // "từ" opens the range even at a line's start; without "từ", "đến" joins no range
    expect(analyzeText('Từ 51% đến 60% mức lương.', new Registry()).targets.map((t) => [t.comparator, t.metric])).toEqual([['>=', 'mức lương'], ['<=', 'mức lương']]);
    expect(analyzeText('đạt 30% đến 40% số hộ.', new Registry()).targets.map((t) => t.comparator)).toEqual(['=', '=']);
  });
  it('"…đạt ít nhất 95%; đối với xã có điều kiện … khó khăn đạt ít nhất 90%": the clause narrows the metric before it, once [p8_chinh_sach_dn__nghi-quyet-so-6616-2026-nq-cp-469362.txt]', () => {
    const text = corpusSnippet(
      'p8_chinh_sach_dn__nghi-quyet-so-6616-2026-nq-cp-469362.txt',
      'Tỷ lệ trẻ em 5 tuổi đến lớp đạt ít nhất 95%; đối với xã có \nđiều kiện kinh tế - xã hội đặc biệt khó khăn đạt ít nhất 90%; Tỷ lệ trẻ em 5 tuổi \nhoàn thành chương trình giáo dục mầm non đạt ít nhất 85%; đối với xã có điều \nkiện kinh tế - xã hội đặc biệt khó khăn đạt ít nhất 80%.',
    );
    expect(analyzeText(text, new Registry()).targets.map((t) => [t.value, t.metric])).toEqual([
      [95, 'Tỷ lệ trẻ em 5 tuổi đến lớp'],
      [90, 'Tỷ lệ trẻ em 5 tuổi đến lớp đối với xã có điều kiện kinh tế - xã hội đặc biệt khó khăn'],
      [85, 'Tỷ lệ trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non'],
      [80, 'Tỷ lệ trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non đối với xã có điều kiện kinh tế - xã hội đặc biệt khó khăn'],
    ]);
    // after the figure, "đối với" is the figure's own words: "2% đối với nam; 3% đối với nữ"
    expect(analyzeText('mỗi năm giảm 2% đối với nam; 3% đối với nữ.', new Registry()).targets.map((t) => t.metric)).toEqual(['mỗi năm đối với nam', 'đối với nữ']);
  });
  describe('the words before a figure name its metric: a count after "đạt" or a share noun, a compound verb kept whole, the clause after "thì"', () => {
    const cases: [string, string, number, string][] = [
      // a count named by the words before its verb, as a percentage is
      ['lit_29a49df826e64cf9.txt', 'doanh thu bán lẻ trực\ntuyến năm 2021 đạt 13,7 tỷ USD, tăng gần 7 lần', 13.7, 'doanh thu bán lẻ trực tuyến năm 2021 tỷ USD'],
      ['lit_966b16a426d30613.txt', 'dẫn đến tình trạng số lượng kiểm toán viên thực tế hành nghề tại trụ sở chính hoặc ở chi nhánh của một số DNKT đều dưới 5 người, dẫn đến việc', 5, 'số lượng kiểm toán viên thực tế hành nghề tại trụ sở chính hoặc ở chi nhánh của một số DNKT đều người'],
      // "cắt giảm", "gia tăng": the verb belongs to a compound, which stays whole
      ['lit_e85e670d19e4cf8f.txt', 'Trong năm 2025, … thực hiện cắt giảm ít nhất 30% thời gian xử lý thủ tục hành chính', 30, '… thực hiện cắt giảm thời gian xử lý thủ tục hành chính'],
      ['p8_thue_tncn__van-ban-hop-nhat-so-03-vbhn-btc-468970.txt', 'hàng hóa, cung cấp dịch vụ chịu thuế suất thuế giá trị gia tăng 5% và sử dụng', 5, 'cung cấp dịch vụ chịu thuế suất thuế giá trị gia tăng và sử dụng'],
      // "thì" opens the clause that names the metric
      ['p8_chinh_sach_dn__nghi-quyet-so-6616-2026-nq-cp-469362.txt', 'động nuôi dưỡng, chăm sóc, giáo dục trẻ em thì mức đầu tư ít nhất phải đạt 70% \nmức đầu tư quy định tại điểm a khoản 4 Điều 5 Nghị định số', 70, 'mức đầu tư mức đầu tư quy định tại điểm a khoản 4 Điều 5 Nghị định số'],
      // must not change: after "nhưng" the clause goes on with the subject before it
      ['made up', 'Tiền lương thử việc do hai bên thỏa thuận nhưng ít nhất phải bằng 85% mức lương của công việc đó.', 85, 'Tiền lương thử việc do hai bên thỏa thuận nhưng mức lương của công việc đó'],
    ];
    eachFigure(cases, (t) => [t.metric]);
  });
  it('an aside on where a goal stands now ("(hiện mới đạt khoảng 8,1%)") is a result of the goal\'s metric, dated to the text, and leaves the goal a goal [made up]', () => {
    const text = 'Hà Nội, ngày 5 tháng 3 năm 2024\nMột số chỉ tiêu khó hoàn thành, như: đến năm 2025, kinh tế số chiếm 20% GRDP (hiện mới đạt khoảng 8,1%); 50% doanh nghiệp nhỏ và vừa sử dụng nền tảng số.';
    expect(analyzeText(text, new Registry()).targets.map((t) => [t.value, t.kind, t.metric, t.year])).toEqual([
      [20, 'goal', 'kinh tế số GRDP', 2025],
      [8.1, 'achievement', 'kinh tế số GRDP', 2024],
      [50, 'goal', 'doanh nghiệp nhỏ và vừa sử dụng nền tảng số', 2025],
    ]);
    // an aside that opens with no word of the present is read as before: its cue is the figure's
    expect(analyzeText('Tỷ lệ hộ nghèo đạt 80% (vượt 5% so với kế hoạch).', new Registry()).targets.map((t) => [t.value, t.kind])).toEqual([
      [80, 'achievement'],
      [5, 'achievement'],
    ]);
  });
  describe('a label that names a share, before a colon, is the metric; an aside on another time is a result of the metric before, of its year', () => {
    const cases: [string, string, number, string, number | null][] = [
      ['vnm_CPbaocaot5.md', 'Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh: 90,5% (so với tháng 3 là 89,6%); Tốc độ truy', 90.5, 'Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh', null],
      ['vnm_CPbaocaot5.md', 'Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh: 90,5% (so với tháng 3 là 89,6%); Tốc độ truy', 89.6, 'Tỷ lệ thuê bao điện thoại di động sử dụng điện thoại thông minh', null],
      ['vnm_CPbaocaot5.md', 'Tỷ lệ dân số trưởng thành có chữ ký số là 27,7% (T4/2025: 26,08%).', 26.08, 'Tỷ lệ dân số trưởng thành có chữ ký số', 2025],
      // an aside naming several years: each figure takes the year before it
      ['lit_8025987f427ddf33.txt', 'phần lớn các bà mẹ biết giới tính trước khi sinh khi thai từ 15 đến 28 tuần (năm 2020 là 63,9%, năm 2021 là 56,4% năm 2022 là 54,0 %)', 63.9, '', 2020],
      ['lit_8025987f427ddf33.txt', 'phần lớn các bà mẹ biết giới tính trước khi sinh khi thai từ 15 đến 28 tuần (năm 2020 là 63,9%, năm 2021 là 56,4% năm 2022 là 54,0 %)', 54, 'là 54,0 %', 2022],
    ];
    eachFigure(cases, (t) => [t.metric, t.year]);
    it('an aside that states a change is no result of the metric before; a label with no share noun names nothing [made up]', () => {
      expect(analyzeText('Tỷ lệ hộ nghèo đạt 5% (so với năm 2023 giảm 1,2%).', new Registry()).targets.map((t) => t.metric)).toEqual(['Tỷ lệ hộ nghèo', 'so với năm 2023']);
      expect(analyzeText('Kết quả: 80% xã đạt chuẩn.', new Registry()).targets.map((t) => t.metric)).toEqual(['xã đạt chuẩn']);
    });
  });
  describe('a result set against its goal, a scope that carries the metric before, "mới đạt" as one verb', () => {
    const cases: [string, string, number, string, string][] = [
      ['lit_47f278b10c4f663f.txt', 'Tuy nhiên, tỷ lệ bà mẹ mang thai được sàng lọc trước sinh mới đạt 18% (2024), tỷ lệ trẻ em sinh ra được sàng lọc sơ sinh mới đạt 15% nhưng vẫn còn thấp', 18, 'tỷ lệ bà mẹ mang thai được sàng lọc trước sinh', 'achievement'],
      // "thấp hơn mục tiêu 50%": the goal of the metric before
      ['made up', 'Trong đó, tỷ lệ thanh toán trực tuyến mới đạt 38%, thấp hơn mục tiêu 50%.', 38, 'tỷ lệ thanh toán trực tuyến', 'achievement'],
      ['made up', 'Trong đó, tỷ lệ thanh toán trực tuyến mới đạt 38%, thấp hơn mục tiêu 50%.', 50, 'tỷ lệ thanh toán trực tuyến', 'goal'],
      ['made up', 'Tỷ lệ hồ sơ giải quyết trực tuyến năm 2024 đạt 52,8%, so với kế hoạch năm 50%.', 50, 'Tỷ lệ hồ sơ giải quyết trực tuyến', 'goal'],
      // a figure that names only its scope takes the metric before it in its sentence, the scope replaced
      ['made up', 'Tỷ lệ hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng đạt 95,2%, tại cấp xã đạt 86,7%.', 86.7, 'Tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng', 'achievement'],
      // must not change: "nông thôn mới", "đổi mới" keep their "mới"
      ['made up', 'Phấn đấu tỷ lệ xã đạt chuẩn nông thôn mới đạt 80%.', 80, 'tỷ lệ xã đạt chuẩn nông thôn mới', 'goal'],
    ];
    eachFigure(cases, (t) => [t.metric, t.kind]);
    it('a count whose only words are a scope keeps them ("ít nhất 20% số xã, mỗi xã ít nhất 02 hộ gia đình") [p8_chinh_sach_dn__nghi-quyet-so-6616-2026-nq-cp-469362.txt]', () => {
      const text = corpusSnippet('p8_chinh_sach_dn__nghi-quyet-so-6616-2026-nq-cp-469362.txt', 'tại ít nhất 20% số xã, mỗi xã ít nhất \n02 hộ gia đình;');
      expect(analyzeText(text, new Registry()).targets.map((t) => t.metric)).toEqual(['số xã', 'hộ gia đình']);
    });
  });
  describe('a rank: a group to belong to ("thuộc nhóm 3 quốc gia dẫn đầu …", a rank or better) or a place held ("xếp thứ 11/63 tỉnh, thành phố")', () => {
    const cases: [string, string, number, string, string, string, string][] = [
      ['vnm_NQ57__bangoc.md', 'Đến năm 2030, Việt Nam phải thuộc nhóm 3 quốc gia dẫn đầu Đông Nam Á về trí tuệ nhân tạo, chuyển đổi số, và công n', 3, '<=', 'hạng', 'Việt Nam dẫn đầu Đông Nam Á về trí tuệ nhân tạo', 'goal'],
      // the second rank of a list ranks the same subject, in its own field
      ['lit_7a03325784339af0.txt', '- Phấn đấu đến năm 2028, môi trường đầu tư kinh doanh của Việt Nam thuộc nhóm 3 quốc gia hàng đầu ASEAN và nhóm 30 quốc gia hàng đầu thế giới.', 3, '<=', 'hạng', 'môi trường đầu tư kinh doanh của Việt Nam hàng đầu ASEAN', 'goal'],
      ['lit_7a03325784339af0.txt', '- Phấn đấu đến năm 2028, môi trường đầu tư kinh doanh của Việt Nam thuộc nhóm 3 quốc gia hàng đầu ASEAN và nhóm 30 quốc gia hàng đầu thế giới.', 30, '<=', 'hạng', 'môi trường đầu tư kinh doanh của Việt Nam hàng đầu thế giới', 'goal'],
      ['lit_8025987f427ddf33.txt', '(sau In-đô-nê-xi-a và Phi-lip-pin) và đứng thứ 15 trên thế giới.', 15, '=', 'hạng', 'trên thế giới', 'achievement'],
      ['made up', 'Năm 2024, Thanh Hóa xếp thứ 11/63 tỉnh, thành phố; tỉnh nằm trong nhóm\n15 tỉnh dẫn đầu.', 11, '=', 'hạng', 'Thanh Hóa', 'achievement'],
      ['made up', 'Năm 2024, Thanh Hóa xếp thứ 11/63 tỉnh, thành phố; phấn đấu năm 2025 tỉnh nằm trong nhóm 15 tỉnh dẫn đầu.', 15, '<=', 'hạng', 'tỉnh dẫn đầu', 'goal'],
    ];
    eachFigure(cases, (t) => [t.comparator, t.unit, t.metric, t.kind]);
    it('the seeds: Bắc Giang\'s two rank goals, and Thanh Hóa\'s place [seeds 002, 004]', () => {
      const ranks = (file: string) => analyzeText(seed(file), registry).targets.filter((t) => t.unit === 'hạng').map((t) => [t.value, t.comparator, t.year, t.kind]);
      expect(ranks('002_627955a7f9937946.txt')).toEqual([[15, '<=', 2025, 'goal'], [10, '<=', 2030, 'goal']]);
      expect(ranks('004_e0d6b72e0ffed4f2.txt')).toEqual([[11, '=', 2024, 'achievement']]);
    });
    it('a list of groups after "thuộc nhóm:" gives a rank goal per item, in its sentence only [p8_bhxh__nghi-quyet-so-175-nq-cp-40286.txt]', () => {
      const text = corpusSnippet('p8_bhxh__nghi-quyet-so-175-nq-cp-40286.txt', 'Đến năm 2025, Việt Nam thuộc nhóm: 70 nước dẫn đầu về Chính phủ điện tử \n(EGDI); 50 nước dẫn đầu về công nghệ thông tin (IDI); 40 nước dẫn đầu về an toàn, an \nninh mạng (GCI). \n');
      expect(analyzeText(`${text}Có 30 nước tham gia; 20 nước dẫn đầu.`, new Registry()).targets.map((t) => [t.value, t.comparator, t.unit, t.year])).toEqual([
        [70, '<=', 'hạng', 2025],
        [50, '<=', 'hạng', 2025],
        [40, '<=', 'hạng', 2025],
      ]);
    });
    it('VB401: a rank goal that contradicts the registry\'s (111-NQ/TU: the top 15 in 2025, not 20) [made up, registry from seed 002]', () => {
      const text = 'Nghị quyết số 111-NQ/TU ngày 11/6/2021 của Tỉnh ủy Bắc Giang: phấn đấu đến năm 2025, tỉnh Bắc Giang có chỉ số đánh giá về CĐS thuộc nhóm 20 tỉnh, TP dẫn đầu cả nước.';
      expect(targetFindings(text)).toEqual(['VB401@20']);
      expect(targetFindings(text.replace('nhóm 20', 'nhóm 15'))).toEqual([]);
    });
    it('"nhóm" or "thứ" before a number of no rank is none ("nhóm 3 người", "thứ 2 của Điều 5") [made up]', () => {
      expect(analyzeText('Tổ gồm nhóm 3 người; khoản thứ 2 của Điều 5; xếp thứ tự 3 bước.', new Registry()).targets).toEqual([]);
    });
  });
  describe('a count: a number of a unit word after a comparator or a lead verb, or opening a clause whose "đã" it is the subject of', () => {
    const cases: [string, string, number, string, string][] = [
      ['vnm_CPbaocaot5.md', 'Đến 21/5/2025, Cổng đã tiếp nhận 506 hồ sơ sản phẩm, giải pháp; 16 ý tưởng.', 506, 'hồ sơ', 'achievement'],
      // a multiplier stays in the unit, as in "tỷ đồng"
      // (the file's own mix of composed and combining marks)
      ['lit_47f278b10c4f663f.txt', 'Ho\u031bn 95 nghi\u0300n ngu\u031b\u01a1\u0300i cao tu\u1ed5i la\u0300m chu\u0309 trang', 95, 'nghìn người', 'achievement'],
      ['made up', 'Đến nay đã có hơn 57,3 triệu tài khoản định danh điện tử được kích hoạt.', 57.3, 'triệu tài khoản', 'achievement'],
      // a lead of several words, with the comma of a list of verbs before it
      ['made up', 'Các bộ, ngành đã cắt giảm, đơn giản hoá 1.156 thủ tục hành chính.', 1156, 'thủ tục', 'achievement'],
      ['made up', 'Đến nay, 100% xã đã có tổ công nghệ số; 1.452.600 người dân đã kích hoạt tài khoản định danh điện tử.', 1452600, 'người', 'achievement'],
    ];
    eachFigure(cases, (t) => [t.unit, t.kind]);
    it('a count\'s unit may open an enumeration that its metric goes on with [seed 003]', () => {
      const counts = analyzeText(seed('003_c3a33e57eb41d4a8.txt'), registry).targets.filter((t) => t.unit === 'doanh nghiệp').map((t) => [t.value, t.metric]);
      expect(counts).toEqual([
        [11, 'doanh nghiệp, HTX, hộ kinh doanh xây dựng website'],
        [5, 'doanh nghiệp quảng bá thông tin, hình ảnh'],
        [18, 'doanh nghiệp, HTX, hộ kinh doanh xây dựng giải pháp truy xuất nguồn gốc xuất xứ hàng hóa'],
      ]);
      // a percentage followed by a comma ends there, enumeration or not
      expect(analyzeText('Người sử dụng lao động đóng 03%, người lao động đóng 1,5%.', new Registry()).targets.map((t) => t.metric)).not.toContain(', người lao động đóng 1,5%');
    });
    it('a number of a unit word with no lead is no figure; nor is a change ("tăng thêm", "giảm") or a clause without "đã" [made up]', () => {
      const values = (text: string) => analyzeText(text, new Registry()).targets.map((t) => t.value);
      expect(values('Quỹ sẽ tăng thêm 14.563,9 tỷ đồng; thu nhập tăng 3,2 triệu đồng; giảm 2 xã.')).toEqual([]);
      expect(values('Tổ công tác gồm 05 người; 12 người được cử đi học; Hà Nội, 20 xã.')).toEqual([]);
    });
  });
  describe('a verb alone after a comma ("…, chiếm 10% …") goes on with the subject of the figure before; alone, "đạt", "chiếm", "bằng" name nothing and a change keeps its verb', () => {
    const cases: [string, string, number, string][] = [
      ['lit_c55c089ca04ccb7f.txt', 'Năm 2024, tổng\ndoanh thu từ TMĐT bán lẻ đạt hơn 25 tỷ USD, chiếm 10% tổng doanh thu bán lẻ\nhàng hóa và dịch vụ tiêu dùng cả nước, tăng 22% so với cùng kỳ năm trước', 10, 'tổng doanh thu từ TMĐT bán lẻ tổng doanh thu bán lẻ hàng hóa và dịch vụ tiêu dùng cả nước'],
      ['lit_c55c089ca04ccb7f.txt', 'Năm 2024, tổng\ndoanh thu từ TMĐT bán lẻ đạt hơn 25 tỷ USD, chiếm 10% tổng doanh thu bán lẻ\nhàng hóa và dịch vụ tiêu dùng cả nước, tăng 22% so với cùng kỳ năm trước', 22, 'tổng doanh thu từ TMĐT bán lẻ so với cùng kỳ năm trước'],
      ['p8_thue_tncn__thong-tu-so-29-2026-tt-btc-469232.txt', 'Bằng 50% mức thu phí', 50, 'mức thu phí'],
      ['lit_4400204b2a345ae3.txt', 'khai – nộp trực tiếp qua Cổng TTĐT (tăng 41% so với cùng kỳ năm ngoái)', 41, 'tăng so với cùng kỳ năm ngoái'],
      // after a ratio, the share is the ratio's: what it counts, with the clause before it, is the metric
      ['lit_9c804e2916beac31.txt', 'Dự kiến bãi bỏ 27/74 TTHC (trong đó bãi bỏ 19 TTHC và tích hợp dẫn đến bãi bỏ 08 TTHC), chiếm 36 %', 36, 'Dự kiến bãi bỏ TTHC (trong đó bãi bỏ 19 TTHC và tích hợp dẫn đến bãi bỏ 08 TTHC)'],
      // must not change: a figure in an aside after the ratio is not its share
      ['vnm_CPbaocaot5.md', 'Dữ liệu hộ tịch: 62/63 tỉnh, thành phố số hóa gần 106 triệu/108 triệu dữ liệu (Sơn La đang hoàn tất, đạt 85%)', 85, ''],
    ];
    eachFigure(cases, (t) => [t.metric]);
  });
  describe('"nhỏ hơn (hoặc bằng)", "lớn hơn (hoặc bằng)" are comparators, not "hơn" read alone', () => {
    const cases: [string, string, number, string, string][] = [
      ['p8_hd_kinh_te__nghi-quyet-so-19-2026-nq-cp-469466.txt', 'đặc biệt nhóm 1 có hàm lượng nhỏ hơn hoặc bằng 1% (≤1%)', 1, '<=', 'đặc biệt nhóm 1 có hàm lượng'],
      ['made up', 'Tỷ lệ người phụ thuộc trong tổng số nhân khẩu lớn hơn 50%.', 50, '>', 'Tỷ lệ người phụ thuộc trong tổng số nhân khẩu'],
      ['made up', 'Giao dịch có giá trị lớn hơn hoặc bằng 20% tổng giá trị tài sản của quỹ.', 20, '>=', 'tổng giá trị tài sản của quỹ'],
    ];
    eachFigure(cases, (t) => [t.comparator, t.metric]);
  });
  it('"|" parts the cells of a table: a metric does not run into the next cell [vnm_NQCP03__NQ03_PL2.md]', () => {
    const text = corpusSnippet('vnm_NQCP03__NQ03_PL2.md', '| Bố trí ít nhất 15% ngân sách nhà nước chi sự nghiệp khoa học và công nghệ phục vụ nghiên cứu công nghệ chiến lược | Bộ Tài chính |');
    expect(analyzeText(text, new Registry()).targets.map((t) => [t.value, t.comparator, t.metric])).toEqual([[15, '>=', 'ngân sách nhà nước chi sự nghiệp khoa học và công nghệ phục vụ nghiên cứu công nghệ chiến lược']]);
  });
  describe('a word linking a comparator to its figure ("tối thiểu có", "tối thiểu là", "tối thiểu đạt") keeps the comparator', () => {
    const cases: [string, string, number, string, string][] = [
      ['vnm_DHQG__cldhqg.md', 'Tối thiểu có 5 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến.', 5, '>=', 'doanh nghiệp công nghệ số ngang tầm các nước tiên tiến'],
      ['vlc_Luat-Dau-tu-theo-hinh-thuc-doi-tac-cong-tu-so-64-2020-QH14-374160.txt', 'nhà đầu tư đứng đầu liên danh phải có tỷ lệ góp vốn chủ sở hữu tối thiểu là 30%', 30, '>=', 'tỷ lệ góp vốn chủ sở hữu'],
      ['vnm_NQCP03__Kehoachgoc.md', 'thuật trong đội ngũ lãnh đạo từng cơ quan, đơn vị nhà nước, hướng tới tối thiểu đạt 25%', 25, '>=', 'hướng tới'],
      // must not change: "mức" after any comparator; no link after a one-word bound ("hơn là": rather than)
      ['made up', 'Phấn đấu tối thiểu mức 70% hộ gia đình có cáp quang.', 70, '>=', 'hộ gia đình có cáp quang'],
      ['made up', 'Nên giảm ít hơn là 30%.', 30, '=', 'Nên giảm ít hơn'],
    ];
    eachFigure(cases, (t) => [t.comparator, t.metric]);
  });
  describe('an item with no cue of its own is a goal under a heading that sets one, a provision under a law\'s article or in a law\'s text', () => {
    const nq57 = (s: string) => corpusSnippet('vnm_NQ57__bangoc.md', s);
    const qd893 = (s: string) => corpusSnippet('p8_thue_tncn__quyet-dinh-so-893-qd-ttg-469593.txt', s);
    const tt11 = (s: string) => corpusSnippet('p8_cong_doan__thong-tu-so-11-2024-tt-bldtbxh-43178.txt', s);
    const bc = (s: string) => corpusSnippet('lit_29a49df826e64cf9.txt', s);
    const cases: [string, string, number, string, number | null][] = [
      // a heading of its own paragraph ("**1. Đến năm 2030**"), the items in the paragraphs under it
      ['vnm_NQ57__bangoc.md', `${nq57('**II- MỤC TIÊU**\n\n**1\\. Đến năm 2030**\n\n')}${nq57('\\- Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế ở mức trên 55%; tỉ trọng xuất khẩu sản phẩm công nghệ cao trên tổng giá trị hàng hoá xuất khẩu đạt tối thiểu 50%. Quy mô kinh tế số đạt tối thiểu 30% GDP.')}`, 30, 'goal', 2030],
      // a heading naming neither ("- Nhân lực quản lý nhà nước:") is a level of the list, read over
      ['p8_thue_tncn__quyet-dinh-so-893-qd-ttg-469593.txt', qd893('a) Mục tiêu cụ thể đến năm 2030 \r\n- Nhân lực quản lý nhà nước: \r\n+ Phấn đấu 100% nhân lực quản lý nhà nước trong lĩnh vực năng lượng \r\nnguyên tử ở trung ương và địa phương được đào tạo, bồi dưỡng, đủ năng lực \r\nthực thi các nhiệm vụ quản lý nhà nước về an toàn bức xạ, an toàn hạt nhân và \r\nan ninh hạt nhân, ứng dụng năng lượng nguyên tử. \r\n+ Tối thiểu 50% nhân lực của cơ quan an toàn bức xạ và hạt nhân quốc gia \r\nđược đào tạo'), 50, 'goal', 2030],
      // must not change: a heading that reviews goals, no heading; under an article of a law, a provision
      ['made up', 'II. KẾT QUẢ THỰC HIỆN MỤC TIÊU ĐẾN NĂM 2025\n\n- Tỷ lệ hộ gia đình có cáp quang 75%.', 75, 'achievement', null],
      ['made up', 'Tình hình thực hiện các chỉ tiêu\n\n- Tỷ lệ hộ gia đình có cáp quang 75%.', 75, 'achievement', null],
      ['vlc_Luat-Giao-duc-nghe-nghiep-2014-259733.txt', corpusSnippet('vlc_Luat-Giao-duc-nghe-nghiep-2014-259733.txt', 'Điều 5. Cơ sở giáo dục nghề nghiệp\n1. Cơ sở giáo dục nghề nghiệp bao gồm:\na) Trung tâm giáo dục nghề nghiệp;\nb) Trường trung cấp;\nc) Trường cao đẳng.\n2. Cơ sở giáo dục nghề nghiệp được tổ chức theo các loại hình sau đây:\na) Cơ sở giáo dục nghề nghiệp công lập là cơ sở giáo dục nghề nghiệp thuộc sở hữu Nhà nước'), 0, '', null],
      ['made up', 'Mục tiêu đến năm 2030\n\nĐiều 5. Vốn\n\nc) Cơ sở có 100% vốn của nhà đầu tư nước ngoài.', 100, 'provision', null],
      ['vlc_Luat-Bao-hiem-tien-gui-2012-142539.txt', corpusSnippet('vlc_Luat-Bao-hiem-tien-gui-2012-142539.txt', 'Điều 19. Tiền gửi không được bảo hiểm\n1. Tiền gửi tại tổ chức tín dụng của cá nhân là người sở hữu trên 5% vốn điều lệ của chính tổ chức tín dụng đó.'), 5, 'provision', null],
      ['made up', 'Tỉnh có nhiều chuyển biến.\n\n- Tỷ lệ hộ gia đình có cáp quang 75%.', 75, 'achievement', null],
      // under no heading that decides, the title tells: a circular's figures are provisions, a
      // report's results even where it quotes articles; an appendix is of the document it goes with
      ['p8_cong_doan__thong-tu-so-11-2024-tt-bldtbxh-43178.txt', `${tt11('THÔNG TƯ \nHướng dẫn xếp hạng một số loại hình đơn vị sự nghiệp công lập  \n')}\n${tt11('a) Diện tích đất quản lý \n4 điểm \n- \nTrên 03 ha')}`, 3, 'provision', null],
      ['lit_29a49df826e64cf9.txt', `${bc('BÁO CÁO\nTổng kết việc thi hành pháp luật về thương mại điện tử,\n')}\n${bc('Điểm sáng trong giai đoạn này ghi\nnhận ở tốc độ phát triển về quy mô thị trường TMĐT B2C')}.\n\nĐiều 5. Quyền\n\nĐiều 6. Nghĩa vụ\n\nIII. NỘI DUNG KHÁC\n\n- Tỷ lệ người dân mua sắm trực tuyến 75%.`, 75, 'achievement', null],
      ['lit_eab474f5276cdae4.txt', `${corpusSnippet('lit_eab474f5276cdae4.txt', 'Phụ lục\n(Kèm theo Báo cáo số………/BC-BYT ngày……tháng……năm 2025)\n')}\nĐiều 5. Quyền\n\nĐiều 6. Nghĩa vụ\n\nIII. NỘI DUNG KHÁC\n\n${corpusSnippet('lit_eab474f5276cdae4.txt', 'Các nghiên cứu cho thấy hơn 90% các ca ung thư phổi')}`, 90, 'achievement', null],
      // no title: two articles or more make a text of provisions
      ['made up', 'Điều 1. Phạm vi\n\nĐiều 2. Đối tượng\n\na) Trường hợp thứ nhất\n\n- Người sở hữu trên 5% vốn điều lệ.', 5, 'provision', null],
      ['made up', 'Ðiều 1. Phạm vi\n\nĐiều 2. Đối tượng\n\na) Trường hợp thứ nhất\n\n- Người sở hữu trên 5% vốn điều lệ.'.normalize('NFD'), 5, 'provision', null],
    ];
    it.each(cases)('[%s] %s', (_file, text, value, kind, year) => {
      const t = analyzeText(text, new Registry()).targets.find((x) => x.value === value);
      if (!kind) return expect(t).toBeUndefined();
      expect([t!.kind, t!.year]).toEqual([kind, year]);
    });
  });
  it('a cue in the figure\'s own part of the sentence, after the last ";", wins; "bảo đảm được" reports, it sets no goal [lit_8025987f427ddf33.txt]', () => {
    const kinds = (text: string) => analyzeText(text, new Registry()).targets.map((t) => [t.value, t.kind]);
    expect(kinds('Đến nay, 100% cơ quan cấp tỉnh đã kết nối mạng; tỷ lệ hồ sơ trực tuyến đạt 45,6%; phấn đấu đến năm 2025 đạt 80%.')).toEqual([[100, 'achievement'], [45.6, 'achievement'], [80, 'goal']]);
    const text = corpusSnippet('lit_8025987f427ddf33.txt', 'đã bước đầu bố trí ngân sách cho công tác dân số để triển khai các chương trình, đề án thực hiện Nghị quyết 137/NQ-CP trung bình khoảng 95 tỷ đồng/năm; tại Trung ương, ngân sách chỉ bảo đảm được một phần kinh phí để triển khai các chương trình, đề án thực hiện NQ137/NQ-CP trung bình khoảng 25 tỷ đồng/năm');
    expect(kinds(text)).toEqual([[95, 'achievement'], [25, 'achievement']]);
  });
  it('a comma before a short item another comma closes goes on with the list: "100% các sở, ban, ngành"; ", trong đó," opens a clause [seeds/004_e0d6b72e0ffed4f2.txt, p8_bhxh__van-ban-hop-nhat-so-06-vbhn-byt-26324.txt]', () => {
    expect(seed('004_e0d6b72e0ffed4f2.txt')).toContain('Hằng năm, 100% các sở, ban, ngành, UBND cấp huyện đều ban hành');
    expect(analyzeText('Hằng năm, 100% các sở, ban, ngành, UBND cấp huyện đều ban hành chương trình.', new Registry()).targets.map((t) => t.metric)).toEqual(['các sở, ban, ngành']);
    const text = corpusSnippet('p8_bhxh__van-ban-hop-nhat-so-06-vbhn-byt-26324.txt', 'có hưởng 100% chi phí khám bệnh, chữa bệnh, Điều trị');
    expect(analyzeText(text, new Registry()).targets.map((t) => t.metric)).toEqual(['chi phí khám bệnh, chữa bệnh']);
    expect(analyzeText('Tổng thu đạt 115,1% so dự toán, trong đó, thu nội địa tăng.', new Registry()).targets.map((t) => t.metric)).toEqual(['Tổng thu so dự toán']);
  });
  it('"6,5 - 7%/năm": a bare number before "- 7%" opens a range of percentages when it goes up; "/năm" is the rate\'s, not the metric [vnm_NQ57__bangoc.md]', () => {
    const text = corpusSnippet('vnm_NQ57__bangoc.md', 'số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình 16 \\- 18%/năm, tỉ lệ');
    expect(analyzeText(text, new Registry()).targets.map((t) => [t.value, t.comparator, t.metric])).toEqual([
      [16, '>=', 'văn bằng bảo hộ sáng chế tăng trung bình'],
      [18, '<=', 'văn bằng bảo hộ sáng chế tăng trung bình'],
    ]);
    expect(analyzeText('Phấn đấu tốc độ tăng trưởng kinh tế bình quân 6,5 - 7%/năm.', new Registry()).targets.map((t) => [t.value, t.comparator, t.metric])).toEqual([
      [6.5, '>=', 'tốc độ tăng trưởng kinh tế bình quân'],
      [7, '<=', 'tốc độ tăng trưởng kinh tế bình quân'],
    ]);
    // going down, or no percentage after the dash: the bare number is no figure
    expect(analyzeText('Giảm 10 - 7% chi phí; Điều 5 - 7 ngày.', new Registry()).targets.map((t) => t.value)).toEqual([7]);
  });
  describe('"8% trở lên", "từ 81% trở lên": a bound after the figure is its comparator, and no word of its metric', () => {
    eachFigure<[string, string, string]>(
      [
        ['p8_bhxh__nghi-dinh-so-188-2025-nd-cp-45593.txt', 'Người hoạt động kháng chiến bị nhiễm chất độc hóa học có tỷ lệ suy giảm \nkhả năng lao động từ 81% trở lên. ', 81, '>=', 'tỷ lệ suy giảm khả năng lao động', 'từ 81% trở lên'],
        ['p8_bhxh__nghi-dinh-so-212-2025-nd-cp-45740.txt', 'đảm bảo lãi suất để tính \ngiá mua trái phiếu Chính phủ của từng nhà đầu tư từ mức 2,15%/năm trở lên.', 2.15, '>=', 'đảm bảo lãi suất để tính giá mua trái phiếu Chính phủ của từng nhà đầu tư', 'từ mức 2,15%/năm trở lên'],
        ['made up', 'Tỷ lệ nợ xấu ở mức 3% trở xuống.', 3, '<=', 'Tỷ lệ nợ xấu', '3% trở xuống'],
        ['made up', 'Tỷ lệ lao động qua đào tạo đạt 70% trở lên.', 70, '>=', 'Tỷ lệ lao động qua đào tạo', '70% trở lên'],
      ],
      (t) => [t.comparator, t.metric, t.text],
    );
    it('"đã đặt mục tiêu tăng trưởng 8% trở lên" sets a goal, and the few words after "mục tiêu" name its metric [lit_523ee655f524f756.txt]', () => {
      const t = figureIn('lit_523ee655f524f756.txt', 'Đảng và Nhà nước đã đặt mục tiêu tăng trưởng 8% trở lên vào năm 2025 và mức tăng trưởng “hai con số” trong giai đoạn 2026 - 2030', 8);
      expect([t.kind, t.comparator, t.year, t.metric.startsWith('tăng trưởng ')]).toEqual(['goal', '>=', 2025, true]);
      // a long clause after the goal noun is no metric of the figure: its own words are kept
      const long = figureIn('made up', 'Năm 2023 chỉ tiêu kế hoạch về vốn đầu tư thực hiện giai đoạn 2021-2025 và đạt mức giải ngân cao nhất với gần 23.183 triệu USD', 23183);
      expect(long.metric).toBe('triệu USD');
    });
  });
  describe('"Ít nhất **90%**": Markdown emphasis between a comparator and the figure, or after the figure before its bound, hides neither', () => {
    eachFigure<[string, string]>(
      [
        ['made up', 'Phấn đấu đến năm 2025: Ít nhất **90%** dịch vụ công được cung cấp trực tuyến.', 90, '>=', 'dịch vụ công được cung cấp trực tuyến'],
        ['made up', 'Phấn đấu đến năm 2025: **80%** trở lên hồ sơ được số hóa.', 80, '>=', 'hồ sơ được số hóa'],
        ['made up', 'Mục tiêu: tối thiểu _70%_ doanh nghiệp dùng hóa đơn điện tử.', 70, '>=', 'doanh nghiệp dùng hóa đơn điện tử'],
        // a mark glued to a word is no emphasis of the figure
        ['made up', 'Mục tiêu: tối thiểu**70% doanh nghiệp dùng hóa đơn điện tử.', 70, '=', 'doanh nghiệp dùng hóa đơn điện tử'],
      ],
      (t) => [t.comparator, t.metric],
    );
  });
  describe('"ước đạt", "ước tăng": an estimated result is a result, "ước" no word of its metric; "giảm còn 35%": the level reached, "giảm còn" no word of its metric', () => {
    eachFigure<[string, string, boolean]>(
      [
        ['p8_hd_kinh_te__nghi-quyet-so-122-nq-cp-469492.txt', 'Thị trường tiền tệ, ngoại hối cơ \nbản ổn định; thanh khoản của hệ thống ngân hàng bảo đảm, đáp ứng nhu cầu của \nngười dân, doanh nghiệp. Thu ngân sách nhà nước tháng 4 ước đạt 257,2 nghìn \ntỷ đồng', 257.2, 'achievement', 'Thu ngân sách nhà nước tháng 4 nghìn tỷ đồng', false],
        ['made up', 'Theo Tổng cục Thống kê, GDP năm 2024 ước tăng 7,09% so với năm 2023.', 7.09, 'achievement', 'GDP năm 2024 so với năm 2023', true],
        ['lit_fd7d897c79f29147.txt', '- Đến năm 2025: Tỉ lệ tham gia bảo hiểm y tế đạt 95% dân số. Tỉ lệ chi trực tiếp từ tiền túi của hộ gia đình cho y tế giảm còn 35%.', 35, 'goal', 'Tỉ lệ chi trực tiếp từ tiền túi của hộ gia đình cho y tế', false],
      ],
      (t) => [t.kind, t.metric, t.change],
    );
  });
  describe('"mục tiêu" in a programme\'s name ("chương trình mục tiêu quốc gia") sets no goal', () => {
    eachFigure<[string]>(
      [
        ['made up', 'Đến hết tháng 6/2025, vốn các chương trình mục tiêu quốc gia giải ngân 121,2 tỷ đồng, đạt 21,9% kế hoạch.', 21.9, 'achievement'],
        ['lit_8025987f427ddf33.txt', 'Năm 2021, 2022 không còn Chương trình mục tiêu Y tế - Dân số nên kinh phí hoạt động công tác dân số do các địa phương đảm nhận 100%', 100, 'achievement'],
        ['made up', 'Mục tiêu đến năm 2025, 70% hồ sơ được xử lý trực tuyến.', 70, 'goal'],
      ],
      (t) => [t.kind],
    );
  });
  it('a sub-section naming no kind ("### 3.1. Chuyển đổi số trong quản lý") defers to the section over it when that opens with its cue ("## 3. Mục tiêu năm 2025"); a sibling section decides nothing [made up, after a probe of a Markdown plan]', () => {
    const plan = '## 2. Kết quả năm 2024\n\n- 95,6% hồ sơ được giải quyết trực tuyến.\n\n## 3. Mục tiêu năm 2025\n\n### 3.1. Chuyển đổi số trong quản lý\n\n- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt tối thiểu 95%;\n\n### 3.2. Chuyển đổi số trong dạy, học\n\n- 100% trường phổ thông triển khai học bạ số.\n';
    const kinds = (text: string) => analyzeText(text, new Registry()).targets.map((t) => [t.value, t.kind]);
    expect(kinds(plan)).toEqual([[95.6, 'achievement'], [95, 'goal'], [100, 'goal']]);
    // the same outline as plain numbered lines
    expect(kinds(plan.replace(/#+ /g, ''))).toEqual([[95.6, 'achievement'], [95, 'goal'], [100, 'goal']]);
  });
  it('Markdown emphasis ("**3. Thu ngân sách.** Tổng thu …") is no word of a metric [made up, after a probe of a quarterly report in Markdown]', () => {
    const t = figureIn('made up', '**3. Thu ngân sách.** Tổng thu ngân sách nhà nước trên địa bàn ước đạt 96,35 tỷ đồng, đạt 27,5% dự toán.', 96.35);
    expect(t.metric).toBe('Tổng thu ngân sách nhà nước trên địa bàn tỷ đồng');
    expect(figureIn('made up', '- **Tỷ lệ người dân tham gia bảo hiểm y tế** đạt 93,4%.', 93.4).metric).toBe('Tỷ lệ người dân tham gia bảo hiểm y tế');
  });
  it('a "." between digits ("21.845,9") ends no clause or sentence: the metric reads over it [lit_fd7d897c79f29147.txt]', () => {
    const text = corpusSnippet('lit_fd7d897c79f29147.txt', 'quỹ bảo hiểm y tế tăng thêm 21.845,9 tỷ đồng với mức đóng là 5,4%');
    expect(analyzeText(text, new Registry()).targets.map((t) => t.metric)).toEqual(['quỹ bảo hiểm y tế tăng thêm 21.845,9 tỷ đồng với mức đóng']);
    // after the figure too: the phrase reads over "110.000" to its unit
    const after = corpusSnippet('lit_fd7d897c79f29147.txt', '(1% của 110.000 tỷ đồng)');
    expect(analyzeText(after, new Registry()).targets.map((t) => t.metric)).toEqual(['của 110.000 tỷ đồng']);
    // "với" before another figure ends the phrase, as "và" does; the count is a figure of its own
    expect(analyzeText('Đến nay, 100% xã đã thành lập tổ công nghệ số cộng đồng với 23.817 thành viên.', new Registry()).targets.map((t) => [t.metric, t.value])).toEqual([
      ['xã đã thành lập tổ công nghệ số cộng đồng', 100],
      ['thành viên', 23817],
    ]);
    // a full stop still ends the sentence
    expect(analyzeText('Dân số 1.845 người. Tỷ lệ hộ nghèo đạt 5%.', new Registry()).targets.map((t) => t.metric)).toEqual(['Tỷ lệ hộ nghèo']);
    expect(analyzeText('Tỷ lệ hộ nghèo đạt 5%.1.845 hộ thoát nghèo.', new Registry()).targets.map((t) => t.metric)).toEqual(['Tỷ lệ hộ nghèo']);
  });
  it('VB402: "thường xuyên" and "không thường xuyên" later in the sentence are two metrics; the same wording with another range still fires [p8_thue_tncn__quyet-dinh-so-892-qd-ttg-469579.txt]', () => {
    const bullet = (range: string, how: string) =>
      `- Phấn đấu ${range} cán bộ và công chức, viên chức làm công tác đối \nngoại, hội nhập quốc tế ${how} của các cơ quan Trung ương, \ncác địa phương được bồi dưỡng các năng lực cần thiết để làm việc trong môi trường \nquốc tế.   \n`;
    const text = `b) Giai đoạn 2 (2029 - 2031) \n${bullet('70% - 80%', 'trực tiếp, thường xuyên')}${bullet('50% - 60%', 'không thường xuyên')}`;
    expect(targetFindings(text, new Registry())).toEqual([]);
    const twice = `b) Giai đoạn 2 (2029 - 2031) \n${bullet('70% - 80%', 'không thường xuyên')}${bullet('50% - 60%', 'không thường xuyên')}`;
    expect(targetFindings(twice, new Registry())).toEqual(['VB402@50', 'VB402@60']);
  });
  it('VB403: a share over 100%, but not a growth rate', () => {
    expect(targetFindings('Tỷ lệ hộ gia đình có cáp quang đạt 130%.', new Registry())).toEqual(['VB403@130']);
    expect(targetFindings('Chữ ký số cấp mới tăng trưởng 300%.', new Registry())).toEqual([]);
  });
  it('VB403: a breakdown that does not add up', () => {
    expect(targetFindings('thành lập 1.845 tổ (cấp xã: 138, cấp thôn: 1.700)', new Registry())).toEqual(['VB403@1.845']);
  });
  it('VB404: an achievement below the goal once the year is over', () => {
    const reg = new Registry([sourceOf('r.json', [{ symbol: '13-NQ/TU', targets: [{ metric: 'hồ sơ công việc được xử lý trên môi trường mạng', scope: 'cấp xã', year: 2025, comparator: '=', value: 70, unit: '%' }] }])]);
    const text = 'Thực hiện Nghị quyết số 13-NQ/TU, tính đến cuối năm 2025 đã có 60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng.';
    expect(targetFindings(text, reg)).toEqual(['VB404@60']);
    expect(targetFindings(text.replace('60%', '75%'), reg)).toEqual([]);
  });
  it('VB304: "định hướng đến năm 2025" for a document oriented to 2030; "đến năm 2025" is fine', () => {
    expect(targetFindings('Quyết định số 749/QĐ-TTg phê duyệt Chương trình đến năm 2025, định hướng đến năm 2025.')).toEqual(['VB304@2025']);
    expect(targetFindings('Quyết định số 749/QĐ-TTg phê duyệt Chương trình đến năm 2025, định hướng đến năm 2030.')).toEqual([]);
    expect(targetFindings('Nghị quyết số 111-NQ/TU về CĐS giai đoạn 2021-2025, định hướng đến năm 2030.')).toEqual([]);
    expect(targetFindings('Nghị quyết số 111-NQ/TU về CĐS giai đoạn 2022-2025, định hướng đến năm 2030.')).toEqual(['VB304@2022-2025']);
  });
});

describe('targets in text as written (real text)', () => {
  // attribution reads the original text: NFD, "Ð" for Đ and no-break spaces must read as NFC does
  const messy = (s: string) => s.normalize('NFD').replace(/Đ/g, '\u00d0').replace(/ năm /g, '\u00a0năm ');
  const reading = (text: string) => analyzeText(text, registry).targets.map((t) => [t.value, t.kind, t.year, t.comparator, t.metric.normalize('NFC').replace(/\u00d0/g, 'Đ')]);
  it.each(SEEDS)('seed %s: the same targets, years and kinds in NFD with look-alikes', (file) => {
    const text = seed(file);
    const nfc = reading(text);
    expect(nfc.length).toBeGreaterThan(0);
    expect(reading(messy(text))).toEqual(nfc);
  });
  it('"so với", "đến nay", a cited title and "Đến năm" read in NFD with "Ð"', () => {
    const header = 'Số: 12/BC-UBND\nNghệ An, ngày 15 tháng 12 năm 2024\n\n';
    const intro = 'Thực hiện Nghị quyết số 09-NQ/TU ngày 15/3/2022 của Tỉnh ủy về chuyển đổi số đến năm 2025, định hướng đến năm 2030;\n\n';
    const body = '- Chỉ tiêu Nghị quyết số 09 đề ra là 90%.\n- Đến nay, 89,1% thủ tục được cung cấp trực tuyến; tăng 1,8% so với năm 2023.';
    const text = header + intro + body;
    expect(reading(text).map(([value, kind, year]) => [value, kind, year])).toEqual([[90, 'goal', null], [89.1, 'achievement', 2024], [1.8, 'achievement', 2024]]);
    expect(reading(messy(text))).toEqual(reading(text));
  });
});
