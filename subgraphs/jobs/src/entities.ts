import { baseProperties, defineEntity, defineTenantEntity, p, type InferEntity } from '../../../kit';

export const REMOTE_POLICIES = ['ON_SITE', 'HYBRID', 'REMOTE'] as const;
export const JOB_STATUSES = ['OPEN', 'CLOSED'] as const;
export const STAGE_KINDS = ['ACTIVE', 'HIRED', 'REJECTED'] as const;
export const APPLICATION_STATUSES = ['ACTIVE', 'HIRED', 'REJECTED', 'WITHDRAWN'] as const;
export const INTERVIEW_STATUSES = ['SCHEDULED', 'CANCELLED'] as const;
export const RECOMMENDATIONS = ['STRONG_NO', 'NO', 'YES', 'STRONG_YES'] as const;

export type StageKind = (typeof STAGE_KINDS)[number];

/** One screening question of a job, stored with it. */
export interface ScreeningQuestionValue {
  id: string;
  prompt: string;
  required: boolean;
}

/** A candidate's answer to one screening question. */
export interface ScreeningAnswerValue {
  questionId: string;
  answer: string;
}

/*
 * A company is a tenant. Its job postings are public to read, so `Job` (and its skill facet rows) are
 * plain entities that name the company in `companyId` and are written only by its members (checked in
 * the service). Everything about applicants is tenant-owned (defineTenantEntity): stages, applications,
 * moves, availability, interviews and scorecards. The candidate's side is the per-user
 * `CandidateApplication` index, which lets a candidate list their applications across companies.
 */

/** A job posting. `searchText` holds the words of title, description, location, company and skills. */
export const Job = defineEntity({
  name: 'Job',
  tableName: 'jobs',
  properties: {
    ...baseProperties(),
    /** The company's tenant id (not a tenant-owned row: postings are public). */
    companyId: p.string().length(36),
    companyName: p.string().length(200),
    title: p.string().length(200),
    sortTitle: p.string().length(200),
    description: p.text(),
    location: p.string().length(200).nullable(),
    /** The location folded to lower case: the location filter and facet. */
    locationKey: p.string().length(200).nullable(),
    remote: p.enum([...REMOTE_POLICIES]),
    salaryMin: p.integer().nullable(),
    salaryMax: p.integer().nullable(),
    salaryCurrency: p.string().length(3).nullable(),
    /** `salaryMax ?? salaryMin ?? 0`: a non-null sort column. */
    sortSalary: p.integer(),
    skills: p.json<string[]>(),
    skillKey: p.string().length(1000),
    questions: p.json<ScreeningQuestionValue[]>(),
    status: p.enum([...JOB_STATUSES]),
    searchText: p.text(),
    postedByUserId: p.string().length(36),
  },
  indexes: [
    { properties: ['status', 'createdAt'] },
    { properties: ['companyId', 'createdAt'] },
    { properties: ['searchText'], type: 'fulltext' },
  ],
});
export type JobRow = InferEntity<typeof Job>;

/** One skill of one job: the skills facet is a grouped count over these rows. */
export const JobSkill = defineEntity({
  name: 'JobSkill',
  tableName: 'job_skills',
  properties: {
    ...baseProperties(),
    jobId: p.string().length(36),
    skill: p.string().length(40),
  },
  indexes: [{ properties: ['jobId'] }, { properties: ['skill'] }],
});
export type JobSkillRow = InferEntity<typeof JobSkill>;

/** One step of a job's hiring pipeline. */
export const JobStage = defineTenantEntity({
  name: 'JobStage',
  tableName: 'job_stages',
  properties: {
    ...baseProperties(),
    jobId: p.string().length(36),
    name: p.string().length(60),
    position: p.integer(),
    kind: p.enum([...STAGE_KINDS]),
  },
  indexes: [{ properties: ['tenantId', 'jobId', 'position'] }],
});
export type JobStageRow = InferEntity<typeof JobStage>;

