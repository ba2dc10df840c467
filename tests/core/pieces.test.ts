// A large text analysed in pieces (what the language server does on each keystroke) gives the same
// findings as the text analysed whole, on real text: the seeds repeated and the corpus' largest files.
// The findings kept per piece from one edit to the next are those of the same analysis checked
// anew, whatever the edit: in a citation, in another piece, across pieces, in the registry.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInPieces, check, checkInPieces, PieceCache, type CheckOptions } from '../../server/src/core/analyze';
import { Registry, sourceOf } from '../../server/src/core/registry/registry';
import { brief, builtinRegistry, builtinSource, CORPUS, EMPTY, seed, SEEDS, TODAY } from '../helpers';

const registry = builtinRegistry();
const options = { registry, today: TODAY };
const findings = (a: ReturnType<typeof analyze>) => {
  const all = check(a);
  return brief(a.text, all).map((f, i) => `${f}#${all[i]!.span.start}`);
};

/** The seeds repeated to 1 MB, between `first` and `last`. */
function large(first = '', last = ''): string {
  let text = first;
  for (let i = 0; text.length < 1_000_000; i++) text += `Bài ${i}\n\n${seed(SEEDS[i % 5]!)}\n\n`;
  return text + last;
}

/** Analyses `text` with `cache` and checks that the findings kept per piece are the ones checked anew; returns them. */
function checkedInPieces(text: string, cache: PieceCache, checkOptions: CheckOptions = {}, opts = options) {
  const a = analyzeInPieces(text, opts, cache);
  const kept = checkInPieces(a, checkOptions, cache);
  expect(kept).toEqual(check(a, checkOptions));
  return kept;
}

const at = (text: string, needle: string, from = 0) => {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`${needle} not found`);
  return i;
};
const codesAt = (found: { code: string; span: { start: number } }[], start: number, end: number) => found.filter((f) => f.span.start >= start && f.span.start < end).map((f) => f.code);

describe('analysis in pieces', () => {
  it('the seeds repeated to 1 MB: same findings, same citations; an edit reuses the other pieces', () => {
    const text = large();
    const cache = new PieceCache();
    const whole = analyze(text, options);
    const pieces = analyzeInPieces(text, options, cache);
    expect(pieces.citations.map((c) => `${c.symbol}@${c.span.start}`)).toEqual(whole.citations.map((c) => `${c.symbol}@${c.span.start}`));
    expect(pieces.targets.map((t) => `${t.value}@${t.span.start}:${t.year}:${t.owner}:${t.kind}`)).toEqual(whole.targets.map((t) => `${t.value}@${t.span.start}:${t.year}:${t.owner}:${t.kind}`));
    expect(findings(pieces)).toEqual(findings(whole));
    expect(pieces.jurisdiction).toBe(whole.jurisdiction);
    expect(cache.pieces.size).toBeGreaterThan(20);
    // one keystroke in the middle: the findings of the edited text, from mostly cached pieces
    const edited = `${text.slice(0, 500_000)}x${text.slice(500_000)}`;
    expect(findings(analyzeInPieces(edited, options, cache))).toEqual(findings(analyze(edited, options)));
  });

  it.skipIf(!existsSync(CORPUS))('the corpus\' files over 200 KB [real text]: same findings', () => {
    const big = readdirSync(CORPUS).filter((f) => statSync(join(CORPUS, f)).size > 600_000).slice(0, 4);
    expect(big.length).toBeGreaterThan(0);
    for (const f of big) {
      const text = readFileSync(join(CORPUS, f), 'utf8');
      const [pieces, whole] = [analyzeInPieces(text, options, new PieceCache()), analyze(text, options)];
      expect(findings(pieces), f).toEqual(findings(whole));
      expect(pieces.jurisdiction, f).toBe(whole.jurisdiction);
    }
  });
});

