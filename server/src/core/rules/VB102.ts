// VB102: the type word contradicts the type code of the symbol ("Quyết định số 55/KH-UBND").
// Which one is wrong is not certain, so the fix (use the code's type name) is offered, not preferred.
import { isHistoricHyphenForm, isTypeCode, typeByWord, typesForCode, type DocumentType } from '../data/documentTypes';
import { LETTER_HEADS_NOT_TYPES } from '../data/letterHeads';
import type { Citation } from '../types';
import { finding, replace, type Rule } from './rule';

function agrees(type: DocumentType, c: Citation): boolean {
  if (c.shape === 'letter') return true; // công văn-shaped: no type code to compare
  if (isHistoricHyphenForm(c.shape, c.typeCode, type.name)) return true; // "Luật số 102-SL/L-004" (1957)
  // "Công văn số 518/PC-HC": PC is the issuing unit (Pháp chế), not a Phiếu chuyển
  if (type.letter && c.shape === 'state' && c.typeCode && !c.year && LETTER_HEADS_NOT_TYPES.has(c.typeCode)) return true;
  // N/YYYY/QHk: Luật, Bộ luật, Nghị quyết, Pháp lệnh; the old State "87-CP" names no type, but only
  // some types were numbered so
  if (!c.typeCode) return c.shape === 'state' ? !!type.numberedByIssuer : !!type.legislative;
  // A Party symbol with a Party code reads by the Party table (TT is Thông tri there); a code from
  // the wrong family is VB103's finding, so here any reading of the type will do.
  const allowed = c.shape === 'party' && isTypeCode('party', c.typeCode) ? [type.party] : c.shape === 'party' ? [type.party, type.state, type.normative] : [type.state, type.normative];
  return allowed.some((codes) => codes?.includes(c.typeCode!) ?? false);
}

export const VB102: Rule = {
  code: 'VB102',
  defaultSeverity: 'error',
  title: { vi: 'Tên loại văn bản không khớp với ký hiệu', en: 'Document type contradicts the symbol' },
  check(a) {
    return a.citations.flatMap((c) => {
      // a lower-case type word ("theo hợp đồng số 69/2020/QH14") is often not the citation's type
      if (c.kind !== 'full' || !c.typeWord || !c.symbol || c.typeWord.text[0] === c.typeWord.text[0]!.toLowerCase()) return [];
      const type = typeByWord(c.typeWord.text);
      if (!type || agrees(type, c)) return [];
      const family = c.shape === 'party' ? 'party' : c.shape === 'normative' ? 'normative' : 'state';
      const meant = c.typeCode ? (typesForCode(family, c.typeCode)[0] ?? typesForCode('state', c.typeCode)[0]) : undefined;
      const codeSays = meant ? { vi: ` (${c.typeCode} là ${meant.name})`, en: ` (${c.typeCode} is ${meant.name})` } : { vi: '', en: '' };
      return [
        finding(
          c.typeWord.span,
          {
            vi: `Tên loại "${c.typeWord.text}" không khớp với mã loại trong ký hiệu ${c.symbol}${codeSays.vi}.`,
            en: `Type "${c.typeWord.text}" contradicts the type code of ${c.symbol}${codeSays.en}.`,
          },
          {
            symbol: c.symbol,
            fixes: meant ? [replace(c.typeWord.span, meant.name, { vi: `Đổi thành "${meant.name}"`, en: `Change to "${meant.name}"` }, false)] : [],
          },
        ),
      ];
    });
  },
};
