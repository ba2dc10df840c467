// `npm run bench`, part 2: the language server measured through the protocol (dist/server.js over
// stdio, a real JSON-RPC client), figures printed, nothing asserted.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));

async function start(ws) {
  const child = spawn(process.execPath, [join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const c = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  c.onRequest('workspace/configuration', () => [{}]);
  c.onRequest('client/registerCapability', () => null);
  c.onRequest('workspace/diagnostic/refresh', () => null);
  c.listen();
  await c.sendRequest('initialize', { processId: null, rootUri: `file://${ws}`, workspaceFolders: [{ uri: `file://${ws}`, name: 'ws' }], capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
  await c.sendNotification('initialized', {});
  return { c, child };
}
const rssMB = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x) => `${x.toFixed(1)} ms`;
const ms2 = (x) => `${x.toFixed(2)} ms`;
/** Time spent inside the server's handlers since the last call, by method (the server's vanban/timings). */
const serverTimes = (c) => c.sendRequest('vanban/timings', {});
/** Round trips of `send`, n times, in ms. */
async function roundTrips(n, send) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await send();
    out.push(performance.now() - t0);
  }
  return out;
}
/**
 * What JSON costs for a response, measured here on the same machine (median of n, in ms): the
 * server's writer turns it into text and bytes, the client's reader bytes into text into objects.
 */
function jsonCost(result, n = 10) {
  const message = { jsonrpc: '2.0', id: 1, result };
  const encode = [];
  const decode = [];
  let bytes;
  for (let i = 0; i < n; i++) {
    let t0 = performance.now();
    bytes = Buffer.from(JSON.stringify(message), 'utf8');
    encode.push(performance.now() - t0);
    t0 = performance.now();
    JSON.parse(bytes.toString('utf8'));
    decode.push(performance.now() - t0);
  }
  return `${(bytes.length / 1024).toFixed(0)} KB of JSON: ${ms(pct(encode, 50))} to encode (server), ${ms(pct(decode, 50))} to decode (client)`;
}

console.log('\nlanguage server, through the protocol (dist/server.js over stdio):');

// 1. keystroke -> diagnostics on a 1 MB document; hover and definition
{
  const ws = mkdtempSync(join(tmpdir(), 'vanban-lspbench-'));
  const { c, child } = await start(ws);
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) text += seeds[i % seeds.length] + '\n';
  const uri = `file://${ws}/big.md`;
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  // as VS Code does, each pull names the result it holds, and an unchanged one comes back as such
  let resultId = (await c.sendRequest('textDocument/diagnostic', { textDocument: { uri } })).resultId;
  const pull = async () => {
    const r = await c.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: resultId });
    resultId = r.resultId;
    return r.kind;
  };
  await serverTimes(c);
  let v = 1;
  const type = (line) => c.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++v }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'a' }] });
  const kinds = { full: 0, unchanged: 0 };
  const keystroke = await roundTrips(100, async () => {
    await type(3);
    kinds[await pull()]++;
  });
  const keystrokeServer = (await serverTimes(c))['textDocument/diagnostic'];
  // typing on a line with a finding moves it: every answer is a full report
  const findingLine = text.split('\n').findIndex((l) => l.includes('342/BC STTTT'));
  const moving = { full: 0, unchanged: 0 };
  const keystrokeFull = await roundTrips(100, async () => {
    await type(findingLine);
    moving[await pull()]++;
  });
  const keystrokeFullServer = (await serverTimes(c))['textDocument/diagnostic'];
  const diagnostics = jsonCost((await c.sendRequest('textDocument/diagnostic', { textDocument: { uri } })).items);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('749/QĐ-TTg'));
  const character = lines[line].indexOf('749/QĐ-TTg') + 2;
  await serverTimes(c);
  const hover = await roundTrips(50, () => c.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } }));
  const definition = await roundTrips(50, () => c.sendRequest('textDocument/definition', { textDocument: { uri }, position: { line, character } }));
  const empty = await roundTrips(50, () => c.sendRequest('vanban/status', {}));
  const server = await serverTimes(c);
  const [hs, ds] = [server['textDocument/hover'], server['textDocument/definition']];
  // the first keystrokes after opening run code the JIT has not optimized yet: shown apart too
  const [warm, warmServer] = [keystroke.slice(10), keystrokeServer.slice(10)];
  console.log(`  keystroke -> diagnostics, 1 MB document, ${keystroke.length} keystrokes: round trip p50 ${ms(pct(keystroke, 50))}, p95 ${ms(pct(keystroke, 95))}; in the server's handler p50 ${ms(pct(keystrokeServer, 50))}, p95 ${ms(pct(keystrokeServer, 95))}; ${diagnostics}`);
  console.log(`    without the first 10 (${keystroke.slice(0, 10).map((x) => x.toFixed(0)).join(' ')} ms): round trip p50 ${ms(pct(warm, 50))}, p95 ${ms(pct(warm, 95))}; in the server's handler p50 ${ms(pct(warmServer, 50))}, p95 ${ms(pct(warmServer, 95))}`);
  console.log(`    answers: ${kinds.full} full, ${kinds.unchanged} "unchanged" (typing on line 4, which has no finding)`);
  console.log(`  the same, typing on a line whose finding moves (${moving.full} full answers, ${moving.unchanged} "unchanged"): round trip p50 ${ms(pct(keystrokeFull, 50))}, p95 ${ms(pct(keystrokeFull, 95))}; in the server's handler p50 ${ms(pct(keystrokeFullServer, 50))}, p95 ${ms(pct(keystrokeFullServer, 95))}`);
  console.log(`  hover: round trip p50 ${ms2(pct(hover, 50))}, p95 ${ms2(pct(hover, 95))}; in the server p50 ${ms2(pct(hs, 50))}, p95 ${ms2(pct(hs, 95))}`);
  console.log(`  definition: round trip p50 ${ms2(pct(definition, 50))}, p95 ${ms2(pct(definition, 95))}; in the server p50 ${ms2(pct(ds, 50))}, p95 ${ms2(pct(ds, 95))}`);
  console.log(`  (an empty request's round trip: p50 ${ms2(pct(empty, 50))}, p95 ${ms2(pct(empty, 95))})`);
  console.log(`  server memory with the 1 MB document open: ${rssMB(child.pid).toFixed(0)} MB RSS`);
  child.kill();
  rmSync(ws, { recursive: true, force: true });
}

