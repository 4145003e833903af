'use strict';
// Runs one of the repo's TypeScript scripts (benchmarks, the fuzzer) through the esbuild require hook:
//   node build/run-ts.js FILE.ts [args...]
// A script that exports `main(args)` gets its arguments and its resolved number becomes the exit code;
// any other script simply runs when loaded.
const path = require('path');
require('./register').register();

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node build/run-ts.js FILE.ts [args...]\n');
  process.exit(2);
}
const script = require(path.resolve(file));
if (typeof script.main === 'function') {
  Promise.resolve(script.main(args)).then(
    (code) => {
      process.exitCode = typeof code === 'number' ? code : 0;
    },
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    },
  );
}
