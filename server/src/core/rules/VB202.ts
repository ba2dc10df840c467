// VB202: the date cited differs from the registry's date of signing (the commonest factual error).
import type { DateMention } from '../types';
import { finding, formatDateLike, replace, resolvedEntry, viDate, type Rule } from './rule';

/** Does the cited date (a day, a month or a year) contradict the registry's YYYY-MM-DD? */
function differs(d: DateMention, iso: string): boolean {
  if (d.kind === 'day') return d.iso !== null && d.iso !== iso;
  if (d.kind === 'month') return d.iso !== null && d.iso !== iso.slice(0, 7);
  if (d.kind === 'year') return String(d.year) !== iso.slice(0, 4);
  return false;
}

export const VB202: Rule = {
  code: 'VB202',
  defaultSeverity: 'error',
  title: { vi: 'Ngày ban hành khác với danh mục', en: 'Date differs from the registry' },
  check(a) {
    return a.citations.flatMap((c, i) => {
      const e = resolvedEntry(a, i);
      const iso = e?.entry.date;
      if (!e || !iso || !c.date || !differs(c.date, iso)) return [];
      const symbol = e.entry.symbol;
      const written = c.date.kind === 'day' ? formatDateLike(iso, c.date) : null;
      const fixes = written ? [replace(c.date.valueSpan, written, { vi: `Sửa thành "${written}"`, en: `Change to "${written}"` }, true)] : [];
      return [
        finding(
          c.date.valueSpan,
          {
            vi: `${e.entry.type ?? 'Văn bản'} ${symbol} ban hành ngày ${viDate(iso)} (theo ${e.origin}), không phải "${c.date.text}".`,
            en: `${symbol} was signed on ${viDate(iso)} (per ${e.origin}), not "${c.date.text}".`,
          },
          { symbol, fixes },
        ),
      ];
    });
  },
};
