import { jobsBench } from '../../../bench/sql-per-request-jobs';
import { measureDomain } from '../../../bench/sql-per-request-domains';
import { gql, signUpUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { countStatements } from '../../../test/helpers/statements';

/**
 * The bench entry (bench/sql-per-request-jobs.ts) run through the router: the job search with facets
 * and the candidate's applications with their per-row fields cost the same statements for every page
 * size. Counts statements, never time.
 */
describe('jobs: statements per request do not grow with the page size', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'jobs'] });
  });
  afterAll(() => stack.stop());

  it('answers the bench query correctly for 10, 50 and 100 rows with one statement count', async () => {
    const user = await signUpUser(stack.url, 'bench');
    const jobs = stack.subgraphs.find((s) => s.name === 'jobs')!;
    const measured = await measureDomain(
      jobsBench,
      stack,
      { id: user.id, email: user.email },
      stack.dataDir,
      async (query, variables) => {
        const { result: res, statements } = await countStatements(jobs, () => gql(stack.url, query, variables, { token: user.token }));
        return {
          reply: { status: res.status, data: res.body.data, errors: res.body.errors },
          sql: { jobs: statements.length },
          fetches: {},
          statements,
        };
      },
      1,
    );
    process.stdout.write(`${measured.table}\n${measured.verdict}\n`);
    expect(measured.rows.map((r) => r.outcome.slice(0, 2))).toEqual(['ok', 'ok', 'ok']);
    expect(new Set(measured.rows.map((r) => r.sql.jobs)).size).toBe(1);
    expect(measured.verdict).toContain('target met');
  }, 60_000);
});
