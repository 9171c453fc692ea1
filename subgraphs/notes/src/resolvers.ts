import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import type { NoteService } from './service';

/**
 * notes' resolvers: thin translations. Every service call is `service.method(ctx.deps, ...args)`;
 * single notes by id come from the request's loaders (batched across a query plan).
 */
export function createResolvers(service: NoteService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      note: (_, { id }, ctx) => service.find(ctx.deps, id),
      notes: (_, args, ctx) => service.list(ctx.deps, args),
      checkNoteText: (_, { text, language }, ctx) => service.check(ctx.deps, text, language ?? 'en-US'),
      renderNoteMarkdown: (_, { markdown }, ctx) => service.render(ctx.deps, markdown),
    },
    Mutation: {
      createNote: (_, { input }, ctx) => service.create(ctx.deps, input),
      updateNote: (_, { id, input }, ctx) => service.update(ctx.deps, id, input),
      deleteNote: (_, { id }, ctx) => service.delete(ctx.deps, id),
      restoreNoteRevision: (_, { id, revision }, ctx) => service.restore(ctx.deps, id, revision),
      requestNoteUpload: (_, { input }, ctx) => service.requestUpload(ctx.deps, input),
      requestNoteAttachmentUpload: (_, { input }, ctx) => service.requestAttachmentUpload(ctx.deps, input),
      deleteNoteAttachment: (_, { id }, ctx) => service.deleteAttachment(ctx.deps, id),
    },
    Note: {
      // Other subgraphs may reference any note; only its owner gets it back.
      __resolveReference: (ref, ctx) => service.find(ctx.deps, ref.id),
      body: (note, _, ctx) => service.body(ctx.deps, note),
      html: (note, _, ctx) => service.html(ctx.deps, note),
      size: (note) => note.bodyBytes,
      revisions: (note, args, ctx) => service.revisions(ctx.deps, note, args),
      attachments: (note, _, ctx) => service.attachments(ctx.deps, note),
    },
    NoteAttachment: {
      url: (attachment, _, ctx) => service.attachmentUrl(ctx.deps, attachment),
    },
    NoteRevision: {
      body: (revision, _, ctx) => service.body(ctx.deps, revision),
      size: (revision) => revision.bodyBytes,
    },
    User: {
      __resolveReference: (ref) => ({ id: ref.id }),
      notes: (user, args, ctx) => service.list(ctx.deps, args, user.id),
    },
  };
}
