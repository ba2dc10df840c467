// Indicator tables in Markdown: a value cell ("≥ 80") takes its metric from the row's "Chỉ tiêu"
// cell, its unit from the "Đơn vị" cell, and its kind and year from the column's header or a
// section row. On the corpus' indicator appendix (real text) and made-up report tables.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInPieces, check, PieceCache } from '../../server/src/core/analyze';
import type { TargetMention } from '../../server/src/core/types';
import { analyzeText, brief, CORPUS, EMPTY, TODAY } from '../helpers';

const row = (t: TargetMention) => `${t.kind} ${t.year} ${t.comparator}${t.value}${t.unit} | ${t.metric}`;
const rows = (text: string) => analyzeText(text).targets.map(row);
const APPENDIX = 'vnm_NQCP03__NQ03_PL1_chi_tieu.md';

describe.skipIf(!existsSync(CORPUS))(`the indicator appendix ${APPENDIX} [real text]`, () => {
  const text = existsSync(CORPUS) ? readFileSync(join(CORPUS, APPENDIX), 'utf8') : '';
  const targets = analyzeText(text).targets;
  const of = (metric: string) => targets.filter((t) => t.metric.startsWith(metric)).map(row);

  it('a value cell without "%" takes the unit of its row, the metric of its "Chỉ tiêu" cell, the year of its section row', () => {
    expect(of('Tỉ lệ sử dụng dịch vụ công trực tuyến')).toEqual(['goal 2030 >=80% | Tỉ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp']);
    expect(of('Tỉ lệ cắt giảm hoặc tự động hóa')).toEqual(['goal 2030 >=30% | Tỉ lệ cắt giảm hoặc tự động hóa thủ tục hành chính về cấp phép']);
    expect(of('Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình')).toEqual(['goal 2030 =90% | Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện']);
  });

  it('the words after "%" in the unit cell go with the metric; a rate per year does not', () => {
    expect(of('Quy mô kinh tế số')).toEqual(['goal 2030 >=30% | Quy mô kinh tế số GDP', 'goal 2045 >=50% | Quy mô kinh tế số GDP']);
    expect(of('Chi ngân sách hàng năm')).toEqual(['goal 2030 >=3% | Chi ngân sách hàng năm cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số quốc gia tổng chi NSNN']);
    expect(of('Số lượng công bố khoa học')).toEqual(['goal 2030 =10% | Số lượng công bố khoa học quốc tế tăng trung bình']);
  });

  it('"16 - 18" and "20% - 50%" are ranges: both ends, each with its bound', () => {
    expect(of('Số lượng đơn đăng ký sáng chế')).toEqual([
      'goal 2030 >=16% | Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình',
      'goal 2030 <=18% | Số lượng đơn đăng ký sáng chế, văn bằng bảo hộ sáng chế tăng trung bình',
    ]);
    expect(of('Làm chủ một số công nghệ chíp').map((r) => r.slice(0, 17))).toEqual(['goal 2045 >=20% |', 'goal 2045 <=50% |']);
  });

  it('any other unit cell makes a count of that unit; a cell of two figures parts them by the words after each; a cell of words makes none', () => {
    expect(of('Số doanh nghiệp công nghệ số')).toEqual([
      'goal 2030 >=5doanh nghiệp | Số doanh nghiệp công nghệ số ngang tầm các nước tiên tiến',
      'goal 2045 >=10doanh nghiệp | Số doanh nghiệp công nghệ số ngang tầm các nước tiên tiến',
    ]);
    expect(of('Tổng dung lượng')).toEqual(['goal 2030 >=350Tbps | Tổng dung lượng thiết kế cáp quang trên biển']);
    expect(of('Xếp hạng năng lực cạnh tranh số')).toEqual(['goal 2030 <=3Thứ bậc | Xếp hạng năng lực cạnh tranh số Đông Nam Á', 'goal 2030 <=50Thứ bậc | Xếp hạng năng lực cạnh tranh số Thế giới']);
    expect(of('Tiềm lực')).toEqual([]);
  });

  it('every figure of the table is read from it; rows of one table are different indicators (no VB402)', () => {
    expect(targets.every((t) => t.table !== undefined && t.metric !== '' && t.kind === 'goal')).toBe(true);
    expect(targets.length).toBe(58);
    expect(check(analyzeText(text)).map((f) => f.code)).toEqual(['VB107']);
  });
});

const REPORT = `BIỂU 01. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025

| STT | Chỉ tiêu | ĐVT | Kế hoạch 2025 | Thực hiện 2025 | So sánh TH/KH (%) | Ghi chú |
|:---:|---|:---:|---:|---:|---:|---|
| 1 | Tỷ lệ hồ sơ giải quyết TTHC trực tuyến | % | 80 | 72,5 | 90,6 | |
| 2 | Tỷ lệ văn bản điện tử có ký số | | | | | |
| | - Cấp tỉnh | % | 100 | 98 | 98 | |
| | - Cấp xã | % | ≥ 90 | 85 | 94,4 | |
| 3 | Số doanh nghiệp công nghệ số | doanh nghiệp | 1.500 | 1.245 | 83 | |
| 4 | Tỷ lệ dân số trưởng thành có chữ ký số (%) | | 50 | 41,2 | 82,4 | Ước tính |
`;

