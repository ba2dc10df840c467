// Code actions: every fix the core offers as a quick fix (the certain ones preferred and part of
// "fix all"), "disable VBxxx for this line", and "add this citation to the workspace registry".
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Lang } from '../core/types';
import { toRange } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.vanban`;

function sameRange(d: Diagnostic, f: Finding, doc: TextDocument): boolean {
  const r = toRange(doc, f.span);
  return d.code === f.code && d.range.start.line === r.start.line && d.range.start.character === r.start.character;
}

export function quickFixes(doc: TextDocument, findings: Finding[], diagnostics: Diagnostic[], lang: Lang): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const f = findings.find((x) => sameRange(d, x, doc));
    if (!f) continue;
    for (const fix of f.fixes) {
      out.push({
        title: fix.title[lang],
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: fix.preferred,
        edit: { changes: { [doc.uri]: fix.edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText })) } },
      });
    }
    const line = d.range.start.line;
    const indent = /^[ \t]*/.exec(doc.getText({ start: { line, character: 0 }, end: { line, character: 200 } }))![0];
    out.push({
      title: lang === 'vi' ? `Tắt ${f.code} cho dòng này` : `Disable ${f.code} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { changes: { [doc.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- vanban-disable-next-line ${f.code} -->\n` }] } },
    });
  }
  return out;
}

/** All preferred fixes at once, skipping any that overlaps one already taken. */
export function fixAll(doc: TextDocument, findings: Finding[], lang: Lang): CodeAction | null {
  const edits: TextEdit[] = [];
  const taken: [number, number][] = [];
  for (const f of findings) {
    for (const fix of f.fixes.filter((x) => x.preferred)) {
      if (fix.edits.some((e) => taken.some(([s, t]) => e.span.start < t && e.span.end > s))) continue;
      for (const e of fix.edits) {
        taken.push([e.span.start, e.span.end]);
        edits.push({ range: toRange(doc, e.span), newText: e.newText });
      }
    }
  }
  if (edits.length === 0) return null;
  return { title: lang === 'vi' ? 'Sửa tất cả lỗi chắc chắn (Vanban)' : 'Fix all certain problems (Vanban)', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } };
}
