// VB404: a reported achievement falls short of the goal its document set for that metric and
// year, and the year is over. A hint: the text may be reporting a shortfall on purpose.
import { bestMatch } from '../resolve/metrics';
import { describeFigure, finding, ownerEntry, type Rule } from './rule';

export const VB404: Rule = {
  code: 'VB404',
  defaultSeverity: 'hint',
  title: { vi: 'Kết quả thấp hơn chỉ tiêu đã đề ra', en: 'Achievement below the goal' },
  check(a) {
    const thisYear = Number(a.today.slice(0, 4));
    return a.targets.flatMap((t) => {
      const owner = ownerEntry(a, t.owner);
      if (t.kind !== 'achievement' || t.year === null || t.year >= thisYear || !owner?.entry.targets?.length) return [];
      const r = bestMatch(t, owner.entry.targets);
      if (!r || (r.unit === '%') !== (t.unit === '%')) return [];
      const short = r.comparator === '>' ? t.value <= r.value : r.comparator === '<' || r.comparator === '<=' ? false : t.value < r.value;
      if (!short) return [];
      const goal = describeFigure(r.comparator, r.value, r.unit);
      const got = describeFigure(t.comparator, t.value, t.unit);
      return [
        finding(t.valueSpan, {
          vi: `Kết quả ${got.vi} thấp hơn chỉ tiêu ${goal.vi} năm ${r.year} của ${owner.entry.symbol}.`,
          en: `The result ${got.en} is below the ${r.year} goal of ${goal.en} set by ${owner.entry.symbol}.`,
        }, { symbol: owner.entry.symbol }),
      ];
    });
  },
};
