#!/usr/bin/env node
'use strict';
require('../register').register();
const { main } = require('../cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`sgtm-template: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
