// Does a target in the text measure the same thing as a registry target? Two wordings of a metric
// rarely agree word for word ("Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số" against
// "doanh nghiệp sử dụng nền tảng số", scope "doanh nghiệp nhỏ và vừa"), so they are compared as
// bags of content words:
//   1. each wording is folded (NFC, case, tone marks and their placement ignored; Đ stays Đ),
//      abbreviations expanded (DN → doanh nghiệp), stop words and the scope words dropped;
//   2. the score is the overlap coefficient |A ∩ B| / min(|A|, |B|): a short wording that is
//      wholly inside a longer one scores 1, word order does not matter;
//   3. a match needs MIN_SHARED words in common and a score of at least MATCH_THRESHOLD, the
//      same scope (or none on either side), and the same year; wordings that name different
//      bases (a share of GDP, of GRDP, of neither) or of which only one names a qualifier ("nông
//      thôn mới nâng cao") never match, nor do a change ("tăng 2%") and a level ("đạt 54%").
// Registry targets may list `synonyms`; the best-scoring wording counts.

import { DISTINGUISHING_QUALIFIERS, METRIC_ABBREVIATIONS, METRIC_STOP_WORDS, namesChange, SHARE_BASES } from '../data/targetWords';
import { foldKey } from '../text/normalize';
import type { RegistryTarget } from '../registry/types';
import type { TargetMention } from '../types';

/** Thresholds, in one place: a text target restates a registry one; two text targets are one metric. */
export const MATCH_THRESHOLD = 0.6;
/** VB402, within one text: stricter, since nothing confirms either side. */
export const SAME_METRIC_THRESHOLD = 0.8;
export const MIN_SHARED = 2;
export const MIN_SHARED_WITHIN_TEXT = 3;

const STOP = new Set([...METRIC_STOP_WORDS].map(foldKey));
const ABBREVIATIONS = new Map(Object.entries(METRIC_ABBREVIATIONS).map(([k, v]) => [foldKey(k), v]));

export function metricWords(phrase: string, scope: string | null): Set<string> {
  const words = new Set<string>();
  // only the stated scope's words go: "doanh nghiệp" is the metric in "1.500 doanh nghiệp số"
  const scopeWords = new Set(scope ? foldKey(scope).split(' ') : []);
  const raws = foldKey(phrase).split(/[^\p{L}\p{M}\d]+/u);
  for (const raw of raws) {
    if (!raw) continue;
    const expanded = ABBREVIATIONS.get(raw);
    for (const w of expanded ? foldKey(expanded).split(' ') : [raw]) {
      if (!STOP.has(w) && !scopeWords.has(w)) words.add(w);
    }
  }
  // a qualifier is one token of its own, whose words may be stop words ("toàn") or common ("cao")
  const spaced = ` ${raws.join(' ')} `;
  for (const [phrase, token] of QUALIFIER_TOKENS) if (spaced.includes(phrase)) words.add(token);
  return words;
}

const QUALIFIER_TOKENS: [string, string][] = DISTINGUISHING_QUALIFIERS.map((q) => [` ${foldKey(q)} `, `#${foldKey(q)}`]);
/** Tokens only one of two wordings may not have: the bases of a share, and the qualifiers. */
const DISTINCT_TOKENS = [...SHARE_BASES, ...QUALIFIER_TOKENS.map(([, token]) => token)];

/**
 * How far two wordings' words overlap: `shared` words, `score` = shared / the smaller size. Zero
 * when they name different bases (SHARE_BASES: one names GDP, the other GRDP or none) or only one
 * names a qualifier (DISTINGUISHING_QUALIFIERS: "nâng cao", "toàn trình").
 */
export function overlap(a: Set<string>, b: Set<string>): { shared: number; score: number } {
  for (const token of DISTINCT_TOKENS) if (a.has(token) !== b.has(token)) return { shared: 0, score: 0 };
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const min = Math.min(a.size, b.size);
  return { shared, score: min === 0 ? 0 : shared / min };
}

function sameScope(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ? foldKey(a) : null) === (b ? foldKey(b) : null);
}

// a wording's words are folded once, whichever rules ask (VB401, VB402, VB404, hover) and however
// often the text is analysed again (an editor's keystrokes)
const WORDS_CACHE = 20_000;
const textWords = new Map<string, Set<string>>();
export function targetWords(t: Pick<TargetMention, 'metric' | 'scope'>): Set<string> {
  const key = `${t.scope ?? ''}\u0000${t.metric}`;
  let w = textWords.get(key);
  if (!w) {
    if (textWords.size >= WORDS_CACHE) textWords.clear();
    w = metricWords(t.metric, t.scope);
    textWords.set(key, w);
  }
  return w;
}

// a registry target's wordings are folded once, however many texts restate it
const registryWords = new WeakMap<RegistryTarget, { words: Set<string>[]; change: boolean }>();
function wordingsOf(r: RegistryTarget): { words: Set<string>[]; change: boolean } {
  let w = registryWords.get(r);
  if (!w) {
    w = { words: [r.metric, ...(r.synonyms ?? [])].map((m) => metricWords(m, r.scope ?? null)), change: r.change ?? namesChange(r.metric) };
    registryWords.set(r, w);
  }
  return w;
}

/** How well a text target (its folded words given) matches a registry target (0 when scope, year or change differ). */
function matchScore(t: Pick<TargetMention, 'scope' | 'year' | 'change'>, mine: Set<string>, r: RegistryTarget): number {
  if (t.year !== r.year || !sameScope(t.scope, r.scope)) return 0;
  const { words: wordings, change } = wordingsOf(r);
  if (change !== t.change) return 0;
  let best = 0;
  for (const words of wordings) {
    const { shared, score } = overlap(mine, words);
    if (shared >= MIN_SHARED && score > best) best = score;
  }
  return best >= MATCH_THRESHOLD ? best : 0;
}

/** The registry target a text target restates, if one matches. */
export function bestMatch<T extends RegistryTarget>(t: Pick<TargetMention, 'metric' | 'scope' | 'year' | 'change'>, targets: T[]): T | null {
  if (!targets.some((r) => r.year === t.year)) return null;
  const mine = targetWords(t);
  let best: T | null = null;
  let bestScore = 0;
  for (const r of targets) {
    const s = matchScore(t, mine, r);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}
