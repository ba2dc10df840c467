// VB302: one document attributed to two different issuers in the same text (52-NQ/TW to the
// "Ban Chấp hành Trung ương" and to the "Bộ Chính trị").
import { bodyForName, issuersAgree } from '../data/issuers';
import type { IssuerMention } from '../types';
import { inconsistencies, yearOfUnresolved } from './consistency';
import { replace, resolvedEntry, type Rule } from './rule';

export const VB302: Rule = {
  code: 'VB302',
  defaultSeverity: 'warning',
  title: { vi: 'Một văn bản được ghi hai cơ quan ban hành khác nhau', en: 'One document cited with two issuers' },
  check(a) {
    return inconsistencies<IssuerMention>(a, {
      of(a, i) {
        const m = a.citations[i]!.issuer;
        return m?.id ? { value: m, key: m.id, span: m.span } : null;
      },
      registry(a, i) {
        const issuer = resolvedEntry(a, i)?.entry.issuer;
        return issuer ? (bodyForName(issuer)?.id ?? null) : null;
      },
      message: (symbol, cited, ref) => ({
        vi: `${symbol} được ghi là của "${cited.text}" ở đây nhưng của "${ref.text}" ở chỗ khác trong văn bản.`,
        en: `${symbol} is attributed to "${cited.text}" here but to "${ref.text}" elsewhere in the text.`,
      }),
      related: { vi: 'Cơ quan ghi ở chỗ khác', en: 'The other issuer' },
      same: issuersAgree,
      part: yearOfUnresolved,
      fix: (a, i, ref) => {
        const m = a.citations[i]!.issuer!;
        const name = ref.name ?? ref.text;
        return [replace(m.span, name, { vi: `Sửa thành "${name}"`, en: `Change to "${name}"` }, false)];
      },
    });
  },
};
