// The dates of a text by where they stand in the normalized text, for the citations and law names
// that look for a date right after or before them. Dates come sorted and never overlap, so two
// sorted arrays and a binary search do what two maps of every date did, without building them.
import type { DateMention } from '../types';
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
