import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { JobRow, JobStageRow, ApplicationRow, StageMoveRow, InterviewRow, AvailabilityRow, ScorecardRow, ScreeningQuestionValue } from '../entities';
import type { JobSearchResult, ScreeningAnswerView, UserRef, JobsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A new availability window. */
export type AddAvailabilityInput = {
  /** End: 15 minutes to 12 hours after the start. */
  endsAt: Scalars['DateTime']['input'];
  /** The interviewer; default the viewer. Another member's windows need the MANAGER role. */
  interviewerId?: InputMaybe<Scalars['ID']['input']>;
  /** Start (whole minutes). */
  startsAt: Scalars['DateTime']['input'];
};

/**
 * An application to a job. The company (members of its tenant) sees all of it; the candidate sees it
 * through `myApplications` without the company-only fields (those are null for them).
 */
export type Application = {
  __typename?: 'Application';
  /** Answers to the job's screening questions. */
  answers: Array<ScreeningAnswer>;
  /** When the candidate applied. */
  appliedAt: Scalars['DateTime']['output'];
  /** The applicant. */
  candidate?: Maybe<User>;
  /** The cover letter, if any. */
  coverLetter?: Maybe<Scalars['String']['output']>;
  /** The CV. */
  cv: CvFile;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The interviews (at most 20), earliest first; the candidate sees them too. */
  interviews: Array<Interview>;
  /** The job applied to. */
  job: Job;
  /** The recruiters' internal note; company only. */
  note?: Maybe<Scalars['String']['output']>;
  /** Scorecards, oldest first; company only. */
  scorecards?: Maybe<ScorecardConnection>;
  /** The current pipeline stage. */
  stage: JobStage;
  /** Every move between stages, oldest first; company only. */
  stageHistory?: Maybe<StageMoveConnection>;
  /** Where the application stands. */
  status: ApplicationStatus;
};


/**
 * An application to a job. The company (members of its tenant) sees all of it; the candidate sees it
 * through `myApplications` without the company-only fields (those are null for them).
 */
export type ApplicationScorecardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An application to a job. The company (members of its tenant) sees all of it; the candidate sees it
 * through `myApplications` without the company-only fields (those are null for them).
 */
export type ApplicationStageHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of applications. */
export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  /** This page. */
  edges: Array<ApplicationEdge>;
  /** Where the page sits. */
  pageInfo: PageInfo;
  /** How many match. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an application list. */
export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  /** Where this edge sits; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The application. */
  node: Application;
};

/** The filters of the company's application list. */
export type ApplicationFilter = {
  /** Applications to this job. */
  jobId?: InputMaybe<Scalars['ID']['input']>;
  /** Words that must each start a word of the CV text or cover letter (1 to 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Applications in this stage. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** Applications with this status. */
  status?: InputMaybe<ApplicationStatus>;
};

/** The result of a change to an application. */
export type ApplicationPayload = {
  __typename?: 'ApplicationPayload';
  /** The application; null when `errors` is not empty. */
  application?: Maybe<Application>;
  /** What was wrong. */
  errors: Array<UserError>;
};

/** Where an application stands. */
export type ApplicationStatus =
  /** In an ACTIVE stage. */
  | 'ACTIVE'
  /** In a HIRED stage. */
  | 'HIRED'
  /** In a REJECTED stage. */
  | 'REJECTED'
  /** Withdrawn by the candidate. */
  | 'WITHDRAWN';

/** An application by the signed-in user. */
export type ApplyToJobInput = {
  /** Answers; every required question must be answered. */
  answers?: InputMaybe<Array<ScreeningAnswerInput>>;
  /** A cover letter (at most 10,000 characters). */
  coverLetter?: InputMaybe<Scalars['String']['input']>;
  /** The CV file. */
  cv: CvUploadInput;
  /** The job (must be OPEN). */
  jobId: Scalars['ID']['input'];
};

/** A window in which an interviewer can be booked. */
export type Availability = {
  __typename?: 'Availability';
  /** End of the window. */
  endsAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The interviewer. */
  interviewer?: Maybe<User>;
  /** Start of the window. */
  startsAt: Scalars['DateTime']['output'];
};

