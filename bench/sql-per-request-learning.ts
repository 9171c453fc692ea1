/**
 * The learning part of sql-per-request: a course the bench user teaches, with 120 students who each
 * completed two lessons and made two quiz attempts, read as the gradebook `courseGradebook(first: N)`
 * with every per-row field (progress, quiz scores with their lesson, certificate, course). Each of
 * those comes from a per-request loader, so the statement count must not move with N.
 */
import { forTenant } from '../kit';
import { newId } from '../kit/src/entity';
import { Membership } from '../subgraphs/identity/src/entities';
import { Certificate, Course, Enrolment, Lesson, LessonProgress, Module, Quiz, QuizAttempt } from '../subgraphs/learning/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const STUDENTS = 120;
const PAGE_SIZES = [10, 50, 100];

const GRADEBOOK_QUERY = `query Gradebook($first: Int!, $courseId: ID!) {
  courseGradebook(courseId: $courseId, first: $first) {
    totalCount edges { node { student { id } status completedLessons lessonCount course { title }
      quizScores { bestPercent passed attempts lesson { title } } certificate { code } } }
  }
}`;

interface Reply {
  data?: {
    courseGradebook: { totalCount: number; edges: { node: { completedLessons: number; quizScores: { attempts: number }[] } }[] } | null;
  };
}

/** learning's entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const learningBench: DomainBench = {
  name: 'learning',
  shown: ['learning'],
  pageSizes: PAGE_SIZES,
  query: GRADEBOOK_QUERY,
  async seed(stack, user) {
    const identity = stack.subgraphs.find((s) => s.name === 'identity');
    const learning = stack.subgraphs.find((s) => s.name === 'learning');
    if (!identity || !learning) throw new Error('the identity and learning subgraphs must be running');
    // Learning is tenant-owned: the course goes in the bench user's own tenant, where the user is ADMIN (an author).
    const membership = await identity.orm.em.fork().findOneOrFail(Membership, { userId: user.id });
    const em = forTenant(learning.orm.em, membership.tenantId);
    const now = new Date();
    const course = em.create(Course, {
      instructorId: user.id,
      title: 'Bench course',
      summary: '',
      enrolmentMode: 'OPEN',
      enrolmentKey: null,
      published: true,
      minLessonPercent: 100,
      requireQuizzesPassed: true,
      lessonCount: 3,
      moduleCount: 1,
    });
    const module = em.create(Module, { courseId: course.id, title: 'One', position: 1, lessonCount: 3 });
    const lessons = [1, 2, 3].map((position) =>
      em.create(Lesson, {
        courseId: course.id,
        moduleId: module.id,
        title: `Lesson ${position}`,
        kind: position === 3 ? 'QUIZ' : 'TEXT',
        position,
        body: 'x',
        videoUrl: null,
      }),
    );
    const quiz = em.create(Quiz, {
      courseId: course.id,
      lessonId: lessons[2]!.id,
      timeLimitSeconds: 60,
      maxAttempts: 3,
      passPercent: 60,
      maxScore: 4,
    });
    for (let i = 0; i < STUDENTS; i++) {
      const userId = newId();
      const enrolment = em.create(Enrolment, {
        courseId: course.id,
        userId,
        enrolledBy: userId,
        startsAt: now,
        endsAt: null,
        status: 'ACTIVE',
        completedAt: null,
      });
      for (const lesson of lessons.slice(0, 2))
        em.create(LessonProgress, { enrolmentId: enrolment.id, lessonId: lesson.id, completedAt: now });
      for (const number of [1, 2]) {
        em.create(QuizAttempt, {
          quizId: quiz.id,
          lessonId: quiz.lessonId,
          courseId: course.id,
          enrolmentId: enrolment.id,
          userId,
          number,
          status: 'GRADED',
          startedAt: now,
          deadline: now,
          submittedAt: now,
          score: number + 1,
          maxScore: 4,
          passed: number === 2,
          outcomes: [],
        });
      }
      if (i % 3 === 0) {
        em.create(Certificate, {
          courseId: course.id,
          userId,
          enrolmentId: enrolment.id,
          code: `BNCH-${String(i).padStart(4, '0')}-AAAA-AAAA`,
          holderName: 'S',
          courseTitle: 'Bench course',
          issuedAt: now,
        });
      }
    }
    await em.flush();
    return { courseId: course.id };
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.courseGradebook?.edges ?? [];
    if (reply.data?.courseGradebook?.totalCount !== STUDENTS || edges.length !== size) return 'wrong answer';
    if (edges.some((e) => e.node.completedLessons !== 2 || e.node.quizScores[0]?.attempts !== 2)) return 'progress missing';
    return `ok, ${size} gradebook rows with progress and scores`;
  },
};
