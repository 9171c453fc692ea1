import { createHash } from 'node:crypto';
import { INTERNAL_AUTH_HEADER, RouterSigner, loadSubgraphConfig, type TenantRole } from '../kit';
import { tenantColumnOf } from '../kit/src/tenant-filter';
import { subgraphs } from '../subgraphs';
import { addToTenant, gql, signUpUser, type GraphQLResponse, type TestUser } from './helpers/graphql';
import { startTestStack, testEnv, type TestStack } from './helpers/stack';
import { prng } from '../bench/lib/stats';

/**
 * Catalogue #55: a randomized, model-checked walk over every tenant-owned entity of every subgraph,
 * through the router, by users of several tenants — one of them a member of two tenants switching
 * between them with the `x-hubgraph-tenant` header. Every answer is compared with a model of who may
 * see what; afterwards every row in every subgraph's database is checked against the tenant the model
 * says it belongs to. Any cross-tenant read or write fails the test with the seed to replay it
 * (TENANT_ISOLATION_SEED=<seed>).
 */

const SEED = Number(testEnv.TENANT_ISOLATION_SEED ?? Math.floor(Math.random() * 2 ** 31));
const STEPS = Number(testEnv.TENANT_ISOLATION_STEPS ?? 160);

/** One user acting in one tenant. */
interface Actor {
  label: string;
  user: TestUser;
  tenantId: string;
  role: TenantRole;
  auth: { token: string; headers: Record<string, string> };
}

/** A row the walk created, as the model knows it. */
interface Row {
  kind: string;
  id: string;
  tenantId: string;
  ownerId: string;
  label: string;
  deleted: boolean;
}

type Outcome = 'ok' | 'not-found' | 'forbidden';

/** How the walk drives one tenant-owned entity through the public API. */
interface Kind {
  name: string;
  subgraph: string;
  /** The MikroORM entity names this kind covers (others of the subgraph are covered as its children). */
  entities: string[];
  /** Whether a fellow member of the tenant who does not own a row may see and change it. */
  sharedInTenant: boolean;
  /**
   * Whether such a fellow member who may not see the row is told NOT_FOUND when changing it (its
   * existence hidden, as work's projects do for non-members) rather than FORBIDDEN.
   */
  hiddenFromOthers?: boolean;
  /** Whether removing closes the row instead (it stays readable, as a closed bank account does). */
  removeCloses?: boolean;
  create(actor: Actor, label: string): Promise<string>;
  read(actor: Actor, id: string): Promise<string | null>;
  list(actor: Actor): Promise<string[]>;
  update(actor: Actor, id: string, label: string): Promise<Outcome>;
  remove(actor: Actor, id: string): Promise<Outcome>;
  /** The `_entities` typename, when other subgraphs may reference it. */
  typename: string;
}

/** What a mutation's answer says: done, or refused as NOT_FOUND / FORBIDDEN (GraphQL error or UserError). */
function outcomeOf(res: GraphQLResponse, field: string): Outcome {
  const codes = [
    ...(res.body.errors ?? []).map((e) => e.extensions?.code),
    ...((res.body.data?.[field]?.errors as { code: string }[] | undefined) ?? []).map((e) => e.code),
  ];
  if (codes.includes('NOT_FOUND')) return 'not-found';
  if (codes.includes('FORBIDDEN')) return 'forbidden';
  if (codes.length) throw new Error(`${field} failed unexpectedly: ${JSON.stringify(res.body)}`);
  return 'ok';
}

function expectData(res: GraphQLResponse, what: string): any {
  if (res.body.errors?.length || !res.body.data) throw new Error(`${what} failed: ${JSON.stringify(res.body)}`);
  return res.body.data;
}

