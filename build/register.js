'use strict';
// Lets Node (the CLI, scripts) and jest load the toolchain's TypeScript directly: esbuild strips
// types per file in about a millisecond, so there is no separate compile step to forget or go stale.
const fs = require('fs');
const esbuild = require('esbuild');

function transformTypeScript(source, filename) {
  return esbuild.transformSync(source, {
    loader: filename.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: filename,
    // Lazy `import()` of our own TypeScript must go through this hook, i.e. through require().
    supported: { 'dynamic-import': false },
    // Strict, as tsc emits it for the project's `strict` tsconfig. It also keeps the host out of the
    // sandbox's reach: a sloppy function's `caller` is whoever called it, and the host's functions
    // call the template's (callbacks, toString); V8 shows no strict function as a caller.
    tsconfigRaw: { compilerOptions: { alwaysStrict: true } },
  }).code;
}

function register() {
  if (require.extensions['.ts']) return;
  require.extensions['.ts'] = (module, filename) => {
    module._compile(transformTypeScript(fs.readFileSync(filename, 'utf8'), filename), filename);
  };
}

module.exports = { transformTypeScript, register };
