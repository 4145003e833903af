'use strict';
// The type check runs in this worker thread, in parallel with bundling and checking on the main
// thread. It stays alive between builds in one process (it is unref'd), keeping TypeScript's
// builder state, so rebuilds re-check only changed files.
const { parentPort } = require('node:worker_threads');
require('../register').register();
const { typecheck } = require('./typecheck.ts');

parentPort.on('message', ({ entry, rootDir, tsconfig, signal, port }) => {
  let reply;
  try {
    reply = { diagnostics: typecheck(entry, rootDir, tsconfig) };
  } catch (error) {
    reply = { error: error && error.stack ? error.stack : String(error) };
  }
  port.postMessage(reply);
  port.close();
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
