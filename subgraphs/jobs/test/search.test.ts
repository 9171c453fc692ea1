import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { POST_JOB, asCompany, data, jobInput, postJob } from './support';

const SEARCH = `query($first: Int, $after: String, $filter: JobFilter, $orderBy: JobOrder) {
  jobs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id title location remote skills salary { min max currency } stages { id } } }
    pageInfo { hasNextPage endCursor }
    facets { skills { value count } locations { value count } remote { value count } }
  }
}`;

describe('jobs: postings, search, filters and facets', () => {
  let stack: TestStack;
  let acme: TestUser;
  let other: TestUser;
  let ids: Record<string, string>;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'jobs'] });
    [acme, other] = await Promise.all([signUpUser(stack.url, 'acme'), signUpUser(stack.url, 'other')]);
    // A company name unique to this run, so searches see only these jobs.
    const company = `Zyxcorp${Date.now()}`;
    const rust = await postJob(stack.url, acme!, {
      companyName: company,
      title: 'Rust Developer',
      skills: ['rust', 'linux'],
      location: 'Berlin',
    });
    const ts = await postJob(stack.url, acme!, {
      companyName: company,
      title: 'TypeScript Developer',
      skills: ['typescript', 'graphql'],
      location: 'Paris',
      salary: { min: 90000, max: 120000, currency: 'EUR' },
    });
    const remote = await postJob(stack.url, other!, {
      companyName: company,
      title: 'Remote GraphQL Developer',
      skills: ['graphql', 'typescript'],
      location: null,
      remote: 'REMOTE',
      salary: { min: 40000, currency: 'EUR' },
    });
    ids = { rust: rust.id, ts: ts.id, remote: remote.id, company };
  });
  afterAll(() => stack.stop());

  it('lets anyone search open jobs by words, with facets over every match', async () => {
    const res = await gql(stack.url, SEARCH, { filter: { search: ids.company!.toLowerCase() }, first: 2 });
    const jobs = data(res).jobs;
    expect(jobs.totalCount).toBe(3);
    expect(jobs.edges).toHaveLength(2);
    expect(jobs.facets.skills).toEqual(
      expect.arrayContaining([
        { value: 'graphql', count: 2 },
        { value: 'typescript', count: 2 },
        { value: 'rust', count: 1 },
      ]),
    );
    expect(jobs.facets.remote).toEqual(
      expect.arrayContaining([
        { value: 'HYBRID', count: 2 },
        { value: 'REMOTE', count: 1 },
      ]),
    );
    expect(jobs.facets.locations).toEqual(
      expect.arrayContaining([
        { value: 'berlin', count: 1 },
        { value: 'paris', count: 1 },
      ]),
    );
    // An anonymous reader sees no pipeline.
    expect(jobs.edges[0].node.stages).toBeNull();
    const next = data(await gql(stack.url, SEARCH, { filter: { search: ids.company }, first: 2, after: jobs.pageInfo.endCursor })).jobs;
    expect(next.edges).toHaveLength(1);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const seen = [...jobs.edges, ...next.edges].map((e: any) => e.node.id).sort();
    expect(seen).toEqual([ids.rust, ids.ts, ids.remote].sort());
  });

  it('filters by words, skills, remote policy, location and salary', async () => {
    const find = async (filter: Record<string, unknown>) =>
      data(await gql(stack.url, SEARCH, { filter: { search: ids.company, ...filter } }))
        .jobs.edges.map((e: any) => e.node.id)
        .sort();
    expect(await find({ search: `${ids.company} rust` })).toEqual([ids.rust]);
    expect(await find({ search: `${ids.company} devel` })).toHaveLength(3);
    expect(await find({ skills: ['GraphQL', 'typescript'] })).toEqual([ids.ts, ids.remote].sort());
    expect(await find({ remote: ['REMOTE'] })).toEqual([ids.remote]);
    expect(await find({ location: ' PARIS ' })).toEqual([ids.ts]);
    expect(await find({ salaryAtLeast: 85000, salaryCurrency: 'eur' })).toEqual([ids.ts]);
    expect(await find({ salaryAtLeast: 85000, salaryCurrency: 'USD' })).toEqual([]);
  });

  it('orders by salary and refuses bad search input with BAD_USER_INPUT', async () => {
    const bySalary = data(await gql(stack.url, SEARCH, { filter: { search: ids.company }, orderBy: 'SALARY' })).jobs.edges;
    expect(bySalary[0].node.id).toBe(ids.ts);
    for (const filter of [
      { search: 'x'.repeat(101) },
      { skills: ['bad/skill'] },
      { salaryAtLeast: 10 },
      { companyId: 'nope' },
      { remote: [] },
    ]) {
      const res = await gql(stack.url, SEARCH, { filter });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodes(await gql(stack.url, SEARCH, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('validates postings field by field and needs a company member to post', async () => {
    const bad = await gql(
      stack.url,
      POST_JOB,
      {
        input: jobInput({
          title: ' ',
          location: null,
          salary: { min: 10, max: 5, currency: 'euro' },
          skills: ['x'.repeat(41)],
          stages: [{ name: 'Only' }],
        }),
      },
      asCompany(acme),
    );
    const fields = data(bad)
      .postJob.errors.map((e: any) => e.field)
      .sort();
    expect(fields).toEqual(
      ['input.location', 'input.salary.currency', 'input.salary.max', 'input.skills', 'input.stages', 'input.title'].sort(),
    );
    const anonymous = await gql(stack.url, POST_JOB, { input: jobInput() });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('shows a closed job only to its company, and only its company may change it', async () => {
    const job = await postJob(stack.url, acme, { title: 'Soon closed' });
    const UPDATE =
      'mutation($id: ID!, $input: UpdateJobInput!) { updateJob(id: $id, input: $input) { job { status title } errors { field code } } }';
    const foreign = await gql(stack.url, UPDATE, { id: job.id, input: { title: 'Hijacked' } }, asCompany(other));
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    const closed = await gql(stack.url, UPDATE, { id: job.id, input: { status: 'CLOSED' } }, asCompany(acme));
    expect(data(closed).updateJob.job).toEqual({ status: 'CLOSED', title: 'Soon closed' });
    const JOB = 'query($id: ID!) { job(id: $id) { id stages { name } } }';
    expect(data(await gql(stack.url, JOB, { id: job.id })).job).toBeNull();
    expect(data(await gql(stack.url, JOB, { id: job.id }, asCompany(other))).job).toBeNull();
    const own = data(await gql(stack.url, JOB, { id: job.id }, asCompany(acme))).job;
    expect(own.stages.map((s: any) => s.name)).toEqual(['Applied', 'Screening', 'Interview', 'Offer', 'Hired', 'Rejected']);
    const listClosed = await gql(stack.url, SEARCH, { filter: { status: 'CLOSED', companyId: acme.tenantId } }, asCompany(acme));
    expect(data(listClosed).jobs.edges.map((e: any) => e.node.id)).toContain(job.id);
    const otherClosed = await gql(stack.url, SEARCH, { filter: { status: 'CLOSED', companyId: acme.tenantId } }, asCompany(other));
    expect(errorCodes(otherClosed)).toEqual(['FORBIDDEN']);
  });
});
