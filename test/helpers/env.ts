/** The environment of the process running the tests (the only place tests read it). */
export const testEnv = {
  MYSQL_URL: process.env.MYSQL_URL,
  REDIS_URL: process.env.REDIS_URL,
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  /** The PATH handed to CLI and script subprocesses (nothing else of the parent's environment leaks in). */
  PATH: process.env.PATH ?? '',
  /** Replays a tenant-isolation walk: its seed and length (printed by a failing run). */
  TENANT_ISOLATION_SEED: process.env.TENANT_ISOLATION_SEED,
  TENANT_ISOLATION_STEPS: process.env.TENANT_ISOLATION_STEPS,
  /** `npm run jepsen:banking` without its MariaDB restart (only the banking kills) when 'false'. */
  JEPSEN_RESTART_MARIADB: process.env.JEPSEN_RESTART_MARIADB,
  /** How many concurrent checkouts subgraphs/commerce/test/concurrency.test.ts sends (default 100; the 500). */
  COMMERCE_RUSH_CHECKOUTS: process.env.COMMERCE_RUSH_CHECKOUTS,
  /** "1" runs subgraphs/commerce/test/kill-restart.test.ts (MariaDB + Redis), which fails today on saga holes it found. */
  COMMERCE_KILL_TEST: process.env.COMMERCE_KILL_TEST,
};

/** What the browser test reads from the environment (not passed on to the services it starts). */
export const browserTestEnv = {
  /** Set by CI: without Chromium the browser test fails there instead of skipping. */
  CI: Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI!),
  /** Chromium for the browser test; default: Debian's /usr/bin/chromium. */
  CHROMIUM_PATH: process.env.CHROMIUM_PATH,
  /** Where the browser test saves a screenshot of the explorer (e.g. docs/explorer.png); unset: none. */
  EXPLORER_SCREENSHOT: process.env.EXPLORER_SCREENSHOT,
};
