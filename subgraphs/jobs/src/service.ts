import type { FilterQuery } from '@mikro-orm/core';
import {
  cleanTag,
  conflictError,
  createStorage,
  facetCounts,
  fail,
  fieldError,
  flushOrConflict,
  forbidden,
  forTenant,
  isUuid,
  lockRow,
  lockRows,
  newId,
  notFound,
  ok,
  paginate,
  PerStart,
  requireTenant,
  requireViewer,
  searchCondition,
  searchText,
  sortKey,
  tagKey,
  totalOrder,
  badInput,
  type Connection,
  type PageArgs,
  type Payload,
  type Storage,
  type UserError,
  type Viewer,
  urlSigner,
  type UrlSigner,
} from '../../../kit';
import type { JobsConfig } from './config';
import type { JobsDeps, JobSearchResult } from './context';
import { checkCv, CvProblem } from './cv';
import {
  Application,
  Availability,
  CandidateApplication,
  Interview,
  InterviewSeat,
  Job,
  JobSkill,
  JobStage,
  Scorecard,
  StageMove,
  type ApplicationRow,
  type AvailabilityRow,
  type InterviewRow,
  type JobRow,
  type JobStageRow,
  type ScorecardRow,
  type ScreeningQuestionValue,
  type StageKind,
} from './entities';
import type {
  AddAvailabilityInput,
  ApplicationFilter,
  ApplyToJobInput,
  JobFilter,
  JobOrder,
  JobStageInput,
  PostJobInput,
  SalaryRangeInput,
  ScheduleInterviewInput,
  SubmitScorecardInput,
  UpdateJobInput,
} from './generated/resolvers';

export const LIMITS = {
  companyName: 200,
  title: 200,
  description: 20_000,
  location: 200,
  skills: 20,
  questions: 10,
  prompt: 500,
  answer: 2000,
  coverLetter: 10_000,
  stages: 20,
  stageName: 60,
  salary: 100_000_000,
  note: 2000,
  reason: 500,
  interviewers: 5,
  interviewsPerApplication: 20,
  scorecardNotes: 5000,
  filterSkills: 10,
} as const;

const MINUTE = 60_000;
/** Where CV downloads are served, on the router's host too (`wiring.publicPaths`). */
export const CV_PATH = '/files/jobs/cv/';
const CV_URL_TTL_MS = 10 * MINUTE;
const CURRENCY = /^[A-Z]{3}$/;
const DEFAULT_STAGES: { name: string; kind: StageKind }[] = [
  { name: 'Applied', kind: 'ACTIVE' },
  { name: 'Screening', kind: 'ACTIVE' },
  { name: 'Interview', kind: 'ACTIVE' },
  { name: 'Offer', kind: 'ACTIVE' },
  { name: 'Hired', kind: 'HIRED' },
  { name: 'Rejected', kind: 'REJECTED' },
];
const JOB_ORDER = { NEWEST: ['createdAt', 'DESC'], SALARY: ['sortSalary', 'DESC'], TITLE: ['sortTitle', 'ASC'] } as const;

/** Whether the viewer acts as a member of `companyId` (the tenant the job or application belongs to). */
export function isMember(viewer: Viewer | null, companyId: string): boolean {
  return !!viewer?.tenantId && !!viewer.tenantRole && viewer.tenantId === companyId;
}

function text(errors: UserError[], field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const t = value?.trim() ?? '';
  const label = field.split('.').pop();
  if (!t) {
    if (required) errors.push(fieldError(field, `${label} is required.`));
    return null;
  }
  if (t.length > max) {
    errors.push(fieldError(field, `${label} must be at most ${max.toLocaleString('en')} characters.`));
    return null;
  }
  return t;
}

function skillsOf(errors: UserError[], field: string, skills: readonly string[] | null | undefined, max: number): string[] {
  const out: string[] = [];
  if ((skills?.length ?? 0) > max) {
    errors.push(fieldError(field, `At most ${max} skills.`));
    return out;
  }
  for (const skill of skills ?? []) {
    const clean = cleanTag(skill);
    if (!clean) {
      errors.push(fieldError(field, `Skill "${skill.slice(0, 50)}" must be 1 to 40 letters, digits, spaces, _ or -.`));
      return [];
    }
    if (!out.includes(clean)) out.push(clean);
  }
  return out;
}

