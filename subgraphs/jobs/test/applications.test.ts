import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { APPLY, MOVE, apply, asCompany, data, postJob, textCv } from './support';

/** The stored CV files of an application under the stack's data directory (local kit storage). */
function storedCvFiles(dataDir: string, applicationId: string): string[] {
  return (readdirSync(dataDir, { recursive: true }) as string[])
    .map((f) => join(dataDir, f))
    .filter((f) => f.includes(applicationId) && !f.endsWith(applicationId));
}

const APPLICATION = `query($id: ID!) { application(id: $id) { id note cv { text } stageHistory { totalCount } } }`;
const MINE = `query($first: Int, $after: String) {
  myApplications(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status job { id title } stage { name } note stageHistory { totalCount } scorecards { totalCount } cv { text } } }
  }
}`;
const COMPANY_LIST = `query($filter: ApplicationFilter) { applications(first: 50, filter: $filter) { totalCount edges { node { id candidate { id } } } } }`;

describe('jobs: applications, CVs and per-row authorization', () => {
  let stack: TestStack;
  let acme: TestUser;
  let globex: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let job: any;
  let globexJob: any;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'jobs'] });
    [acme, globex, alice, bob] = (await Promise.all(
      ['acme', 'globex', 'alice', 'bob'].map((n) => signUpUser(stack.url, n)),
    )) as TestUser[] as [TestUser, TestUser, TestUser, TestUser];
    job = await postJob(stack.url, acme!, {
      screeningQuestions: [{ prompt: 'Why us?' }, { prompt: 'Notice period?', required: false }],
    });
    globexJob = await postJob(stack.url, globex!, { title: 'Globex engineer' });
  });
  afterAll(() => stack.stop());

  it('applies with a text CV and answers; the CV text is searchable by the company', async () => {
    const app = await apply(stack.url, alice, job.id, '# Alice\n\nKubernetes wrangler and Zanzibarist.', {
      answers: [{ questionId: 'q1', answer: 'Great team' }],
      coverLetter: 'Hello',
    });
    expect(app.status).toBe('ACTIVE');
    expect(app.stage.name).toBe('Applied');
    expect(app.cv).toMatchObject({ fileName: 'cv.txt', contentType: 'text/plain', textExtracted: true });
    expect(app.cv.text).toContain('Zanzibarist');
    expect(app.answers).toEqual([{ questionId: 'q1', prompt: 'Why us?', answer: 'Great team' }]);
    const found = data(await gql(stack.url, COMPANY_LIST, { filter: { search: 'zanzibar kubernetes' } }, asCompany(acme))).applications;
    expect(found.edges.map((e: any) => e.node.id)).toEqual([app.id]);
    const none = data(await gql(stack.url, COMPANY_LIST, { filter: { search: 'zanzibar' } }, asCompany(globex))).applications;
    expect(none.totalCount).toBe(0);
  });

  it('stores a PDF CV without extracting text, and refuses bad files and missing answers', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n');
    const ok = await gql(
      stack.url,
      APPLY,
      {
        input: {
          jobId: job.id,
          answers: [{ questionId: 'q1', answer: 'x' }],
          cv: { fileName: 'cv.pdf', contentType: 'application/pdf', contentBase64: pdf.toString('base64') },
        },
      },
      { token: bob.token },
    );
    expect(data(ok).applyToJob.application.cv).toEqual({
      fileName: 'cv.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      textExtracted: false,
      text: null,
    });
    const refusals: [Record<string, unknown>, string][] = [
      [{ cv: textCv('hi', 'application/pdf', 'cv.pdf') }, 'input.cv.contentType'],
      [{ cv: textCv('hi', 'image/png', 'cv.png') }, 'input.cv.contentType'],
      [{ cv: { fileName: 'cv.txt', contentType: 'text/plain', contentBase64: '***' } }, 'input.cv.contentBase64'],
      [{ cv: { fileName: '../cv.txt', contentType: 'text/plain', contentBase64: 'aGk=' } }, 'input.cv.fileName'],
      [
        { cv: { fileName: 'big.txt', contentType: 'text/plain', contentBase64: Buffer.alloc(600_000, 97).toString('base64') } },
        'input.cv.contentBase64',
      ],
      [
        { cv: { fileName: 'bin.txt', contentType: 'text/plain', contentBase64: Buffer.from([0xff, 0xfe, 0x00]).toString('base64') } },
        'input.cv.contentBase64',
      ],
    ];
    const carol = await signUpUser(stack.url, 'carol');
    for (const [input, field] of refusals) {
      const res = await gql(
        stack.url,
        APPLY,
        { input: { jobId: job.id, answers: [{ questionId: 'q1', answer: 'x' }], ...input } },
        { token: carol.token },
      );
      expect({ field, errors: data(res).applyToJob.errors.map((e: any) => e.field) }).toEqual({ field, errors: [field] });
    }
    const unanswered = await gql(stack.url, APPLY, { input: { jobId: job.id, cv: textCv('cv') } }, { token: carol.token });
    expect(data(unanswered).applyToJob.errors).toEqual([expect.objectContaining({ field: 'input.answers', code: 'BAD_USER_INPUT' })]);
    const anonymous = await gql(stack.url, APPLY, { input: { jobId: job.id, cv: textCv('cv') } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a second application to the same job, even sent concurrently', async () => {
    const dave = await signUpUser(stack.url, 'dave');
    const send = () => gql(stack.url, APPLY, { input: { jobId: globexJob.id, cv: textCv('Dave') } }, { token: dave.token });
    const results = await Promise.all([send(), send(), send()]);
    const payloads = results.map((r) => data(r).applyToJob);
    expect(payloads.filter((p) => p.application)).toHaveLength(1);
    expect(payloads.filter((p) => p.errors[0]?.code === 'CONFLICT')).toHaveLength(2);
  });

  it('shows a candidate only their applications, without the company-only fields', async () => {
    const erin = await signUpUser(stack.url, 'erin');
    const a1 = await apply(stack.url, erin, job.id, 'Erin', { answers: [{ questionId: 'q1', answer: 'y' }] });
    const a2 = await apply(stack.url, erin, globexJob.id, 'Erin');
    await gql(
      stack.url,
      'mutation($id: ID!) { setApplicationNote(id: $id, note: "strong") { errors { code } } }',
      { id: a1.id },
      asCompany(acme),
    );
    const page1 = data(await gql(stack.url, MINE, { first: 1 }, { token: erin.token })).myApplications;
    expect(page1.totalCount).toBe(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = data(await gql(stack.url, MINE, { first: 1, after: page1.pageInfo.endCursor }, { token: erin.token })).myApplications;
    const nodes = [...page1.edges, ...page2.edges].map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id)).toEqual([a2.id, a1.id]);
    for (const n of nodes) {
      expect(n).toMatchObject({ note: null, stageHistory: null, scorecards: null, cv: { text: 'Erin' }, stage: { name: 'Applied' } });
    }
    // The company sees the note and history; the candidate cannot read the application through the company view.
    expect(data(await gql(stack.url, APPLICATION, { id: a1.id }, asCompany(acme))).application).toMatchObject({
      note: 'strong',
      stageHistory: { totalCount: 1 },
    });
    expect(data(await gql(stack.url, APPLICATION, { id: a1.id }, { token: erin.token })).application).toBeNull();
    // Another candidate sees none of erin's.
    const mine = data(await gql(stack.url, MINE, {}, { token: alice.token })).myApplications.edges.map((e: any) => e.node.id);
    expect(mine).not.toContain(a1.id);
    expect(mine).not.toContain(a2.id);
  });

  it('shows a company only applications to its own jobs; another company can neither read nor change them', async () => {
    const frank = await signUpUser(stack.url, 'frank');
    const app = await apply(stack.url, frank, job.id, 'Frank', { answers: [{ questionId: 'q1', answer: 'z' }] });
    // The CV went to the kit storage, byte for byte.
    const files = storedCvFiles(stack.dataDir, app.id);
    expect(files.map((f) => readFileSync(f, 'utf8'))).toContain('Frank');
    expect(data(await gql(stack.url, APPLICATION, { id: app.id }, asCompany(globex))).application).toBeNull();
    const globexList = data(await gql(stack.url, COMPANY_LIST, {}, asCompany(globex))).applications.edges.map((e: any) => e.node.id);
    expect(globexList).not.toContain(app.id);
    const acmeList = data(await gql(stack.url, COMPANY_LIST, { filter: { jobId: job.id } }, asCompany(acme))).applications.edges.map(
      (e: any) => e.node.id,
    );
    expect(acmeList).toContain(app.id);
    const JOB_APPS = 'query($id: ID!) { job(id: $id) { applications { totalCount } } }';
    expect(data(await gql(stack.url, JOB_APPS, { id: job.id }, asCompany(globex))).job.applications).toBeNull();
    expect(data(await gql(stack.url, JOB_APPS, { id: job.id }, asCompany(acme))).job.applications.totalCount).toBeGreaterThan(0);
    const stageId = job.stages[1].id;
    expect(errorCodes(await gql(stack.url, MOVE, { id: app.id, stageId }, asCompany(globex)))).toEqual(['NOT_FOUND']);
    const del = 'mutation($id: ID!) { deleteApplication(id: $id) { deletedId errors { code } } }';
    expect(errorCodes(await gql(stack.url, del, { id: app.id }, asCompany(globex)))).toEqual(['NOT_FOUND']);
    // The candidate, in their own tenant, is not the company either.
    expect(errorCodes(await gql(stack.url, MOVE, { id: app.id, stageId }, asCompany(frank)))).toEqual(['NOT_FOUND']);
    // The company deletes it: gone for the candidate too.
    expect(data(await gql(stack.url, del, { id: app.id }, asCompany(acme))).deleteApplication.deletedId).toBe(app.id);
    expect(data(await gql(stack.url, MINE, {}, { token: frank.token })).myApplications.totalCount).toBe(0);
    expect(storedCvFiles(stack.dataDir, app.id)).toEqual([]);
  });

  it('lets the candidate withdraw, after which the company cannot move it', async () => {
    const gina = await signUpUser(stack.url, 'gina');
    const app = await apply(stack.url, gina, globexJob.id, 'Gina');
    const W = 'mutation($id: ID!) { withdrawApplication(id: $id) { application { status } errors { code } } }';
    expect(errorCodes(await gql(stack.url, W, { id: app.id }, { token: alice.token }))).toEqual(['NOT_FOUND']);
    expect(data(await gql(stack.url, W, { id: app.id }, { token: gina.token })).withdrawApplication.application.status).toBe('WITHDRAWN');
    const moved = data(await gql(stack.url, MOVE, { id: app.id, stageId: globexJob.stages[1].id }, asCompany(globex))).moveApplication;
    expect(moved.errors).toEqual([expect.objectContaining({ field: 'id' })]);
  });
});

describe('jobs: CV download links', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'jobs'] });
  });
  afterAll(() => stack.stop());

  it('serves the CV through the router with a valid signature only', async () => {
    const [company, candidate] = await Promise.all([signUpUser(stack.url, 'co'), signUpUser(stack.url, 'dl')]);
    const job = await postJob(stack.url, company);
    const app = await apply(stack.url, candidate, job.id, 'Download me');
    const q = 'query($id: ID!) { application(id: $id) { cv { downloadUrl } } }';
    const link: string = data(await gql(stack.url, q, { id: app.id }, asCompany(company))).application.cv.downloadUrl;
    const origin = new URL(stack.url).origin;
    const res = await fetch(`${origin}${link}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('Download me');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const tampered = await fetch(`${origin}${link}x`);
    expect(tampered.status).toBe(403);
  });
});
