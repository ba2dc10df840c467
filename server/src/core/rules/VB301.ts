// VB301: one document cited with two different dates in the same text (4216/QĐ-UBND ngày
// 05/10/2020 … ngày 06/10/2020). The fix is offered, not preferred: only the registry knows.
import type { DateMention } from '../types';
import { inconsistencies, yearOfUnresolved } from './consistency';
import { formatDateLike, replace, resolvedEntry, viDate, type Rule } from './rule';

export const VB301: Rule = {
  code: 'VB301',
  defaultSeverity: 'error',
  title: { vi: 'Một văn bản được dẫn với hai ngày khác nhau', en: 'One document cited with two dates' },
  check(a) {
    return inconsistencies<DateMention>(a, {
      of(a, i) {
        const d = a.citations[i]!.date;
        return d && d.kind === 'day' && d.iso ? { value: d, key: d.iso, span: d.valueSpan } : null;
      },
      registry: (a, i) => resolvedEntry(a, i)?.entry.date ?? null,
      // "Nghị định số 94/2022/NĐ-CP ngày 07/11/2022" once and "… ngày 01/7/2016" twice: the 2016
      // ones are wrong (VB105 says so too), not the one that agrees with its symbol
      fits: (a, i, d) => a.citations[i]!.year === null || d.year === a.citations[i]!.year,
      message: (symbol, cited, ref) => ({
        vi: `${symbol} được dẫn với ngày ${viDate(cited.iso!)} ở đây nhưng ngày ${viDate(ref.iso!)} ở chỗ khác trong văn bản.`,
        en: `${symbol} is dated ${viDate(cited.iso!)} here but ${viDate(ref.iso!)} elsewhere in the text.`,
      }),
      related: { vi: 'Ngày ghi ở chỗ khác', en: 'The other date' },
      part: yearOfUnresolved,
      fix: (a, i, ref) => {
        const d = a.citations[i]!.date!;
        const text = formatDateLike(ref.iso!, d);
        return [replace(d.valueSpan, text, { vi: `Sửa thành "${text}"`, en: `Change to "${text}"` }, false)];
      },
    });
  },
};
