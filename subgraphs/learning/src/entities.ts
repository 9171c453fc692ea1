import { baseProperties, defineTenantEntity, p, type InferEntity } from '../../../kit';

/**
 * A company learning system: every row is tenant-owned (`defineTenantEntity`), so a request sees only
 * its tenant's courses. Inside the tenant, authoring (courses, modules, lessons, quizzes) needs the
 * MANAGER role or higher (`instructorId` records who created a course); enrolments, progress, attempts
 * and certificates are per student (`userId`), read by the student and the tenant's managers.
 */
export const Course = defineTenantEntity({
  name: 'Course',
  tableName: 'learning_courses',
  properties: {
    ...baseProperties(),
    instructorId: p.string().length(36).index(),
    title: p.string().length(200),
    summary: p.text(),
    enrolmentMode: p.enum(['OPEN', 'KEY', 'INSTRUCTOR'] as const),
    enrolmentKey: p.string().length(100).nullable(),
    published: p.boolean().default(false).index(),
    minLessonPercent: p.integer().default(100),
    requireQuizzesPassed: p.boolean().default(true),
    lessonCount: p.integer().default(0),
    moduleCount: p.integer().default(0),
  },
});
export type CourseRow = InferEntity<typeof Course>;

export const Module = defineTenantEntity({
  name: 'Module',
  tableName: 'learning_modules',
  properties: {
    ...baseProperties(),
    courseId: p.string().length(36),
    title: p.string().length(200),
    position: p.integer(),
    lessonCount: p.integer().default(0),
  },
  uniques: [{ properties: ['courseId', 'position'] }],
});
export type ModuleRow = InferEntity<typeof Module>;

export const Lesson = defineTenantEntity({
  name: 'Lesson',
  tableName: 'learning_lessons',
  properties: {
    ...baseProperties(),
    courseId: p.string().length(36).index(),
    moduleId: p.string().length(36),
    title: p.string().length(200),
    kind: p.enum(['TEXT', 'VIDEO', 'QUIZ'] as const),
    position: p.integer(),
    body: p.text(),
    videoUrl: p.string().length(2000).nullable(),
  },
  uniques: [{ properties: ['moduleId', 'position'] }],
});
export type LessonRow = InferEntity<typeof Lesson>;

export const Quiz = defineTenantEntity({
  name: 'Quiz',
  tableName: 'learning_quizzes',
  properties: {
    ...baseProperties(),
    courseId: p.string().length(36).index(),
    lessonId: p.string().length(36).unique(),
    timeLimitSeconds: p.integer(),
    maxAttempts: p.integer(),
    passPercent: p.integer(),
    maxScore: p.integer(),
  },
});
export type QuizRow = InferEntity<typeof Quiz>;

/** A question; `correctOptions` and `acceptedAnswers` are the answer key, read by the grader and the instructor only. */
export const Question = defineTenantEntity({
  name: 'Question',
  tableName: 'learning_questions',
  properties: {
    ...baseProperties(),
    quizId: p.string().length(36),
    position: p.integer(),
    kind: p.enum(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SHORT_ANSWER'] as const),
    prompt: p.text(),
    options: p.json<string[]>(),
    correctOptions: p.json<number[]>(),
    acceptedAnswers: p.json<string[]>(),
    points: p.integer(),
  },
  uniques: [{ properties: ['quizId', 'position'] }],
});
export type QuestionRow = InferEntity<typeof Question>;

export const Enrolment = defineTenantEntity({
  name: 'Enrolment',
  tableName: 'learning_enrolments',
  properties: {
    ...baseProperties(),
    courseId: p.string().length(36),
    userId: p.string().length(36).index(),
    enrolledBy: p.string().length(36),
    startsAt: p.datetime(),
    endsAt: p.datetime().nullable(),
    status: p.enum(['ACTIVE', 'COMPLETED'] as const).default('ACTIVE'),
    completedAt: p.datetime().nullable(),
  },
  uniques: [{ properties: ['courseId', 'userId'] }],
});
export type EnrolmentRow = InferEntity<typeof Enrolment>;

export const LessonProgress = defineTenantEntity({
  name: 'LessonProgress',
  tableName: 'learning_lesson_progress',
  properties: {
    ...baseProperties(),
    enrolmentId: p.string().length(36),
    lessonId: p.string().length(36),
    completedAt: p.datetime(),
  },
  uniques: [{ properties: ['enrolmentId', 'lessonId'] }],
});
export type LessonProgressRow = InferEntity<typeof LessonProgress>;

/** One graded question of an attempt (what the student may see after grading). */
export interface QuestionOutcome {
  questionId: string;
  correct: boolean;
  points: number;
}

/**
 * An attempt. `status` leaves IN_PROGRESS only by a conditional update on IN_PROGRESS, so two
 * submissions of one attempt grade it once; `(quizId, userId, number)` is unique, so two racing
 * starts never exceed the attempt limit.
 */
export const QuizAttempt = defineTenantEntity({
  name: 'QuizAttempt',
  tableName: 'learning_quiz_attempts',
  properties: {
    ...baseProperties(),
    quizId: p.string().length(36),
    lessonId: p.string().length(36),
    courseId: p.string().length(36),
    enrolmentId: p.string().length(36).index(),
    userId: p.string().length(36),
    number: p.integer(),
    status: p.enum(['IN_PROGRESS', 'GRADED', 'EXPIRED'] as const).default('IN_PROGRESS'),
    startedAt: p.datetime(),
    deadline: p.datetime(),
    submittedAt: p.datetime().nullable(),
    score: p.integer().nullable(),
    maxScore: p.integer(),
    passed: p.boolean().nullable(),
    outcomes: p.json<QuestionOutcome[]>().nullable(),
  },
  uniques: [{ properties: ['quizId', 'userId', 'number'] }],
});
export type QuizAttemptRow = InferEntity<typeof QuizAttempt>;

export const Certificate = defineTenantEntity({
  name: 'Certificate',
  tableName: 'learning_certificates',
  properties: {
    ...baseProperties(),
    courseId: p.string().length(36),
    userId: p.string().length(36),
    enrolmentId: p.string().length(36).unique(),
    code: p.string().length(32).unique(),
    holderName: p.string().length(200),
    courseTitle: p.string().length(200),
    issuedAt: p.datetime(),
  },
});
export type CertificateRow = InferEntity<typeof Certificate>;

export const entities = [Course, Module, Lesson, Quiz, Question, Enrolment, LessonProgress, QuizAttempt, Certificate];
