/**
 * Stripe-style webhook signatures: `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload">`.
 * Outbound deliveries are signed with their endpoint's secret; inbound provider events are verified
 * with STRIPE_WEBHOOK_SECRET within a tolerance window (a replayed old request is refused).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'stripe-signature';

/** A new endpoint secret, `whsec_` and 32 random bytes in base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

function hmac(secret: string, timestamp: number, payload: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
}

/** The header value for `payload` signed at `at`. */
export function signPayload(payload: string, secret: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${hmac(secret, t, payload)}`;
}

export type SignatureProblem = 'missing' | 'malformed' | 'mismatch' | 'expired';

/** Why `header` does not sign `payload` with `secret` at `now` within `toleranceSeconds`, or null when it does. */
export function signatureProblem(
  payload: string,
  header: string | undefined,
  secret: string,
  now: Date,
  toleranceSeconds: number,
): SignatureProblem | null {
  if (!header) return 'missing';
  let t: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && value && /^\d{1,12}$/.test(value)) t = Number(value);
    else if (name === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (t === null || signatures.length === 0 || signatures.length > 8) return 'malformed';
  const expected = Buffer.from(hmac(secret, t, payload), 'hex');
  if (!signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected))) return 'mismatch';
  if (Math.abs(Math.floor(now.getTime() / 1000) - t) > toleranceSeconds) return 'expired';
  return null;
}
