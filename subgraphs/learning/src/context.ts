import DataLoader from 'dataloader';
import {
  connectionLoader,
  entityLoader,
  groupLoader,
  type ConnectionLoader,
  type Em,
  type ServiceDeps,
  type SubgraphContext,
} from '../../../kit';
import type { LearningConfig } from './config';
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
  type LessonProgressRow,
  type LessonRow,
  type ModuleRow,
  type QuestionRow,
  type QuizAttemptRow,
  type QuizRow,
} from './entities';

/** What every learning service method receives first: the kit's per-request `ctx.deps`. */
export type LearningDeps = ServiceDeps<LearningConfig, LearningLoaders>;

export interface LearningLoaders {
  courseById: DataLoader<string, CourseRow | null>;
  moduleById: DataLoader<string, ModuleRow | null>;
  lessonById: DataLoader<string, LessonRow | null>;
  quizById: DataLoader<string, QuizRow | null>;
  quizByLesson: DataLoader<string, QuizRow | null>;
  enrolmentById: DataLoader<string, EnrolmentRow | null>;
  attemptById: DataLoader<string, QuizAttemptRow | null>;
  certificateById: DataLoader<string, CertificateRow | null>;
  certificateByEnrolment: DataLoader<string, CertificateRow | null>;
  modulesOfCourse: ConnectionLoader<ModuleRow>;
  lessonsOfModule: ConnectionLoader<LessonRow>;
  questionsOfQuiz: ConnectionLoader<QuestionRow>;
  /** One user's enrolment in each course, keyed `courseId|userId`. */
  enrolmentOf: DataLoader<string, EnrolmentRow | null>;
  progressOfEnrolment: DataLoader<string, LessonProgressRow[]>;
  attemptsOfEnrolment: DataLoader<string, QuizAttemptRow[]>;
  quizzesOfCourse: DataLoader<string, QuizRow[]>;
  /** One user's attempts at each quiz (`Quiz.myAttempts`), one loader per user. */
  attemptsOfQuiz(userId: string): ConnectionLoader<QuizAttemptRow>;
}

export function createLoaders(em: Em): LearningLoaders {
  const perUser = new Map<string, ConnectionLoader<QuizAttemptRow>>();
  return {
    courseById: entityLoader(em, Course),
    moduleById: entityLoader(em, Module),
    lessonById: entityLoader(em, Lesson),
    quizById: entityLoader(em, Quiz),
    quizByLesson: entityLoader(em, Quiz, 'lessonId'),
    enrolmentById: entityLoader(em, Enrolment),
    attemptById: entityLoader(em, QuizAttempt),
    certificateById: entityLoader(em, Certificate),
    certificateByEnrolment: entityLoader(em, Certificate, 'enrolmentId'),
    modulesOfCourse: connectionLoader(em, Module, 'courseId', { list: 'Course.modules' }),
    lessonsOfModule: connectionLoader(em, Lesson, 'moduleId', { list: 'Module.lessons' }),
    questionsOfQuiz: connectionLoader(em, Question, 'quizId', { list: 'Quiz.questions' }),
    enrolmentOf: new DataLoader<string, EnrolmentRow | null>(async (keys) => {
      const pairs = keys.map((k) => k.split('|') as [string, string]);
      const rows = await em.find(Enrolment, {
        courseId: { $in: [...new Set(pairs.map((p) => p[0]))] },
        userId: { $in: [...new Set(pairs.map((p) => p[1]))] },
      });
      return pairs.map(([c, u]) => rows.find((r) => r.courseId === c && r.userId === u) ?? null);
    }),
    progressOfEnrolment: groupLoader(em, LessonProgress, 'enrolmentId'),
    attemptsOfEnrolment: groupLoader(em, QuizAttempt, 'enrolmentId'),
    quizzesOfCourse: groupLoader(em, Quiz, 'courseId'),
    attemptsOfQuiz(userId) {
      let loader = perUser.get(userId);
      if (!loader) {
        loader = connectionLoader(em, QuizAttempt, 'quizId', { list: 'Quiz.myAttempts', where: { userId } });
        perUser.set(userId, loader);
      }
      return loader;
    },
  };
}

/** What the learning resolvers receive (the codegen `contextType`). */
export type LearningContext = SubgraphContext<LearningLoaders, LearningConfig>;

/** A User as the learning subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}

/** A student's best result on one quiz (`QuizScore`). */
export interface QuizScoreData {
  lessonId: string;
  bestPercent: number;
  passed: boolean;
  attempts: number;
}
