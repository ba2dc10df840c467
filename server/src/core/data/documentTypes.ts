// Document types and their symbol codes (RULES.md §1.3 State, §2.3 normative, §3.4 Party).
// One row per type name; `state`, `party`, `normative` list the codes that type may carry in
// that family of symbols. A code written in mixed case (TTg, QyĐ, CTr) is written so on purpose.

import { memoized } from '../memo';

export interface DocumentType {
  /** Canonical type name as it is written in running text. */
  name: string;
  /** Other ways authors write the type word. */
  variants?: string[];
  state?: string[];
  party?: string[];
  normative?: string[];
  /** Cited by law-shaped symbols N/YYYY/QHk or N/YYYY/UBTVQHk (no type code). */
  legislative?: boolean;
  /** Công văn: State symbols have no type code (N/ISSUER-UNIT). */
  letter?: boolean;
  /** Numbered the old State way, "N-ISSUER" with no type code (Nghị định số 87-CP, 1994). */
  numberedByIssuer?: boolean;
  /**
   * The one normative type code and issuer a symbol of this type can have since `since` (RULES.md
   * §2.3): "Nghị định số 104/2016" can only be 104/2016/NĐ-CP, the Chính phủ being the only body
   * that issues a Nghị định. Only where nothing else is possible: a Thông tư, a Quyết định, a
   * Nghị quyết has many issuers, a Luật the Quốc hội's term (which a year alone may not fix).
   */
  soleIssuer?: { code: string; issuer: string; since: number };
}

/**
 * Since when a type code only normative documents carry (NĐ, TTLT, NQLT) comes with the year in the
 * number (RULES.md §2.2): the earliest such symbol the corpus cites is 08/1998/NĐ-CP, while decrees
 * before it were "43/CP", "87-CP". A "45/NĐ-CP" dated earlier is not reported.
 */
export const NORMATIVE_YEAR_SINCE = 1998;

