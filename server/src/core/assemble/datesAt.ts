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
