// VB104: a date that cannot exist (31/02/2022, tháng 13).
import { finding, type Rule } from './rule';

export const VB104: Rule = {
  code: 'VB104',
  defaultSeverity: 'error',
  title: { vi: 'Ngày tháng không tồn tại', en: 'Impossible date' },
  check(a) {
    return a.dates.flatMap((d) => (d.invalid ? [finding(d.valueSpan, { vi: `Ngày không hợp lệ "${d.text}": ${d.invalid.vi}`, en: `Impossible date "${d.text}": ${d.invalid.en}` })] : []));
  },
};