export const DOCUMENT_TYPES: DocumentType[] = [
  { name: 'Nghị quyết', state: ['NQ'], party: ['NQ'], normative: ['NQ', 'NQLT'], legislative: true, numberedByIssuer: true },
  { name: 'Nghị quyết liên tịch', normative: ['NQLT'] },
  { name: 'Quyết định', state: ['QĐ'], party: ['QĐ'], normative: ['QĐ'], numberedByIssuer: true },
  { name: 'Chỉ thị', state: ['CT'], party: ['CT'], normative: ['CT'], numberedByIssuer: true },
  { name: 'Kết luận', party: ['KL'], state: ['KL'] }, // not in NĐ 30's table, but used (959/KL-UBTVQH15)
  { name: 'Quy chế', state: ['QC'], party: ['QC'] },
  { name: 'Quy định', state: ['QyĐ'], party: ['QĐi', 'QĐ'] },
  { name: 'Thông tri', party: ['TT'] },
  // "Thông báo kết luận số 12-TB/TW": the Party's notice of conclusions is a Thông báo (TB)
  { name: 'Thông báo', variants: ['Thông báo kết luận'], state: ['TB'], party: ['TB'] },
  { name: 'Thông cáo', state: ['TC'] },
  { name: 'Hướng dẫn', state: ['HD'], party: ['HD'] },
  // "Chương trình hành động số 09-CTr/TU": a programme of action carries the programme's code
  { name: 'Chương trình', variants: ['Chương trình hành động'], state: ['CTr'], party: ['CTr'] },
  { name: 'Kế hoạch', state: ['KH'], party: ['KH'] },
  { name: 'Phương án', state: ['PA'], party: ['PA'] },
  { name: 'Đề án', state: ['ĐA'], party: ['ĐA'] },
  { name: 'Dự án', state: ['DA'] },
  // "Báo cáo thẩm tra số 1006/BC-UBXH15" (an NA committee's review of a bill), "Báo cáo thẩm định số 180/BCTĐ-BTP" (the Ministry of Justice's appraisal)
  { name: 'Báo cáo', variants: ['Báo cáo thẩm tra', 'Báo cáo thẩm định', 'Báo cáo tổng kết', 'Báo cáo sơ kết', 'Báo cáo tóm tắt', 'Báo cáo giải trình'], state: ['BC', 'BCTĐ', 'BCTT'], party: ['BC'] },
  { name: 'Biên bản', state: ['BB'], party: ['BB'] },
  { name: 'Tờ trình', state: ['TTr'], party: ['TTr'] },
  { name: 'Hợp đồng', state: ['HĐ'] },
  { name: 'Công văn', party: ['CV'], letter: true },
  { name: 'Công điện', state: ['CĐ'] },
  { name: 'Bản ghi nhớ', state: ['BGN', 'GN'] },
  { name: 'Bản thỏa thuận', variants: ['Bản thoả thuận'], state: ['BTT', 'TTh'] },
  { name: 'Giấy ủy quyền', variants: ['Giấy uỷ quyền'], state: ['GUQ', 'UQ'] },
  { name: 'Giấy mời', state: ['GM'], party: ['GM'] },
  { name: 'Giấy giới thiệu', state: ['GGT', 'GT'], party: ['GGT'] },
  { name: 'Giấy nghỉ phép', state: ['GNP', 'NP'] },
  { name: 'Phiếu gửi', state: ['PG'] },
  { name: 'Phiếu chuyển', state: ['PC'] },
  { name: 'Phiếu báo', state: ['PB'] },
  { name: 'Bản sao y', state: ['SY'], party: ['BS'] },
  { name: 'Bản trích sao', state: ['TrS'] },
  { name: 'Bản sao lục', state: ['SL'] },
  // the Chính phủ since 1992 (before: the Hội đồng Bộ trưởng, whose symbols carried no year)
  { name: 'Nghị định', normative: ['NĐ'], numberedByIssuer: true, soleIssuer: { code: 'NĐ', issuer: 'CP', since: 1993 } },
  { name: 'Thông tư', normative: ['TT', 'TTLT'], state: ['TT'], numberedByIssuer: true },
  { name: 'Thông tư liên tịch', normative: ['TTLT'] },
  // a Lệnh of the Chủ tịch nước, N/YYYY/L-CTN since 2002 (07/2003/L-CTN; earlier 18-L/CTN)
  { name: 'Lệnh', normative: ['L', 'LCT'], soleIssuer: { code: 'L', issuer: 'CTN', since: 2002 } },
  // before 2002 a law or an ordinance carried its promulgation order's number: Luật Dầu khí số 18-L/CTN
  // (1993); from 1981 to 1992 the order of the Chủ tịch Hội đồng Nhà nước, "lệnh chủ tịch" (LCT), with
  // the council's term: Luật Bảo vệ sức khỏe nhân dân số 21-LCT/HĐNN8 (30/6/1989), Pháp lệnh số
  // 10-LCT/HĐNN7 (26/02/1983) [corpus: vlc_Luat-Bao-ve-suc-khoe-nhan-dan-1989-21-LCT-HDNN8-37690.txt,
  // vlc_Luat-phi-va-le-phi-2015-298376.txt]
  { name: 'Luật', legislative: true, normative: ['L', 'LCT'] },
  { name: 'Bộ luật', legislative: true, normative: ['L', 'LCT'] },
  { name: 'Pháp lệnh', legislative: true, normative: ['PL', 'L', 'LCT'] },
  { name: 'Văn bản hợp nhất', state: ['VBHN'] },
  // the President's decrees of 1945–1959 ("Sắc lệnh số 19", "102-SL/L-004": HISTORIC_HYPHEN_CODES);
  // listed so that "sắc lệnh số 19" is not read as a Lệnh
  { name: 'Sắc lệnh' },
];

/**
 * Type codes read in the old hyphen form "N-CODE/ISSUER" of State documents, with the issuer codes
 * they were signed with (null: any State issuer): the Lệnh of "18-L/CTN" (1993), the lệnh chủ tịch
 * of "10-LCT/HĐNN7" (1983), signed by the chairman of the Hội đồng Nhà nước (its term number follows).
 */
