// VB302: one document attributed to two different issuers in the same text (52-NQ/TW to the
// "Ban Chấp hành Trung ương" and to the "Bộ Chính trị").
import { bodyForName, issuerBody, issuersAgree } from '../data/issuers';
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
        const c = a.citations[i]!;
        const m = c.issuer;
        return m?.id ? { value: m, key: jointKey(c.shape, c.issuerCode, m.id) ?? m.id, span: m.span } : null;
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
      // "Quyết định số 27/2018/QĐ-TTg … của Thủ tướng Chính phủ" once and "… của Chính phủ" in four
      // table cells: the cells are wrong, not the one whose body signs with the symbol's TTg
      fits: (a, i, m) => {
        const c = a.citations[i]!;
        const body = m.id ? issuerBody(m.id) : undefined;
        return !c.issuerCode || !body || c.issuerCode.split('-').some((code) => body.codes.includes(code));
      },
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

/**
 * A joint document (213/2013/TTLT-BTC-BLĐTBXH, 05-QC/BTCTU-BDVTU) has several issuers, and a
 * text may name either first ("của Bộ Lao động - Thương binh và Xã hội và Bộ Tài chính", "của Bộ
 * trưởng Bộ Tài chính, Bộ trưởng Bộ Lao động - …"): any body that signs with one of the symbol's
 * issuer codes is the same attribution. A công văn's second code is a unit, not a co-issuer.
 */
function jointKey(shape: string | null, issuerCode: string | null, bodyId: string): string | null {
  if (shape === 'letter' || !issuerCode || !issuerCode.includes('-')) return null;
  const codes = issuerCode.split('-');
  const body = issuerBody(bodyId);
  return body && body.codes.some((c) => codes.includes(c)) ? `joint:${issuerCode}` : null;
}
