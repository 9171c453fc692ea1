import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CourseRow, ModuleRow, LessonRow, QuizRow, QuestionRow, EnrolmentRow, QuizAttemptRow, CertificateRow } from '../entities';
import type { QuizScoreData, UserRef, LearningContext } from '../context';
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

/** A new lesson at the end of a module. */
export type AddLessonInput = {
  /** Markdown, up to 100,000 characters (TEXT: required; VIDEO: notes). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** What it holds. */
  kind: LessonKind;
  /** The module (of your course). */
  moduleId: Scalars['ID']['input'];
  /** The quiz (QUIZ only, required there). */
  quiz?: InputMaybe<QuizInput>;
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** The video's https URL, up to 2,000 characters (VIDEO only, required there). */
  videoUrl?: InputMaybe<Scalars['String']['input']>;
};

/** A new module at the end of a course. */
export type AddModuleInput = {
  /** The course (yours). */
  courseId: Scalars['ID']['input'];
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** A student's answer to one question. */
export type AnswerInput = {
  /** The chosen options' indexes (choice questions), at most 10. */
  optionIndexes?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** The question. */
  questionId: Scalars['ID']['input'];
  /** The typed answer (SHORT_ANSWER), up to 200 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The right answer of a question (instructors only). */
export type AnswerKey = {
  __typename?: 'AnswerKey';
  /** The accepted answers of a short-answer question. */
  acceptedAnswers: Array<Scalars['String']['output']>;
  /** The indexes (from 0) of the right options of a choice question. */
  correctOptions: Array<Scalars['Int']['output']>;
};

/** Where a quiz attempt stands. */
export type AttemptStatus =
  /** Submitted after the deadline and its grace period: not graded, scored 0, still counts as an attempt. */
  | 'EXPIRED'
  /** Submitted in time and graded. */
  | 'GRADED'
  /** Started and not submitted; answers are accepted until the deadline (plus the grace period). */
  | 'IN_PROGRESS';

/** A certificate of completion. */
export type Certificate = {
  __typename?: 'Certificate';
  /** The verification code anyone can check with `verifyCertificate`. */
  code: Scalars['String']['output'];
  /** The course. */
  course?: Maybe<Course>;
  /** The course's title when it was issued. */
  courseTitle: Scalars['String']['output'];
  /** The name printed on it. */
  holderName: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
};

export type CertificatePayload = {
  __typename?: 'CertificatePayload';
  /** The certificate, unless refused. */
  certificate?: Maybe<Certificate>;
  /** Why it was refused. */
  errors: Array<UserError>;
};

/** What the public verification of a certificate reveals: nothing beyond these three. */
export type CertificateVerification = {
  __typename?: 'CertificateVerification';
  /** The course's title when it was issued. */
  courseTitle: Scalars['String']['output'];
  /** The name printed on the certificate. */
  holderName: Scalars['String']['output'];
  /** When it was issued. */
  issuedAt: Scalars['DateTime']['output'];
};

/** When a course counts as completed for a student. */
export type CompletionRule = {
  __typename?: 'CompletionRule';
  /** The share of the course's lessons (quiz lessons included) the student must complete, 1 to 100. */
  minLessonPercent: Scalars['Int']['output'];
  /** Whether every quiz must also be passed (a graded attempt at or above its pass mark). */
  requireQuizzesPassed: Scalars['Boolean']['output'];
};

/** A course: modules of lessons, taught by its instructor. */
export type Course = {
  __typename?: 'Course';
  /** When the course is complete for a student. */
  completionRule: CompletionRule;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** How students enrol. */
  enrolmentMode: EnrolmentMode;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The instructor (the user who created the course). */
  instructor?: Maybe<User>;
  /** How many lessons it has. */
  lessonCount: Scalars['Int']['output'];
  /** Its modules in order. */
  modules: ModuleConnection;
  /** The signed-in viewer's enrolment, if any. */
  myEnrolment?: Maybe<Enrolment>;
  /** Whether students can see and enrol in it; an unpublished course is visible to its instructor only. */
  published: Scalars['Boolean']['output'];
  /** Summary as written (Markdown), up to 10,000 characters. */
  summary: Scalars['String']['output'];
  /** The summary rendered to sanitised HTML. */
  summaryHtml: Scalars['String']['output'];
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['output'];
};


/** A course: modules of lessons, taught by its instructor. */
export type CourseModulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of courses. */
export type CourseConnection = {
  __typename?: 'CourseConnection';
  /** The courses of this page. */
  edges: Array<CourseEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many courses match in all. */
  totalCount: Scalars['Int']['output'];
};

/** One course of a page. */
export type CourseEdge = {
  __typename?: 'CourseEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The course. */
  node: Course;
};

/** What `createCourse` and `publishCourse` return. */
export type CoursePayload = {
  __typename?: 'CoursePayload';
  /** The course, unless refused. */
  course?: Maybe<Course>;
  /** Why it was refused. */
  errors: Array<UserError>;
};

/** A new course (unpublished until `publishCourse`). */
export type CreateCourseInput = {
  /** The enrolment key of a KEY course, 6 to 100 characters; only for KEY. */
  enrolmentKey?: InputMaybe<Scalars['String']['input']>;
  /** How students enrol (default OPEN). */
  enrolmentMode?: InputMaybe<EnrolmentMode>;
  /** Share of lessons to complete, 1 to 100 (default 100). */
  minLessonPercent?: InputMaybe<Scalars['Int']['input']>;
  /** Whether every quiz must be passed (default true). */
  requireQuizzesPassed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Summary in Markdown, up to 10,000 characters. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** What `claimCertificate` returns. */
export type DeleteCoursePayload = {
  __typename?: 'DeleteCoursePayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

/** A student's enrolment in a course, with their progress. */
export type Enrolment = {
  __typename?: 'Enrolment';
  /** The certificate, once claimed. */
  certificate?: Maybe<Certificate>;
  /** When the completion rule was met. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many of the course's lessons the student has completed. */
  completedLessons: Scalars['Int']['output'];
  /** The course. */
  course?: Maybe<Course>;
  /** When the student enrolled. */
  createdAt: Scalars['DateTime']['output'];
  /** Until when the student may take the course; null for no end. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** How many lessons the course has. */
  lessonCount: Scalars['Int']['output'];
  /** The student's best graded score on each quiz they attempted, in percent. */
  quizScores: Array<QuizScore>;
  /** From when the student may take the course. */
  startsAt: Scalars['DateTime']['output'];
  /** Whether the completion rule is met. */
  status: EnrolmentStatus;
  /** The student. */
  student?: Maybe<User>;
};

/** A page of enrolments. */
export type EnrolmentConnection = {
  __typename?: 'EnrolmentConnection';
  /** The enrolments of this page. */
  edges: Array<EnrolmentEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many enrolments in all. */
  totalCount: Scalars['Int']['output'];
};

/** One enrolment of a page. */
export type EnrolmentEdge = {
  __typename?: 'EnrolmentEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The enrolment. */
  node: Enrolment;
};

/** How students get into a course. */
export type EnrolmentMode =
  /** Only the instructor enrols students. */
  | 'INSTRUCTOR'
  /** A signed-in user who knows the course's enrolment key may enrol. */
  | 'KEY'
  /** Any signed-in user may enrol. */
  | 'OPEN';

/** What `enrol` and `enrolStudent` return. */
export type EnrolmentPayload = {
  __typename?: 'EnrolmentPayload';
  /** The enrolment, unless refused. */
  enrolment?: Maybe<Enrolment>;
  /** Why it was refused. */
  errors: Array<UserError>;
};

/** Where an enrolment stands. */
export type EnrolmentStatus =
  /** Enrolled; the course's completion rule is not met yet. */
  | 'ACTIVE'
  /** The completion rule was met (at `completedAt`). */
  | 'COMPLETED';

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

/** A lesson: text, a video reference or a quiz. */
export type Lesson = {
  __typename?: 'Lesson';
  /**
   * The Markdown body: for the instructor, and for students whose enrolment is running (started, not
   * ended); null for anyone else.
   */
  body?: Maybe<Scalars['String']['output']>;
  /** The body rendered to sanitised HTML; null when `body` is. */
  bodyHtml?: Maybe<Scalars['String']['output']>;
  /** Whether the signed-in student has completed it. */
  completedByMe: Scalars['Boolean']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** What it holds. */
  kind: LessonKind;
  /** The module it belongs to. */
  module?: Maybe<Module>;
  /** Position in its module, from 1. */
  position: Scalars['Int']['output'];
  /** The quiz (QUIZ lessons), with the same visibility as `body`. */
  quiz?: Maybe<Quiz>;
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** The video's https URL (VIDEO lessons), with the same visibility as `body`. */
  videoUrl?: Maybe<Scalars['String']['output']>;
};

/** A page of lessons. */
export type LessonConnection = {
  __typename?: 'LessonConnection';
  /** The lessons of this page. */
  edges: Array<LessonEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many lessons in all. */
  totalCount: Scalars['Int']['output'];
};

/** One lesson of a page. */
export type LessonEdge = {
  __typename?: 'LessonEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The lesson. */
  node: Lesson;
};

/** What a lesson holds. */
export type LessonKind =
  /** A quiz graded on the server. */
  | 'QUIZ'
  /** Markdown text. */
  | 'TEXT'
  /** A reference to a video (an https URL) with optional Markdown notes. */
  | 'VIDEO';

/** What `addLesson` and `completeLesson` return. */
export type LessonPayload = {
  __typename?: 'LessonPayload';
  /** The student's enrolment after the change (`completeLesson`). */
  enrolment?: Maybe<Enrolment>;
  /** Why it was refused. */
  errors: Array<UserError>;
  /** The lesson, unless refused. */
  lesson?: Maybe<Lesson>;
};

/** A module: an ordered group of lessons in a course. */
export type Module = {
  __typename?: 'Module';
  /** The course it belongs to. */
  course?: Maybe<Course>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Its lessons in order. */
  lessons: LessonConnection;
  /** Position in the course, from 1. */
  position: Scalars['Int']['output'];
  /** Title, 1 to 200 characters. */
  title: Scalars['String']['output'];
};


/** A module: an ordered group of lessons in a course. */
export type ModuleLessonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of modules. */
export type ModuleConnection = {
  __typename?: 'ModuleConnection';
  /** The modules of this page. */
  edges: Array<ModuleEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many modules in all. */
  totalCount: Scalars['Int']['output'];
};

/** One module of a page. */
export type ModuleEdge = {
  __typename?: 'ModuleEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The module. */
  node: Module;
};

/** What `addModule` returns. */
export type ModulePayload = {
  __typename?: 'ModulePayload';
  /** Why it was refused. */
  errors: Array<UserError>;
  /** The module, unless refused. */
  module?: Maybe<Module>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a lesson at the end of a module (at most 200 per course). MANAGER and up. */
  addLesson?: Maybe<LessonPayload>;
  /** Adds a module at the end of a course (at most 100). MANAGER and up. */
  addModule?: Maybe<ModulePayload>;
  /** Issues the signed-in student's certificate for a completed course (once; a second call returns the same one). */
  claimCertificate?: Maybe<CertificatePayload>;
  /** Marks a TEXT or VIDEO lesson completed for the signed-in student (idempotent); quiz lessons complete by passing. */
  completeLesson?: Maybe<LessonPayload>;
  /** Creates a course in the tenant (unpublished); MANAGER and up. */
  createCourse?: Maybe<CoursePayload>;
  /**
   * Deletes a course with its content, enrolments, progress and attempts. Certificates already issued
   * stay verifiable (they carry the holder's name and the course title). MANAGER and up.
   */
  deleteCourse?: Maybe<DeleteCoursePayload>;
  /** Enrols the signed-in member in a published OPEN course of the tenant, or a KEY course with its key. */
  enrol?: Maybe<EnrolmentPayload>;
  /** A MANAGER (or up) enrols a member of the tenant (any mode), for a period: `startsAt` defaults to now, `endsAt` to none. */
  enrolStudent?: Maybe<EnrolmentPayload>;
  /** Publishes a course of the tenant: its members can see it and enrol. MANAGER and up. */
  publishCourse?: Maybe<CoursePayload>;
  /** Starts an attempt at a quiz lesson; the deadline runs on the server clock from now. */
  startQuizAttempt?: Maybe<QuizAttemptPayload>;
  /**
   * Submits an attempt's answers. Graded once: a second submission of the same attempt is refused with
   * CONFLICT. After the deadline plus the grace period the attempt becomes EXPIRED (score 0) and the
   * submission is refused with INVALID_STATE.
   */
  submitQuizAttempt?: Maybe<QuizAttemptPayload>;
  /** Changes a course's title or summary. MANAGER and up. */
  updateCourse?: Maybe<CoursePayload>;
};


export type MutationAddLessonArgs = {
  input: AddLessonInput;
};


export type MutationAddModuleArgs = {
  input: AddModuleInput;
};


export type MutationClaimCertificateArgs = {
  courseId: Scalars['ID']['input'];
  holderName: Scalars['String']['input'];
};


export type MutationCompleteLessonArgs = {
  lessonId: Scalars['ID']['input'];
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


export type MutationDeleteCourseArgs = {
  courseId: Scalars['ID']['input'];
};


export type MutationEnrolArgs = {
  courseId: Scalars['ID']['input'];
  key?: InputMaybe<Scalars['String']['input']>;
};


export type MutationEnrolStudentArgs = {
  courseId: Scalars['ID']['input'];
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationPublishCourseArgs = {
  courseId: Scalars['ID']['input'];
};


export type MutationStartQuizAttemptArgs = {
  lessonId: Scalars['ID']['input'];
};


export type MutationSubmitQuizAttemptArgs = {
  answers: Array<AnswerInput>;
  attemptId: Scalars['ID']['input'];
};


export type MutationUpdateCourseArgs = {
  courseId: Scalars['ID']['input'];
  input: UpdateCourseInput;
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

export type Query = {
  __typename?: 'Query';
  /** One course of the tenant: published, or any for MANAGER and up; null otherwise. */
  course?: Maybe<Course>;
  /** The gradebook of a course: its enrolments (oldest first) with progress and quiz scores. MANAGER and up in the tenant only. */
  courseGradebook?: Maybe<EnrolmentConnection>;
  /** The tenant's courses, newest first: published ones for its members, drafts too for MANAGER and up. */
  courses?: Maybe<CourseConnection>;
  /** One lesson of a course you may see (its content follows the rules of `Lesson.body`); null otherwise. */
  lesson?: Maybe<Lesson>;
  /** The signed-in student's enrolments, newest first. */
  myEnrolments?: Maybe<EnrolmentConnection>;
  /** Courses the signed-in user created in the tenant, published or not, newest first. */
  myTaughtCourses?: Maybe<CourseConnection>;
  /** A quiz attempt of yours, or (MANAGER and up) of any student of the tenant; null otherwise. */
  quizAttempt?: Maybe<QuizAttempt>;
  /** Public check of a certificate by its code: the holder's name, the course and the date only (no tenant needed); null for an unknown code. */
  verifyCertificate?: Maybe<CertificateVerification>;
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCourseGradebookArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  courseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLessonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyTaughtCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuizAttemptArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerifyCertificateArgs = {
  code: Scalars['String']['input'];
};

/** One question of a quiz. Its answer is never shown to students; only the instructor reads `answerKey`. */
export type Question = {
  __typename?: 'Question';
  /** The right answer: the course's instructor only; null for everyone else. */
  answerKey?: Maybe<AnswerKey>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** How it is answered. */
  kind: QuestionKind;
  /** The options of a choice question, in order (empty for SHORT_ANSWER). */
  options: Array<Scalars['String']['output']>;
  /** Points a right answer earns, 1 to 100. */
  points: Scalars['Int']['output'];
  /** The question (plain text), 1 to 2,000 characters. */
  prompt: Scalars['String']['output'];
};

/** A page of questions. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  /** The questions of this page. */
  edges: Array<QuestionEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many questions in all. */
  totalCount: Scalars['Int']['output'];
};

/** One question of a page. */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The question. */
  node: Question;
};

/** A question as the instructor writes it. */
export type QuestionInput = {
  /** Accepted answers of a SHORT_ANSWER question: 1 to 10, each 1 to 200 characters. */
  acceptedAnswers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The right options' indexes (from 0): exactly one for SINGLE_CHOICE, at least one for MULTIPLE_CHOICE. */
  correctOptions?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** How it is answered. */
  kind: QuestionKind;
  /** Options of a choice question: 2 to 10, each 1 to 500 characters, distinct; none for SHORT_ANSWER. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Points a right answer earns, 1 to 100 (default 1). */
  points?: InputMaybe<Scalars['Int']['input']>;
  /** The question, 1 to 2,000 characters. */
  prompt: Scalars['String']['input'];
};

/** How a quiz question is answered. */
export type QuestionKind =
  /** One or more options are right; the answer must name exactly those. */
  | 'MULTIPLE_CHOICE'
  /** A typed answer, compared with the accepted answers ignoring case, accents and spacing. */
  | 'SHORT_ANSWER'
  /** Exactly one option is right; the answer names one option. */
  | 'SINGLE_CHOICE';

/** How one question of a graded attempt was answered. */
export type QuestionResult = {
  __typename?: 'QuestionResult';
  /** Whether the answer was right. */
  correct: Scalars['Boolean']['output'];
  /** Points awarded. */
  points: Scalars['Int']['output'];
  /** The question's id. */
  questionId: Scalars['ID']['output'];
};

/** A quiz: questions graded on the server. */
export type Quiz = {
  __typename?: 'Quiz';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** How many attempts a student may start, 1 to 20. */
  maxAttempts: Scalars['Int']['output'];
  /** The signed-in student's attempts, newest first. */
  myAttempts: QuizAttemptConnection;
  /** The score (percent of the points) a graded attempt needs to pass, 0 to 100. */
  passPercent: Scalars['Int']['output'];
  /** The questions in order (without their answers). */
  questions: QuestionConnection;
  /** Seconds from the start of an attempt to its deadline, 10 to 86,400. */
  timeLimitSeconds: Scalars['Int']['output'];
};


/** A quiz: questions graded on the server. */
export type QuizMyAttemptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A quiz: questions graded on the server. */
export type QuizQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One attempt at a quiz. */
export type QuizAttempt = {
  __typename?: 'QuizAttempt';
  /** When answers stop being accepted (the grace period is added on the server). */
  deadline: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The quiz's lesson. */
  lesson?: Maybe<Lesson>;
  /** Points possible. */
  maxScore: Scalars['Int']['output'];
  /** Which attempt of the student's this is, from 1. */
  number: Scalars['Int']['output'];
  /** Whether it reached the pass mark; null until submitted. */
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** Score as a percent of the points, rounded down; null until submitted. */
  percent?: Maybe<Scalars['Int']['output']>;
  /** Per question, whether the answer was right: empty until graded. */
  results: Array<QuestionResult>;
  /** Points earned; null until submitted. */
  score?: Maybe<Scalars['Int']['output']>;
  /** When it was started (server clock). */
  startedAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  status: AttemptStatus;
  /** When it was submitted. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of quiz attempts. */
export type QuizAttemptConnection = {
  __typename?: 'QuizAttemptConnection';
  /** The attempts of this page. */
  edges: Array<QuizAttemptEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many attempts in all. */
  totalCount: Scalars['Int']['output'];
};

/** One attempt of a page. */
export type QuizAttemptEdge = {
  __typename?: 'QuizAttemptEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The attempt. */
  node: QuizAttempt;
};

/** What `startQuizAttempt` and `submitQuizAttempt` return. */
export type QuizAttemptPayload = {
  __typename?: 'QuizAttemptPayload';
  /** The attempt, unless refused. */
  attempt?: Maybe<QuizAttempt>;
  /** Why it was refused. */
  errors: Array<UserError>;
};

/** A quiz as the instructor writes it. */
export type QuizInput = {
  /** Attempts per student, 1 to 20 (default 3). */
  maxAttempts?: InputMaybe<Scalars['Int']['input']>;
  /** Pass mark in percent, 0 to 100 (default 60). */
  passPercent?: InputMaybe<Scalars['Int']['input']>;
  /** The questions, 1 to 50. */
  questions: Array<QuestionInput>;
  /** Seconds per attempt, 10 to 86,400. */
  timeLimitSeconds: Scalars['Int']['input'];
};

/** A student's best result on one quiz. */
export type QuizScore = {
  __typename?: 'QuizScore';
  /** How many attempts were started. */
  attempts: Scalars['Int']['output'];
  /** The best graded score, in percent (0 to 100); 0 when no attempt was graded. */
  bestPercent: Scalars['Int']['output'];
  /** The quiz's lesson. */
  lesson?: Maybe<Lesson>;
  /** Whether a graded attempt reached the pass mark. */
  passed: Scalars['Boolean']['output'];
};

/** What `updateCourse` changes; an omitted field stays as it is. */
export type UpdateCourseInput = {
  summary?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A person with a Hubgraph account: an instructor or a student. */
export type User = {
  __typename?: 'User';
  /** Stable identifier (identity's). */
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
  Certificate: Certificate;
  Course: Course;
  Enrolment: Enrolment;
  Lesson: Lesson;
  Module: Module;
  Quiz: Quiz;
  QuizAttempt: QuizAttempt;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Certificate:
    ( { __typename: 'Certificate' }
    & GraphQLRecursivePick<FederationTypes['Certificate'], {"id":true}> );
  Course:
    ( { __typename: 'Course' }
    & GraphQLRecursivePick<FederationTypes['Course'], {"id":true}> );
  Enrolment:
    ( { __typename: 'Enrolment' }
    & GraphQLRecursivePick<FederationTypes['Enrolment'], {"id":true}> );
  Lesson:
    ( { __typename: 'Lesson' }
    & GraphQLRecursivePick<FederationTypes['Lesson'], {"id":true}> );
  Module:
    ( { __typename: 'Module' }
    & GraphQLRecursivePick<FederationTypes['Module'], {"id":true}> );
  Quiz:
    ( { __typename: 'Quiz' }
    & GraphQLRecursivePick<FederationTypes['Quiz'], {"id":true}> );
  QuizAttempt:
    ( { __typename: 'QuizAttempt' }
    & GraphQLRecursivePick<FederationTypes['QuizAttempt'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddLessonInput: AddLessonInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddModuleInput: AddModuleInput;
  AnswerInput: AnswerInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AnswerKey: ResolverTypeWrapper<AnswerKey>;
  AttemptStatus: AttemptStatus;
  Certificate: ResolverTypeWrapper<CertificateRow>;
  CertificatePayload: ResolverTypeWrapper<Omit<CertificatePayload, 'certificate'> & { certificate?: Maybe<ResolversTypes['Certificate']> }>;
  CertificateVerification: ResolverTypeWrapper<CertificateRow>;
  CompletionRule: ResolverTypeWrapper<CompletionRule>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Course: ResolverTypeWrapper<CourseRow>;
  CourseConnection: ResolverTypeWrapper<Omit<CourseConnection, 'edges'> & { edges: Array<ResolversTypes['CourseEdge']> }>;
  CourseEdge: ResolverTypeWrapper<Omit<CourseEdge, 'node'> & { node: ResolversTypes['Course'] }>;
  CoursePayload: ResolverTypeWrapper<Omit<CoursePayload, 'course'> & { course?: Maybe<ResolversTypes['Course']> }>;
  CreateCourseInput: CreateCourseInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteCoursePayload: ResolverTypeWrapper<DeleteCoursePayload>;
  Enrolment: ResolverTypeWrapper<EnrolmentRow>;
  EnrolmentConnection: ResolverTypeWrapper<Omit<EnrolmentConnection, 'edges'> & { edges: Array<ResolversTypes['EnrolmentEdge']> }>;
  EnrolmentEdge: ResolverTypeWrapper<Omit<EnrolmentEdge, 'node'> & { node: ResolversTypes['Enrolment'] }>;
  EnrolmentMode: EnrolmentMode;
  EnrolmentPayload: ResolverTypeWrapper<Omit<EnrolmentPayload, 'enrolment'> & { enrolment?: Maybe<ResolversTypes['Enrolment']> }>;
  EnrolmentStatus: EnrolmentStatus;
  ErrorCode: ErrorCode;
  Lesson: ResolverTypeWrapper<LessonRow>;
  LessonConnection: ResolverTypeWrapper<Omit<LessonConnection, 'edges'> & { edges: Array<ResolversTypes['LessonEdge']> }>;
  LessonEdge: ResolverTypeWrapper<Omit<LessonEdge, 'node'> & { node: ResolversTypes['Lesson'] }>;
  LessonKind: LessonKind;
  LessonPayload: ResolverTypeWrapper<Omit<LessonPayload, 'enrolment' | 'lesson'> & { enrolment?: Maybe<ResolversTypes['Enrolment']>, lesson?: Maybe<ResolversTypes['Lesson']> }>;
  Module: ResolverTypeWrapper<ModuleRow>;
  ModuleConnection: ResolverTypeWrapper<Omit<ModuleConnection, 'edges'> & { edges: Array<ResolversTypes['ModuleEdge']> }>;
  ModuleEdge: ResolverTypeWrapper<Omit<ModuleEdge, 'node'> & { node: ResolversTypes['Module'] }>;
  ModulePayload: ResolverTypeWrapper<Omit<ModulePayload, 'module'> & { module?: Maybe<ResolversTypes['Module']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<QuestionRow>;
  QuestionConnection: ResolverTypeWrapper<Omit<QuestionConnection, 'edges'> & { edges: Array<ResolversTypes['QuestionEdge']> }>;
  QuestionEdge: ResolverTypeWrapper<Omit<QuestionEdge, 'node'> & { node: ResolversTypes['Question'] }>;
  QuestionInput: QuestionInput;
  QuestionKind: QuestionKind;
  QuestionResult: ResolverTypeWrapper<QuestionResult>;
  Quiz: ResolverTypeWrapper<QuizRow>;
  QuizAttempt: ResolverTypeWrapper<QuizAttemptRow>;
  QuizAttemptConnection: ResolverTypeWrapper<Omit<QuizAttemptConnection, 'edges'> & { edges: Array<ResolversTypes['QuizAttemptEdge']> }>;
  QuizAttemptEdge: ResolverTypeWrapper<Omit<QuizAttemptEdge, 'node'> & { node: ResolversTypes['QuizAttempt'] }>;
  QuizAttemptPayload: ResolverTypeWrapper<Omit<QuizAttemptPayload, 'attempt'> & { attempt?: Maybe<ResolversTypes['QuizAttempt']> }>;
  QuizInput: QuizInput;
  QuizScore: ResolverTypeWrapper<QuizScoreData>;
  UpdateCourseInput: UpdateCourseInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddLessonInput: AddLessonInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AddModuleInput: AddModuleInput;
  AnswerInput: AnswerInput;
  Int: Scalars['Int']['output'];
  AnswerKey: AnswerKey;
  Certificate: CertificateRow;
  CertificatePayload: Omit<CertificatePayload, 'certificate'> & { certificate?: Maybe<ResolversParentTypes['Certificate']> };
  CertificateVerification: CertificateRow;
  CompletionRule: CompletionRule;
  Boolean: Scalars['Boolean']['output'];
  Course: CourseRow;
  CourseConnection: Omit<CourseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CourseEdge']> };
  CourseEdge: Omit<CourseEdge, 'node'> & { node: ResolversParentTypes['Course'] };
  CoursePayload: Omit<CoursePayload, 'course'> & { course?: Maybe<ResolversParentTypes['Course']> };
  CreateCourseInput: CreateCourseInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteCoursePayload: DeleteCoursePayload;
  Enrolment: EnrolmentRow;
  EnrolmentConnection: Omit<EnrolmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['EnrolmentEdge']> };
  EnrolmentEdge: Omit<EnrolmentEdge, 'node'> & { node: ResolversParentTypes['Enrolment'] };
  EnrolmentPayload: Omit<EnrolmentPayload, 'enrolment'> & { enrolment?: Maybe<ResolversParentTypes['Enrolment']> };
  Lesson: LessonRow;
  LessonConnection: Omit<LessonConnection, 'edges'> & { edges: Array<ResolversParentTypes['LessonEdge']> };
  LessonEdge: Omit<LessonEdge, 'node'> & { node: ResolversParentTypes['Lesson'] };
  LessonPayload: Omit<LessonPayload, 'enrolment' | 'lesson'> & { enrolment?: Maybe<ResolversParentTypes['Enrolment']>, lesson?: Maybe<ResolversParentTypes['Lesson']> };
  Module: ModuleRow;
  ModuleConnection: Omit<ModuleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ModuleEdge']> };
  ModuleEdge: Omit<ModuleEdge, 'node'> & { node: ResolversParentTypes['Module'] };
  ModulePayload: Omit<ModulePayload, 'module'> & { module?: Maybe<ResolversParentTypes['Module']> };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Question: QuestionRow;
  QuestionConnection: Omit<QuestionConnection, 'edges'> & { edges: Array<ResolversParentTypes['QuestionEdge']> };
  QuestionEdge: Omit<QuestionEdge, 'node'> & { node: ResolversParentTypes['Question'] };
  QuestionInput: QuestionInput;
  QuestionResult: QuestionResult;
  Quiz: QuizRow;
  QuizAttempt: QuizAttemptRow;
  QuizAttemptConnection: Omit<QuizAttemptConnection, 'edges'> & { edges: Array<ResolversParentTypes['QuizAttemptEdge']> };
  QuizAttemptEdge: Omit<QuizAttemptEdge, 'node'> & { node: ResolversParentTypes['QuizAttempt'] };
  QuizAttemptPayload: Omit<QuizAttemptPayload, 'attempt'> & { attempt?: Maybe<ResolversParentTypes['QuizAttempt']> };
  QuizInput: QuizInput;
  QuizScore: QuizScoreData;
  UpdateCourseInput: UpdateCourseInput;
  User: UserRef;
  UserError: UserError;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = LearningContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnswerKeyResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['AnswerKey'] = ResolversParentTypes['AnswerKey']> = ResolversObject<{
  acceptedAnswers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  correctOptions?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CertificateResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['Certificate'] = ResolversParentTypes['Certificate'], FederationReferenceType extends FederationReferenceTypes['Certificate'] = FederationReferenceTypes['Certificate']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Certificate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CertificatePayloadResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['CertificatePayload'] = ResolversParentTypes['CertificatePayload']> = ResolversObject<{
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CertificateVerificationResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['CertificateVerification'] = ResolversParentTypes['CertificateVerification']> = ResolversObject<{
  courseTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holderName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CompletionRuleResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['CompletionRule'] = ResolversParentTypes['CompletionRule']> = ResolversObject<{
  minLessonPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requireQuizzesPassed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CourseResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['Course'] = ResolversParentTypes['Course'], FederationReferenceType extends FederationReferenceTypes['Course'] = FederationReferenceTypes['Course']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Course']> | FederationReferenceType, FederationReferenceType, ContextType>;
  completionRule?: Resolver<ResolversTypes['CompletionRule'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enrolmentMode?: Resolver<ResolversTypes['EnrolmentMode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instructor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  lessonCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  modules?: Resolver<ResolversTypes['ModuleConnection'], ParentType, ContextType, RequireFields<CourseModulesArgs, 'first'>>;
  myEnrolment?: Resolver<Maybe<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summaryHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CourseConnectionResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['CourseConnection'] = ResolversParentTypes['CourseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CourseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CourseEdgeResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['CourseEdge'] = ResolversParentTypes['CourseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Course'], ParentType, ContextType>;
}>;

export type CoursePayloadResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['CoursePayload'] = ResolversParentTypes['CoursePayload']> = ResolversObject<{
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteCoursePayloadResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['DeleteCoursePayload'] = ResolversParentTypes['DeleteCoursePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EnrolmentResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['Enrolment'] = ResolversParentTypes['Enrolment'], FederationReferenceType extends FederationReferenceTypes['Enrolment'] = FederationReferenceTypes['Enrolment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Enrolment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  certificate?: Resolver<Maybe<ResolversTypes['Certificate']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  completedLessons?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lessonCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quizScores?: Resolver<Array<ResolversTypes['QuizScore']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrolmentStatus'], ParentType, ContextType>;
  student?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type EnrolmentConnectionResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['EnrolmentConnection'] = ResolversParentTypes['EnrolmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EnrolmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EnrolmentEdgeResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['EnrolmentEdge'] = ResolversParentTypes['EnrolmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enrolment'], ParentType, ContextType>;
}>;

export type EnrolmentPayloadResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['EnrolmentPayload'] = ResolversParentTypes['EnrolmentPayload']> = ResolversObject<{
  enrolment?: Resolver<Maybe<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type LessonResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['Lesson'] = ResolversParentTypes['Lesson'], FederationReferenceType extends FederationReferenceTypes['Lesson'] = FederationReferenceTypes['Lesson']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lesson']> | FederationReferenceType, FederationReferenceType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bodyHtml?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LessonKind'], ParentType, ContextType>;
  module?: Resolver<Maybe<ResolversTypes['Module']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quiz?: Resolver<Maybe<ResolversTypes['Quiz']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  videoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LessonConnectionResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['LessonConnection'] = ResolversParentTypes['LessonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LessonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LessonEdgeResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['LessonEdge'] = ResolversParentTypes['LessonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lesson'], ParentType, ContextType>;
}>;

export type LessonPayloadResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['LessonPayload'] = ResolversParentTypes['LessonPayload']> = ResolversObject<{
  enrolment?: Resolver<Maybe<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  lesson?: Resolver<Maybe<ResolversTypes['Lesson']>, ParentType, ContextType>;
}>;

export type ModuleResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['Module'] = ResolversParentTypes['Module'], FederationReferenceType extends FederationReferenceTypes['Module'] = FederationReferenceTypes['Module']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Module']> | FederationReferenceType, FederationReferenceType, ContextType>;
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lessons?: Resolver<ResolversTypes['LessonConnection'], ParentType, ContextType, RequireFields<ModuleLessonsArgs, 'first'>>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ModuleConnectionResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['ModuleConnection'] = ResolversParentTypes['ModuleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModuleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModuleEdgeResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['ModuleEdge'] = ResolversParentTypes['ModuleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Module'], ParentType, ContextType>;
}>;

export type ModulePayloadResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['ModulePayload'] = ResolversParentTypes['ModulePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  module?: Resolver<Maybe<ResolversTypes['Module']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addLesson?: Resolver<Maybe<ResolversTypes['LessonPayload']>, ParentType, ContextType, RequireFields<MutationAddLessonArgs, 'input'>>;
  addModule?: Resolver<Maybe<ResolversTypes['ModulePayload']>, ParentType, ContextType, RequireFields<MutationAddModuleArgs, 'input'>>;
  claimCertificate?: Resolver<Maybe<ResolversTypes['CertificatePayload']>, ParentType, ContextType, RequireFields<MutationClaimCertificateArgs, 'courseId' | 'holderName'>>;
  completeLesson?: Resolver<Maybe<ResolversTypes['LessonPayload']>, ParentType, ContextType, RequireFields<MutationCompleteLessonArgs, 'lessonId'>>;
  createCourse?: Resolver<Maybe<ResolversTypes['CoursePayload']>, ParentType, ContextType, RequireFields<MutationCreateCourseArgs, 'input'>>;
  deleteCourse?: Resolver<Maybe<ResolversTypes['DeleteCoursePayload']>, ParentType, ContextType, RequireFields<MutationDeleteCourseArgs, 'courseId'>>;
  enrol?: Resolver<Maybe<ResolversTypes['EnrolmentPayload']>, ParentType, ContextType, RequireFields<MutationEnrolArgs, 'courseId'>>;
  enrolStudent?: Resolver<Maybe<ResolversTypes['EnrolmentPayload']>, ParentType, ContextType, RequireFields<MutationEnrolStudentArgs, 'courseId' | 'userId'>>;
  publishCourse?: Resolver<Maybe<ResolversTypes['CoursePayload']>, ParentType, ContextType, RequireFields<MutationPublishCourseArgs, 'courseId'>>;
  startQuizAttempt?: Resolver<Maybe<ResolversTypes['QuizAttemptPayload']>, ParentType, ContextType, RequireFields<MutationStartQuizAttemptArgs, 'lessonId'>>;
  submitQuizAttempt?: Resolver<Maybe<ResolversTypes['QuizAttemptPayload']>, ParentType, ContextType, RequireFields<MutationSubmitQuizAttemptArgs, 'answers' | 'attemptId'>>;
  updateCourse?: Resolver<Maybe<ResolversTypes['CoursePayload']>, ParentType, ContextType, RequireFields<MutationUpdateCourseArgs, 'courseId' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  course?: Resolver<Maybe<ResolversTypes['Course']>, ParentType, ContextType, RequireFields<QueryCourseArgs, 'id'>>;
  courseGradebook?: Resolver<Maybe<ResolversTypes['EnrolmentConnection']>, ParentType, ContextType, RequireFields<QueryCourseGradebookArgs, 'courseId' | 'first'>>;
  courses?: Resolver<Maybe<ResolversTypes['CourseConnection']>, ParentType, ContextType, RequireFields<QueryCoursesArgs, 'first'>>;
  lesson?: Resolver<Maybe<ResolversTypes['Lesson']>, ParentType, ContextType, RequireFields<QueryLessonArgs, 'id'>>;
  myEnrolments?: Resolver<Maybe<ResolversTypes['EnrolmentConnection']>, ParentType, ContextType, RequireFields<QueryMyEnrolmentsArgs, 'first'>>;
  myTaughtCourses?: Resolver<Maybe<ResolversTypes['CourseConnection']>, ParentType, ContextType, RequireFields<QueryMyTaughtCoursesArgs, 'first'>>;
  quizAttempt?: Resolver<Maybe<ResolversTypes['QuizAttempt']>, ParentType, ContextType, RequireFields<QueryQuizAttemptArgs, 'id'>>;
  verifyCertificate?: Resolver<Maybe<ResolversTypes['CertificateVerification']>, ParentType, ContextType, RequireFields<QueryVerifyCertificateArgs, 'code'>>;
}>;

export type QuestionResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = ResolversObject<{
  answerKey?: Resolver<Maybe<ResolversTypes['AnswerKey']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  prompt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuestionConnectionResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['QuestionConnection'] = ResolversParentTypes['QuestionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuestionEdgeResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['QuestionEdge'] = ResolversParentTypes['QuestionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
}>;

export type QuestionResultResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['QuestionResult'] = ResolversParentTypes['QuestionResult']> = ResolversObject<{
  correct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QuizResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['Quiz'] = ResolversParentTypes['Quiz'], FederationReferenceType extends FederationReferenceTypes['Quiz'] = FederationReferenceTypes['Quiz']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Quiz']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAttempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  myAttempts?: Resolver<ResolversTypes['QuizAttemptConnection'], ParentType, ContextType, RequireFields<QuizMyAttemptsArgs, 'first'>>;
  passPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questions?: Resolver<ResolversTypes['QuestionConnection'], ParentType, ContextType, RequireFields<QuizQuestionsArgs, 'first'>>;
  timeLimitSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuizAttemptResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['QuizAttempt'] = ResolversParentTypes['QuizAttempt'], FederationReferenceType extends FederationReferenceTypes['QuizAttempt'] = FederationReferenceTypes['QuizAttempt']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['QuizAttempt']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deadline?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lesson?: Resolver<Maybe<ResolversTypes['Lesson']>, ParentType, ContextType>;
  maxScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  percent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['QuestionResult']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttemptStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type QuizAttemptConnectionResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['QuizAttemptConnection'] = ResolversParentTypes['QuizAttemptConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuizAttemptEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuizAttemptEdgeResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['QuizAttemptEdge'] = ResolversParentTypes['QuizAttemptEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['QuizAttempt'], ParentType, ContextType>;
}>;

export type QuizAttemptPayloadResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['QuizAttemptPayload'] = ResolversParentTypes['QuizAttemptPayload']> = ResolversObject<{
  attempt?: Resolver<Maybe<ResolversTypes['QuizAttempt']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QuizScoreResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['QuizScore'] = ResolversParentTypes['QuizScore']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bestPercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lesson?: Resolver<Maybe<ResolversTypes['Lesson']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = LearningContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LearningContext> = ResolversObject<{
  AnswerKey?: AnswerKeyResolvers<ContextType>;
  Certificate?: CertificateResolvers<ContextType>;
  CertificatePayload?: CertificatePayloadResolvers<ContextType>;
  CertificateVerification?: CertificateVerificationResolvers<ContextType>;
  CompletionRule?: CompletionRuleResolvers<ContextType>;
  Course?: CourseResolvers<ContextType>;
  CourseConnection?: CourseConnectionResolvers<ContextType>;
  CourseEdge?: CourseEdgeResolvers<ContextType>;
  CoursePayload?: CoursePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteCoursePayload?: DeleteCoursePayloadResolvers<ContextType>;
  Enrolment?: EnrolmentResolvers<ContextType>;
  EnrolmentConnection?: EnrolmentConnectionResolvers<ContextType>;
  EnrolmentEdge?: EnrolmentEdgeResolvers<ContextType>;
  EnrolmentPayload?: EnrolmentPayloadResolvers<ContextType>;
  Lesson?: LessonResolvers<ContextType>;
  LessonConnection?: LessonConnectionResolvers<ContextType>;
  LessonEdge?: LessonEdgeResolvers<ContextType>;
  LessonPayload?: LessonPayloadResolvers<ContextType>;
  Module?: ModuleResolvers<ContextType>;
  ModuleConnection?: ModuleConnectionResolvers<ContextType>;
  ModuleEdge?: ModuleEdgeResolvers<ContextType>;
  ModulePayload?: ModulePayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionConnection?: QuestionConnectionResolvers<ContextType>;
  QuestionEdge?: QuestionEdgeResolvers<ContextType>;
  QuestionResult?: QuestionResultResolvers<ContextType>;
  Quiz?: QuizResolvers<ContextType>;
  QuizAttempt?: QuizAttemptResolvers<ContextType>;
  QuizAttemptConnection?: QuizAttemptConnectionResolvers<ContextType>;
  QuizAttemptEdge?: QuizAttemptEdgeResolvers<ContextType>;
  QuizAttemptPayload?: QuizAttemptPayloadResolvers<ContextType>;
  QuizScore?: QuizScoreResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = LearningContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
}>;