/** A page of availability windows. */
export type AvailabilityConnection = {
  __typename?: 'AvailabilityConnection';
  /** This page. */
  edges: Array<AvailabilityEdge>;
  /** Where the page sits. */
  pageInfo: PageInfo;
  /** How many windows. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of an availability list. */
export type AvailabilityEdge = {
  __typename?: 'AvailabilityEdge';
  /** Where this edge sits; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The window. */
  node: Availability;
};

/** The result of adding availability. */
export type AvailabilityPayload = {
  __typename?: 'AvailabilityPayload';
  /** The window; null when `errors` is not empty. */
  availability?: Maybe<Availability>;
  /** What was wrong. */
  errors: Array<UserError>;
};

/** The CV file of an application. */
export type CvFile = {
  __typename?: 'CvFile';
  /** Its content type. */
  contentType: Scalars['String']['output'];
  /** A signed link (path on the router's host) to download the file, valid for ten minutes. */
  downloadUrl: Scalars['String']['output'];
  /** The file name as uploaded. */
  fileName: Scalars['String']['output'];
  /** Its size in bytes. */
  size: Scalars['Int']['output'];
  /** Its text, when extracted; null otherwise. */
  text?: Maybe<Scalars['String']['output']>;
  /** Whether its text was extracted and is searchable (text/plain and Markdown; PDF and Word are stored, not parsed). */
  textExtracted: Scalars['Boolean']['output'];
};

/** The CV of an application, sent inline (base64). */
export type CvUploadInput = {
  /** The file's bytes in base64 (at most JOBS_MAX_CV_BYTES once decoded). */
  contentBase64: Scalars['String']['input'];
  /** text/plain, text/markdown, application/pdf, application/msword or the .docx type. */
  contentType: Scalars['String']['input'];
  /** The file name (1 to 200 characters, no path). */
  fileName: Scalars['String']['input'];
};

/** The result of deleting an application. */
export type DeleteApplicationPayload = {
  __typename?: 'DeleteApplicationPayload';
  /** The deleted application's id; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** What was wrong. */
  errors: Array<UserError>;
};

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** A scheduled interview. */
export type Interview = {
  __typename?: 'Interview';
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The interviewers. */
  panel?: Maybe<Array<User>>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Scheduled or cancelled. */
  status: InterviewStatus;
};

/** The result of scheduling or cancelling an interview. */
export type InterviewPayload = {
  __typename?: 'InterviewPayload';
  /** What was wrong (CONFLICT when an interviewer is already booked). */
  errors: Array<UserError>;
  /** The interview; null when `errors` is not empty. */
  interview?: Maybe<Interview>;
};

/** Whether an interview takes place. */
export type InterviewStatus =
  /** It was cancelled; its interviewers are free again. */
  | 'CANCELLED'
  /** It takes place. */
  | 'SCHEDULED';

/** A job posting. Anyone may read it; members of the company manage it. */
export type Job = {
  __typename?: 'Job';
  /** The job's applications, newest first; null unless the viewer is a member of the company. */
  applications?: Maybe<ApplicationConnection>;
  /** The company's id (its tenant). */
  companyId: Scalars['ID']['output'];
  /** The company's name as posted. */
  companyName: Scalars['String']['output'];
  /** The description (plain text or Markdown source). */
  description: Scalars['String']['output'];
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** Where the job is; null for remote jobs without a location. */
  location?: Maybe<Scalars['String']['output']>;
  /** When the job was posted. */
  postedAt: Scalars['DateTime']['output'];
  /** On site, hybrid or remote. */
  remote: RemotePolicy;
  /** The salary range; null when not disclosed. */
  salary?: Maybe<SalaryRange>;
  /** Questions every application answers, at most 10. */
  screeningQuestions: Array<ScreeningQuestion>;
  /** Skills asked for (lower case), at most 20. */
  skills: Array<Scalars['String']['output']>;
  /** The hiring pipeline, in order; null unless the viewer is a member of the company. */
  stages?: Maybe<Array<JobStage>>;
  /** Open or closed. */
  status: JobStatus;
  /** The job title. */
  title: Scalars['String']['output'];
};


/** A job posting. Anyone may read it; members of the company manage it. */
export type JobApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of jobs. */
export type JobConnection = {
  __typename?: 'JobConnection';
  /** This page's jobs. */
  edges: Array<JobEdge>;
  /** Facet counts over every match (computed only when asked for). */
  facets: JobFacets;
  /** Where the page sits. */
  pageInfo: PageInfo;
  /** How many jobs match. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a job list. */
export type JobEdge = {
  __typename?: 'JobEdge';
  /** Where this edge sits; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The job. */
  node: Job;
};

/** One value of a facet and how many jobs of the search have it. */
export type JobFacetCount = {
  __typename?: 'JobFacetCount';
  /** How many matching jobs have it. */
  count: Scalars['Int']['output'];
  /** The value (a skill, a location in lower case, a remote policy). */
  value: Scalars['String']['output'];
};

/** Facet counts over every job a search matches, not only the page. */
export type JobFacets = {
  __typename?: 'JobFacets';
  /** The most frequent locations. */
  locations: Array<JobFacetCount>;
  /** Jobs per remote policy. */
  remote: Array<JobFacetCount>;
  /** The most frequent skills. */
  skills: Array<JobFacetCount>;
};

/** The filters of a job search; all given filters must hold. */
export type JobFilter = {
  /** Jobs of this company only. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Jobs with this location (case-insensitive, exact). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Jobs with one of these remote policies. */
  remote?: InputMaybe<Array<RemotePolicy>>;
  /** Jobs whose salary range reaches at least this much (in `salaryCurrency`). */
  salaryAtLeast?: InputMaybe<Scalars['Int']['input']>;
  /** The currency of `salaryAtLeast`; required with it. */
  salaryCurrency?: InputMaybe<Scalars['String']['input']>;
  /** Words that must each start a word of the title, description, location, company or skills (1 to 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Jobs asking for every one of these skills (at most 10). */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** OPEN (default) or CLOSED; closed jobs are listed only for their company's members. */
  status?: InputMaybe<JobStatus>;
};

/** How a job list is ordered. */
export type JobOrder =
  /** Newest first (the default). */
  | 'NEWEST'
  /** Highest salary first. */
  | 'SALARY'
  /** By title, A to Z. */
  | 'TITLE';

/** The result of posting or changing a job. */
export type JobPayload = {
  __typename?: 'JobPayload';
  /** What was wrong with the input. */
  errors: Array<UserError>;
  /** The job; null when `errors` is not empty. */
  job?: Maybe<Job>;
};

/** One step of a job's hiring pipeline. */
export type JobStage = {
  __typename?: 'JobStage';
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** What reaching it means. */
  kind: JobStageKind;
  /** The stage's name, e.g. Screening. */
  name: Scalars['String']['output'];
  /** Its place in the pipeline, from 0. */
  position: Scalars['Int']['output'];
};

/** A pipeline stage of a new job. */
export type JobStageInput = {
  /** What reaching it means (default ACTIVE). */
  kind?: InputMaybe<JobStageKind>;
  /** The stage's name (1 to 60 characters, unique within the job). */
  name: Scalars['String']['input'];
};

/** What reaching a pipeline stage means. */
export type JobStageKind =
  /** The application is still being considered. */
  | 'ACTIVE'
  /** The candidate was hired. */
  | 'HIRED'
  /** The application was turned down. */
  | 'REJECTED';

/** Whether a job takes applications. */
export type JobStatus =
  /** Closed: still readable, takes no applications. */
  | 'CLOSED'
  /** Open: listed in search, takes applications. */
  | 'OPEN';

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds an availability window of an interviewer. */
  addAvailability?: Maybe<AvailabilityPayload>;
  /** Applies to an open job as the signed-in user, with a CV and answers. */
  applyToJob?: Maybe<ApplicationPayload>;
  /** Cancels an interview, freeing its interviewers. */
  cancelInterview?: Maybe<InterviewPayload>;
  /** Deletes an application with its history, interviews, scorecards and CV file. */
  deleteApplication?: Maybe<DeleteApplicationPayload>;
  /** Moves an application to another stage of its job; the move is recorded. */
  moveApplication?: Maybe<ApplicationPayload>;
  /** Posts a job for the current company. */
  postJob?: Maybe<JobPayload>;
  /** Schedules an interview; no interviewer is ever booked twice at once. */
  scheduleInterview?: Maybe<InterviewPayload>;
  /** Sets the recruiters' note of an application (null or blank clears it). */
  setApplicationNote?: Maybe<ApplicationPayload>;
  /** Writes (or rewrites) the viewer's scorecard of an application. */
  submitScorecard?: Maybe<ScorecardPayload>;
  /** Changes one of the current company's jobs. */
  updateJob?: Maybe<JobPayload>;
  /** Withdraws one of the signed-in user's applications. */
  withdrawApplication?: Maybe<ApplicationPayload>;
};


export type MutationAddAvailabilityArgs = {
  input: AddAvailabilityInput;
};


export type MutationApplyToJobArgs = {
  input: ApplyToJobInput;
};


export type MutationCancelInterviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMoveApplicationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  stageId: Scalars['ID']['input'];
};


