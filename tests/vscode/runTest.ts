// `npm run test:vscode`, for machines with internet: the standard @vscode/test-electron runner
// downloads VS Code and runs the same suite (dist/test/suite.js) in it.
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = join(__dirname, '..', '..');
runTests({ extensionDevelopmentPath: root, extensionTestsPath: join(root, 'dist/test/suite'), launchArgs: [join(root, 'seeds'), '--disable-extensions'] }).catch((e) => {
  console.error(e);
  process.exit(1);
});
