// Inlay hints (off unless vanban.inlayHints): after a citation, what the registry knows and the
// text does not say. A bare symbol gets its date and short title ("749/QĐ-TTg (3/6/2020 ·
// Chương trình Chuyển đổi số quốc gia…)"), a law cited by name its number and date.
import type { Analysis } from '../core/analyze';
import { viDate } from '../core/rules/rule';

export interface InlayHintAt {
  /** Where the hint stands: the end of the citation (UTF-16 offset). */
  offset: number;
  label: string;
  /** The whole title, when the label shortens it. */
  tooltip: string | null;
}

/** Titles longer than this are cut at a word and end with "…". */
const SHORT_TITLE = 48;

export function inlayHintsOf(a: Analysis): InlayHintAt[] {
  const out: InlayHintAt[] = [];
  a.citations.forEach((c, i) => {
    const r = a.resolutions[i]!;
    if (r.status !== 'resolved' || c.role !== 'cite') return;
    const entry = r.entry.entry;
    const parts: string[] = [];
    if (c.kind === 'title' && !c.symbol) parts.push(entry.symbol);
    if (!c.date && entry.date) parts.push(viDate(entry.date));
    const title = c.kind === 'title' ? null : (entry.title ?? null);
    if (title) parts.push(shorten(title));
    if (parts.length === 0) return;
    out.push({ offset: c.span.end, label: ` (${parts.join(' · ')})`, tooltip: title && title.length > SHORT_TITLE ? title : null });
  });
  return out;
}

function shorten(title: string): string {
  if (title.length <= SHORT_TITLE) return title;
  const cut = title.lastIndexOf(' ', SHORT_TITLE);
  return `${title.slice(0, cut > SHORT_TITLE / 2 ? cut : SHORT_TITLE).trimEnd()}…`;
}
