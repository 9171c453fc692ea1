import { DateTimeScalar, isUuid } from '../../../kit';
import type { JobsContext } from './context';
import type { ApplicationRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import { isMember, type JobsService } from './service';

/** Loads by id through a loader; ids that are not UUIDs cannot exist, so they cost no query. */
function byId<T>(load: (id: string) => Promise<T | null>, id: string): Promise<T | null> {
  return isUuid(id) ? load(id.toLowerCase()) : Promise.resolve(null);
}

/** Whether the viewer sees `application` as its company (all fields) rather than as its candidate. */
function companyView(ctx: JobsContext, application: ApplicationRow): boolean {
  return isMember(ctx.viewer, application.tenantId);
}

/**
 * Thin resolvers over {@link JobsService}. Authorisation is per row: a job's stages and applications
 * only for its company's members, an application's company-only fields (note, history, scorecards, CV
 * text) only when the viewer is a member of the application's company. Every per-row read goes through
 * the request's loaders, so a page costs the same statements whatever its size.
 */
export function createResolvers(service: JobsService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      jobs: (_, args, ctx) => service.searchJobs(ctx.deps, args),
      job: async (_, { id }, ctx) => service.visibleJob(ctx.deps, await byId((k) => ctx.loaders.jobById.load(k), id)),
      myApplications: (_, args, ctx) => service.myApplications(ctx.deps, args),
      application: (_, { id }, ctx) => byId((k) => ctx.loaders.applicationById.load(k), id),
      applications: (_, args, ctx) => service.listApplications(ctx.deps, args),
      availability: (_, { interviewerId, ...args }, ctx) => service.listAvailability(ctx.deps, interviewerId, args),
    },
    Mutation: {
      postJob: (_, { input }, ctx) => service.postJob(ctx.deps, input),
      updateJob: (_, { id, input }, ctx) => service.updateJob(ctx.deps, id, input),
      applyToJob: (_, { input }, ctx) => service.apply(ctx.deps, input),
      withdrawApplication: (_, { id }, ctx) => service.withdraw(ctx.deps, id),
      moveApplication: (_, { id, stageId, reason }, ctx) => service.move(ctx.deps, id, stageId, reason),
      setApplicationNote: (_, { id, note }, ctx) => service.setNote(ctx.deps, id, note),
      deleteApplication: (_, { id }, ctx) => service.deleteApplication(ctx.deps, id),
      addAvailability: (_, { input }, ctx) => service.addAvailability(ctx.deps, input),
      scheduleInterview: (_, { input }, ctx) => service.scheduleInterview(ctx.deps, input),
      cancelInterview: (_, { id }, ctx) => service.cancelInterview(ctx.deps, id),
      submitScorecard: (_, { input }, ctx) => service.submitScorecard(ctx.deps, input),
    },
    JobConnection: {
      facets: (c, _, ctx) => service.facets(ctx.deps, c.where),
    },
    Job: {
      __resolveReference: async (ref, ctx) => service.visibleJob(ctx.deps, await byId((k) => ctx.loaders.jobById.load(k), ref.id)),
      salary: (j) => (j.salaryCurrency ? { min: j.salaryMin, max: j.salaryMax, currency: j.salaryCurrency } : null),
      screeningQuestions: (j) => j.questions,
      postedAt: (j) => j.createdAt,
      stages: (j, _, ctx) => service.stagesOf(ctx.deps, j),
      applications: (j, args, ctx) =>
        isMember(ctx.viewer, j.companyId) ? ctx.loaders.applicationsByJob.load(j.id, args, { createdAt: 'desc', id: 'desc' }) : null,
    },
    Application: {
      __resolveReference: (ref, ctx) => byId((k) => ctx.loaders.applicationById.load(k), ref.id),
      job: async (a, _, ctx) => (await ctx.loaders.jobById.load(a.jobId))!,
      candidate: (a) => ({ id: a.candidateId }),
      answers: async (a, _, ctx) => {
        const job = await ctx.loaders.jobById.load(a.jobId);
        return a.answers.map((x) => ({ ...x, prompt: job?.questions.find((q) => q.id === x.questionId)?.prompt ?? '' }));
      },
      cv: (a) => a,
      stage: async (a, _, ctx) => (await ctx.loaders.stageById.load(a.stageId))!,
      appliedAt: (a) => a.createdAt,
      note: (a, _, ctx) => (companyView(ctx, a) ? (a.note ?? null) : null),
      stageHistory: (a, args, ctx) =>
        companyView(ctx, a) ? ctx.loaders.movesByApplication.load(a.id, args, { createdAt: 'asc', id: 'asc' }) : null,
      interviews: async (a, _, ctx) => {
        const rows = await ctx.loaders.interviewsByApplication.load(a.id);
        return [...rows].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime() || (x.id < y.id ? -1 : 1));
      },
      scorecards: (a, args, ctx) =>
        companyView(ctx, a) ? ctx.loaders.scorecardsByApplication.load(a.id, args, { createdAt: 'asc', id: 'asc' }) : null,
    },
    CvFile: {
      fileName: (a) => a.cvFileName,
      contentType: (a) => a.cvContentType,
      size: (a) => a.cvSize,
      textExtracted: (a) => a.cvText != null,
      text: (a) => a.cvText ?? null,
      downloadUrl: (a, _, ctx) => service.cvUrl(ctx.deps, a),
    },
    StageMove: {
      movedBy: (m) => ({ id: m.movedByUserId }),
      movedAt: (m) => m.createdAt,
    },
    Interview: {
      panel: (i) => i.interviewerIds.map((id) => ({ id })),
    },
    Availability: {
      interviewer: (a) => ({ id: a.interviewerId }),
    },
    Scorecard: {
      author: (s) => ({ id: s.authorId }),
    },
    User: {},
  };
}
