// VB401: a goal the text attributes to a document differs from that document's own target for the
// same metric, scope and year (value, or the direction of the comparator).
import { bestMatch } from '../resolve/metrics';
import { describeFigure, finding, ownerEntry, replace, viNumber, type Rule } from './rule';

const direction = (c: string) => (c === '>' || c === '>=' ? 1 : c === '<' || c === '<=' ? -1 : 0);

export const VB401: Rule = {
  code: 'VB401',
  defaultSeverity: 'error',
  title: { vi: 'Chỉ tiêu khác với chỉ tiêu của văn bản được dẫn', en: "Target differs from the cited document's target" },
  check(a) {
    return a.targets.flatMap((t) => {
      const owner = ownerEntry(a, t.owner);
      if (t.kind !== 'goal' || !owner?.entry.targets?.length || t.year === null) return [];
      const r = bestMatch(t, owner.entry.targets);
      if (!r || (r.unit === '%') !== (t.unit === '%')) return [];
      const valueDiffers = r.value !== t.value;
      const dt = direction(t.comparator);
      const dr = direction(r.comparator);
      if (!valueDiffers && !(dt !== 0 && dr !== 0 && dt !== dr)) return [];
      // a plan carrying out the document may aim higher than its floor, or lower than its ceiling
      if (t.implementing && dr !== 0 && dt !== -dr && Math.sign(t.value - r.value) === dr) return [];
      const theirs = describeFigure(r.comparator, r.value, r.unit);
      const ours = describeFigure(t.comparator, t.value, t.unit);
      const what = r.scope ? `${r.metric} (${r.scope})` : r.metric;
      const newText = viNumber(r.value);
      return [
        finding(
          t.valueSpan,
          {
            vi: `${owner.entry.symbol} đặt chỉ tiêu "${what}" đến năm ${r.year} là ${theirs.vi}; văn bản này ghi ${ours.vi}.`,
            en: `${owner.entry.symbol} sets "${what}" by ${r.year} at ${theirs.en}; this text says ${ours.en}.`,
          },
          {
            symbol: owner.entry.symbol,
            fixes: valueDiffers ? [replace(t.valueSpan, newText, { vi: `Sửa thành ${newText}`, en: `Change to ${newText}` }, true)] : [],
          },
        ),
      ];
    });
  },
};
