// Symbols of the Democratic Republic's first years, which neither NĐ 30/2020 nor the Party's HD 36
// describes (RULES.md §2.3: "Pre-2000 symbols … The registry needs these"). A law of 1957–1959 was
// promulgated by a Sắc lệnh of the President and carries that sắc lệnh's number and code before
// its own: "LUẬT SỐ 102-SL/L-004 NGÀY 20-5-1957" (Sắc lệnh 102, Luật 004). The hyphen is that
// era's State form, not the Party's, and SL there is Sắc lệnh, not today's Bản sao lục.

/** Type codes of the hyphenated historic State form, with the type words that may cite them. */
export const HISTORIC_HYPHEN_CODES: ReadonlyMap<string, { name: string; types: readonly string[] }> = new Map([
  ['SL', { name: 'Sắc lệnh', types: ['Sắc lệnh', 'Luật'] }],
]);

/** "Luật số 102-SL/L-004": a historic State symbol in the hyphenated form, cited by a type that fits it. */
export function isHistoricHyphenForm(shape: string | null, typeCode: string | null, type: string | null): boolean {
  if (shape !== 'party' || !typeCode || !type) return false;
  return HISTORIC_HYPHEN_CODES.get(typeCode)?.types.includes(type) ?? false;
}
