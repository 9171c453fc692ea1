import { randomInt, timingSafeEqual, createHash } from 'node:crypto';
import {
  checkPage,
  badInput,
  fail,
  fieldError,
  flushOrConflict,
  fold,
  forbidden,
  isUuid,
  notFound,
  ok,
  paginate,
  requireTenant,
  tenantRoleAtLeast,
  type Connection,
  type PageArgs,
  type Payload,
  type UserError,
  type Viewer,
} from '../../../kit';
import type { LearningDeps, QuizScoreData } from './context';
import {
  Certificate,
  Course,
  Enrolment,
  Lesson,
  LessonProgress,
  Module,
  Question,
  Quiz,
  QuizAttempt,
  type CertificateRow,
  type CourseRow,
  type EnrolmentRow,
  type LessonRow,
  type ModuleRow,
  type QuestionOutcome,
  type QuestionRow,
  type QuizAttemptRow,
} from './entities';
import type {
  AddLessonInput,
  AddModuleInput,
  AnswerInput,
  CreateCourseInput,
  QuestionInput,
  UpdateCourseInput,
} from './generated/resolvers';

const MAX_MODULES = 100;
const MAX_LESSONS = 200;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const errorOf = (field: string, message: string, code: UserError['code'] = 'BAD_USER_INPUT'): UserError => ({
  ...fieldError(field, message),
  code,
});

/** Whether `viewer` authors the tenant's courses: MANAGER or higher in the request's tenant. */
export function authors(viewer: Viewer | null | undefined): boolean {
  return !!viewer?.tenantId && tenantRoleAtLeast(viewer.tenantRole, 'MANAGER');
}

/** Whether `viewer` may author `course`: a course of the request's tenant, and the viewer MANAGER or higher there. */
export function teaches(viewer: Viewer | null | undefined, course: CourseRow | null): boolean {
  return !!viewer && !!course && course.tenantId === viewer.tenantId && authors(viewer);
}

/** Whether an enrolment lets its student in at `now`: started and not ended. */
export function running(enrolment: EnrolmentRow | null, now: Date): boolean {
  return !!enrolment && enrolment.startsAt.getTime() <= now.getTime() && (!enrolment.endsAt || now.getTime() < enrolment.endsAt.getTime());
}

/** A short answer as compared: folded (case, accents), spaces collapsed. */
export function normaliseAnswer(text: string): string {
  return fold(text).trim().replace(/\s+/g, ' ');
}

/** Grades one answer against a question's key. */
export function gradeAnswer(question: QuestionRow, answer: AnswerInput | undefined): boolean {
  if (!answer) return false;
  if (question.kind === 'SHORT_ANSWER') {
    const given = normaliseAnswer(answer.text ?? '');
    return given !== '' && question.acceptedAnswers.some((a) => normaliseAnswer(a) === given);
  }
  const chosen = [...new Set(answer.optionIndexes ?? [])].sort((a, b) => a - b);
  const right = [...question.correctOptions].sort((a, b) => a - b);
  return chosen.length === right.length && chosen.every((c, i) => c === right[i]);
}

function text(value: string | null | undefined, field: string, label: string, min: number, max: number, errors: UserError[]): string {
  const clean = (value ?? '').trim();
  if (clean.length < min || clean.length > max) {
    errors.push(
      errorOf(
        field,
        min > 0
          ? `${label} must be ${min} to ${max.toLocaleString('en')} characters.`
          : `${label} must be at most ${max.toLocaleString('en')} characters.`,
      ),
    );
  }
  return clean;
}

function intIn(value: number, field: string, label: string, min: number, max: number, errors: UserError[]): number {
  if (!Number.isInteger(value) || value < min || value > max)
    errors.push(errorOf(field, `${label} must be a whole number from ${min} to ${max.toLocaleString('en')}.`));
  return value;
}

