// Lets a child process run the TypeScript sources directly (`node -r ./test/helpers/ts-register.js x.ts`),
// compiling each file with SWC as it is required, so multi-process tests need no separate build.
// Compiled files are kept in a cache under the temp directory, keyed by a hash of the source: CLI
// tests start dozens of processes that load the same modules (a start of the expense-tracker CLI:
// 0.6–0.8 s with the cache, 0.8–1.0 s compiling every file).
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const swc = require('@swc/core');

const OPTIONS = {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022', keepClassNames: true },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};
const CACHE = path.join(os.tmpdir(), `hubgraph-swc-${swc.version}`);
const SALT = JSON.stringify(OPTIONS);

require.extensions['.ts'] = function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha256').update(SALT).update(filename).update(source).digest('hex');
  const cached = path.join(CACHE, `${key}.js`);
  let code;
  try {
    code = fs.readFileSync(cached, 'utf8');
  } catch {
    code = swc.transformSync(source, { ...OPTIONS, filename }).code;
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      const partial = `${cached}.${process.pid}.tmp`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, cached); // atomic: a concurrent reader sees the whole file or none
    } catch {
      // A cache that cannot be written only costs the next process a compile.
    }
  }
  module._compile(code, filename);
};
