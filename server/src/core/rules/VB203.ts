// VB203: the issuer named in the text is not the registry's ("Ban Chấp hành Trung ương" for a
// resolution of the Bộ Chính trị).
import { bodyForName, issuersAgree } from '../data/issuers';
import { finding, replace, resolvedEntry, type Rule } from './rule';

export const VB203: Rule = {
  code: 'VB203',
  defaultSeverity: 'warning',
  title: { vi: 'Cơ quan ban hành khác với danh mục', en: 'Issuer differs from the registry' },
  check(a) {
    return a.citations.flatMap((c, i) => {
      const e = resolvedEntry(a, i);
      if (!e?.entry.issuer || !c.issuer?.id) return [];
      const body = bodyForName(e.entry.issuer);
      if (!body || issuersAgree(body.id, c.issuer.id)) return [];
      const symbol = e.entry.symbol;
      // "Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi" → the registry's full name, place included
      const name = c.issuer.place ? e.entry.issuer : body.name;
      return [
        finding(
          c.issuer.span,
          {
            vi: `${symbol} do ${e.entry.issuer} ban hành (theo ${e.origin}), không phải "${c.issuer.text}".`,
            en: `${symbol} was issued by ${e.entry.issuer} (per ${e.origin}), not "${c.issuer.text}".`,
          },
          { symbol, fixes: [replace(c.issuer.span, name, { vi: `Sửa thành "${name}"`, en: `Change to "${name}"` }, true)] },
        ),
      ];
    });
  },
};
