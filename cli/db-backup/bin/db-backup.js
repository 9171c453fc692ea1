#!/usr/bin/env node
// Launcher for the `db-backup` command: runs the compiled CLI that `npm run build` writes to dist/.
let cli;
try {
  cli = require('../../../dist/cli/db-backup/src/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('db-backup/src/main.js')) {
    process.stderr.write('db-backup: not built yet; run "npm run build" first\n');
    process.exit(1);
  }
  throw error;
}
cli.runCli();