// 2. references over 10,000 workspace files
{
  const ws = mkdtempSync(join(tmpdir(), 'vanban-lspbench-refs-'));
  for (let i = 0; i < 10_000; i++) {
    const dir = join(ws, `d${Math.floor(i / 500)}`);
    if (i % 500 === 0) mkdirSync(dir);
    writeFileSync(join(dir, `f${i}.md`), `# Báo cáo ${i}\n\nThực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ và Kế hoạch số ${i}/KH-UBND.\n`);
  }
  const { c, child } = await start(ws);
  const uri = `file://${ws}/d0/f0.md`;
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(ws, 'd0/f0.md'), 'utf8') } });
  const position = { line: 2, character: 30 };
  let t0 = performance.now();
  const first = await c.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
  const cold = performance.now() - t0;
  await serverTimes(c);
  const warm = await roundTrips(30, () => c.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }));
  const server = (await serverTimes(c))['textDocument/references'];
    console.log(`  references over 10,000 files (${first.length} found): first call (reads and indexes the workspace) ${ms(cold)}; then round trip p50 ${ms(pct(warm, 50))}, p95 ${ms(pct(warm, 95))}; in the server p50 ${ms(pct(server, 50))}, p95 ${ms(pct(server, 95))}; ${jsonCost(first)}; ${rssMB(child.pid).toFixed(0)} MB RSS`);
  child.kill();
  rmSync(ws, { recursive: true, force: true });
}

// 3. cold start to first diagnostics with a 500,000-entry workspace registry
{
  const ws = mkdtempSync(join(tmpdir(), 'vanban-lspbench-reg-'));
  const entries = [];
  for (let i = 0; i < 500_000; i++) entries.push({ symbol: `${(i % 9973) + 1}/QĐ-UBND`, type: 'Quyết định', issuer: 'Ủy ban nhân dân tỉnh', jurisdiction: 'Thanh Hóa', date: `${1990 + (i % 36)}-0${(i % 9) + 1}-1${i % 9}`, title: `Về việc ban hành quy định số ${i}` });
  writeFileSync(join(ws, 'vanban.registry.json'), JSON.stringify({ version: 1, entries }));
  const t0 = performance.now();
  const { c, child } = await start(ws);
  const uri = `file://${ws}/a.md`;
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: seeds[4] } });
  const d = await c.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  console.log(`  cold start to first diagnostics with a 500,000-entry registry: ${ms(performance.now() - t0)} (${d.items.length} diagnostics), ${rssMB(child.pid).toFixed(0)} MB RSS`);
  child.kill();
  rmSync(ws, { recursive: true, force: true });
}
process.exit(0);
