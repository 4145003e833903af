'use strict';
// Launcher: runs bench/refresh-session.ts through the TypeScript require hook.
require('../build/register').register();
require('./refresh-session.ts')
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
