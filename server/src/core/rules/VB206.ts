// VB206: a short form ("Nghị quyết số 13") with no earlier full citation and no registry alias.
// "Thông tư liên tịch số 06/2018" with nothing before it is reported as an incomplete symbol (VB101).
import { finding, type Rule } from './rule';

/**
 * Programmes, projects and options are often named by a number ("Chương trình 135", "Dự án 7",
 * "Phương án 2"): without "số" such a name is not a reference to be bound.
 */
const NAMED_BY_NUMBER = new Set(['Chương trình', 'Dự án', 'Phương án', 'Đề án']);

export const VB206: Rule = {
  code: 'VB206',
  defaultSeverity: 'warning',
  title: { vi: 'Viết tắt không dẫn chiếu được', en: 'Short form with nothing to refer to' },
  check(a) {
    return a.citations.flatMap((c, i) =>
      c.kind === 'short' && a.resolutions[i]!.status === 'unbound' && !c.defects.some((d) => d.kind === 'incomplete') && !(NAMED_BY_NUMBER.has(c.type ?? '') && !/(?:^|\s)số(?:\s|$)/iu.test(c.text))
        ? [
            finding(c.span, {
              vi: `"${c.text}" không dẫn chiếu được: chưa có lần dẫn đầy đủ (số, ký hiệu, ngày, cơ quan ban hành) nào trước đó và danh mục không có tên gọi này.`,
              en: `"${c.text}" refers to nothing: no earlier full citation (number, symbol, date, issuer) and no registry alias.`,
            }),
          ]
        : [],
    );
  },
};
