// What a user sees, in code-server with the built .vsix installed (tests/vscode/ui.mjs): squiggles,
// Problems panel rows, the hover card, screenshots in test-output/vscode/. And the negative check:
// with a language server that exits at once, the same test must fail.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const codeServer = process.env['CODE_SERVER_DIR'] ?? join(homedir(), '.cache/vanban-e2e/cs/node_modules/code-server');
const present = existsSync(join(codeServer, 'out/node/entry.js')) && existsSync('/usr/bin/chromium');
const vsix = join(ROOT, 'test-output', 'vanban.vsix');

function ui(env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'tests/vscode/ui.mjs'), vsix], { encoding: 'utf8', timeout: 240_000, env: { ...process.env, CODE_SERVER_DIR: codeServer, ...env } });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe.skipIf(!present && !process.env['CI'])('the .vsix in code-server, through Chromium', () => {
  beforeAll(() => {
    expect(present, 'code-server and chromium must be installed in CI (see .ci/run)').toBe(true);
    // `npm run package`, into test-output/ (the README's packaging command writes vanban.vsix)
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix], { cwd: ROOT, stdio: 'ignore' });
  });

  it('shows squiggles, Problems panel rows and a hover card on a seed', () => {
    const r = ui();
    expect(r.output, r.output).toContain('ui: 1 passed, 0 failed');
    expect(r.output).toMatch(/VB301 \[Ln 13, Col 297\]/);
    expect(r.output).toMatch(/"hover": "Nghị quyết 52-NQ\/TW .*Bộ Chính trị/);
    // the status bar counts the open file's findings: as many as its rows in the Problems panel
    const json = r.output.slice(r.output.indexOf('{\n "ok"'));
    const shown = JSON.parse(json.slice(0, json.indexOf('\n}') + 2)) as { problems: string[]; status: string };
    const rows = shown.problems.filter((p) => /VB\d{3}/.test(p)).length;
    expect(rows).toBeGreaterThan(0);
    expect(shown.status).toBe(`Vanban ${rows}`);
    expect(r.code).toBe(0);
  });

  it('fails when the language server exits at once', () => {
    const r = ui({ VANBAN_BREAK_SERVER: '1', WAIT_MS: '15000' });
    expect(r.output).toContain('ui: 0 passed, 1 failed');
    expect(r.code).toBe(1);
  });
});
