// The province a text is about, from how often it names one ("tỉnh Thanh Hóa", "Tỉnh ủy Bắc
// Giang", "UBND thành phố Hà Nội"). Read from the head of the text, where documents and articles
// say where they are from.

import { PROVINCES, provinceName } from '../data/provinces';
import { namesPattern, WORD_END } from '../text/vietnamese';

/** How much of the text is read. */
export const JURISDICTION_HEAD = 200_000;
const MENTION = new RegExp(`(?:tỉnh|thành phố|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\\s+(${namesPattern(PROVINCES)})${WORD_END}`, 'giu');

export function detectJurisdiction(text: string): string | null {
  return mostMentioned([provinceMentions(text.length > JURISDICTION_HEAD ? text.slice(0, JURISDICTION_HEAD) : text)]);
}

/** How often `text` names each province, in order of first mention. */
export function provinceMentions(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const re = MENTION;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = provinceName(m[1]!);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The province named most often over consecutive parts of a text (`provinceMentions` of each); the first named on a tie. */
export function mostMentioned(parts: readonly Map<string, number>[]): string | null {
  const counts = parts.length === 1 ? parts[0]! : new Map<string, number>();
  if (parts.length > 1) for (const part of parts) for (const [name, n] of part) counts.set(name, (counts.get(name) ?? 0) + n);
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
