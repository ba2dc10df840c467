// The analysis core's entry points: text in, citations, dates and findings out. No I/O here; the
// language server and the command line call these with text they read and a registry they built.

import { assemble, type Assembled } from './assemble/assemble';
import { attributeTargets } from './assemble/targets';
import { yearsOfDaysAlone } from './assemble/datesAt';
import { normalizeText } from './text/normalize';
import { LineIndex } from './text/lines';
import { scan } from './scan/scanner';
import { resolveCitations, type Resolution, type ResolutionsKept } from './resolve/resolve';
import { detectJurisdiction, JURISDICTION_HEAD, mostMentioned, provinceMentions } from './resolve/jurisdiction';
import type { Registry } from './registry/registry';
import type { RegistryEntry } from './registry/types';
import { RULES } from './rules/index';
import type { Analysis, Rule, RuleFinding } from './rules/rule';
import { suppressed } from './suppress';
import type { BreakdownMention, Citation, DateMention, Finding, RatioMention, Severity, Span, TargetMention } from './types';

export type { Analysis } from './rules/rule';

export interface AnalyzeOptions {
  registry: Registry;
  /** The text's province; detected from the text when not given. */
  jurisdiction?: string | null;
  /** YYYY-MM-DD. */
  today: string;
}

export function analyze(text: string, options: AnalyzeOptions): Analysis {
  const norm = normalizeText(text);
  const { citations, dates, ownDate, targets, ratios, breakdowns } = assemble(text, norm, scan(norm.text));
  yearsOfDaysAlone(dates, citations, text, ownDate);
  attributeTargets(targets, citations, dates, text, ownDate?.year ?? null);
  const jurisdiction = options.jurisdiction ?? detectJurisdiction(norm.text);
  const resolutions = resolveCitations(citations, { registry: options.registry, jurisdiction, written: ownDate?.iso ?? null });
  return { text, citations, resolutions, dates, ownDate, targets, ratios, breakdowns, jurisdiction, registry: options.registry, today: options.today };
}

/**
 * The same analysis against another registry: only resolution depends on it, so recognition is
 * not run again (the command line adds the documents the files declare, after reading them all).
 */
export function withRegistry(analysis: Analysis, registry: Registry): Analysis {
  const resolutions = resolveCitations(analysis.citations, { registry, jurisdiction: analysis.jurisdiction, written: analysis.ownDate?.iso ?? null });
  return { ...analysis, resolutions, registry };
}

/**
 * A piece of a large text as last read: its recognition, its normalized text, and a copy of its
 * results moved to where it stood (`spans`: every span of that copy, to move it again).
 */
interface Piece {
  assembled: Assembled;
  normalized: string;
  at: number;
  shifted: Assembled;
  spans: Span[];
  /** Its province mentions in its first `upTo` normalized characters, once the text's head reached it. */
  mentions?: { upTo: number; counts: Map<string, number> };
}

/** A piece in the analysis of the whole text: its text, its place, and where its mentions sit in the analysis' lists. */
interface Placed {
  text: string;
  start: number;
  end: number;
  from: Counts;
  to: Counts;
}
type Counts = Record<'citations' | 'dates' | 'targets' | 'ratios' | 'breakdowns', number>;

/** What a piece's local findings are read from besides its text: the text each side, its citations' resolutions, its figures' years and owners. */
interface Read {
  before: string;
  after: string;
  resolutions: Resolution[];
  years: (number | null)[];
  owners: (Resolution | null)[];
}

/** A piece's local findings, spans from the piece's start, and what they were read from. */
interface Checked extends Read {
  findings: Record<string, RuleFinding[]>;
  /** A copy of the findings moved to `at`, where the piece last stood (`spans`: its spans, to move it again). */
  at: number;
  shifted: Record<string, RuleFinding[]>;
  spans: Span[];
}

/**
 * What `analyzeInPieces` and `checkInPieces` can reuse from one edit of a large text to the next,
 * by a piece's text, one for each place the text stood in the last analysis (the same text may
 * stand twice): each piece's recognition and moved copy, and its findings of the local rules with
 * what they were read from; and the pieces of the last analysis.
 */
