// A công văn is numbered N/ISSUER-UNIT (RULES.md §1.1), and the abbreviation of its issuer may spell
// a type code: "Công văn số 518/PC-HC" is a letter of a Pháp chế unit (PC), not a Phiếu chuyển. The
// codes of papers that are filled in and sent (phiếu, giấy, copies), never cited by number in prose,
// are read as the issuer when the text calls the document a công văn; the codes of documents that are
// cited ("Công văn số 55/KH-UBND": a Kế hoạch) are not.
export const LETTER_HEADS_NOT_TYPES: ReadonlySet<string> = new Set(['PC', 'PG', 'PB', 'GNP', 'NP', 'GUQ', 'UQ', 'GGT', 'GT', 'SY', 'TrS', 'SL']);