function salaryOf(errors: UserError[], field: string, salary: SalaryRangeInput | null | undefined) {
  if (salary == null) return { salaryMin: null, salaryMax: null, salaryCurrency: null };
  const currency = salary.currency.trim().toUpperCase();
  const inRange = (v: number | null | undefined) => v == null || (Number.isInteger(v) && v >= 0 && v <= LIMITS.salary);
  if (!CURRENCY.test(currency)) errors.push(fieldError(`${field}.currency`, 'currency must be an ISO 4217 code such as EUR.'));
  if (!inRange(salary.min) || !inRange(salary.max)) errors.push(fieldError(field, 'Salaries must be whole numbers from 0 to 100,000,000.'));
  else if (salary.min == null && salary.max == null) errors.push(fieldError(field, 'Give a minimum, a maximum or both.'));
  else if (salary.min != null && salary.max != null && salary.max < salary.min)
    errors.push(fieldError(`${field}.max`, 'max must not be below min.'));
  return { salaryMin: salary.min ?? null, salaryMax: salary.max ?? null, salaryCurrency: currency };
}

function indexJob(job: JobRow): void {
  job.sortTitle = sortKey(job.title, LIMITS.title);
  job.locationKey = job.location ? sortKey(job.location, LIMITS.location) : null;
  job.sortSalary = job.salaryMax ?? job.salaryMin ?? 0;
  job.skillKey = tagKey(job.skills);
  job.searchText = searchText([job.title, job.description, job.location, job.companyName, ...job.skills]);
}

function id(value: string): string | null {
  return isUuid(value) ? value.toLowerCase() : null;
}

/**
 * The job portal's rules, no GraphQL. Jobs are public rows naming their company (a tenant): only its
 * members write them. Applications and everything under them are tenant-owned rows of the company;
 * the candidate reaches their own through the per-user `CandidateApplication` index.
 *
 * A CV is written to storage under a key of its own before its row is flushed; a failed flush removes it again.
 */
export class JobsService {
  private readonly storages = new PerStart(
    (config: JobsConfig) => createStorage(config, config.DATA_DIR),
    () => undefined,
  );

  private readonly signers = new PerStart(
    (config: JobsConfig) => urlSigner(config, 'jobs-cv-download'),
    () => undefined,
  );

  storage(deps: Pick<JobsDeps, 'config' | 'log'>): Storage {
    return this.storages.get(deps);
  }

  signer(deps: Pick<JobsDeps, 'config' | 'log'>): UrlSigner {
    return this.signers.get(deps);
  }

  async close(config: JobsConfig): Promise<void> {
    await this.storages.close(config);
    await this.signers.close(config);
  }

  /** A link to download an application's CV, valid for ten minutes; given only with an application the viewer may read. */
  cvUrl(deps: Pick<JobsDeps, 'config' | 'log' | 'clock'>, application: ApplicationRow): string {
    const expiresAt = new Date(deps.clock.now().getTime() + CV_URL_TTL_MS);
    return this.signer(deps).sign(`${CV_PATH}${application.id}`, {}, expiresAt);
  }

  /** The application a signed CV link names; null when the link is not valid (or expired) or the application is gone. */
  async verifyCvUrl(
    deps: Pick<JobsDeps, 'em' | 'config' | 'log' | 'clock'>,
    url: URL,
  ): Promise<{ problem: 'forbidden' | 'gone' } | { application: ApplicationRow }> {
    const check = this.signer(deps).verify(url.pathname, url.searchParams, deps.clock.now());
    if (!check.ok) return { problem: 'forbidden' };
    const applicationId = url.pathname.slice(CV_PATH.length);
    // A background entity manager (no request tenant): the signature is the authority.
    const application = isUuid(applicationId)
      ? await deps.em.findOne(Application, { id: applicationId }, { filters: { tenant: false } })
      : null;
    return application ? { application } : { problem: 'gone' };
  }

  // -------------------------------------------------------------------------------------------------
  // Jobs

