// The province a text is about, from how often it names one ("tỉnh Thanh Hóa", "Tỉnh ủy Bắc
// Giang", "UBND thành phố Hà Nội"). Read from the head of the text, where documents and articles
// say where they are from.

import { PROVINCES, provinceName } from '../data/provinces';
import { namesPattern, WORD_END } from '../text/vietnamese';

const HEAD = 200_000;
const MENTION = new RegExp(`(?:tỉnh|thành phố|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\\s+(${namesPattern(PROVINCES)})${WORD_END}`, 'iuy');
// Where a mention may start: "tỉnh" or "thành" as texts write them. A plain case-sensitive search
// finds these far faster than the case-insensitive Unicode pattern tried at every position.
const LEAD = /[tT](?:ỉnh|hành)|T(?:ỈNH|HÀNH)/g;

export function detectJurisdiction(text: string): string | null {
  const counts = new Map<string, number>();
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  const lead = new RegExp(LEAD.source, LEAD.flags);
  const mention = new RegExp(MENTION.source, MENTION.flags);
  for (let at = lead.exec(head); at; at = lead.exec(head)) {
    mention.lastIndex = at.index;
    const m = mention.exec(head);
    if (!m) continue;
    lead.lastIndex = mention.lastIndex; // go on after the mention, as one global search would
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
