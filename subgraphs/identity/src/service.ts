import argon2 from 'argon2';
import type { UserError } from '../../../kit';
import { conflictError, fieldError } from '../../../kit';
import type { Em } from '../../../kit';
import { User, type UserRow } from './entities';
import type { KeyStore } from './keys';

/**
 * argon2id with OWASP's password-storage minimum (19 MiB memory, 2 passes, 1 lane): about 25 ms per
 * hash on this class of machine. Parameters live in each PHC string, so raising them later keeps old
 * hashes verifiable.
 */
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,}$/;

export interface SignUpInput {
  email: string;
  password: string;
  displayName?: string | null;
}

export type AuthResult =
  | { ok: true; user: UserRow; accessToken: string; expiresAt: Date }
  | { ok: false; errors: UserError[] };

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks a sign-up form and returns every problem, one per field. */
export function validateSignUp(input: SignUpInput): UserError[] {
  const errors: UserError[] = [];
  const email = normaliseEmail(input.email);
  if (email.length > 254 || !EMAIL.test(email)) errors.push(fieldError('input.email', 'Enter a valid e-mail address.'));
  if (input.password.length < 8) errors.push(fieldError('input.password', 'Use at least 8 characters.'));
  if (input.password.length > 128) errors.push(fieldError('input.password', 'Use at most 128 characters.'));
  if (input.displayName != null) {
    const name = input.displayName.trim();
    if (name.length < 1 || name.length > 80) errors.push(fieldError('input.displayName', 'Use 1 to 80 characters.'));
  }
  return errors;
}

/** Sign-up, log-in and token issuing; no GraphQL in here. */
export class IdentityService {
  /** A hash to verify against when the e-mail is unknown, so both paths take the same time. */
  private decoy?: Promise<string>;

  constructor(private readonly keys: KeyStore) {}

  private decoyHash(): Promise<string> {
    return (this.decoy ??= argon2.hash('decoy-password-for-timing', ARGON2_OPTIONS));
  }

  async signUp(em: Em, input: SignUpInput): Promise<AuthResult> {
    const errors = validateSignUp(input);
    if (errors.length) return { ok: false, errors };
    const email = normaliseEmail(input.email);
    if (await em.count(User, { email })) {
      return { ok: false, errors: [conflictError('input.email', 'An account with this e-mail already exists.')] };
    }
    const passwordHash = await argon2.hash(input.password, ARGON2_OPTIONS);
    const displayName = input.displayName?.trim() || email.split('@')[0].slice(0, 80);
    const user = em.create(User, { email, displayName, passwordHash, roles: ['user'] });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof Error && error.name === 'UniqueConstraintViolationException') {
        return { ok: false, errors: [conflictError('input.email', 'An account with this e-mail already exists.')] };
      }
      throw error;
    }
    return this.issue(em, user);
  }

  async logIn(em: Em, emailInput: string, password: string): Promise<AuthResult> {
    const email = normaliseEmail(emailInput);
    const user = email.length <= 254 ? await em.findOne(User, { email }) : null;
    const hash = user?.passwordHash ?? (await this.decoyHash());
    const valid = password.length <= 1024 && (await argon2.verify(hash, password).catch(() => false));
    if (!user || !valid) {
      return {
        ok: false,
        errors: [{ field: null, message: 'E-mail or password is incorrect.', code: 'UNAUTHENTICATED' }],
      };
    }
    return this.issue(em, user);
  }

  private async issue(em: Em, user: UserRow): Promise<AuthResult> {
    const { token, expiresAt } = await this.keys.sign(em, { userId: user.id, roles: user.roles, tenantId: null });
    return { ok: true, user, accessToken: token, expiresAt };
  }
}
