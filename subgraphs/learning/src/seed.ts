import { forTenant, type Em } from '../../../kit';
import { Course, Enrolment, Lesson, Module, Question, Quiz } from './entities';

const ADA = '01900000-0000-7000-8000-000000000001'; // identity's demo admin: the instructor
const DANA = '01900000-0000-7000-8000-000000000002'; // identity's demo user: enrolled
/** identity's demo tenant, which both demo users belong to. */
const DEMO_TENANT_ID = '01900000-0000-7000-8000-0000000000a1';

/**
 * One published course for `npm start` with SEED_DEMO_DATA, taught by Ada Admin with Dana Demo
 * enrolled, in identity's demo tenant: two modules with a text lesson, a video lesson and a
 * three-question quiz. Skipped when the demo tenant has any course.
 */
export async function seed(unscoped: Em): Promise<void> {
  const em = forTenant(unscoped, DEMO_TENANT_ID);
  if (await em.count(Course, {})) return;
  const now = new Date();
  const course = em.create(Course, {
    instructorId: ADA,
    title: 'GraphQL Federation in a Week',
    summary: 'Learn how **subgraphs** compose into one supergraph, and how a router plans queries across them.',
    enrolmentMode: 'OPEN',
    enrolmentKey: null,
    published: true,
    minLessonPercent: 100,
    requireQuizzesPassed: true,
    lessonCount: 3,
    moduleCount: 2,
  });
  const basics = em.create(Module, { courseId: course.id, title: 'Basics', position: 1, lessonCount: 2 });
  const practice = em.create(Module, { courseId: course.id, title: 'Check yourself', position: 2, lessonCount: 1 });
  em.create(Lesson, {
    courseId: course.id,
    moduleId: basics.id,
    title: 'What is a subgraph?',
    kind: 'TEXT',
    position: 1,
    body: 'A **subgraph** is one service with its own schema.\n\n- It owns some types\n- It may extend others with `@key`',
    videoUrl: null,
  });
  em.create(Lesson, {
    courseId: course.id,
    moduleId: basics.id,
    title: 'The router at work',
    kind: 'VIDEO',
    position: 2,
    body: 'Watch how a query plan fetches entities from two subgraphs.',
    videoUrl: 'https://videos.example.com/federation/router.mp4',
  });
  const quizLesson = em.create(Lesson, {
    courseId: course.id,
    moduleId: practice.id,
    title: 'Quiz: federation basics',
    kind: 'QUIZ',
    position: 1,
    body: '',
    videoUrl: null,
  });
  const quiz = em.create(Quiz, {
    courseId: course.id,
    lessonId: quizLesson.id,
    timeLimitSeconds: 600,
    maxAttempts: 3,
    passPercent: 60,
    maxScore: 3,
  });
  const questions = [
    {
      kind: 'SINGLE_CHOICE',
      prompt: 'Which directive marks an entity?',
      options: ['@key', '@external', '@shareable'],
      correctOptions: [0],
      acceptedAnswers: [],
    },
    {
      kind: 'MULTIPLE_CHOICE',
      prompt: 'Which of these run in a federated graph?',
      options: ['A router', 'Subgraphs', 'A monolith schema file'],
      correctOptions: [0, 1],
      acceptedAnswers: [],
    },
    {
      kind: 'SHORT_ANSWER',
      prompt: 'The composed schema is called the …',
      options: [],
      correctOptions: [],
      acceptedAnswers: ['supergraph'],
    },
  ] as const;
  questions.forEach((q, i) =>
    em.create(Question, {
      quizId: quiz.id,
      position: i + 1,
      kind: q.kind,
      prompt: q.prompt,
      options: [...q.options],
      correctOptions: [...q.correctOptions],
      acceptedAnswers: [...q.acceptedAnswers],
      points: 1,
    }),
  );
  em.create(Enrolment, {
    courseId: course.id,
    userId: DANA,
    enrolledBy: DANA,
    startsAt: now,
    endsAt: null,
    status: 'ACTIVE',
    completedAt: null,
  });
  await em.flush();
}
