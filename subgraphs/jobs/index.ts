import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadJobsConfig, type JobsConfig } from './src/config';
import { createLoaders, type JobsLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { downloadRoutes } from './src/download';
import { JobsService } from './src/service';

const service = new JobsService();

/** jobs: a job portal — postings and search, applications with CVs, pipelines, interviews, scorecards (catalogue #46). */
export const jobs: SubgraphDefinition<JobsLoaders, JobsConfig> = {
  name: 'jobs',
  defaultPort: 4026,
  wiring: {
    summary:
      'job portal: public postings with full-text search, filters and facets; applications with a CV in storage (text searchable) and screening answers; per-job pipelines with every move recorded; interviews against interviewer availability, never double-booked; scorecards',
    catalogue: '46',
    publicPaths: ['/files/jobs/'],
    codegen: {
      contextType: '../context#JobsContext',
      mappers: {
        Job: '../entities#JobRow',
        JobStage: '../entities#JobStageRow',
        Application: '../entities#ApplicationRow',
        StageMove: '../entities#StageMoveRow',
        Interview: '../entities#InterviewRow',
        Availability: '../entities#AvailabilityRow',
        Scorecard: '../entities#ScorecardRow',
        JobConnection: '../context#JobSearchResult',
        ScreeningQuestion: '../entities#ScreeningQuestionValue',
        ScreeningAnswer: '../context#ScreeningAnswerView',
        CvFile: '../entities#ApplicationRow',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('jobs'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  config: loadJobsConfig,
  start: (deps) => {
    // The signer is made now, so a production process without URL_SIGNING_SECRET stops at start.
    service.signer(deps);
    return { stop: () => service.close(deps.config) };
  },
  routes: (deps) => downloadRoutes(service, deps),
  seed: (em, deps) => seed(service, em, deps),
};
