'use strict';
// Launcher: runs bench/build-time.ts through the esbuild require hook.
require('../build/register').register();
require('./build-time.ts');
