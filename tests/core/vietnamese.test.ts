// The regex builders of text/vietnamese.ts, against the plain forms they replace for speed:
// WordSearch must find what `(?<![letters])(?:body)(?![letters])` finds (the same leftmost match,
// groups and count), and namesPattern's tree of words what a flat alternation of the names, longest
// first, finds. Checked on made-up edge cases and on the seeds (real text).
import { describe, expect, it } from 'vitest';
import { ACHIEVEMENT_CUES, GOAL_CUES, SHARE_NOUNS } from '../../server/src/core/data/targetWords';
import { ISSUER_NAMES } from '../../server/src/core/data/issuers';
import { PROVINCES } from '../../server/src/core/data/provinces';
import { isLetter, LETTER, namePattern, namesPattern, WORD_END, WORD_START, WordSearch } from '../../server/src/core/text/vietnamese';
import { SEEDS, seed } from '../helpers';

const BODIES = [
  String.raw`đã(?![ \t]+(?:đề ra|đặt ra))|đến nay|hiện nay|vượt`,
  String.raw`(?:tại[ \t]+)?(cấp\s+xã|cấp\s+huyện|cấp\s+tỉnh)`,
  String.raw`không|chưa`,
];

function lookbehindForm(body: string): RegExp {
  return new RegExp(`${WORD_START}(?:${body})${WORD_END}`, 'giu');
}

function samples(): string[] {
  const made = [
    'vượt', 'Vượt chỉ tiêu', 'đã vượt', 'xvượt vượt', 'đã đề ra 80%', 'Đã đạt 80%', 'hiện nay,hiện nay', 'nay hiện nay',
    'tại cấp xã', 'tạicấp xã', 'ĐẾN NAY', 'cấp\nxã', 'không không', 'khôngchưa chưa', '', 'a', 'ấvượt', 'Ωvượt', 'Жvượt', '1vượt', '-vượt',
  ];
  return [...made, ...SEEDS.map(seed)];
}

describe('WordSearch (real text: the seeds)', () => {
  it('the letter test is the LETTER class', () => {
    const re = new RegExp(`[${LETTER}]`);
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isLetter(c) !== re.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
    expect(isLetter('ặ'.charCodeAt(0)) && !isLetter(48) && !isLetter(32)).toBe(true);
  });

  it.each(BODIES)('finds what the lookbehind form finds: %s', (body) => {
    const ours = new WordSearch(body, 'iu');
    let compared = 0;
    for (const s of samples()) {
      const theirs = lookbehindForm(body);
      const expected = [...s.matchAll(theirs)].map((m) => [m.index, ...m]);
      const got: unknown[] = [];
      for (let m = ours.exec(s); m; m = ours.exec(s, m.index + Math.max(1, m[0].length))) got.push([m.index, ...m]);
      expect(got).toEqual(expected);
      expect(ours.count(s)).toBe(expected.length);
      expect(ours.test(s)).toBe(expected.length > 0);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('the cue searches find the cues of the seeds', () => {
    const text = samples().join('\n');
    expect(ACHIEVEMENT_CUES.count(text)).toBeGreaterThan(20);
    expect(GOAL_CUES.count(text)).toBeGreaterThan(20);
    expect(SHARE_NOUNS.exec('Phấn đấu tỷ lệ hồ sơ')?.index).toBe(9);
    expect(SHARE_NOUNS.test('xtỷ lệ')).toBe(false);
  });
});

describe('namesPattern (real text: the seeds)', () => {
  const flat = (names: string[]) => [...names].sort((a, b) => b.length - a.length).map(namePattern).join('|');
  const lists: [string, string[]][] = [
    ['issuers', ISSUER_NAMES.map((i) => i.name)],
    ['provinces', PROVINCES],
    ['made up', ['Bộ Tài chính', 'Bộ Tư pháp', 'Bộ Tài', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'BCH', 'BCHTW', 'Sở Lao động - Thương binh']],
  ];
  const texts = [
    ...SEEDS.map(seed),
    'Bộ Tài chính, Bộ Tài, BỘ TƯ PHÁP, Ban Chấp hành Trung ương Đảng Cộng sản, Ban Chấp hành Trung\nương, BCHTW, BCH Trung ương, Sở Lao động-Thương binh, Thanh Hoá, thanh hóa, Bà Rịa - Vũng Tàu',
  ];

  it.each(lists)('matches what the flat alternation matches: %s', (_, names) => {
    // a name, then what may follow it in the patterns that use them: both must agree on where it ends
    const tree = new RegExp(`(?:${namesPattern(names)})(?:[ \\t]+ban hành)?`, 'giu');
    const plain = new RegExp(`(?:${flat(names)})(?:[ \\t]+ban hành)?`, 'giu');
    let compared = 0;
    for (const t of texts) {
      const expected = [...t.matchAll(plain)].map((m) => [m.index, m[0]]);
      expect([...t.matchAll(tree)].map((m) => [m.index, m[0]])).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('shares the first words', () => {
    expect(namesPattern(['Bộ Tài chính', 'Bộ Tư pháp', 'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng'])).toBe(
      String.raw`Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?|Bộ\s+(?:Tài\s+chính|Tư\s+pháp)`,
    );
  });
});
