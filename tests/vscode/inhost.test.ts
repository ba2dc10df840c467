// The extension in a real VS Code: code-server's VS Code server and extension host, the extension
// loaded from this folder, tests/vscode/suite.ts run inside it (see inhost.mjs). .ci/run installs
// code-server and Chromium; elsewhere the test runs when they are there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const codeServer = process.env['CODE_SERVER_DIR'] ?? join(homedir(), '.cache/vanban-e2e/cs/node_modules/code-server');
const present = existsSync(join(codeServer, 'lib/vscode/out/server-main.js')) && existsSync('/usr/bin/chromium');

describe.skipIf(!present && !process.env['CI'])('VS Code extension host (code-server)', () => {
  it('activates on a seed: diagnostics, hover, definition, references, a quick fix applied', () => {
    expect(present, 'code-server and chromium must be installed in CI (see .ci/run)').toBe(true);
    const r = spawnSync(process.execPath, [join(ROOT, 'tests/vscode/inhost.mjs')], { encoding: 'utf8', timeout: 240_000, env: { ...process.env, CODE_SERVER_DIR: codeServer } });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(output, output).toContain('in-host tests: 6 passed, 0 failed');
    expect(r.status, output).toBe(0);
  });
});