  async postJob(deps: JobsDeps, input: PostJobInput): Promise<Payload<{ job: JobRow }>> {
    const viewer = requireTenant(deps.viewer);
    const errors: UserError[] = [];
    const companyName = text(errors, 'input.companyName', input.companyName, LIMITS.companyName, true);
    const title = text(errors, 'input.title', input.title, LIMITS.title, true);
    const description = text(errors, 'input.description', input.description, LIMITS.description, true);
    const location = text(errors, 'input.location', input.location, LIMITS.location, input.remote !== 'REMOTE');
    const salary = salaryOf(errors, 'input.salary', input.salary);
    const skills = skillsOf(errors, 'input.skills', input.skills, LIMITS.skills);
    const questions: ScreeningQuestionValue[] = [];
    if ((input.screeningQuestions?.length ?? 0) > LIMITS.questions) {
      errors.push(fieldError('input.screeningQuestions', `At most ${LIMITS.questions} screening questions.`));
    } else {
      for (const [i, q] of (input.screeningQuestions ?? []).entries()) {
        const prompt = text(errors, `input.screeningQuestions.${i}.prompt`, q.prompt, LIMITS.prompt, true);
        if (prompt) questions.push({ id: `q${i + 1}`, prompt, required: q.required ?? true });
      }
    }
    const stages = this.checkStages(errors, input.stages);
    if (errors.length) return fail(errors);
    const job = deps.em.create(Job, {
      companyId: viewer.tenantId,
      companyName: companyName!,
      title: title!,
      description: description!,
      location,
      remote: input.remote,
      ...salary,
      skills,
      questions,
      status: 'OPEN',
      postedByUserId: viewer.userId,
      sortTitle: '',
      locationKey: null,
      sortSalary: 0,
      skillKey: '',
      searchText: '',
    });
    indexJob(job);
    for (const skill of skills) deps.em.create(JobSkill, { jobId: job.id, skill });
    // JobStage is tenant-owned: the request's entity manager fills the company's tenant in.
    stages.forEach((s, position) => deps.em.create(JobStage, { jobId: job.id, name: s.name, kind: s.kind, position }));
    await deps.em.flush();
    return ok({ job });
  }

  private checkStages(errors: UserError[], input: readonly JobStageInput[] | null | undefined): { name: string; kind: StageKind }[] {
    if (input == null) return DEFAULT_STAGES;
    if (input.length < 2 || input.length > LIMITS.stages) {
      errors.push(fieldError('input.stages', `A pipeline has 2 to ${LIMITS.stages} stages.`));
      return [];
    }
    const out: { name: string; kind: StageKind }[] = [];
    for (const [i, s] of input.entries()) {
      const name = text(errors, `input.stages.${i}.name`, s.name, LIMITS.stageName, true);
      if (!name) continue;
      if (out.some((o) => o.name.toLowerCase() === name.toLowerCase())) {
        errors.push(fieldError(`input.stages.${i}.name`, `There are two stages named ${name}.`));
      }
      out.push({ name, kind: s.kind ?? 'ACTIVE' });
    }
    if (out[0] && out[0].kind !== 'ACTIVE')
      errors.push(fieldError('input.stages.0.kind', 'The first stage, where applications arrive, must be ACTIVE.'));
    return out;
  }

  async updateJob(deps: JobsDeps, jobId: string, input: UpdateJobInput): Promise<Payload<{ job: JobRow }>> {
    const viewer = requireTenant(deps.viewer);
    const key = id(jobId);
    const job = key ? await deps.em.findOne(Job, { id: key }) : null;
    if (!job) throw notFound('Job', jobId);
    if (job.companyId !== viewer.tenantId) throw forbidden('Only members of the company that posted this job may change it.');
    const errors: UserError[] = [];
    if (input.title !== undefined) job.title = text(errors, 'input.title', input.title, LIMITS.title, true) ?? job.title;
    if (input.description !== undefined)
      job.description = text(errors, 'input.description', input.description, LIMITS.description, true) ?? job.description;
    if (input.remote != null) job.remote = input.remote;
    if (input.location !== undefined) job.location = text(errors, 'input.location', input.location, LIMITS.location, false);
    if (job.remote !== 'REMOTE' && !job.location)
      errors.push(fieldError('input.location', 'location is required unless the job is REMOTE.'));
    if (input.salary !== undefined) Object.assign(job, salaryOf(errors, 'input.salary', input.salary));
    let skills: string[] | undefined;
    if (input.skills != null) skills = skillsOf(errors, 'input.skills', input.skills, LIMITS.skills);
    if (input.status != null) job.status = input.status;
    if (errors.length) {
      deps.em.clear();
      return fail(errors);
    }
    if (skills) {
      job.skills = skills;
      await deps.em.nativeDelete(JobSkill, { jobId: job.id });
      for (const skill of skills) deps.em.create(JobSkill, { jobId: job.id, skill });
    }
    indexJob(job);
    await deps.em.flush();
    return ok({ job });
  }