describe('a day without its year read across pieces', () => {
  it('takes the text\'s dateline and its line\'s year as in the whole text, not a piece\'s first date', () => {
    const filler = `${'Nội dung báo cáo tình hình chung. '.repeat(40)}\n\n`;
    let text = 'Cập nhật: 19:44 | 13/09/2021\n\n';
    while (text.length < 100_000) text += filler;
    // a piece starts near here: its first date is no dateline of the text
    text += 'Thực hiện Nghị quyết số 13-NQ/TU ngày 6/9/2023 của Ban Thường vụ Tỉnh ủy.\n\nChiều 11/6, tỉnh họp. Năm 2020, ngày 15/3 tỉnh ra quân.\n\n';
    while (text.length < 250_000) text += filler;
    const years = (a: ReturnType<typeof analyze>) => a.dates.filter((d) => d.kind === 'dayMonth').map((d) => `${d.text}:${d.year}`);
    const whole = analyze(text, options);
    expect(years(whole)).toEqual(['Chiều 11/6:2021', 'ngày 15/3:2020']);
    expect(years(analyzeInPieces(text, options, new PieceCache()))).toEqual(years(whole));
  });
});

describe('a heading read across pieces', () => {
  it('an item under "Mục tiêu đến năm 2030:" is a goal of 2030 though a piece starts between them', () => {
    // the heading's paragraph ends just past the first piece's length, at a blank line: the cut
    const filler = `${'Nội dung báo cáo tình hình chung. '.repeat(40)}\n\n`;
    let text = '';
    while (text.length < 32_000 - 1_400) text += filler;
    text += 'Mục tiêu đến năm 2030:\n\n';
    while (text.length < 32_010) text += 'x';
    text += '\n\n- Tỷ lệ hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng 90%.\n\n';
    while (text.length < 250_000) text += filler;
    const kinds = (a: ReturnType<typeof analyze>) => a.targets.map((t) => `${t.value}:${t.kind}:${t.year}`);
    const whole = analyze(text, options);
    expect(kinds(whole)).toEqual(['90:goal:2030']);
    expect(kinds(analyzeInPieces(text, options, new PieceCache()))).toEqual(kinds(whole));
  });
});

describe('jurisdiction of a text in pieces', () => {
  it('the province named most in the first 200,000 characters, counted per piece: the same as the whole text, edit after edit', () => {
    const text = large();
    const cache = new PieceCache();
    const same = (t: string) => {
      const [pieces, whole] = [analyzeInPieces(t, options, cache), analyze(t, options)];
      expect(pieces.jurisdiction).toBe(whole.jurisdiction);
      return pieces.jurisdiction;
    };
    const before = same(text);
    const other = before === 'Bắc Ninh' ? 'Cà Mau' : 'Bắc Ninh';
    const many = ` tỉnh ${other},`.repeat(200);
    // named past the head: nothing changes
    const late = `${text.slice(0, 600_000)}${many}${text.slice(600_000)}`;
    expect(same(late)).toBe(before);
    // named inside the head, in a piece far from the first: it leads now
    const early = `${text.slice(0, 120_000)}${many}${text.slice(120_000)}`;
    expect(same(early)).toBe(other);
    // and the piece the head ends in, counted only up to the head's end
    const edge = `${text.slice(0, 199_990)} tỉnh ${other} ${many}${text.slice(199_990)}`;
    expect(same(edge)).toBe(same(edge.slice(0, 199_990) + text.slice(199_990)));
  });
});

