// VB403: figures that cannot be true: a share over 100%, a part larger than its whole
// ("9.056/1.805 dịch vụ"), a share that is not the ratio it is stated for ("1.693/1.733 …
// đạt 81,2%": 97,7%), a breakdown that does not add up to its total.
import { GROWTH_CUES, MEASURE_AFTER, RATE_CUES, THRESHOLD_CUES } from '../data/targetWords';
import { normalizedPiece } from '../text/normalize';
import { bothNumbers, finding, type Rule, type RuleFinding } from './rule';

/** "đạt 112,11% kế hoạch", "bằng 105% cùng kỳ": a share of a plan or a period, not of a whole. */
const OF_A_PLAN = /^[ \t]*%?[ \t]*(?:so với|kế hoạch|dự toán|cùng kỳ|mục tiêu|chỉ tiêu|năm trước|định mức)/iu;

/** How far a stated share may sit from the ratio: rounding, or "gần"/"khoảng". */
const SHARE_TOLERANCE = { exact: 1, approximate: 2 };

export const VB403: Rule = {
  code: 'VB403',
  defaultSeverity: 'error',
  title: { vi: 'Số liệu không thể đúng', en: 'Impossible figure' },
  check(a) {
    const out: RuleFinding[] = [];
    for (const t of a.targets) {
      // a share stated as a fact; a threshold ("tối thiểu 180%", "≥ 450%") is a rate set by rule
      if (t.unit !== '%' || t.value <= 100 || (t.comparator !== '=' && t.comparator !== '~')) continue;
      const clause = normalizedPiece(a.text.slice(Math.max(0, t.span.start - 80), t.span.start));
      const after = normalizedPiece(a.text.slice(t.valueSpan.end, t.valueSpan.end + 30));
      // growth, rates (pay, load, capital…) and shares of a plan or of last year may exceed 100%
      if (GROWTH_CUES.test(clause) || GROWTH_CUES.test(t.metric) || OF_A_PLAN.test(after)) continue;
      const near = normalizedPiece(a.text.slice(Math.max(0, t.span.start - 40), t.span.start));
      if (RATE_CUES.test(near) || THRESHOLD_CUES.test(near) || RATE_CUES.test(after)) continue;
      const v = bothNumbers(t.value);
      out.push(finding(t.valueSpan, { vi: `Tỷ lệ ${v.vi}% vượt quá 100%.`, en: `A share of ${v.en}% exceeds 100%.` }));
    }
    for (const r of a.ratios) {
      // readings with a unit ("140/90 mmHg") and rates per hundred or thousand ("107,7/100") are not parts of a whole
      if (MEASURE_AFTER.test(normalizedPiece(a.text.slice(r.span.end, r.span.end + 8))) || r.whole === 100 || r.whole === 1000) continue;
      if (r.part > r.whole) {
        const [part, whole] = [bothNumbers(r.part), bothNumbers(r.whole)];
        out.push(
          finding(r.span, {
            vi: `"${r.text}": phần (${part.vi}) lớn hơn tổng (${whole.vi}).`,
            en: `"${r.text}": the part (${part.en}) exceeds the whole (${whole.en}).`,
          }),
        );
        continue;
      }
      if (!r.stated) continue;
      const actual = (r.part / r.whole) * 100;
      const tolerance = r.stated.approximate ? SHARE_TOLERANCE.approximate : SHARE_TOLERANCE.exact;
      if (Math.abs(actual - r.stated.value) <= tolerance) continue;
      const [shown, stated] = [bothNumbers(Math.round(actual * 10) / 10), bothNumbers(r.stated.value)];
      out.push(
        finding(
          r.stated.span,
          {
            vi: `${r.text} là ${shown.vi}%, không phải ${stated.vi}%.`,
            en: `${r.text} is ${shown.en}%, not ${stated.en}%.`,
          },
          { related: [{ span: r.span, message: { vi: 'Tỷ số', en: 'The ratio' } }] },
        ),
      );
    }
    for (const b of a.breakdowns) {
      if (b.total < 10) continue; // form numbering ("Mẫu số 3.1 … (1, 2)"), not a count
      const sum = b.parts.reduce((n, p) => n + p.value, 0);
      if (Math.abs(sum - b.total) < 1e-9) continue;
      // administrative levels ("cấp xã: 138, cấp thôn: 1.707") make up the whole; other lists may
      // name only some parts ("xã nông thôn mới: 80, xã an toàn khu: 30"), so only an excess is wrong
      const exhaustive = b.parts.every((p) => /^cấp\s/iu.test(p.label));
      if (sum < b.total && !exhaustive) continue;
      const total = bothNumbers(b.total);
      const parts = b.parts.map((p) => bothNumbers(p.value));
      const s = bothNumbers(sum);
      out.push(
        finding(b.totalSpan, {
          vi: `Tổng ${total.vi} không khớp với các phần: ${parts.map((p) => p.vi).join(' + ')} = ${s.vi}.`,
          en: `The total ${total.en} does not match its parts: ${parts.map((p) => p.en).join(' + ')} = ${s.en}.`,
        }),
      );
    }
    return out;
  },
};
