import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

/**
 * A Markdown note, owned by one user (per-user data: no tenant). The body is not in the database: it
 * is a file in the kit's storage (`bodyKey`, one immutable object per revision), so the row holds the
 * metadata, the tags and the folded search words (`searchText`, see kit/src/search.ts).
 */
export const Note = defineEntity({
  name: 'Note',
  tableName: 'notes',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    title: p.string().length(200),
    tags: p.json<string[]>(),
    /** `|a|b|` (kit `tagKey`) for a portable tag filter. */
    tagKey: p.string().length(1000),
    /** Folded distinct words of title and body (kit `searchText`). */
    searchText: p.text(),
    /** The current revision's number (1 for a new note). */
    revision: p.integer(),
    /** The storage key of the current body. */
    bodyKey: p.string().length(300),
    /** The current body's size in bytes. */
    bodyBytes: p.integer(),
  },
  indexes: [{ properties: ['ownerId', 'updatedAt'] }, { properties: ['searchText'], type: 'fulltext' }],
});
export type NoteRow = InferEntity<typeof Note>;

/** One saved version of a note; restoring one makes a new revision with its title and body. */
export const NoteRevision = defineEntity({
  name: 'NoteRevision',
  tableName: 'note_revisions',
  properties: {
    ...baseProperties(),
    noteId: p.string().length(36),
    number: p.integer(),
    title: p.string().length(200),
    bodyKey: p.string().length(300),
    bodyBytes: p.integer(),
    /** Where this revision came from: TEXT (a mutation), UPLOAD (a file) or RESTORE. */
    source: p.enum(['TEXT', 'UPLOAD', 'RESTORE']),
  },
  uniques: [{ properties: ['noteId', 'number'] }],
});
export type NoteRevisionRow = InferEntity<typeof NoteRevision>;

/** A file attached to a note (an image, a PDF, a text file), kept in storage like bodies. */
export const NoteAttachment = defineEntity({
  name: 'NoteAttachment',
  tableName: 'note_attachments',
  properties: {
    ...baseProperties(),
    noteId: p.string().length(36).index(),
    fileName: p.string().length(200),
    contentType: p.string().length(100),
    size: p.integer(),
    storageKey: p.string().length(300),
  },
});
export type NoteAttachmentRow = InferEntity<typeof NoteAttachment>;

export const entities = [Note, NoteRevision, NoteAttachment];
