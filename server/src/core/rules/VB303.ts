// VB303: a document cited with a date after the text's own date, or in the future.
import { finding, viDate, type Rule } from './rule';

export const VB303: Rule = {
  code: 'VB303',
  defaultSeverity: 'error',
  title: { vi: 'Văn bản được dẫn có ngày sau ngày của văn bản', en: 'Citation dated after the text, or in the future' },
  check(a) {
    const own = a.ownDate?.iso ?? null;
    return a.citations.flatMap((c) => {
      const d = c.date;
      if (c.role !== 'cite' || !d || d.kind !== 'day' || !d.iso) return [];
      if (own && d.iso > own) {
        return [
          finding(d.valueSpan, {
            vi: `${c.symbol ?? c.text} được dẫn với ngày ${viDate(d.iso)}, sau ngày của chính văn bản này (${viDate(own)}).`,
            en: `${c.symbol ?? c.text} is dated ${viDate(d.iso)}, after this text's own date (${viDate(own)}).`,
          }, { symbol: c.symbol, related: [{ span: a.ownDate!.valueSpan, message: { vi: 'Ngày của văn bản', en: "The text's date" } }] }),
        ];
      }
      if (d.iso > a.today) {
        return [
          finding(d.valueSpan, {
            vi: `${c.symbol ?? c.text} được dẫn với ngày ${viDate(d.iso)}, một ngày trong tương lai.`,
            en: `${c.symbol ?? c.text} is dated ${viDate(d.iso)}, which is in the future.`,
          }, { symbol: c.symbol }),
        ];
      }
      return [];
    });
  },
};
