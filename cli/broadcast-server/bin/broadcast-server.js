#!/usr/bin/env node
// Launcher for the `broadcast-server` command: runs the compiled CLI that `npm run build` writes to dist/.
let cli;
try {
  cli = require('../../../dist/cli/broadcast-server/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('broadcast-server/main.js')) {
    process.stderr.write('broadcast-server: not built yet; run "npm run build" first\n');
    process.exit(1);
  }
  throw error;
}
cli.runCli();
