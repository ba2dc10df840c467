// Searching spans sorted by start: the index of the last one that starts before an offset.
import type { Span } from '../types';

export function lastStartingBefore(items: readonly { span: Span }[], at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.span.start < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
