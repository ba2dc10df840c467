// VB304: the horizon stated with a citation ("… định hướng đến năm 2025") differs from the cited
// document's own (2021–2025, định hướng 2030). "đến năm 2025" for a plan that runs to 2025 and looks
// to 2030 is fine: any of the document's years will do for a bare "đến năm".
import type { DateMention } from '../types';
import type { Horizon } from '../registry/types';
import { finding, replace, resolvedEntry, type Rule, type RuleFinding } from './rule';
import { lastStartingBefore } from '../text/spans';
import { normalizeText } from '../text/normalize';

const REACH = 250;
/**
 * Where a citation's own horizon is written: its title runs to the end of the clause, where a
 * comma ends it unless the horizon goes on (", định hướng đến năm 2030"); "." ends it only
 * before white space ("TX.Đức Phổ", "03.6.2020" do not).
 */
const TITLE_END = /[;\n]|\.(?=\s|$)|,(?![ \t]*(?:định hướng|tầm nhìn|ngày))/u;

function expected(d: DateMention, h: Horizon): number[] {
  if (d.horizonKind === 'orientation') return [h.orientation ?? h.vision].filter((y): y is number => y !== undefined);
  if (d.horizonKind === 'vision') return [h.vision ?? h.orientation].filter((y): y is number => y !== undefined);
  return [h.until, h.orientation, h.vision].filter((y): y is number => y !== undefined);
}

export const VB304: Rule = {
  code: 'VB304',
  defaultSeverity: 'warning',
  title: { vi: 'Mốc thời gian khác với văn bản được dẫn', en: "Horizon differs from the cited document's" },
  check(a) {
    const out: RuleFinding[] = [];
    a.citations.forEach((c, i) => {
      const e = resolvedEntry(a, i);
      const h = e?.entry.horizon;
      if (!e || !h) return;
      const next = a.citations[i + 1]?.span.start ?? Infinity;
      const from = Math.max(c.span.end, c.date?.span.end ?? 0, c.issuer?.span.end ?? 0);
      // the title as written (NFD, look-alikes) read in the form TITLE_END is written in, its end mapped back
      const window = normalizeText(a.text.slice(from, from + REACH));
      const stop = TITLE_END.exec(window.text);
      const limit = Math.min(from + window.toOriginal(stop ? stop.index : window.text.length), next);
      for (let k = lastStartingBefore(a.dates, from) + 1; k < a.dates.length && a.dates[k]!.span.start < limit; k++) {
        const d = a.dates[k]!;
        if (d.span.start < c.span.end) continue;
        if (d.kind === 'period' && h.from !== undefined && h.until !== undefined && (d.year !== h.from || d.endYear !== h.until)) {
          out.push(
            finding(d.valueSpan, {
              vi: `${e.entry.symbol} có giai đoạn ${h.from}–${h.until}, không phải ${d.text}.`,
              en: `${e.entry.symbol} covers ${h.from}–${h.until}, not ${d.text}.`,
            }, { symbol: e.entry.symbol, fixes: [replace(d.valueSpan, `${h.from}-${h.until}`, { vi: `Sửa thành ${h.from}-${h.until}`, en: `Change to ${h.from}-${h.until}` }, true)] }),
          );
        }
        if (d.kind !== 'horizon') continue;
        const years = expected(d, h);
        if (years.length === 0 || years.includes(d.year)) continue;
        const right = years[0]!;
        out.push(
          finding(
            d.valueSpan,
            {
              vi: `Mốc "${d.text}" khác với ${e.entry.symbol} (${describe(h).vi}).`,
              en: `"${d.text}" differs from ${e.entry.symbol} (${describe(h).en}).`,
            },
            { symbol: e.entry.symbol, fixes: [replace(d.valueSpan, String(right), { vi: `Sửa thành ${right}`, en: `Change to ${right}` }, d.horizonKind !== 'until')] },
          ),
        );
      }
    });
    return out;
  },
};

function describe(h: Horizon): { vi: string; en: string } {
  const vi: string[] = [];
  const en: string[] = [];
  if (h.from !== undefined && h.until !== undefined) {
    vi.push(`giai đoạn ${h.from}–${h.until}`);
    en.push(`${h.from}–${h.until}`);
  } else if (h.until !== undefined) {
    vi.push(`đến năm ${h.until}`);
    en.push(`until ${h.until}`);
  }
  if (h.orientation !== undefined) {
    vi.push(`định hướng đến năm ${h.orientation}`);
    en.push(`orientation to ${h.orientation}`);
  }
  if (h.vision !== undefined) {
    vi.push(`tầm nhìn đến năm ${h.vision}`);
    en.push(`vision to ${h.vision}`);
  }
  return { vi: vi.join(', '), en: en.join(', ') };
}
