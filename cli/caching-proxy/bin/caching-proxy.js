#!/usr/bin/env node
// Launcher for the `caching-proxy` command: runs the compiled CLI that `npm run build` writes to dist/.
let cli;
try {
  cli = require('../../../dist/cli/caching-proxy/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('caching-proxy/main.js')) {
    process.stderr.write('caching-proxy: not built yet; run "npm run build" first\n');
    process.exit(1);
  }
  throw error;
}
cli.runCli();
