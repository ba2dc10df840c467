// VB402: one text gives the same metric, scope and year two different goal values.
import { SAME_METRIC_THRESHOLD, MIN_SHARED_WITHIN_TEXT, overlap, targetWords } from '../resolve/metrics';
import { normalizedPiece } from '../text/normalize';
import { WORD_END, WordSearch } from '../text/vietnamese';
import type { TargetMention } from '../types';
import { describeFigure, finding, ownerEntry, type Rule, type RuleFinding } from './rule';

interface Goal {
  t: TargetMention;
  words: Set<string>;
  sentence: number;
  /** Negations in the rest of the sentence: "… hội nhập quốc tế không thường xuyên" is not "… trực tiếp, thường xuyên". */
  negations: number;
  /** Its place among its group's goals, in text order. */
  index: number;
}

/** The goals of one year, scope, unit and owner: in buckets of goals alike, and by sentence. */
interface Group {
  count: number;
  buckets: Map<string, Goal[]>;
  bySentence: Map<number, Goal[]>;
}

// "không"/"chưa" that negate, not the comparators "không quá", "không dưới", "không thấp hơn", "không vượt quá"
const NEGATION = new WordSearch(String.raw`(?:không|chưa)(?![ \t]+(?:quá|dưới|thấp hơn|vượt quá|ít hơn)${WORD_END})`, 'iu');
const REST_REACH = 300;
/** Words of its own on each side that make two wordings of one noun two metrics. */
const OWN_WORDS = 2;
/** The rest of the sentence after the figure: up to ". ", ";" or a line that ends (not a wrapped one), at most REST_REACH characters. */
function restOfSentence(text: string, from: number): string {
  const rest = text.slice(from, from + REST_REACH);
  const end = /\.(?:\s|$)|;|\n(?![ \t]*\p{Ll})/u.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

export const VB402: Rule = {
  code: 'VB402',
  defaultSeverity: 'error',
  title: { vi: 'Một chỉ tiêu được ghi hai giá trị khác nhau', en: 'One metric given two different targets' },
  check(a) {
    const out: RuleFinding[] = [];
    // two values in one sentence are a range ("tăng 13% đến 15%") or values for different groups
    const sentenceOf = (t: TargetMention) => {
      const before = a.text.slice(Math.max(0, t.span.start - 400), t.span.start);
      return t.span.start - before.length + Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(';'));
    };
    // the document a goal is attributed to, by what it is (its registry entry, its symbol), not by
    // which mention of it stands nearest: "Kế hoạch số 55/KH-UBND" cited in two sentences is one owner
    const ownerOf = (t: TargetMention) => {
      if (t.owner === null) return '';
      const entry = ownerEntry(a, t.owner);
      return entry ? `=${entry.entry.symbol}` : (a.citations[t.owner]!.symbol ?? `#${t.owner}`);
    };
    // only goals of one year, scope, unit and owner can be the same target: compare within those groups
    const groups = new Map<string, Group>();
    for (const t of a.targets) {
      if (t.kind !== 'goal' || t.year === null) continue;
      const key = `${t.year}|${t.scope ?? ''}|${t.unit}|${ownerOf(t)}`;
      const negations = NEGATION.count(normalizedPiece(restOfSentence(a.text, t.valueSpan.end)));
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { count: 0, buckets: new Map(), bySentence: new Map() }));
      const goal: Goal = { t, words: targetWords(t), sentence: sentenceOf(t), negations, index: group.count++ };
      const same = (g: Goal) => {
        // a change and a level of one noun are two metrics ("Cắt giảm tối thiểu 20% thành phần hồ sơ",
        // "80% hồ sơ … được xử lý trực tuyến")
        if (g.t.change !== t.change || g.negations !== goal.negations || !sameFigures(g.words, goal.words)) return false;
        const { shared, score } = overlap(g.words, goal.words);
        // "hồ sơ … tiếp nhận trực tuyến" and "hồ sơ … được số hóa khi tiếp nhận": each names what the
        // other does not, two metrics of one noun; a restatement adds to one side only
        return shared >= MIN_SHARED_WITHIN_TEXT && score >= SAME_METRIC_THRESHOLD && Math.min(g.words.size, goal.words.size) - shared < OWN_WORDS;
      };
      // the first goal before this one (in text order) that states the same metric with another value
      let earlier: Goal | null = null;
      for (const bucket of group.buckets.values()) {
        const rep = bucket[0]!;
        // the rows of one indicator table are different indicators, each listed once
        if (rep.t.value === t.value || (rep.t.table && rep.t.table.span.start === t.table?.span.start) || !same(rep)) continue;
        // a range or list there that holds this value too ("Phấn đấu 30% - 40% cán bộ …" in two
        // bullets) is no contradiction
        const g = bucket.find((g) => g.sentence !== goal.sentence && !group.bySentence.get(g.sentence)!.some((h) => h.t.value === t.value && same(h)));
        if (g && (!earlier || g.index < earlier.index)) earlier = g;
      }
      // goals alike in all that the comparison reads (words, value, table, change, negations) share
      // a bucket: a long text states the same goals thousands of times, and is compared once per kind
      const bucketKey = `${[...goal.words].join(' ')}|${t.value}|${t.table?.span.start ?? -1}|${t.change}|${negations}`;
      const bucket = group.buckets.get(bucketKey);
      if (bucket) bucket.push(goal);
      else group.buckets.set(bucketKey, [goal]);
      const inSentence = group.bySentence.get(goal.sentence);
      if (inSentence) inSentence.push(goal);
      else group.bySentence.set(goal.sentence, [goal]);
      if (!earlier) continue;
      const e = describeFigure(earlier.t.comparator, earlier.t.value, earlier.t.unit);
      const l = describeFigure(t.comparator, t.value, t.unit);
      out.push(
        finding(
          t.valueSpan,
          {
            vi: `Chỉ tiêu "${t.metric}" năm ${t.year} ghi ${l.vi} ở đây nhưng ${e.vi} ở chỗ khác trong văn bản.`,
            en: `The target "${t.metric}" for ${t.year} is ${l.en} here but ${e.en} elsewhere in the text.`,
          },
          { related: [{ span: earlier.t.valueSpan, message: { vi: 'Giá trị ghi ở chỗ khác', en: 'The other value' } }] },
        ),
      );
    }
    return out;
  },
};

/** A figure inside a metric's wording, not a year: "cấp độ 4", "ít nhất 5 loại", "tăng thêm 21.845,9 tỷ". */
const isQualifier = (w: string) => /^\d+$/.test(w) && !(w.length === 4 && +w >= 1900 && +w <= 2100);

/**
 * Wordings that carry figures of their own name different things unless the figures are the same:
 * "tăng mức đóng lên 5,1%: quỹ bảo hiểm y tế sẽ tăng thêm 14.563,9 tỷ" and "… lên 5,4%: … tăng
 * thêm 21.845,9 tỷ" are two options of an impact assessment, not one goal stated twice; "60 doanh
 * nghiệp … có doanh thu từ thị trường nước ngoài đạt 20 triệu USD/năm" narrows "5.000 doanh nghiệp
 * … có doanh thu từ thị trường quốc tế" (QĐ 982/QĐ-TTg).
 */
function sameFigures(a: Set<string>, b: Set<string>): boolean {
  const fa = [...a].filter(isQualifier);
  const fb = [...b].filter(isQualifier);
  return fa.length === fb.length && fa.every((w) => b.has(w));
}
