// VB201: a cited document that the registry does not know, with the closest known symbols.
import { finding, replace, viDate, type Rule } from './rule';

export const VB201: Rule = {
  code: 'VB201',
  defaultSeverity: 'info',
  title: { vi: 'Văn bản không có trong danh mục', en: 'Document not in the registry' },
  check(a) {
    return a.citations.flatMap((c, i) => {
      const r = a.resolutions[i]!;
      if (c.kind !== 'full' || c.role !== 'cite' || r.status !== 'unknown' || !c.symbol) return [];
      // the documents of that symbol the registry has, by place and date: "của Trung ương, ngày 3/6/2020"
      const known = (r.elsewhere ?? []).filter(({ entry }) => entry.jurisdiction);
      const places = (dated: string) => [...new Set(known.map(({ entry }) => (entry.date ? `${entry.jurisdiction}, ${dated} ${viDate(entry.date)}` : entry.jurisdiction!)))].join('; ');
      const near = known.length
        ? { vi: ` Danh mục chỉ có ${c.symbol} của ${places('ngày')}.`, en: ` The registry only has the ${c.symbol} of ${places('dated')}.` }
        : r.closest.length
          ? { vi: ` Gần nhất: ${r.closest.join(', ')}.`, en: ` Closest: ${r.closest.join(', ')}.` }
          : { vi: '', en: '' };
      return [
        finding(
          c.symbolSpan,
          { vi: `Không tìm thấy ${c.type ?? 'văn bản'} ${c.symbol} trong danh mục văn bản.${near.vi}`, en: `${c.symbol} is not in the registry.${near.en}` },
          { symbol: c.symbol, fixes: r.closest.map((s) => replace(c.symbolSpan, s, { vi: `Đổi thành ${s}`, en: `Change to ${s}` }, false)) },
        ),
      ];
    });
  },
};