  /** A job as the viewer may see it: open jobs for everyone, closed ones for the company's members. */
  visibleJob(deps: Pick<JobsDeps, 'viewer'>, job: JobRow | null): JobRow | null {
    return job && (job.status === 'OPEN' || isMember(deps.viewer, job.companyId)) ? job : null;
  }

  /** The job search: conditions from the words and filters, one page by cursor; facets are counted on demand. */
  async searchJobs(deps: JobsDeps, args: PageArgs & { filter?: JobFilter | null; orderBy?: JobOrder | null }): Promise<JobSearchResult> {
    const filter = args.filter ?? {};
    const conditions: FilterQuery<JobRow>[] = [];
    const status = filter.status ?? 'OPEN';
    if (filter.companyId != null) {
      const company = id(filter.companyId);
      if (!company) throw badInput('filter.companyId must be the id of a company.', 'filter.companyId');
      conditions.push({ companyId: company });
    }
    if (status === 'CLOSED') {
      if (
        !deps.viewer?.tenantId ||
        filter.companyId?.toLowerCase() !== deps.viewer.tenantId ||
        !isMember(deps.viewer, deps.viewer.tenantId)
      ) {
        throw forbidden('Closed jobs are listed only for members of their company: set filter.companyId to your company.');
      }
    }
    conditions.push({ status });
    if (filter.search != null) conditions.push(searchCondition<JobRow>(deps.em, filter.search));
    if (filter.location != null) {
      const location = sortKey(filter.location, LIMITS.location + 1);
      if (!location || location.length > LIMITS.location) throw badInput('filter.location must be 1 to 200 characters.', 'filter.location');
      conditions.push({ locationKey: location });
    }
    if (filter.remote != null) {
      if (!filter.remote.length) throw badInput('filter.remote must name at least one policy.', 'filter.remote');
      conditions.push({ remote: { $in: [...new Set(filter.remote)] } });
    }
    if (filter.skills != null) {
      const errors: UserError[] = [];
      const skills = skillsOf(errors, 'filter.skills', filter.skills, LIMITS.filterSkills);
      if (errors.length) throw badInput(errors[0]!.message, 'filter.skills');
      for (const skill of skills) conditions.push({ skillKey: { $like: `%${tagKey([skill])}%` } });
    }
    if (filter.salaryAtLeast != null || filter.salaryCurrency != null) {
      const currency = filter.salaryCurrency?.trim().toUpperCase() ?? '';
      if (!CURRENCY.test(currency)) throw badInput('filter.salaryCurrency must be an ISO 4217 code such as EUR.', 'filter.salaryCurrency');
      const least = filter.salaryAtLeast ?? 0;
      if (!Number.isInteger(least) || least < 0 || least > LIMITS.salary)
        throw badInput('filter.salaryAtLeast must be 0 to 100,000,000.', 'filter.salaryAtLeast');
      conditions.push({ salaryCurrency: currency, sortSalary: { $gte: least } });
    }
    const where = { $and: conditions } as FilterQuery<JobRow>;
    const [column, direction] = JOB_ORDER[args.orderBy ?? 'NEWEST'];
    const page = await paginate(deps.em, Job, where, args, totalOrder<JobRow>(column, direction), { list: 'Query.jobs' });
    return { ...page, where };
  }

  /** The facets of a search: three grouped counts over every match, whatever the page size. */
  async facets(deps: JobsDeps, where: FilterQuery<JobRow>) {
    const em = deps.em;
    const base = () => em.createQueryBuilder(Job, 'j').where(where);
    const ids = base().select('j.id').getKnexQuery();
    const [skills, locations, remote] = await Promise.all([
      facetCounts(em, em.getKnex().from('job_skills as s').whereIn('s.job_id', ids), 's.skill'),
      facetCounts(em, base().getKnexQuery(), 'j.location_key'),
      facetCounts(em, base().getKnexQuery(), 'j.remote'),
    ]);
    return { skills, locations, remote };
  }

  // -------------------------------------------------------------------------------------------------
  // Applications