export class PieceCache {
  pieces = new Map<string, Piece[]>();
  last: { analysis: Analysis; placed: Placed[] } | null = null;
  checked = new Map<string, Checked[]>();
  /** The resolutions of the pieces' citations. */
  resolutions: ResolutionsKept = new WeakMap();
  /** What every piece's local findings also depend on: when it changes, none is kept. */
  context: unknown[] = [];
}

const PIECE = 32_000;
const PIECES_FROM = 200_000;

/**
 * The same analysis for a large text, read in pieces of about PIECE characters cut at paragraph
 * ends, each piece's recognition reused from `cache` when its text is unchanged (an editor's
 * keystroke changes one piece). Recognition looks at most a few hundred characters around a
 * token, within its paragraph; attribution and resolution run on the whole text (the rules: see
 * `checkInPieces`).
 * Normalizing is local too, and a piece ends with a line break, so the pieces' normalized texts
 * put together are the whole text's: the province mentions of the pieces in its head, each counted
 * once, give the jurisdiction.
 * Texts under PIECES_FROM characters are analysed whole. The analysis shares its mentions with
 * `cache`: the next call with the same cache moves them, so it holds until then.
 */
export function analyzeInPieces(text: string, options: AnalyzeOptions, cache: PieceCache): Analysis {
  cache.last = null;
  if (text.length < PIECES_FROM) return analyze(text, options);
  const used = new Map<string, Piece[]>();
  const placed: Placed[] = [];
  const all: Assembled = { citations: [], dates: [], ownDate: null, targets: [], ratios: [], breakdowns: [] };
  const counts = (): Counts => ({ citations: all.citations.length, dates: all.dates.length, targets: all.targets.length, ratios: all.ratios.length, breakdowns: all.breakdowns.length });
  const head: Map<string, number>[] = [];
  let headLength = 0;
  const marks = new LineMarks(text);
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start, marks);
    const piece = text.slice(start, end);
    const copies = used.get(piece) ?? [];
    const previous = cache.pieces.get(piece);
    // this text's copy at the same turn last time is moved in place (the analysis that held it is
    // superseded), and marked moved at once: the cache stays true if this call fails half way
    let copy = previous?.[copies.length];
    if (copy) {
      moveSpans(copy.spans, start - copy.at);
      copy.at = start;
    } else {
      const read = previous?.[0] ?? copies[0];
      let assembled: Assembled;
      let normalized: string;
      if (read) ({ assembled, normalized } = read);
      else {
        const norm = normalizeText(piece);
        normalized = norm.text;
        assembled = assemble(piece, norm, scan(normalized));
      }
      const spans: Span[] = [];
      copy = { assembled, normalized, at: start, shifted: shiftSpans(assembled, start, spans), spans };
    }
    copies.push(copy);
    used.set(piece, copies);
    const { shifted, normalized } = copy;
    const from = counts();
    append(all.citations, shifted.citations);
    append(all.dates, shifted.dates);
    append(all.targets, shifted.targets);
    append(all.ratios, shifted.ratios);
    append(all.breakdowns, shifted.breakdowns);
    all.ownDate ??= shifted.ownDate;
    placed.push({ text: piece, start, end, from, to: counts() });
    if (options.jurisdiction == null && headLength < JURISDICTION_HEAD) {
      const upTo = Math.min(normalized.length, JURISDICTION_HEAD - headLength);
      if (copy.mentions?.upTo !== upTo) copy.mentions = { upTo, counts: provinceMentions(normalized.slice(0, upTo)) };
      head.push(copy.mentions.counts);
      headLength += normalized.length;
    }
    start = end;
  }
  cache.pieces = used;
  yearsOfDaysAlone(all.dates, all.citations, text, all.ownDate);
  attributeTargets(all.targets, all.citations, all.dates, text, all.ownDate?.year ?? null);
  const jurisdiction = options.jurisdiction ?? mostMentioned(head);
  const resolutions = resolveCitations(all.citations, { registry: options.registry, jurisdiction, written: all.ownDate?.iso ?? null, kept: cache.resolutions });
  const analysis: Analysis = { text, ...all, resolutions, jurisdiction, registry: options.registry, today: options.today };
  cache.last = { analysis, placed };
  return analysis;
}

