/** Jest runs TypeScript through SWC; every suite boots real servers, so suites run one per worker. */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  roots: ['<rootDir>/kit', '<rootDir>/router', '<rootDir>/subgraphs', '<rootDir>/test', '<rootDir>/sdk', '<rootDir>/cli'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
  maxWorkers: 2,
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
};