  async apply(deps: JobsDeps, input: ApplyToJobInput): Promise<Payload<{ application: ApplicationRow }>> {
    const viewer = requireViewer(deps.viewer);
    const jobKey = id(input.jobId);
    const job = jobKey ? await deps.loaders.jobById.load(jobKey) : null;
    if (!job || job.status !== 'OPEN') return fail(fieldError('input.jobId', 'There is no open job with this id.'));
    const errors: UserError[] = [];
    const coverLetter = text(errors, 'input.coverLetter', input.coverLetter, LIMITS.coverLetter, false);
    const answers: { questionId: string; answer: string }[] = [];
    const given = input.answers ?? [];
    if (given.length > LIMITS.questions) errors.push(fieldError('input.answers', `At most ${LIMITS.questions} answers.`));
    for (const [i, a] of given.slice(0, LIMITS.questions).entries()) {
      const question = job.questions.find((q) => q.id === a.questionId);
      if (!question) errors.push(fieldError(`input.answers.${i}.questionId`, 'This job has no such question.'));
      else if (answers.some((x) => x.questionId === question.id))
        errors.push(fieldError(`input.answers.${i}.questionId`, 'Answered twice.'));
      const answer = text(errors, `input.answers.${i}.answer`, a.answer, LIMITS.answer, true);
      if (question && answer) answers.push({ questionId: question.id, answer });
    }
    for (const q of job.questions) {
      if (q.required && !given.some((a) => a.questionId === q.id))
        errors.push(fieldError('input.answers', `"${q.prompt}" must be answered.`));
    }
    let cv: ReturnType<typeof checkCv> | null = null;
    try {
      cv = checkCv(input.cv, deps.config.JOBS_MAX_CV_BYTES);
    } catch (error) {
      if (!(error instanceof CvProblem)) throw error;
      errors.push(fieldError(error.field, error.message));
    }
    if (errors.length || !cv) return fail(errors);
    // The application belongs to the company: written through an entity manager scoped to its tenant.
    const em = forTenant(deps.em, job.companyId);
    const first = await em.findOne(JobStage, { jobId: job.id }, { orderBy: { position: 'asc' } });
    if (!first) return fail(fieldError('input.jobId', 'This job has no pipeline.'));
    const applicationId = newId();
    const cvKey = `jobs/cv/${job.companyId}/${applicationId}/${newId()}`;
    const storage = this.storage(deps);
    await storage.put(cvKey, cv.bytes, { contentType: cv.contentType });
    const application = em.create(Application, {
      id: applicationId,
      jobId: job.id,
      candidateId: viewer.userId,
      coverLetter,
      answers,
      cvKey,
      cvFileName: cv.fileName,
      cvContentType: cv.contentType,
      cvSize: cv.bytes.length,
      cvText: cv.text,
      searchText: searchText([cv.text, coverLetter]),
      stageId: first.id,
      status: 'ACTIVE',
      note: null,
    });
    em.create(StageMove, {
      applicationId,
      fromStageId: null,
      fromStageName: null,
      toStageId: first.id,
      toStageName: first.name,
      movedByUserId: viewer.userId,
      reason: null,
    });
    em.create(CandidateApplication, { userId: viewer.userId, applicationId, jobId: job.id });
    let conflict: UserError[];
    try {
      conflict = await flushOrConflict(em, 'input.jobId', 'You have already applied to this job.');
    } catch (error) {
      await storage.delete(cvKey).catch(() => undefined);
      throw error;
    }
    if (conflict.length) {
      await storage.delete(cvKey).catch(() => undefined);
      return fail(conflict);
    }
    return ok({ application });
  }

  /** The signed-in user's own application, from any company; null when it is not theirs. */
  async ownApplication(deps: JobsDeps, applicationId: string): Promise<ApplicationRow | null> {
    const viewer = requireViewer(deps.viewer);
    const key = id(applicationId);
    const row = key ? await deps.loaders.anyApplicationById.load(key) : null;
    return row && row.candidateId === viewer.userId ? row : null;
  }

  async withdraw(deps: JobsDeps, applicationId: string): Promise<Payload<{ application: ApplicationRow }>> {
    const own = await this.ownApplication(deps, applicationId);
    if (!own) throw notFound('Application', applicationId);
    return forTenant(deps.em, own.tenantId).transactional(async (tx) => {
      const application = await lockRow(tx, Application, { id: own.id });
      if (!application) throw notFound('Application', applicationId);
      if (application.status !== 'ACTIVE') {
        return fail(fieldError('id', `This application is ${application.status.toLowerCase()} and can no longer be withdrawn.`));
      }
      application.status = 'WITHDRAWN';
      return ok({ application });
    });
  }