/** Where a piece starting at `start` ends: at a blank line, else a line that ends a sentence or a table row, past PIECE characters. */
function pieceEnd(text: string, start: number, marks: LineMarks): number {
  if (text.length - start <= PIECE * 1.5) return text.length;
  const from = start + PIECE;
  const blank = marks.blankLineFrom(from);
  if (blank >= 0 && blank < start + PIECE * 1.5) return blank + 2;
  // a line that ends a sentence, or a table row ("| … |"): nothing read across lines starts there
  const sentence = marks.sentenceEndFrom(from);
  if (sentence && sentence.at < start + PIECE * 3) {
    const cut = sentence.at + sentence.length;
    // a table row: the table's header names every row's columns, so the piece takes the rest of the table
    return text.charCodeAt(sentence.at) === 124 ? tableEnd(text, cut, start + PIECE * 3) : cut;
  }
  const line = text.indexOf('\n', from);
  return line >= 0 ? line + 1 : text.length;
}

/** The start of the first line from `from` that is no table row ("| … |"), or the start of the line that passes `limit`. */
function tableEnd(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit && at < text.length) {
    let i = at;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    if (text.charCodeAt(i) !== 124) break;
    const e = text.indexOf('\n', i);
    at = e < 0 ? text.length : e + 1;
  }
  return at;
}

/**
 * The next blank line and the next sentence end from an offset that only grows, piece after piece:
 * each found once by a native search and kept until passed. Searching from every piece to the
 * text's end was quadratic on a text without them; a bounded slice was copied on every keystroke.
 */
class LineMarks {
  private blank = -1;
  private blankSearched = -1;
  private readonly sentence = /[.!?:;|]\r?\n/g;
  private sentenceFound: { at: number; length: number } | null = null;
  private sentenceSearched = -1;

  constructor(private readonly text: string) {}

  blankLineFrom(from: number): number {
    if (this.blankSearched < 0 || (this.blank >= 0 && this.blank < from)) {
      this.blank = this.text.indexOf('\n\n', from);
      this.blankSearched = from;
    }
    return this.blank;
  }

  sentenceEndFrom(from: number): { at: number; length: number } | null {
    if (this.sentenceSearched < 0 || (this.sentenceFound && this.sentenceFound.at < from)) {
      this.sentence.lastIndex = from;
      const m = this.sentence.exec(this.text);
      this.sentenceFound = m ? { at: m.index, length: m[0].length } : null;
      this.sentenceSearched = from;
    }
    return this.sentenceFound;
  }
}

/** `to.push(...from)` without spreading: a piece holds thousands of mentions, and a keystroke appends every piece's. */
function append<T>(to: T[], from: readonly T[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]!);
}

/** Nothing but a start and an end (counted, not listed: this runs on every mention of a large text). */
function isSpan(o: Record<string, unknown>): boolean {
  let fields = 0;
  for (const _ in o) fields++;
  return fields === 2;
}

function moveSpans(spans: Span[], delta: number): void {
  if (delta === 0) return;
  for (const span of spans) {
    span.start += delta;
    span.end += delta;
  }
}

/**
 * A piece's results with every span moved by `delta`: new objects down to each span (listed in
 * `made`), the rest (texts, messages, anything without a span) shared with the cached original,
 * which stays as it is.
 */
function shiftSpans<T>(value: T, delta: number, made: Span[] = []): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    value.forEach((v, i) => {
      const moved = shiftSpans(v, delta, made);
      if (moved !== v) (out ??= [...value])[i] = moved;
    });
    return (out ?? value) as T;
  }
  const o = value as Record<string, unknown>;
  if (typeof o['start'] === 'number' && typeof o['end'] === 'number' && isSpan(o)) {
    const span = { start: (o['start'] as number) + delta, end: (o['end'] as number) + delta };
    made.push(span);
    return span as T;
  }
  let out: Record<string, unknown> | null = null;
  for (const k in o) {
    const moved = shiftSpans(o[k], delta, made);
    if (moved !== o[k]) (out ??= { ...o })[k] = moved;
  }
  return (out ?? o) as T;
}

