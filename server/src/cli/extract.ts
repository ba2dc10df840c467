// `vanban extract --format json`: every citation, date and target, in the DESIGN.md shape.

import type { Analysis } from '../core/analyze';
import { LineIndex } from '../core/text/lines';
import type { Lang, Span } from '../core/types';
import type { RunError } from './report';

function where(lines: LineIndex, span: Span) {
  return {
    offset: { start: span.start, end: span.end },
    range: { start: lines.positionAt(span.start), end: lines.positionAt(span.end) },
  };
}

export function formatExtract(files: { path: string; analysis: Analysis }[], errors: RunError[], lang: Lang): string {
  const out = {
    version: 1,
    files: files.map(({ path, analysis: a }) => {
      const lines = new LineIndex(a.text);
      return {
        path,
        jurisdiction: a.jurisdiction,
        citations: a.citations.map((c, i) => {
          const r = a.resolutions[i]!;
          const resolved = r.status === 'resolved' ? r.entry : null;
          const entry = resolved?.entry ?? null;
          const antecedent = 'antecedent' in r && r.antecedent !== null ? a.citations[r.antecedent]! : null;
          const symbol = c.kind === 'full' ? c.symbol : (entry?.symbol ?? antecedent?.symbol ?? null);
          return {
            text: c.text,
            kind: c.kind,
            role: c.role,
            type: c.type,
            symbol,
            shape: c.shape,
            number: c.number,
            typeCode: c.typeCode,
            issuerCode: c.issuerCode,
            year: c.year,
            date: c.date?.iso ?? null,
            ...(c.title ? { title: c.title } : {}),
            issuer: c.issuer?.name ?? c.issuer?.text ?? null,
            resolved: resolved ? { symbol: resolved.entry.symbol, issuer: resolved.entry.issuer ?? null, origin: resolved.origin } : null,
            status: r.status,
            ...where(lines, c.span),
          };
        }),
        dates: a.dates.map((d) => ({ text: d.text, kind: d.kind, iso: d.iso, ...where(lines, d.span) })),
        targets: a.targets.map((t) => {
          const owner = t.owner === null ? null : a.citations[t.owner]!;
          const r = t.owner === null ? null : a.resolutions[t.owner]!;
          const ownerSymbol = r?.status === 'resolved' ? r.entry.entry.symbol : (owner?.symbol ?? null);
          return {
            text: t.text,
            value: t.value,
            unit: t.unit,
            comparator: t.comparator,
            year: t.year,
            metric: t.metric,
            scope: t.scope,
            kind: t.kind,
            change: t.change,
            owner: ownerSymbol,
            citation: ownerSymbol,
            // the owner is the document the text carries out, whose goal it restates as its own
            ...(t.implementing ? { implementing: true } : {}),
            ...where(lines, t.span),
          };
        }),
      };
    }),
    errors: errors.map((e) => ({ path: e.path, message: e.message[lang] })),
  };
  return `${JSON.stringify(out, null, 1)}\n`;
}
