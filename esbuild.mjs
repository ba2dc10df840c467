// Bundles the command line (and, later, the language server and the extension client)
// into dist/. Run by `npm ci` through the `prepare` script, so a fresh clone has a working CLI.
// 'module' first: jsonc-parser's UMD build hides its requires from the bundler.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const common = { bundle: true, mainFields: ['module', 'main'], platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['server/src/cli/main.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync('dist/cli.js', 0o755);

// The language server, for the extension (IPC) and any other LSP editor (--stdio).
await build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' });

// The VS Code extension; 'vscode' is the editor's own module.
await build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });

// The in-editor test module (exports run()), for code-server's extension host and @vscode/test-electron.
await build({ ...common, entryPoints: ['tests/vscode/suite.ts'], outfile: 'dist/test/suite.js', external: ['vscode'] });

// The @vscode/test-electron runner (downloads VS Code: only where there is internet).
if (process.argv.includes('--vscode-runner')) {
  await build({ ...common, entryPoints: ['tests/vscode/runTest.ts'], outfile: 'dist/test/runTest.js' });
}

// The benchmark, bundled the same way so it measures what ships.
if (process.argv.includes('--bench')) {
  await build({ ...common, entryPoints: ['tests/bench/bench.ts'], outfile: 'dist/bench.js' });
}
