import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadLearningConfig, type LearningConfig } from './src/config';
import { createLoaders, type LearningLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { LearningService } from './src/service';

/** learning: courses, enrolment, progress, server-graded quizzes, gradebook, certificates (catalogue #50). */
export const learning: SubgraphDefinition<LearningLoaders, LearningConfig> = {
  name: 'learning',
  defaultPort: 4027,
  wiring: {
    summary: 'e-learning: courses of modules and lessons, enrolment, progress, server-graded timed quizzes, gradebook, certificates',
    catalogue: '50',
    codegen: {
      contextType: '../context#LearningContext',
      mappers: {
        Course: '../entities#CourseRow',
        Module: '../entities#ModuleRow',
        Lesson: '../entities#LessonRow',
        Quiz: '../entities#QuizRow',
        Question: '../entities#QuestionRow',
        Enrolment: '../entities#EnrolmentRow',
        QuizAttempt: '../entities#QuizAttemptRow',
        Certificate: '../entities#CertificateRow',
        CertificateVerification: '../entities#CertificateRow',
        QuizScore: '../context#QuizScoreData',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('learning'),
  resolvers: createResolvers(new LearningService()),
  entities,
  migrations,
  loaders: createLoaders,
  config: loadLearningConfig,
  seed,
};