describe('findings kept per piece', () => {
  it('an edit inside a citation changes its findings; the other pieces keep theirs', () => {
    let text = large();
    const cache = new PieceCache();
    const before = checkedInPieces(text, cache);
    const checked = new Set([...cache.checked.values()].flat());
    const symbol = at(text, '749/QĐ-TTg', 500_000);
    text = `${text.slice(0, symbol + 5)}D${text.slice(symbol + 6)}`; // 749/QD-TTg
    const after = checkedInPieces(text, cache);
    // only the edited piece was checked anew
    const reused = [...cache.checked.values()].flat().filter((c) => checked.has(c));
    expect(reused.length).toBe(new Set([...cache.checked.values()].flat()).size - 1);
    expect(codesAt(after, symbol - 40, symbol + 20)).toContain('VB101');
    expect(codesAt(before, symbol - 40, symbol + 20)).not.toContain('VB101');
    const moved = (f: { code: string; span: { start: number } }) => `${f.code}@${f.span.start}`;
    expect(after.filter((f) => f.span.start < symbol - 40).map(moved)).toEqual(before.filter((f) => f.span.start < symbol - 40).map(moved));
    // and the date cited with it, against the registry's (VB202)
    const date = at(text, '03/6/2020', symbol);
    text = `${text.slice(0, date)}04/6/2020${text.slice(date + 9)}`;
    expect(codesAt(checkedInPieces(text, cache), date, date + 9)).toContain('VB202');
  });

  it('a short form follows its full citation in another piece', () => {
    const full = 'Thực hiện Nghị quyết số 77-NQ/TU ngày 06/9/2023 của Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi.\n\n';
    let text = large(full, 'Kết quả thực hiện Nghị quyết số 77 như sau.\n');
    const cache = new PieceCache();
    const short = at(text, 'Nghị quyết số 77 như');
    expect(codesAt(checkedInPieces(text, cache), short, short + 20)).not.toContain('VB206');
    text = text.replace('77-NQ/TU', '78-NQ/TU');
    expect(codesAt(checkedInPieces(text, cache), short, short + 20)).toContain('VB206');
  });

  it('a figure at the head of a piece reads the end of the piece before (VB403)', () => {
    let text = large();
    const cache = new PieceCache();
    checkedInPieces(text, cache);
    const head = cache.last!.placed[5]!.start;
    text = `${text.slice(0, head)}Tỷ lệ hộ dân đạt 150%.\n\n${text.slice(head)}`;
    const figure = at(text, '150%', head);
    expect(codesAt(checkedInPieces(text, cache), figure, figure + 4)).toContain('VB403');
    expect(cache.last!.placed.some((p) => p.start === head)).toBe(true);
    text = `${text.slice(0, head - 2)} tăng${text.slice(head - 2)}`; // "… tăng\n\n" ends the piece before
    expect(codesAt(checkedInPieces(text, cache), figure + 5, figure + 9)).not.toContain('VB403');
  });

  it('a figure at the end of a piece reads the head of the next (VB403)', () => {
    let text = large();
    const cache = new PieceCache();
    checkedInPieces(text, cache);
    const head = cache.last!.placed[5]!.start;
    const figure = '\nCông tác chỉ đạo được triển khai đồng bộ, thống nhất trong toàn tỉnh. Tỷ lệ hộ dân đạt 150%.';
    text = `${text.slice(0, head - 2)}${figure}${text.slice(head - 2, head)}Mức hỗ trợ được giữ nguyên.\n\n${text.slice(head)}`;
    const value = at(text, '150%', head - 100);
    expect(codesAt(checkedInPieces(text, cache), value, value + 3)).toEqual([]);
    expect(cache.last!.placed.some((p) => p.start === at(text, 'Mức hỗ trợ', value))).toBe(true);
    text = text.replace('Mức hỗ trợ', 'Hỗ trợ');
    expect(codesAt(checkedInPieces(text, cache), value, value + 3)).toEqual(['VB403']);
  });

  it('a figure whose owner and year are written in the piece before (VB401), and the day it is read (VB404)', () => {
    const withTargets = new Registry([builtinSource(), sourceOf('test.json', [{ symbol: '55-NQ/TU', type: 'Nghị quyết', date: '2023-09-06', jurisdiction: 'Quảng Ngãi', targets: [{ metric: 'hồ sơ công việc được xử lý trên môi trường mạng', scope: 'cấp xã', year: 2025, comparator: '>=', value: 70, unit: '%' }] }])]);
    const opts = { registry: withTargets, today: TODAY };
    let text = large();
    const cache = new PieceCache();
    checkedInPieces(text, cache, {}, opts);
    const head = cache.last!.placed[5]!.start;
    // further back than the piece's surroundings, nothing else cited or dated in between
    const owner = ' Thực hiện Nghị quyết số 55-NQ/TU ngày 06/9/2023 của Tỉnh ủy Quảng Ngãi, mục tiêu đến năm 2025, ' + 'nội dung này được triển khai đồng bộ, '.repeat(30);
    const figures = 'Phấn đấu tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng tại cấp xã đạt 60%. Năm 2025, tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng tại cấp xã đã đạt 50%.\n\n';
    text = `${text.slice(0, head - 2)}${owner}${text.slice(head - 2, head)}${figures}${text.slice(head)}`;
    const [goal, achieved] = [at(text, '60%', head), at(text, '50%', head)];
    const year = at(text, '2025', at(text, '55-NQ/TU'));
    const found = checkedInPieces(text, cache, {}, opts);
    expect(cache.last!.placed.some((p) => p.start === goal - at(figures, '60%') && p.start - year > 1000)).toBe(true);
    expect(codesAt(found, goal, goal + 3)).toEqual(['VB401']);
    expect(codesAt(found, achieved, achieved + 3)).toEqual(['VB404']);
    // a year not over yet: no shortfall to report
    expect(codesAt(checkedInPieces(text, cache, {}, { ...opts, today: '2025-06-01' }), achieved, achieved + 3)).toEqual([]);
    // the goal for another year, then of another document
    const written = (y: string) => `${text.slice(0, year)}${y}${text.slice(year + 4)}`;
    text = written('2030');
    expect(codesAt(checkedInPieces(text, cache, {}, opts), goal, goal + 3)).toEqual([]);
    text = written('2025');
    expect(codesAt(checkedInPieces(text, cache, {}, opts), goal, goal + 3)).toEqual(['VB401']);
    text = text.replace('55-NQ/TU', '56-NQ/TU');
    expect(codesAt(checkedInPieces(text, cache, {}, opts), goal, achieved + 3)).toEqual([]);
  });

  it('a replaced document cited far from the text\'s own date (VB204)', () => {
    const replaced = new Registry([builtinSource(), sourceOf('test.json', [{ symbol: '77-NQ/TU', type: 'Nghị quyết', date: '2021-01-05', jurisdiction: 'Quảng Ngãi', status: 'superseded', supersededBy: '78-NQ/TU' }, { symbol: '78-NQ/TU', type: 'Nghị quyết', date: '2024-05-01', jurisdiction: 'Quảng Ngãi' }])]);
    const opts = { registry: replaced, today: TODAY };
    let text = large('Quảng Ngãi, ngày 01 tháng 3 năm 2024\n\n', 'Thực hiện Nghị quyết số 77-NQ/TU ngày 05/01/2021 của Tỉnh ủy Quảng Ngãi.\n');
    const cited = at(text, '77-NQ/TU', 900_000);
    const cache = new PieceCache();
    expect(codesAt(checkedInPieces(text, cache, {}, opts), cited, cited + 8)).toEqual([]);
    text = text.replace('năm 2024', 'năm 2025');
    expect(codesAt(checkedInPieces(text, cache, {}, opts), cited, cited + 8)).toEqual(['VB204']);
  });

  it('a new registry, another day, severities: the findings of the analysis as it is', () => {
    const text = large();
    const cache = new PieceCache();
    checkedInPieces(text, cache);
    expect(checkedInPieces(text, cache, {}, { registry: EMPTY, today: TODAY }).some((f) => f.code === 'VB201')).toBe(true);
    checkedInPieces(text, cache, {}, { registry, today: '2019-01-01' });
    const some = checkedInPieces(text, cache, { severity: { VB101: 'off', VB203: 'hint' } });
    expect(some.some((f) => f.code === 'VB101')).toBe(false);
    expect(some.filter((f) => f.code === 'VB203').every((f) => f.severity === 'hint')).toBe(true);
  });

  it('random edits: typing, deleting, breaking and joining paragraphs, anywhere', () => {
    let text = large();
    const cache = new PieceCache();
    let state = 42;
    const random = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
    const typed = ['a', ' ', '1', '/', '-', 'Đ', '\n', '\n\n', 'số ', 'ngày 31/02/2022', 'Quyết định số 749/QĐ-TTg', 'đạt 120%', 'năm 2025'];
    checkedInPieces(text, cache);
    for (let i = 0; i < 40; i++) {
      const p = random(text.length);
      text = random(3) === 0 ? text.slice(0, p) + text.slice(p + 1 + random(40)) : text.slice(0, p) + typed[random(typed.length)] + text.slice(p);
      const kept = checkedInPieces(text, cache);
      // now and then, everything against a text read afresh: the mentions moved with their pieces are where they are
      if (i % 10 === 9) {
        const fresh = analyzeInPieces(text, options, new PieceCache());
        const { citations, dates, targets, ratios, breakdowns, ownDate } = cache.last!.analysis;
        expect({ citations, dates, targets, ratios, breakdowns, ownDate }).toEqual({ citations: fresh.citations, dates: fresh.dates, targets: fresh.targets, ratios: fresh.ratios, breakdowns: fresh.breakdowns, ownDate: fresh.ownDate });
        expect(kept).toEqual(check(fresh));
      }
    }
  });

  it('the same piece of text twice or more: each place keeps and moves its own copy', () => {
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `${seed(SEEDS[i % 5]!)}\n`;
    const cache = new PieceCache();
    checkedInPieces(text, cache);
    expect(cache.last!.placed.length).toBeGreaterThan(new Set(cache.last!.placed.map((p) => p.text)).size);
    const twice = cache.last!.placed.find((p, i) => cache.last!.placed.findIndex((q) => q.text === p.text) < i)!;
    for (const where of [100, 101, twice.start + 50, 102, twice.start - 10]) {
      text = `${text.slice(0, where)}a${text.slice(where)}`;
      const kept = checkedInPieces(text, cache);
      const fresh = analyzeInPieces(text, options, new PieceCache());
      expect(cache.last!.analysis.citations).toEqual(fresh.citations);
      expect(cache.last!.analysis.targets).toEqual(fresh.targets);
      expect(kept).toEqual(check(fresh));
    }
  });

  it('a call that fails (here reading the registry) leaves the cache true', () => {
    let text = large();
    const cache = new PieceCache();
    checkedInPieces(text, cache);
    const failing = new Registry([builtinSource()]);
    failing.lookup = () => {
      throw new Error('registry unreadable');
    };
    text = `${text.slice(0, 100)}a${text.slice(100)}`;
    expect(() => analyzeInPieces(text, { registry: failing, today: TODAY }, cache)).toThrow('registry unreadable');
    text = `${text.slice(0, 200)}b${text.slice(200)}`;
    const kept = checkedInPieces(text, cache);
    const fresh = analyzeInPieces(text, options, new PieceCache());
    expect(cache.last!.analysis.citations).toEqual(fresh.citations);
    expect(kept).toEqual(check(fresh));
  });

  it.skipIf(!existsSync(CORPUS))('random edits in the corpus\' largest file [real text]', () => {
    const [largest] = readdirSync(CORPUS).sort((x, y) => statSync(join(CORPUS, y)).size - statSync(join(CORPUS, x)).size);
    let text = readFileSync(join(CORPUS, largest!), 'utf8');
    const cache = new PieceCache();
    let state = 7;
    const random = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
    checkedInPieces(text, cache);
    for (let i = 0; i < 15; i++) {
      const p = random(text.length);
      text = random(2) === 0 ? text.slice(0, p) + text.slice(p + 1 + random(200)) : `${text.slice(0, p)}x${text.slice(p)}`;
      checkedInPieces(text, cache);
    }
  });
});
