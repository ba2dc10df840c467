// Terms of the Quốc hội (National Assembly), for the year inside N/YYYY/QHk and N/YYYY/UBTVQHk
// symbols (RULES.md §2.2). A term's last year is also the next term's first.
export const NATIONAL_ASSEMBLY_TERMS: Record<number, [number, number]> = {
  10: [1997, 2002],
  11: [2002, 2007],
  12: [2007, 2011],
  13: [2011, 2016],
  14: [2016, 2021],
  15: [2021, 2026],
  16: [2026, 2031],
};