export interface CheckOptions {
  /** Per-code severity, or 'off'. */
  severity?: Record<string, Severity | 'off'>;
}

export function check(analysis: Analysis, options: CheckOptions = {}, lines?: LineIndex): Finding[] {
  return collect(analysis, options, (rule) => rule.check(analysis), lines);
}

/** Every rule's findings (from `run`) with their codes and severities, in text order, less the silenced ones. */
function collect(analysis: Analysis, options: CheckOptions, run: (rule: Rule) => RuleFinding[], lines?: LineIndex): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const configured = options.severity?.[rule.code];
    if (configured === 'off') continue;
    // a literal of one shape, not a spread: ~20,000 findings in the corpus
    for (const f of run(rule)) findings.push({ span: f.span, message: f.message, symbol: f.symbol, fixes: f.fixes, related: f.related, code: rule.code, severity: configured ?? f.severity ?? rule.defaultSeverity });
  }
  // codes are ASCII (VB101): compared as code units, not through the locale-aware (and slow) localeCompare
  findings.sort((a, b) => a.span.start - b.span.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return suppressed(analysis.text, findings, lines);
}

/**
 * Rules that read one citation at a time (its resolution, its date and issuer, the rest of its
 * line) or one date: on a piece's citations and dates alone they find what they find on the whole
 * text there. The rest of the rules compare citations or figures across the text.
 */
const CITATION_RULES = new Set(['VB101', 'VB102', 'VB103', 'VB104', 'VB105', 'VB107', 'VB201', 'VB202', 'VB203', 'VB204', 'VB205', 'VB206', 'VB304']);
/** Rules that read one figure at a time (its year, its owner's resolution, the text around it). */
const FIGURE_RULES = new Set(['VB401', 'VB403', 'VB404']);
/** How far around its mentions a local rule reads the text (VB403 reads 80 characters back). */
const MARGIN = 1000;

/**
 * `check` for an analysis from `analyzeInPieces`: the local rules' findings are kept per piece
 * and read anew only for a piece whose text, surroundings (MARGIN characters each side), citations'
 * resolutions or figures' years and owners changed, so a keystroke reruns them on one piece. The
 * other rules run on the whole analysis. The findings are `check`'s; like the analysis, they
 * share their spans with `cache` and hold until the next call with it.
 */
export function checkInPieces(analysis: Analysis, options: CheckOptions, cache: PieceCache): Finding[] {
  if (cache.last?.analysis !== analysis) return check(analysis, options);
  const a = analysis;
  const context = [a.registry, a.today, a.jurisdiction, a.ownDate?.iso];
  if (context.length !== cache.context.length || context.some((x, i) => x !== cache.context[i])) cache.checked.clear();
  cache.context = context;
  const local = new Map<string, RuleFinding[]>();
  const kept = new Map<string, Checked[]>();
  for (const p of cache.last.placed) {
    const resolutions = a.resolutions.slice(p.from.citations, p.to.citations);
    const figures = a.targets.slice(p.from.targets, p.to.targets);
    const read: Read = {
      before: a.text.slice(Math.max(0, p.start - MARGIN), p.start),
      after: a.text.slice(p.end, p.end + MARGIN),
      resolutions,
      years: figures.map((t) => t.year),
      owners: figures.map((t) => (t.owner === null ? null : a.resolutions[t.owner]!)),
    };
    const turn = kept.get(p.text) ?? [];
    const previous = cache.checked.get(p.text) ?? [];
    // this text's findings at the same turn last time, moved in place; else another turn's, or new ones, in a copy of their own
    const own = previous[turn.length];
    let c: Checked;
    if (own && sameRead(own, read)) {
      c = own;
      moveSpans(c.spans, p.start - c.at);
      c.at = p.start;
    } else {
      const findings = [...previous, ...turn].find((x) => sameRead(x, read))?.findings ?? checkPiece(a, p, read);
      const spans: Span[] = [];
      c = { ...read, findings, at: p.start, shifted: shiftSpans(findings, p.start, spans), spans };
    }
    turn.push(c);
    kept.set(p.text, turn);
    for (const code in c.shifted) {
      let list = local.get(code);
      if (!list) local.set(code, (list = []));
      append(list, c.shifted[code]!);
    }
  }
  cache.checked = kept;
  return collect(a, options, (rule) => local.get(rule.code) ?? rule.check(a));
}

