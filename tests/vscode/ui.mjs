// What a user sees: code-server with the built vanban.vsix installed, driven through Debian's
// Chromium by playwright-core. Opens a seed, waits for the squiggles, reads the Problems panel
// rows, hovers a citation and reads the hover card, saves screenshots under test-output/vscode/.
// Usage: node tests/vscode/ui.mjs [path/to/vanban.vsix]   (env: CODE_SERVER_DIR, CHROMIUM, WAIT_MS)
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, profile, stopGroup, waitForHttp } from './harness.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const VSIX = resolve(process.argv[2] ?? join(ROOT, 'vanban.vsix'));
const CS = process.env.CODE_SERVER_DIR ?? join(homedir(), '.cache/vanban-e2e/cs/node_modules/code-server');
const BIN = join(CS, 'out/node/entry.js');
const PORT = String(19000 + Math.floor(Math.random() * 1000));
const WAIT = Number(process.env.WAIT_MS ?? 60_000);
const OUT = join(ROOT, 'test-output', 'vscode');
mkdirSync(OUT, { recursive: true });
const run = mkdtempSync(join(tmpdir(), 'vanban-ui-'));
const ws = join(run, 'ws');
cpSync(join(ROOT, 'seeds'), join(ws, 'seeds'), { recursive: true });
const env = profile(run, { 'extensions.autoCheckUpdates': false, 'update.mode': 'none', 'security.workspace.trust.enabled': false, 'editor.hover.delay': 100 });
const dirs = ['--user-data-dir', join(run, 'ud'), '--extensions-dir', join(run, 'ext')];
execFileSync(process.execPath, [BIN, ...dirs, '--install-extension', VSIX], { env, stdio: 'ignore' });
if (process.env.VANBAN_BREAK_SERVER) {
  // the negative check: a server that exits at once must make this test fail
  const installed = execFileSync('bash', ['-c', `ls -d ${join(run, 'ext')}/vanban.vanban-*`], { encoding: 'utf8' }).trim();
  writeFileSync(join(installed, 'dist/server.js'), 'process.exit(1);\n');
}
const server = spawn(process.execPath, [BIN, '--bind-addr', `127.0.0.1:${PORT}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...dirs, ws], {
  env,
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.on('data', (d) => appendFileSync(join(OUT, 'code-server.log'), d));
server.stderr.on('data', (d) => appendFileSync(join(OUT, 'code-server.log'), d));
const stop = () => stopGroup(server);
process.on('exit', stop);
const base = `http://127.0.0.1:${PORT}`;
await waitForHttp(`${base}/healthz`);
const context = await launchChromium(run);
const page = context.pages()[0] ?? (await context.newPage());
const result = { ok: false, problems: [], hover: '' };
try {
  await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
  const file = '004_e0d6b72e0ffed4f2.txt';
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 15_000 });
  await page.keyboard.type(file, { delay: 10 });
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${file}"]`, { timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines .view-line', { timeout: 15_000 });
  // the squiggles: VB301 and VB403 are errors, VB101 warnings
  await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: WAIT });
  await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: WAIT });
  await page.screenshot({ path: join(OUT, 'squiggles.png') });
  // the Problems panel
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'VB301' }).first().waitFor({ timeout: 30_000 });
  result.problems = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  await page.screenshot({ path: join(OUT, 'problems.png') });
  // the status-bar item: "Vanban <findings of the open file>"
  const status = page.locator('.statusbar-item', { hasText: /Vanban \d+/ }).first();
  await status.waitFor({ timeout: 30_000 });
  result.status = (await status.innerText()).replace(/\s+/g, ' ').trim();
  // hover the citation in the reference list ("Nghị quyết số 52-NQ/TW" near the start of line 27):
  // close the panel, go to the line, and find the span the injected grammar gives the symbol
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
  const line27 = readFileSync(join(ROOT, 'seeds', file), 'utf8').split('\n')[26];
  const column = line27.indexOf('52-NQ/TW') + 3;
  await page.keyboard.press('Control+G');
  await page.keyboard.type(`27:${column}`, { delay: 10 });
  await page.keyboard.press('Enter');
  // the caret now sits inside the symbol: hover where it is drawn
  const caret = page.locator('.monaco-editor .cursors-layer .cursor').first();
  await caret.waitFor({ timeout: 15_000 });
  const box = await caret.boundingBox();
  for (let i = 0; i < 6 && !/Bộ Chính trị/.test(result.hover); i++) {
    await page.mouse.move(box.x - 6 + i * 3, box.y + box.height / 2);
    await page.mouse.move(box.x - 2 + i * 3, box.y + box.height / 2);
    try {
      const card = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Bộ Chính trị' }).first();
      await card.waitFor({ timeout: 5_000 });
      result.hover = (await card.innerText()).replace(/\s+/g, ' ');
    } catch {
      /* move and try again */
    }
  }
  await page.screenshot({ path: join(OUT, 'hover.png') });
  result.ok = result.problems.some((p) => p.includes('VB301')) && /Bộ Chính trị/.test(result.hover);
} catch (e) {
  result.error = String(e?.message ?? e);
  await page.screenshot({ path: join(OUT, 'failure.png') }).catch(() => {});
} finally {
  await context.close();
  stop();
}
console.log(JSON.stringify(result, null, 1));
console.log(result.ok ? 'ui: 1 passed, 0 failed' : 'ui: 0 passed, 1 failed');
process.exit(result.ok ? 0 : 1);