export const HISTORIC_ORDER_CODES = new Map<string, readonly string[] | null>([
  ['L', null],
  ['LCT', ['HĐNN']],
]);

/**
 * Type codes of the Democratic Republic's first years, which neither NĐ 30/2020 nor the Party's HD
 * 36 describes (RULES.md §2.3), with the type words that may cite them. A law of 1957–1959 was
 * promulgated by a Sắc lệnh of the President and carries that sắc lệnh's number and code before
 * its own: "LUẬT SỐ 102-SL/L-004 NGÀY 20-5-1957" (Sắc lệnh 102, Luật 004). The hyphen is that
 * era's State form, not the Party's, and SL there is Sắc lệnh, not today's Bản sao lục.
 */
export const HISTORIC_HYPHEN_CODES: ReadonlyMap<string, { name: string; types: readonly string[] }> = new Map([
  ['SL', { name: 'Sắc lệnh', types: ['Sắc lệnh', 'Luật'] }],
]);

/** "Luật số 102-SL/L-004": a historic State symbol in the hyphenated form, cited by a type that fits it. */
export function isHistoricHyphenForm(shape: string | null, typeCode: string | null, type: string | null): boolean {
  if (shape !== 'party' || !typeCode || !type) return false;
  return HISTORIC_HYPHEN_CODES.get(typeCode)?.types.includes(type) ?? false;
}

/**
 * Words that name a document without saying its type ("Văn bản số 762/BTNMT-KHTC", "văn bản số
 * 04-TB/BCĐTW"): part of the citation; the type is read from the symbol. No short form ("Văn bản
 * số 04" alone names nothing).
 */
export const GENERIC_TYPE_WORDS = ['Văn bản'];

/** Type words that may stand before a symbol, longest first so "Thông tư liên tịch" wins over "Thông tư". */
export const TYPE_WORDS: { word: string; type: DocumentType }[] = DOCUMENT_TYPES.flatMap((type) =>
  [type.name, ...(type.variants ?? [])].map((word) => ({ word, type })),
).sort((a, b) => b.word.length - a.word.length);

const byLowerWord = new Map<string, DocumentType>();
for (const { word, type } of TYPE_WORDS) byLowerWord.set(word.toLowerCase(), type);

// Type words as written recur in every text ("Quyết định", "QUYẾT ĐỊNH"): each read once.
const byWritten = memoized((word) => byLowerWord.get(word.normalize('NFC').toLowerCase().replace(/\s+/g, ' ')));

export function typeByWord(word: string): DocumentType | undefined {
  return byWritten(word);
}

export type SymbolFamily = 'state' | 'party' | 'normative';

/** Every type code in its official spelling, keyed by its upper-case form. */
const codeSpelling = new Map<string, string>();
const typesByCode: Record<SymbolFamily, Map<string, DocumentType[]>> = {
  state: new Map(),
  party: new Map(),
  normative: new Map(),
};
for (const type of DOCUMENT_TYPES) {
  for (const family of ['state', 'party', 'normative'] as const) {
    for (const code of type[family] ?? []) {
      codeSpelling.set(code.toUpperCase(), code);
      const list = typesByCode[family].get(code) ?? [];
      list.push(type);
      typesByCode[family].set(code, list);
    }
  }
}

/** The official spelling of a type code written in any case ("QYĐ" → "QyĐ"), or undefined if unknown. */
export function typeCodeSpelling(code: string): string | undefined {
  return codeSpelling.get(code.toUpperCase());
}

/** Types that a code denotes in a family; the first is the usual reading. */
export function typesForCode(family: SymbolFamily, code: string): DocumentType[] {
  return typesByCode[family].get(code) ?? [];
}

export function isTypeCode(family: SymbolFamily, code: string): boolean {
  return typesByCode[family].has(code);
}
