// The province a text is about, from how often it names one ("tỉnh Thanh Hóa", "Tỉnh ủy Bắc
// Giang", "UBND thành phố Hà Nội"). Read from the head of the text, where documents and articles
// say where they are from.

import { PROVINCES, provinceName } from '../data/provinces';
import { namesPattern, WORD_END } from '../text/vietnamese';

const HEAD = 200_000;
const MENTION = new RegExp(`(?:tỉnh|thành phố|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\\s+(${namesPattern(PROVINCES)})${WORD_END}`, 'giu');

export function detectJurisdiction(text: string): string | null {
  const counts = new Map<string, number>();
  const re = new RegExp(MENTION.source, MENTION.flags);
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const name = provinceName(m[1]!);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) {
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
