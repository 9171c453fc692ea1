import { DateTimeScalar, isUuid, renderMarkdown } from '../../../kit';
import type { LearningContext } from './context';
import type { CourseRow, LessonRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import { percentOf, teaches, type LearningService } from './service';

/**
 * The learning resolvers: thin translations onto the service. Every row is the request's tenant's (the
 * kit's tenant filter) and is checked for the viewer: courses (published, or any for the tenant's
 * MANAGER and up), lesson content (authors or a running enrolment), student rows (the student or an
 * author), the answer key (authors only).
 */
export function createResolvers(service: LearningService): Resolvers {
  const visibleCourse = (course: CourseRow | null, ctx: LearningContext) =>
    course && (course.published || teaches(ctx.viewer, course)) ? course : null;
  const content = async <T>(lesson: LessonRow, ctx: LearningContext, value: () => T | Promise<T>): Promise<T | null> =>
    (await service.mayReadContent(ctx.deps, lesson.courseId)) ? value() : null;
  return {
    DateTime: DateTimeScalar,
    Query: {
      courses: (_, args, ctx) => service.courses(ctx.deps, args),
      myTaughtCourses: (_, args, ctx) => service.taughtCourses(ctx.deps, args),
      course: (_, { id }, ctx) => service.visibleCourse(ctx.deps, id),
      lesson: async (_, { id }, ctx) => {
        const lesson = isUuid(id) ? await ctx.loaders.lessonById.load(id.toLowerCase()) : null;
        return lesson && visibleCourse(await ctx.loaders.courseById.load(lesson.courseId), ctx) ? lesson : null;
      },
      myEnrolments: (_, args, ctx) => service.myEnrolments(ctx.deps, args),
      courseGradebook: (_, { courseId, ...args }, ctx) => service.gradebook(ctx.deps, courseId, args),
      quizAttempt: (_, { id }, ctx) => service.attempt(ctx.deps, id),
      verifyCertificate: (_, { code }, ctx) => service.verifyCertificate(ctx.deps, code),
    },
    Mutation: {
      createCourse: (_, { input }, ctx) => service.createCourse(ctx.deps, input),
      publishCourse: (_, { courseId }, ctx) => service.publishCourse(ctx.deps, courseId),
      updateCourse: (_, { courseId, input }, ctx) => service.updateCourse(ctx.deps, courseId, input),
      deleteCourse: (_, { courseId }, ctx) => service.deleteCourse(ctx.deps, courseId),
      addModule: (_, { input }, ctx) => service.addModule(ctx.deps, input),
      addLesson: (_, { input }, ctx) => service.addLesson(ctx.deps, input),
      enrol: (_, { courseId, key }, ctx) => service.enrol(ctx.deps, courseId, key),
      enrolStudent: (_, args, ctx) => service.enrolStudent(ctx.deps, args),
      completeLesson: (_, { lessonId }, ctx) => service.completeLesson(ctx.deps, lessonId),
      startQuizAttempt: (_, { lessonId }, ctx) => service.startAttempt(ctx.deps, lessonId),
      submitQuizAttempt: (_, { attemptId, answers }, ctx) => service.submitAttempt(ctx.deps, attemptId, answers),
      claimCertificate: (_, { courseId, holderName }, ctx) => service.claimCertificate(ctx.deps, courseId, holderName),
    },
    Course: {
      __resolveReference: async (ref, ctx) => visibleCourse(await ctx.loaders.courseById.load(ref.id), ctx),
      summaryHtml: (course) => renderMarkdown(course.summary),
      instructor: (course) => ({ id: course.instructorId }),
      completionRule: (course) => ({ minLessonPercent: course.minLessonPercent, requireQuizzesPassed: course.requireQuizzesPassed }),
      modules: (course, args, ctx) => ctx.loaders.modulesOfCourse.load(course.id, args, { position: 'asc', id: 'asc' }),
      myEnrolment: (course, _, ctx) => (ctx.viewer ? ctx.loaders.enrolmentOf.load(`${course.id}|${ctx.viewer.userId}`) : null),
    },
    Module: {
      __resolveReference: async (ref, ctx) => {
        const module = await ctx.loaders.moduleById.load(ref.id);
        return module && visibleCourse(await ctx.loaders.courseById.load(module.courseId), ctx) ? module : null;
      },
      course: (module, _, ctx) => ctx.loaders.courseById.load(module.courseId),
      lessons: (module, args, ctx) => ctx.loaders.lessonsOfModule.load(module.id, args, { position: 'asc', id: 'asc' }),
    },
    Lesson: {
      __resolveReference: async (ref, ctx) => {
        const lesson = await ctx.loaders.lessonById.load(ref.id);
        return lesson && visibleCourse(await ctx.loaders.courseById.load(lesson.courseId), ctx) ? lesson : null;
      },
      module: (lesson, _, ctx) => ctx.loaders.moduleById.load(lesson.moduleId),
      body: (lesson, _, ctx) => content(lesson, ctx, () => lesson.body),
      bodyHtml: (lesson, _, ctx) => content(lesson, ctx, () => renderMarkdown(lesson.body)),
      videoUrl: (lesson, _, ctx) => content(lesson, ctx, () => lesson.videoUrl ?? null),
      quiz: (lesson, _, ctx) => (lesson.kind === 'QUIZ' ? content(lesson, ctx, () => ctx.loaders.quizByLesson.load(lesson.id)) : null),
      completedByMe: async (lesson, _, ctx) => {
        if (!ctx.viewer) return false;
        const enrolment = await ctx.loaders.enrolmentOf.load(`${lesson.courseId}|${ctx.viewer.userId}`);
        if (!enrolment) return false;
        return (await ctx.loaders.progressOfEnrolment.load(enrolment.id)).some((p) => p.lessonId === lesson.id);
      },
    },
    Quiz: {
      __resolveReference: async (ref, ctx) => {
        const quiz = await ctx.loaders.quizById.load(ref.id);
        return quiz && (await service.mayReadContent(ctx.deps, quiz.courseId)) ? quiz : null;
      },
      questions: (quiz, args, ctx) => ctx.loaders.questionsOfQuiz.load(quiz.id, args, { position: 'asc', id: 'asc' }),
      myAttempts: (quiz, args, ctx) =>
        ctx.viewer
          ? ctx.loaders.attemptsOfQuiz(ctx.viewer.userId).load(quiz.id, args, { number: 'desc', id: 'desc' })
          : { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 },
    },
    Question: {
      answerKey: async (question, _, ctx) => {
        const quiz = await ctx.loaders.quizById.load(question.quizId);
        const course = quiz && (await ctx.loaders.courseById.load(quiz.courseId));
        return course && teaches(ctx.viewer, course)
          ? { correctOptions: question.correctOptions, acceptedAnswers: question.acceptedAnswers }
          : null;
      },
    },
    Enrolment: {
      __resolveReference: async (ref, ctx) => {
        const row = await ctx.loaders.enrolmentById.load(ref.id);
        return (await service.mayReadStudentRow(ctx.deps, row)) ? row : null;
      },
      course: (enrolment, _, ctx) => ctx.loaders.courseById.load(enrolment.courseId),
      student: (enrolment) => ({ id: enrolment.userId }),
      completedLessons: async (enrolment, _, ctx) => (await ctx.loaders.progressOfEnrolment.load(enrolment.id)).length,
      lessonCount: async (enrolment, _, ctx) => (await ctx.loaders.courseById.load(enrolment.courseId))?.lessonCount ?? 0,
      quizScores: (enrolment, _, ctx) => service.quizScores(ctx.deps, enrolment),
      certificate: (enrolment, _, ctx) => ctx.loaders.certificateByEnrolment.load(enrolment.id),
    },
    QuizScore: {
      lesson: (score, _, ctx) => ctx.loaders.lessonById.load(score.lessonId),
    },
    QuizAttempt: {
      __resolveReference: (ref, ctx) => service.attempt(ctx.deps, ref.id),
      lesson: (attempt, _, ctx) => ctx.loaders.lessonById.load(attempt.lessonId),
      status: (attempt, _, ctx) => service.shownStatus(ctx.deps, attempt),
      percent: (attempt) => (attempt.score == null ? null : percentOf(attempt.score, attempt.maxScore)),
      passed: (attempt) => attempt.passed ?? null,
      results: (attempt) => (attempt.status === 'GRADED' ? (attempt.outcomes ?? []) : []),
    },
    Certificate: {
      __resolveReference: async (ref, ctx) => {
        const row = await ctx.loaders.certificateById.load(ref.id);
        return (await service.mayReadStudentRow(ctx.deps, row)) ? row : null;
      },
      course: (certificate, _, ctx) => ctx.loaders.courseById.load(certificate.courseId),
    },
  };
}
