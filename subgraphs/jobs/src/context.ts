import DataLoader from 'dataloader';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { connectionLoader, entityLoader, type ConnectionLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { JobsConfig } from './config';
import {
  Application,
  Interview,
  Job,
  JobStage,
  Scorecard,
  StageMove,
  type ApplicationRow,
  type InterviewRow,
  type JobRow,
  type JobStageRow,
  type ScorecardRow,
  type StageMoveRow,
} from './entities';

export interface JobsLoaders {
  jobById: DataLoader<string, JobRow | null>;
  /** Applications of the request's tenant (the company view; `__resolveReference`). */
  applicationById: DataLoader<string, ApplicationRow | null>;
  /** Applications of any tenant: only for ids the viewer was authorised for (their own, see CandidateApplication). */
  anyApplicationById: DataLoader<string, ApplicationRow | null>;
  /** Stages of any tenant by id: reached only from an application or job already authorised. */
  stageById: DataLoader<string, JobStageRow | null>;
  /** A job's stages (any tenant; the resolver checks the viewer is a member of the job's company). */
  stagesByJob: DataLoader<string, JobStageRow[]>;
  /** An application's interviews (any tenant; reached only from an authorised application). */
  interviewsByApplication: DataLoader<string, InterviewRow[]>;
  /** `Job.applications`, one page per job, batched; tenant-scoped. */
  applicationsByJob: ConnectionLoader<ApplicationRow>;
  /** `Application.stageHistory`, batched; tenant-scoped. */
  movesByApplication: ConnectionLoader<StageMoveRow>;
  /** `Application.scorecards`, batched; tenant-scoped. */
  scorecardsByApplication: ConnectionLoader<ScorecardRow>;
}

/**
 * Rows by a key in one statement per tick, across tenants. Used only where the parent row was
 * authorised first (an application the viewer owns or whose company they belong to), so the
 * tenant filter is deliberately off: a candidate's request is scoped to their own tenant, not the company's.
 */
function unscopedGroup<T extends object>(em: Em, entity: EntityName<T>, key: string): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(
    async (ids) => {
      const rows = await em.find(entity, { [key]: { $in: [...ids] } } as FilterQuery<T>, { filters: { tenant: false } });
      const groups = new Map<string, T[]>();
      for (const row of rows) {
        const k = String((row as Record<string, unknown>)[key]);
        groups.set(k, [...(groups.get(k) ?? []), row]);
      }
      return ids.map((id) => groups.get(id) ?? []);
    },
    { maxBatchSize: 500 },
  );
}

function unscopedById<T extends object>(em: Em, entity: EntityName<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>, { filters: { tenant: false } });
      const byId = new Map(rows.map((r) => [String((r as Record<string, unknown>).id), r]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}

/** The per-request loaders (see each for its scoping). */
export function createLoaders(em: Em): JobsLoaders {
  return {
    jobById: entityLoader(em, Job),
    applicationById: entityLoader(em, Application),
    anyApplicationById: unscopedById(em, Application),
    stageById: unscopedById(em, JobStage),
    stagesByJob: unscopedGroup(em, JobStage, 'jobId'),
    interviewsByApplication: unscopedGroup(em, Interview, 'applicationId'),
    applicationsByJob: connectionLoader(em, Application, 'jobId', { list: 'Job.applications' }),
    movesByApplication: connectionLoader(em, StageMove, 'applicationId', { list: 'Application.stageHistory' }),
    scorecardsByApplication: connectionLoader(em, Scorecard, 'applicationId', { list: 'Application.scorecards' }),
  };
}

/** What every jobs service function receives first: the kit's per-request `ctx.deps`. */
export type JobsDeps = ServiceDeps<JobsConfig, JobsLoaders>;

export type JobsContext = SubgraphContext<JobsLoaders, JobsConfig>;

/** A User as jobs knows it: its key only. */
export interface UserRef {
  id: string;
}

/** A job search's page plus what its facets are counted over. */
export interface JobSearchResult {
  edges: { cursor: string; node: JobRow }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  /** The search's conditions, for `JobConnection.facets` (computed only when asked for). */
  where: FilterQuery<JobRow>;
}

/** A screening answer as the API shows it. */
export interface ScreeningAnswerView {
  questionId: string;
  prompt: string;
  answer: string;
}
