// What every output format shares: the severity words in both languages, the span → range
// conversion, a stable order of findings, and the counts for a summary. Pure functions only.
import type { Finding, Lang, Message, Severity, Span } from '../../core/types';
import type { LineIndex, Position } from '../../core/text/lines';
import type { CheckReport, FileReport } from '../report';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** Severity words for people: singular and plural (Vietnamese has no plural). */
export const SEVERITY_LABELS: Record<Lang, Record<Severity, { one: string; many: string }>> = {
  vi: {
    error: { one: 'lỗi', many: 'lỗi' },
    warning: { one: 'cảnh báo', many: 'cảnh báo' },
    info: { one: 'thông tin', many: 'thông tin' },
    hint: { one: 'gợi ý', many: 'gợi ý' },
  },
  en: {
    error: { one: 'error', many: 'errors' },
    warning: { one: 'warning', many: 'warnings' },
    info: { one: 'info', many: 'info' },
    hint: { one: 'hint', many: 'hints' },
  },
};

/** The other words the human-readable formats print, in both languages. */
export const WORDS: Record<Lang, {
  fix: string;
  file: { one: string; many: string };
  in: string;
  unreadable: (n: number) => string;
}> = {
  vi: {
    fix: 'sửa',
    file: { one: 'tệp', many: 'tệp' },
    in: 'trong',
    unreadable: (n) => `${n} tệp không kiểm tra được`,
  },
  en: {
    fix: 'fix',
    file: { one: 'file', many: 'files' },
    in: 'in',
    unreadable: (n) => `${n} ${n === 1 ? 'file' : 'files'} could not be checked`,
  },
};

export function text(message: Message, lang: Lang): string {
  return message[lang];
}

export function plural(n: number, word: { one: string; many: string }): string {
  return `${n} ${n === 1 ? word.one : word.many}`;
}

/** 0-based (LSP) range of a span. */
export interface Range {
  start: Position;
  end: Position;
}

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

/** 1-based line and column (UTF-16 code units), as people, SARIF and GitHub count them. */
export interface Region1 {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export function toRegion1(lines: LineIndex, span: Span): Region1 {
  const r = toRange(lines, span);
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

/** Findings in reading order (start, end, code), without changing the report. */
export function sortedFindings(file: FileReport): Finding[] {
  return file.findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) =>
      a.f.span.start - b.f.span.start ||
      a.f.span.end - b.f.span.end ||
      (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0) ||
      a.i - b.i)
    .map(({ f }) => f);
}

export function countBySeverity(report: CheckReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of report.files) for (const f of file.findings) counts[f.severity]++;
  return counts;
}

/** A path with forward slashes, as every format prints it. */
export function slashPath(path: string): string {
  return path.replace(/\\/g, '/');
}
