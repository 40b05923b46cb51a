/**
 * Real-browser tests: `npm run test:browser`, never part of `npm test`.
 * They drive Debian's Chromium through playwright-core against the built
 * Custom UI, so `npm run build:ui` must have run first.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 240_000,
  maxWorkers: 1,
};
