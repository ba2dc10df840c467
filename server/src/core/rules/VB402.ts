// VB402: one text gives the same metric, scope and year two different goal values.
import { sameMetric } from '../resolve/metrics';
import type { TargetMention } from '../types';
import { describeFigure, finding, type Rule, type RuleFinding } from './rule';

export const VB402: Rule = {
  code: 'VB402',
  defaultSeverity: 'error',
  title: { vi: 'Một chỉ tiêu được ghi hai giá trị khác nhau', en: 'One metric given two different targets' },
  check(a) {
    const out: RuleFinding[] = [];
    const goals = a.targets.filter((t) => t.kind === 'goal' && t.year !== null);
    // two values in one sentence are a range ("tăng 13% đến 15%") or values for different groups
    const sentenceOf = (t: TargetMention) => {
      const before = a.text.slice(Math.max(0, t.span.start - 400), t.span.start);
      return t.span.start - before.length + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(';'));
    };
    const reported = new Set<TargetMention>();
    for (let j = 1; j < goals.length; j++) {
      const later = goals[j]!;
      const earlier = goals.slice(0, j).find((g) => g.value !== later.value && sentenceOf(g) !== sentenceOf(later) && sameMetric(g, later));
      if (!earlier || reported.has(later)) continue;
      reported.add(later);
      const e = describeFigure(earlier.comparator, earlier.value, earlier.unit);
      const l = describeFigure(later.comparator, later.value, later.unit);
      out.push(
        finding(
          later.valueSpan,
          {
            vi: `Chỉ tiêu "${later.metric}" năm ${later.year} ghi ${l.vi} ở đây nhưng ${e.vi} ở chỗ khác trong văn bản.`,
            en: `The target "${later.metric}" for ${later.year} is ${l.en} here but ${e.en} elsewhere in the text.`,
          },
          { related: [{ span: earlier.valueSpan, message: { vi: 'Giá trị ghi ở chỗ khác', en: 'The other value' } }] },
        ),
      );
    }
    return out;
  },
};
