// Semantic tokens: what colours citations and dates where no grammar reaches. VS Code has no
// grammar for plain text, so the TextMate injection in syntaxes/ colours Markdown only; these
// tokens colour both, and strike through the citation of a document no longer in force.
import type { Analysis } from '../core/analyze';
import type { LineIndex } from '../core/text/lines';
import type { Span } from '../core/types';

/** Standard token types, so every colour theme already has a colour for them. */
export const SEMANTIC_TOKEN_TYPES = ['keyword', 'string', 'number'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['deprecated'] as const;

const TYPE_WORD = 0;
const SYMBOL = 1;
const DATE = 2;
const DEPRECATED = 1 << 0;

interface Token {
  span: Span;
  type: number;
  modifiers: number;
}

/**
 * The tokens of a text in the LSP's relative encoding (line delta, start delta, length, type,
 * modifiers), sorted, without overlaps, each on one line (a citation broken across lines gives
 * one token per line).
 */
export function semanticTokensOf(a: Analysis, lines: LineIndex): number[] {
  const tokens: Token[] = [];
  a.citations.forEach((c, i) => {
    if (c.kind === 'placeholder') return;
    const r = a.resolutions[i]!;
    const status = r.status === 'resolved' ? r.entry.entry.status : undefined;
    const modifiers = status === 'expired' || status === 'superseded' ? DEPRECATED : 0;
    if (c.typeWord && c.kind !== 'title') tokens.push({ span: c.typeWord.span, type: TYPE_WORD, modifiers });
    tokens.push({ span: c.kind === 'title' ? c.span : c.symbolSpan, type: SYMBOL, modifiers });
  });
  for (const d of a.dates) tokens.push({ span: d.valueSpan, type: DATE, modifiers: 0 });
  tokens.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);

  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  let covered = 0; // tokens may not overlap: a later one starting inside an earlier one is dropped
  for (const t of tokens) {
    if (t.span.start < covered || t.span.end <= t.span.start) continue;
    covered = t.span.end;
    const start = lines.positionAt(t.span.start);
    const end = lines.positionAt(t.span.end);
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.character : 0;
      const to = line === end.line ? end.character : lines.lineLength(line);
      if (to <= from) continue;
      data.push(line - prevLine, line === prevLine ? from - prevChar : from, to - from, t.type, t.modifiers);
      prevLine = line;
      prevChar = from;
    }
  }
  return data;
}
