// Messages for the writing defects the assembler notes (reported as VB101).
import type { Message, WritingDefect } from '../types';

const SYMBOL_REASONS: Partial<Record<WritingDefect['kind'], Message>> = {
  separator: { vi: 'thiếu hoặc thừa dấu gạch nối, gạch chéo hay khoảng trắng', en: 'a missing or extra hyphen, slash or space' },
  dash: { vi: 'dùng gạch ngang dài (–, —) thay cho gạch nối (-)', en: 'an en or em dash instead of a hyphen' },
  'ascii-d': { vi: 'viết D thay cho Đ', en: 'D written for Đ' },
  eth: { vi: 'dùng ký tự Ð/Ɖ trông giống Đ (U+0110)', en: 'the look-alike Ð/Ɖ instead of Đ (U+0110)' },
  lookalike: { vi: 'dùng chữ Kirin trông giống chữ Latinh', en: 'Cyrillic letters that look Latin' },
  case: { vi: 'sai chữ hoa, chữ thường', en: 'wrong letter case' },
  variant: { vi: 'dùng chữ viết tắt không theo quy định', en: 'an unofficial abbreviation' },
};

export function SYMBOL_DEFECT_MESSAGES(written: string, canonical: string, kinds: WritingDefect['kind'][]): Message {
  const reasons = kinds.map((k) => SYMBOL_REASONS[k]).filter((r): r is Message => !!r);
  return {
    vi: `Ký hiệu "${written}" viết sai (${reasons.map((r) => r.vi).join('; ')}): phải là "${canonical}".`,
    en: `Symbol "${written}" is malformed (${reasons.map((r) => r.en).join('; ')}): it should be "${canonical}".`,
  };
}

/** "Nghị định số 104/2016": a number and a year only; `canonical` when the codes are certain. */
export function INCOMPLETE_SYMBOL_MESSAGE(written: string, canonical: string | null): Message {
  return canonical
    ? {
        vi: `Ký hiệu "${written}" thiếu mã loại và mã cơ quan: phải là "${canonical}".`,
        en: `Symbol "${written}" lacks its type and issuer codes: it should be "${canonical}".`,
      }
    : {
        vi: `Ký hiệu "${written}" thiếu mã loại và mã cơ quan.`,
        en: `Symbol "${written}" lacks its type and issuer codes.`,
      };
}

/** "Nghị định số 45/NĐ-CP": a normative symbol without its year; `canonical` when the cited date gives it. */
export function MISSING_YEAR_MESSAGE(written: string, canonical: string | null): Message {
  const vi = `Ký hiệu "${written}" thiếu năm ban hành: số của văn bản quy phạm pháp luật ghi số/năm/loại-cơ quan`;
  const en = `Symbol "${written}" lacks its year: a legal normative document is numbered number/year/TYPE-ISSUER`;
  return canonical ? { vi: `${vi}, phải là "${canonical}".`, en: `${en}; it should be "${canonical}".` } : { vi: `${vi}.`, en: `${en}.` };
}

export const LEAD_DEFECT_MESSAGES = {
  'glued-after': (written: string): Message => ({
    vi: `Thiếu khoảng trắng sau số, ký hiệu văn bản: "${written}".`,
    en: `Missing space after the document's number and symbol: "${written}".`,
  }),
  glued: (written: string): Message => ({
    vi: `Thiếu khoảng trắng trước tên loại văn bản: "${written}".`,
    en: `Missing space before the document type: "${written}".`,
  }),
  'so-glued': (written: string): Message => ({
    vi: `Thiếu khoảng trắng giữa "số" và số, ký hiệu văn bản: "${written}".`,
    en: `Missing space between "số" and the document's number: "${written}".`,
  }),
  joined: (written: string): Message => ({
    vi: `Thiếu khoảng trắng giữa tên loại văn bản và "số": "${written}".`,
    en: `Missing space between the document type and "số": "${written}".`,
  }),
  'header-in-prose': (written: string): Message => ({
    vi: `"${written}" là cách ghi ở phần đầu văn bản; khi trích dẫn trong câu viết "số" (chữ thường, không dấu hai chấm).`,
    en: `"${written}" is the heading form; in running text write "số" (lower case, no colon).`,
  }),
  'type-case': (written: string, name: string): Message => ({
    vi: `Tên loại văn bản chỉ viết hoa chữ cái đầu: "${name}", không phải "${written}".`,
    en: `Only the first letter of a document type is capitalised: "${name}", not "${written}".`,
  }),
};