function checkQuestion(q: QuestionInput, at: string, errors: UserError[]): void {
  text(q.prompt, `${at}.prompt`, 'A question', 1, 2000, errors);
  intIn(q.points ?? 1, `${at}.points`, 'Points', 1, 100, errors);
  const options = q.options ?? [];
  const correct = q.correctOptions ?? [];
  const accepted = q.acceptedAnswers ?? [];
  if (q.kind === 'SHORT_ANSWER') {
    if (options.length || correct.length) errors.push(errorOf(`${at}.options`, 'A short-answer question has no options.'));
    if (accepted.length < 1 || accepted.length > 10) errors.push(errorOf(`${at}.acceptedAnswers`, 'Give 1 to 10 accepted answers.'));
    accepted.forEach((a, i) => {
      if (normaliseAnswer(a).length < 1 || a.length > 200)
        errors.push(errorOf(`${at}.acceptedAnswers.${i}`, 'An accepted answer must be 1 to 200 characters.'));
    });
    return;
  }
  if (accepted.length) errors.push(errorOf(`${at}.acceptedAnswers`, 'Only short-answer questions have accepted answers.'));
  if (options.length < 2 || options.length > 10) errors.push(errorOf(`${at}.options`, 'A choice question has 2 to 10 options.'));
  options.forEach((o, i) => {
    if (o.trim().length < 1 || o.length > 500) errors.push(errorOf(`${at}.options.${i}`, 'An option must be 1 to 500 characters.'));
  });
  if (new Set(options.map((o) => o.trim())).size !== options.length) errors.push(errorOf(`${at}.options`, 'Options must differ.'));
  if (new Set(correct).size !== correct.length || correct.some((c) => !Number.isInteger(c) || c < 0 || c >= options.length)) {
    errors.push(errorOf(`${at}.correctOptions`, 'correctOptions must name distinct options by index (from 0).'));
  } else if (q.kind === 'SINGLE_CHOICE' ? correct.length !== 1 : correct.length < 1) {
    errors.push(
      errorOf(
        `${at}.correctOptions`,
        q.kind === 'SINGLE_CHOICE'
          ? 'A single-choice question has exactly one right option.'
          : 'A multiple-choice question has at least one right option.',
      ),
    );
  }
}

/** A certificate code: 16 characters of an unambiguous alphabet from the CSPRNG, in groups of four. */
export function certificateCode(): string {
  const chars = Array.from({ length: 16 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]!);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

function sameSecret(a: string, b: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(a), h(b));
}

type CourseResult = Payload<{ course: CourseRow }>;
type EnrolmentResult = Payload<{ enrolment: EnrolmentRow }>;
type AttemptResult = Payload<{ attempt: QuizAttemptRow }>;

/**
 * Courses, enrolment, progress, quizzes and certificates. Grading happens here only: the answer key
 * never leaves the service except to the tenant's course authors (MANAGER and up). An attempt is graded by a conditional
 * update on `status = IN_PROGRESS`, so concurrent submissions of one attempt grade it once.
 */
export class LearningService {
  // ---- reading -------------------------------------------------------------------------------

  courses(deps: LearningDeps, args: PageArgs): Promise<Connection<CourseRow>> {
    const viewer = requireTenant(deps.viewer);
    return paginate(
      deps.em,
      Course,
      authors(viewer) ? {} : { published: true },
      args,
      { createdAt: 'desc', id: 'desc' },
      { list: 'courses' },
    );
  }

  taughtCourses(deps: LearningDeps, args: PageArgs): Promise<Connection<CourseRow>> {
    const viewer = requireTenant(deps.viewer);
    return paginate(deps.em, Course, { instructorId: viewer.userId }, args, { createdAt: 'desc', id: 'desc' }, { list: 'myTaughtCourses' });
  }

  /** A course the viewer may see: published, or theirs to teach. */
  async visibleCourse(deps: LearningDeps, id: string): Promise<CourseRow | null> {
    if (!isUuid(id)) return null;
    const course = await deps.loaders.courseById.load(id.toLowerCase());
    return course && (course.published || teaches(deps.viewer, course)) ? course : null;
  }

  myEnrolments(deps: LearningDeps, args: PageArgs): Promise<Connection<EnrolmentRow>> {
    const viewer = requireTenant(deps.viewer);
    return paginate(deps.em, Enrolment, { userId: viewer.userId }, args, { createdAt: 'desc', id: 'desc' }, { list: 'myEnrolments' });
  }

  async gradebook(deps: LearningDeps, courseId: string, args: PageArgs): Promise<Connection<EnrolmentRow>> {
    const viewer = requireTenant(deps.viewer);
    checkPage(Enrolment, args, { createdAt: 'asc', id: 'asc' }, { list: 'courseGradebook' });
    const course = isUuid(courseId) ? await deps.loaders.courseById.load(courseId.toLowerCase()) : null;
    if (!course) throw notFound('No course has this id.');
    if (!teaches(viewer, course)) throw forbidden('Only a MANAGER (or higher) of the tenant reads a gradebook.');
    return paginate(deps.em, Enrolment, { courseId: course.id }, args, { createdAt: 'asc', id: 'asc' }, { list: 'courseGradebook' });
  }

