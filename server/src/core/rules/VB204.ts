// VB204: the cited document has expired or been superseded (with its replacement when known).
import type { DocumentStatus } from '../registry/types';
import type { Message } from '../types';
import { finding, replace, resolvedEntry, type Rule } from './rule';

const STATUS: Record<Exclude<DocumentStatus, 'in-force'>, Message> = {
  expired: { vi: 'đã hết hiệu lực', en: 'has expired' },
  superseded: { vi: 'đã bị thay thế', en: 'has been superseded' },
  'partly-superseded': { vi: 'đã bị thay thế một phần', en: 'has been partly superseded' },
};

export const VB204: Rule = {
  code: 'VB204',
  defaultSeverity: 'warning',
  title: { vi: 'Văn bản được dẫn đã hết hiệu lực hoặc bị thay thế', en: 'Cited document expired or superseded' },
  check(a) {
    return a.citations.flatMap((c, i) => {
      const e = resolvedEntry(a, i);
      const status = e?.entry.status;
      if (!e || !status || status === 'in-force' || c.role !== 'cite') return [];
      const by = e.entry.supersededBy;
      // a text written before the replacement was issued cited what was then in force
      const replacedOn = by ? a.registry.lookup(by).find((x) => x.entry.date)?.entry.date : undefined;
      if (replacedOn && a.ownDate?.iso && a.ownDate.iso < replacedOn) return [];
      const tail = by ? { vi: `, thay bằng ${by}`, en: `, by ${by}` } : { vi: '', en: '' };
      return [
        finding(
          c.symbolSpan,
          { vi: `${e.entry.symbol} ${STATUS[status].vi}${tail.vi}.`, en: `${e.entry.symbol} ${STATUS[status].en}${tail.en}.` },
          { symbol: e.entry.symbol, fixes: by && c.kind === 'full' ? [replace(c.symbolSpan, by, { vi: `Dẫn ${by}`, en: `Cite ${by}` }, false)] : [] },
        ),
      ];
    });
  },
};
