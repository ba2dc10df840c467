// Neovim 0.7 (Debian's, installed by .ci/run) as a second real LSP client over stdio.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';

const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const present = nvim.status === 0;

describe.skipIf(!present && !process.env['CI'])('Neovim as an LSP client', () => {
  it('gets the seed diagnostics and a hover', () => {
    expect(present, 'nvim must be installed in CI (see .ci/run)').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'vanban-nvim-'));
    const file = join(dir, '000.txt');
    copyFileSync(join(ROOT, 'seeds/000_a1f4c7e40e8ca17c.txt'), file);
    const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(ROOT, 'tests/nvim/vanban_e2e.lua')}`], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, VANBAN_SERVER: join(ROOT, 'dist/server.js'), VANBAN_FILE: file, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir, XDG_CACHE_HOME: dir },
    });
    const output = `${r.stdout}${r.stderr}`;
    expect(output, output).toContain('nvim: 2 passed, 0 failed');
    expect(output).toContain('codes VB101,VB101,VB106,VB203,VB302,VB403');
    expect(r.status).toBe(0);
  });
});
