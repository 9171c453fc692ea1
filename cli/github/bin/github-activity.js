#!/usr/bin/env node
// Launcher for the `github-activity` command: runs the compiled CLI that `npm run build` writes to dist/.
let cli;
try {
  cli = require('../../../dist/cli/github/activity.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('github/activity.js')) {
    process.stderr.write('github-activity: not built yet; run "npm run build" first\n');
    process.exit(1);
  }
  throw error;
}
cli.runCli();