function kinds(url: string): Kind[] {
  const call = (actor: Actor, query: string, variables: Record<string, unknown>) => gql(url, query, variables, actor.auth);
  const all: Kind[] = [
    {
      name: 'Task',
      subgraph: 'work',
      // A task's activity rows are written with it (project work items log every change).
      entities: ['Task', 'TaskActivity'],
      typename: 'Task',
      sharedInTenant: false,
      async create(actor, label) {
        const res = await call(actor, 'mutation($t: String!) { createTask(input: { title: $t }) { task { id } errors { code } } }', {
          t: label,
        });
        return expectData(res, 'createTask').createTask.task.id;
      },
      async read(actor, id) {
        return expectData(await call(actor, 'query($id: ID!) { task(id: $id) { title } }', { id }), 'task').task?.title ?? null;
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ tasks(first: 100) { edges { node { id } } } }', {}), 'tasks');
        return data.tasks.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $t: String!) { updateTask(id: $id, input: { title: $t }) { errors { code } } }', {
            id,
            t: label,
          }),
          'updateTask',
        );
      },
      async remove(actor, id) {
        return outcomeOf(await call(actor, 'mutation($id: ID!) { deleteTask(id: $id) { deletedId } }', { id }), 'deleteTask');
      },
    },
    {
      name: 'Project',
      subgraph: 'work',
      // Members and board states are created with the project, comments on its items and its cycles (deleted with it); only members see it.
      entities: ['Project', 'ProjectMember', 'ProjectState', 'TaskComment', 'Cycle'],
      typename: 'Project',
      sharedInTenant: false,
      hiddenFromOthers: true,
      async create(actor, label) {
        const res = await call(actor, 'mutation($n: String!) { createProject(input: { name: $n }) { project { id } errors { code } } }', {
          n: label,
        });
        return expectData(res, 'createProject').createProject.project.id;
      },
      async read(actor, id) {
        return expectData(await call(actor, 'query($id: ID!) { project(id: $id) { name } }', { id }), 'project').project?.name ?? null;
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ projects(first: 100) { edges { node { id } } } }', {}), 'projects');
        return data.projects.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $n: String!) { renameProject(id: $id, name: $n) { errors { code } } }', { id, n: label }),
          'renameProject',
        );
      },
      async remove(actor, id) {
        return outcomeOf(await call(actor, 'mutation($id: ID!) { deleteProject(id: $id) { deletedId } }', { id }), 'deleteProject');
      },
    },
    {
      name: 'Contact',
      subgraph: 'crm',
      entities: ['Contact'],
      typename: 'Contact',
      sharedInTenant: true,
      async create(actor, label) {
        const res = await call(
          actor,
          'mutation($n: String!) { createContact(input: { firstName: $n }) { contact { id } errors { field code message } } }',
          { n: label },
        );
        return expectData(res, 'createContact').createContact.contact.id;
      },
      async read(actor, id) {
        return (
          expectData(await call(actor, 'query($id: ID!) { contact(id: $id) { firstName } }', { id }), 'contact').contact?.firstName ?? null
        );
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ contacts(first: 100) { edges { node { id } } } }', {}), 'contacts');
        return data.contacts.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $n: String!) { updateContact(id: $id, input: { firstName: $n }) { errors { code } } }', {
            id,
            n: label,
          }),
          'updateContact',
        );
      },
      async remove(actor, id) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!) { deleteContact(id: $id) { deletedId errors { code } } }', { id }),
          'deleteContact',
        );
      },
    },
    {
      name: 'Company',
      subgraph: 'crm',
      entities: ['Company', 'CustomFieldDefinition'],
      typename: 'Company',
      sharedInTenant: true,
      async create(actor, label) {
        const res = await call(
          actor,
          'mutation($n: String!) { createCompany(input: { name: $n }) { company { id } errors { field code message } } }',
          { n: label },
        );
        return expectData(res, 'createCompany').createCompany.company.id;
      },
      async read(actor, id) {
        return expectData(await call(actor, 'query($id: ID!) { company(id: $id) { name } }', { id }), 'company').company?.name ?? null;
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ companies(first: 100) { edges { node { id } } } }', {}), 'companies');
        return data.companies.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $n: String!) { updateCompany(id: $id, input: { name: $n }) { errors { code } } }', {
            id,
            n: label,
          }),
          'updateCompany',
        );
      },
      async remove(actor, id) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!) { deleteCompany(id: $id) { deletedId errors { code } } }', { id }),
          'deleteCompany',
        );
      },
    },
    {
      name: 'Lead',
      subgraph: 'crm',
      // A lead lives in a pipeline stage (created lazily per tenant) and keeps its stage history.
      // TenantLock (no data but its tenant) is what pipeline and custom-field changes lock.
      entities: ['Lead', 'Pipeline', 'Stage', 'StageChange', 'TenantLock'],
      typename: 'Lead',
      sharedInTenant: true,
      async create(actor, label) {
        const res = await call(
          actor,
          'mutation($t: String!) { createLead(input: { title: $t }) { lead { id } errors { field code message } } }',
          { t: label },
        );
        return expectData(res, 'createLead').createLead.lead.id;
      },
      async read(actor, id) {
        return expectData(await call(actor, 'query($id: ID!) { lead(id: $id) { title } }', { id }), 'lead').lead?.title ?? null;
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ leads(first: 100) { edges { node { id } } } }', {}), 'leads');
        return data.leads.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $t: String!) { updateLead(id: $id, input: { title: $t }) { errors { code } } }', {
            id,
            t: label,
          }),
          'updateLead',
        );
      },
      async remove(actor, id) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!) { deleteLead(id: $id) { deletedId errors { code } } }', { id }),
          'deleteLead',
        );
      },
    },
    {
      name: 'AnalyticsProject',
      subgraph: 'analytics',
      // A project's events and its daily rollups are written by the collector for the project's tenant.
      entities: ['AnalyticsProject', 'AnalyticsEvent', 'AnalyticsDailyCount', 'AnalyticsDailyActor'],
      typename: 'AnalyticsProject',
      sharedInTenant: true,
      async create(actor, label) {
        const res = await call(
          actor,
          'mutation($n: String!) { createAnalyticsProject(input: { name: $n }) { project { id apiKey } errors { field code message } } }',
          { n: label },
        );
        const project = expectData(res, 'createAnalyticsProject').createAnalyticsProject.project;
        // Give the project an event, so its events and rollups are walked too.
        const batch = await fetch(new URL('/batch/', url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ api_key: project.apiKey, batch: [{ event: 'walked', distinct_id: label }] }),
        });
        if (batch.status !== 200) throw new Error(`POST /batch/ failed: ${batch.status} ${await batch.text()}`);
        return project.id;
      },
      async read(actor, id) {
        return (
          expectData(await call(actor, 'query($id: ID!) { analyticsProject(id: $id) { name } }', { id }), 'analyticsProject')
            .analyticsProject?.name ?? null
        );
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ analyticsProjects(first: 100) { edges { node { id } } } }', {}), 'analyticsProjects');
        return data.analyticsProjects.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $n: String!) { renameAnalyticsProject(id: $id, name: $n) { errors { code } } }', {
            id,
            n: label,
          }),
          'renameAnalyticsProject',
        );
      },
      async remove(actor, id) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!) { deleteAnalyticsProject(id: $id) { deletedId errors { code } } }', { id }),
          'deleteAnalyticsProject',
        );
      },
    },
    {
      name: 'Application',
      subgraph: 'jobs',
      // An application sits in its job's pipeline (stages created with the job) with its stage moves;
      // the walk's actor posts a job of its company and applies to it, then schedules an interview
      // (availability, interview, seats) and scores it, so every applicant-side table gets rows.
      entities: ['Application', 'JobStage', 'StageMove', 'Availability', 'Interview', 'InterviewSeat', 'Scorecard'],
      typename: 'Application',
      sharedInTenant: true,
      async create(actor, label) {
        const job = expectData(
          await call(
            actor,
            'mutation { postJob(input: { companyName: "Walk", title: "Walker", description: "d", remote: REMOTE }) { job { id } errors { message } } }',
            {},
          ),
          'postJob',
        ).postJob.job;
        const cv = { fileName: 'cv.txt', contentType: 'text/plain', contentBase64: Buffer.from('walk cv').toString('base64') };
        const app = expectData(
          await call(
            actor,
            'mutation($j: ID!, $cv: CvUploadInput!) { applyToJob(input: { jobId: $j, cv: $cv }) { application { id } errors { message } } }',
            {
              j: job.id,
              cv,
            },
          ),
          'applyToJob',
        ).applyToJob.application;
        expectData(
          await call(actor, 'mutation($id: ID!, $n: String) { setApplicationNote(id: $id, note: $n) { errors { code } } }', {
            id: app.id,
            n: label,
          }),
          'setApplicationNote',
        );
        // A one-hour slot far ahead, unique per application (minute offset from the id's random bits).
        const start = Date.UTC(2100, 0, 1) + (parseInt(app.id.slice(-6), 16) % 500_000) * 3_600_000;
        const slot = { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 3_600_000).toISOString() };
        await call(actor, 'mutation($i: AddAvailabilityInput!) { addAvailability(input: $i) { errors { code } } }', { i: slot });
        await call(actor, 'mutation($i: ScheduleInterviewInput!) { scheduleInterview(input: $i) { errors { code } } }', {
          i: { applicationId: app.id, interviewerIds: [actor.user.id], ...slot },
        });
        await call(actor, 'mutation($i: SubmitScorecardInput!) { submitScorecard(input: $i) { errors { code } } }', {
          i: { applicationId: app.id, rating: 3, recommendation: 'YES' },
        });
        return app.id;
      },
      async read(actor, id) {
        return (
          expectData(await call(actor, 'query($id: ID!) { application(id: $id) { note } }', { id }), 'application').application?.note ??
          null
        );
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ applications(first: 100) { edges { node { id } } } }', {}), 'applications');
        return data.applications.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $n: String) { setApplicationNote(id: $id, note: $n) { errors { code } } }', {
            id,
            n: label,
          }),
          'setApplicationNote',
        );
      },
      async remove(actor, id) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!) { deleteApplication(id: $id) { deletedId errors { code } } }', { id }),
          'deleteApplication',
        );
      },
    },
    {
      name: 'Distribution',
      subgraph: 'cdn',
      entities: ['Distribution'],
      typename: 'Distribution',
      sharedInTenant: true,
      async create(actor, label) {
        // One edge node in front of the router (any loopback origin will do: nothing is requested).
        const res = await call(
          actor,
          'mutation($n: String!, $o: String!) { createDistribution(input: { name: $n, originUrl: $o, nodeCount: 1 }) { distribution { id } errors { field code message } } }',
          { n: label, o: new URL(url).origin },
        );
        return expectData(res, 'createDistribution').createDistribution.distribution.id;
      },
      async read(actor, id) {
        return (
          expectData(await call(actor, 'query($id: ID!) { distribution(id: $id) { name } }', { id }), 'distribution').distribution?.name ??
          null
        );
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ distributions(first: 100) { edges { node { id } } } }', {}), 'distributions');
        return data.distributions.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $n: String!) { renameDistribution(id: $id, name: $n) { errors { code } } }', {
            id,
            n: label,
          }),
          'renameDistribution',
        );
      },
      async remove(actor, id) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!) { deleteDistribution(id: $id) { deletedId errors { code } } }', { id }),
          'deleteDistribution',
        );
      },
    },
    {
      name: 'BankAccount',
      subgraph: 'banking',
      // A BUSINESS account: tenant-linked (`businessTenantId`), scoped by banking's service, not the filter.
      entities: ['BankAccount'],
      typename: 'BankAccount',
      sharedInTenant: true,
      removeCloses: true,
      async create(actor, label) {
        const res = await call(
          actor,
          'mutation($n: String!) { openBankAccount(input: { name: $n, ledger: "EUR", business: true }) { account { id } errors { code } } }',
          { n: label },
        );
        return expectData(res, 'openBankAccount').openBankAccount.account.id;
      },
      async read(actor, id) {
        return (
          expectData(await call(actor, 'query($id: ID!) { bankAccount(id: $id) { name } }', { id }), 'bankAccount').bankAccount?.name ??
          null
        );
      },
      async list(actor) {
        const data = expectData(
          await call(actor, '{ bankAccounts(first: 100, business: true) { edges { node { id } } } }', {}),
          'bankAccounts',
        );
        return data.bankAccounts.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $n: String!) { renameBankAccount(id: $id, name: $n) { errors { code } } }', {
            id,
            n: label,
          }),
          'renameBankAccount',
        );
      },
      async remove(actor, id) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!) { closeBankAccount(id: $id) { errors { code } } }', { id }),
          'closeBankAccount',
        );
      },
    },
    {
      name: 'Course',
      subgraph: 'learning',
      // The actor (MANAGER or ADMIN: an author) builds a one-quiz course, publishes it, enrols, passes
      // the quiz (progress, attempt), and claims the certificate, so every learning table gets rows.
      entities: ['Course', 'Module', 'Lesson', 'Quiz', 'Question', 'Enrolment', 'LessonProgress', 'QuizAttempt', 'Certificate'],
      typename: 'Course',
      sharedInTenant: true,
      async create(actor, label) {
        const step = async (query: string, variables: Record<string, unknown>, field: string) => {
          const payload = expectData(await call(actor, query, variables), field)[field];
          if (payload.errors?.length) throw new Error(`${field} failed: ${JSON.stringify(payload.errors)}`);
          return payload;
        };
        const course = (
          await step(
            'mutation($t: String!) { createCourse(input: { title: $t }) { course { id } errors { field code message } } }',
            { t: label },
            'createCourse',
          )
        ).course;
        const module = (
          await step(
            'mutation($c: ID!) { addModule(input: { courseId: $c, title: "One" }) { module { id } errors { field code message } } }',
            { c: course.id },
            'addModule',
          )
        ).module;
        const quiz = { timeLimitSeconds: 600, questions: [{ kind: 'SHORT_ANSWER', prompt: 'Walk?', acceptedAnswers: ['yes'] }] };
        const lesson = (
          await step(
            'mutation($m: ID!, $q: QuizInput!) { addLesson(input: { moduleId: $m, title: "Quiz", kind: QUIZ, quiz: $q }) { lesson { id quiz { questions { edges { node { id } } } } } errors { field code message } } }',
            { m: module.id, q: quiz },
            'addLesson',
          )
        ).lesson;
        await step(
          'mutation($c: ID!) { publishCourse(courseId: $c) { errors { field code message } } }',
          { c: course.id },
          'publishCourse',
        );
        await step('mutation($c: ID!) { enrol(courseId: $c) { errors { field code message } } }', { c: course.id }, 'enrol');
        const attempt = (
          await step(
            'mutation($l: ID!) { startQuizAttempt(lessonId: $l) { attempt { id } errors { field code message } } }',
            { l: lesson.id },
            'startQuizAttempt',
          )
        ).attempt;
        await step(
          'mutation($a: ID!, $ans: [AnswerInput!]!) { submitQuizAttempt(attemptId: $a, answers: $ans) { errors { field code message } } }',
          { a: attempt.id, ans: [{ questionId: lesson.quiz.questions.edges[0].node.id, text: 'yes' }] },
          'submitQuizAttempt',
        );
        await step(
          'mutation($c: ID!) { claimCertificate(courseId: $c, holderName: "Walker") { certificate { id } errors { field code message } } }',
          { c: course.id },
          'claimCertificate',
        );
        return course.id;
      },
      async read(actor, id) {
        return expectData(await call(actor, 'query($id: ID!) { course(id: $id) { title } }', { id }), 'course').course?.title ?? null;
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ courses(first: 100) { edges { node { id } } } }', {}), 'courses');
        return data.courses.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $t: String!) { updateCourse(courseId: $id, input: { title: $t }) { errors { code } } }', {
            id,
            t: label,
          }),
          'updateCourse',
        );
      },
      async remove(actor, id) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!) { deleteCourse(courseId: $id) { deletedId errors { code } } }', { id }),
          'deleteCourse',
        );
      },
    },
    {
      name: 'TeamFile',
      subgraph: 'media',
      // The actor uploads a personal file (not tenant-owned), makes a team folder and shares the file into it.
      entities: ['TeamFile', 'TeamFolder'],
      typename: 'TeamFile',
      sharedInTenant: true,
      async create(actor, label) {
        const bytes = Buffer.from(`walk ${label}`);
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        const upload = expectData(
          await call(
            actor,
            'mutation($i: FileUploadInput!) { requestFileUpload(input: $i) { upload { url } errors { field code message } } }',
            { i: { name: `${label}.txt`, size: bytes.length, sha256 } },
          ),
          'requestFileUpload',
        ).requestFileUpload.upload;
        const sent = await fetch(new URL(upload.url, url), { method: 'PUT', body: bytes });
        if (sent.status !== 201) throw new Error(`file upload failed: ${sent.status} ${await sent.text()}`);
        const personal = ((await sent.json()) as { file: { id: string } }).file;
        const folder = expectData(
          await call(actor, 'mutation($n: String!) { createTeamFolder(name: $n) { folder { id } errors { field code message } } }', {
            n: `folder-${label}`,
          }),
          'createTeamFolder',
        ).createTeamFolder.folder;
        const res = await call(
          actor,
          'mutation($i: AddTeamFileInput!) { addTeamFile(input: $i) { file { id } errors { field code message } } }',
          { i: { fileId: personal.id, folderId: folder.id, name: label } },
        );
        return expectData(res, 'addTeamFile').addTeamFile.file.id;
      },
      async read(actor, id) {
        return expectData(await call(actor, 'query($id: ID!) { teamFile(id: $id) { name } }', { id }), 'teamFile').teamFile?.name ?? null;
      },
      async list(actor) {
        const data = expectData(await call(actor, '{ teamFiles(first: 100) { edges { node { id } } } }', {}), 'teamFiles');
        return data.teamFiles.edges.map((e: any) => e.node.id);
      },
      async update(actor, id, label) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!, $n: String!) { renameTeamFile(id: $id, name: $n) { errors { code } } }', { id, n: label }),
          'renameTeamFile',
        );
      },
      async remove(actor, id) {
        return outcomeOf(
          await call(actor, 'mutation($id: ID!) { deleteTeamFile(id: $id) { deletedId errors { code } } }', { id }),
          'deleteTeamFile',
        );
      },
    },
  ];
  const running = new Set(subgraphs.map((s) => s.name));
  return all.filter((k) => running.has(k.subgraph));
}