  /** The viewer's applications across companies, newest first: a page of their index, then one statement for the rows. */
  async myApplications(deps: JobsDeps, args: PageArgs): Promise<Connection<ApplicationRow>> {
    const viewer = requireViewer(deps.viewer);
    const page = await paginate(deps.em, CandidateApplication, { userId: viewer.userId }, args, totalOrder('createdAt', 'DESC'), {
      list: 'Query.myApplications',
    });
    const rows = await deps.loaders.anyApplicationById.loadMany(page.edges.map((e) => e.node.applicationId));
    const edges = page.edges.flatMap((e, i) => {
      const node = rows[i];
      return node && !(node instanceof Error) && node.candidateId === viewer.userId ? [{ cursor: e.cursor, node }] : [];
    });
    return { ...page, edges };
  }

  listApplications(deps: JobsDeps, args: PageArgs & { filter?: ApplicationFilter | null }): Promise<Connection<ApplicationRow>> {
    requireTenant(deps.viewer);
    const filter = args.filter ?? {};
    const where: FilterQuery<ApplicationRow>[] = [];
    for (const [field, value] of [
      ['jobId', filter.jobId],
      ['stageId', filter.stageId],
    ] as const) {
      if (value == null) continue;
      const key = id(value);
      if (!key) throw badInput(`filter.${field} must be an id.`, `filter.${field}`);
      where.push({ [field]: key });
    }
    if (filter.status) where.push({ status: filter.status });
    if (filter.search != null) where.push(searchCondition<ApplicationRow>(deps.em, filter.search));
    return paginate(deps.em, Application, { $and: where } as FilterQuery<ApplicationRow>, args, totalOrder('createdAt', 'DESC'), {
      list: 'Query.applications',
    });
  }

  /** Moves an application to another stage of its job, recording the move; the row is locked so moves never interleave. */
  async move(
    deps: JobsDeps,
    applicationId: string,
    stageId: string,
    reason?: string | null,
  ): Promise<Payload<{ application: ApplicationRow }>> {
    const viewer = requireTenant(deps.viewer);
    const errors: UserError[] = [];
    const why = text(errors, 'reason', reason, LIMITS.reason, false);
    if (errors.length) return fail(errors);
    const key = id(applicationId);
    if (!key) throw notFound('Application', applicationId);
    return deps.em.transactional(async (tx) => {
      const application = await lockRow(tx, Application, { id: key });
      if (!application) throw notFound('Application', applicationId);
      const stageKey = id(stageId);
      const to = stageKey ? await tx.findOne(JobStage, { id: stageKey, jobId: application.jobId }) : null;
      if (!to) return fail(fieldError('stageId', 'The job of this application has no such stage.'));
      if (application.status === 'WITHDRAWN') return fail(fieldError('id', 'The candidate withdrew this application.'));
      if (to.id === application.stageId) return ok({ application });
      const from = await tx.findOne(JobStage, { id: application.stageId });
      tx.create(StageMove, {
        applicationId: application.id,
        fromStageId: application.stageId,
        fromStageName: from?.name ?? null,
        toStageId: to.id,
        toStageName: to.name,
        movedByUserId: viewer.userId,
        reason: why,
      });
      application.stageId = to.id;
      application.status = to.kind;
      return ok({ application });
    });
  }

  async setNote(deps: JobsDeps, applicationId: string, note: string | null | undefined): Promise<Payload<{ application: ApplicationRow }>> {
    requireTenant(deps.viewer);
    const key = id(applicationId);
    const application = key ? await deps.em.findOne(Application, { id: key }) : null;
    if (!application) throw notFound('Application', applicationId);
    const errors: UserError[] = [];
    const value = text(errors, 'note', note, LIMITS.note, false);
    if (errors.length) return fail(errors);
    application.note = value;
    await deps.em.flush();
    return ok({ application });
  }

  async deleteApplication(deps: JobsDeps, applicationId: string): Promise<Payload<{ deletedId: string }>> {
    requireTenant(deps.viewer, 'MANAGER');
    const key = id(applicationId);
    const application = key ? await deps.em.findOne(Application, { id: key }) : null;
    if (!application) throw notFound('Application', applicationId);
    await deps.em.transactional(async (tx) => {
      const interviews = await tx.find(Interview, { applicationId: application.id });
      if (interviews.length) await tx.nativeDelete(InterviewSeat, { interviewId: { $in: interviews.map((i) => i.id) } });
      await tx.nativeDelete(Interview, { applicationId: application.id });
      await tx.nativeDelete(Scorecard, { applicationId: application.id });
      await tx.nativeDelete(StageMove, { applicationId: application.id });
      await tx.nativeDelete(CandidateApplication, { applicationId: application.id });
      await tx.nativeDelete(Application, { id: application.id });
    });
    await this.storage(deps)
      .delete(application.cvKey)
      .catch((error: unknown) => deps.log.warn({ err: error, key: application.cvKey }, 'could not delete a CV file'));
    return ok({ deletedId: application.id });
  }

