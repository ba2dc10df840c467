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

/** What a document says of itself in its heading ("Số: 749/QĐ-TTg", "Hà Nội, ngày 03 tháng 6 năm 2020"). */
export function declarationsOf(analysis: Analysis, file: string): RegistryEntry[] {
  const header = analysis.citations.find((c) => c.role === 'header' && c.symbol);
  if (!header?.symbol) return [];
  const entry: RegistryEntry = { symbol: header.symbol, file };
  if (header.type) entry.type = header.type;
  const date = analysis.ownDate?.iso;
  if (date) entry.date = date;
  if (analysis.jurisdiction) entry.jurisdiction = analysis.jurisdiction;
  return [entry];
}
