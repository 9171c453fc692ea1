import { gql, type GraphQLResponse, type TestUser } from '../../../test/helpers/graphql';

/** The data of a response that must have no GraphQL errors. */
export function data(res: GraphQLResponse): any {
  if (res.body.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.body.errors)}`);
  return res.body.data;
}

/** Options acting as `user` in their own sign-up tenant (their company). */
export function asCompany(user: TestUser) {
  return { token: user.token, headers: { 'x-hubgraph-tenant': user.tenantId } };
}

export const POST_JOB = `mutation($input: PostJobInput!) {
  postJob(input: $input) {
    job { id title companyId location remote salary { min max currency } skills status screeningQuestions { id prompt required } stages { id name position kind } }
    errors { field message code }
  }
}`;

export const APPLY = `mutation($input: ApplyToJobInput!) {
  applyToJob(input: $input) {
    application { id status stage { name } cv { fileName contentType size textExtracted text } answers { questionId prompt answer } note }
    errors { field message code }
  }
}`;

export const MOVE = `mutation($id: ID!, $stageId: ID!, $reason: String) {
  moveApplication(id: $id, stageId: $stageId, reason: $reason) { application { id status stage { name } } errors { field message code } }
}`;

/** A job input with sensible defaults. */
export function jobInput(overrides: Record<string, unknown> = {}) {
  return {
    companyName: 'Acme',
    title: 'Backend Engineer',
    description: 'Build APIs in TypeScript.',
    location: 'Berlin',
    remote: 'HYBRID',
    salary: { min: 60000, max: 80000, currency: 'EUR' },
    skills: ['typescript', 'graphql'],
    ...overrides,
  };
}

export function textCv(text: string, contentType = 'text/plain', fileName = 'cv.txt') {
  return { fileName, contentType, contentBase64: Buffer.from(text).toString('base64') };
}

export async function postJob(url: string, company: TestUser, overrides: Record<string, unknown> = {}) {
  const res = await gql(url, POST_JOB, { input: jobInput(overrides) }, asCompany(company));
  const payload = data(res).postJob;
  if (payload.errors.length) throw new Error(`postJob failed: ${JSON.stringify(payload.errors)}`);
  return payload.job;
}

export async function apply(
  url: string,
  candidate: TestUser,
  jobId: string,
  cvText = 'Experienced engineer.',
  extra: Record<string, unknown> = {},
) {
  const res = await gql(url, APPLY, { input: { jobId, cv: textCv(cvText), ...extra } }, { token: candidate.token });
  const payload = data(res).applyToJob;
  if (payload.errors.length) throw new Error(`applyToJob failed: ${JSON.stringify(payload.errors)}`);
  return payload.application;
}

/** The next whole hour at least a day ahead, plus `hours`. */
export function slot(hours: number, lengthMinutes = 60): { startsAt: string; endsAt: string } {
  const base = Math.ceil((Date.now() + 86_400_000) / 3_600_000) * 3_600_000 + hours * 3_600_000;
  return { startsAt: new Date(base).toISOString(), endsAt: new Date(base + lengthMinutes * 60_000).toISOString() };
}
