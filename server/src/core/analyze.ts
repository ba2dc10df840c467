// The analysis core's entry points: text in, citations, dates and findings out. No I/O here; the
// language server and the command line call these with text they read and a registry they built.

import { assemble } from './assemble/assemble';
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
  const jurisdiction = options.jurisdiction ?? detectJurisdiction(norm.text);
  const resolutions = resolveCitations(citations, { registry: options.registry, jurisdiction });
  return { text, citations, resolutions, dates, ownDate, targets, ratios, breakdowns, jurisdiction, registry: options.registry, today: options.today };
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
