// Targets and other figures: "đến năm 2025, trên 90% hồ sơ công việc tại cấp tỉnh; 80% … cấp huyện
// và 70% … cấp xã được xử lý trên môi trường mạng", "có trên 1.500 DN số", the ratios
// "1.693/1.733 … đạt 81,2%" and the breakdowns "1.845 (cấp xã: 138, cấp thôn: 1.707)".
// Runs on the normalized text after citations and dates are known; each pattern is anchored on
// a digit and bounded, so the pass stays linear.

import type { BreakdownMention, Citation, Comparator, DateMention, RatioMention, Span, TargetMention } from '../types';
import { foldKey, normalizedPiece, type NormalizedText } from '../text/normalize';
import type { Token } from '../scan/scanner';
import type { TableFigures } from './tables';
import { lastAtOrBefore, lastStartingBefore } from '../text/spans';
import { TITLE_FIGURE_KINDS } from '../data/headings';
import { ACHIEVEMENT_CUES, BODIES_NAMED_AFTER_DOCUMENTS, PART_OF_YEAR_WORDS, CARRYING_OUT_WORDS, CHANGE_AT_END, CHANGE_AT_START, LEVEL_REACHED, namesChange, CHANGE_TO_WORDS, PERCENTAGE_POINT_UNITS, ENUMERATION_LABELS, CLAUSE_CONJUNCTIONS, COMPARED_BEFORE, CLAUSE_OPENERS, COMPARATOR_LINK_MODALS, COMPARATOR_LINKS, COMPARATOR_WORDS, COMPARATOR_WORDS_AFTER, RANGE_TO_WORDS, ENUMERATION_NOUNS, CONJUNCTION_COMPOUND_BEFORE, MA_CLAUSE_NEXT, SONG_COMPOUND_NEXT, SUBJECT_CLAUSE_CONJUNCTIONS, GOAL_CUES, HEADING_GOAL_CUES, OBLIGATION_CUES, METRIC_CHANGE_VERBS, PRESENT_CUES, METRIC_VERB_ADVERBS, METRIC_VERB_COMPOUND_BEFORE, METRIC_VERB_TAILS, COMPARISON_WORDS, GOAL_REFERENCE_NOUNS, GOAL_NOUNS_NAMING_METRIC, GOAL_NOUN_QUALIFIERS, ASIDE_OPENERS, RANK_GROUP_LEADS, RANK_PLACE_LEADS, RANK_UNIT, REVIEW_CUES, METRIC_VERBS, SCOPES, SHARE_BASES, SHARE_NOUNS } from '../data/targetWords';
import { isWhiteSpaceCode, singleSpaced } from './context';
import { byCodeUnit, CodeSet, lastCodeOf, isDigit, isWordChar, numberEnd, isLowerCaseLetter, isSpace, isWhiteSpace, lowerCode, phraseEndingAt, skipBlanksBack, skipEmphasisBack, skipWhiteSpaceBack, wordEndingAt } from '../scan/chars';
import { namesPattern, otherPlacement, WORD_END, WORD_START, WordSearch } from '../text/vietnamese';

type RatioToken = Extract<Token, { kind: 'ratio' }>;

export interface Figures {
  targets: TargetMention[];
  ratios: RatioMention[];
  breakdowns: BreakdownMention[];
}

/** Vietnamese number: "." groups thousands (1.845), "," is the decimal mark (81,2). */
export function parseVietnameseNumber(s: string): number {
  const t = s.trim();
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  return Number(t.replace(',', '.'));
}

/** A Vietnamese number as a regex source: "1.845", "81,2", "12". */
export const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
// Comparators in both tone placements ("khoảng", "khỏang"), read backwards from the figure
const COMPARATORS_BEFORE: [string[], Comparator][] = COMPARATOR_WORDS.flatMap(([w, c]): [string[], Comparator][] => {
  const other = otherPlacement(w);
  return (other === w ? [w] : [w, other]).map((x): [string[], Comparator] => [x.split(' '), c]);
});
const COMPARATORS_BY_LAST_LETTER = byCodeUnit(COMPARATORS_BEFORE, ([words]) => lastCodeOf(words));
const VERBS_BY_LAST_LETTER = byCodeUnit(METRIC_VERBS.map((v) => v.split(' ')), lastCodeOf);
// "đạt 81,2%", "đạt gần 97%": the share the text computes for the ratio (not "đạt trên 98%", a threshold)
// (in the same sentence, and of no other share: "96/99 xã có cáp quang, tỷ lệ hộ dùng internet đạt 80%" states none)
const STATED_SHARE = new RegExp(String.raw`^(?:(?!t[ỷỉ][ \t]+(?:lệ|trọng))[^.;\n%()]){0,160}?đạt[ \t]+(?:(gần|khoảng|xấp xỉ)[ \t]+)?(${NUMBER})[ \t]?%`, 'iu');
const BREAKDOWN = /\(((?:[^():\n]{1,40}:[ \t]*\d[\d.,]*[ \t]*[,;][ \t]*){1,8}[^():\n]{1,40}:[ \t]*\d[\d.,]*)[ \t]*\)/y;
const SCOPE_RE = new WordSearch(String.raw`(?:tại[ \t]+)?(${namesPattern(SCOPES)})`, 'iu');

