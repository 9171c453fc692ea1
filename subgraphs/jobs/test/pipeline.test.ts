import { addToTenant, errorCodes, gql, signUpUser, type TenantAuth, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { MOVE, apply, asCompany, data, postJob, slot } from './support';

const HISTORY = `query($id: ID!, $after: String) {
  application(id: $id) {
    status stage { name }
    stageHistory(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { fromStageName toStageName movedBy { id } reason } } }
  }
}`;
const AVAILABILITY = `mutation($input: AddAvailabilityInput!) { addAvailability(input: $input) { availability { id interviewer { id } } errors { field code message } } }`;
const SCHEDULE = `mutation($input: ScheduleInterviewInput!) {
  scheduleInterview(input: $input) { interview { id startsAt endsAt status panel { id } } errors { field code message } }
}`;
const SCORECARD = `mutation($input: SubmitScorecardInput!) { submitScorecard(input: $input) { scorecard { id rating recommendation author { id } } errors { field code } } }`;

describe('jobs: pipeline moves, interviews and scorecards', () => {
  let stack: TestStack;
  let acme: TestUser;
  let recruiter: TestUser;
  let recruiterAuth: TenantAuth;
  let job: any;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'jobs'] });
    [acme, recruiter] = await Promise.all([signUpUser(stack.url, 'acme'), signUpUser(stack.url, 'recruiter')]);
    recruiterAuth = await addToTenant(stack.url, acme!, recruiter!, 'EMPLOYEE');
    job = await postJob(stack.url, acme!);
  });
  afterAll(() => stack.stop());

  const stage = (name: string) => job.stages.find((s: any) => s.name === name).id;

  it('records every move with who, from, to and why; HIRED and REJECTED stages set the status', async () => {
    const candidate = await signUpUser(stack.url, 'cand');
    const app = await apply(stack.url, candidate, job.id);
    for (const [name, auth] of [
      ['Screening', asCompany(acme)],
      ['Interview', recruiterAuth],
      ['Hired', asCompany(acme)],
    ] as const) {
      const moved = data(await gql(stack.url, MOVE, { id: app.id, stageId: stage(name), reason: `to ${name}` }, auth)).moveApplication;
      expect(moved.application.stage.name).toBe(name);
    }
    const first = data(await gql(stack.url, HISTORY, { id: app.id }, asCompany(acme))).application;
    expect(first.status).toBe('HIRED');
    expect(first.stageHistory.totalCount).toBe(4);
    const second = data(
      await gql(stack.url, HISTORY, { id: app.id, after: first.stageHistory.pageInfo.endCursor }, asCompany(acme)),
    ).application;
    const moves = [...first.stageHistory.edges, ...second.stageHistory.edges].map((e: any) => e.node);
    expect(moves).toEqual([
      { fromStageName: null, toStageName: 'Applied', movedBy: { id: candidate.id }, reason: null },
      { fromStageName: 'Applied', toStageName: 'Screening', movedBy: { id: acme.id }, reason: 'to Screening' },
      { fromStageName: 'Screening', toStageName: 'Interview', movedBy: { id: recruiter.id }, reason: 'to Interview' },
      { fromStageName: 'Interview', toStageName: 'Hired', movedBy: { id: acme.id }, reason: 'to Hired' },
    ]);
    const bad = data(await gql(stack.url, MOVE, { id: app.id, stageId: job.id }, asCompany(acme))).moveApplication;
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'stageId', code: 'BAD_USER_INPUT' })]);
  });

  it('keeps the history a chain when moves of one application race', async () => {
    const candidate = await signUpUser(stack.url, 'racer');
    const app = await apply(stack.url, candidate, job.id);
    const targets = ['Screening', 'Interview', 'Offer', 'Rejected', 'Screening', 'Offer'];
    await Promise.all(targets.map((name) => gql(stack.url, MOVE, { id: app.id, stageId: stage(name) }, asCompany(acme))));
    const q = `query($id: ID!) { application(id: $id) { stage { name } stageHistory(first: 100) { edges { node { fromStageName toStageName } } } } }`;
    const read = data(await gql(stack.url, q, { id: app.id }, asCompany(acme))).application;
    const moves = read.stageHistory.edges.map((e: any) => e.node);
    // Every move starts where the previous one ended, and the last ends at the current stage.
    for (let i = 1; i < moves.length; i++) expect(moves[i].fromStageName).toBe(moves[i - 1].toStageName);
    expect(moves[moves.length - 1].toStageName).toBe(read.stage.name);
  });

  it('schedules only interviewers who are available, and never books one twice: concurrent requests for one slot, one wins', async () => {
    const candidates = await Promise.all([1, 2, 3, 4].map((i) => signUpUser(stack.url, `c${i}`)));
    const apps = await Promise.all(candidates.map((c) => apply(stack.url, c, job.id)));
    const window = slot(0, 8 * 60);
    const mine = await gql(stack.url, AVAILABILITY, { input: window }, recruiterAuth);
    expect(data(mine).addAvailability.availability.interviewer.id).toBe(recruiter.id);
    // An employee may not set another member's availability; the overlapping window is refused.
    expect(errorCodes(await gql(stack.url, AVAILABILITY, { input: { ...window, interviewerId: acme.id } }, recruiterAuth))).toEqual([
      'FORBIDDEN',
    ]);
    expect(data(await gql(stack.url, AVAILABILITY, { input: window }, recruiterAuth)).addAvailability.errors[0].code).toBe('CONFLICT');

    // Outside the window: not available.
    const late = slot(9);
    const outside = data(
      await gql(stack.url, SCHEDULE, { input: { applicationId: apps[0].id, interviewerIds: [recruiter.id], ...late } }, asCompany(acme)),
    );
    expect(outside.scheduleInterview.errors).toEqual([expect.objectContaining({ field: 'input.interviewerIds', code: 'BAD_USER_INPUT' })]);

    // Four applications race for the same hour of the same interviewer (overlapping slots).
    const hour = slot(2);
    const overlapping = slot(2, 90);
    const results = await Promise.all(
      apps.map((a, i) =>
        gql(
          stack.url,
          SCHEDULE,
          { input: { applicationId: a.id, interviewerIds: [recruiter.id], ...(i % 2 ? overlapping : hour) } },
          asCompany(acme),
        ),
      ),
    );
    const payloads = results.map((r) => data(r).scheduleInterview);
    const won = payloads.filter((p) => p.interview);
    expect(won).toHaveLength(1);
    expect(payloads.filter((p) => p.errors[0]?.code === 'CONFLICT')).toHaveLength(3);

    // Back to back is fine; cancelling frees the slot for someone else.
    const next = slot(4);
    const other = data(
      await gql(stack.url, SCHEDULE, { input: { applicationId: apps[1].id, interviewerIds: [recruiter.id], ...next } }, asCompany(acme)),
    );
    expect(other.scheduleInterview.interview.status).toBe('SCHEDULED');
    const CANCEL = 'mutation($id: ID!) { cancelInterview(id: $id) { interview { status } errors { code } } }';
    expect(data(await gql(stack.url, CANCEL, { id: won[0].interview.id }, asCompany(acme))).cancelInterview.interview.status).toBe(
      'CANCELLED',
    );
    const loser = payloads.findIndex((p, i) => !p.interview && i !== 1);
    const retry = data(
      await gql(
        stack.url,
        SCHEDULE,
        { input: { applicationId: apps[loser]!.id, interviewerIds: [recruiter.id], ...hour } },
        asCompany(acme),
      ),
    );
    expect(retry.scheduleInterview.interview).not.toBeNull();

    // The candidate sees their interview; validation of the slot.
    const MINE = '{ myApplications { edges { node { id interviews { status startsAt panel { id } } } } } }';
    const theirs = data(await gql(stack.url, MINE, {}, { token: candidates[1]!.token })).myApplications.edges[0].node;
    // Their own interviews only: the one at `next`, and the raced hour if theirs won (then cancelled).
    expect(theirs.interviews).toEqual(
      payloads[1]!.interview
        ? [
            { status: 'CANCELLED', startsAt: hour.startsAt, panel: [{ id: recruiter.id }] },
            { status: 'SCHEDULED', startsAt: next.startsAt, panel: [{ id: recruiter.id }] },
          ]
        : [{ status: 'SCHEDULED', startsAt: next.startsAt, panel: [{ id: recruiter.id }] }],
    );
    const short = { startsAt: hour.startsAt, endsAt: new Date(Date.parse(hour.startsAt) + 5 * 60_000).toISOString() };
    const tooShort = data(
      await gql(stack.url, SCHEDULE, { input: { applicationId: apps[2].id, interviewerIds: [recruiter.id], ...short } }, asCompany(acme)),
    );
    expect(tooShort.scheduleInterview.errors[0].field).toBe('input.endsAt');
    const past = { startsAt: '2020-01-01T10:00:00.000Z', endsAt: '2020-01-01T11:00:00.000Z' };
    const inPast = data(
      await gql(stack.url, SCHEDULE, { input: { applicationId: apps[2].id, interviewerIds: [recruiter.id], ...past } }, asCompany(acme)),
    );
    expect(inPast.scheduleInterview.errors[0].field).toBe('input.startsAt');
  });

  it('keeps one scorecard per interviewer and application, visible to the company only', async () => {
    const candidate = await signUpUser(stack.url, 'scored');
    const app = await apply(stack.url, candidate, job.id);
    const input = { applicationId: app.id, rating: 4, recommendation: 'YES' };
    expect(data(await gql(stack.url, SCORECARD, { input }, recruiterAuth)).submitScorecard.scorecard.rating).toBe(4);
    const again = data(
      await gql(stack.url, SCORECARD, { input: { ...input, rating: 2, recommendation: 'NO' } }, recruiterAuth),
    ).submitScorecard;
    expect(again.scorecard).toMatchObject({ rating: 2, recommendation: 'NO', author: { id: recruiter.id } });
    await gql(stack.url, SCORECARD, { input: { ...input, rating: 5, recommendation: 'STRONG_YES' } }, asCompany(acme));
    const bad = data(await gql(stack.url, SCORECARD, { input: { ...input, rating: 6 } }, recruiterAuth)).submitScorecard;
    expect(bad.errors).toEqual([expect.objectContaining({ field: 'input.rating', code: 'BAD_USER_INPUT' })]);
    const q = 'query($id: ID!) { application(id: $id) { scorecards { totalCount edges { node { rating author { id } } } } } }';
    const cards = data(await gql(stack.url, q, { id: app.id }, asCompany(acme))).application.scorecards;
    expect(cards.totalCount).toBe(2);
    expect(cards.edges.map((e: any) => e.node)).toEqual([
      { rating: 2, author: { id: recruiter.id } },
      { rating: 5, author: { id: acme.id } },
    ]);
    const outsider = await signUpUser(stack.url, 'outsider');
    expect(data(await gql(stack.url, SCORECARD, { input }, asCompany(outsider))).submitScorecard.errors[0].field).toBe(
      'input.applicationId',
    );
  });
});