  /** Whether the viewer may read an enrolment, attempt or certificate of `userId` in `courseId`. */
  async mayReadStudentRow(deps: LearningDeps, row: { userId: string; courseId: string } | null): Promise<boolean> {
    if (!row || !deps.viewer) return false;
    if (row.userId === deps.viewer.userId) return true;
    return teaches(deps.viewer, await deps.loaders.courseById.load(row.courseId));
  }

  /** Whether the viewer may read a course's lesson content: its instructor, or a student whose enrolment runs now. */
  async mayReadContent(deps: LearningDeps, courseId: string): Promise<boolean> {
    if (!deps.viewer) return false;
    const course = await deps.loaders.courseById.load(courseId);
    if (teaches(deps.viewer, course)) return true;
    return running(await deps.loaders.enrolmentOf.load(`${courseId}|${deps.viewer.userId}`), deps.clock.now());
  }

  async verifyCertificate(deps: LearningDeps, code: string): Promise<CertificateRow | null> {
    const clean = code.trim().toUpperCase();
    if (!/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/.test(clean)) return null;
    // Public: anyone may verify a code, in any tenant or none; the answer carries name, course title and date only.
    return deps.em.findOne(Certificate, { code: clean }, { filters: { tenant: false } });
  }

  /** A student's best result per quiz of the course (from the request's loaders). */
  async quizScores(deps: LearningDeps, enrolment: EnrolmentRow): Promise<QuizScoreData[]> {
    const [quizzes, attempts] = await Promise.all([
      deps.loaders.quizzesOfCourse.load(enrolment.courseId),
      deps.loaders.attemptsOfEnrolment.load(enrolment.id),
    ]);
    return quizzes
      .filter((q) => attempts.some((a) => a.quizId === q.id))
      .map((q) => {
        const mine = attempts.filter((a) => a.quizId === q.id);
        const graded = mine.filter((a) => a.status === 'GRADED');
        const best = Math.max(0, ...graded.map((a) => percentOf(a.score ?? 0, a.maxScore)));
        return { lessonId: q.lessonId, bestPercent: best, passed: graded.some((a) => a.passed), attempts: mine.length };
      });
  }

  // ---- authoring -----------------------------------------------------------------------------

  async createCourse(deps: LearningDeps, input: CreateCourseInput): Promise<CourseResult> {
    const viewer = requireTenant(deps.viewer, 'MANAGER');
    const errors: UserError[] = [];
    const title = text(input.title, 'input.title', 'The title', 1, 200, errors);
    const summary = text(input.summary, 'input.summary', 'The summary', 0, 10_000, errors);
    const mode = input.enrolmentMode ?? 'OPEN';
    let key: string | null = null;
    if (mode === 'KEY') key = text(input.enrolmentKey, 'input.enrolmentKey', 'The enrolment key', 6, 100, errors);
    else if (input.enrolmentKey != null) errors.push(errorOf('input.enrolmentKey', 'Only a KEY course has an enrolment key.'));
    const minLessonPercent = intIn(input.minLessonPercent ?? 100, 'input.minLessonPercent', 'minLessonPercent', 1, 100, errors);
    if (errors.length) return fail(errors);
    const course = deps.em.create(Course, {
      instructorId: viewer.userId,
      title,
      summary,
      enrolmentMode: mode,
      enrolmentKey: key,
      published: false,
      minLessonPercent,
      requireQuizzesPassed: input.requireQuizzesPassed ?? true,
      lessonCount: 0,
      moduleCount: 0,
    });
    await deps.em.flush();
    return ok({ course });
  }

  private async ownCourse(deps: LearningDeps, courseId: string, field: string): Promise<CourseRow | UserError> {
    const viewer = requireTenant(deps.viewer);
    const course = isUuid(courseId) ? await deps.em.findOne(Course, { id: courseId.toLowerCase() }) : null;
    if (!course || !(course.published || teaches(viewer, course))) return errorOf(field, 'No course has this id.', 'NOT_FOUND');
    if (!teaches(viewer, course)) return errorOf(field, 'Only a MANAGER (or higher) of the tenant changes a course.', 'FORBIDDEN');
    return course;
  }

