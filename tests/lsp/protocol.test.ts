// The language server through the protocol: the bundled dist/server.js started as a process over
// stdio and driven by a real JSON-RPC client, on copies of the seeds (real text).
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, seed, SEEDS } from '../helpers';
import { cursor, decodeSemanticTokens, positionOf, startSession, type Session } from './client';

const ws = mkdtempSync(join(tmpdir(), 'vanban-lsp-'));
cpSync(join(ROOT, 'seeds'), join(ws, 'seeds'), { recursive: true });
const uri = (name: string) => `file://${ws}/seeds/${name}`;
type Diag = { code: string; message: string; range: { start: { line: number; character: number } } };

async function open(s: Session, name: string, text = seed(name), version = 1) {
  await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'plaintext', version, text } });
}
async function pull(s: Session, name: string): Promise<Diag[]> {
  const r = (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(name) } })) as { items: Diag[] };
  return r.items;
}

describe('language server over stdio (pull diagnostics)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession(ws, { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } });
  });
  afterAll(async () => s.close());

  it('gives each seed the same findings as the command line', async () => {
    await open(s, '004_e0d6b72e0ffed4f2.txt');
    const codes = (await pull(s, '004_e0d6b72e0ffed4f2.txt')).map((d) => d.code);
    expect(codes).toEqual(['VB203', 'VB202', 'VB301', 'VB101', 'VB101', 'VB403', 'VB203', 'VB101', 'VB101']);
    await open(s, '000_a1f4c7e40e8ca17c.txt');
    const d000 = await pull(s, '000_a1f4c7e40e8ca17c.txt');
    expect(d000.map((d) => d.code)).toEqual(['VB203', 'VB302', 'VB403', 'VB106', 'VB101', 'VB101']);
    const vb302 = d000[1] as Diag & { relatedInformation: { location: { range: { start: { line: number } } } }[]; codeDescription: { href: string } };
    expect(vb302.relatedInformation[0]!.location.range.start.line).toBe(25);
    expect(vb302.codeDescription.href).toMatch(/docs\/rules\/VB302\.md$/);
  });

  it('hovers a citation with the registry facts, and a date in full', async () => {
    const text = seed('000_a1f4c7e40e8ca17c.txt');
    const h = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('000_a1f4c7e40e8ca17c.txt') }, position: positionOf(text, '52-NQ/TW', 2) })) as { contents: { value: string } };
    expect(h.contents.value).toContain('Bộ Chính trị');
    expect(h.contents.value).toContain('27/9/2019');
    const hd = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('000_a1f4c7e40e8ca17c.txt') }, position: positionOf(text, '03/6/2020') })) as { contents: { value: string } };
    expect(hd.contents.value).toBe('thứ Tư, ngày 03 tháng 6 năm 2020');
  });

  it('hovers a target with its document\'s own target beside it', async () => {
    await open(s, '001_cb33b17ca0b7b813.txt');
    const text = seed('001_cb33b17ca0b7b813.txt');
    const h = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('001_cb33b17ca0b7b813.txt') }, position: positionOf(text, '70% hồ sơ công việc tại cấp xã') })) as { contents: { value: string } };
    expect(h.contents.value).toContain('| Văn bản này | 70% |');
    expect(h.contents.value).toContain('| 13-NQ/TU | 70% |');
    // and the citation lists its document's targets as a table
    const hc = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('001_cb33b17ca0b7b813.txt') }, position: positionOf(text, 'Nghị quyết số 13-NQ/TU', 16) })) as { contents: { value: string } };
    expect(hc.contents.value).toContain('| hồ sơ công việc được xử lý trên môi trường mạng (cấp xã) | 2025 | 70% |');
  });

  it('goes to the registry entry, finds references across files, highlights in the file', async () => {
    const position = positionOf(seed('004_e0d6b72e0ffed4f2.txt'), '749/QĐ-TTg');
    const def = (await s.connection.sendRequest('textDocument/definition', { textDocument: { uri: uri('004_e0d6b72e0ffed4f2.txt') }, position })) as { uri: string; range: { start: { line: number } } }[];
    expect(def[0]!.uri).toBe(`file://${ROOT}/seeds/registry.json`);
    expect(def[0]!.range.start.line).toBeGreaterThan(3);
    const refs = (await s.connection.sendRequest('textDocument/references', { textDocument: { uri: uri('004_e0d6b72e0ffed4f2.txt') }, position, context: { includeDeclaration: true } })) as { uri: string }[];
    const files = new Set(refs.map((r) => r.uri.split('/').pop()));
    // 749/QĐ-TTg is cited twice in 004 and twice in 000 (read from disk: 000 is open, the rest indexed)
    expect(refs.length).toBe(4);
    expect([...files].sort()).toEqual(['000_a1f4c7e40e8ca17c.txt', '004_e0d6b72e0ffed4f2.txt']);
    const hl = (await s.connection.sendRequest('textDocument/documentHighlight', { textDocument: { uri: uri('004_e0d6b72e0ffed4f2.txt') }, position })) as unknown[];
    expect(hl).toHaveLength(2);
  });

  it('finds references in an open document as it is now, after an edit', async () => {
    const name = 'refs.md';
    const first = 'Theo Quyết định số 749/QĐ-TTg ngày 03/6/2020.';
    await open(s, name, first);
    const here = async () => {
      const refs = (await s.connection.sendRequest('textDocument/references', { textDocument: { uri: uri(name) }, position: positionOf(first, '749/QĐ-TTg'), context: { includeDeclaration: true } })) as { uri: string; range: { start: { line: number; character: number } } }[];
      return refs.filter((r) => r.uri === uri(name)).map((r) => r.range.start);
    };
    expect(await here()).toEqual([{ line: 0, character: 5 }]);
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(name), version: 2 }, contentChanges: [{ text: `${first}\nVà Quyết định 749/QĐ-TTg.` }] });
    expect(await here()).toEqual([{ line: 0, character: 5 }, { line: 1, character: 3 }]);
  });

  it('completes a symbol after "Quyết định số"', async () => {
    const { text, line, character } = cursor('Thực hiện Quyết định số 74$0');
    await open(s, 'draft.md', text);
    const items = (await s.connection.sendRequest('textDocument/completion', { textDocument: { uri: uri('draft.md') }, position: { line, character } })) as { label: string; insertText: string }[];
    expect(items.map((i) => i.label)).toContain('749/QĐ-TTg');
    expect(items.find((i) => i.label === '749/QĐ-TTg')!.insertText).toContain('ngày 3/6/2020');
  });

  it('answers "unchanged" to a client holding the current diagnostics, and a full report once they move', async () => {
    const name = 'unchanged.md';
    await open(s, name, 'Dòng đầu.\nBáo cáo số 342/BC STTTT ngày 7/12/2022.');
    type Report = { kind: string; resultId?: string; items?: Diag[] };
    const ask = (previousResultId?: string) => s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(name) }, previousResultId }) as Promise<Report>;
    const first = await ask();
    expect(first.kind).toBe('full');
    expect(first.items!.map((d) => d.code)).toContain('VB101');
    const edit = (line: number, version: number) =>
      s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(name), version }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: ' ' }] });
    // a space typed on the first line moves no finding
    await edit(0, 2);
    expect(await ask(first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
    // a client that names no result gets everything
    expect((await ask()).kind).toBe('full');
    // one typed before the finding moves it
    await edit(1, 3);
    const moved = await ask(first.resultId);
    expect(moved.kind).toBe('full');
    expect(moved.items!.find((d) => d.code === 'VB101')!.range.start.character).toBe(first.items!.find((d) => d.code === 'VB101')!.range.start.character + 1);
  });

  it('resolves a citation against a document that declares itself, opened after the citing one', async () => {
    const citing = 'citing.md';
    await open(s, citing, 'Thực hiện Quyết định số 4321/QĐ-UBND ngày 05/02/2024 của UBND tỉnh.');
    expect((await pull(s, citing)).map((d) => d.code)).toContain('VB201');
    // a document with its own number and date line joins the registry: the citing one is no longer stale
    await open(s, 'declaring.md', 'ỦY BAN NHÂN DÂN\nSố: 4321/QĐ-UBND\nThanh Hóa, ngày 05 tháng 02 năm 2024\n\nQUYẾT ĐỊNH\nVề việc …');
    await pull(s, 'declaring.md');
    expect((await pull(s, citing)).map((d) => d.code)).not.toContain('VB201');
  });

  it('applies a quick fix and the finding goes away', async () => {
    const name = 'fix.md';
    await open(s, name, 'Báo cáo số 342/BC STTTT ngày 7/12/2022 của Sở Thông tin và Truyền thông.');
    const [d] = await pull(s, name);
    expect(d!.code).toBe('VB101');
    const actions = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(name) }, range: d!.range, context: { diagnostics: [d] } })) as { title: string; isPreferred?: boolean; edit: { changes: Record<string, { range: { start: { character: number }; end: { character: number } }; newText: string }[]> } }[];
    const fix = actions.find((a) => a.isPreferred)!;
    const [edit] = fix.edit.changes[uri(name)]!;
    const before = 'Báo cáo số 342/BC STTTT ngày 7/12/2022 của Sở Thông tin và Truyền thông.';
    const after = before.slice(0, edit!.range.start.character) + edit!.newText + before.slice(edit!.range.end.character);
    expect(after).toContain('342/BC-STTTT');
    expect(actions.some((a) => a.title === 'Tắt VB101 cho dòng này')).toBe(true);
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(name), version: 2 }, contentChanges: [{ text: after }] });
    expect(await pull(s, name)).toEqual([]);
  });

  it('sees a registry edit live, and keeps the last good registry when it breaks', async () => {
    const regUri = `file://${ws}/vanban.registry.json`;
    const good = JSON.stringify({ entries: [{ symbol: '13-NQ/TU', jurisdiction: 'Quảng Ngãi', date: '2023-09-07' }] });
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: regUri, languageId: 'json', version: 1, text: good } });
    await open(s, '001_cb33b17ca0b7b813.txt');
    expect((await pull(s, '001_cb33b17ca0b7b813.txt')).map((d) => d.code)).toEqual(['VB202']);
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: regUri, version: 2 }, contentChanges: [{ text: '{"entries": [\n  {"symbol": }\n]}' }] });
    const problems = (await s.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: regUri } })) as { items: Diag[] };
    expect(problems.items[0]!.range.start.line).toBe(1);
    expect(problems.items[0]!.message).toContain('JSON không hợp lệ');
    expect((await pull(s, '001_cb33b17ca0b7b813.txt')).map((d) => d.code)).toEqual(['VB202']); // last good registry
  });

  it('offers to add an unknown citation to the workspace registry', async () => {
    const name = 'unknown.md';
    const { text, line, character } = cursor('Thực hiện Kế hoạch số 99/KH-UB$0ND ngày 02/3/2024 của UBND tỉnh Quảng Ngãi.');
    await open(s, name, text);
    const position = { line, character };
    const actions = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(name) }, range: { start: position, end: position }, context: { diagnostics: [] } })) as { title: string; edit: { documentChanges?: { kind?: string; edits?: { newText: string }[] }[] } }[];
    const add = actions.find((a) => a.title.startsWith('Thêm 99/KH-UBND'))!;
    expect(add.edit.documentChanges![0]!.kind).toBe('create');
    const created = JSON.parse(add.edit.documentChanges![1]!.edits![0]!.newText);
    expect(created.entries[0]).toEqual({ symbol: '99/KH-UBND', type: 'Kế hoạch', issuer: 'Ủy ban nhân dân tỉnh Quảng Ngãi', date: '2024-03-02', jurisdiction: 'Quảng Ngãi' });
  });

  it('links a resolved citation to its source', async () => {
    const links = (await s.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: uri('000_a1f4c7e40e8ca17c.txt') } })) as { target: string }[];
    expect(links.some((l) => /^https:\/\//.test(l.target))).toBe(true);
  });

  it('survives nonsense: unknown documents, positions past the end', async () => {
    const r = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('nope.md') }, position: { line: 99, character: 99 } });
    expect(r).toBeNull();
    const h = await s.connection.sendRequest('textDocument/hover', { textDocument: { uri: uri('000_a1f4c7e40e8ca17c.txt') }, position: { line: 10_000, character: 5 } });
    expect(h).toBeNull();
    expect(s.child.exitCode).toBeNull();
  });
});

