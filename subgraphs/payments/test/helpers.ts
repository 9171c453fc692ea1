import { gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import type { TestStack } from '../../../test/helpers/stack';
import { User } from '../../identity/src/entities';

export const PI_FIELDS = `id amount currency status captureMethod reference paymentMethod amountCapturable amountReceived amountRefunded
  lastPaymentError { code declineCode message } nextAction { type } processor cancellationReason owner { id }`;

export const CREATE = `mutation($input: CreatePaymentIntentInput!, $key: String) {
  createPaymentIntent(input: $input, idempotencyKey: $key) { paymentIntent { ${PI_FIELDS} } errors { field message code } }
}`;
export const CONFIRM = `mutation($id: ID!, $pm: String, $key: String) {
  confirmPaymentIntent(id: $id, paymentMethod: $pm, idempotencyKey: $key) { paymentIntent { ${PI_FIELDS} } errors { field message code } }
}`;
export const CONFIRM_3DS = `mutation($id: ID!, $ok: Boolean!, $key: String) {
  confirm3ds(id: $id, succeeded: $ok, idempotencyKey: $key) { paymentIntent { ${PI_FIELDS} } errors { field message code } }
}`;
export const CAPTURE = `mutation($id: ID!, $amount: Int, $key: String) {
  capturePaymentIntent(id: $id, amount: $amount, idempotencyKey: $key) { paymentIntent { ${PI_FIELDS} } errors { field message code } }
}`;
export const CANCEL = `mutation($id: ID!, $reason: String, $key: String) {
  cancelPaymentIntent(id: $id, reason: $reason, idempotencyKey: $key) { paymentIntent { ${PI_FIELDS} } errors { field message code } }
}`;
export const REFUND = `mutation($id: ID!, $amount: Int, $reason: String, $key: String) {
  refundPaymentIntent(id: $id, amount: $amount, reason: $reason, idempotencyKey: $key) {
    refund { id amount currency status reason paymentIntent { id } }
    paymentIntent { id status amountReceived amountRefunded }
    errors { field message code }
  }
}`;
export const GET = `query($id: ID!) { paymentIntent(id: $id) { ${PI_FIELDS} refunds(first: 10) { totalCount edges { node { id amount status } } } } }`;

/** Creates a PaymentIntent through the router; returns the payload. */
export async function createIntent(url: string, user: TestUser, input: Record<string, unknown>, key?: string) {
  const res = await gql(url, CREATE, { input: { amount: 1000, currency: 'EUR', ...input }, key }, { token: user.token });
  if (res.body.errors) throw new Error(`createPaymentIntent failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.createPaymentIntent as { paymentIntent: any; errors: any[] };
}

/** A new user holding the admin role, and a fresh token carrying it. */
export async function signUpAdmin(stack: TestStack, name: string): Promise<TestUser> {
  const user = await signUpUser(stack.url, name);
  const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
  await identity.orm.em.fork().nativeUpdate(User, { id: user.id }, { roles: ['user', 'admin'] });
  return { ...user, token: await logInUser(stack.url, user.email) };
}

export function paymentsOrm(stack: TestStack) {
  return stack.subgraphs.find((s) => s.name === 'payments')!.orm;
}