describe(`tenant isolation across every subgraph (#55), seed ${SEED}`, () => {
  let stack: TestStack;
  let actors: Actor[];
  const random = prng(SEED);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;

  beforeAll(async () => {
    stack = await startTestStack();
    const [a, b, c, shared] = await Promise.all(['tenant-a', 'tenant-b', 'tenant-c', 'shared'].map((n) => signUpUser(stack.url, n)));
    const own = (label: string, user: TestUser): Actor => ({
      label,
      user,
      tenantId: user.tenantId,
      role: 'ADMIN',
      auth: { token: user.token, headers: { 'x-hubgraph-tenant': user.tenantId } },
    });
    // `shared` is a MANAGER in A and in B; the same token acts in either, chosen by the header.
    await addToTenant(stack.url, a!, shared!, 'MANAGER');
    const inB = await addToTenant(stack.url, b!, shared!, 'MANAGER');
    actors = [
      own('admin of A', a!),
      own('admin of B', b!),
      own('admin of C', c!),
      {
        label: 'shared in A',
        user: shared!,
        tenantId: a!.tenantId,
        role: 'MANAGER',
        auth: { token: inB.token, headers: { 'x-hubgraph-tenant': a!.tenantId } },
      },
      { label: 'shared in B', user: shared!, tenantId: b!.tenantId, role: 'MANAGER', auth: inB },
    ];
  });

  it('covers every tenant-owned (or tenant-linked) entity of every subgraph with the walk', () => {
    const covered = new Set(kinds('').flatMap((k) => k.entities.map((e) => `${k.subgraph}.${e}`)));
    const tenantOwned = subgraphs.flatMap((s) =>
      s.entities.filter((e: any) => tenantColumnOf(e)).map((e: any) => `${s.name}.${e.meta.className}`),
    );
    expect(tenantOwned.length).toBeGreaterThan(0);
    // A new tenant-owned entity must be added to the walk above before this passes.
    expect(tenantOwned.filter((name) => !covered.has(name))).toEqual([]);
  });

  it(`walks ${STEPS} random operations and never reads or writes across tenants`, async () => {
    const kindList = kinds(stack.url);
    const rows: Row[] = [];
    const titles = new Map<string, string>();
    const visible = (actor: Actor, kind: Kind, row: Row) =>
      !row.deleted && row.tenantId === actor.tenantId && (kind.sharedInTenant || row.ownerId === actor.user.id);
    const expectedOutcome = (actor: Actor, kind: Kind, row: Row, allowed: boolean): Outcome =>
      row.deleted || row.tenantId !== actor.tenantId || (!allowed && kind.hiddenFromOthers) ? 'not-found' : allowed ? 'ok' : 'forbidden';
    const context = (step: number, actor: Actor, what: string) => `seed ${SEED}, step ${step}: ${actor.label} ${what}`;
    let crossTenantAttempts = 0;

    for (let step = 0; step < STEPS; step++) {
      const actor = pick(actors);
      const kind = pick(kindList);
      const ofKind = rows.filter((r) => r.kind === kind.name);
      const roll = random();
      if (roll < 0.3 || ofKind.length < 3) {
        const label = `${kind.name.toLowerCase()}-${step}-${Math.floor(random() * 1e6)}`;
        const id = await kind.create(actor, label);
        rows.push({ kind: kind.name, id, tenantId: actor.tenantId, ownerId: actor.user.id, label, deleted: false });
        titles.set(id, label);
        continue;
      }
      const row = pick(ofKind);
      if (row.tenantId !== actor.tenantId) crossTenantAttempts++;
      const allowed = visible(actor, kind, row);
      if (roll < 0.5) {
        const seen = await kind.read(actor, row.id);
        expect({ at: context(step, actor, `reads ${kind.name} ${row.id}`), seen }).toEqual({
          at: context(step, actor, `reads ${kind.name} ${row.id}`),
          seen: allowed ? titles.get(row.id) : null,
        });
      } else if (roll < 0.65) {
        const listed = new Set(await kind.list(actor));
        const expected = new Set(rows.filter((r) => r.kind === kind.name && visible(actor, kind, r)).map((r) => r.id));
        expect({ at: context(step, actor, `lists ${kind.name}`), listed: [...listed].sort() }).toEqual({
          at: context(step, actor, `lists ${kind.name}`),
          listed: [...expected].sort(),
        });
      } else if (roll < 0.85) {
        const label = `renamed-${step}`;
        const outcome = await kind.update(actor, row.id, label);
        const expected = expectedOutcome(actor, kind, row, allowed);
        expect({ at: context(step, actor, `updates ${kind.name} ${row.id}`), outcome }).toEqual({
          at: context(step, actor, `updates ${kind.name} ${row.id}`),
          outcome: expected,
        });
        if (outcome === 'ok') titles.set(row.id, label);
      } else {
        const outcome = await kind.remove(actor, row.id);
        const expected = expectedOutcome(actor, kind, row, allowed);
        expect({ at: context(step, actor, `deletes ${kind.name} ${row.id}`), outcome }).toEqual({
          at: context(step, actor, `deletes ${kind.name} ${row.id}`),
          outcome: expected,
        });
        if (outcome === 'ok' && !kind.removeCloses) row.deleted = true;
      }
    }
    // The walk must have tried the other tenants' rows often enough to mean something.
    expect(crossTenantAttempts).toBeGreaterThan(STEPS / 5);

    // Federation's entry point too: a subgraph resolves references only within the forwarded tenant.
    const signer = RouterSigner.fromConfig(loadSubgraphConfig(stack.env));
    for (const kind of kindList) {
      const subgraph = stack.subgraphs.find((s) => s.name === kind.subgraph)!;
      const live = rows.filter((r) => r.kind === kind.name && !r.deleted);
      for (const actor of actors) {
        const token = await signer.signForwarded(
          { userId: actor.user.id, roles: ['user'], tenantId: actor.tenantId, tenantRole: actor.role },
          kind.subgraph,
          { requestId: 'isolation-test' },
        );
        const res = await gql(
          subgraph.url,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${kind.typename} { id } } }`,
          { r: live.map((r) => ({ __typename: kind.typename, id: r.id })) },
          { headers: { [INTERNAL_AUTH_HEADER]: token } },
        );
        const resolved = (res.body.data?._entities ?? []).map((e: { id: string } | null) => e?.id ?? null);
        expect({ actor: actor.label, resolved }).toEqual({
          actor: actor.label,
          resolved: live.map((r) => (visible(actor, kind, r) ? r.id : null)),
        });
      }
    }

    // Every row in every database belongs to the tenant that created it (nothing was moved or leaked).
    for (const kind of kindList) {
      const subgraph = stack.subgraphs.find((s) => s.name === kind.subgraph)!;
      const em = subgraph.orm.em.fork();
      const entity = subgraphs.find((s) => s.name === kind.subgraph)!.entities.find((e: any) => e.meta.className === kind.entities[0])!;
      const column = tenantColumnOf(entity)!;
      const stored = (await em.find(kind.entities[0]!, {}, { filters: { tenant: false } })) as Record<string, string>[];
      const byId = new Map(stored.map((r) => [r.id, r[column]]));
      for (const row of rows.filter((r) => r.kind === kind.name)) {
        expect({ id: row.id, tenantId: byId.get(row.id) ?? (row.deleted ? 'deleted' : 'missing') }).toEqual({
          id: row.id,
          tenantId: row.deleted ? 'deleted' : row.tenantId,
        });
      }
    }
    // Every tenant-owned table of every running subgraph, as the definitions in subgraphs/index.ts
    // declare them (not as the walk lists them), holds rows of the walk's tenants only.
    const tenants = new Set(actors.map((a) => a.tenantId));
    for (const running of stack.subgraphs) {
      const definition = subgraphs.find((s) => s.name === running.name)!;
      const em = running.orm.em.fork();
      for (const entity of definition.entities.filter((e: any) => tenantColumnOf(e))) {
        const column = tenantColumnOf(entity)!;
        // A tenant-linked entity also holds rows of no tenant (personal bank accounts): those are not checked here.
        const where = column === 'tenantId' ? {} : { [column]: { $ne: null } };
        const stored = (await em.find(entity, where, { filters: { tenant: false } })) as Record<string, string>[];
        const name = `${running.name}.${(entity as any).meta.className}`;
        expect({ name, foreign: stored.filter((r) => !tenants.has(r[column]!)) }).toEqual({ name, foreign: [] });
      }
    }
  });
});