/** A candidate's application to a job: owned by the company's tenant. One per candidate and job. */
export const Application = defineTenantEntity({
  name: 'Application',
  tableName: 'job_applications',
  properties: {
    ...baseProperties(),
    jobId: p.string().length(36),
    candidateId: p.string().length(36),
    coverLetter: p.text().nullable(),
    answers: p.json<ScreeningAnswerValue[]>(),
    cvKey: p.string().length(300),
    cvFileName: p.string().length(200),
    cvContentType: p.string().length(100),
    cvSize: p.integer(),
    /** The CV's text when its format is one we parse (text/plain, Markdown); null otherwise. */
    cvText: p.text().nullable(),
    /** Words of the CV text and cover letter: the applications search. */
    searchText: p.text(),
    stageId: p.string().length(36),
    status: p.enum([...APPLICATION_STATUSES]),
    /** The recruiters' internal note. */
    note: p.string().length(2000).nullable(),
  },
  uniques: [{ properties: ['jobId', 'candidateId'] }],
  indexes: [
    { properties: ['tenantId', 'createdAt'] },
    { properties: ['tenantId', 'jobId'] },
    { properties: ['searchText'], type: 'fulltext' },
  ],
});
export type ApplicationRow = InferEntity<typeof Application>;

/** A candidate's index of their own applications (per user, across companies). */
export const CandidateApplication = defineEntity({
  name: 'CandidateApplication',
  tableName: 'candidate_applications',
  properties: {
    ...baseProperties(),
    userId: p.string().length(36),
    applicationId: p.string().length(36).unique(),
    jobId: p.string().length(36),
  },
  indexes: [{ properties: ['userId', 'createdAt'] }],
});
export type CandidateApplicationRow = InferEntity<typeof CandidateApplication>;

/** One move of an application between stages; the first of an application is its arrival (no `fromStageId`). */
export const StageMove = defineTenantEntity({
  name: 'StageMove',
  tableName: 'job_stage_moves',
  properties: {
    ...baseProperties(),
    applicationId: p.string().length(36),
    fromStageId: p.string().length(36).nullable(),
    fromStageName: p.string().length(60).nullable(),
    toStageId: p.string().length(36),
    toStageName: p.string().length(60),
    movedByUserId: p.string().length(36),
    reason: p.string().length(500).nullable(),
  },
  indexes: [{ properties: ['tenantId', 'applicationId', 'createdAt'] }],
});
export type StageMoveRow = InferEntity<typeof StageMove>;

/** A window in which an interviewer can be booked. Windows of one interviewer never overlap. */
export const Availability = defineTenantEntity({
  name: 'Availability',
  tableName: 'interviewer_availability',
  properties: {
    ...baseProperties(),
    interviewerId: p.string().length(36),
    startsAt: p.datetime(3),
    endsAt: p.datetime(3),
  },
  indexes: [{ properties: ['tenantId', 'interviewerId', 'startsAt'] }],
});
export type AvailabilityRow = InferEntity<typeof Availability>;

/** An interview of an application with one or more interviewers. */
export const Interview = defineTenantEntity({
  name: 'Interview',
  tableName: 'job_interviews',
  properties: {
    ...baseProperties(),
    applicationId: p.string().length(36),
    jobId: p.string().length(36),
    startsAt: p.datetime(3),
    endsAt: p.datetime(3),
    interviewerIds: p.json<string[]>(),
    status: p.enum([...INTERVIEW_STATUSES]),
    scheduledByUserId: p.string().length(36),
  },
  indexes: [{ properties: ['tenantId', 'applicationId'] }],
});
export type InterviewRow = InferEntity<typeof Interview>;

/** One interviewer's seat in a scheduled interview: the rows the double-booking check reads. */
export const InterviewSeat = defineTenantEntity({
  name: 'InterviewSeat',
  tableName: 'job_interview_seats',
  properties: {
    ...baseProperties(),
    interviewId: p.string().length(36),
    interviewerId: p.string().length(36),
    startsAt: p.datetime(3),
    endsAt: p.datetime(3),
  },
  indexes: [{ properties: ['tenantId', 'interviewerId', 'startsAt'] }, { properties: ['interviewId'] }],
});
export type InterviewSeatRow = InferEntity<typeof InterviewSeat>;

/** An interviewer's assessment of an application; one per author and application. */
export const Scorecard = defineTenantEntity({
  name: 'Scorecard',
  tableName: 'job_scorecards',
  properties: {
    ...baseProperties(),
    applicationId: p.string().length(36),
    interviewId: p.string().length(36).nullable(),
    authorId: p.string().length(36),
    rating: p.integer(),
    recommendation: p.enum([...RECOMMENDATIONS]),
    notes: p.text().nullable(),
  },
  uniques: [{ properties: ['applicationId', 'authorId'] }],
  indexes: [{ properties: ['tenantId', 'applicationId', 'createdAt'] }],
});
export type ScorecardRow = InferEntity<typeof Scorecard>;

export const entities = [
  Job,
  JobSkill,
  JobStage,
  Application,
  CandidateApplication,
  StageMove,
  Availability,
  Interview,
  InterviewSeat,
  Scorecard,
];