// a line break before a lowercase word is a wrapped line ("… làm công tác đối\nngoại …"), not an end
// "các xã, phường, thị trấn": a comma before a noun of the same enumeration goes on
const ENUMERATION_NOUN = String.raw`[ \t]+(?:${namesPattern(ENUMERATION_NOUNS)})${WORD_END}`;
const ENUMERATION_AFTER = new RegExp(`^${ENUMERATION_NOUN}`, 'iu');
// ", ban, ngành": a comma before a short item that another comma closes goes on with a list ("100% các sở, ban, ngành"), unless the item opens a clause (", trong đó, …"), or the comma follows the figure itself ("75%, khi nghỉ hưu,")
const LIST_ITEM = String.raw`[ \t]+(?!(?:${CLAUSE_OPENERS.join('|')})[ \t]*,)\p{L}+(?:[ \t]+\p{L}+)?,`;
// "… 50% GDP và hơn 30% tổng thu", "không quá 50% vốn chủ sở hữu hoặc không quá\n50% vốn đầu tư", "100%
// xã … với 23.817 thành viên" (not "so với 2024"): a conjunction before another figure ends the phrase
const NEXT_FIGURE = String.raw`(?:đạt[ \t]+)?(?:(?:${[...COMPARATOR_WORDS.map(([w]) => w), ...RANK_GROUP_LEADS, ...RANK_PLACE_LEADS].map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})\s*)?\d`;
// a "." between digits ("với 23.817 thành viên") is a number's, no end
const PHRASE_END = new RegExp(
  String.raw`[;:!?()|]|(?<!\d)\.|\.(?!\d)|\n(?![ \t]*\p{Ll})|^,|,(?!${ENUMERATION_NOUN}|${LIST_ITEM})[ \t]|(?:[ \t](?:và|hoặc)|(?<![Ss]o|sánh)[ \t]với)\s+(?=${NEXT_FIGURE})|[ \t](?:và|hoặc)[ \t]+đạt[ \t]`,
  'u', // no "i": \p{Ll} must stay lowercase
);
// "… hộ nghèo nên việc tiếp cận …": a conjunction that opens a new clause ends the phrase; tried
// only at a word that starts like one of them ("mà" before a noun and "song song" go on)
const CLAUSE_CONJUNCTION = new RegExp(
  String.raw`(?:${CLAUSE_CONJUNCTIONS.map((w) =>
    w === 'mà' ? String.raw`mà(?=[ \t]+(?:${MA_CLAUSE_NEXT.join('|')})${WORD_END})` : w === 'song' ? String.raw`song(?![ \t]+(?:${SONG_COMPOUND_NEXT.join('|')})${WORD_END})` : w.replace(/ /g, String.raw`[ \t]+`),
  ).join('|')})${WORD_END}`,
  'uy', // no "i": a capital opens a sentence, which a stop has ended already
);
// "thì", "do đó": lower case only (a capital opens a sentence, whose subject comes after)
const SUBJECT_CLAUSE_CONJUNCTION = new WordSearch(SUBJECT_CLAUSE_CONJUNCTIONS.map((w) => w.replace(/ /g, String.raw`[ \t]+`)).join('|'), 'u');
const CONJUNCTION_INITIALS = new CodeSet(CLAUSE_CONJUNCTIONS.map((w) => w.charCodeAt(0)));
// "30% - 40% cán bộ": two ends of one range (a dash between the two figures, nothing else)
const RANGE_BETWEEN = /^[ \t]*[-–][ \t]*$/u;
// after "từ": "từ 25% đến 45%" is a range too; "từ 60% lên 80%" a change (CHANGE_TO_WORDS)
const wordsBetween = (words: string[]) => new RegExp(String.raw`^[ \t]+(?:${words.map((w) => w.replace(/ /g, String.raw`[ \t]+`)).join('|')})[ \t]+$`, 'iu');
const RANGE_TO = wordsBetween(RANGE_TO_WORDS);
// "giảm từ 8,6% năm 2021 xuống còn 4,3% năm 2024": the level changed from may name its year
const CHANGE_TO = new RegExp(String.raw`^(?:[ \t]+(?:vào[ \t]+)?(?:(?:cuối|đầu)[ \t]+)?năm[ \t]+\d{4})?[ \t]*,?[ \t]+(?:${CHANGE_TO_WORDS.map((w) => w.replace(/ /g, String.raw`[ \t]+`)).join('|')})[ \t]+$`, 'iu');
const CHANGE_REACH = 40;
// "mục tiêu đến năm 2025 kinh tế số …": a year that opens the metric is the target's year
const YEAR_AT_START = /^(?:(?:đến|tới|trong|vào)(?:[ \t]+(?:hết|cuối))?[ \t]+)?năm[ \t]+\d{4}(?![\d/])[ \t]*,?[ \t]*/iu;
// "… đạt 50% năm 2025; 70% năm 2030": a year that closes the phrase is the target's year, not its metric
const YEAR_AT_END = /(?:^|[ \t,]+)(?:(?:vào|đến|tới|trong)[ \t]+)?năm[ \t]+\d{4}$/iu;
const YEAR_IN_PARENTHESES = /^[ \t]*\((?:năm[ \t]+)?((?:19|20)\d{2})\)/u;
const YEAR_OPENING_ASIDE = /^\([^()\d]{0,20}?(?:\d{1,2}\/|năm[ \t]+)((?:19|20)\d{2})(?!\d)/u;
const ANY_YEAR = /(?:19|20)\d{2}(?!\d)/g;
// "cuối năm 2023", "đầu năm": a part of the year compared with is the same comparison
const PART_OF_YEAR = String.raw`(?:(?:${namesPattern(PART_OF_YEAR_WORDS)})\s+)?`;
const COMPARED_YEAR = new RegExp(String.raw`(?:so\s+với|cùng\s+kỳ|từ|giai\s+đoạn|như|bằng|của|trước)\s+${PART_OF_YEAR}năm\s+\d{4}$`, 'iu');
// "so với năm 2024", "so với cuối năm 2023", "so với giai đoạn 2021 - 2025": what comes before a year (or period) it compares with
const COMPARED_DATE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${namesPattern(COMPARED_BEFORE)})\s+${PART_OF_YEAR}(?:(?:năm|giai\s+đoạn|thời\s+kỳ)\s+)?$`, 'iu');
// "Tính đến ngày 31 tháng 12 năm 2023, cả nước có 242 cơ sở …", "đến hết tháng 6/2024": the day
// or month a result is counted to (another day, as a citation's date, dates no figure)
const AS_OF_DATE = /(?:tính[ \t]+)?(?:đến|tới)(?:[ \t]+(?:hết|cuối))?[ \t]*$/iu;
// "(≤1%)", "(<0,1%)": a figure restated in parentheses, with a sign or none
const RESTATEMENT = new RegExp(String.raw`^\([ \t]*([≤≥<>])?[ \t]*(${NUMBER})[ \t]*(%)?[ \t]*\)`, 'u');
const MAX_PHRASE = 160;
/** How far before a figure its change verb and the words after it may start ("tăng trung bình hằng năm khoảng 10%"). */
const CHANGE_WINDOW = 40;
const PERCENTAGE_POINTS = new Set(PERCENTAGE_POINT_UNITS);
const OWNER_REACH = 2500;
const YEAR_REACH = 1500;

interface Raw {
  /** A bare number before "- 7%": a figure only as the low end of a range that goes up. */
  opensRange?: boolean;
  /** Inside an aside on where the figure before stands now or stood then: "20% GRDP (hiện mới đạt khoảng 8,1%)", "83,4% (tháng 3/2025 là 83,3%)". */
  aside?: boolean;
  /** The goal the figure before is set against: "mới đạt 38%, thấp hơn mục tiêu 50%". */
  reference?: boolean;
  start: number; // normalized: the comparator or the number
  valueStart: number;
  valueEnd: number; // after "%" or the unit word
  value: number;
  unit: string;
  comparator: Comparator;
  before: string; // the clause before the figure, comparator excluded
  /** `before` is the label before a colon on the figure's line, which names the metric ("Thu nội địa: 17.350 tỷ đồng"). */
  labelled: boolean;
  after: string; // the phrase after the figure
  afterEnd: number;
  /** The character that ended the phrase: how this item is joined to the next. */
  joiner: string;
  /**
   * "80% thì được hưởng…": the phrase as read before a conjunction opening it was cut off, and its
   * end; used again when nothing before the figure names the metric (its start stays as read).
   */
  uncut: { after: string; afterEnd: number } | null;
  /** "1% (≤1%)": where the figure restated in parentheses stands, and the comparator it states. */
  restatement: { start: number; end: number; comparator: Comparator } | null;
}

/** The figures of a text, read where they stand; `attributeTargets` then gives them kind, year and owner. */
export function extractFigures(tokens: Token[], norm: NormalizedText, span: (start: number, end: number) => Span, original: string, tables: TableFigures): Figures {
  const text = norm.text;
  const read: Raw[] = [];

  // the figures of an indicator table's value cells are the table's (`cell`: the next such cell)
  let cell = 0;
  for (const t of tokens) {
    while (cell < tables.cells.length && tables.cells[cell]!.end <= t.start) cell++;
    if (cell < tables.cells.length && tables.cells[cell]!.start <= t.start) continue;
    if (t.kind === 'percent' || t.kind === 'count') {
      const value = parseVietnameseNumber(text.slice(t.start, t.numberEnd));
      // "6.616.3 tỷ đồng": digits grouped neither way are no number to read
      if (Number.isNaN(value)) continue;
      const r = readFigure(text, t.start, t.end, value, t.kind === 'percent' ? '%' : t.unit);
      if (t.kind === 'percent') r.opensRange = t.opensRange === true;
      read.push(r);
    } else if (t.kind === 'rank') {
      // "thuộc nhóm 3 quốc gia dẫn đầu": the group's number is a rank to reach or better; the span opens at "nhóm"
      const r = readFigure(text, t.start, t.end, Number(text.slice(t.start, t.numberEnd)), RANK_UNIT);
      r.start = wordStartBefore(text, t.start);
      if (t.group && r.comparator === '=') r.comparator = '<=';
      read.push(r);
    }
  }

  const raws = fromLevelDropped(text, withoutRestatements(read));
  const targets: TargetMention[] = [];
  // inList[i]: figure i continues the list of figure i - 1 (read again by shareListPredicates)
  const inList: boolean[] = new Array(raws.length);
  // closesRange[i]: figure i is the high end of a range the figure before opens ("20 - 25% GRDP")
  const closesRange: boolean[] = new Array(raws.length);
  let head: string | null = null; // the metric of the list's first item
  let broad: string | null = null; // the last metric that does not narrow the one before it
  let lastSubject: { subject: string; end: number } | null = null; // the words that named the figure before, and its end
  // ratios in text order, by their ends: the one before a share that follows it
  const ratios = tokens.filter((t): t is RatioToken => t.kind === 'ratio');
  const ratioEnds = ratios.map((t) => t.end);
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    const prev = raws[i - 1];
    inList[i] = !!prev && continuesList(text, prev, r);
    if (inList[i]) r.before = '';
    // "30% - 40% cán bộ …" (ascending: "71% - 9% = 62%" is a subtraction): the low end takes the high end's words, and each end its bound
    const next = raws[i + 1];
    if (next && next.unit === r.unit && next.value > r.value && next.start >= r.valueEnd && isRange(text, r, next)) {
      r.after = next.after;
      r.afterEnd = next.afterEnd;
      closesRange[i + 1] = true;
      if (r.comparator === '=' && next.comparator === '=') {
        r.comparator = '>=';
        next.comparator = '<=';
      }
    }
    // read once: it depends on the words before the figure only
    let subject = subjectOf(r);
    // "… chiếm 20% GRDP (hiện mới đạt khoảng 8,1%)": the aside measures the figure before it
    const open = prev ? parenOpening(text, r.start, Math.max(prev.afterEnd, r.start - ASIDE_REACH)) : -1;
    if (open >= 0 && asideAt(text, open) && sameSentence(text, prev!.afterEnd, open) && !CHANGE_IN_ASIDE.test(text.slice(open, r.start))) {
      r.aside = true;
      subject = { subject: targets[i - 1]!.metric, named: true };
    }
    if (r.uncut && r.unit === '%' && !r.after.trim() && !subject.named) {
      r.after = r.uncut.after;
      r.afterEnd = r.uncut.afterEnd;
    }
    // "tổng doanh thu từ TMĐT bán lẻ đạt hơn 25 tỷ USD, chiếm 10% tổng doanh thu …": a verb alone
    // after the comma goes on with the subject of the figure before it, in the same sentence
    if (subject.verbOnly) {
      const verb = r.before.trimEnd();
      // the words between the ratio before and the figure, when they are in one sentence; their last comma
      const ratio = ratios[lastAtOrBefore(ratioEnds, r.start)];
      const between = ratio && sameSentence(text, ratio.end, r.start) ? text.slice(ratio.end, r.start) : null;
      const comma = between ? between.lastIndexOf(',') : -1;
      if (lastSubject && prev && prev.afterEnd === lastSubject.end && r.start - prev.afterEnd <= VERB_ONLY_REACH && sameSentence(text, prev.afterEnd, r.start)) subject = { subject: lastSubject.subject, named: true };
      // "phủ sóng thông tin di động đến 1.675/1.733 thôn, đạt gần 97%": the share of the ratio before,
      // in the same sentence; the words around the ratio, up to the comma, are the metric
      else if (ratio && between && comma > 0) {
        const after = between.slice(0, comma);
        // "… 106 triệu/108 triệu dữ liệu (Sơn La đang hoàn tất, đạt 85%)": a figure inside an aside is not the ratio's share
        if (after.lastIndexOf('(') <= after.lastIndexOf(')')) {
          const words = `${text.slice(clauseStart(text, ratio.start, MAX_PHRASE, isClauseMark), ratio.start)} ${after}`;
          subject = { subject: singleSpaced(words, 0, words.length).trim(), named: true };
        }
      }
      // with no subject to go on with, a change ("tăng 22% so với cùng kỳ") keeps its verb; "đạt", "chiếm", "bằng" name nothing
      else if (METRIC_CHANGE_VERBS.some((v) => wordEndingAt(verb, verb.length, v) >= 0)) subject = { subject: verb.trim(), named: true };
    }
    // "… của Việt Nam thuộc nhóm 3 quốc gia hàng đầu ASEAN và nhóm 30 quốc gia hàng đầu thế giới": the next rank of a list ranks the same subject
    if (r.unit === RANK_UNIT && inList[i] && !subject.named && lastSubject && prev!.unit === RANK_UNIT) subject = { subject: lastSubject.subject, named: true };
    lastSubject = subject.named ? { subject: subject.subject, end: r.afterEnd } : null;
    let metric = r.unit === '%' || PERCENTAGE_POINTS.has(r.unit) ? metricOf(r, subject) : r.unit === RANK_UNIT ? rankMetricOf(r, subject) : countMetricOf(r, subject);
    // "**3. Thu ngân sách.** Tổng thu …": Markdown emphasis marks no word of the metric
    metric = withoutTimeOf(metric.replace(MARKDOWN_EMPHASIS, '').trim());
    // both ends of a range measure one thing: the high end, whose own words are only what follows it, takes the low end's metric
    if (closesRange[i]) metric = targets[i - 1]!.metric;
    // "mới đạt 38%, thấp hơn mục tiêu 50%": the goal the figure before is set against measures what it measures
    else if (prev && !r.after.trim() && REFERENCE_GOAL.test(r.before.replace(/^[\s,]+/u, '').trimEnd()) && sameSentence(text, prev.afterEnd, r.start)) {
      metric = targets[i - 1]!.metric;
      r.reference = true;
    }
    // "tỷ trọng kinh tế số tăng 2% so với năm 2024, đạt 18,3% GDP": an item naming only the base of
    // its share takes the list's metric, with that base and without the comparison of a change
    else if (head && inList[i] && isOnlyBase(metric) && !namesBase(head)) metric = `${head.replace(COMPARISON_AT_END, '')} ${metric}`;
    // "phủ trên 80% hộ gia đình và đạt 100% cấp xã", "… tại cấp tỉnh … đạt 95,2%, tại cấp xã đạt 86,7%":
    // an item naming only its scope takes the list's metric, or the metric of the figure before in its sentence
    else if (head && (inList[i] ? !metric || isOnlyScope(metric) : r.unit === '%' && prev?.unit === '%' && isOnlyScope(metric) && sameSentence(text, prev.afterEnd, r.start))) {
      const own = scopeOf(metric);
      const headScope = SCOPE_RE.exec(head);
      metric = own && headScope ? head.replace(headScope[1]!, own) : own ? `${head} ${own}` : head;
    }
    // "Tỷ lệ trẻ em 5 tuổi đến lớp đạt ít nhất 95%; đối với xã có điều kiện … khó khăn đạt ít nhất
    // 90%": a clause that opens with "đối với" or "riêng" narrows the metric of the figure before it
    // (the clause before the figure narrows, nothing after it; the metric narrowed is one not narrowed itself)
    const narrows = !!prev && r.unit === '%' && !r.after.trim() && NARROWING.test(metric) && !SHARE_NOUNS.test(metric) && sameSentence(text, prev.afterEnd, r.start);
    if (narrows && broad) metric = `${broad} ${metric}`;
    else if (!narrows) broad = metric;
    if (!inList[i]) head = metric;
    const change = isChange(text, r, subject, metric);
    const s = span(r.start, r.afterEnd);
    targets.push({
      text: original.slice(s.start, s.end),
      span: s,
      valueSpan: span(r.valueStart, numberEnd(text, r.valueStart)),
      value: r.value,
      unit: r.unit,
      comparator: r.comparator,
      metric: singleSpaced(metric, 0, metric.length).trim(),
      scope: scopeOf(metric),
      year: null,
      kind: 'goal',
      change,
      cued: true,
      owner: null,
    });
  }
  shareListPredicates(targets, inList);
  // goal or achievement is read from the sentence and paragraph around: local, so done here (a
  // figure with no cue there is left to the heading above it, read by attributeTargets)
  const paragraphCues = new Map<number, TargetMention['kind'] | null>();
  for (let i = 0; i < targets.length; i++) {
    const kind = kindOf(text, raws[i]!, paragraphCues);
    targets[i]!.kind = kind ?? 'achievement';
    targets[i]!.cued = kind !== null;
  }
  for (const t of tables.targets) t.scope = scopeOf(t.metric);
  return { targets: tables.targets.length === 0 ? targets : inTextOrder(targets, tables.targets), ratios: readRatios(ratios, text, span, original), breakdowns: readBreakdowns(text, span) };
}

/**
 * Year and owner, from the whole text around each target (original offsets): a separate step, so
 * a text analysed in pieces still attributes across the pieces. `present`: the year the text is
 * dated (its heading's date line), the year of a result reported "đến nay".
 */
export function attributeTargets(targets: TargetMention[], citations: Citation[], dates: DateMention[], original: string, present: number | null): void {
  // the heading over a figure with no cue of its own may stand paragraphs back, in another piece
  const headings = new Map<number, HeadingRead>();
  // what a figure under no heading that decides is: a provision in a text of articles (a law, a decree), else a result
  let unheaded: TargetMention['kind'] | undefined;
  let selfDeclared: boolean | undefined;
  let implemented: number | undefined;
  const over = (paragraph: number) => headings.get(paragraph) ?? headingOver(original, paragraph, headings, (unheaded ??= unheadedKind(original)));
  for (const t of targets) {
    let paragraph = -1;
    let heading: HeadingRead | null = null;
    if (!t.cued) {
      paragraph = paragraphStart(original, t.span.start);
      heading = over(paragraph);
      t.kind = heading.kind;
    }
    t.year = t.table?.year ?? yearFor(t, dates, citations, original, paragraph, present);
    // "a) Mục tiêu cụ thể đến năm 2030" over a long list: a goal with no year in reach takes the
    // horizon of the goal heading it stands under
    if (t.year === null && t.kind === 'goal') {
      if (paragraph < 0) paragraph = paragraphStart(original, t.span.start);
      heading ??= over(paragraph);
      if (heading.kind === 'goal' && heading.at >= 0) t.year = headingYear(heading.at, dates, original);
    }
    t.owner = ownerFor(t, citations, original);
    // a text with its own heading ("Số 25-NQ/TU") sets goals of its own: a goal under a heading of
    // it ("2. Mục tiêu đến năm 2030") is no goal of a document cited before that heading, as in a
    // "Căn cứ" line or a review of the plan it replaces
    if (t.owner !== null && t.kind === 'goal' && (selfDeclared ??= citations.some((c) => c.role === 'header')) && headingBetween(original, citations[t.owner]!.span.end, t.span.start)) {
      t.owner = null;
    }
    // a plan that carries out a document restates its goals as its own: they are that document's to compare
    if (t.owner === null && t.kind === 'goal' && (implemented ??= carriedOut(citations, original)) >= 0) {
      t.owner = implemented;
      t.implementing = true;
    }
  }
}

/** How far into a text its title and opening sentence may name the document it carries out. */
const CARRIED_OUT_REACH = 3000;
const CARRYING_OUT = new RegExp(String.raw`${WORD_START}(?:${namesPattern(CARRYING_OUT_WORDS)})[ \t]*(?:\r?\n[ \t]*)?$`, 'iu');

/**
 * The citation of the document a text that declares itself ("Số: 38/KH-UBND") carries out, named
 * in its title or opening sentence right after a word of carrying out ("KẾ HOẠCH TRIỂN KHAI THỰC
 * HIỆN NGHỊ QUYẾT SỐ 13-NQ/TU …", "Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 …"); else -1.
 */
function carriedOut(citations: Citation[], original: string): number {
  if (!citations.some((c) => c.role === 'header')) return -1;
  for (let i = 0; i < citations.length && citations[i]!.span.start < CARRIED_OUT_REACH; i++) {
    const c = citations[i]!;
    if (c.role !== 'cite' || c.kind !== 'full') continue;
    if (CARRYING_OUT.test(normalizedPiece(original.slice(Math.max(0, c.span.start - 40), c.span.start)))) return i;
  }
  return -1;
}

/** The year a heading line starting at `at` names ("**1. Đến năm 2030**"), or null. */
function headingYear(at: number, dates: DateMention[], text: string): number | null {
  const lineEnd = text.indexOf('\n', at);
  const end = lineEnd < 0 ? text.length : lineEnd;
  for (let i = lastStartingBefore(dates, end); i >= 0 && dates[i]!.span.start >= at; i--) {
    const d = dates[i]!;
    if ((d.kind === 'horizon' || d.kind === 'year') && !isCompared(text, d)) return d.year;
  }
  return null;
}

/** Two lists of figures, each in text order, merged. */
function inTextOrder(a: TargetMention[], b: TargetMention[]): TargetMention[] {
  const out: TargetMention[] = [];
  let j = 0;
  for (const t of a) {
    while (j < b.length && b[j]!.span.start < t.span.start) out.push(b[j++]!);
    out.push(t);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}

// "thấp hơn mục tiêu", "so với kế hoạch năm", "chỉ tiêu đề ra": words that name only the goal a result is set against
const REFERENCE_GOAL = new RegExp(
  String.raw`^(?:(?:${COMPARISON_WORDS.join('|')})[ \t]+)?(?:${GOAL_REFERENCE_NOUNS.join('|')})(?:[ \t]+(?:đề ra|đặt ra|được giao|năm(?:[ \t]+\d{4})?))?$`,
  'iu',
);

/** A metric that only narrows the one before it: "đối với xã có điều kiện …", "riêng khu vực nông thôn". */
const NARROWING = /^(?:đối với|riêng)[ \t]/iu;

/** No sentence ends between `from` and `to` (a ";" or "," may): at most 200 characters apart. */
function sameSentence(text: string, from: number, to: number): boolean {
  if (to - from > 200 || to < from) return false;
  for (let i = from; i < to; i++) if (isSentenceMark(text, i)) return false;
  return true;
}

/** How far a verb alone (", chiếm 10%") may stand from the figure before it. */
const VERB_ONLY_REACH = 24;

const MARKDOWN_EMPHASIS = /(?<![\p{L}\d])[*_]{1,3}|[*_]{1,3}(?![\p{L}\d])/gu;
const RATE_PER = /^[ \t]*\/[ \t]*(?:năm|tháng|quý)(?![\p{L}\p{M}])/u;
// "**8%** trở lên": the emphasis closing after the figure first
const COMPARATOR_AFTER = new RegExp(String.raw`^[*_]{0,3}[ \t]+(${COMPARATOR_WORDS_AFTER.map(([w]) => w.replace(/ /g, String.raw`[ \t]+`)).join('|')})(?![\p{L}\p{M}])`, 'u');

/** Where "từ" starts just before the figure (its comparator excluded), or -1. */
function tuBefore(text: string, r: Raw): number {
  return wordEndingAt(text, skipBlanksBack(text, r.start), 'từ');
}

/** "30% - 40%", "từ 25% đến 45%": `next` closes a range `r` opens (the caller checks units and order). */
function isRange(text: string, r: Raw, next: Raw): boolean {
  if (next.start - r.valueEnd > 8) return false;
  const between = text.slice(r.valueEnd, next.start);
  return RANGE_BETWEEN.test(between) || (RANGE_TO.test(between) && tuBefore(text, r) >= 0);
}

/** The figures without those that restate the one before in parentheses ("1% (≤1%)"), whose comparator the figure takes when it has none. */
function withoutRestatements(read: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const r of read) {
    const prev = out[out.length - 1];
    if (prev?.restatement && r.valueStart >= prev.restatement.start && r.valueStart < prev.restatement.end) {
      if (prev.comparator === '=') prev.comparator = prev.restatement.comparator;
      continue;
    }
    out.push(r);
  }
  return out;
}

/**
 * The figures without the levels a change starts from ("tăng từ 60% lên 80%"): the level reached
 * takes the words before "từ" as its own, so that its metric is the one changing. Without the
 * bare numbers read as a range's low end too ("6,5 - 7%") where no range of percentages follows.
 */
function fromLevelDropped(text: string, raws: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    const next = raws[i + 1];
    // "6,5 - 7%": the bare low end stays only if the range goes up ("10 - 7%" is no range of percentages)
    if (r.opensRange && !(next && next.unit === '%' && next.value > r.value && next.start >= r.valueEnd && isRange(text, r, next))) continue;
    const tu = next && next.unit === r.unit && r.comparator === '=' && next.start - r.valueEnd <= CHANGE_REACH && CHANGE_TO.test(text.slice(r.valueEnd, next.start)) ? tuBefore(text, r) : -1;
    if (tu >= 0) {
      next!.before = r.before.slice(0, Math.max(0, r.before.length - (r.start - tu))).trimEnd();
      continue;
    }
    out.push(r);
  }
  return out;
}

function readFigure(text: string, valueStart: number, valueEnd: number, value: number, unit: string): Raw {
  // the clause before: back to the previous clause mark, at most MAX_PHRASE characters
  let from = clauseStart(text, valueStart, MAX_PHRASE, isClauseMark);
  let before = text.slice(from, valueStart);
  let start = valueStart;
  let comparator: Comparator = '=';
  let labelled = false;
  let c = comparatorBefore(text, valueStart, from);
  // "không thấp hơn\n50 tỷ đồng", "tối thiểu là\n30%": a line that ends with a comparator goes on
  // with the figure that opens the next one, whose clause starts on the line before; so does a
  // comparator before a colon ("vốn điều lệ tối thiểu: 50 tỷ đồng")
  const mark = skipBlanksBack(text, valueStart) - 1; // a line break or a colon
  // where the clause that ends at the mark starts, when the figure has no comparator of its own
  const markFrom = !c && mark >= 0 && (text.charCodeAt(mark) === 10 || text.charCodeAt(mark) === 58) ? clauseStart(text, mark, MAX_PHRASE, isClauseMark) : -1;
  if (markFrom >= 0) {
    c = comparatorBefore(text, mark, markFrom);
    if (c) from = markFrom;
  }
  if (c) {
    comparator = c.comparator;
    start = c.start;
    before = c.link ? `${text.slice(from, c.start)}${c.link}` : text.slice(from, c.start);
  } else if (markFrom >= 0 && text.charCodeAt(mark) === 58 && !before.trim()) {
    // "Tỷ lệ hộ gia đình sử dụng cáp quang: 83,4%", "a) Thu nội địa: 17.350 tỷ đồng": a label on the
    // figure's line is its metric, when it names a share or the figure counts in a unit
    const label = text.slice(markFrom, mark);
    if ((unit !== '%' || SHARE_NOUNS.test(label)) && !label.includes('\n') && !ENUMERATION_LABELS.test(label)) {
      from = markFrom;
      before = `${label} `;
      labelled = true;
    }
  }
  // "7%/năm": a rate per year, month or quarter; the phrase starts after it
  const rate = RATE_PER.exec(text.slice(valueEnd, valueEnd + 8));
  if (rate) valueEnd += rate[0].length;
  // "8% trở lên", "từ 20% trở lên": a bound stated after the figure; "từ (mức)" before it is part of it
  const bound = comparator === '=' ? COMPARATOR_AFTER.exec(text.slice(valueEnd, valueEnd + 16)) : null;
  if (bound) {
    comparator = COMPARATOR_WORDS_AFTER.find(([w]) => w === bound[1]!.replace(/[ \t]+/g, ' '))![1];
    valueEnd += bound[0].length;
    // "từ mức 2,15%/năm trở lên"
    const level = wordEndingAt(text, skipBlanksBack(text, start), 'mức');
    const tu = wordEndingAt(text, skipBlanksBack(text, level >= from ? level : start), 'từ');
    if (tu >= from) {
      start = tu;
      before = text.slice(from, tu);
    }
  }
  const tail = text.slice(valueEnd, valueEnd + MAX_PHRASE);
  // "11 doanh nghiệp, HTX, hộ kinh doanh xây dựng website": a count's unit may open an enumeration
  let phraseLength = unit !== '%' && tail.charCodeAt(0) === 44 && ENUMERATION_AFTER.test(tail.slice(1)) ? 1 : 0;
  let joiner = '';
  let restatement: Raw['restatement'] = null;
  for (;;) {
    const stop = PHRASE_END.exec(tail.slice(phraseLength));
    if (!stop) {
      phraseLength = tail.length;
      break;
    }
    // a parenthesised abbreviation belongs to the phrase: "cơ sở dữ liệu (CSDL) tạo nền tảng…"
    const abbr = /^\([A-ZĐ]{2,10}\)/.exec(tail.slice(phraseLength + stop.index));
    if (abbr) {
      phraseLength += stop.index + abbr[0].length;
      continue;
    }
    // "nhỏ hơn hoặc bằng 1% (≤1%) khối lượng của hỗn hợp chất": the figure restated in signs, right
    // after it, is no figure of its own; the phrase goes on past it
    const restated = phraseLength + stop.index === 0 || /^[ \t]*$/.test(tail.slice(0, phraseLength + stop.index)) ? RESTATEMENT.exec(tail.slice(phraseLength + stop.index)) : null;
    if (restated && parseVietnameseNumber(restated[2]!) === value && (restated[3] === '%') === (unit === '%')) {
      const at = valueEnd + phraseLength + stop.index;
      restatement = { start: at, end: at + restated[0].length, comparator: restated[1] ? (COMPARATOR_WORDS.find(([w]) => w === restated[1])?.[1] ?? '=') : '=' };
      phraseLength += stop.index + restated[0].length;
      continue;
    }
    phraseLength += stop.index;
    joiner = stop[0];
    break;
  }
  let uncut: Raw['uncut'] = null;
  const conjunction = clauseConjunctionAt(tail, phraseLength);
  if (conjunction >= 0) {
    const whole = tail.slice(0, phraseLength);
    if (whole.slice(0, conjunction).trim() === '') uncut = { after: whole, afterEnd: valueEnd + whole.trimEnd().length };
    phraseLength = conjunction;
  }
  const phrase = tail.slice(0, phraseLength);
  // the restatement stays in the span, not in the words of the metric
  const after = restatement ? phrase.slice(0, restatement.start - valueEnd) + phrase.slice(restatement.end - valueEnd) : phrase;
  return { start, valueStart, valueEnd, value, unit, comparator, before, labelled, after, afterEnd: valueEnd + phrase.trimEnd().length, joiner, uncut, restatement };
}

/** Offset in `s` just after the last conjunction that opens a clause with its own subject ("thì"), or -1. */
function lastClauseConjunctionEnd(s: string): number {
  let end = -1;
  for (let m = SUBJECT_CLAUSE_CONJUNCTION.exec(s); m; m = SUBJECT_CLAUSE_CONJUNCTION.exec(s, end)) end = m.index + m[0].length;
  return end;
}

/** Offset in `s` of the first clause-opening conjunction before `end` ("nên", "thì", "nhưng"…), or -1. */
function clauseConjunctionAt(s: string, end: number): number {
  for (let j = 1; j < end; j++) {
    if (!CONJUNCTION_INITIALS.has(s.charCodeAt(j)) || !isWhiteSpace(s.charCodeAt(j - 1))) continue;
    CLAUSE_CONJUNCTION.lastIndex = j;
    const m = CLAUSE_CONJUNCTION.exec(s);
    if (!m || j + m[0].length > end) continue;
    // "trở nên", "song song": part of a compound
    const compound = CONJUNCTION_COMPOUND_BEFORE[m[0]];
    if (compound) {
      const before = skipWhiteSpaceBack(s, j);
      if (compound.some((w) => wordEndingAt(s, before, w) >= 0)) continue;
    }
    return j;
  }
  return -1;
}

/**
 * The comparator that ends just before the figure ("trên 80%", "tối thiểu mức 70%"), not before
 * `from`: the longest one there, as a leftmost regex match would give.
 */
function comparatorBefore(text: string, at: number, from: number): { start: number; comparator: Comparator; link?: string } | null {
  const end = skipEmphasisBack(text, at);
  const right = longestComparatorEndingAt(text, end, from);
  if (right) return right;
  // "tối thiểu mức 70%", "Tối thiểu có 5 doanh nghiệp", "tối đa bằng 60%", "hướng tới tối thiểu đạt 25%":
  // a word linking the comparator to the figure (only after a comparator of two words, or an approximation)
  for (const link of COMPARATOR_LINKS) {
    const at = wordEndingAt(text, end, link);
    if (at < 0) continue;
    let beforeLink = skipBlanksBack(text, at);
    if (beforeLink === at) return null;
    for (const modal of COMPARATOR_LINK_MODALS) {
      const m = wordEndingAt(text, beforeLink, modal);
      if (m < 0) continue;
      beforeLink = skipBlanksBack(text, m);
      if (beforeLink === m) return null;
      break;
    }
    const c = longestComparatorEndingAt(text, beforeLink, from);
    if (!c) return null;
    if (link !== 'mức' && c.comparator !== '~' && !text.slice(c.start, beforeLink).includes(' ')) return null;
    // the link stays with the words before: "tỷ lệ góp vốn chủ sở hữu (tối thiểu) là" names the metric as "… là 30%" would
    return link === 'mức' ? c : { ...c, link };
  }
  return null;
}

/** The comparator ending at `end` that starts first, not before `from`. */
function longestComparatorEndingAt(text: string, end: number, from: number): { start: number; comparator: Comparator } | null {
  let bestStart = -1;
  let best: Comparator = '=';
  for (const [words, comparator] of COMPARATORS_BY_LAST_LETTER.get(lowerCode(text.charCodeAt(end - 1))) ?? []) {
    const start = phraseEndingAt(text, end, words);
    if (start >= from && (bestStart < 0 || start < bestStart)) {
      bestStart = start;
      best = comparator;
    }
  }
  return bestStart < 0 ? null : { start: bestStart, comparator: best };
}

/**
 * A line break that ends a line, not one that wraps it: texts taken from PDF (Công báo) break
 * lines mid-sentence, and the wrapped line goes on with a lowercase word ("cán bộ và công chức,
 * viên chức làm công tác đối\nngoại"). Looks at most 8 blanks ahead.
 */
function isLineEnd(text: string, i: number): boolean {
  const end = Math.min(text.length, i + 9);
  for (let j = i + 1; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9) continue;
    return !isLowerCaseLetter(c);
  }
  return true;
}

// the first letters of the enumeration nouns: a comma is read further only before one of them
const ENUMERATION_INITIALS = new CodeSet(ENUMERATION_NOUNS.map((n) => n.charCodeAt(0)));

/** ", phường": a comma whose next word (after the blanks) starts like an enumeration noun, and is one. */
function enumerationFollows(text: string, comma: number, at: number): boolean {
  let j = comma + 1;
  while (j < at && isSpace(text.charCodeAt(j))) j++;
  return j < at && ENUMERATION_INITIALS.has(lowerCode(text.charCodeAt(j))) && ENUMERATION_AFTER.test(text.slice(comma + 1, Math.min(at, comma + 20)));
}
/** A "." between digits ("1.845", "81.2") is part of a number, no sentence's end. */
const isFullStop = (text: string, i: number) => !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));

// ; . ! ? : ( ) |, a line break that is not a wrap, and a comma before white space ("|" parts a table's cells)
const isClauseMark = (text: string, i: number, at: number) => {
  const c = text.charCodeAt(i);
  return (
    c === 59 || (c === 46 && isFullStop(text, i)) || c === 33 || c === 63 || c === 58 || (c === 10 && isLineEnd(text, i)) || c === 40 || c === 41 || c === 124 ||
    (c === 44 && i + 1 < at && isWhiteSpace(text.charCodeAt(i + 1)) && !enumerationFollows(text, i, at))
  );
};
// . ! ? ; and a line break that is not a wrap
const isRestEnd = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return (c === 46 && isFullStop(text, i)) || c === 33 || c === 63 || c === 59 || (c === 10 && isLineEnd(text, i));
};
const isSentenceMark = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return (c === 46 && isFullStop(text, i)) || c === 33 || c === 63 || (c === 10 && isLineEnd(text, i));
};

// The characters any mark above starts with: the mark itself is asked only at one of them (most
// characters are letters, and a call per character was a fifth of the time spent reading figures)
const MARK_CHARACTERS = new CodeSet([...';.!?:()|,\n'].map((ch) => ch.charCodeAt(0)));

/** Offset just after the last mark in the `reach` characters before `at` (or the reach's start). */
function clauseStart(text: string, at: number, reach: number, mark: (text: string, i: number, at: number) => boolean): number {
  const from = Math.max(0, at - reach);
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (!MARK_CHARACTERS.has(c)) continue;
    // "tỷ lệ trẻ sơ sinh được tầm soát (sàng lọc sơ sinh) ít nhất …": a short aside inside the
    // clause is stepped over, to the "(" that opens it on the same line
    if (mark === isClauseMark && c === 41) {
      const open = parenOpening(text, i, Math.max(from, i - PAREN_REACH));
      if (open > from) {
        i = open;
        continue;
      }
    }
    if (mark(text, i, at)) return i + 1;
  }
  // the reach ends inside a word ("…công nghệ số": "nghệ số"): the clause starts at the next word
  if (from > 0 && !isWhiteSpace(text.charCodeAt(from - 1))) {
    let j = from;
    while (j < at && !isWhiteSpace(text.charCodeAt(j))) j++;
    return j;
  }
  return from;
}

const PAREN_REACH = 60;
// "T4/2025" (the fourth month) opens one too
const ASIDE_OPENER = String.raw`\([ \t]*(?:${namesPattern(ASIDE_OPENERS)}|T\d{1,2}\/\d{4})${WORD_END}`;
const ASIDE = new RegExp(ASIDE_OPENER, 'iuy');
const ASIDE_SPAN = new RegExp(String.raw`${ASIDE_OPENER}[^()]*\)`, 'giu');
// "(so với năm 2023 tăng 5%)": an aside that states a change
const CHANGE_IN_ASIDE = new RegExp(String.raw`${WORD_START}(?:${METRIC_CHANGE_VERBS.join('|')})${WORD_END}`, 'iu');
/** How far after its "(" a figure of an aside may stand. */
const ASIDE_REACH = 60;
/** The "(" at `open` opens an aside on where a figure stands now or stood then ("(hiện mới đạt …", "(tháng 3/2025 là …"). */
function asideAt(text: string, open: number): boolean {
  ASIDE.lastIndex = open;
  return ASIDE.test(text);
}

/** The "(" that opens the ")" at `close`, no line break or other parenthesis between, not before `limit`; -1 if none. */
function parenOpening(text: string, close: number, limit: number): number {
  for (let j = close - 1; j >= limit; j--) {
    const c = text.charCodeAt(j);
    if (c === 40) return j;
    if (c === 41 || c === 10) return -1;
  }
  return -1;
}

/**
 * Where a verb that links a metric to its figure ends `s` ("tỷ lệ … đạt được"): the white space
 * before it; the end of `s` for a verb inside a compound ("cắt giảm"), which stays; or -1.
 */
function metricVerbAt(s: string): number {
  const end = skipWhiteSpaceBack(s, s.length);
  const ends = [end];
  for (const tail of METRIC_VERB_TAILS) {
    const t = wordEndingAt(s, end, tail);
    if (t < 0) continue;
    const e = skipWhiteSpaceBack(s, t);
    if (e < t) ends.push(e);
  }
  for (const e of ends) {
    for (const verb of VERBS_BY_LAST_LETTER.get(lowerCode(s.charCodeAt(e - 1))) ?? []) {
      const v = phraseEndingAt(s, e, verb);
      if (v < 0) continue;
      // "giá trị gia tăng", "cắt giảm": no verb that links a metric; "nông thôn mới đạt": "đạt" alone is
      const compound = METRIC_VERB_COMPOUND_BEFORE[verb.join(' ')];
      if (compound && v > 0 && compound.some((w) => wordEndingAt(s, skipWhiteSpaceBack(s, v), w) >= 0)) {
        if (verb.length === 1) return s.length;
        continue;
      }
      if (v > 0 && isWhiteSpace(s.charCodeAt(v - 1))) return v - 1;
      if (v === 0) return 0;
    }
  }
  return -1;
}

/** The metric: the phrase after the figure, or before it when that names a share or ends in a verb. */
function metricOf(r: Raw, { subject, named: beforeIsMetric }: Subject): string {
  const after = r.after.trim();
  if (beforeIsMetric && subject) return after && !isOnlyScope(after) ? `${subject} ${after}` : `${subject}${after ? ` ${after}` : ''}`;
  if (after && !isOnlyScope(after)) return after;
  return subject ? `${subject}${after ? ` ${after}` : ''}` : after;
}

/**
 * A count's metric: its unit and the phrase after it, after the words before it when they name it
 * ("Nguồn nhân lực … đạt 12 người trên một vạn dân", "quy mô TMĐT bán lẻ ước đạt 25 tỷ USD").
 */
function countMetricOf(r: Raw, { subject, named }: Subject): string {
  const after = r.after.trim();
  const own = after.startsWith(',') ? `${r.unit}${after}` : `${r.unit} ${after}`.trim();
  return named ? `${subject} ${own}` : own;
}

/**
 * A rank's metric: what is ranked (the words before "thuộc nhóm", "xếp thứ") and in what (the
 * phrase after who is ranked: "dẫn đầu Đông Nam Á về trí tuệ nhân tạo"); "nước" or "quốc gia" is no part of it.
 */
function rankMetricOf(r: Raw, { subject, named }: Subject): string {
  const after = r.after.trim();
  return named && subject ? `${subject} ${after}`.trim() : after;
}

/** Where the word before `at` starts ("nhóm" of "nhóm 3"), across blanks; `at` when no word stands there ("nhóm: 70 nước"). */
function wordStartBefore(text: string, at: number): number {
  const end = skipBlanksBack(text, at);
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start < end ? start : at;
}

/**
 * The words before the figure that may start its metric; whether they name it (a share noun, a
 * verb before the figure, and words left); whether they are that verb alone (", chiếm 10% …").
 */
interface Subject {
  subject: string;
  named: boolean;
  verbOnly?: boolean;
  /** "Giảm tỷ lệ hộ nghèo bình quân 1,5%/năm": the words before the figure open with a change verb. */
  opensWithChange?: boolean;
}
// "- Kinh phí chi cho R&D đạt 2% GDP", "a) Thu nội địa: …": the mark that opens a list item is no word of its metric
const ITEM_BULLET = /^(?:[-+*•]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]+[.)])[ \t]+/u;
function subjectOf(r: Raw): Subject {
  let before = r.before.replace(/^[\s,]*(?:và|hoặc)\s+/u, '').trim().replace(ITEM_BULLET, '');
  let beforeIsMetric = SHARE_NOUNS.test(before) || metricVerbAt(before) >= 0;
  const goal = beforeIsMetric ? '' : namedByGoalNoun(before);
  if (goal) {
    before = goal;
    beforeIsMetric = true;
  }
  const opened = before.replace(/^(?:phấn đấu|mục tiêu|trong đó|đến năm \d{4}|năm \d{4})[ ,]*/iu, '');
  const opensWithChange = CHANGE_AT_START.test(opened);
  const verb = metricVerbAt(opened);
  if (verb === 0) return { subject: '', named: false, verbOnly: true, opensWithChange };
  let subject = (verb > 0 ? withoutAdverbs(opened.slice(0, verb)) : opened).trim();
  // "… hỗ trợ 1 người cao tuổi thì đến năm 2036 là hơn 3 người": a conjunction opens the figure's own clause
  const clause = lastClauseConjunctionEnd(subject);
  if (clause > 0) subject = subject.slice(clause).trim();
  // "tỷ lệ tổn thương cơ thể từ 41% - 50%": "từ" opens the range, not the metric
  subject = subject.replace(/(?:^|[ \t]+)từ$/iu, '');
  // "Một trong những mục tiêu của Chương trình là tỷ lệ phụ nữ …": the metric starts at the share
  // noun; "kinh tế số chiếm tỷ trọng 20% GRDP": after "chiếm", the share is of the few words before
  // it (more are a clause of their own: "… hàng hóa mà nhà thầu chào có chi phí … chiếm tỷ lệ")
  const share = SHARE_NOUNS.exec(subject);
  if (share && share.index > 0) {
    const verb = wordEndingAt(subject, skipWhiteSpaceBack(subject, share.index), 'chiếm');
    const whose = verb > 0 ? subject.slice(0, verb).trim() : '';
    subject = FEW_WORDS.test(whose) ? `${subject.slice(share.index)} ${whose}` : subject.slice(share.index);
  }
  return { subject, named: (beforeIsMetric || r.labelled) && !!subject, opensWithChange };
}

/**
 * "Đảng và Nhà nước đã đặt mục tiêu tăng trưởng 8%", "chỉ tiêu thu ngân sách 17.350 tỷ đồng": the
 * few words after the last goal noun name the figure's metric, unless they date or qualify the goal
 * ("mục tiêu đến năm 2025", "mục tiêu cụ thể"). More words, or a mark, are a clause of their own
 * ("chỉ tiêu kế hoạch về vốn đầu tư thực hiện giai đoạn 2021-2025 và đạt …").
 */
function namedByGoalNoun(before: string): string {
  let last: RegExpExecArray | null = null;
  for (let m = GOAL_NOUN.exec(before); m; m = GOAL_NOUN.exec(before, m.index + m[0].length)) last = m;
  if (!last) return '';
  const words = before.slice(last.index + last[0].length).trim();
  return FEW_WORDS.test(words) && !GOAL_NOUN_QUALIFIER.test(words) ? words : '';
}
const GOAL_NOUN = new WordSearch(namesPattern(GOAL_NOUNS_NAMING_METRIC), 'iu');
const GOAL_NOUN_QUALIFIER = new RegExp(String.raw`^(?:[\d\p{P}]|(?:${namesPattern(GOAL_NOUN_QUALIFIERS)})${WORD_END})`, 'iu');

const ADVERBS_AT_END = new RegExp(String.raw`(?:(?:^|[ \t]+)(?:${METRIC_VERB_ADVERBS.join('|')}))+[ \t]*$`, 'iu');
/** The words before a metric's verb without the adverbs that close them ("tỷ lệ hộ nghèo mới chỉ" → "tỷ lệ hộ nghèo"). */
function withoutAdverbs(s: string): string {
  const m = ADVERBS_AT_END.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** What a share is of, before "chiếm", or a goal noun's metric: at most five words, no mark between them. */
const FEW_WORDS = /^\p{L}+(?:[ \t]+\p{L}+){0,4}$/u;

/**
 * The metric without the year that closes it ("… phổ biến nhất năm 2025"), unless the year is
 * compared ("so với năm 2022"), and without the year that opens it ("mục tiêu đến năm 2025 kinh tế
 * số chiếm 20% GDP"): the year is the target's, not part of what it measures.
 */
function withoutTimeOf(metric: string): string {
  const opening = YEAR_AT_START.exec(metric);
  const rest = opening && opening[0].length < metric.length ? metric.slice(opening[0].length) : metric;
  // most metrics end in a word: no end-anchored search through them
  if (!isDigit(rest.charCodeAt(rest.length - 1))) return rest;
  const m = YEAR_AT_END.exec(rest);
  if (!m || COMPARED_YEAR.test(rest)) return rest;
  return rest.slice(0, m.index).trim();
}

const COMPARISON_AT_END = new RegExp(String.raw`[ \t]+(?:${namesPattern(COMPARED_BEFORE)})${WORD_END}.*$`, 'iu');
/**
 * Whether a figure states a change (CHANGE_AT_END, CHANGE_AT_START): a change verb ends the words
 * before it, or opens them unless an upper bound follows ("phấn đấu giảm tỷ lệ nợ đọng thuế dưới 5%"
 * is a level to stay under), or its metric names one as a registry target's does ("tốc độ tăng năng
 * suất lao động"); and no word of the level reached stands before it ("tăng … lên 5,1%").
 */
function isChange(text: string, r: Raw, subject: Subject, metric: string): boolean {
  const before = text.slice(Math.max(0, r.valueStart - CHANGE_WINDOW), r.valueStart);
  if (LEVEL_REACHED.test(before)) return false;
  return CHANGE_AT_END.test(before) || (!!subject.opensWithChange && r.comparator !== '<' && r.comparator !== '<=') || namesChange(metric);
}

const isOnlyBase = (phrase: string) => SHARE_BASES.includes(foldKey(phrase));
const namesBase = (phrase: string) => foldKey(phrase).split(' ').some((w) => SHARE_BASES.includes(w));

function isOnlyScope(phrase: string): boolean {
  const m = SCOPE_RE.exec(phrase);
  return !!m && phrase.replace(m[0], '').trim() === '';
}

function scopeOf(metric: string): string | null {
  const m = SCOPE_RE.exec(metric);
  return m ? m[1]!.toLowerCase() : null;
}

/** Two figures are items of one list when only a separator (and a comparator) stands between them. */
function continuesList(text: string, prev: Raw, next: Raw): boolean {
  // most figures stand far apart: no slice for them (an overlap slices to '', which continues)
  if (next.start - prev.afterEnd > 12) return false;
  return /^[ \t]*(?:[;,][ \t]*)?(?:(?:và|hoặc)[ \t]+)?(?:đạt[ \t]+)?$/u.test(text.slice(prev.afterEnd, next.start));
}

/**
 * In "90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện và 70% hồ sơ công việc
 * tại cấp xã được xử lý trên môi trường mạng", the predicate after the last item's own words
 * belongs to every item: the last item is cut where the earlier items end, and the rest appended.
 */
function shareListPredicates(targets: TargetMention[], inList: boolean[]): void {
  let start = 0;
  for (let i = 1; i <= targets.length; i++) {
    const ends = i === targets.length || !inList[i];
    if (!ends) continue;
    if (i - start >= 2) {
      const items = targets.slice(start, i);
      const last = items[items.length - 1]!;
      const scope = SCOPE_RE.exec(last.metric);
      // "92% số xã đạt chuẩn nông thôn mới, 30% số xã đạt chuẩn nông thôn mới nâng cao": a last item
      // that is the first with words added narrows it, and shares nothing; nor does a rank's ("nhóm 3
      // quốc gia hàng đầu ASEAN và nhóm 30 quốc gia hàng đầu thế giới"), each of which names its field
      if (last.unit === RANK_UNIT || (!scope && last.metric.startsWith(`${items[0]!.metric} `))) {
        start = i;
        continue;
      }
      // the predicate is what follows the last item's scope; without a scope, the words past the first item's length
      const predicate = scope
        ? last.metric.slice(scope.index + scope[0].length).trim()
        : last.metric.split(/\s+/).slice(items[0]!.metric.split(/\s+/).length).join(' ');
      const headOf = (metric: string) => metric.split(/\s+/).slice(0, 2).join(' ');
      const lastHead = headOf(last.metric);
      if (predicate) for (const t of items.slice(0, -1)) if (headOf(t.metric) === lastHead && !t.metric.endsWith(predicate)) t.metric = `${t.metric} ${predicate}`;
    }
    start = i;
  }
}

const PARAGRAPH_LOOKBACK = 5000;

/** The last line break at or before `from` and not before `limit`; `limit - 1` when there is none. */
function lineBreakBefore(text: string, from: number, limit: number): number {
  if (from < limit) return limit - 1;
  // a slice bounds the native search (a sliced string costs no copy)
  const k = text.slice(limit, from + 1).lastIndexOf('\n');
  return k < 0 ? limit - 1 : limit + k;
}

/**
 * Start of the paragraph that holds `at`: after a blank line, or after a line that ends a sentence
 * (texts with one paragraph per line); a line that stops mid-sentence is a wrapped line, not a break.
 */
function paragraphStart(text: string, at: number): number {
  // never further back than PARAGRAPH_LOOKBACK: a text of one long line is not one paragraph
  const limit = Math.max(0, at - PARAGRAPH_LOOKBACK);
  let i = lineBreakBefore(text, at - 1, limit);
  while (i > 0 && at - i < PARAGRAPH_LOOKBACK) {
    const prevBreak = lineBreakBefore(text, i - 1, limit);
    // the line's last character that is not white space (none: a blank line), by char codes
    let last = i - 1;
    while (last > prevBreak && isWhiteSpaceCode(text.charCodeAt(last))) last--;
    const c = text.charCodeAt(last);
    if (last === prevBreak || c === 46 || c === 33 || c === 63 || c === 58 || c === 59) return i + 1;
    i = prevBreak;
  }
  return Math.max(0, i + 1);
}

/**
 * The governing year: the nearest year, horizon or period before the figure in its paragraph (its
 * start `paragraph` when known). A goal may take it from further back ("Những mục tiêu cơ bản đến
 * năm 2025" heading a list), an achievement may not. A result reported as of now ("đến nay") takes
 * `present`, the year the text is dated, or none.
 */
function yearFor(t: TargetMention, dates: DateMention[], citations: Citation[], text: string, paragraph: number, present: number | null): number | null {
  // "mới đạt 18% (2024)", "15% (năm 2023)": a year in parentheses right after the figure is its own
  const own = YEAR_IN_PARENTHESES.exec(text.slice(t.span.end, t.span.end + 16));
  if (own) return Number(own[1]);
  // "83,4% (tháng 3/2025 là 83,3%)", "(T4/2025: 26,08%)": the year the aside a figure stands in opens
  // with, when it names no other ("(năm 2020 là 63,9%, năm 2021 là 56,4%)": each figure its own)
  const open = text.lastIndexOf('(', t.span.start);
  if (open >= 0 && t.span.start - open <= ASIDE_REACH && !text.slice(open, t.span.start).includes(')')) {
    const body = text.slice(open, t.span.start);
    const aside = YEAR_OPENING_ASIDE.exec(body);
    if (aside && body.match(ANY_YEAR)!.length === 1) return Number(aside[1]);
  }
  // "đạt 70% năm 2025; 90% năm 2030": a year inside the item's own phrase governs it
  for (let i = lastStartingBefore(dates, t.span.end); i >= 0 && dates[i]!.span.start > t.valueSpan.end; i--) {
    const d = dates[i]!;
    if (d.span.end <= t.span.end && (d.kind === 'year' || d.kind === 'horizon' || d.kind === 'quarter') && !isCompared(text, d)) return d.year;
  }
  const from = t.kind === 'goal' ? t.span.start - YEAR_REACH : paragraph >= 0 ? paragraph : paragraphStart(text, t.span.start);
  let best: DateMention | null = null;
  // where the last date of any kind before the figure ends ("Tính đến ngày 31/12/2023, cả nước có 242 …")
  let lastDateEnd = from;
  for (let i = lastStartingBefore(dates, t.span.start); i >= 0; i--) {
    const d = dates[i]!;
    if (d.span.start < from) break;
    if (d.span.end <= t.span.start) lastDateEnd = Math.max(lastDateEnd, d.span.end);
    // "định hướng đến năm 2030", "tầm nhìn đến năm 2045" look ahead: no year of a result reported
    if (t.kind !== 'goal' && d.kind === 'horizon' && d.horizonKind !== 'until') continue;
    // "Trong quý III năm 2026, hoàn thành cắt giảm 50%": a quarter names its year too
    const asOf = t.kind !== 'goal' && (d.kind === 'day' || d.kind === 'month') && AS_OF_DATE.test(normalizedPiece(text.slice(Math.max(0, d.span.start - 16), d.span.start)));
    if (d.span.end <= t.span.start && (asOf || d.kind === 'horizon' || d.kind === 'year' || d.kind === 'period' || d.kind === 'quarter') && !isCompared(text, d)) {
      // "Thực hiện Nghị quyết số 09-NQ/TU … về chuyển đổi số … đến năm 2025, định hướng đến năm 2030;"
      // in a paragraph before the goal: the years of a cited document's title set none of its goals
      if (t.kind === 'goal' && inCitedTitle(d, citations, text) && d.span.start < (paragraph >= 0 ? paragraph : (paragraph = paragraphStart(text, t.span.start)))) continue;
      best = d;
      break;
    }
  }
  // "Năm 2023 đạt 80%. Đến nay, tỷ lệ … đạt 90%": a result reported as of now, after the last date
  // named, is of the text's own year (its heading's date)
  if (t.kind === 'achievement' && namesThePresent(normalizedPiece(text.slice(Math.max(lastDateEnd, t.span.start - YEAR_REACH), t.span.start)))) return present;
  if (!best) return null;
  return best.kind === 'period' ? (best.endYear ?? best.year) : best.year;
}

/** How far after a citation its title may name a year. */
const TITLE_REACH = 300;
const TITLE_OPENER = new WordSearch(String.raw`về|phê duyệt|ban hành`, 'iu');
const TITLE_GOAL_WORDS = new WordSearch(String.raw`mục tiêu|chỉ tiêu|phấn đấu`, 'iu');

/**
 * Is `d` in the title of a citation before it: in the same sentence, after a word that opens a
 * title ("Kế hoạch số 312/KH-UBND … về chuyển đổi số đến năm 2025", "… phê duyệt Chương trình …
 * đến năm 2025"), with no goal word between ("…, mục tiêu đến năm 2025" sets a goal's year)?
 */
function inCitedTitle(d: DateMention, citations: Citation[], text: string): boolean {
  const i = lastStartingBefore(citations, d.span.start);
  const c = citations[i];
  if (!c || c.span.end > d.span.start || d.span.start - c.span.end > TITLE_REACH) return false;
  for (let k = c.span.end; k < d.span.start; k++) {
    const code = text.charCodeAt(k);
    if (code === 59 || code === 10 || (code === 46 && isSpace(text.charCodeAt(k + 1)))) return false;
  }
  const opener = TITLE_OPENER.exec(normalizedPiece(text.slice(c.span.end, d.span.start)));
  return opener !== null && !TITLE_GOAL_WORDS.test(opener.input.slice(opener.index));
}

/** Does `s` date what follows it to the time of writing ("Đến nay,", "hiện nay"), not as a comparison's base? */
function namesThePresent(s: string): boolean {
  for (let m = PRESENT_CUES.exec(s); m; m = PRESENT_CUES.exec(s, m.index + m[0].length)) if (m[1] === undefined) return true;
  return false;
}

/** A year or period the text compares with ("so với năm 2024"): the base of a change, no target's year. */
function isCompared(text: string, d: DateMention): boolean {
  return COMPARED_DATE.test(normalizedPiece(text.slice(Math.max(0, d.span.start - 32), d.span.start)));
}

const STRONG_ACHIEVEMENT = ACHIEVEMENT_CUES;

/** How far back the paragraph is read for a goal cue ("Phấn đấu …" opening a list of figures). */
const PARAGRAPH_REACH = 1500;

/**
 * Goal, achievement or provision, from the sentence around the figure and the paragraph before it
 * (in the normalized text); null when no cue there tells. Figures of one sentence share a
 * paragraph reading: `paragraphCues` keeps it by the sentence's start.
 */
function kindOf(text: string, { start, valueStart, afterEnd: end, aside, reference }: Raw, paragraphCues: Map<number, TargetMention['kind'] | null>): TargetMention['kind'] | null {
  if (aside) return 'achievement';
  if (reference) return 'goal';
  const from = clauseStart(text, start, 300, isSentenceMark);
  // an aside on where the figure before stands ("(hiện mới đạt 8,1%)") cues that figure, not this one
  const clause = text.slice(from, start).replace(ASIDE_SPAN, '');
  // the rest of the sentence, up to 200 characters, short of an aside on where the figure stands
  const restEnd = Math.min(text.length, end + 200);
  let stop = end;
  while (stop < restEnd && !isRestEnd(text, stop) && !(text.charCodeAt(stop) === 40 && asideAt(text, stop))) stop++;
  const rest = text.slice(end, stop);
  // "Đến nay, 100% cơ quan … đã kết nối …; phấn đấu đến năm 2025 đạt 80%": a cue in the figure's own
  // part of the sentence, after the last ";", wins over one in the parts before it
  const semicolon = clause.lastIndexOf(';');
  const own = semicolon >= 0 ? cueIn(clause.slice(semicolon + 1)) : null;
  if (own) return own;
  if (STRONG_ACHIEVEMENT.test(clause) || STRONG_ACHIEVEMENT.test(rest)) return 'achievement';
  if (GOAL_CUES.test(clause)) return 'goal';
  // "ít nhất phải đạt 70%": the obligation may stand between the comparator and the figure
  if (OBLIGATION_CUES.test(clause) || (valueStart > start && OBLIGATION_CUES.test(text.slice(start, valueStart)))) return 'provision';
  // the paragraph so far: "Phấn đấu tỷ trọng … . Tỷ lệ doanh nghiệp … đạt trên 50%". No line
  // break stands between the sentence's start and the figure, so the sentence's start alone fixes it.
  let kind = paragraphCues.get(from);
  if (kind === undefined) {
    const paragraph = text.slice(Math.max(paragraphStart(text, from), from - PARAGRAPH_REACH), from);
    kind = cueIn(paragraph);
    paragraphCues.set(from, kind);
  }
  return kind;
}

/** The kind the cues in `s` tell: an achievement's cue first, then a goal's, then an obligation's; null when none. */
function cueIn(s: string): TargetMention['kind'] | null {
  return STRONG_ACHIEVEMENT.test(s) ? 'achievement' : GOAL_CUES.test(s) ? 'goal' : OBLIGATION_CUES.test(s) ? 'provision' : null;
}

/** How far back the heading over a list of items is looked for. */
const HEADING_REACH = 3000;
/** A heading is one short line: "**1. Đến năm 2030**", "b) Mục tiêu cụ thể:". */
const HEADING_MAX = 150;
// "**1\\. Đến năm 2030**", "II- MỤC TIÊU", "2. Mục tiêu cụ thể", "a) Mục tiêu…", "# …": a line opened as a heading
const HEADING_OPENING = /^(?:\*\*|#|[IVXLC]+\\?[.\-–]|\d{1,2}(?:\\?\.\d{1,2})*\\?[.)-]?[ \t]|[a-zđ]\)[ \t])/u;

/** What the walk back from a paragraph found: the kind it sets, and where the line that decided starts (-1: none did). */
interface HeadingRead {
  kind: TargetMention['kind'];
  at: number;
}

/**
 * "**II- MỤC TIÊU** … **1. Đến năm 2030** … - Quy mô kinh tế số đạt tối thiểu 30% GDP.": a
 * paragraph with no cue of its own is an item under the nearest heading before it, within
 * HEADING_REACH: a short line that does not end a sentence, ends its line (the next one is not a
 * wrap) and either ends with ":" or opens as a heading. The first heading that names a goal sets
 * one; the first that reviews one ("Kết quả thực hiện mục tiêu", "Tình hình thực hiện") sets an
 * achievement, an article of a law ("Điều 5. …") a provision; a label naming neither ("- Nhân lực quản lý nhà
 * nước:") is read over, a section heading naming neither ("III. CÁC GIẢI PHÁP") sets none, and
 * neither does the walk that finds no heading: the figure is then `unheaded`. Read on the whole
 * text as written (attributeTargets); `read` keeps each paragraph's reading, and the walk from the
 * next paragraph stops where it reaches one whose deciding line is in its reach.
 */
function headingOver(text: string, paragraph: number, read: Map<number, HeadingRead>, unheaded: TargetMention['kind']): HeadingRead {
  const limit = Math.max(0, paragraph - HEADING_REACH);
  // the starts of the lines read over without a decision: a walk from one of them reads the same
  // lines down to the deciding one, so it gets the same reading when that line is in its reach
  const passed: number[] = [];
  const found = (kind: TargetMention['kind'], at: number): HeadingRead => {
    const r = { kind, at };
    read.set(paragraph, r);
    if (at >= 0) for (const start of passed) if (start - HEADING_REACH <= at) read.set(start, r);
    return r;
  };
  if (opensArticle(text, paragraph)) return found('provision', paragraph);
  // the level of the sub-section heading read over ("### 3.1. Chuyển đổi số trong quản lý"): only a
  // heading of a higher level ("## 3. Mục tiêu năm 2025") decides, not a sibling ("### 3.2. …")
  let under = Infinity;
  // the level of the labels read over ("8. Tôi có mức thu nhập hàng tháng là:"): a sub-section of
  // that level or deeper above them ("7.2. …") is an earlier section, not the figure's
  let labelled = Infinity;
  // line by line, back from the paragraph's start: [first, last] the line's text without blanks
  let lineEnd = paragraph - 1; // the line break that ends the line (or -1)
  while (lineEnd > limit) {
    // the paragraph before was read already: its deciding line, when inside this reach, decides here too
    const before = read.get(lineEnd + 1);
    if (before && before.at >= limit && under === Infinity) return found(before.kind, before.at);
    const lineStart = lineBreakBefore(text, lineEnd - 1, limit) + 1;
    const [first, last] = lineContent(text, lineStart, lineEnd);
    if (last > first) {
      if (opensArticle(text, first)) return found('provision', lineStart);
      if (isHeadingLine(text, first, last, lineEnd)) {
        const level = headingLevel(text, first);
        if (under !== Infinity && level !== null && level < under) {
          // the section over a sub-section decides only when it opens with its cue ("## 3. Mục tiêu
          // năm 2025", "2. Kết quả năm 2024"), not one named in passing ("4.1. Xác định vấn đề và
          // mục tiêu …", "1. Công tác tuyển sinh, … đánh giá kết quả …")
          return found(openingCue(normalizedPiece(text.slice(first, last + 1))) ?? unheaded, lineStart);
        }
        if (level === null || level < under) {
          // cue words compared as written in the patterns
          const heading = normalizedPiece(text.slice(first, last + 1));
          if (STRONG_ACHIEVEMENT.test(heading) || REVIEW_CUES.test(heading)) return found('achievement', lineStart);
          if (HEADING_GOAL_CUES.test(heading)) return found('goal', lineStart);
          // a label naming neither ("- Nhân lực quản lý nhà nước:") is a level of the list: read on
          // up; so is a sub-section naming neither; a section naming neither ("III. CÁC GIẢI PHÁP") ends the search
          if (text.charCodeAt(last) !== 58) {
            if (level === null || level < 2 || level >= labelled) return found(unheaded, lineStart);
            under = level;
          } else if (level !== null) labelled = Math.min(labelled, level);
        }
      }
    }
    passed.push(lineStart);
    lineEnd = lineStart - 1;
  }
  return found(unheaded, -1);
}

/**
 * The level of a heading line starting at `first`: its Markdown marks ("### " is 3), else the parts
 * of its number ("3.1." is 2, "3." and "II." are 1); null for a label ("a)", "- …:", "**…**").
 */
function headingLevel(text: string, first: number): number | null {
  const m = HEADING_MARKS.exec(text.slice(first, first + 24))!;
  if (m[1]) return m[1].length;
  if (m[2]) return m[2].split(/\\?\./).filter(Boolean).length;
  return m[3] ? 1 : null;
}
/** The kind a heading line opens with, after its number or marks: "3. Mục tiêu năm 2025" a goal, "2. Kết quả năm 2024" an achievement. */
function openingCue(heading: string): TargetMention['kind'] | null {
  const rest = heading.replace(HEADING_MARKS, '');
  if (STRONG_ACHIEVEMENT.exec(rest)?.index === 0 || REVIEW_CUES.exec(rest)?.index === 0) return 'achievement';
  return HEADING_GOAL_CUES.exec(rest)?.index === 0 ? 'goal' : null;
}
// a heading's marks and number, which may be empty: its Markdown marks (1), its number (2) or Roman numeral (3)
const HEADING_MARKS = /^(?:(#{1,6})[ \t]+|\*\*)?(?:(?:(\d{1,2}(?:\\?\.\d{1,2})*)\\?[.)]|([IVXLC]+)\\?[.\-–])[ \t]+)?(?:\*\*)?/u;

/** The first and last characters of the line [lineStart, lineEnd) that are not white space (last < first: a blank line). */
function lineContent(text: string, lineStart: number, lineEnd: number): [number, number] {
  let last = lineEnd - 1;
  while (last >= lineStart && isWhiteSpaceCode(text.charCodeAt(last))) last--;
  let first = lineStart;
  while (first < last && isWhiteSpaceCode(text.charCodeAt(first))) first++;
  return [first, last];
}

/**
 * The line [first, last] (blanks trimmed), whose line break is at `lineEnd`, is a heading: short,
 * it ends no sentence, is not wrapped and states no share, and it opens as a heading ("II. MỤC
 * TIÊU") or ends with ":" (a line that opens with a lowercase word goes on from the line before:
 * "hiện mục tiêu, …, trong đó:"). A table row ("| … |") is none.
 */
function isHeadingLine(text: string, first: number, last: number, lineEnd: number): boolean {
  const c = text.charCodeAt(last);
  if (last - first >= HEADING_MAX || c === 46 || c === 59 || c === 44 || c === 124 || text.charCodeAt(first) === 124 || !isLineEnd(text, lineEnd)) return false;
  const line = text.slice(first, last + 1);
  // "1. 100% hồ sơ công việc tại cấp tỉnh, 90% … và" wrapped before "70% …": an item with a share is no heading
  return !line.includes('%') && (HEADING_OPENING.test(line) || (c === 58 && !isLowerCaseLetter(text.charCodeAt(first))));
}

/** Does a heading line ("2. Mục tiêu đến năm 2030", "I. MỤC TIÊU") stand wholly between `from` and `to`? */
function headingBetween(text: string, from: number, to: number): boolean {
  for (let lineStart = text.indexOf('\n', from) + 1; lineStart > 0 && lineStart < to; ) {
    const lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd >= to) return false;
    const [first, last] = lineContent(text, lineStart, lineEnd);
    if (last > first && (opensArticle(text, first) || isHeadingLine(text, first, last, lineEnd))) return true;
    lineStart = lineEnd + 1;
  }
  return false;
}

/** How far into a text its title line is looked for: past the national motto, the issuer, the number and the date. */
const OWN_TITLE_REACH = 3000;
// "# DỰ THẢO 2", "**LUẬT CHUYỂN ĐỔI SỐ**": a title line, all in capitals, and what may open it
const TITLE_LINE = /^[ \t#*]*(?:DỰ THẢO(?:[ \t]+\d+)?[ \t:]*)?(\p{Lu}[^\p{Ll}\n]*)$/gmu;
const TITLE_KINDS = new RegExp(String.raw`^(?:${TITLE_FIGURE_KINDS.map(([w]) => w.toUpperCase()).join('|')})${WORD_END}`, 'u');
// "(Kèm theo Báo cáo số………/BC-BYT …)": an appendix is of the document it goes with
const APPENDIX_OF = new RegExp(String.raw`^[ \t(]*(?:ban hành )?kèm theo[ \t]+(${TITLE_FIGURE_KINDS.map(([w]) => w).join('|')})${WORD_END}`, 'imu');
const KIND_OF_TITLE = new Map(TITLE_FIGURE_KINDS);
// "Điều 5." opening a line, in NFC or NFD, with any of the look-alikes of Đ (read on the text as written)
const ARTICLE_LINE = /^[ \t]*[\u0110\u00d0\u0189]i(?:\u1ec1|\u00ea\u0300|e\u0302\u0300)u[ \t]+\d+[.:]/gm;

/**
 * The kind of a figure no cue or heading decides: what the type in the text's title tells (a
 * law's provisions, a report's results); with no such title, a provision in a text of two articles
 * or more ("BẢNG SO SÁNH" of a draft law's articles), else a result.
 */
function unheadedKind(original: string): TargetMention['kind'] {
  const head = normalizedPiece(original.slice(0, OWN_TITLE_REACH));
  TITLE_LINE.lastIndex = 0;
  for (let m = TITLE_LINE.exec(head); m; m = TITLE_LINE.exec(head)) {
    const type = TITLE_KINDS.exec(m[1]!);
    if (type) return KIND_OF_TITLE.get(type[0].toLowerCase())!;
  }
  const appendix = APPENDIX_OF.exec(head);
  if (appendix) return KIND_OF_TITLE.get(appendix[1]!.toLowerCase())!;
  ARTICLE_LINE.lastIndex = 0;
  return ARTICLE_LINE.test(original) && ARTICLE_LINE.test(original) ? 'provision' : 'achievement';
}

/** "Điều 5." at `at` (blanks before it skipped): the paragraph opens an article of a law. */
function opensArticle(text: string, at: number): boolean {
  while (isWhiteSpaceCode(text.charCodeAt(at))) at++;
  return text.startsWith('Điều ', at) && isDigit(text.charCodeAt(at + 5));
}

/** The citation that governs the figure: the nearest one before it, within reach, that names no body. */
function ownerFor(t: TargetMention, citations: Citation[], original: string): number | null {
  for (let i = lastStartingBefore(citations, t.span.start); i >= 0; i--) {
    const c = citations[i]!;
    if (t.span.start - c.span.end > OWNER_REACH) return null;
    if (c.span.end <= t.span.start && c.kind !== 'placeholder' && c.role !== 'header' && !inBodyName(c, original)) return i;
  }
  return null;
}

const BODY_NAME_REACH = 100;
const BODY_NAME = new RegExp(String.raw`${WORD_START}(?:${namesPattern(BODIES_NAMED_AFTER_DOCUMENTS)})${WORD_END}[^.;:!?()
]*$`, 'iu');

/** "Ban chỉ đạo Cải cách hành chính, Chuyển đổi số và Đề án 06 tỉnh": the citation is part of a body's name. */
function inBodyName(c: Citation, original: string): boolean {
  // read once per citation: every figure after it asks, and a large text's citations outlive a keystroke
  let named = bodyNamed.get(c);
  if (named === undefined) bodyNamed.set(c, (named = BODY_NAME.test(normalizedPiece(original.slice(Math.max(0, c.span.start - BODY_NAME_REACH), c.span.start)))));
  return named;
}
const bodyNamed = new WeakMap<Citation, boolean>();


function readRatios(ratios: RatioToken[], text: string, span: (s: number, e: number) => Span, original: string): RatioMention[] {
  const out: RatioMention[] = [];
  for (const t of ratios) {
    const before = text.slice(Math.max(0, t.start - 12), t.start);
    if (/(?:ngày|tháng|quý|lúc|số|năm)[ \t]*$/iu.test(before)) continue; // dates, symbols
    const part = parseVietnameseNumber(text.slice(t.start, t.slash));
    const whole = parseVietnameseNumber(text.slice(t.slash + 1, t.end));
    if (whole < 10) continue; // fractions
    if (part <= 31 && whole <= 12) continue; // "đến 31/12 năm báo cáo": a day and month
    const rest = text.slice(t.end, t.end + 200);
    const share = STATED_SHARE.exec(rest);
    const s = span(t.start, t.end);
    let stated: RatioMention['stated'] = null;
    if (share) {
      const at = t.end + share.index + share[0].length - 1;
      const numText = share[2]!;
      const numStart = text.lastIndexOf(numText, at);
      stated = { value: parseVietnameseNumber(numText), span: span(numStart, numStart + numText.length), approximate: !!share[1] };
    }
    out.push({ text: original.slice(s.start, s.end), span: s, part, whole, stated });
  }
  return out;
}

/** Does a colon come within the 41 characters after "(" at `open`, before any of ( ) and a line break? */
function labelFollows(text: string, open: number): boolean {
  const end = Math.min(text.length, open + 42);
  for (let i = open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return i > open + 1;
    if (c === 40 || c === 41 || c === 10) return false;
  }
  return false;
}

function readBreakdowns(text: string, span: (s: number, e: number) => Span): BreakdownMention[] {
  const out: BreakdownMention[] = [];
  for (let open = text.indexOf('('); open >= 0; ) {
    // most parentheses have no "label:" in their first 41 characters: skip them before the regex
    if (!labelFollows(text, open)) {
      open = text.indexOf('(', open + 1);
      continue;
    }
    BREAKDOWN.lastIndex = open;
    const m = BREAKDOWN.exec(text);
    open = text.indexOf('(', m ? open + m[0].length : open + 1);
    if (!m) continue;
    // the total: the last number in the 60 characters before "("
    const head = text.slice(Math.max(0, m.index - 60), m.index);
    // the last number before "(" that is not a year ("năm 2023")
    const totals = [...head.matchAll(new RegExp(`(?<![\\d.,])(${NUMBER})(?![\\d])`, 'g'))].filter(
      (t) => !/năm[ \t]*$/iu.test(head.slice(0, t.index)),
    );
    const total = totals[totals.length - 1];
    if (!total) continue;
    const totalStart = m.index - head.length + total.index!;
    const parts: BreakdownMention['parts'] = [];
    let offset = m.index + 1;
    for (const piece of m[1]!.split(/[,;]/)) {
      const pm = /^(\s*)([^:]+):\s*(\S+)\s*$/.exec(piece);
      if (pm) {
        const valueText = pm[3]!;
        const valueStart = offset + piece.indexOf(valueText, pm[1]!.length + pm[2]!.length);
        parts.push({ label: pm[2]!.trim(), value: parseVietnameseNumber(valueText), span: span(valueStart, valueStart + valueText.length) });
      }
      offset += piece.length + 1;
    }
    if (parts.length < 2) continue;
    out.push({ span: span(totalStart, m.index + m[0].length), total: parseVietnameseNumber(total[1]!), totalSpan: span(totalStart, totalStart + total[1]!.length), parts });
  }
  return out;
}
