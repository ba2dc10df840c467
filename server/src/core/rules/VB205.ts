// VB205: several registry entries fit the citation and nothing in the text tells them apart.
import { finding, viDate, type Rule } from './rule';

export const VB205: Rule = {
  code: 'VB205',
  defaultSeverity: 'warning',
  title: { vi: 'Trích dẫn không xác định được văn bản', en: 'Ambiguous citation' },
  check(a) {
    return a.citations.flatMap((c, i) => {
      const r = a.resolutions[i]!;
      if (r.status !== 'ambiguous' || c.role !== 'cite' || (r.antecedent !== null && c.kind === 'short')) return [];
      const list = r.candidates.map((e) => `${e.entry.symbol} (${[e.entry.issuer, e.entry.date && viDate(e.entry.date)].filter(Boolean).join(', ')})`).join('; ');
      return [
        finding(
          c.symbolSpan,
          {
            vi: `"${c.text}" có thể là ${r.candidates.length} văn bản: ${list}. Ghi rõ ngày ban hành hoặc cơ quan ban hành.`,
            en: `"${c.text}" fits ${r.candidates.length} documents: ${list}. Give the date or the issuer.`,
          },
          { symbol: c.symbol },
        ),
      ];
    });
  },
};