describe('a large document, edited keystroke by keystroke (read in pieces, findings kept per piece)', () => {
  it('has the diagnostics of the same text opened afresh', async () => {
    const s = await startSession(ws, { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } });
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `Bài ${i}\n\n${seed(SEEDS[i % 5]!)}\n\n`;
    await open(s, 'large.md', text);
    await pull(s, 'large.md');
    const type = async (version: number, position: { line: number; character: number }, removed: number, inserted: string) => {
      await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri('large.md'), version }, contentChanges: [{ range: { start: position, end: { ...position, character: position.character + removed } }, text: inserted }] });
      const lines = text.split('\n');
      lines[position.line] = lines[position.line]!.slice(0, position.character) + inserted + lines[position.line]!.slice(position.character + removed);
      text = lines.join('\n');
      return pull(s, 'large.md');
    };
    // 749/QĐ-TTg → 749/QD-TTg in the middle, then a line and a letter near the top
    const before = text.slice(0, text.indexOf('749/QĐ-TTg', 500_000)).split('\n');
    const middle = { line: before.length - 1, character: before[before.length - 1]!.length + 5 };
    expect((await type(2, middle, 1, 'D')).some((d) => d.code === 'VB101' && d.range.start.line === middle.line)).toBe(true);
    await type(3, { line: 3, character: 0 }, 0, 'Một dòng mới.\n');
    const edited = await type(4, { line: 5, character: 2 }, 0, 'a');
    await open(s, 'fresh.md', text);
    const fresh = await pull(s, 'fresh.md');
    const named = (items: Diag[], name: string) => JSON.stringify(items).split(uri(name)).join('URI');
    expect(named(edited, 'large.md')).toEqual(named(fresh, 'fresh.md'));
    await s.close();
  });
});

