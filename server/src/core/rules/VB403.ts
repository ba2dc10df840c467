// VB403: figures that cannot be true: a share over 100%, a part larger than its whole
// ("9.056/1.805 dịch vụ"), a share that is not the ratio it is stated for ("1.693/1.733 …
// đạt 81,2%": 97,7%), a breakdown that does not add up to its total.
import { GROWTH_CUES } from '../data/targetWords';
import { finding, viNumber, type Rule, type RuleFinding } from './rule';

/** How far a stated share may sit from the ratio: rounding, or "gần"/"khoảng". */
const SHARE_TOLERANCE = { exact: 1, approximate: 2 };

export const VB403: Rule = {
  code: 'VB403',
  defaultSeverity: 'error',
  title: { vi: 'Số liệu không thể đúng', en: 'Impossible figure' },
  check(a) {
    const out: RuleFinding[] = [];
    for (const t of a.targets) {
      if (t.unit !== '%' || t.value <= 100) continue;
      const clause = a.text.slice(Math.max(0, t.span.start - 80), t.span.start);
      if (GROWTH_CUES.test(clause) || GROWTH_CUES.test(t.metric)) continue; // growth may exceed 100%
      out.push(finding(t.valueSpan, { vi: `Tỷ lệ ${viNumber(t.value)}% vượt quá 100%.`, en: `A share of ${viNumber(t.value)}% exceeds 100%.` }));
    }
    for (const r of a.ratios) {
      if (r.part > r.whole) {
        out.push(
          finding(r.span, {
            vi: `"${r.text}": phần (${viNumber(r.part)}) lớn hơn tổng (${viNumber(r.whole)}).`,
            en: `"${r.text}": the part (${viNumber(r.part)}) exceeds the whole (${viNumber(r.whole)}).`,
          }),
        );
        continue;
      }
      if (!r.stated) continue;
      const actual = (r.part / r.whole) * 100;
      const tolerance = r.stated.approximate ? SHARE_TOLERANCE.approximate : SHARE_TOLERANCE.exact;
      if (Math.abs(actual - r.stated.value) <= tolerance) continue;
      const shown = viNumber(Math.round(actual * 10) / 10);
      out.push(
        finding(
          r.stated.span,
          {
            vi: `${r.text} là ${shown}%, không phải ${viNumber(r.stated.value)}%.`,
            en: `${r.text} is ${shown}%, not ${viNumber(r.stated.value)}%.`,
          },
          { related: [{ span: r.span, message: { vi: 'Tỷ số', en: 'The ratio' } }] },
        ),
      );
    }
    for (const b of a.breakdowns) {
      const sum = b.parts.reduce((n, p) => n + p.value, 0);
      if (Math.abs(sum - b.total) < 1e-9) continue;
      const parts = b.parts.map((p) => viNumber(p.value)).join(' + ');
      out.push(
        finding(b.totalSpan, {
          vi: `Tổng ${viNumber(b.total)} không khớp với các phần: ${parts} = ${viNumber(sum)}.`,
          en: `The total ${viNumber(b.total)} does not match its parts: ${parts} = ${viNumber(sum)}.`,
        }),
      );
    }
    return out;
  },
};