  // -------------------------------------------------------------------------------------------------
  // Interviews

  private slot(errors: UserError[], deps: JobsDeps, startsAt: Date, endsAt: Date, maxMinutes: number): void {
    const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE;
    if (startsAt.getTime() % MINUTE !== 0 || endsAt.getTime() % MINUTE !== 0) {
      errors.push(fieldError('input.startsAt', 'Times must be whole minutes.'));
    } else if (minutes < 15 || minutes > maxMinutes) {
      errors.push(fieldError('input.endsAt', `endsAt must be 15 minutes to ${maxMinutes / 60} hours after startsAt.`));
    } else if (startsAt.getTime() < deps.clock.now().getTime()) {
      errors.push(fieldError('input.startsAt', 'startsAt must be in the future.'));
    }
  }

  async addAvailability(deps: JobsDeps, input: AddAvailabilityInput): Promise<Payload<{ availability: AvailabilityRow }>> {
    const viewer = requireTenant(deps.viewer);
    const interviewerId = input.interviewerId == null ? viewer.userId : id(input.interviewerId);
    if (!interviewerId) return fail(fieldError('input.interviewerId', 'interviewerId must be the id of a user.'));
    if (interviewerId !== viewer.userId) requireTenant(deps.viewer, 'MANAGER');
    const errors: UserError[] = [];
    this.slot(errors, deps, input.startsAt, input.endsAt, 12 * 60);
    if (errors.length) return fail(errors);
    const overlapping = await deps.em.count(Availability, {
      interviewerId,
      startsAt: { $lt: input.endsAt },
      endsAt: { $gt: input.startsAt },
    });
    if (overlapping) return fail(conflictError('input.startsAt', 'This window overlaps another of the interviewer’s windows.'));
    const availability = deps.em.create(Availability, { interviewerId, startsAt: input.startsAt, endsAt: input.endsAt });
    await deps.em.flush();
    return ok({ availability });
  }

  listAvailability(deps: JobsDeps, interviewerId: string | null | undefined, args: PageArgs): Promise<Connection<AvailabilityRow>> {
    const viewer = requireTenant(deps.viewer);
    const who = interviewerId == null ? viewer.userId : id(interviewerId);
    if (!who) throw badInput('interviewerId must be the id of a user.', 'interviewerId');
    return paginate(deps.em, Availability, { interviewerId: who }, args, totalOrder('startsAt', 'ASC'), { list: 'Query.availability' });
  }

