/**
 * The jobs part of sql-per-request: 120 open jobs of three companies and one candidate's application
 * to each (with an interview), read as one document — a job search with facets and the candidate's
 * `myApplications` with each application's job, stage, answers and interviews — for growing page
 * sizes. The applications belong to the companies' tenants, so their per-row fields go through the
 * request's cross-tenant loaders (one statement per field per page); the statement count must not move
 * with the page size.
 */
import { forTenant, newId, searchText, tagKey } from '../kit';
import { Application, CandidateApplication, Interview, Job, JobSkill, JobStage } from '../subgraphs/jobs/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const JOBS = 120;
const PAGE_SIZES = [10, 50, 100];

const JOBS_QUERY = `query Jobs($first: Int!) {
  jobs(first: $first, filter: { search: "benchjob" }) {
    totalCount
    edges { node { title skills salary { min } } }
    facets { skills { value count } locations { value count } remote { value count } }
  }
  myApplications(first: $first) {
    totalCount
    edges { node { status job { title } stage { name } answers { prompt } interviews { startsAt } } }
  }
}`;

interface Reply {
  data?: {
    jobs: { totalCount: number; edges: unknown[]; facets: { skills: unknown[] } } | null;
    myApplications: { totalCount: number; edges: { node: { stage: { name: string }; interviews: unknown[] } }[] } | null;
  };
}

/** jobs' entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const jobsBench: DomainBench = {
  name: 'jobs',
  shown: ['jobs'],
  pageSizes: PAGE_SIZES,
  query: JOBS_QUERY,
  async seed(stack, user) {
    const jobs = stack.subgraphs.find((s) => s.name === 'jobs');
    if (!jobs) throw new Error('the jobs subgraph is not running');
    const companies = [newId(), newId(), newId()];
    const unscoped = jobs.orm.em.fork();
    for (let i = 0; i < JOBS; i++) {
      const companyId = companies[i % companies.length]!;
      const em = forTenant(unscoped, companyId);
      const skills = ['typescript', i % 2 ? 'graphql' : 'sql'];
      const title = `Benchjob engineer ${i}`;
      const job = em.create(Job, {
        companyId,
        companyName: `Company ${i % companies.length}`,
        title,
        sortTitle: title.toLowerCase(),
        description: 'Benchmark posting.',
        location: i % 3 ? 'Berlin' : 'Paris',
        locationKey: i % 3 ? 'berlin' : 'paris',
        remote: 'HYBRID',
        salaryMin: 50_000 + i,
        salaryMax: 60_000 + i,
        salaryCurrency: 'EUR',
        sortSalary: 60_000 + i,
        skills,
        skillKey: tagKey(skills),
        questions: [{ id: 'q1', prompt: 'Why?', required: true }],
        status: 'OPEN',
        searchText: searchText([title, 'benchmark posting', ...skills]),
        postedByUserId: user.id,
      });
      for (const skill of skills) em.create(JobSkill, { jobId: job.id, skill });
      const stage = em.create(JobStage, { jobId: job.id, name: 'Applied', position: 0, kind: 'ACTIVE' });
      const applicationId = newId();
      em.create(Application, {
        id: applicationId,
        jobId: job.id,
        candidateId: user.id,
        coverLetter: null,
        answers: [{ questionId: 'q1', answer: 'Because.' }],
        cvKey: `jobs/cv/${companyId}/${applicationId}/bench`,
        cvFileName: 'cv.txt',
        cvContentType: 'text/plain',
        cvSize: 10,
        cvText: 'bench cv',
        searchText: ' bench cv ',
        stageId: stage.id,
        status: 'ACTIVE',
        note: null,
      });
      em.create(CandidateApplication, { userId: user.id, applicationId, jobId: job.id });
      const startsAt = new Date(Date.UTC(2100, 0, 1) + i * 3_600_000);
      em.create(Interview, {
        applicationId,
        jobId: job.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        interviewerIds: [user.id],
        status: 'SCHEDULED',
        scheduledByUserId: user.id,
      });
      await em.flush();
    }
  },
  check(data, size) {
    const reply = { data } as Reply;
    const jobs = reply.data?.jobs;
    const mine = reply.data?.myApplications;
    if (jobs?.totalCount !== JOBS || jobs.edges.length !== size || !jobs.facets.skills.length) return 'wrong job search answer';
    if (mine?.totalCount !== JOBS || mine.edges.length !== size) return 'wrong applications answer';
    if (mine.edges.some((e) => e.node.stage.name !== 'Applied' || e.node.interviews.length !== 1)) return 'per-row fields missing';
    return `ok, ${size} jobs with facets and ${size} applications with job, stage, interviews`;
  },
};
