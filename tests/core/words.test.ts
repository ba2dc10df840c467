// WordSearch must find what the lookbehind form `(?<![letters])(?:body)(?![letters])` finds: the
// same leftmost match, the same groups, the same count. Checked on made-up edge cases and on the
// seeds (real text).
import { describe, expect, it } from 'vitest';
import { ACHIEVEMENT_CUES, GOAL_CUES, SHARE_NOUNS } from '../../server/src/core/data/targetWords';
import { isLetter, LETTER, WORD_END, WORD_START, WordSearch } from '../../server/src/core/text/vietnamese';
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
    for (let c = 0; c < 0x10000; c++) expect(isLetter(c), c.toString(16)).toBe(re.test(String.fromCharCode(c)));
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
