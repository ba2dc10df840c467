// VB101: a symbol or its lead-in is mis-written ("342/BC STTTT", "QD-TTg", "Quyết địnhsố",
// "Quyết định Số: 3853/QĐ-UBND" in a sentence, "Nghị Quyết", "Thông tư liên tịch số 06/2018").
// A repair is offered only when it is certain.
import { finding, replace, type Rule } from './rule';

export const VB101: Rule = {
  code: 'VB101',
  defaultSeverity: 'warning',
  title: { vi: 'Số, ký hiệu hoặc cách dẫn viết sai quy cách', en: 'Malformed symbol or citation lead-in' },
  check(a) {
    return a.citations.flatMap((c) =>
      c.defects.map((d) =>
        finding(d.span, d.message, {
          symbol: c.symbol,
          fixes:
            d.replacement === null
              ? []
              : [replace(d.span, d.replacement, d.fixTitle ?? { vi: `Sửa thành "${d.replacement.trim()}"`, en: `Change to "${d.replacement.trim()}"` }, true)],
        }),
      ),
    );
  },
};
