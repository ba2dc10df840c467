// Runs tests/vscode/suite.ts (built to dist/test/suite.js) inside the real Node extension host of
// the VS Code server bundled in code-server, with the extension loaded from this folder: the
// offline equivalent of @vscode/test-electron. Chromium (Debian's, driven by playwright-core) only
// hosts the workbench page; the exit code arrives through codeAutomationExit.
// Usage: node tests/vscode/inhost.mjs  (env: CODE_SERVER_DIR, CHROMIUM, PORT, OUT_DIR)
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, profile, stopGroup, waitForHttp } from './harness.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CS = process.env.CODE_SERVER_DIR ?? join(homedir(), '.cache/vanban-e2e/cs/node_modules/code-server');
const PORT = process.env.PORT ?? String(18000 + Math.floor(Math.random() * 1000));
const run = mkdtempSync(join(tmpdir(), 'vanban-inhost-'));
const OUT = process.env.OUT_DIR ?? join(ROOT, 'test-output', 'vscode');
mkdirSync(OUT, { recursive: true });
const ws = join(run, 'ws');
cpSync(join(ROOT, 'seeds'), join(ws, 'seeds'), { recursive: true });
const env = profile(run);
const server = spawn(
  process.execPath,
  [join(CS, 'lib/vscode/out/server-main.js'), '--host', '127.0.0.1', '--port', PORT, '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-workspace-trust', '--disable-telemetry',
    '--user-data-dir', join(run, 'ud'), '--server-data-dir', join(run, 'sd'), '--extensions-dir', join(run, 'ext')],
  { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
);
server.stdout.on('data', (d) => appendFileSync(join(OUT, 'server.log'), d));
server.stderr.on('data', (d) => appendFileSync(join(OUT, 'server.log'), d));
const stop = () => stopGroup(server);
process.on('exit', stop);

const base = `http://127.0.0.1:${PORT}`;
await waitForHttp(base);
const remote = (p) => `vscode-remote://127.0.0.1:${PORT}${p}`;
const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(join(ROOT, 'dist/test/suite'))]]);
const url = `${base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`;

const context = await launchChromium(run);
let exit;
const exited = new Promise((r) => { exit = r; });
await context.exposeFunction('codeAutomationLog', (type, args) => {
  const line = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  appendFileSync(join(OUT, 'exthost.log'), `${type} ${line}\n`);
  if (/in-host test/.test(line)) console.log(line);
});
await context.exposeFunction('codeAutomationExit', (code) => exit(code));
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url, { waitUntil: 'domcontentloaded' });
const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), Number(process.env.TEST_TIMEOUT_MS ?? 180_000)))]);
await page.screenshot({ path: join(OUT, 'inhost.png') }).catch(() => {});
await context.close();
stop();
console.log(`extension host tests exit code: ${code}`);
process.exit(code === 0 ? 0 : 1);
