// VB103: a Party document written in the State form ("52/NQ-TW", "14/2021/KL-TW") or the reverse ("749-QĐ/TTg"),
// a State-only type code in a Party symbol ("04-QyĐ/ĐU"), or the Party code CV in a State symbol.
import { isHistoricHyphenForm, isTypeCode } from '../data/documentTypes';
import type { Citation, Message } from '../types';
import { finding, replace, type Rule } from './rule';

const PARTY_ONLY_CODES = new Set(['CV', 'KL', 'QĐi']);

function problem(c: Citation): { message: Message; fix: string | null; mild?: boolean } | null {
  if (c.writtenShape === 'state') {
    return {
      message: { vi: `Văn bản của Đảng phải ghi số, ký hiệu dạng "${c.symbol}" (số-loại/cơ quan), không theo dạng văn bản nhà nước.`, en: `A Party document's symbol is written "${c.symbol}" (number-TYPE/ISSUER), not in the State form.` },
      fix: c.symbol,
    };
  }
  // "14/2021/KL-TW": a Party document's number never carries a year (RULES.md §3.2)
  if (c.writtenShape === 'normative') {
    return {
      message: { vi: `Văn bản của Đảng phải ghi số, ký hiệu dạng "${c.symbol}" (số-loại/cơ quan, không kèm năm), không theo dạng văn bản quy phạm pháp luật.`, en: `A Party document's symbol is written "${c.symbol}" (number-TYPE/ISSUER, no year), not in the form of a legal normative document.` },
      fix: c.symbol,
    };
  }
  if (c.writtenShape === 'party') {
    return {
      message: { vi: `Văn bản nhà nước phải ghi số, ký hiệu dạng "${c.symbol}" (số/loại-cơ quan), không theo dạng văn bản của Đảng.`, en: `A State document's symbol is written "${c.symbol}" (number/TYPE-ISSUER), not in the Party form.` },
      fix: c.symbol,
    };
  }
  if (c.shape === 'party' && c.typeCode && !isTypeCode('party', c.typeCode) && !isHistoricHyphenForm(c.shape, c.typeCode, c.type)) {
    return {
      message: { vi: `Mã loại "${c.typeCode}" là của văn bản nhà nước, không dùng trong ký hiệu văn bản của Đảng (Quy định dùng QĐi hoặc QĐ).`, en: `Type code "${c.typeCode}" belongs to State documents, not Party symbols (a Party Quy định is QĐi or QĐ).` },
      fix: null,
    };
  }
  const head = c.shape === 'letter' ? c.issuerCode?.split('-')[0] : undefined;
  if (head && PARTY_ONLY_CODES.has(head)) {
    return {
      message:
        head === 'CV'
          ? { vi: `"CV" là mã loại văn bản của Đảng; công văn nhà nước ghi "số/cơ quan-đơn vị".`, en: `"CV" is a Party type code; a State letter is numbered "N/ISSUER-UNIT".` }
          : { vi: `"${head}" là mã loại văn bản của Đảng, không dùng trong ký hiệu văn bản nhà nước.`, en: `"${head}" is a Party type code, not used in State symbols.` },
      fix: null,
      // RULES.md §1.3: CV only a warning (third-party tables give công văn that code, and a citing
      // text copies the letter's own symbol faithfully)
      mild: head === 'CV',
    };
  }
  return null;
}

export const VB103: Rule = {
  code: 'VB103',
  defaultSeverity: 'error',
  title: { vi: 'Lẫn hình thức ký hiệu văn bản của Đảng và nhà nước', en: 'Party and State symbol forms mixed up' },
  check(a) {
    return a.citations.flatMap((c) => {
      if (c.kind !== 'full' || !c.symbol) return [];
      const p = problem(c);
      if (!p) return [];
      const fixes = p.fix ? [replace(c.symbolSpan, p.fix, { vi: `Sửa thành "${p.fix}"`, en: `Change to "${p.fix}"` }, true)] : [];
      return [finding(c.symbolSpan, p.message, { symbol: c.symbol, fixes, severity: p.mild ? 'warning' : undefined })];
    });
  },
};