  async updateCourse(deps: LearningDeps, courseId: string, input: UpdateCourseInput): Promise<CourseResult> {
    const errors: UserError[] = [];
    const title = input.title == null ? null : text(input.title, 'input.title', 'The title', 1, 200, errors);
    const summary = input.summary == null ? null : text(input.summary, 'input.summary', 'The summary', 0, 10_000, errors);
    if (errors.length) return fail(errors);
    const course = await this.ownCourse(deps, courseId, 'courseId');
    if (!('id' in course)) return fail(course);
    if (title != null) course.title = title;
    if (summary != null) course.summary = summary;
    await deps.em.flush();
    return ok({ course });
  }

  /**
   * Deletes a course with its modules, lessons, quizzes, questions, enrolments, progress and attempts,
   * in one transaction. Issued certificates stay: they carry the holder's name and the course title, so
   * `verifyCertificate` keeps answering for them.
   */
  async deleteCourse(deps: LearningDeps, courseId: string): Promise<Payload<{ deletedId: string }>> {
    const course = await this.ownCourse(deps, courseId, 'courseId');
    if (!('id' in course)) return fail(course);
    await deps.em.transactional(async (tx) => {
      const quizIds = (await tx.find(Quiz, { courseId: course.id }, { fields: ['id'] })).map((q) => q.id);
      const enrolmentIds = (await tx.find(Enrolment, { courseId: course.id }, { fields: ['id'] })).map((e) => e.id);
      if (quizIds.length) await tx.nativeDelete(Question, { quizId: { $in: quizIds } });
      if (enrolmentIds.length) await tx.nativeDelete(LessonProgress, { enrolmentId: { $in: enrolmentIds } });
      await tx.nativeDelete(QuizAttempt, { courseId: course.id });
      await tx.nativeDelete(Enrolment, { courseId: course.id });
      await tx.nativeDelete(Quiz, { courseId: course.id });
      await tx.nativeDelete(Lesson, { courseId: course.id });
      await tx.nativeDelete(Module, { courseId: course.id });
      await tx.nativeDelete(Course, { id: course.id });
    });
    deps.em.clear();
    return ok({ deletedId: course.id });
  }

  async publishCourse(deps: LearningDeps, courseId: string): Promise<CourseResult> {
    const course = await this.ownCourse(deps, courseId, 'courseId');
    if (!('id' in course)) return fail(course);
    if (course.lessonCount === 0) return fail(errorOf('courseId', 'A course needs at least one lesson to be published.', 'INVALID_STATE'));
    course.published = true;
    await deps.em.flush();
    return ok({ course });
  }

  async addModule(deps: LearningDeps, input: AddModuleInput): Promise<Payload<{ module: ModuleRow }>> {
    const errors: UserError[] = [];
    const title = text(input.title, 'input.title', 'The title', 1, 200, errors);
    if (errors.length) return fail(errors);
    const course = await this.ownCourse(deps, input.courseId, 'input.courseId');
    if (!('id' in course)) return fail(course);
    if (course.moduleCount >= MAX_MODULES)
      return fail(errorOf('input.courseId', `A course has at most ${MAX_MODULES} modules.`, 'INVALID_STATE'));
    course.moduleCount += 1;
    const module = deps.em.create(Module, { courseId: course.id, title, position: course.moduleCount, lessonCount: 0 });
    // Two racing additions take the same position: the unique (course, position) refuses the second.
    const conflict = await flushOrConflict(deps.em, 'input.courseId', 'The course changed at the same time; try again.');
    return conflict.length ? fail(conflict) : ok({ module });
  }

