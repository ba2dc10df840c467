// "Add this citation to the workspace registry": a WorkspaceEdit that appends an entry to
// vanban.registry.json at the workspace root, or creates the file. jsonc-parser computes the edit,
// so the file's own formatting and comments are kept.
import { modify } from 'jsonc-parser';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { Analysis } from '../core/analyze';
import type { RegistryEntry } from '../core/registry/types';
import type { Lang } from '../core/types';
import { LineIndex } from '../core/text/lines';

export const WORKSPACE_REGISTRY = 'vanban.registry.json';

export function entryFor(a: Analysis, i: number): RegistryEntry | null {
  const c = a.citations[i]!;
  if (!c.symbol) return null;
  const entry: RegistryEntry = { symbol: c.symbol };
  if (c.type) entry.type = c.type;
  if (c.issuer?.name) entry.issuer = c.issuer.place ? `${c.issuer.name} ${c.issuer.place}` : c.issuer.name;
  if (c.date?.kind === 'day' && c.date.iso) entry.date = c.date.iso;
  if (a.jurisdiction && c.issuer?.place) entry.jurisdiction = c.issuer.place;
  return entry;
}

/** The edit, given the registry file's current text (null when it does not exist). */
export function addToRegistry(rootPath: string, current: string | null, entry: RegistryEntry): WorkspaceEdit {
  const uri = URI.file(`${rootPath}/${WORKSPACE_REGISTRY}`).toString();
  const format = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
  if (current === null) {
    const text = `${JSON.stringify({ $schema: './node_modules/vanban/schemas/registry.schema.json', version: 1, entries: [entry] }, null, 2)}\n`;
    return { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] }] };
  }
  const edits = modify(current, ['entries', -1], entry, format);
  const lines = new LineIndex(current);
  const textEdits: TextEdit[] = edits.map((e) => ({ range: { start: lines.positionAt(e.offset), end: lines.positionAt(e.offset + e.length) }, newText: e.content }));
  return { changes: { [uri]: textEdits } };
}

export function addToRegistryAction(rootPath: string, current: string | null, entry: RegistryEntry, lang: Lang): CodeAction {
  return {
    title: lang === 'vi' ? `Thêm ${entry.symbol} vào danh mục của thư mục (${WORKSPACE_REGISTRY})` : `Add ${entry.symbol} to the workspace registry (${WORKSPACE_REGISTRY})`,
    kind: CodeActionKind.QuickFix,
    edit: addToRegistry(rootPath, current, entry),
  };
}
