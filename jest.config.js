'use strict';
// Two projects: the toolchain package's tests beside it (build/test) and the tag's (test/).
module.exports = {
  projects: [
    '<rootDir>/build/jest.config.js',
    {
      displayName: 'tag',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: { '\\.ts$': '<rootDir>/build/jest-transform.js' },
      moduleFileExtensions: ['ts', 'js', 'json'],
      // Tag modules import the sandbox APIs from 'sgtm'; in jest they get the runtime's emulation.
      moduleNameMapper: { '^sgtm$': '<rootDir>/build/runtime/sgtm-module.ts' },
    },
  ],
};