  async addLesson(deps: LearningDeps, input: AddLessonInput): Promise<Payload<{ lesson: LessonRow; enrolment: null }>> {
    const errors: UserError[] = [];
    const title = text(input.title, 'input.title', 'The title', 1, 200, errors);
    const body = text(input.body, 'input.body', 'The body', input.kind === 'TEXT' ? 1 : 0, 100_000, errors);
    let videoUrl: string | null = null;
    if (input.kind === 'VIDEO') {
      videoUrl = (input.videoUrl ?? '').trim();
      let url: URL | null = null;
      try {
        url = new URL(videoUrl);
      } catch {
        url = null;
      }
      if (!url || url.protocol !== 'https:' || videoUrl.length > 2000)
        errors.push(errorOf('input.videoUrl', 'A video lesson needs an https URL of at most 2,000 characters.'));
    } else if (input.videoUrl != null) errors.push(errorOf('input.videoUrl', 'Only a VIDEO lesson has a video URL.'));
    const quiz = input.quiz;
    if (input.kind === 'QUIZ') {
      if (!quiz) errors.push(errorOf('input.quiz', 'A quiz lesson needs its quiz.'));
      else {
        intIn(quiz.timeLimitSeconds, 'input.quiz.timeLimitSeconds', 'timeLimitSeconds', 10, 86_400, errors);
        intIn(quiz.maxAttempts ?? 3, 'input.quiz.maxAttempts', 'maxAttempts', 1, 20, errors);
        intIn(quiz.passPercent ?? 60, 'input.quiz.passPercent', 'passPercent', 0, 100, errors);
        if (quiz.questions.length < 1 || quiz.questions.length > 50)
          errors.push(errorOf('input.quiz.questions', 'A quiz has 1 to 50 questions.'));
        else quiz.questions.forEach((q, i) => checkQuestion(q, `input.quiz.questions.${i}`, errors));
      }
    } else if (quiz) errors.push(errorOf('input.quiz', 'Only a QUIZ lesson has a quiz.'));
    if (errors.length) return fail(errors);
    const module = isUuid(input.moduleId) ? await deps.em.findOne(Module, { id: input.moduleId.toLowerCase() }) : null;
    if (!module) return fail(errorOf('input.moduleId', 'No module has this id.', 'NOT_FOUND'));
    const course = await this.ownCourse(deps, module.courseId, 'input.moduleId');
    if (!('id' in course)) return fail(course);
    if (course.lessonCount >= MAX_LESSONS)
      return fail(errorOf('input.moduleId', `A course has at most ${MAX_LESSONS} lessons.`, 'INVALID_STATE'));
    course.lessonCount += 1;
    module.lessonCount += 1;
    const lesson = deps.em.create(Lesson, {
      courseId: course.id,
      moduleId: module.id,
      title,
      kind: input.kind,
      position: module.lessonCount,
      body,
      videoUrl,
    });
    if (quiz) {
      const row = deps.em.create(Quiz, {
        courseId: course.id,
        lessonId: lesson.id,
        timeLimitSeconds: quiz.timeLimitSeconds,
        maxAttempts: quiz.maxAttempts ?? 3,
        passPercent: quiz.passPercent ?? 60,
        maxScore: quiz.questions.reduce((sum, q) => sum + (q.points ?? 1), 0),
      });
      quiz.questions.forEach((q, i) =>
        deps.em.create(Question, {
          quizId: row.id,
          position: i + 1,
          kind: q.kind,
          prompt: q.prompt.trim(),
          options: (q.options ?? []).map((o) => o.trim()),
          correctOptions: q.correctOptions ?? [],
          acceptedAnswers: (q.acceptedAnswers ?? []).map((a) => a.trim()),
          points: q.points ?? 1,
        }),
      );
    }
    const conflict = await flushOrConflict(deps.em, 'input.moduleId', 'The module changed at the same time; try again.');
    return conflict.length ? fail(conflict) : ok({ lesson, enrolment: null });
  }

  // ---- enrolment -----------------------------------------------------------------------------

  async enrol(deps: LearningDeps, courseId: string, key: string | null | undefined): Promise<EnrolmentResult> {
    const viewer = requireTenant(deps.viewer);
    const course = isUuid(courseId) ? await deps.em.findOne(Course, { id: courseId.toLowerCase() }) : null;
    if (!course || !course.published) return fail(errorOf('courseId', 'No published course has this id.', 'NOT_FOUND'));
    if (course.enrolmentMode === 'INSTRUCTOR')
      return fail(errorOf('courseId', 'Only a MANAGER (or higher) of the tenant enrols students in this course.', 'FORBIDDEN'));
    if (course.enrolmentMode === 'KEY' && (key == null || !sameSecret(key.trim(), course.enrolmentKey ?? ''))) {
      return fail(errorOf('key', 'The enrolment key is not right.', 'FORBIDDEN'));
    }
    return this.insertEnrolment(deps, course, viewer.userId, viewer.userId, deps.clock.now(), null, 'courseId');
  }

