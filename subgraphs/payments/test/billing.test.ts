import { TestClock } from '../../../test/helpers/clock';
import { addToTenant, errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { Tenant } from '../../identity/src/entities';
import { TenantInvoice, TenantSubscription } from '../src/entities';

/**
 * Catalogue #55, per-tenant billing through payments: a plan is bought by paying its invoice's
 * PaymentIntent; a declined renewal starts a grace period, then the tenant is read-only until it pays;
 * plans carry member quotas that identity enforces.
 */

const BILLING = `{ tenantBilling { plan { code maxMembers } status currentPeriodEnd graceUntil
  openInvoice { id amount currency status plan { code } paymentIntent { id status } } } }`;
const CHANGE = `mutation($p: TenantPlanCode!) { changeTenantPlan(plan: $p) {
  billing { plan { code } status } invoice { id amount status paymentIntent { id } } errors { field code message } } }`;
const CONFIRM = `mutation($id: ID!, $m: String) { confirmPaymentIntent(id: $id, paymentMethod: $m) {
  paymentIntent { status } errors { code } } }`;
const CREATE_TASK = 'mutation($t: String!) { createTask(input: { title: $t }) { task { id } errors { code } } }';
const DAY = 86_400_000;

const as = (user: TestUser) => ({ token: user.token, headers: { 'x-hubgraph-tenant': user.tenantId } });

describe('payments: tenant plans and billing (#55)', () => {
  let stack: TestStack;
  const clock = new TestClock();
  let admin: TestUser;

  const billing = async (user: TestUser) => {
    const res = await gql(stack.url, BILLING, {}, as(user));
    if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
    return res.body.data.tenantBilling;
  };
  const paymentsEm = () => stack.subgraphs.find((s) => s.name === 'payments')!.orm.em.fork();
  const identityEm = () => stack.subgraphs.find((s) => s.name === 'identity')!.orm.em.fork();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'payments', 'work'],
      clock,
      env: { BILLING_SWEEP_MS: '100', BILLING_GRACE_DAYS: '7', BILLING_PERIOD_DAYS: '30' },
    });
    admin = await signUpUser(stack.url, 'billing-admin');
  });

  it('lists plans publicly and starts every tenant on FREE; only ADMINs see and change billing', async () => {
    const plans = await gql(stack.url, '{ tenantPlans { code amount currency maxMembers } }', {});
    expect(plans.body.data.tenantPlans.map((p: { code: string }) => p.code)).toEqual(['FREE', 'TEAM', 'BUSINESS']);
    expect(await billing(admin)).toMatchObject({ plan: { code: 'FREE', maxMembers: 10 }, status: 'ACTIVE', openInvoice: null });
    const employee = await signUpUser(stack.url, 'billing-employee');
    const employeeAuth = await addToTenant(stack.url, admin, employee, 'MANAGER');
    expect(errorCodes(await gql(stack.url, CHANGE, { p: 'TEAM' }, employeeAuth))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, BILLING, {}, employeeAuth))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, CHANGE, { p: 'GOLD' }, as(admin)))).toEqual(['BAD_USER_INPUT']);
  });

  it('changes the plan once its invoice is paid, and charges two concurrent confirmations once', async () => {
    const changed = await gql(stack.url, CHANGE, { p: 'TEAM' }, as(admin));
    expect(changed.body.data.changeTenantPlan).toMatchObject({
      billing: { plan: { code: 'FREE' } },
      invoice: { amount: 1900, status: 'OPEN' },
      errors: [],
    });
    const pi = changed.body.data.changeTenantPlan.invoice.paymentIntent.id;
    // Asking again for the same plan finds the same invoice.
    const again = await gql(stack.url, CHANGE, { p: 'TEAM' }, as(admin));
    expect(again.body.data.changeTenantPlan.invoice.id).toBe(changed.body.data.changeTenantPlan.invoice.id);

    const both = await Promise.all([1, 2].map(() => gql(stack.url, CONFIRM, { id: pi, m: 'pm_card_visa' }, as(admin))));
    expect(both.filter((r) => r.body.data.confirmPaymentIntent.errors.length === 0)).toHaveLength(1);
    const paid = await eventually(async () => {
      const now = await billing(admin);
      expect(now).toMatchObject({ plan: { code: 'TEAM', maxMembers: 50 }, status: 'ACTIVE', openInvoice: null });
      return now;
    });
    expect(new Date(paid.currentPeriodEnd).getTime()).toBe(clock.now().getTime() + 30 * DAY);
    const invoices = await paymentsEm().find(TenantInvoice, { tenantId: admin.tenantId });
    expect(invoices.map((i) => i.status)).toEqual(['PAID']);
    // identity keeps the new member limit.
    await eventually(async () => expect((await identityEm().findOneOrFail(Tenant, { id: admin.tenantId })).maxMembers).toBe(50));
  });

  it('turns a declined renewal into a grace period, then read-only until the invoice is paid', async () => {
    const other = await signUpUser(stack.url, 'unaffected-admin');
    // The saved card stops working (say, it expired).
    await paymentsEm().nativeUpdate(TenantSubscription, { tenantId: admin.tenantId }, { paymentMethodToken: 'pm_card_chargeDeclined' });
    clock.advance(30 * DAY + 1000);
    const pastDue = await eventually(async () => {
      const now = await billing(admin);
      expect(now).toMatchObject({ plan: { code: 'TEAM' }, status: 'PAST_DUE', openInvoice: { status: 'OPEN', amount: 1900 } });
      return now;
    }, 8000);
    expect(new Date(pastDue.graceUntil).getTime()).toBe(clock.now().getTime() + 7 * DAY);
    // Grace: everything still works.
    expect((await gql(stack.url, CREATE_TASK, { t: 'in grace' }, as(admin))).body.data.createTask.errors).toEqual([]);
    expect(errorCodes(await gql(stack.url, CHANGE, { p: 'FREE' }, as(admin)))).toEqual([]);
    expect((await gql(stack.url, CHANGE, { p: 'FREE' }, as(admin))).body.data.changeTenantPlan.errors).toEqual([
      expect.objectContaining({ code: 'CONFLICT' }),
    ]);

    clock.advance(7 * DAY + 1000);
    await eventually(async () => expect(await billing(admin)).toMatchObject({ status: 'READ_ONLY' }), 8000);
    const refused = await eventually(async () => {
      const res = await gql(stack.url, CREATE_TASK, { t: 'read-only' }, as(admin));
      expect(res.status).toBe(403);
      return res;
    });
    expect(refused.body.errors![0]!.extensions?.code).toBe('TENANT_READ_ONLY');
    expect(refused.body.errors![0]!.message).toMatch(/invoice is overdue/);
    // Reads still work, and another tenant is not affected.
    expect((await gql(stack.url, '{ tasks(first: 5) { totalCount } }', {}, as(admin))).body.data.tasks.totalCount).toBe(1);
    expect((await gql(stack.url, CREATE_TASK, { t: 'elsewhere' }, as(other))).body.data.createTask.errors).toEqual([]);

    // Paying the open invoice with another card (allowed while read-only) makes the tenant writable again.
    const open = (await billing(admin)).openInvoice;
    const declinedAgain = await gql(stack.url, CONFIRM, { id: open.paymentIntent.id, m: 'pm_card_chargeDeclined' }, as(admin));
    expect(declinedAgain.body.data.confirmPaymentIntent.errors).toEqual([{ code: 'CARD_DECLINED' }]);
    const payNow = await gql(stack.url, CONFIRM, { id: open.paymentIntent.id, m: 'pm_card_visa' }, as(admin));
    expect(payNow.body.data.confirmPaymentIntent.errors).toEqual([]);
    await eventually(async () => expect(await billing(admin)).toMatchObject({ status: 'ACTIVE', graceUntil: null, openInvoice: null }));
    await eventually(async () =>
      expect((await gql(stack.url, CREATE_TASK, { t: 'paid again' }, as(admin))).body.data?.createTask.errors).toEqual([]),
    );
  });

  it('stops billing a tenant that is deleted: the open invoice is voided and nothing renews', async () => {
    const leaving = await signUpUser(stack.url, 'leaving-admin');
    const invoice = (await gql(stack.url, CHANGE, { p: 'BUSINESS' }, as(leaving))).body.data.changeTenantPlan.invoice;
    await gql(stack.url, CONFIRM, { id: invoice.paymentIntent.id, m: 'pm_card_visa' }, as(leaving));
    await eventually(async () => expect(await billing(leaving)).toMatchObject({ plan: { code: 'BUSINESS' }, status: 'ACTIVE' }));
    // A pending plan change leaves an open invoice behind.
    await gql(stack.url, CHANGE, { p: 'TEAM' }, as(leaving));
    const name = (await gql(stack.url, '{ currentTenant { name } }', {}, as(leaving))).body.data.currentTenant.name;
    await new Promise((resolve) => setTimeout(resolve, 1010 - (Date.now() % 1000)));
    const deleted = await gql(
      stack.url,
      'mutation($n: String!) { deleteTenant(confirmName: $n) { errors { code } } }',
      { n: name },
      as(leaving),
    );
    expect(deleted.body.data.deleteTenant.errors).toEqual([]);
    const sub = await eventually(async () => {
      const row = await paymentsEm().findOneOrFail(TenantSubscription, { tenantId: leaving.tenantId });
      expect(row).toMatchObject({ plan: 'FREE', status: 'ACTIVE', openInvoiceId: null, currentPeriodEnd: null });
      return row;
    });
    expect(sub.plan).toBe('FREE');
    const invoices = await paymentsEm().find(TenantInvoice, { tenantId: leaving.tenantId }, { orderBy: { createdAt: 'asc' } });
    expect(invoices.map((i) => i.status)).toEqual(['PAID', 'VOID']);
    clock.advance(31 * DAY);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await paymentsEm().count(TenantInvoice, { tenantId: leaving.tenantId })).toBe(2);
  });

  it("refuses a member beyond the plan's quota, adding nothing", async () => {
    const owner = await signUpUser(stack.url, 'small-tenant');
    const people = await Promise.all(Array.from({ length: 10 }, (_, i) => signUpUser(stack.url, `member-${i}`)));
    for (const person of people.slice(0, 9)) await addToTenant(stack.url, owner, person, 'EMPLOYEE');
    const ADD =
      'mutation($e: String!) { addTenantMember(email: $e, role: EMPLOYEE) { membership { role } errors { field code message } } }';
    const full = await gql(stack.url, ADD, { e: people[9]!.email }, as(owner));
    expect(full.body.data.addTenantMember).toMatchObject({ membership: null, errors: [{ field: 'email', code: 'QUOTA_EXCEEDED' }] });
    expect(full.body.data.addTenantMember.errors[0].message).toMatch(/allows 10 members/);
    const members = await gql(stack.url, '{ currentTenant { members(first: 50) { totalCount } } }', {}, as(owner));
    expect(members.body.data.currentTenant.members.totalCount).toBe(10);
  });
});
