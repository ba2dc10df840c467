// The analysis core's entry points: text in, citations, dates and findings out. No I/O here; the
// language server and the command line call these with text they read and a registry they built.

import { assemble, type Assembled } from './assemble/assemble';
import { attributeTargets } from './assemble/targets';
import { normalizeText } from './text/normalize';
import { LineIndex } from './text/lines';
import { scan } from './scan/scanner';
import { resolveCitations } from './resolve/resolve';
import { detectJurisdiction } from './resolve/jurisdiction';
import type { Registry } from './registry/registry';
import type { RegistryEntry } from './registry/types';
import { RULES } from './rules/index';
import type { Analysis } from './rules/rule';
import { suppressed } from './suppress';
import type { Finding, Severity } from './types';

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
  attributeTargets(targets, citations, dates, text);
  const jurisdiction = options.jurisdiction ?? detectJurisdiction(norm.text);
  const resolutions = resolveCitations(citations, { registry: options.registry, jurisdiction });
  return { text, citations, resolutions, dates, ownDate, targets, ratios, breakdowns, jurisdiction, registry: options.registry, today: options.today };
}

/**
 * Pieces of a large text, by their text: what `analyzeInPieces` can reuse from one edit to the
 * next. `at` and `shifted` keep the piece's results moved to where it last stood.
 */
export type PieceCache = Map<string, { assembled: Assembled; normalized: string; at: number; shifted: Assembled }>;

const PIECE = 32_000;
const PIECES_FROM = 200_000;
/** How much of the normalized text `detectJurisdiction` reads. */
const JURISDICTION_HEAD = 200_000;

/**
 * The same analysis for a large text, read in pieces of about PIECE characters cut at paragraph
 * ends, each piece's recognition reused from `cache` when its text is unchanged (an editor's
 * keystroke changes one piece). Recognition looks at most a few hundred characters around a
 * token, within its paragraph; attribution, resolution and the rules run on the whole text.
 * Normalizing is local too, and a piece ends with a line break, so the pieces' normalized texts
 * put together are the whole text's: its head gives the jurisdiction without normalizing anew.
 * Texts under PIECES_FROM characters are analysed whole.
 */
export function analyzeInPieces(text: string, options: AnalyzeOptions, cache: PieceCache): Analysis {
  if (text.length < PIECES_FROM) return analyze(text, options);
  const used: PieceCache = new Map();
  const all: Assembled = { citations: [], dates: [], ownDate: null, targets: [], ratios: [], breakdowns: [] };
  const head: string[] = [];
  let headLength = 0;
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start);
    const piece = text.slice(start, end);
    const known = used.get(piece) ?? cache.get(piece);
    let assembled: Assembled;
    let normalized: string;
    if (known) ({ assembled, normalized } = known);
    else {
      const norm = normalizeText(piece);
      normalized = norm.text;
      assembled = assemble(piece, norm, scan(normalized));
    }
    // a piece where it stood last time keeps its moved copy (identical pieces twice: moved anew)
    const shifted = known && known.at === start && !used.has(piece) ? known.shifted : shiftSpans(assembled, start);
    used.set(piece, { assembled, normalized, at: start, shifted });
    all.citations.push(...shifted.citations);
    all.dates.push(...shifted.dates);
    all.targets.push(...shifted.targets);
    all.ratios.push(...shifted.ratios);
    all.breakdowns.push(...shifted.breakdowns);
    all.ownDate ??= shifted.ownDate;
    if (headLength < JURISDICTION_HEAD) {
      head.push(normalized);
      headLength += normalized.length;
    }
    start = end;
  }
  cache.clear();
  for (const [k, v] of used) cache.set(k, v);
  attributeTargets(all.targets, all.citations, all.dates, text);
  const jurisdiction = options.jurisdiction ?? detectJurisdiction(head.join(''));
  const resolutions = resolveCitations(all.citations, { registry: options.registry, jurisdiction });
  return { text, ...all, resolutions, jurisdiction, registry: options.registry, today: options.today };
}

/** Where a piece starting at `start` ends: at a blank line, else a line that ends a sentence, past PIECE characters. */
function pieceEnd(text: string, start: number): number {
  if (text.length - start <= PIECE * 1.5) return text.length;
  const blank = text.indexOf('\n\n', start + PIECE);
  if (blank >= 0 && blank < start + PIECE * 1.5) return blank + 2;
  const sentence = /[.!?:;]\r?\n/g;
  sentence.lastIndex = start + PIECE;
  const m = sentence.exec(text);
  if (m && m.index < start + PIECE * 3) return m.index + m[0].length;
  const line = text.indexOf('\n', start + PIECE);
  return line >= 0 ? line + 1 : text.length;
}

/** A copy of a piece's results with every span moved by `delta` (the cached original stays as it is). */
function shiftSpans<T>(value: T, delta: number): T {
  if (Array.isArray(value)) return value.map((v) => shiftSpans(v, delta)) as T;
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o['start'] === 'number' && typeof o['end'] === 'number' && Object.keys(o).length === 2) {
    return { start: (o['start'] as number) + delta, end: (o['end'] as number) + delta } as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in o) out[k] = shiftSpans(o[k], delta);
  return out as T;
}

export interface CheckOptions {
  /** Per-code severity, or 'off'. */
  severity?: Record<string, Severity | 'off'>;
}

export function check(analysis: Analysis, options: CheckOptions = {}, lines?: LineIndex): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = options.severity?.[rule.code] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const f of rule.check(analysis)) findings.push({ ...f, code: rule.code, severity });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
  return suppressed(analysis.text, findings, lines);
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