  async enrolStudent(
    deps: LearningDeps,
    args: { courseId: string; userId: string; startsAt?: Date | null; endsAt?: Date | null },
  ): Promise<EnrolmentResult> {
    const viewer = requireTenant(deps.viewer);
    if (!isUuid(args.userId)) return fail(errorOf('userId', 'userId must be the id of a user.'));
    const course = await this.ownCourse(deps, args.courseId, 'courseId');
    if (!('id' in course)) return fail(course);
    const startsAt = args.startsAt ?? deps.clock.now();
    if (args.endsAt && args.endsAt.getTime() <= startsAt.getTime()) return fail(errorOf('endsAt', 'endsAt must be after startsAt.'));
    return this.insertEnrolment(deps, course, args.userId.toLowerCase(), viewer.userId, startsAt, args.endsAt ?? null, 'userId');
  }

  private async insertEnrolment(
    deps: LearningDeps,
    course: CourseRow,
    userId: string,
    enrolledBy: string,
    startsAt: Date,
    endsAt: Date | null,
    field: string,
  ): Promise<EnrolmentResult> {
    const enrolment = deps.em.create(Enrolment, {
      courseId: course.id,
      userId,
      enrolledBy,
      startsAt,
      endsAt,
      status: 'ACTIVE',
      completedAt: null,
    });
    const conflict = await flushOrConflict(deps.em, field, 'Already enrolled in this course.');
    return conflict.length ? fail(conflict) : ok({ enrolment });
  }

  /** The viewer's enrolment in `courseId` if it runs now; otherwise the error to give. */
  private async runningEnrolment(deps: LearningDeps, courseId: string, field: string): Promise<EnrolmentRow | UserError> {
    const viewer = requireTenant(deps.viewer);
    const enrolment = await deps.em.findOne(Enrolment, { courseId, userId: viewer.userId });
    if (!enrolment) return errorOf(field, 'You are not enrolled in this course.', 'FORBIDDEN');
    if (!running(enrolment, deps.clock.now()))
      return errorOf(field, 'Your enrolment in this course is not running now (it has not started or has ended).', 'FORBIDDEN');
    return enrolment;
  }

  // ---- progress ------------------------------------------------------------------------------

  async completeLesson(deps: LearningDeps, lessonId: string): Promise<Payload<{ lesson: LessonRow; enrolment: EnrolmentRow }>> {
    requireTenant(deps.viewer);
    const lesson = isUuid(lessonId) ? await deps.em.findOne(Lesson, { id: lessonId.toLowerCase() }) : null;
    if (!lesson) return fail(errorOf('lessonId', 'No lesson has this id.', 'NOT_FOUND'));
    const enrolment = await this.runningEnrolment(deps, lesson.courseId, 'lessonId');
    if (!('id' in enrolment)) return fail(enrolment);
    if (lesson.kind === 'QUIZ') return fail(errorOf('lessonId', 'A quiz lesson is completed by passing its quiz.', 'INVALID_STATE'));
    await this.recordProgress(deps, enrolment.id, lesson.id);
    return ok({ lesson, enrolment: await this.evaluateCompletion(deps, enrolment.id) });
  }

  /** Records a completed lesson once (a repeat or a racing twin is a no-op). */
  private async recordProgress(deps: LearningDeps, enrolmentId: string, lessonId: string): Promise<void> {
    const em = deps.em.fork();
    if (await em.count(LessonProgress, { enrolmentId, lessonId })) return;
    em.create(LessonProgress, { enrolmentId, lessonId, completedAt: deps.clock.now() });
    await flushOrConflict(em, null, 'already recorded');
  }

  /**
   * Applies the course's completion rule to an enrolment and returns it fresh. Completion is a
   * conditional update from ACTIVE, so it is recorded once; a completed enrolment stays completed
   * when lessons are added later.
   */
  async evaluateCompletion(deps: LearningDeps, enrolmentId: string): Promise<EnrolmentRow> {
    const em = deps.em.fork();
    const enrolment = await em.findOneOrFail(Enrolment, { id: enrolmentId });
    if (enrolment.status === 'ACTIVE') {
      const course = await em.findOneOrFail(Course, { id: enrolment.courseId });
      const done = await em.count(LessonProgress, {
        enrolmentId,
        lessonId: { $in: (await em.find(Lesson, { courseId: course.id }, { fields: ['id'] })).map((l) => l.id) },
      });
      let complete = course.lessonCount > 0 && done * 100 >= course.minLessonPercent * course.lessonCount;
      if (complete && course.requireQuizzesPassed) {
        const quizzes = await em.find(Quiz, { courseId: course.id }, { fields: ['id'] });
        const passed = await em.find(QuizAttempt, { enrolmentId, passed: true }, { fields: ['quizId'] });
        complete = quizzes.every((q) => passed.some((a) => a.quizId === q.id));
      }
      if (complete) {
        const now = deps.clock.now();
        await em.nativeUpdate(Enrolment, { id: enrolmentId, status: 'ACTIVE' }, { status: 'COMPLETED', completedAt: now });
      }
    }
    return deps.em.fork().findOneOrFail(Enrolment, { id: enrolmentId });
  }

