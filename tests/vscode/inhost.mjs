// Runs tests/vscode/suite.ts (built to dist/test/suite.js) inside the real Node extension host of
// the VS Code server bundled in code-server, with the extension loaded from this folder: the
// offline equivalent of @vscode/test-electron. Chromium (Debian's, driven by playwright-core) only
// hosts the workbench page; the exit code arrives through codeAutomationExit.
// Usage: node tests/vscode/inhost.mjs  (env: CODE_SERVER_DIR, CHROMIUM, PORT, OUT_DIR)
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CS = process.env.CODE_SERVER_DIR ?? join(homedir(), '.cache/vanban-e2e/cs/node_modules/code-server');
const PORT = process.env.PORT ?? String(18000 + Math.floor(Math.random() * 1000));
const run = mkdtempSync(join(tmpdir(), 'vanban-inhost-'));
const OUT = process.env.OUT_DIR ?? join(ROOT, 'test-output', 'vscode');
mkdirSync(OUT, { recursive: true });
const ws = join(run, 'ws');
cpSync(join(ROOT, 'seeds'), join(ws, 'seeds'), { recursive: true });
mkdirSync(join(run, 'ud/User'), { recursive: true });
writeFileSync(join(run, 'ud/User/settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false }));

const env = { ...process.env, XDG_CONFIG_HOME: join(run, 'xdg-config'), XDG_DATA_HOME: join(run, 'xdg-data'), XDG_CACHE_HOME: join(run, 'xdg-cache'), TMPDIR: run };
const server = spawn(
  process.execPath,
  [join(CS, 'lib/vscode/out/server-main.js'), '--host', '127.0.0.1', '--port', PORT, '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-workspace-trust', '--disable-telemetry',
    '--user-data-dir', join(run, 'ud'), '--server-data-dir', join(run, 'sd'), '--extensions-dir', join(run, 'ext')],
  { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
);
server.stdout.on('data', (d) => appendFileSync(join(OUT, 'server.log'), d));
server.stderr.on('data', (d) => appendFileSync(join(OUT, 'server.log'), d));
const stop = () => { try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } };
process.on('exit', stop);

const base = `http://127.0.0.1:${PORT}`;
for (let i = 0; i < 120; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* not yet */ }
  await new Promise((r) => setTimeout(r, 500));
}
const remote = (p) => `vscode-remote://127.0.0.1:${PORT}${p}`;
const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(join(ROOT, 'dist/test/suite'))]]);
const url = `${base}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`;

const udd = mkdtempSync(join(run, 'chromium-'));
const context = await chromium.launchPersistentContext(udd, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  env: { ...process.env, HOME: udd, XDG_CONFIG_HOME: `${udd}/.config`, XDG_CACHE_HOME: `${udd}/.cache` },
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
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
