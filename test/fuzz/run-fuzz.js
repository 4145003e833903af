'use strict';
// Launcher for `npm run fuzz`: loads the TypeScript runner through the esbuild require hook.
require('../../build/register').register();
require('./run-fuzz.ts')
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
      process.exitCode = 2;
    },
  );
