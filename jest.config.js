/** Jest runs TypeScript through SWC; every suite boots real servers, so suites run one per worker. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  // A suite that starts every subgraph migrates 21 fresh schemas first (on MariaDB that takes a while).
  testTimeout: 120000,
  maxWorkers: 2,
  // A worker runs dozens of suites, each booting a whole stack (ORMs, sharp, the AWS SDK); one that
  // has grown past this after a suite is replaced by a fresh one instead of running out of heap.
  workerIdleMemoryLimit: '1200MB',
  // On MySQL: the server must allow the connections of two running stacks (test/global-setup.ts).
  globalSetup: '<rootDir>/test/global-setup.ts',
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
};
