import { forTenant, type Em, type ServiceDeps, type TenantViewer } from '../../../kit';
import type { JobsConfig } from './config';
import { createLoaders, type JobsDeps } from './context';
import { Job } from './entities';
import type { JobsService } from './service';

/** identity's demo tenant and its demo users (see identity's seed). */
const DEMO_TENANT_ID = '01900000-0000-7000-8000-0000000000a1';
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';

const cv = (text: string) => ({ fileName: 'cv.md', contentType: 'text/markdown', contentBase64: Buffer.from(text).toString('base64') });

/**
 * Three jobs of the demo company (the demo tenant), one application with a Markdown CV moved to
 * Screening, written through the service so search words and stages are right; skipped when the demo
 * company has jobs.
 */
export async function seed(
  service: JobsService,
  unscoped: Em,
  running: { serviceDeps(): ServiceDeps<JobsConfig, unknown> },
): Promise<void> {
  if (await unscoped.count(Job, { companyId: DEMO_TENANT_ID })) return;
  const em = forTenant(unscoped, DEMO_TENANT_ID);
  const viewer: TenantViewer = { userId: DEMO_USER_ID, roles: ['user'], tenantId: DEMO_TENANT_ID, tenantRole: 'EMPLOYEE' };
  const base = running.serviceDeps();
  const deps: JobsDeps = { ...base, em, loaders: createLoaders(em), viewer, fork: () => deps };
  const backend = await service.postJob(deps, {
    companyName: 'Analytical Engines',
    title: 'Senior TypeScript Engineer',
    description: 'Build our federated GraphQL platform: Node, TypeScript, MikroORM, MariaDB.',
    location: 'London',
    remote: 'HYBRID',
    salary: { min: 70_000, max: 95_000, currency: 'GBP' },
    skills: ['typescript', 'graphql', 'node'],
    screeningQuestions: [{ prompt: 'Why do you want to join us?' }, { prompt: 'Notice period?', required: false }],
  });
  await service.postJob(deps, {
    companyName: 'Analytical Engines',
    title: 'Data Analyst',
    description: 'Turn punched-card output into insight. SQL and Python.',
    remote: 'REMOTE',
    salary: { min: 50_000, currency: 'EUR' },
    skills: ['sql', 'python'],
  });
  await service.postJob(deps, {
    companyName: 'Analytical Engines',
    title: 'Site Reliability Engineer',
    description: 'Keep the engines turning: Linux, Kubernetes, observability.',
    location: 'Paris',
    remote: 'ON_SITE',
    skills: ['linux', 'kubernetes'],
  });
  const job = backend.job;
  if (!job) return;
  const applied = await service.apply(deps, {
    jobId: job.id,
    coverLetter: 'I have shipped GraphQL federation in production.',
    answers: [{ questionId: 'q1', answer: 'To build engines that compute.' }],
    cv: cv('# Ada Lovelace\n\nTypeScript, GraphQL, Node.js. Wrote the first published algorithm.\n'),
  });
  const screening = (await service.stagesOf(deps, job))?.find((s) => s.name === 'Screening');
  if (applied.application && screening) await service.move(deps, applied.application.id, screening.id, 'Strong CV');
}
