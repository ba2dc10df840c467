// VB106: one text writes day dates in two styles, 12/4/2022 and 12-4-2022 (QĐ 1989/QĐ-BGDĐT asks
// for one style per document). The dates in the less used style are reported, with the rewrite.
import type { DateMention } from '../types';
import { finding, formatDateLike, replace, type Rule } from './rule';

type Style = 'slash' | 'hyphen';
const LABEL: Record<Style, string> = { slash: 'dd/mm/yyyy', hyphen: 'dd-mm-yyyy' };

export const VB106: Rule = {
  code: 'VB106',
  defaultSeverity: 'hint',
  title: { vi: 'Trộn nhiều kiểu ghi ngày trong một văn bản', en: 'Mixed date styles in one text' },
  check(a) {
    const byStyle: Record<Style, DateMention[]> = { slash: [], hyphen: [] };
    for (const d of a.dates) if (d.kind === 'day' && d.iso && (d.style === 'slash' || d.style === 'hyphen')) byStyle[d.style].push(d);
    if (byStyle.slash.length === 0 || byStyle.hyphen.length === 0) return [];
    const major: Style = byStyle.hyphen.length > byStyle.slash.length ? 'hyphen' : 'slash';
    const minor: Style = major === 'slash' ? 'hyphen' : 'slash';
    const example = byStyle[major][0]!;
    return byStyle[minor].map((d) => {
      const rewritten = formatDateLike(d.iso!, { ...d, style: major });
      return finding(
        d.valueSpan,
        {
          vi: `Văn bản ghi ngày theo kiểu ${LABEL[major]} (${byStyle[major].length} lần) nhưng chỗ này ghi kiểu ${LABEL[minor]}.`,
          en: `The text writes dates as ${LABEL[major]} (${byStyle[major].length} times) but this one as ${LABEL[minor]}.`,
        },
        {
          fixes: [replace(d.valueSpan, rewritten, { vi: `Đổi thành "${rewritten}"`, en: `Change to "${rewritten}"` }, true)],
          related: [{ span: example.valueSpan, message: { vi: `Kiểu ${LABEL[major]}`, en: `Style ${LABEL[major]}` } }],
        },
      );
    });
  },
};