export type MutationPostJobArgs = {
  input: PostJobInput;
};


export type MutationScheduleInterviewArgs = {
  input: ScheduleInterviewInput;
};


export type MutationSetApplicationNoteArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSubmitScorecardArgs = {
  input: SubmitScorecardInput;
};


export type MutationUpdateJobArgs = {
  id: Scalars['ID']['input'];
  input: UpdateJobInput;
};


export type MutationWithdrawApplicationArgs = {
  id: Scalars['ID']['input'];
};

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A new job posting of the current tenant (the company). */
export type PostJobInput = {
  /** The company's name as shown (1 to 200 characters). */
  companyName: Scalars['String']['input'];
  /** The description (1 to 20,000 characters). */
  description: Scalars['String']['input'];
  /** Where the job is (at most 200 characters); required unless remote is REMOTE. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** On site, hybrid or remote. */
  remote: RemotePolicy;
  /** The salary range, if disclosed. */
  salary?: InputMaybe<SalaryRangeInput>;
  /** Screening questions (at most 10). */
  screeningQuestions?: InputMaybe<Array<ScreeningQuestionInput>>;
  /** Skills (at most 20, each 1 to 40 letters, digits, spaces, _ or -). */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The pipeline (2 to 20 stages); default Applied, Screening, Interview, Offer, Hired (HIRED), Rejected (REJECTED). */
  stages?: InputMaybe<Array<JobStageInput>>;
  /** The job title (1 to 200 characters). */
  title: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** One application of the current company. */
  application?: Maybe<Application>;
  /** The current company's applications, newest first; `filter.search` searches CV text. */
  applications?: Maybe<ApplicationConnection>;
  /** An interviewer's availability windows in the current company, earliest first (default the viewer's). */
  availability?: Maybe<AvailabilityConnection>;
  /** One job (a closed job only for its company's members). */
  job?: Maybe<Job>;
  /** Job search: full text, filters, facets. Open jobs for everyone; closed ones for their company's members. */
  jobs?: Maybe<JobConnection>;
  /** The signed-in user's applications, newest first. */
  myApplications?: Maybe<ApplicationConnection>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAvailabilityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  interviewerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<JobOrder>;
};


