// The dates of a text by where they stand in the normalized text, for the citations and law names
// that look for a date right after or before them. Dates come sorted and never overlap, so two
// sorted arrays and a binary search do what two maps of every date did, without building them.
import type { Citation, DateMention } from '../types';
import { lastAtOrBefore } from '../text/spans';

export interface PlacedDate {
  mention: DateMention;
  /** Normalized offsets (the mention's spans are the original text's). */
  start: number;
  end: number;
}

export class DatesByPosition {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly placed: PlacedDate[] = [];

  /** Dates must be added in text order. */
  add(date: PlacedDate): void {
    this.starts.push(date.start);
    this.ends.push(date.end);
    this.placed.push(date);
  }

  startingAt(offset: number): PlacedDate | undefined {
    return this.placed[indexOf(this.starts, offset)];
  }

  endingAt(offset: number): PlacedDate | undefined {
    return this.placed[indexOf(this.ends, offset)];
  }
}

function indexOf(sorted: number[], value: number): number {
  const k = lastAtOrBefore(sorted, value);
  return sorted[k] === value ? k : -1;
}

/**
 * What a citation's date fixes, as an ISO prefix: its day or month (2013-11-28, 2013-11), else the
 * year of its date or of its symbol (2013); null when it states none.
 */
export function citedDate(c: Citation): string | null {
  const d = c.date;
  if (d?.iso && (d.kind === 'day' || d.kind === 'month')) return d.iso;
  if (d?.kind === 'year') return String(d.year);
  return c.year !== null ? String(c.year) : null;
}

/** How far into a text its dateline may stand ("Cập nhật: 19:44 | 13/09/2021", "Ngày Đăng: 22/2/2023" atop a news page). */
const DATELINE_REACH = 400;

/**
 * The year of each day written without one ("Chiều 11/6, …"), from the text around it: the last
 * year a date names before it on its line (not a cited document's date, a period or a horizon:
 * those name other times), else the text's own date, else its dateline, else the year of the last
 * such day before it; 0 where the text names none. Read on the whole text, as attribution is: a
 * large text's pieces know neither its head nor its own date. The year stays out of its ISO form
 * ("--06-11"): "trước ngày 31/3 hằng năm" is every year's.
 */
export function yearsOfDaysAlone(dates: DateMention[], citations: Citation[], text: string, ownDate: DateMention | null): void {
  if (!dates.some((d) => d.kind === 'dayMonth')) return;
  // by where they stand: a large text's pieces give a citation's date and the list's as two copies
  const cited = new Set(citations.map((c) => c.date?.span.start));
  const names = (d: DateMention) => (d.kind === 'day' || d.kind === 'month' || d.kind === 'year' || d.kind === 'quarter') && !cited.has(d.span.start) && !!d.iso;
  const dateline = dates.find((d) => d.kind === 'day' && d.span.start < DATELINE_REACH && names(d)) ?? null;
  let previous = 0;
  dates.forEach((d, i) => {
    if (d.kind !== 'dayMonth') return;
    const lineStart = text.lastIndexOf('\n', d.span.start) + 1;
    let year: number | null = null;
    for (let k = i - 1; k >= 0 && dates[k]!.span.start >= lineStart && year === null; k--) if (names(dates[k]!)) year = dates[k]!.year;
    d.year = previous = year ?? ownDate?.year ?? dateline?.year ?? previous;
  });
}
