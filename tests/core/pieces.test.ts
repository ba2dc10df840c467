// A large text analysed in pieces (what the language server does on each keystroke) gives the same
// findings as the text analysed whole, on real text: the seeds repeated and the corpus' largest files.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeInPieces, check, type PieceCache } from '../../server/src/core/analyze';
import { brief, builtinRegistry, CORPUS, seed, SEEDS, TODAY } from '../helpers';

const registry = builtinRegistry();
const options = { registry, today: TODAY };
const findings = (a: ReturnType<typeof analyze>) => {
  const all = check(a);
  return brief(a.text, all).map((f, i) => `${f}#${all[i]!.span.start}`);
};

describe('analysis in pieces', () => {
  it('the seeds repeated to 1 MB: same findings, same citations; an edit reuses the other pieces', () => {
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `Bài ${i}\n\n${seed(SEEDS[i % 5]!)}\n\n`;
    const cache: PieceCache = new Map();
    const whole = analyze(text, options);
    const pieces = analyzeInPieces(text, options, cache);
    expect(pieces.citations.map((c) => `${c.symbol}@${c.span.start}`)).toEqual(whole.citations.map((c) => `${c.symbol}@${c.span.start}`));
    expect(pieces.targets.map((t) => `${t.value}@${t.span.start}:${t.year}:${t.owner}:${t.kind}`)).toEqual(whole.targets.map((t) => `${t.value}@${t.span.start}:${t.year}:${t.owner}:${t.kind}`));
    expect(findings(pieces)).toEqual(findings(whole));
    expect(pieces.jurisdiction).toBe(whole.jurisdiction);
    const reused = cache.size;
    expect(reused).toBeGreaterThan(20);
    // one keystroke in the middle: the findings of the edited text, from mostly cached pieces
    const edited = `${text.slice(0, 500_000)}x${text.slice(500_000)}`;
    expect(findings(analyzeInPieces(edited, options, cache))).toEqual(findings(analyze(edited, options)));
  });

  it.skipIf(!existsSync(CORPUS))('the corpus\' files over 200 KB [real text]: same findings', () => {
    const big = readdirSync(CORPUS).filter((f) => statSync(join(CORPUS, f)).size > 600_000).slice(0, 4);
    expect(big.length).toBeGreaterThan(0);
    for (const f of big) {
      const text = readFileSync(join(CORPUS, f), 'utf8');
      const [pieces, whole] = [analyzeInPieces(text, options, new Map()), analyze(text, options)];
      expect(findings(pieces), f).toEqual(findings(whole));
      expect(pieces.jurisdiction, f).toBe(whole.jurisdiction);
    }
  });
});