export type QueryMyApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What an interviewer recommends. */
export type Recommendation =
  /** Rather not. */
  | 'NO'
  /** Definitely not. */
  | 'STRONG_NO'
  /** Definitely yes. */
  | 'STRONG_YES'
  /** Rather yes. */
  | 'YES';

/** Where the work of a job is done. */
export type RemotePolicy =
  /** Partly remote. */
  | 'HYBRID'
  /** At the company's location. */
  | 'ON_SITE'
  /** Fully remote. */
  | 'REMOTE';

/** A salary range in whole units of a currency per year. */
export type SalaryRange = {
  __typename?: 'SalaryRange';
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
  /** The highest salary offered; null when only a minimum is given. */
  max?: Maybe<Scalars['Int']['output']>;
  /** The lowest salary offered; null when only a maximum is given. */
  min?: Maybe<Scalars['Int']['output']>;
};

/** A salary range of a job. */
export type SalaryRangeInput = {
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['input'];
  /** Highest (0 to 100,000,000), not below min. */
  max?: InputMaybe<Scalars['Int']['input']>;
  /** Lowest (0 to 100,000,000); at least one of min and max. */
  min?: InputMaybe<Scalars['Int']['input']>;
};

/** An interview to schedule. */
export type ScheduleInterviewInput = {
  /** The application (of the current company). */
  applicationId: Scalars['ID']['input'];
  /** End: 15 minutes to 4 hours after the start. */
  endsAt: Scalars['DateTime']['input'];
  /** The interviewers (1 to 5), each available for the whole slot and not booked in it. */
  interviewerIds: Array<Scalars['ID']['input']>;
  /** Start. */
  startsAt: Scalars['DateTime']['input'];
};

/** An interviewer's assessment of an application. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /** Who wrote it. */
  author?: Maybe<User>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** The interview it is about, if any. */
  interviewId?: Maybe<Scalars['ID']['output']>;
  /** Free-text notes. */
  notes?: Maybe<Scalars['String']['output']>;
  /** 1 (poor) to 5 (excellent). */
  rating: Scalars['Int']['output'];
  /** The recommendation. */
  recommendation: Recommendation;
  /** When it was last written. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of scorecards. */
