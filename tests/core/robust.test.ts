// Whatever a user types or pastes, the analysis and the checks finish, throw nothing, and every span
// they give lies inside the text: texts put together at random (a seeded generator, so a failure
// repeats) from the pieces that make recognition work hard: type words, "số", symbols cut short,
// dates out of range, Vietnamese numbers, NFD and look-alike letters, lone surrogates, control
// characters, suppression comments, Markdown escapes, very long runs. Real text: the seeds, cut
// and spliced at random.
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInPieces, check, PieceCache } from '../../server/src/core/analyze';
import { brief, builtinRegistry, seed, SEEDS, TODAY } from '../helpers';

const registry = builtinRegistry();
const options = { registry, today: TODAY };

const FRAGMENTS = [
  'Nghị quyết', 'nghị quyết', 'NGHỊ QUYẾT', 'Quyết định', 'Quyết địnhsố', 'Nghị định', 'Thông tư', 'Chỉ thị', 'Kế hoạch', 'Luật', 'Bộ luật', 'Hiến pháp', 'Pháp lệnh',
  'Luật Tổ chức chính quyền địa phương', 'số', 'Số:', 'Số', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\u00a0', '\u200b', '\u2028',
  '52-NQ/TW', '749/QĐ-TTg', '15/2020/NĐ-CP', '01/2020/TTLT-BTC-BNV', '342/BC STTTT', '/', '-', '–', '—', '\\-', '12\\-NQ/TW', '/2024/NQ-HĐND', '…/QĐ-UBND',
  'QĐ', 'QD', 'NĐ', 'Ð', 'Ɖ', 'đ', 'D\u0323', 'Nghi\u0323 quyê\u0301t', '\u0301\u0301\u0301', 'TƯ', 'TU', 'HĐND', 'UBND', 'CP', 'TTg', 'QH15', 'QH1528',
  'ngày', 'ngày 03/6/2020', 'ngày 31/02/2023', 'ngày 99/99/99999', 'ngày 12-4-2022', 'ngày 03 tháng 6 năm 2020', 'tháng', 'năm', 'năm 2025', 'năm 0',
  'giai đoạn 2021-2025', '2022 - 2025', 'đến năm 2025', 'định hướng đến năm 2030', 'tầm nhìn đến năm 2045', 'Hà Nội, ngày 05 tháng 02 năm 2026',
  '70%', '81,2%', '1.845', '1.693/1.733', '100%', '0,5', '-3%', '1e9', '9'.repeat(40), '0'.repeat(12), '1.000.000.000.000.000',
  'đạt', 'phấn đấu', 'mục tiêu', 'hồ sơ công việc tại cấp xã', 'trên', 'dưới', 'ít nhất', '(cấp xã: 138, cấp thôn: 1.707)', '(', ')', ':', ';', ',', '.',
  'của Thủ tướng Chính phủ', 'của UBND tỉnh', 'tỉnh Thanh Hóa', 'Ban Chấp hành Trung ương', 'Bộ Chính trị', 'đã ban hành',
  'khoản 2 Điều 3', 'Mẫu số 02/PLII', 'TCVN 11930:2017', 'QCVN 12:2020/BYT', 'CÔNG BÁO/Số 101 + 102', 'V/v', '0912.345.678', 'a@b.vn', 'https://x.vn/52-NQ/TW',
  '<!-- vanban-disable-next-line VB201 -->', '<!-- vanban-disable -->', '<!-- vanban-enable VB101 -->', '<!--', '-->', '| a | b |', '# ', '**', '`',
  '\ud800', '\udc00', '\u0000', '\u0007', '\ufeff', '😀', '\u202e', 'Nghị quyết số 13', 'Nghị quyết 111', 'Đề án 06', 'Quyết định số 4216/QĐ-UBND ngày 05/10/2020',
  // forms read since session 4: table cells, footnote marks run into a year, names across a page's
  // running header, lower-case law names, mis-written symbols, changes, ranges and narrowing clauses
  '| 6/2025 |', '| 1/2000 |', 'ngày 01 tháng 01 năm 20205.', 'ngày 08/10/20181', '\nCÔNG BÁO/Số 1459 + 1460/Ngày 25-12-2025\n', 'Luật Bảo \n', 'hiểm xã hội',
  'Luật giá số 16/2023/QH15', 'Luật \n69/2020/QH14', 'Kết luận số 21/KL/TW', 'Báo cáo số 614-BC-UBXH15', 'Nghị định số 31/2021/NĐ CP', '142/2025/NĐ-Cpngày',
  'tăng từ 8,6% lên 9,7%', 'từ 01% đến 03%', 'giảm từ 5% xuống còn 4%', '; đối với xã có điều kiện đạt ít nhất 90%', 'riêng', 'từ năm 1950 đến năm 2000', '6,5 - 7%/năm', '10 - 7%', 'Điều 5.', ', trong đó,',
  // session 11: a law's name before a comma and blanks, changes, percentage points, bases
  'Luật Đất đai, , năm 2024', 'Luật Ngân sách nhà nước ,  ', 'tăng 1,2 điểm phần trăm', 'điểm %', 'giảm bình quân', 'tăng\ntrưởng', 'suy giảm', 'GDP', 'UBND huyện',
];

