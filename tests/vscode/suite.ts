// Integration tests inside a real VS Code extension host, with the real `vscode` API. The same
// module runs under @vscode/test-electron (`npm run test:vscode`, machines with internet) and, here,
// inside the extension host of code-server's VS Code server (tests/vscode/inhost.mjs).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

async function until<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function positionOf(doc: vscode.TextDocument, needle: string, inside = 1): vscode.Position {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} not in ${doc.uri.fsPath}`);
  return doc.positionAt(at + inside);
}

const tests: [string, () => Promise<void>][] = [];
const test = (name: string, fn: () => Promise<void>) => tests.push([name, fn]);

let doc: vscode.TextDocument;

test('the extension activates on a seed and shows its diagnostics', async () => {
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'seeds/004_e0d6b72e0ffed4f2.txt'));
  await vscode.window.showTextDocument(doc);
  const diagnostics = await until('diagnostics', () => {
    const d = vscode.languages.getDiagnostics(doc.uri);
    return d.length >= 9 ? d : undefined;
  });
  const codes = diagnostics.map((d) => (typeof d.code === 'object' ? d.code.value : d.code)).sort();
  assert.deepEqual(codes, ['VB101', 'VB101', 'VB101', 'VB101', 'VB202', 'VB203', 'VB203', 'VB301', 'VB403']);
});

test('hover on a citation shows the registry facts', async () => {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '52-NQ/TW'));
  const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(text, /Bộ Chính trị/);
});

test('semantic tokens colour the citations and dates of a plain-text seed', async () => {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
  const tokens = await until('semantic tokens', async () => {
    const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri);
    return t && t.data.length > 0 ? t : undefined;
  });
  const types = new Set<string>();
  for (let i = 3; i < tokens.data.length; i += 5) types.add(legend.tokenTypes[tokens.data[i]!]!);
  assert.deepEqual([...types].sort(), ['keyword', 'number', 'string']);
});

test('definition goes to the registry entry; references find every citation', async () => {
  const at = positionOf(doc, '749/QĐ-TTg');
  const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
  const target = defs.map((d) => ('targetUri' in d ? d.targetUri : d.uri))[0]!;
  assert.match(target.fsPath, /seeds[\\/]registry\.json$/);
  const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
  assert.ok(refs.length >= 2, `references: ${refs.length}`);
});

test('a quick fix applied through a WorkspaceEdit changes the text and clears its diagnostic', async () => {
  const range = new vscode.Range(positionOf(doc, 'Quyết địnhsố', 0), positionOf(doc, 'Quyết địnhsố', 'Quyết địnhsố'.length));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => a.isPreferred && a.edit);
  assert.ok(fix, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit!));
  assert.ok(doc.getText().includes('Quyết định số 1829/QĐ-UBND'));
  await until('the VB101 to clear', () => {
    const left = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.range.start.line === range.start.line && d.message.includes('Quyết địnhsố'));
    return left.length === 0 ? true : undefined;
  });
});

test('the commands are there, and "add to registry" writes vanban.registry.json', async () => {
  const commands = await vscode.commands.getCommands(true);
  for (const c of ['vanban.restartServer', 'vanban.checkWorkspace', 'vanban.showRegistryEntry', 'vanban.addToRegistry']) assert.ok(commands.includes(c), c);
  const folder = vscode.workspace.workspaceFolders![0]!.uri;
  const draft = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'seeds/003_c3a33e57eb41d4a8.txt'));
  const editor = await vscode.window.showTextDocument(draft);
  await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Kế hoạch số 99/KH-UBND ngày 02/3/2024 của UBND tỉnh Thái Bình.\n'));
  editor.selection = new vscode.Selection(new vscode.Position(0, 16), new vscode.Position(0, 16));
  assert.ok(await vscode.commands.executeCommand('vanban.addToRegistry'));
  const registry = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'vanban.registry.json'));
  assert.match(registry.getText(), /"99\/KH-UBND"/);
});

export async function run(): Promise<void> {
  const failures: string[] = [];
  for (const [name, fn] of tests) {
    try {
      await fn();
      console.log(`in-host test ok: ${name}`);
    } catch (e) {
      failures.push(name);
      console.error(`in-host test FAILED: ${name}: ${(e as Error).stack ?? e}`);
    }
  }
  console.log(`in-host tests: ${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length) throw new Error(`${failures.length} in-host test(s) failed`);
}
