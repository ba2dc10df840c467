// Core results to LSP types. Offsets are UTF-16 code units on both sides, so a TextDocument's
// positionAt is the whole conversion.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Finding, Lang, Severity, Span } from '../core/types';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const ruleLinks = new Map<string, string>();
function ruleLink(docsDir: string, code: string): string {
  const key = `${docsDir}\u0000${code}`;
  let href = ruleLinks.get(key);
  if (!href) ruleLinks.set(key, (href = URI.file(`${docsDir}/${code}.md`).toString()));
  return href;
}

export function toDiagnostic(doc: TextDocument, f: Finding, lang: Lang, docsDir: string): Diagnostic {
  return {
    range: toRange(doc, f.span),
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: ruleLink(docsDir, f.code) },
    source: 'vanban',
    message: f.message[lang],
    relatedInformation: f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: r.message[lang] })),
    data: { symbol: f.symbol },
  };
}

export function contains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