  // ---- quizzes -------------------------------------------------------------------------------

  async startAttempt(deps: LearningDeps, lessonId: string): Promise<AttemptResult> {
    const viewer = requireTenant(deps.viewer);
    const quiz = isUuid(lessonId) ? await deps.em.findOne(Quiz, { lessonId: lessonId.toLowerCase() }) : null;
    if (!quiz) return fail(errorOf('lessonId', 'No quiz lesson has this id.', 'NOT_FOUND'));
    const enrolment = await this.runningEnrolment(deps, quiz.courseId, 'lessonId');
    if (!('id' in enrolment)) return fail(enrolment);
    const now = deps.clock.now();
    const earlier = await deps.em.find(QuizAttempt, { quizId: quiz.id, userId: viewer.userId }, { orderBy: { number: 'desc' } });
    const open = earlier.find((a) => a.status === 'IN_PROGRESS' && !this.pastGrace(deps, a, now));
    if (open) return fail(errorOf('lessonId', `Attempt ${open.number} is still running; submit it first.`, 'CONFLICT'));
    const number = (earlier[0]?.number ?? 0) + 1;
    if (number > quiz.maxAttempts)
      return fail(errorOf('lessonId', `You have used all ${quiz.maxAttempts} attempts at this quiz.`, 'INVALID_STATE'));
    const attempt = deps.em.create(QuizAttempt, {
      quizId: quiz.id,
      lessonId: quiz.lessonId,
      courseId: quiz.courseId,
      enrolmentId: enrolment.id,
      userId: viewer.userId,
      number,
      status: 'IN_PROGRESS',
      startedAt: now,
      deadline: new Date(now.getTime() + quiz.timeLimitSeconds * 1000),
      submittedAt: null,
      score: null,
      maxScore: quiz.maxScore,
      passed: null,
      outcomes: null,
    });
    // Two racing starts compute the same number: the unique (quiz, user, number) lets one through.
    const conflict = await flushOrConflict(deps.em, 'lessonId', 'Another attempt was started at the same time.');
    return conflict.length ? fail(conflict) : ok({ attempt });
  }

  private pastGrace(deps: LearningDeps, attempt: QuizAttemptRow, now: Date): boolean {
    return now.getTime() > attempt.deadline.getTime() + deps.config.LEARNING_QUIZ_GRACE_SECONDS * 1000;
  }

  /** The status a reader sees: an unsubmitted attempt past its deadline and grace is EXPIRED. */
  shownStatus(deps: LearningDeps, attempt: QuizAttemptRow): QuizAttemptRow['status'] {
    return attempt.status === 'IN_PROGRESS' && this.pastGrace(deps, attempt, deps.clock.now()) ? 'EXPIRED' : attempt.status;
  }

