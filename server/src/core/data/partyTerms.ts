// The Central Committee's terms (khóa): the Party's central bodies number their documents afresh
// in each (RULES.md §3.3), so 18-NQ/TW of 2017 (khóa XII) and of 2022 (khóa XIII) are two
// resolutions, and no citation dated in one term is a document of another. A term starts with the
// National Congress that elects it; the day given is the Congress's last.
export const PARTY_TERMS: { term: string; from: string }[] = [
  { term: 'VIII', from: '1996-07-01' },
  { term: 'IX', from: '2001-04-22' },
  { term: 'X', from: '2006-04-25' },
  { term: 'XI', from: '2011-01-19' },
  { term: 'XII', from: '2016-01-28' },
  { term: 'XIII', from: '2021-02-01' },
  { term: 'XIV', from: '2026-01-23' },
];

/** The term a day (YYYY-MM-DD) lies in; null before the first. */
export function partyTermOf(day: string): string | null {
  let term: string | null = null;
  for (const t of PARTY_TERMS) if (day >= t.from) term = t.term;
  return term;
}
