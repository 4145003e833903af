'use strict';
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.tmp/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The preview page's scripts run in the browser as ES modules, with no build step.
    files: ['build/serve/public/**/*.js'],
    languageOptions: { sourceType: 'module' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // GTM runs the setup and each scenario in one scope: setup's names are used by the scenario files.
    files: ['template-src/tests/setup.js'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
);
