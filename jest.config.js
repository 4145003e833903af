'use strict';
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '\\.ts$': '<rootDir>/build/jest-transform.js' },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Tag modules import the sandbox APIs from 'sgtm'; in jest they get the runtime's emulation.
  moduleNameMapper: { '^sgtm$': '<rootDir>/build/runtime/sgtm-module.ts' },
};