/** The local rules' findings on one piece of the analysis (its citations and dates, then its figures), spans from its start. */
function checkPiece(a: Analysis, p: Placed, read: Read): Record<string, RuleFinding[]> {
  const slice = (list: keyof Counts) => a[list].slice(p.from[list], p.to[list]);
  const citationSide: Analysis = { ...a, citations: slice('citations') as Citation[], resolutions: read.resolutions, dates: slice('dates') as DateMention[], targets: [], ratios: [], breakdowns: [] };
  const figureSide: Analysis = { ...a, dates: [], targets: slice('targets') as TargetMention[], ratios: slice('ratios') as RatioMention[], breakdowns: slice('breakdowns') as BreakdownMention[] };
  const found: Record<string, RuleFinding[]> = {};
  for (const rule of RULES) {
    const on = CITATION_RULES.has(rule.code) ? citationSide : FIGURE_RULES.has(rule.code) ? figureSide : null;
    if (on) found[rule.code] = rule.check(on);
  }
  // 0 - start, not -start: -0 would make every span in the process a boxed double (V8 widens the
  // field for all objects of the shape), and the code optimized for small integers would bail out
  return shiftSpans(found, 0 - p.start);
}

/** Were a piece's findings read from the same surroundings, resolutions and figures? Resolutions alike field by field. */
function sameRead(x: Read, y: Read): boolean {
  return (
    x.before === y.before &&
    x.after === y.after &&
    sameList(x.years, y.years, (m, n) => m === n) &&
    sameList(x.resolutions, y.resolutions, sameResolution) &&
    sameList(x.owners, y.owners, (m, n) => m === n || (m !== null && n !== null && sameResolution(m, n)))
  );
}

function sameList<T>(xs: T[], ys: T[], same: (x: T, y: T) => boolean): boolean {
  return xs.length === ys.length && xs.every((x, i) => same(x, ys[i]!));
}

/** The same registry entries, candidates, suggestions and antecedent (a new resolution of the same citation). */
function sameResolution(x: Resolution, y: Resolution): boolean {
  if (x === y) return true;
  const u = x as Record<string, unknown>;
  const v = y as Record<string, unknown>;
  let fields = 0;
  for (const k in u) {
    fields++;
    const p = u[k];
    const q = v[k];
    if (p !== q && !(Array.isArray(p) && Array.isArray(q) && sameList(p, q, (m, n) => m === n))) return false;
  }
  return fields === Object.keys(v).length;
}

/** How far into a text its heading may run, and how far its date line may sit from its number. */
const HEADING_REACH = 3000;
const HEADING_DATE_REACH = 1500;

/**
 * What a document says of itself in its heading ("Số: 749/QĐ-TTg" … "Hà Nội, ngày 03 tháng 6 năm
 * 2020"). Only a number near the top, with its date line close by: a gazette issue or a
 * consolidated text carries other documents' numbers further down, and those are not this one's.
 */
export function declarationsOf(analysis: Analysis, file: string): RegistryEntry[] {
  const header = analysis.citations.find((c) => c.role === 'header' && c.symbol);
  const own = analysis.ownDate;
  if (!header?.symbol || !own?.iso || header.span.start > HEADING_REACH) return [];
  if (Math.abs(own.span.start - header.span.start) > HEADING_DATE_REACH) return [];
  const entry: RegistryEntry = { symbol: header.symbol, file, date: own.iso };
  if (header.type) entry.type = header.type;
  return [entry];
}
