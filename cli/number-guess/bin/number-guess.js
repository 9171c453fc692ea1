#!/usr/bin/env node
// Launcher for the `number-guess` command: runs the compiled CLI that `npm run build` writes to dist/.
let cli;
try {
  cli = require('../../../dist/cli/number-guess/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('number-guess/main.js')) {
    process.stderr.write('number-guess: not built yet; run "npm run build" first\n');
    process.exit(1);
  }
  throw error;
}
cli.runCli();
