import { addToTenant, gql, type TenantAuth, type TestUser } from '../../../test/helpers/graphql';
import type { TestStack } from '../../../test/helpers/stack';

/** Calls a mutation as `auth` (a user acting in a tenant) and returns its payload, failing the test on any error. */
export async function must(
  stack: TestStack,
  auth: TenantAuth,
  query: string,
  variables: Record<string, unknown>,
  key: string,
): Promise<any> {
  const res = await gql(stack.url, query, variables, auth);
  const payload = res.body.data?.[key];
  if (!payload || res.body.errors || payload.errors?.length) throw new Error(`${key} failed: ${JSON.stringify(res.body)}`);
  return payload;
}

export const CREATE_COURSE =
  'mutation($i: CreateCourseInput!) { createCourse(input: $i) { course { id title published enrolmentMode } errors { field code message } } }';
export const ADD_MODULE = 'mutation($i: AddModuleInput!) { addModule(input: $i) { module { id position } errors { field code message } } }';
export const ADD_LESSON =
  'mutation($i: AddLessonInput!) { addLesson(input: $i) { lesson { id kind position } errors { field code message } } }';
export const PUBLISH = 'mutation($c: ID!) { publishCourse(courseId: $c) { course { id published } errors { field code message } } }';
export const ENROL =
  'mutation($c: ID!, $k: String) { enrol(courseId: $c, key: $k) { enrolment { id status } errors { field code message } } }';
export const COMPLETE =
  'mutation($l: ID!) { completeLesson(lessonId: $l) { enrolment { status completedLessons lessonCount completedAt } errors { field code message } } }';
export const START =
  'mutation($l: ID!) { startQuizAttempt(lessonId: $l) { attempt { id number status deadline maxScore } errors { field code message } } }';
export const SUBMIT =
  'mutation($a: ID!, $ans: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $ans) { attempt { id status score percent passed results { questionId correct points } } errors { field code message } } }';
export const QUESTIONS =
  'query($l: ID!) { lesson(id: $l) { quiz { questions { edges { node { id answerKey { correctOptions acceptedAnswers } } } } } } }';

/** The three-question quiz every test uses: single (right: 1), multiple (right: 0 and 2), short ("Paris"). */
export const QUIZ = {
  timeLimitSeconds: 60,
  maxAttempts: 3,
  passPercent: 60,
  questions: [
    { kind: 'SINGLE_CHOICE', prompt: '2 + 2?', options: ['3', '4', '5'], correctOptions: [1] },
    { kind: 'MULTIPLE_CHOICE', prompt: 'Even numbers?', options: ['2', '3', '4'], correctOptions: [0, 2] },
    { kind: 'SHORT_ANSWER', prompt: 'Capital of France?', acceptedAnswers: ['Paris'], points: 2 },
  ],
};

export interface BuiltCourse {
  courseId: string;
  textLessonId: string;
  videoLessonId: string;
  quizLessonId: string;
}

/** A course by `token`'s user (a MANAGER or up of the tenant it acts in): one module with a text, a video and a quiz lesson; published unless told. */
export async function buildCourse(
  stack: TestStack,
  token: TenantAuth,
  options: {
    mode?: string;
    key?: string;
    publish?: boolean;
    quiz?: object;
    requireQuizzesPassed?: boolean;
    minLessonPercent?: number;
  } = {},
): Promise<BuiltCourse> {
  const { course } = await must(
    stack,
    token,
    CREATE_COURSE,
    {
      i: {
        title: 'Course ' + Math.random().toString(36).slice(2, 8),
        summary: 'Learn *things*.',
        enrolmentMode: options.mode ?? 'OPEN',
        enrolmentKey: options.key,
        requireQuizzesPassed: options.requireQuizzesPassed ?? true,
        minLessonPercent: options.minLessonPercent ?? 100,
      },
    },
    'createCourse',
  );
  const { module } = await must(stack, token, ADD_MODULE, { i: { courseId: course.id, title: 'One' } }, 'addModule');
  const add = async (i: object) =>
    (await must(stack, token, ADD_LESSON, { i: { moduleId: module.id, ...i } }, 'addLesson')).lesson.id as string;
  const textLessonId = await add({ title: 'Read', kind: 'TEXT', body: '# Hello\n\n<script>alert(1)</script>Secret text' });
  const videoLessonId = await add({ title: 'Watch', kind: 'VIDEO', videoUrl: 'https://videos.example.com/a.mp4' });
  const quizLessonId = await add({ title: 'Test', kind: 'QUIZ', quiz: options.quiz ?? QUIZ });
  if (options.publish !== false) await must(stack, token, PUBLISH, { c: course.id }, 'publishCourse');
  return { courseId: course.id, textLessonId, videoLessonId, quizLessonId };
}

/** The quiz's question ids in order, read by an author. */
export async function questionIds(stack: TestStack, token: TenantAuth, course: BuiltCourse): Promise<string[]> {
  const res = await gql(stack.url, QUESTIONS, { l: course.quizLessonId }, token);
  return res.body.data.lesson.quiz.questions.edges.map((e: any) => e.node.id);
}

/** Answers to {@link QUIZ}: all right, or with the chosen ones wrong. */
export function answers(ids: string[], wrong: number[] = []): object[] {
  const right = [{ optionIndexes: [1] }, { optionIndexes: [2, 0] }, { text: '  paris ' }];
  const bad = [{ optionIndexes: [0] }, { optionIndexes: [0] }, { text: 'Lyon' }];
  return ids.map((questionId, i) => ({ questionId, ...(wrong.includes(i) ? bad[i] : right[i]) }));
}

/** A user acting in one tenant: the user, and the request options that act in that tenant. */
export type Member = TestUser & { auth: TenantAuth };

/** Acts as `user` in its own sign-up tenant (where it is ADMIN). */
export function inOwnTenant(user: TestUser): Member {
  return { ...user, auth: { token: user.token, headers: { 'x-hubgraph-tenant': user.tenantId } } };
}

/** Makes `user` a member of `admin`'s tenant with `role` and acts as it there. */
export async function memberOf(stack: TestStack, admin: TestUser, user: TestUser, role = 'EMPLOYEE'): Promise<Member> {
  return { ...user, auth: await addToTenant(stack.url, admin, user, role) };
}