  async submitAttempt(deps: LearningDeps, attemptId: string, answers: readonly AnswerInput[]): Promise<AttemptResult> {
    const viewer = requireTenant(deps.viewer);
    const attempt = isUuid(attemptId) ? await deps.em.findOne(QuizAttempt, { id: attemptId.toLowerCase() }) : null;
    if (!attempt || attempt.userId !== viewer.userId) return fail(errorOf('attemptId', 'No attempt of yours has this id.', 'NOT_FOUND'));
    if (answers.length > 50) throw badInput('At most 50 answers.', 'answers');
    const questions = await deps.em.find(Question, { quizId: attempt.quizId }, { orderBy: { position: 'asc' } });
    const byId = new Map<string, AnswerInput>();
    const errors: UserError[] = [];
    answers.forEach((a, i) => {
      const question = questions.find((q) => q.id === a.questionId.toLowerCase());
      if (!question) return errors.push(errorOf(`answers.${i}.questionId`, 'This question is not part of the quiz.'));
      if (byId.has(question.id)) return errors.push(errorOf(`answers.${i}.questionId`, 'A question is answered at most once.'));
      const picks = a.optionIndexes ?? [];
      if (picks.length > 10 || picks.some((o) => !Number.isInteger(o) || o < 0 || o >= question.options.length)) {
        return errors.push(errorOf(`answers.${i}.optionIndexes`, 'optionIndexes must name options of the question (from 0).'));
      }
      if ((a.text ?? '').length > 200) return errors.push(errorOf(`answers.${i}.text`, 'An answer is at most 200 characters.'));
      byId.set(question.id, a);
      return undefined;
    });
    if (errors.length) return fail(errors);
    const now = deps.clock.now();
    const em = deps.em.fork();
    if (this.pastGrace(deps, attempt, now)) {
      const closed = await em.nativeUpdate(
        QuizAttempt,
        { id: attempt.id, status: 'IN_PROGRESS' },
        { status: 'EXPIRED', submittedAt: now, score: 0, passed: false },
      );
      if (!closed) return fail(errorOf('attemptId', 'This attempt was already submitted.', 'CONFLICT'));
      return fail(
        errorOf(
          'attemptId',
          `The time limit ended at ${attempt.deadline.toISOString()}; the attempt is closed with a score of 0.`,
          'INVALID_STATE',
        ),
      );
    }
    const outcomes: QuestionOutcome[] = questions.map((q) => {
      const correct = gradeAnswer(q, byId.get(q.id));
      return { questionId: q.id, correct, points: correct ? q.points : 0 };
    });
    const score = outcomes.reduce((sum, o) => sum + o.points, 0);
    const quiz = await em.findOneOrFail(Quiz, { id: attempt.quizId });
    const passed = percentOf(score, attempt.maxScore) >= quiz.passPercent;
    const graded = await em.nativeUpdate(
      QuizAttempt,
      { id: attempt.id, status: 'IN_PROGRESS' },
      { status: 'GRADED', submittedAt: now, score, passed, outcomes },
    );
    if (!graded) return fail(errorOf('attemptId', 'This attempt was already submitted.', 'CONFLICT'));
    if (passed) {
      await this.recordProgress(deps, attempt.enrolmentId, attempt.lessonId);
      await this.evaluateCompletion(deps, attempt.enrolmentId);
    }
    return ok({ attempt: await deps.em.fork().findOneOrFail(QuizAttempt, { id: attempt.id }) });
  }

  async attempt(deps: LearningDeps, id: string): Promise<QuizAttemptRow | null> {
    if (!isUuid(id)) return null;
    const attempt = await deps.loaders.attemptById.load(id.toLowerCase());
    return (await this.mayReadStudentRow(deps, attempt)) ? attempt : null;
  }

  // ---- certificates --------------------------------------------------------------------------

  async claimCertificate(deps: LearningDeps, courseId: string, holderName: string): Promise<Payload<{ certificate: CertificateRow }>> {
    const viewer = requireTenant(deps.viewer);
    const errors: UserError[] = [];
    const name = text(holderName, 'holderName', 'The name', 1, 200, errors);
    if (errors.length) return fail(errors);
    const enrolment = isUuid(courseId)
      ? await deps.em.findOne(Enrolment, { courseId: courseId.toLowerCase(), userId: viewer.userId })
      : null;
    if (!enrolment) return fail(errorOf('courseId', 'You are not enrolled in this course.', 'NOT_FOUND'));
    if (enrolment.status !== 'COMPLETED') return fail(errorOf('courseId', 'The course is not completed yet.', 'INVALID_STATE'));
    const existing = await deps.em.findOne(Certificate, { enrolmentId: enrolment.id });
    if (existing) return ok({ certificate: existing });
    const course = await deps.em.findOneOrFail(Course, { id: enrolment.courseId });
    const em = deps.em.fork();
    const certificate = em.create(Certificate, {
      courseId: course.id,
      userId: viewer.userId,
      enrolmentId: enrolment.id,
      code: certificateCode(),
      holderName: name,
      courseTitle: course.title,
      issuedAt: deps.clock.now(),
    });
    const conflict = await flushOrConflict(em, 'courseId', 'issued at the same time');
    if (!conflict.length) return ok({ certificate });
    // A racing claim issued it first: the certificate is that one.
    return ok({ certificate: await deps.em.fork().findOneOrFail(Certificate, { enrolmentId: enrolment.id }) });
  }
}

/** Score as a whole percent of the points, rounded down. */
export function percentOf(score: number, max: number): number {
  return max > 0 ? Math.floor((score * 100) / max) : 0;
}
