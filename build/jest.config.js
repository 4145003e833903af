'use strict';
// The toolchain package's own tests (build/test), runnable on their own: `npx jest -c build/jest.config.js`.
module.exports = {
  displayName: 'sgtm-template',
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '\\.ts$': '<rootDir>/jest-transform.js' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^sgtm$': '<rootDir>/runtime/sgtm-module.ts' },
};