export type ScorecardConnection = {
  __typename?: 'ScorecardConnection';
  /** This page. */
  edges: Array<ScorecardEdge>;
  /** Where the page sits. */
  pageInfo: PageInfo;
  /** How many scorecards. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a scorecard list. */
export type ScorecardEdge = {
  __typename?: 'ScorecardEdge';
  /** Where this edge sits; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The scorecard. */
  node: Scorecard;
};

/** The result of submitting a scorecard. */
export type ScorecardPayload = {
  __typename?: 'ScorecardPayload';
  /** What was wrong. */
  errors: Array<UserError>;
  /** The scorecard; null when `errors` is not empty. */
  scorecard?: Maybe<Scorecard>;
};

/** A candidate's answer to a screening question. */
export type ScreeningAnswer = {
  __typename?: 'ScreeningAnswer';
  /** The answer. */
  answer: Scalars['String']['output'];
  /** The question as it was asked. */
  prompt: Scalars['String']['output'];
  /** The question's id. */
  questionId: Scalars['ID']['output'];
};

/** An answer to one screening question. */
export type ScreeningAnswerInput = {
  /** The answer (1 to 2,000 characters). */
  answer: Scalars['String']['input'];
  /** The question's id. */
  questionId: Scalars['ID']['input'];
};

/** A question a candidate answers when applying. */
export type ScreeningQuestion = {
  __typename?: 'ScreeningQuestion';
  /** Identifier of the question within its job. */
  id: Scalars['ID']['output'];
  /** The question. */
  prompt: Scalars['String']['output'];
  /** Whether an application must answer it. */
  required: Scalars['Boolean']['output'];
};

/** A screening question of a new job. */
export type ScreeningQuestionInput = {
  /** The question (1 to 500 characters). */
  prompt: Scalars['String']['input'];
  /** Whether it must be answered (default true). */
  required?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One move of an application between stages. */
export type StageMove = {
  __typename?: 'StageMove';
  /** The stage's name left; null for the application's arrival. */
  fromStageName?: Maybe<Scalars['String']['output']>;
  /** Stable identifier. */
  id: Scalars['ID']['output'];
  /** When. */
  movedAt: Scalars['DateTime']['output'];
  /** Who moved it (the candidate for the arrival). */
  movedBy?: Maybe<User>;
  /** Why, if given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The stage's name entered. */
  toStageName: Scalars['String']['output'];
};

/** A page of stage moves. */
export type StageMoveConnection = {
  __typename?: 'StageMoveConnection';
  /** This page. */
  edges: Array<StageMoveEdge>;
  /** Where the page sits. */
  pageInfo: PageInfo;
  /** How many moves. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a stage history. */
export type StageMoveEdge = {
  __typename?: 'StageMoveEdge';
  /** Where this edge sits; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The move. */
  node: StageMove;
};

/** A scorecard by the signed-in member. */
export type SubmitScorecardInput = {
  /** The application. */
  applicationId: Scalars['ID']['input'];
  /** The interview it is about, if any (of that application). */
  interviewId?: InputMaybe<Scalars['ID']['input']>;
  /** Notes (at most 5,000 characters). */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 5. */
  rating: Scalars['Int']['input'];
  /** The recommendation. */
  recommendation: Recommendation;
};

/** Changes to a job; fields left out stay as they are. */
export type UpdateJobInput = {
  /** The description (1 to 20,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where the job is (at most 200 characters). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** On site, hybrid or remote. */
  remote?: InputMaybe<RemotePolicy>;
  /** The salary range; null removes it. */
  salary?: InputMaybe<SalaryRangeInput>;
  /** Skills (replaces them). */
  skills?: InputMaybe<Array<Scalars['String']['input']>>;
  /** OPEN or CLOSED. */
  status?: InputMaybe<JobStatus>;
  /** The job title (1 to 200 characters). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A person with a Hubgraph account. */
export type User = {
  __typename?: 'User';
  /** The user's id. */
  id: Scalars['ID']['output'];
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Application: Application;
  Job: Job;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Application:
    ( { __typename: 'Application' }
    & GraphQLRecursivePick<FederationTypes['Application'], {"id":true}> );
  Job:
    ( { __typename: 'Job' }
    & GraphQLRecursivePick<FederationTypes['Job'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddAvailabilityInput: AddAvailabilityInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Application: ResolverTypeWrapper<ApplicationRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplicationConnection: ResolverTypeWrapper<Omit<ApplicationConnection, 'edges'> & { edges: Array<ResolversTypes['ApplicationEdge']> }>;
  ApplicationEdge: ResolverTypeWrapper<Omit<ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  ApplicationFilter: ApplicationFilter;
  ApplicationPayload: ResolverTypeWrapper<Omit<ApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['Application']> }>;
  ApplicationStatus: ApplicationStatus;
  ApplyToJobInput: ApplyToJobInput;
  Availability: ResolverTypeWrapper<AvailabilityRow>;
  AvailabilityConnection: ResolverTypeWrapper<Omit<AvailabilityConnection, 'edges'> & { edges: Array<ResolversTypes['AvailabilityEdge']> }>;
  AvailabilityEdge: ResolverTypeWrapper<Omit<AvailabilityEdge, 'node'> & { node: ResolversTypes['Availability'] }>;
  AvailabilityPayload: ResolverTypeWrapper<Omit<AvailabilityPayload, 'availability'> & { availability?: Maybe<ResolversTypes['Availability']> }>;
  CvFile: ResolverTypeWrapper<ApplicationRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CvUploadInput: CvUploadInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteApplicationPayload: ResolverTypeWrapper<DeleteApplicationPayload>;
  ErrorCode: ErrorCode;
  Interview: ResolverTypeWrapper<InterviewRow>;
  InterviewPayload: ResolverTypeWrapper<Omit<InterviewPayload, 'interview'> & { interview?: Maybe<ResolversTypes['Interview']> }>;
  InterviewStatus: InterviewStatus;
  Job: ResolverTypeWrapper<JobRow>;
  JobConnection: ResolverTypeWrapper<JobSearchResult>;
  JobEdge: ResolverTypeWrapper<Omit<JobEdge, 'node'> & { node: ResolversTypes['Job'] }>;
  JobFacetCount: ResolverTypeWrapper<JobFacetCount>;
  JobFacets: ResolverTypeWrapper<JobFacets>;
  JobFilter: JobFilter;
  JobOrder: JobOrder;
  JobPayload: ResolverTypeWrapper<Omit<JobPayload, 'job'> & { job?: Maybe<ResolversTypes['Job']> }>;
  JobStage: ResolverTypeWrapper<JobStageRow>;
  JobStageInput: JobStageInput;
  JobStageKind: JobStageKind;
  JobStatus: JobStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PostJobInput: PostJobInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Recommendation: Recommendation;
  RemotePolicy: RemotePolicy;
  SalaryRange: ResolverTypeWrapper<SalaryRange>;
  SalaryRangeInput: SalaryRangeInput;
  ScheduleInterviewInput: ScheduleInterviewInput;
  Scorecard: ResolverTypeWrapper<ScorecardRow>;
  ScorecardConnection: ResolverTypeWrapper<Omit<ScorecardConnection, 'edges'> & { edges: Array<ResolversTypes['ScorecardEdge']> }>;
  ScorecardEdge: ResolverTypeWrapper<Omit<ScorecardEdge, 'node'> & { node: ResolversTypes['Scorecard'] }>;
  ScorecardPayload: ResolverTypeWrapper<Omit<ScorecardPayload, 'scorecard'> & { scorecard?: Maybe<ResolversTypes['Scorecard']> }>;
  ScreeningAnswer: ResolverTypeWrapper<ScreeningAnswerView>;
  ScreeningAnswerInput: ScreeningAnswerInput;
  ScreeningQuestion: ResolverTypeWrapper<ScreeningQuestionValue>;
  ScreeningQuestionInput: ScreeningQuestionInput;
  StageMove: ResolverTypeWrapper<StageMoveRow>;
  StageMoveConnection: ResolverTypeWrapper<Omit<StageMoveConnection, 'edges'> & { edges: Array<ResolversTypes['StageMoveEdge']> }>;
  StageMoveEdge: ResolverTypeWrapper<Omit<StageMoveEdge, 'node'> & { node: ResolversTypes['StageMove'] }>;
  SubmitScorecardInput: SubmitScorecardInput;
  UpdateJobInput: UpdateJobInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddAvailabilityInput: AddAvailabilityInput;
  ID: Scalars['ID']['output'];
  Application: ApplicationRow;
  Int: Scalars['Int']['output'];
  ApplicationConnection: Omit<ApplicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApplicationEdge']> };
  ApplicationEdge: Omit<ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  ApplicationFilter: ApplicationFilter;
  ApplicationPayload: Omit<ApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['Application']> };
  ApplyToJobInput: ApplyToJobInput;
  Availability: AvailabilityRow;
  AvailabilityConnection: Omit<AvailabilityConnection, 'edges'> & { edges: Array<ResolversParentTypes['AvailabilityEdge']> };
  AvailabilityEdge: Omit<AvailabilityEdge, 'node'> & { node: ResolversParentTypes['Availability'] };
  AvailabilityPayload: Omit<AvailabilityPayload, 'availability'> & { availability?: Maybe<ResolversParentTypes['Availability']> };
  CvFile: ApplicationRow;
  Boolean: Scalars['Boolean']['output'];
  CvUploadInput: CvUploadInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteApplicationPayload: DeleteApplicationPayload;
  Interview: InterviewRow;
  InterviewPayload: Omit<InterviewPayload, 'interview'> & { interview?: Maybe<ResolversParentTypes['Interview']> };
  Job: JobRow;
  JobConnection: JobSearchResult;
  JobEdge: Omit<JobEdge, 'node'> & { node: ResolversParentTypes['Job'] };
  JobFacetCount: JobFacetCount;
  JobFacets: JobFacets;
  JobFilter: JobFilter;
  JobPayload: Omit<JobPayload, 'job'> & { job?: Maybe<ResolversParentTypes['Job']> };
  JobStage: JobStageRow;
  JobStageInput: JobStageInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PostJobInput: PostJobInput;
  Query: Record<PropertyKey, never>;
  SalaryRange: SalaryRange;
  SalaryRangeInput: SalaryRangeInput;
  ScheduleInterviewInput: ScheduleInterviewInput;
  Scorecard: ScorecardRow;
  ScorecardConnection: Omit<ScorecardConnection, 'edges'> & { edges: Array<ResolversParentTypes['ScorecardEdge']> };
  ScorecardEdge: Omit<ScorecardEdge, 'node'> & { node: ResolversParentTypes['Scorecard'] };
  ScorecardPayload: Omit<ScorecardPayload, 'scorecard'> & { scorecard?: Maybe<ResolversParentTypes['Scorecard']> };
  ScreeningAnswer: ScreeningAnswerView;
  ScreeningAnswerInput: ScreeningAnswerInput;
  ScreeningQuestion: ScreeningQuestionValue;
  ScreeningQuestionInput: ScreeningQuestionInput;
  StageMove: StageMoveRow;
  StageMoveConnection: Omit<StageMoveConnection, 'edges'> & { edges: Array<ResolversParentTypes['StageMoveEdge']> };
  StageMoveEdge: Omit<StageMoveEdge, 'node'> & { node: ResolversParentTypes['StageMove'] };
  SubmitScorecardInput: SubmitScorecardInput;
  UpdateJobInput: UpdateJobInput;
  User: UserRef;
  UserError: UserError;
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = JobsContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = JobsContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ApplicationResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['ScreeningAnswer']>, ParentType, ContextType>;
  appliedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  candidate?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  coverLetter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cv?: Resolver<ResolversTypes['CvFile'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interviews?: Resolver<Array<ResolversTypes['Interview']>, ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scorecards?: Resolver<Maybe<ResolversTypes['ScorecardConnection']>, ParentType, ContextType, RequireFields<ApplicationScorecardsArgs, 'first'>>;
  stage?: Resolver<ResolversTypes['JobStage'], ParentType, ContextType>;
  stageHistory?: Resolver<Maybe<ResolversTypes['StageMoveConnection']>, ParentType, ContextType, RequireFields<ApplicationStageHistoryArgs, 'first'>>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
}>;

export type ApplicationConnectionResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApplicationEdgeResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
}>;

export type ApplicationPayloadResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['ApplicationPayload'] = ResolversParentTypes['ApplicationPayload']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AvailabilityResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['Availability'] = ResolversParentTypes['Availability']> = ResolversObject<{
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interviewer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type AvailabilityConnectionResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['AvailabilityConnection'] = ResolversParentTypes['AvailabilityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AvailabilityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AvailabilityEdgeResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['AvailabilityEdge'] = ResolversParentTypes['AvailabilityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Availability'], ParentType, ContextType>;
}>;

export type AvailabilityPayloadResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['AvailabilityPayload'] = ResolversParentTypes['AvailabilityPayload']> = ResolversObject<{
  availability?: Resolver<Maybe<ResolversTypes['Availability']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CvFileResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['CvFile'] = ResolversParentTypes['CvFile']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textExtracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteApplicationPayloadResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['DeleteApplicationPayload'] = ResolversParentTypes['DeleteApplicationPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type InterviewResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['Interview'] = ResolversParentTypes['Interview']> = ResolversObject<{
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  panel?: Resolver<Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InterviewStatus'], ParentType, ContextType>;
}>;

export type InterviewPayloadResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['InterviewPayload'] = ResolversParentTypes['InterviewPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  interview?: Resolver<Maybe<ResolversTypes['Interview']>, ParentType, ContextType>;
}>;

export type JobResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job'], FederationReferenceType extends FederationReferenceTypes['Job'] = FederationReferenceTypes['Job']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Job']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applications?: Resolver<Maybe<ResolversTypes['ApplicationConnection']>, ParentType, ContextType, RequireFields<JobApplicationsArgs, 'first'>>;
  companyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  remote?: Resolver<ResolversTypes['RemotePolicy'], ParentType, ContextType>;
  salary?: Resolver<Maybe<ResolversTypes['SalaryRange']>, ParentType, ContextType>;
  screeningQuestions?: Resolver<Array<ResolversTypes['ScreeningQuestion']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  stages?: Resolver<Maybe<Array<ResolversTypes['JobStage']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JobConnectionResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['JobConnection'] = ResolversParentTypes['JobConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JobEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['JobFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobEdgeResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['JobEdge'] = ResolversParentTypes['JobEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
}>;

export type JobFacetCountResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['JobFacetCount'] = ResolversParentTypes['JobFacetCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JobFacetsResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['JobFacets'] = ResolversParentTypes['JobFacets']> = ResolversObject<{
  locations?: Resolver<Array<ResolversTypes['JobFacetCount']>, ParentType, ContextType>;
  remote?: Resolver<Array<ResolversTypes['JobFacetCount']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['JobFacetCount']>, ParentType, ContextType>;
}>;

export type JobPayloadResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['JobPayload'] = ResolversParentTypes['JobPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
}>;

export type JobStageResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['JobStage'] = ResolversParentTypes['JobStage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JobStageKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addAvailability?: Resolver<Maybe<ResolversTypes['AvailabilityPayload']>, ParentType, ContextType, RequireFields<MutationAddAvailabilityArgs, 'input'>>;
  applyToJob?: Resolver<Maybe<ResolversTypes['ApplicationPayload']>, ParentType, ContextType, RequireFields<MutationApplyToJobArgs, 'input'>>;
  cancelInterview?: Resolver<Maybe<ResolversTypes['InterviewPayload']>, ParentType, ContextType, RequireFields<MutationCancelInterviewArgs, 'id'>>;
  deleteApplication?: Resolver<Maybe<ResolversTypes['DeleteApplicationPayload']>, ParentType, ContextType, RequireFields<MutationDeleteApplicationArgs, 'id'>>;
  moveApplication?: Resolver<Maybe<ResolversTypes['ApplicationPayload']>, ParentType, ContextType, RequireFields<MutationMoveApplicationArgs, 'id' | 'stageId'>>;
  postJob?: Resolver<Maybe<ResolversTypes['JobPayload']>, ParentType, ContextType, RequireFields<MutationPostJobArgs, 'input'>>;
  scheduleInterview?: Resolver<Maybe<ResolversTypes['InterviewPayload']>, ParentType, ContextType, RequireFields<MutationScheduleInterviewArgs, 'input'>>;
  setApplicationNote?: Resolver<Maybe<ResolversTypes['ApplicationPayload']>, ParentType, ContextType, RequireFields<MutationSetApplicationNoteArgs, 'id'>>;
  submitScorecard?: Resolver<Maybe<ResolversTypes['ScorecardPayload']>, ParentType, ContextType, RequireFields<MutationSubmitScorecardArgs, 'input'>>;
  updateJob?: Resolver<Maybe<ResolversTypes['JobPayload']>, ParentType, ContextType, RequireFields<MutationUpdateJobArgs, 'id' | 'input'>>;
  withdrawApplication?: Resolver<Maybe<ResolversTypes['ApplicationPayload']>, ParentType, ContextType, RequireFields<MutationWithdrawApplicationArgs, 'id'>>;
}>;

export type PageInfoResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  applications?: Resolver<Maybe<ResolversTypes['ApplicationConnection']>, ParentType, ContextType, RequireFields<QueryApplicationsArgs, 'first'>>;
  availability?: Resolver<Maybe<ResolversTypes['AvailabilityConnection']>, ParentType, ContextType, RequireFields<QueryAvailabilityArgs, 'first'>>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryJobArgs, 'id'>>;
  jobs?: Resolver<Maybe<ResolversTypes['JobConnection']>, ParentType, ContextType, RequireFields<QueryJobsArgs, 'first' | 'orderBy'>>;
  myApplications?: Resolver<Maybe<ResolversTypes['ApplicationConnection']>, ParentType, ContextType, RequireFields<QueryMyApplicationsArgs, 'first'>>;
}>;

export type SalaryRangeResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['SalaryRange'] = ResolversParentTypes['SalaryRange']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ScorecardResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['Scorecard'] = ResolversParentTypes['Scorecard']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interviewId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ScorecardConnectionResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['ScorecardConnection'] = ResolversParentTypes['ScorecardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ScorecardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScorecardEdgeResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['ScorecardEdge'] = ResolversParentTypes['ScorecardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Scorecard'], ParentType, ContextType>;
}>;

export type ScorecardPayloadResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['ScorecardPayload'] = ResolversParentTypes['ScorecardPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  scorecard?: Resolver<Maybe<ResolversTypes['Scorecard']>, ParentType, ContextType>;
}>;

export type ScreeningAnswerResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['ScreeningAnswer'] = ResolversParentTypes['ScreeningAnswer']> = ResolversObject<{
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prompt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ScreeningQuestionResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['ScreeningQuestion'] = ResolversParentTypes['ScreeningQuestion']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prompt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StageMoveResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['StageMove'] = ResolversParentTypes['StageMove']> = ResolversObject<{
  fromStageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  movedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StageMoveConnectionResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['StageMoveConnection'] = ResolversParentTypes['StageMoveConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StageMoveEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StageMoveEdgeResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['StageMoveEdge'] = ResolversParentTypes['StageMoveEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StageMove'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = JobsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = JobsContext> = ResolversObject<{
  Application?: ApplicationResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  ApplicationPayload?: ApplicationPayloadResolvers<ContextType>;
  Availability?: AvailabilityResolvers<ContextType>;
  AvailabilityConnection?: AvailabilityConnectionResolvers<ContextType>;
  AvailabilityEdge?: AvailabilityEdgeResolvers<ContextType>;
  AvailabilityPayload?: AvailabilityPayloadResolvers<ContextType>;
  CvFile?: CvFileResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteApplicationPayload?: DeleteApplicationPayloadResolvers<ContextType>;
  Interview?: InterviewResolvers<ContextType>;
  InterviewPayload?: InterviewPayloadResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  JobConnection?: JobConnectionResolvers<ContextType>;
  JobEdge?: JobEdgeResolvers<ContextType>;
  JobFacetCount?: JobFacetCountResolvers<ContextType>;
  JobFacets?: JobFacetsResolvers<ContextType>;
  JobPayload?: JobPayloadResolvers<ContextType>;
  JobStage?: JobStageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SalaryRange?: SalaryRangeResolvers<ContextType>;
  Scorecard?: ScorecardResolvers<ContextType>;
  ScorecardConnection?: ScorecardConnectionResolvers<ContextType>;
  ScorecardEdge?: ScorecardEdgeResolvers<ContextType>;
  ScorecardPayload?: ScorecardPayloadResolvers<ContextType>;
  ScreeningAnswer?: ScreeningAnswerResolvers<ContextType>;
  ScreeningQuestion?: ScreeningQuestionResolvers<ContextType>;
  StageMove?: StageMoveResolvers<ContextType>;
  StageMoveConnection?: StageMoveConnectionResolvers<ContextType>;
  StageMoveEdge?: StageMoveEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = JobsContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