describe('a made-up report table', () => {
  it('the header gives each value column its kind and year; a comparison column gives no figure', () => {
    expect(rows(REPORT)).toEqual([
      'goal 2025 =80% | Tỷ lệ hồ sơ giải quyết TTHC trực tuyến',
      'achievement 2025 =72.5% | Tỷ lệ hồ sơ giải quyết TTHC trực tuyến',
      'goal 2025 =100% | Tỷ lệ văn bản điện tử có ký số Cấp tỉnh',
      'achievement 2025 =98% | Tỷ lệ văn bản điện tử có ký số Cấp tỉnh',
      'goal 2025 >=90% | Tỷ lệ văn bản điện tử có ký số Cấp xã',
      'achievement 2025 =85% | Tỷ lệ văn bản điện tử có ký số Cấp xã',
      'goal 2025 =1500doanh nghiệp | Số doanh nghiệp công nghệ số',
      'achievement 2025 =1245doanh nghiệp | Số doanh nghiệp công nghệ số',
      'goal 2025 =50% | Tỷ lệ dân số trưởng thành có chữ ký số',
      'achievement 2025 =41.2% | Tỷ lệ dân số trưởng thành có chữ ký số',
    ]);
    // a sub-item's scope is the metric's
    expect(analyzeText(REPORT).targets.map((t) => t.scope)).toEqual([null, null, 'cấp tỉnh', 'cấp tỉnh', 'cấp xã', 'cấp xã', null, null, null, null]);
  });

  it('offsets are the original text\'s, in NFD with "Ð" for Đ too', () => {
    const nfd = REPORT.normalize('NFD').replace(/Đ/g, '\u00d0');
    const a = analyzeText(nfd);
    expect(a.targets.map((t) => nfd.slice(t.valueSpan.start, t.valueSpan.end))).toEqual(['80', '72,5', '100', '98', '90', '85', '1.500', '1.245', '50', '41,2']);
    expect(a.targets.map(row)).toEqual(rows(REPORT));
  });

  it('a text goal that contradicts the table\'s goal of the same year is VB402', () => {
    const text = `${REPORT}\nNăm 2025 phấn đấu tỷ lệ hồ sơ giải quyết TTHC trực tuyến đạt 90%.\n`;
    expect(brief(text, check(analyzeText(text))).filter((f) => f.startsWith('VB402'))).toEqual(['VB402@90']);
  });

  it('a section row "Đến năm 2030" makes the rows under it goals of 2030, under a header that tells no kind', () => {
    const text = '| TT | Nội dung | Đơn vị tính | Kết quả |\n|---|---|---|---|\n| I | **Đến năm 2030** | | |\n| 1 | Tỷ lệ phủ sóng 5G | % dân số | 99 |\n| II | Đến năm 2045 | | |\n| 2 | Tỷ lệ phủ sóng 5G | % dân số | 100 |\n';
    expect(rows(text)).toEqual(['goal 2030 =99% | Tỷ lệ phủ sóng 5G dân số', 'goal 2045 =100% | Tỷ lệ phủ sóng 5G dân số']);
  });

  it('a table with no metric column (tasks, agencies) is read as running text', () => {
    const text = '| TT | Nhiệm vụ | Cơ quan chủ trì | Kết quả |\n|---|---|---|---|\n| 1 | Phấn đấu 100% hồ sơ được số hóa | Sở Nội vụ | Báo cáo |\n';
    const [t] = analyzeText(text).targets;
    expect(t?.table).toBeUndefined();
    expect(t?.value).toBe(100);
  });

  it('"Đơn vị chủ trì" is an agency, no unit column; "Chỉ tiêu 2026" is a value column, no metric column', () => {
    const text = '| TT | Tên chỉ tiêu | Đơn vị chủ trì | Chỉ tiêu 2026 |\n|---|---|---|---|\n| 1 | Tỷ lệ xã đạt chuẩn nông thôn mới | Sở Nông nghiệp | 85% |\n';
    expect(rows(text)).toEqual(['goal 2026 =85% | Tỷ lệ xã đạt chuẩn nông thôn mới']);
  });
});

describe('a table across the pieces of a large text', () => {
  it('the piece takes the rest of the table: the same targets as the text read whole', () => {
    const body = Array.from({ length: 1000 }, (_, i) => `| ${i + 1} | Tỷ lệ hồ sơ loại ${i + 1} được số hóa | % | ${50 + (i % 50)} |`).join('\n');
    const text = `${'Văn bản mở đầu không có số liệu.\n'.repeat(900)}\n| TT | Chỉ tiêu | Đơn vị | Mục tiêu đến năm 2030 |\n|---|---|---|---|\n${body}\n`;
    const options = { registry: EMPTY, today: TODAY };
    const whole = analyze(text, options).targets.map(row);
    expect(whole.length).toBe(1000);
    expect(whole.every((r) => r.startsWith('goal 2030'))).toBe(true);
    expect(analyzeInPieces(text, options, new PieceCache()).targets.map(row)).toEqual(whole);
  });
});
