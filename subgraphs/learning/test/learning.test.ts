import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { TestClock } from '../../../test/helpers/clock';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Course, Enrolment, Lesson, Module, Quiz, QuizAttempt } from '../src/entities';
import {
  ADD_LESSON,
  COMPLETE,
  CREATE_COURSE,
  ENROL,
  START,
  SUBMIT,
  QUIZ,
  answers,
  buildCourse,
  inOwnTenant,
  memberOf,
  must,
  questionIds,
  type Member,
} from './support';

jest.setTimeout(120_000);

const LESSON_VIEW = `query($c: ID!) { course(id: $c) { id title summaryHtml published myEnrolment { id }
  modules { totalCount edges { node { title lessons { edges { node { id kind title body bodyHtml videoUrl completedByMe
    quiz { timeLimitSeconds } } } } } } } } }`;
const QUIZ_VIEW = `query($l: ID!) { lesson(id: $l) { quiz { questions { totalCount edges { node { id prompt options answerKey { correctOptions acceptedAnswers } } } } } } }`;

describe('learning through the router', () => {
  let stack: TestStack;
  let admin: TestUser;
  /** ADMIN of the tenant the tests act in (an author). */
  let teacher: Member;
  /** An EMPLOYEE of the teacher's tenant: a learner. */
  let student: Member;
  const clock = new TestClock(Date.parse('2026-03-02T09:00:00Z'));
  const em = () => stack.subgraphs.find((s) => s.name === 'learning')!.orm.em.fork();
  const q = (user: Member | null, query: string, variables: Record<string, unknown> = {}) =>
    gql(stack.url, query, variables, user ? user.auth : {});

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'learning'], clock, env: { LEARNING_QUIZ_GRACE_SECONDS: '5' } });
    admin = await signUpUser(stack.url, 'teacher');
    teacher = inOwnTenant(admin);
    student = await memberOf(stack, admin, await signUpUser(stack.url, 'student'));
  });

  it('authoring validates every input with field errors, and only the instructor changes a course', async () => {
    const bad = await q(teacher, CREATE_COURSE, { i: { title: ' ', enrolmentMode: 'KEY', enrolmentKey: 'abc', minLessonPercent: 0 } });
    expect(bad.body.data.createCourse.errors.map((e: any) => e.field).sort()).toEqual([
      'input.enrolmentKey',
      'input.minLessonPercent',
      'input.title',
    ]);
    const { courseId } = await buildCourse(stack, teacher.auth, { publish: false });
    const other = await q(student, 'mutation($i: AddModuleInput!) { addModule(input: $i) { module { id } errors { field code } } }', {
      i: { courseId, title: 'Mine now' },
    });
    // An unpublished course is invisible to others: not found rather than forbidden.
    expect(other.body.data.addModule.errors).toEqual([{ field: 'input.courseId', code: 'NOT_FOUND' }]);
    const moduleId = (await q(teacher, 'query($c: ID!) { course(id: $c) { modules { edges { node { id } } } } }', { c: courseId })).body
      .data.course.modules.edges[0].node.id;
    const video = await q(teacher, ADD_LESSON, { i: { moduleId, title: 'v', kind: 'VIDEO', videoUrl: 'http://videos.example.com/x' } });
    expect(video.body.data.addLesson.errors).toEqual([expect.objectContaining({ field: 'input.videoUrl', code: 'BAD_USER_INPUT' })]);
    const badQuiz = await q(teacher, ADD_LESSON, {
      i: {
        moduleId,
        title: 'Broken',
        kind: 'QUIZ',
        quiz: {
          timeLimitSeconds: 5,
          questions: [
            { kind: 'SINGLE_CHOICE', prompt: 'x', options: ['a', 'b'], correctOptions: [0, 1] },
            { kind: 'MULTIPLE_CHOICE', prompt: 'y', options: ['a', 'a'], correctOptions: [3] },
            { kind: 'SHORT_ANSWER', prompt: 'z', acceptedAnswers: [] },
          ],
        },
      },
    });
    expect(badQuiz.body.data.addLesson.errors.map((e: any) => e.field)).toEqual([
      'input.quiz.timeLimitSeconds',
      'input.quiz.questions.0.correctOptions',
      'input.quiz.questions.1.options',
      'input.quiz.questions.1.correctOptions',
      'input.quiz.questions.2.acceptedAnswers',
    ]);
  });

  it('courses are the tenant’s: MANAGER and up author any course, employees learn, other tenants see nothing', async () => {
    const c = await buildCourse(stack, teacher.auth);
    const manager = await memberOf(stack, admin, await signUpUser(stack.url, 'manager'), 'MANAGER');
    const outsider = inOwnTenant(await signUpUser(stack.url, 'outsider'));
    const UPDATE =
      'mutation($c: ID!, $i: UpdateCourseInput!) { updateCourse(courseId: $c, input: $i) { course { title summary } errors { field code } } }';
    const DELETE = 'mutation($c: ID!) { deleteCourse(courseId: $c) { deletedId errors { field code } } }';
    // A manager who did not create the course changes it; an employee may not; another tenant does not find it.
    expect((await must(stack, manager.auth, UPDATE, { c: c.courseId, i: { title: 'Renamed' } }, 'updateCourse')).course).toEqual({
      title: 'Renamed',
      summary: 'Learn *things*.',
    });
    expect((await q(student, UPDATE, { c: c.courseId, i: { title: 'Mine' } })).body.data.updateCourse.errors).toEqual([
      { field: 'courseId', code: 'FORBIDDEN' },
    ]);
    expect((await q(outsider, UPDATE, { c: c.courseId, i: { title: 'Mine' } })).body.data.updateCourse.errors).toEqual([
      { field: 'courseId', code: 'NOT_FOUND' },
    ]);
    expect((await q(manager, UPDATE, { c: c.courseId, i: { title: ' ' } })).body.data.updateCourse.errors).toEqual([
      { field: 'input.title', code: 'BAD_USER_INPUT' },
    ]);
    const employeeCreates = await q(student, CREATE_COURSE, { i: { title: 'Nope' } });
    expect(employeeCreates.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await q(outsider, 'query($c: ID!) { course(id: $c) { id } }', { c: c.courseId })).body.data.course).toBeNull();
    expect((await q(outsider, ENROL, { c: c.courseId })).body.data.enrol.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    expect((await q(outsider, '{ courses(first: 100) { edges { node { id } } } }')).body.data.courses.edges).toEqual([]);

    // Deleting takes the content and the students' rows with it (in the tenant only).
    await must(stack, student.auth, ENROL, { c: c.courseId }, 'enrol');
    await must(stack, student.auth, COMPLETE, { l: c.textLessonId }, 'completeLesson');
    expect((await q(outsider, DELETE, { c: c.courseId })).body.data.deleteCourse.errors).toEqual([
      { field: 'courseId', code: 'NOT_FOUND' },
    ]);
    expect((await q(student, DELETE, { c: c.courseId })).body.data.deleteCourse.errors).toEqual([{ field: 'courseId', code: 'FORBIDDEN' }]);
    expect((await must(stack, manager.auth, DELETE, { c: c.courseId }, 'deleteCourse')).deletedId).toBe(c.courseId);
    const left = em();
    const all = { filters: { tenant: false } };
    const rows = await Promise.all([
      left.count(Course, { id: c.courseId }, all),
      left.count(Module, { courseId: c.courseId }, all),
      left.count(Lesson, { courseId: c.courseId }, all),
      left.count(Quiz, { courseId: c.courseId }, all),
      left.count(Enrolment, { courseId: c.courseId }, all),
    ]);
    expect(rows).toEqual([0, 0, 0, 0, 0]);
    expect((await q(teacher, 'query($c: ID!) { course(id: $c) { id } }', { c: c.courseId })).body.data.course).toBeNull();
  });

  it('unpublished courses, lesson content and the answer key are per-row: students never see answers', async () => {
    const hidden = await buildCourse(stack, teacher.auth, { publish: false });
    expect((await q(student, LESSON_VIEW, { c: hidden.courseId })).body.data.course).toBeNull();
    expect((await q(student, 'query($l: ID!) { lesson(id: $l) { id } }', { l: hidden.textLessonId })).body.data.lesson).toBeNull();
    expect((await q(teacher, LESSON_VIEW, { c: hidden.courseId })).body.data.course.published).toBe(false);
    const LIST = '{ courses(first: 100) { edges { node { id } } } }';
    expect((await q(student, LIST)).body.data.courses.edges.map((e: any) => e.node.id)).not.toContain(hidden.courseId);
    expect((await q(teacher, LIST)).body.data.courses.edges.map((e: any) => e.node.id)).toContain(hidden.courseId); // drafts for authors
    expect((await q(null, LIST)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const c = await buildCourse(stack, teacher.auth);
    const outsider = (await q(student, LESSON_VIEW, { c: c.courseId })).body.data.course;
    const lessons = outsider.modules.edges[0].node.lessons.edges.map((e: any) => e.node);
    expect(lessons.map((l: any) => l.title)).toEqual(['Read', 'Watch', 'Test']); // the outline is public
    expect(lessons.map((l: any) => [l.body, l.videoUrl, l.quiz])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    await must(stack, student.auth, ENROL, { c: c.courseId }, 'enrol');
    const inside = (await q(student, LESSON_VIEW, { c: c.courseId })).body.data.course;
    const seen = inside.modules.edges[0].node.lessons.edges.map((e: any) => e.node);
    expect(seen[0].bodyHtml).toContain('<h1>Hello</h1>');
    expect(seen[0].bodyHtml).not.toContain('<script');
    expect(seen[1].videoUrl).toBe('https://videos.example.com/a.mp4');
    expect(seen[2].quiz).toEqual({ timeLimitSeconds: 60 });
    const quizView = await q(student, QUIZ_VIEW, { l: c.quizLessonId });
    const questions = quizView.body.data.lesson.quiz.questions.edges.map((e: any) => e.node);
    expect(questions).toHaveLength(3);
    expect(questions[0].options).toEqual(['3', '4', '5']);
    expect(questions.every((x: any) => x.answerKey === null)).toBe(true);
    expect(JSON.stringify(quizView.body)).not.toMatch(/Paris/);
    // The instructor reads the key (positive control of the same field).
    const key = (await q(teacher, QUIZ_VIEW, { l: c.quizLessonId })).body.data.lesson.quiz.questions.edges;
    expect(key.map((e: any) => e.node.answerKey)).toEqual([
      { correctOptions: [1], acceptedAnswers: [] },
      { correctOptions: [0, 2], acceptedAnswers: [] },
      { correctOptions: [], acceptedAnswers: ['Paris'] },
    ]);
  });

  it('enrolment: open, by key, by the instructor only, and the enrolment period gates content', async () => {
    const keyed = await buildCourse(stack, teacher.auth, { mode: 'KEY', key: 'open-sesame' });
    const wrong = await q(student, ENROL, { c: keyed.courseId, k: 'guess-me' });
    expect(wrong.body.data.enrol.errors).toEqual([expect.objectContaining({ field: 'key', code: 'FORBIDDEN' })]);
    await must(stack, student.auth, ENROL, { c: keyed.courseId, k: 'open-sesame' }, 'enrol');
    const again = await q(student, ENROL, { c: keyed.courseId, k: 'open-sesame' });
    expect(again.body.data.enrol.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);

    const closed = await buildCourse(stack, teacher.auth, { mode: 'INSTRUCTOR' });
    const self = await q(student, ENROL, { c: closed.courseId });
    expect(self.body.data.enrol.errors).toEqual([expect.objectContaining({ field: 'courseId', code: 'FORBIDDEN' })]);
    const ENROL_STUDENT =
      'mutation($c: ID!, $u: ID!, $s: DateTime, $e: DateTime) { enrolStudent(courseId: $c, userId: $u, startsAt: $s, endsAt: $e) { enrolment { id startsAt endsAt } errors { field code } } }';
    const byStudent = await q(student, ENROL_STUDENT, { c: closed.courseId, u: student.id });
    expect(byStudent.body.data.enrolStudent.errors).toEqual([{ field: 'courseId', code: 'FORBIDDEN' }]);
    const now = clock.now().getTime();
    const startsAt = new Date(now + 3_600_000).toISOString();
    const endsAt = new Date(now + 7_200_000).toISOString();
    const backwards = await q(teacher, ENROL_STUDENT, { c: closed.courseId, u: student.id, s: endsAt, e: startsAt });
    expect(backwards.body.data.enrolStudent.errors).toEqual([{ field: 'endsAt', code: 'BAD_USER_INPUT' }]);
    await must(stack, teacher.auth, ENROL_STUDENT, { c: closed.courseId, u: student.id, s: startsAt, e: endsAt }, 'enrolStudent');

    const early = await q(student, COMPLETE, { l: closed.textLessonId });
    expect(early.body.data.completeLesson.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const bodyOf = async () =>
      (await q(student, LESSON_VIEW, { c: closed.courseId })).body.data.course.modules.edges[0].node.lessons.edges[0].node.body;
    expect(await bodyOf()).toBeNull();
    clock.advance(3_600_000);
    expect(await bodyOf()).toContain('Secret text');
    expect((await q(student, COMPLETE, { l: closed.textLessonId })).body.data.completeLesson.errors).toEqual([]);
    clock.advance(3_600_000);
    expect(await bodyOf()).toBeNull();
    expect((await q(student, COMPLETE, { l: closed.videoLessonId })).body.data.completeLesson.errors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN' }),
    ]);
  });

  it('quizzes are graded on the server: single, multiple and short answers, attempt limit, pass mark', async () => {
    const c = await buildCourse(stack, teacher.auth, {
      quiz: { timeLimitSeconds: 60, maxAttempts: 2, passPercent: 75, questions: QUIZ.questions },
    });
    const ids = await questionIds(stack, teacher.auth, c);
    await must(stack, student.auth, ENROL, { c: c.courseId }, 'enrol');
    const first = (await must(stack, student.auth, START, { l: c.quizLessonId }, 'startQuizAttempt')).attempt;
    expect(first).toMatchObject({ number: 1, status: 'IN_PROGRESS', maxScore: 4 });
    const running = await q(student, START, { l: c.quizLessonId });
    expect(running.body.data.startQuizAttempt.errors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const alien = await q(student, SUBMIT, { a: first.id, ans: [{ questionId: c.courseId, optionIndexes: [0] }] });
    expect(alien.body.data.submitQuizAttempt.errors).toEqual([
      expect.objectContaining({ field: 'answers.0.questionId', code: 'BAD_USER_INPUT' }),
    ]);
    const outOfRange = await q(student, SUBMIT, { a: first.id, ans: [{ questionId: ids[0], optionIndexes: [7] }] });
    expect(outOfRange.body.data.submitQuizAttempt.errors).toEqual([expect.objectContaining({ field: 'answers.0.optionIndexes' })]);
    // Someone else cannot submit it.
    const thief = inOwnTenant(await signUpUser(stack.url, 'thief')); // another tenant: the attempt does not exist there
    expect((await q(thief, SUBMIT, { a: first.id, ans: [] })).body.data.submitQuizAttempt.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);

    // Multiple choice wrong (a subset), short answer right: 1 + 0 + 2 = 3 of 4 = 75% → passes exactly at the mark.
    const graded = await q(student, SUBMIT, {
      a: first.id,
      ans: [...answers(ids).slice(0, 1), { questionId: ids[1], optionIndexes: [0] }, answers(ids)[2]],
    });
    expect(graded.body.data.submitQuizAttempt.attempt).toMatchObject({
      status: 'GRADED',
      score: 3,
      percent: 75,
      passed: true,
      results: [
        { questionId: ids[0], correct: true, points: 1 },
        { questionId: ids[1], correct: false, points: 0 },
        { questionId: ids[2], correct: true, points: 2 },
      ],
    });
    const second = (await must(stack, student.auth, START, { l: c.quizLessonId }, 'startQuizAttempt')).attempt;
    const failed = await must(stack, student.auth, SUBMIT, { a: second.id, ans: answers(ids, [0, 2]) }, 'submitQuizAttempt');
    expect(failed.attempt).toMatchObject({ score: 1, percent: 25, passed: false });
    const third = await q(student, START, { l: c.quizLessonId });
    expect(third.body.data.startQuizAttempt.errors).toEqual([expect.objectContaining({ field: 'lessonId', code: 'INVALID_STATE' })]);
    const mine = await q(
      student,
      `query($c: ID!) { course(id: $c) { myEnrolment { quizScores { bestPercent passed attempts lesson { id } } } } }`,
      { c: c.courseId },
    );
    expect(mine.body.data.course.myEnrolment.quizScores).toEqual([
      { bestPercent: 75, passed: true, attempts: 2, lesson: { id: c.quizLessonId } },
    ]);
  });

  it('a submission after the time limit and grace is refused and the attempt scores 0; within the grace it is graded', async () => {
    const c = await buildCourse(stack, teacher.auth);
    const ids = await questionIds(stack, teacher.auth, c);
    await must(stack, student.auth, ENROL, { c: c.courseId }, 'enrol');
    const onTime = (await must(stack, student.auth, START, { l: c.quizLessonId }, 'startQuizAttempt')).attempt;
    clock.advance(64_000); // 60 s limit + 4 s: inside the 5 s grace
    expect((await must(stack, student.auth, SUBMIT, { a: onTime.id, ans: answers(ids, [0]) }, 'submitQuizAttempt')).attempt).toMatchObject({
      status: 'GRADED',
      score: 3,
    });
    const late = (await must(stack, student.auth, START, { l: c.quizLessonId }, 'startQuizAttempt')).attempt;
    clock.advance(66_000); // 60 s + 6 s: past the grace
    const status = 'query($a: ID!) { quizAttempt(id: $a) { status score results { correct } } }';
    expect((await q(student, status, { a: late.id })).body.data.quizAttempt).toEqual({ status: 'EXPIRED', score: null, results: [] });
    const refused = await q(student, SUBMIT, { a: late.id, ans: answers(ids) });
    expect(refused.body.data.submitQuizAttempt).toEqual({
      attempt: null,
      errors: [expect.objectContaining({ field: 'attemptId', code: 'INVALID_STATE' })],
    });
    expect((await q(student, status, { a: late.id })).body.data.quizAttempt).toEqual({ status: 'EXPIRED', score: 0, results: [] });
    const stored = await em().findOneOrFail(QuizAttempt, { id: late.id }, { filters: { tenant: false } });
    expect(stored).toMatchObject({ status: 'EXPIRED', score: 0, passed: false });
    // An expired attempt no longer blocks a new one.
    expect((await must(stack, student.auth, START, { l: c.quizLessonId }, 'startQuizAttempt')).attempt.number).toBe(3);
  });

  it('concurrent submissions of one attempt grade it once; concurrent starts make one attempt', async () => {
    const c = await buildCourse(stack, teacher.auth);
    const ids = await questionIds(stack, teacher.auth, c);
    await must(stack, student.auth, ENROL, { c: c.courseId }, 'enrol');
    const starts = await Promise.all(Array.from({ length: 8 }, () => q(student, START, { l: c.quizLessonId })));
    const started = starts.filter((s) => s.body.data.startQuizAttempt.attempt);
    expect(started).toHaveLength(1);
    expect(starts.filter((s) => s.body.data.startQuizAttempt.errors[0]?.code === 'CONFLICT')).toHaveLength(7);
    const attemptId = started[0]!.body.data.startQuizAttempt.attempt.id;
    // Different answers race: whichever is graded first stands, the rest are refused.
    const submits = await Promise.all(
      Array.from({ length: 10 }, (_, i) => q(student, SUBMIT, { a: attemptId, ans: answers(ids, i % 2 ? [0] : []) })),
    );
    const won = submits.filter((s) => s.body.data.submitQuizAttempt.attempt);
    expect(won).toHaveLength(1);
    expect(submits.filter((s) => s.body.data.submitQuizAttempt.errors[0]?.code === 'CONFLICT')).toHaveLength(9);
    const stored = await em().find(QuizAttempt, { lessonId: c.quizLessonId }, { filters: { tenant: false } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.score).toBe(won[0]!.body.data.submitQuizAttempt.attempt.score);
  });

  it('completion rule, certificate with a public verification that reveals only name, course and date, gradebook for instructors', async () => {
    const c = await buildCourse(stack, teacher.auth);
    const ids = await questionIds(stack, teacher.auth, c);
    const other = await memberOf(stack, admin, await signUpUser(stack.url, 'other'));
    await must(stack, student.auth, ENROL, { c: c.courseId }, 'enrol');
    await must(stack, other.auth, ENROL, { c: c.courseId }, 'enrol');
    const claimEarly = await q(
      student,
      'mutation($c: ID!) { claimCertificate(courseId: $c, holderName: "Sam") { certificate { code } errors { code } } }',
      { c: c.courseId },
    );
    expect(claimEarly.body.data.claimCertificate.errors).toEqual([{ code: 'INVALID_STATE' }]);
    const r1 = await must(stack, student.auth, COMPLETE, { l: c.textLessonId }, 'completeLesson');
    expect(r1.enrolment).toMatchObject({ status: 'ACTIVE', completedLessons: 1, lessonCount: 3 });
    await must(stack, student.auth, COMPLETE, { l: c.textLessonId }, 'completeLesson'); // idempotent
    const r2 = await must(stack, student.auth, COMPLETE, { l: c.videoLessonId }, 'completeLesson');
    expect(r2.enrolment).toMatchObject({ status: 'ACTIVE', completedLessons: 2 });
    const quizByHand = await q(student, COMPLETE, { l: c.quizLessonId });
    expect(quizByHand.body.data.completeLesson.errors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    const a = (await must(stack, student.auth, START, { l: c.quizLessonId }, 'startQuizAttempt')).attempt;
    await must(stack, student.auth, SUBMIT, { a: a.id, ans: answers(ids) }, 'submitQuizAttempt');
    const done = await q(student, 'query($c: ID!) { course(id: $c) { myEnrolment { status completedLessons completedAt } } }', {
      c: c.courseId,
    });
    expect(done.body.data.course.myEnrolment).toEqual({ status: 'COMPLETED', completedLessons: 3, completedAt: clock.now().toISOString() });

    const CLAIM =
      'mutation($c: ID!, $n: String!) { claimCertificate(courseId: $c, holderName: $n) { certificate { id code holderName courseTitle issuedAt } errors { field code } } }';
    const claims = await Promise.all([0, 1, 2].map(() => q(student, CLAIM, { c: c.courseId, n: '  Sam Student ' })));
    const codes = new Set(claims.map((x) => x.body.data.claimCertificate.certificate.code));
    expect(codes.size).toBe(1); // racing claims: one certificate
    const cert = claims[0]!.body.data.claimCertificate.certificate;
    expect(cert.code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const VERIFY = 'query($code: String!) { verifyCertificate(code: $code) { holderName courseTitle issuedAt } }';
    const verified = await q(null, VERIFY, { code: cert.code.toLowerCase() });
    expect(verified.body.data.verifyCertificate).toEqual({
      holderName: 'Sam Student',
      courseTitle: cert.courseTitle,
      issuedAt: cert.issuedAt,
    });
    const introspect = await q(null, '{ __type(name: "CertificateVerification") { fields { name } } }');
    expect(introspect.body.data.__type.fields.map((f: any) => f.name).sort()).toEqual(['courseTitle', 'holderName', 'issuedAt']);
    expect((await q(null, VERIFY, { code: 'AAAA-BBBB-CCCC-DDDD' })).body.data.verifyCertificate).toBeNull();
    expect((await q(null, VERIFY, { code: 'x'.repeat(5000) })).body.data.verifyCertificate).toBeNull();
    const noName = await q(other, CLAIM, { c: c.courseId, n: ' ' });
    expect(noName.body.data.claimCertificate.errors).toEqual([{ field: 'holderName', code: 'BAD_USER_INPUT' }]);

    const GRADEBOOK = `query($c: ID!, $after: String) { courseGradebook(courseId: $c, first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { student { id } status completedLessons lessonCount quizScores { bestPercent passed } certificate { code } } } } }`;
    const page1 = await q(teacher, GRADEBOOK, { c: c.courseId });
    expect(page1.body.data.courseGradebook.totalCount).toBe(2);
    expect(page1.body.data.courseGradebook.edges[0].node).toEqual({
      student: { id: student.id },
      status: 'COMPLETED',
      completedLessons: 3,
      lessonCount: 3,
      quizScores: [{ bestPercent: 100, passed: true }],
      certificate: { code: cert.code },
    });
    const page2 = await q(teacher, GRADEBOOK, { c: c.courseId, after: page1.body.data.courseGradebook.pageInfo.endCursor });
    expect(page2.body.data.courseGradebook.edges.map((e: any) => e.node.student.id)).toEqual([other.id]);
    expect(page2.body.data.courseGradebook.pageInfo.hasNextPage).toBe(false);
    const denied = await q(student, GRADEBOOK, { c: c.courseId });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(denied.body.data.courseGradebook).toBeNull();
    const tooMany = await q(teacher, 'query($c: ID!) { courseGradebook(courseId: $c, first: 1000) { totalCount } }', { c: c.courseId });
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Per row: the other student cannot read the student's attempt; the instructor can.
    const ATTEMPT = 'query($a: ID!) { quizAttempt(id: $a) { id score } }';
    expect((await q(other, ATTEMPT, { a: a.id })).body.data.quizAttempt).toBeNull();
    expect((await q(teacher, ATTEMPT, { a: a.id })).body.data.quizAttempt).toEqual({ id: a.id, score: 4 });
    const mine = await q(student, '{ myEnrolments(first: 50) { totalCount edges { node { course { id } status } } } }');
    expect(mine.body.data.myEnrolments.edges.map((e: any) => e.node.course.id)).toContain(c.courseId);
    expect((await q(null, '{ myEnrolments { totalCount } }')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
