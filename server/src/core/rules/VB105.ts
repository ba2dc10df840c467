// VB105: a normative symbol's year contradicts the date cited with it ("15/2020/NĐ-CP ngày
// 03/02/2019"), the year falls outside the Quốc hội term in the symbol ("20/2023/QH14"), or it is not a
// year at all ("26/20216/QĐ-TTg").
import { NATIONAL_ASSEMBLY_TERMS } from '../data/terms';
import { finding, type Rule, type RuleFinding } from './rule';

export const VB105: Rule = {
  code: 'VB105',
  defaultSeverity: 'error',
  title: { vi: 'Năm trong ký hiệu mâu thuẫn với ngày ban hành', en: "Symbol's year contradicts its date" },
  check(a) {
    const out: RuleFinding[] = [];
    for (const c of a.citations) {
      if (c.kind !== 'full' || c.year === null || !c.symbol) continue;
      if (c.year > 9999) {
        out.push(
          finding(c.symbolSpan, {
            vi: `${c.year} trong ký hiệu ${c.symbol} không phải là một năm: năm ghi đủ bốn chữ số.`,
            en: `${c.year} in the symbol ${c.symbol} is not a year: a year has four digits.`,
          }, { symbol: c.symbol }),
        );
        continue;
      }
      if (c.date && c.date.year !== c.year && (c.date.kind === 'day' || c.date.kind === 'month' || c.date.kind === 'year')) {
        out.push(
          finding(c.date.valueSpan, {
            vi: `Ký hiệu ${c.symbol} mang năm ${c.year} nhưng ngày ban hành ghi năm ${c.date.year}.`,
            en: `Symbol ${c.symbol} carries the year ${c.year} but its date says ${c.date.year}.`,
          }, { symbol: c.symbol, related: [{ span: c.symbolSpan, message: { vi: 'Năm trong ký hiệu', en: 'Year in the symbol' } }] }),
        );
      }
      const term = /(?:^|-|\/)(?:UBTV)?QH(\d{1,2})$/.exec(c.symbol);
      const years = term ? NATIONAL_ASSEMBLY_TERMS[Number(term[1])] : undefined;
      if (years && (c.year < years[0] || c.year > years[1])) {
        out.push(
          finding(c.symbolSpan, {
            vi: `Năm ${c.year} không thuộc nhiệm kỳ Quốc hội khóa ${term![1]} (${years[0]}–${years[1]}).`,
            en: `The year ${c.year} is outside the term of the ${term![1]}th National Assembly (${years[0]}–${years[1]}).`,
          }, { symbol: c.symbol }),
        );
      }
    }
    return out;
  },
};