/** A small seeded generator (mulberry32): the same texts on every run. */
function generator(seedValue: number): () => number {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomText(next: () => number, parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i++) text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!;
  return text;
}

/** Every { start, end } inside `value`, with where it was found. */
function spansOf(value: unknown, path: string, out: { path: string; start: number; end: number }[], seen = new Set<unknown>()): typeof out {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o['start'] === 'number' && typeof o['end'] === 'number') out.push({ path, start: o['start'], end: o['end'] });
  for (const k of Object.keys(o)) if (k !== 'registry' && k !== 'entry' && k !== 'candidates' && k !== 'elsewhere') spansOf(o[k], `${path}.${k}`, out, seen);
  return out;
}

/** What the texts exercised: a test of nothing would pass too. */
const seen = { citations: 0, findings: 0, fixes: 0 };

/** Analyses and checks `text`, then applies every fix; asserts that all spans lie inside the text. */
function survives(text: string): void {
  const a = analyze(text, options);
  const findings = check(a);
  seen.citations += a.citations.length;
  seen.findings += findings.length;
  seen.fixes += findings.reduce((n, f) => n + f.fixes.length, 0);
  const spans = spansOf({ citations: a.citations, dates: a.dates, targets: a.targets, ratios: a.ratios, breakdowns: a.breakdowns, ownDate: a.ownDate, findings }, '', []);
  const outside = spans.filter((s) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length));
  expect(outside, JSON.stringify(text.slice(0, 300))).toEqual([]);
  for (const f of findings) {
    expect(typeof f.message.vi === 'string' && f.message.vi.length > 0 && typeof f.message.en === 'string' && f.message.en.length > 0).toBe(true);
    for (const fix of f.fixes) {
      // a fix's edits do not overlap, so they apply from the end back
      let fixed = text;
      const edits = [...fix.edits].sort((x, y) => y.span.start - x.span.start);
      for (let i = 1; i < edits.length; i++) expect(edits[i]!.span.end).toBeLessThanOrEqual(edits[i - 1]!.span.start);
      for (const e of edits) fixed = fixed.slice(0, e.span.start) + e.newText + fixed.slice(e.span.end);
      check(analyze(fixed, options));
    }
  }
}

describe('robustness: nothing a user types breaks the analysis', () => {
  it('600 texts put together at random from hard fragments: no throw, every span inside its text, every fix applies', () => {
    const next = generator(20261123);
    for (let i = 0; i < 600; i++) survives(randomText(next, 1 + Math.floor(next() * 80)));
    expect(seen.citations).toBeGreaterThan(500);
    expect(seen.findings).toBeGreaterThan(500);
    expect(seen.fixes).toBeGreaterThan(100);
  });

  it('long runs of one fragment finish (no pattern backtracks on them)', () => {
    const runs = ['Luật ', 'Nghị quyết số ', 'số ', '1.', '9', '/', '-', 'ngày ', '(', 'a: 1, ', '\u0301', '\n', ' ', 'Đ', '1/', '1-', '%', 'đến năm 2025, '];
    for (const r of runs) survives(r.repeat(Math.ceil(20_000 / r.length)));
  });

  it('the seeds [real text] cut and spliced at random', () => {
    const next = generator(7);
    const texts = SEEDS.map(seed);
    for (let i = 0; i < 150; i++) {
      let text = '';
      for (let k = 0; k < 4; k++) {
        const t = texts[Math.floor(next() * texts.length)]!;
        const from = Math.floor(next() * t.length);
        text += t.slice(from, from + Math.floor(next() * 3000));
      }
      survives(text);
    }
  });

  it('a large random text read in pieces has the findings of the text read whole', () => {
    const next = generator(99);
    let text = '';
    while (text.length < 400_000) text += `${randomText(next, 40)}.\n${next() < 0.3 ? '\n' : ''}`;
    const findings = (a: ReturnType<typeof analyze>) => brief(a.text, check(a)).map((f, i) => `${f}#${check(a)[i]!.span.start}`);
    expect(findings(analyzeInPieces(text, options, new PieceCache()))).toEqual(findings(analyze(text, options)));
  });
});
