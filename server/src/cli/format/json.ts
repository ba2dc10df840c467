// `--format json`: the shape in DESIGN.md ("Command line contract"). Offsets are UTF-16 code
// units of the text as read; ranges are 0-based lines and characters, as LSP counts them.
// Every file checked appears, also one without findings.
import type { Lang, Related, Span } from '../../core/types';
import type { LineIndex } from '../../core/text/lines';
import type { Formatter } from '../report';
import { type Range, slashPath, sortedFindings, text, toRange } from './common';

export interface JsonEdit {
  offset: Span;
  newText: string;
}

export interface JsonFix {
  title: string;
  edits: JsonEdit[];
}

export interface JsonRelated {
  message: string;
  offset: Span;
  range: Range;
}

export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  symbol: string | null;
  offset: Span;
  range: Range;
  fixes: JsonFix[];
  related: JsonRelated[];
}

export interface JsonCheckOutput {
  version: 1;
  files: { path: string; diagnostics: JsonDiagnostic[] }[];
  errors: { path: string; message: string }[];
}

const offset = (span: Span): Span => ({ start: span.start, end: span.end });

function related(lines: LineIndex, r: Related, lang: Lang): JsonRelated {
  return { message: text(r.message, lang), offset: offset(r.span), range: toRange(lines, r.span) };
}

export const formatJson: Formatter = (report, options) => {
  const { lang } = options;
  const output: JsonCheckOutput = {
    version: 1,
    files: report.files.map((file) => ({
      path: slashPath(file.path),
      diagnostics: sortedFindings(file).map((f) => ({
        code: f.code,
        severity: f.severity,
        message: text(f.message, lang),
        symbol: f.symbol ?? null,
        offset: offset(f.span),
        range: toRange(file.lines, f.span),
        fixes: f.fixes.map((fix) => ({
          title: text(fix.title, lang),
          edits: fix.edits.map((e) => ({ offset: offset(e.span), newText: e.newText })),
        })),
        related: f.related.map((r) => related(file.lines, r, lang)),
      })),
    })),
    errors: report.errors.map((e) => ({ path: slashPath(e.path), message: text(e.message, lang) })),
  };
  return JSON.stringify(output) + '\n';
};

export default formatJson;
