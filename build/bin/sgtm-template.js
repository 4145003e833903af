#!/usr/bin/env node
'use strict';
require('../register').register();
const { main } = require('../cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // main() reports every error itself; this is the last resort, still without a stack trace.
    process.stderr.write(`sgtm-template: ${error && error.message ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
