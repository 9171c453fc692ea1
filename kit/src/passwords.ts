import argon2 from 'argon2';

/** The cost of a password hash (argon2id): memory in KiB and passes; one lane. */
export interface PasswordHashSettings {
  PASSWORD_HASH_MEMORY_KIB: number;
  PASSWORD_HASH_PASSES: number;
}

/**
 * OWASP's password-storage minimum for argon2id: 19 MiB of memory, 2 passes, 1 lane — about 20 ms
 * per hash on this class of machine. The default everywhere, and the floor outside tests.
 */
export const OWASP_PASSWORD_HASH: PasswordHashSettings = { PASSWORD_HASH_MEMORY_KIB: 19_456, PASSWORD_HASH_PASSES: 2 };

/**
 * Hashes a password (argon2id PHC string). The parameters live in the string, so hashes made at one
 * cost verify at any other, and raising the cost later keeps old hashes verifiable.
 */
export function hashPassword(settings: PasswordHashSettings, password: string): Promise<string> {
  return argon2.hash(password, {
    type: argon2.argon2id,
    memoryCost: settings.PASSWORD_HASH_MEMORY_KIB,
    timeCost: settings.PASSWORD_HASH_PASSES,
    parallelism: 1,
  });
}

/**
 * Problems with a cost below OWASP's minimum outside NODE_ENV=test: test suites sign up thousands of
 * users and may hash at 1 MiB and 1 pass (still real argon2id); nothing else may.
 */
export function passwordHashProblems(config: PasswordHashSettings & { NODE_ENV: string }): string[] {
  if (config.NODE_ENV === 'test') return [];
  const problems: string[] = [];
  if (config.PASSWORD_HASH_MEMORY_KIB < OWASP_PASSWORD_HASH.PASSWORD_HASH_MEMORY_KIB) {
    problems.push(`PASSWORD_HASH_MEMORY_KIB: at least ${OWASP_PASSWORD_HASH.PASSWORD_HASH_MEMORY_KIB} (OWASP's minimum) outside tests`);
  }
  if (config.PASSWORD_HASH_PASSES < OWASP_PASSWORD_HASH.PASSWORD_HASH_PASSES) {
    problems.push(`PASSWORD_HASH_PASSES: at least ${OWASP_PASSWORD_HASH.PASSWORD_HASH_PASSES} (OWASP's minimum) outside tests`);
  }
  return problems;
}