  /**
   * Schedules an interview. Every interviewer needs an availability window covering the slot and no
   * other interview overlapping it. The covering windows are locked (by primary key, in id order)
   * before the overlap check, so two schedulings that share an interviewer take turns: the second
   * sees the first's seats and is refused with CONFLICT.
   */
  async scheduleInterview(deps: JobsDeps, input: ScheduleInterviewInput): Promise<Payload<{ interview: InterviewRow }>> {
    const viewer = requireTenant(deps.viewer);
    const errors: UserError[] = [];
    const interviewerIds = [...new Set(input.interviewerIds.map((i) => i.trim().toLowerCase()))];
    if (!interviewerIds.length || interviewerIds.length > LIMITS.interviewers)
      errors.push(fieldError('input.interviewerIds', `An interview has 1 to ${LIMITS.interviewers} interviewers.`));
    else if (interviewerIds.some((i) => !isUuid(i)))
      errors.push(fieldError('input.interviewerIds', 'interviewerIds must be ids of users.'));
    this.slot(errors, deps, input.startsAt, input.endsAt, 4 * 60);
    if (errors.length) return fail(errors);
    const key = id(input.applicationId);
    const application = key ? await deps.em.findOne(Application, { id: key }) : null;
    if (!application) return fail(fieldError('input.applicationId', 'There is no such application.'));
    if (application.status !== 'ACTIVE')
      return fail(fieldError('input.applicationId', `This application is ${application.status.toLowerCase()}.`));
    const { startsAt, endsAt } = input;
    const covering = await deps.em.find(Availability, {
      interviewerId: { $in: interviewerIds },
      startsAt: { $lte: startsAt },
      endsAt: { $gte: endsAt },
    });
    const missing = interviewerIds.filter((i) => !covering.some((w) => w.interviewerId === i));
    if (missing.length) return fail(fieldError('input.interviewerIds', `Not available for the whole slot: ${missing.join(', ')}.`));
    return deps.em.fork().transactional(async (tx) => {
      const locked = await lockRows(tx, Availability, { id: { $in: covering.map((w) => w.id).sort() } }, { orderBy: { id: 'asc' } });
      if (locked.length !== covering.length)
        return fail(conflictError('input.interviewerIds', 'An availability window was just removed; try again.'));
      const [count, booked] = [
        await tx.count(Interview, { applicationId: application.id }),
        await tx.find(InterviewSeat, { interviewerId: { $in: interviewerIds }, startsAt: { $lt: endsAt }, endsAt: { $gt: startsAt } }),
      ];
      if (booked.length) {
        const who = [...new Set(booked.map((s) => s.interviewerId))].join(', ');
        return fail(conflictError('input.interviewerIds', `Already booked at that time: ${who}.`));
      }
      if (count >= LIMITS.interviewsPerApplication)
        return fail(fieldError('input.applicationId', `An application has at most ${LIMITS.interviewsPerApplication} interviews.`));
      const interview = tx.create(Interview, {
        applicationId: application.id,
        jobId: application.jobId,
        startsAt,
        endsAt,
        interviewerIds,
        status: 'SCHEDULED',
        scheduledByUserId: viewer.userId,
      });
      for (const interviewerId of interviewerIds) tx.create(InterviewSeat, { interviewId: interview.id, interviewerId, startsAt, endsAt });
      return ok({ interview });
    });
  }

  async cancelInterview(deps: JobsDeps, interviewId: string): Promise<Payload<{ interview: InterviewRow }>> {
    requireTenant(deps.viewer);
    const key = id(interviewId);
    const interview = key ? await deps.em.findOne(Interview, { id: key }) : null;
    if (!interview) throw notFound('Interview', interviewId);
    if (interview.status === 'CANCELLED') return ok({ interview });
    await deps.em.transactional(async (tx) => {
      await tx.nativeDelete(InterviewSeat, { interviewId: interview.id });
      await tx.nativeUpdate(Interview, { id: interview.id }, { status: 'CANCELLED' });
    });
    interview.status = 'CANCELLED';
    return ok({ interview });
  }

  // -------------------------------------------------------------------------------------------------
  // Scorecards

  async submitScorecard(deps: JobsDeps, input: SubmitScorecardInput): Promise<Payload<{ scorecard: ScorecardRow }>> {
    const viewer = requireTenant(deps.viewer);
    const errors: UserError[] = [];
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
      errors.push(fieldError('input.rating', 'rating must be 1 to 5.'));
    const notes = text(errors, 'input.notes', input.notes, LIMITS.scorecardNotes, false);
    if (errors.length) return fail(errors);
    const key = id(input.applicationId);
    const application = key ? await deps.em.findOne(Application, { id: key }) : null;
    if (!application) return fail(fieldError('input.applicationId', 'There is no such application.'));
    let interviewId: string | null = null;
    if (input.interviewId != null) {
      const ikey = id(input.interviewId);
      const interview = ikey ? await deps.em.findOne(Interview, { id: ikey, applicationId: application.id }) : null;
      if (!interview) return fail(fieldError('input.interviewId', 'This application has no such interview.'));
      interviewId = interview.id;
    }
    const values = { rating: input.rating, recommendation: input.recommendation, notes, interviewId };
    const existing = await deps.em.findOne(Scorecard, { applicationId: application.id, authorId: viewer.userId });
    const scorecard = existing
      ? Object.assign(existing, values)
      : deps.em.create(Scorecard, { applicationId: application.id, authorId: viewer.userId, ...values });
    const conflict = await flushOrConflict(
      deps.em,
      'input.applicationId',
      'Your scorecard was just written by another request; try again.',
    );
    return conflict.length ? fail(conflict) : ok({ scorecard });
  }

  /** A job's stages in pipeline order, for members of its company; null for everyone else. */
  async stagesOf(deps: JobsDeps, job: JobRow): Promise<JobStageRow[] | null> {
    if (!isMember(deps.viewer, job.companyId)) return null;
    const stages = await deps.loaders.stagesByJob.load(job.id);
    return [...stages].sort((a, b) => a.position - b.position);
  }
}