describe('inlay hints and workspace checking (settings)', () => {
  it('shows the registry date after a bare symbol, and checks files that are not open', async () => {
    const s = await startSession(ws, {}, { inlayHints: true, checkWorkspace: true });
    for (let i = 0; i < 60 && !s.pushed.has(uri('004_e0d6b72e0ffed4f2.txt')); i++) await new Promise((r) => setTimeout(r, 50));
    expect((s.pushed.get(uri('004_e0d6b72e0ffed4f2.txt')) as Diag[]).map((d) => d.code)).toContain('VB301');
    await open(s, 'bare.md', 'Theo Nghị quyết số 52-NQ/TW, tỉnh đã…');
    const hints = (await s.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: uri('bare.md') }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } })) as { label: string }[];
    expect(hints.map((h) => h.label)).toEqual([' (27/9/2019 · Về một số chủ trương, chính sách chủ động tham…)']);
    await s.close();
  });
});

describe('semantic tokens', () => {
  it('colour the type words, symbols and dates of a plain-text seed', async () => {
    const s = await startSession(ws, {});
    await open(s, '000_a1f4c7e40e8ca17c.txt');
    const legend = s.capabilities.semanticTokensProvider.legend as { tokenTypes: string[]; tokenModifiers: string[] };
    const { data } = (await s.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: uri('000_a1f4c7e40e8ca17c.txt') } })) as { data: number[] };
    const texts = decodeSemanticTokens(seed('000_a1f4c7e40e8ca17c.txt'), data, legend).map((t) => `${t.type}:${t.text}`);
    expect(texts).toContain('string:52-NQ/TW');
    expect(texts).toContain('keyword:Nghị quyết');
    expect(texts).toContain('number:12-4-2022');
    await s.close();
  });
});

describe('language server over stdio (push diagnostics, for clients without pull)', () => {
  it('publishes the seed findings after opening', async () => {
    const s = await startSession(ws, {});
    await open(s, '002_627955a7f9937946.txt', seed('002_627955a7f9937946.txt').replace('Nghị quyết số 111-NQ/TU', 'Nghị quyết số 111/NQ-TU'));
    for (let i = 0; i < 50 && !s.pushed.has(uri('002_627955a7f9937946.txt')); i++) await new Promise((r) => setTimeout(r, 50));
    const diags = s.pushed.get(uri('002_627955a7f9937946.txt')) as Diag[];
    expect(diags.map((d) => d.code)).toContain('VB103');
    await s.close();
  });
});

writeFileSync(join(ws, '.keep'), '');
