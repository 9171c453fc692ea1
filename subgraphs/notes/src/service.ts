import type { FilterQuery } from '@mikro-orm/core';
import {
  badInput,
  cleanTag,
  createStorage,
  fail,
  fieldError,
  flushOrConflict,
  forbidden,
  isUuid,
  MAX_TAGS,
  newId,
  notFound,
  ok,
  paginate,
  PerStart,
  readObject,
  renderMarkdown,
  requireViewer,
  searchCondition,
  searchText,
  tagCondition,
  tagKey,
  totalOrder,
  urlSigner,
  type Clock,
  type Connection,
  type PageArgs,
  type Payload,
  type Storage,
  type UrlSigner,
  type UserError,
} from '../../../kit';
import type { NotesConfig } from './config';
import type { NotesDeps } from './context';
import { Note, NoteAttachment, NoteRevision, type NoteAttachmentRow, type NoteRevisionRow, type NoteRow } from './entities';
import type {
  CreateNoteInput,
  NoteFilter,
  RequestNoteAttachmentUploadInput,
  RequestNoteUploadInput,
  UpdateNoteInput,
} from './generated/resolvers';
import { checkInput, checkOffline, checkWithLanguageTool, languageToolClient, type GrammarResult } from './grammar';

export const MAX_TITLE_LENGTH = 200;
/** The path prefix of upload URLs (declared in `wiring.publicPaths`, proxied by the router). */
export const UPLOAD_PATH = '/uploads/notes/';
/** The purpose upload URLs are signed for (a key of its own, see kit/src/signed-url.ts). */
export const UPLOAD_PURPOSE = 'notes-upload';
/** Attachments' upload and download URLs live under this path, each with a key of its own. */
export const ATTACHMENT_PATH = '/uploads/notes/attachments/';
export const MAX_ATTACHMENTS = 20;
/** The media types an attachment may have (served as downloads, with `nosniff`). */
export const ATTACHMENT_TYPES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/markdown',
  'text/csv',
]);
// eslint-disable-next-line no-control-regex
const FILE_NAME = /^[^/\\\u0000-\u001f\u007f]{1,200}$/;
/** How long a download URL in `NoteAttachment.url` works. */
const DOWNLOAD_TTL_MS = 3600_000;

interface Signers {
  upload: UrlSigner;
  attachmentUpload: UrlSigner;
  attachmentDownload: UrlSigner;
}

/** What an attachment upload URL carries, signed. */
export interface AttachmentGrant {
  attachmentId: string;
  noteId: string;
  ownerId: string;
  fileName: string;
  contentType: string;
}

type RevisionSource = NoteRevisionRow['source'];

/** What an upload URL carries, signed: who uploads, and what the note will be. */
export interface UploadGrant {
  noteId: string;
  ownerId: string;
  title: string;
  /** Undefined: keep the note's tags. */
  tags?: string[];
  /** 0 for a new note; otherwise the revision the note must still be at (the URL works once). */
  revision: number;
}

/** An upload refused: the HTTP status and message the route answers with. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function titleErrors(title: string | null | undefined, field: string, required: boolean): UserError[] {
  if (title === undefined && !required) return [];
  const clean = title?.trim() ?? '';
  if (!clean) return [fieldError(field, 'Title is required.')];
  if (clean.length > MAX_TITLE_LENGTH) return [fieldError(field, `Title must be at most ${MAX_TITLE_LENGTH} characters.`)];
  return [];
}

function cleanTags(tags: readonly string[] | null | undefined, field: string): { tags?: string[]; errors: UserError[] } {
  if (tags == null) return { errors: [] };
  if (tags.length > MAX_TAGS) return { errors: [fieldError(field, `At most ${MAX_TAGS} tags.`)] };
  const clean: string[] = [];
  for (const tag of tags) {
    const t = cleanTag(tag);
    if (!t) return { errors: [fieldError(field, `Tag "${tag.slice(0, 40)}" must be 1 to 40 letters, digits, spaces, _ or -.`)] };
    if (!clean.includes(t)) clean.push(t);
  }
  return { tags: clean, errors: [] };
}

/**
 * Notes: saving as text or from an uploaded file, revisions and restore, tags, search, grammar checks
 * and rendering. No GraphQL in here; every method takes the kit's {@link NotesDeps} first.
 *
 * A body is written to storage before its row is flushed, under a key of its own that is never
 * overwritten (`notes/<owner>/<note>/<revision id>.md`): a failed flush leaves at most an orphan
 * object (removed right away), never a row pointing at a missing or half-written file.
 */
export class NoteService {
  private readonly storages = new PerStart(
    (config: NotesConfig) => createStorage(config, config.DATA_DIR),
    () => undefined,
  );
  private readonly signerSets = new PerStart(
    (config: NotesConfig): Signers => ({
      upload: urlSigner(config, UPLOAD_PURPOSE),
      attachmentUpload: urlSigner(config, 'notes-attachment-upload'),
      attachmentDownload: urlSigner(config, 'notes-attachment-download'),
    }),
    () => undefined,
  );
  private readonly languageTool = new PerStart(
    (config: NotesConfig, log) =>
      config.NOTES_LANGUAGETOOL_URL ? languageToolClient(config.NOTES_LANGUAGETOOL_URL, config.NOTES_LANGUAGETOOL_TIMEOUT_MS, log) : null,
    (client) => client?.close(),
  );

  storage(deps: Pick<NotesDeps, 'config' | 'log'>): Storage {
    return this.storages.get(deps);
  }

  signers(deps: Pick<NotesDeps, 'config' | 'log'>): Signers {
    return this.signerSets.get(deps);
  }

  /** Ends what this start made (the LanguageTool client). */
  async close(config: NotesConfig): Promise<void> {
    await this.languageTool.close(config);
    await this.storages.close(config);
    await this.signerSets.close(config);
  }

  private bodyErrors(deps: Pick<NotesDeps, 'config'>, body: string | null | undefined, field: string): UserError[] {
    if (body == null) return [];
    const max = deps.config.NOTES_MAX_BODY_BYTES;
    if (Buffer.byteLength(body, 'utf8') > max)
      return [fieldError(field, `Body must be at most ${max.toLocaleString('en')} bytes of UTF-8.`)];
    return [];
  }

  /** The body of a note or revision, read from storage once per request. */
  body(deps: NotesDeps, row: { bodyKey: string; bodyBytes: number }): Promise<string> {
    let read = deps.loaders.bodies.get(row.bodyKey);
    if (!read) {
      read = readObject(this.storage(deps), row.bodyKey, row.bodyBytes + 1).then((bytes) => bytes.toString('utf8'));
      deps.loaders.bodies.set(row.bodyKey, read);
    }
    return read;
  }

  async html(deps: NotesDeps, note: NoteRow): Promise<string> {
    return renderMarkdown(await this.body(deps, note));
  }

  /**
   * Writes `body` as a new revision of `note` (a new note when it has no revision yet) and flushes;
   * on a conflict (another revision saved meanwhile) or any failure the object is removed again.
   */
  private async saveRevision(
    deps: Pick<NotesDeps, 'em' | 'config' | 'log'>,
    note: NoteRow,
    title: string,
    body: { text: string } | { key: string; bytes: number },
    source: RevisionSource,
  ): Promise<UserError[]> {
    const storage = this.storage(deps);
    const revisionId = newId();
    let bodyKey: string;
    let bodyBytes: number;
    let text: string;
    let written: string | undefined;
    if ('text' in body) {
      bodyKey = `notes/${note.ownerId}/${note.id}/${revisionId}.md`;
      bodyBytes = Buffer.byteLength(body.text, 'utf8');
      text = body.text;
      await storage.put(bodyKey, body.text, { contentType: 'text/markdown; charset=utf-8' });
      written = bodyKey;
    } else {
      bodyKey = body.key;
      bodyBytes = body.bytes;
      text = (await readObject(storage, body.key, body.bytes + 1)).toString('utf8');
    }
    const number = note.revision + 1;
    note.title = title;
    note.revision = number;
    note.bodyKey = bodyKey;
    note.bodyBytes = bodyBytes;
    note.searchText = searchText([title, text]);
    deps.em.create(NoteRevision, { id: revisionId, noteId: note.id, number, title, bodyKey, bodyBytes, source });
    try {
      const errors = await flushOrConflict(deps.em, null, 'The note was changed at the same time; reload it and try again.');
      if (errors.length && written) await this.forget(deps, [written]);
      return errors;
    } catch (error) {
      if (written) await this.forget(deps, [written]);
      throw error;
    }
  }

  /** Removes stored objects; a failure is logged, not raised (the rows are what count). */
  private async forget(deps: Pick<NotesDeps, 'config' | 'log'>, keys: string[]): Promise<void> {
    const storage = this.storage(deps);
    for (const key of keys) {
      try {
        await storage.delete(key);
      } catch (error) {
        deps.log.warn({ err: error, key }, 'notes: could not remove a stored body');
      }
    }
  }

  private newNote(deps: Pick<NotesDeps, 'em'>, ownerId: string, tags: string[], id: string = newId()): NoteRow {
    return deps.em.create(Note, {
      id,
      ownerId,
      title: '',
      tags,
      tagKey: tagKey(tags),
      searchText: ' ',
      revision: 0,
      bodyKey: '',
      bodyBytes: 0,
    });
  }

  async create(deps: NotesDeps, input: CreateNoteInput): Promise<Payload<{ note: NoteRow }>> {
    const viewer = requireViewer(deps.viewer);
    const tags = cleanTags(input.tags, 'input.tags');
    const errors = [...titleErrors(input.title, 'input.title', true), ...this.bodyErrors(deps, input.body, 'input.body'), ...tags.errors];
    if (errors.length) return fail(errors);
    return this.createAs(deps, viewer.userId, input.title.trim(), input.body, tags.tags ?? []);
  }

  /** Saves a new note for `ownerId` (inputs already checked): the seed and {@link create} use it. */
  async createAs(
    deps: Pick<NotesDeps, 'em' | 'config' | 'log'>,
    ownerId: string,
    title: string,
    body: string,
    tags: string[],
  ): Promise<Payload<{ note: NoteRow }>> {
    const note = this.newNote(deps, ownerId, tags);
    const conflict = await this.saveRevision(deps, note, title, { text: body }, 'TEXT');
    return conflict.length ? fail(conflict) : ok({ note });
  }

  /** Loads a note the viewer owns: NOT_FOUND when missing, FORBIDDEN when someone else's. */
  private async owned(deps: NotesDeps, id: string): Promise<NoteRow> {
    const viewer = requireViewer(deps.viewer);
    const note = isUuid(id) ? await deps.em.findOne(Note, { id: id.toLowerCase() }) : null;
    if (!note) throw notFound('Note', id.slice(0, 40));
    if (note.ownerId !== viewer.userId) throw forbidden('Only the owner of this note may change it.');
    return note;
  }

  async update(deps: NotesDeps, id: string, input: UpdateNoteInput): Promise<Payload<{ note: NoteRow }>> {
    const note = await this.owned(deps, id);
    if (input.title === null) return fail(fieldError('input.title', 'Title cannot be cleared.'));
    if (input.body === null) return fail(fieldError('input.body', 'Body cannot be cleared; send an empty string.'));
    const tags = cleanTags(input.tags, 'input.tags');
    const errors = [...titleErrors(input.title, 'input.title', false), ...this.bodyErrors(deps, input.body, 'input.body'), ...tags.errors];
    if (errors.length) return fail(errors);
    if (tags.tags) {
      note.tags = tags.tags;
      note.tagKey = tagKey(tags.tags);
    }
    const title = input.title?.trim() ?? note.title;
    if (input.body != null) {
      const conflict = await this.saveRevision(deps, note, title, { text: input.body }, 'TEXT');
      return conflict.length ? fail(conflict) : ok({ note });
    }
    if (title !== note.title) {
      // A new title alone is a new revision too, sharing the current body's object.
      const conflict = await this.saveRevision(deps, note, title, { key: note.bodyKey, bytes: note.bodyBytes }, 'TEXT');
      return conflict.length ? fail(conflict) : ok({ note });
    }
    await deps.em.flush();
    return ok({ note });
  }

  async restore(deps: NotesDeps, id: string, number: number): Promise<Payload<{ note: NoteRow }>> {
    const note = await this.owned(deps, id);
    if (!Number.isInteger(number) || number < 1) return fail(fieldError('revision', 'revision must be a revision number (1 or more).'));
    const revision = await deps.em.findOne(NoteRevision, { noteId: note.id, number });
    if (!revision) return fail({ field: 'revision', message: `Note ${id} has no revision ${number}.`, code: 'NOT_FOUND' });
    const conflict = await this.saveRevision(deps, note, revision.title, { key: revision.bodyKey, bytes: revision.bodyBytes }, 'RESTORE');
    return conflict.length ? fail(conflict) : ok({ note });
  }

  async delete(deps: NotesDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const note = await this.owned(deps, id);
    const revisions = await deps.em.find(NoteRevision, { noteId: note.id });
    const attachments = await deps.em.find(NoteAttachment, { noteId: note.id });
    await deps.em.transactional(async (em) => {
      await em.nativeDelete(NoteAttachment, { noteId: note.id });
      await em.nativeDelete(NoteRevision, { noteId: note.id });
      await em.nativeDelete(Note, { id: note.id });
    });
    await this.forget(deps, [...new Set(revisions.map((r) => r.bodyKey)), ...attachments.map((a) => a.storageKey)]);
    return ok({ deletedId: note.id });
  }

  /** One page of the viewer's notes; `ownerId` (from `User.notes`) must be the viewer. Two statements. */
  async list(deps: NotesDeps, args: PageArgs & { filter?: NoteFilter | null }, ownerId?: string): Promise<Connection<NoteRow>> {
    const viewer = requireViewer(deps.viewer);
    if (ownerId !== undefined && ownerId !== viewer.userId) throw forbidden('Only the user themself can list their notes.');
    const conditions: FilterQuery<NoteRow>[] = [{ ownerId: viewer.userId }];
    if (args.filter?.search != null) conditions.push(searchCondition<NoteRow>(deps.em, args.filter.search, 'filter.search'));
    if (args.filter?.tag != null) conditions.push(tagCondition<NoteRow>(args.filter.tag, 'filter.tag'));
    return paginate(deps.em, Note, { $and: conditions } as FilterQuery<NoteRow>, args, totalOrder<NoteRow>('updatedAt', 'DESC'));
  }

  /** A page of a note's revisions, newest first (batched over the notes of a page). */
  revisions(deps: NotesDeps, note: NoteRow, args: PageArgs): Promise<Connection<NoteRevisionRow>> {
    return deps.loaders.revisionsByNote.load(note.id, args, totalOrder<NoteRevisionRow>('number', 'DESC'));
  }

  /** A note of the viewer's, or null (someone else's notes are invisible, not forbidden). */
  async find(deps: NotesDeps, id: string): Promise<NoteRow | null> {
    if (!deps.viewer || !isUuid(id)) return null;
    const note = await deps.loaders.noteById.load(id.toLowerCase());
    return note && note.ownerId === deps.viewer.userId ? note : null;
  }

  // ----------------------------------------------------------------------------------------------
  // Uploads

  /** A signed URL for one upload, after the same checks as a save (title, tags, the note's owner). */
  async requestUpload(
    deps: NotesDeps,
    input: RequestNoteUploadInput,
  ): Promise<Payload<{ upload: { url: string; noteId: string; expiresAt: Date; maxBytes: number } }>> {
    const viewer = requireViewer(deps.viewer);
    const tags = cleanTags(input.tags, 'input.tags');
    const errors = [...titleErrors(input.title, 'input.title', true), ...tags.errors];
    if (errors.length) return fail(errors);
    let noteId = newId();
    let revision = 0;
    if (input.noteId != null) {
      const note = await this.owned(deps, input.noteId);
      noteId = note.id;
      revision = note.revision;
    }
    const params: Record<string, string> = { owner: viewer.userId, title: input.title.trim(), rev: String(revision) };
    const grantTags = tags.tags ?? (revision === 0 ? [] : undefined);
    if (grantTags) params.tags = JSON.stringify(grantTags);
    const expiresAt = new Date(deps.clock.now().getTime() + deps.config.NOTES_UPLOAD_TTL_SECONDS * 1000);
    const url = this.signers(deps).upload.sign(`${UPLOAD_PATH}${noteId}`, params, expiresAt);
    return ok({ upload: { url, noteId, expiresAt, maxBytes: deps.config.NOTES_MAX_BODY_BYTES } });
  }

  /** The grant an upload URL carries, or the refusal (403 for a missing, tampered or expired signature). */
  verifyUpload(deps: Pick<NotesDeps, 'config' | 'log'>, url: URL, clock: Clock): UploadGrant {
    const check = this.signers(deps).upload.verify(url.pathname, url.searchParams, clock.now());
    if (!check.ok) {
      const message =
        check.problem === 'expired'
          ? 'This upload URL has expired; request a new one.'
          : 'This upload URL is not valid (missing or wrong signature).';
      throw new UploadRefused(403, 'FORBIDDEN', message);
    }
    const noteId = url.pathname.slice(UPLOAD_PATH.length);
    const { owner, title, rev, tags } = check.params;
    if (!owner || !title || rev === undefined || !isUuid(noteId))
      throw new UploadRefused(403, 'FORBIDDEN', 'This upload URL is not valid.');
    return { noteId, ownerId: owner, title, revision: Number(rev), tags: tags === undefined ? undefined : (JSON.parse(tags) as string[]) };
  }

  /**
   * Saves an uploaded body (already checked: UTF-8 Markdown within the limit) as the grant says: a new
   * note, or a new revision of the owner's note if it is still at the granted revision (so one URL
   * saves once; a second use is a CONFLICT).
   */
  async saveUpload(deps: Pick<NotesDeps, 'em' | 'config' | 'log'>, grant: UploadGrant, text: string): Promise<NoteRow> {
    const { em } = deps;
    let note = await em.findOne(Note, { id: grant.noteId });
    if (grant.revision === 0) {
      if (note) throw new UploadRefused(409, 'CONFLICT', 'This upload URL has already been used.');
      note = this.newNote(deps, grant.ownerId, grant.tags ?? [], grant.noteId);
    } else {
      if (!note || note.ownerId !== grant.ownerId)
        throw new UploadRefused(404, 'NOT_FOUND', 'The note of this upload URL no longer exists.');
      if (note.revision !== grant.revision) {
        throw new UploadRefused(409, 'CONFLICT', 'The note changed since this upload URL was issued (or the URL was used already).');
      }
      if (grant.tags) {
        note.tags = grant.tags;
        note.tagKey = tagKey(grant.tags);
      }
    }
    const conflict = await this.saveRevision(deps, note, grant.title, { text }, 'UPLOAD');
    if (conflict.length) throw new UploadRefused(409, 'CONFLICT', 'This upload URL has already been used.');
    return note;
  }

  // ----------------------------------------------------------------------------------------------
  // Attachments

  attachments(deps: NotesDeps, note: NoteRow): Promise<NoteAttachmentRow[]> {
    return deps.loaders.attachmentsByNote.load(note.id).then((rows) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1)));
  }

  /** A download URL for an attachment, valid for an hour from now. */
  attachmentUrl(deps: NotesDeps, attachment: NoteAttachmentRow): string {
    const expiresAt = new Date(deps.clock.now().getTime() + DOWNLOAD_TTL_MS);
    return this.signers(deps).attachmentDownload.sign(`${ATTACHMENT_PATH}${attachment.id}`, {}, expiresAt);
  }

  async requestAttachmentUpload(
    deps: NotesDeps,
    input: RequestNoteAttachmentUploadInput,
  ): Promise<Payload<{ upload: { url: string; attachmentId: string; expiresAt: Date; maxBytes: number } }>> {
    const note = await this.owned(deps, input.noteId);
    const fileName = input.fileName.trim();
    const errors: UserError[] = [];
    if (!FILE_NAME.test(fileName)) {
      errors.push(fieldError('input.fileName', 'fileName must be 1 to 200 characters without /, \\ or control characters.'));
    }
    const contentType = input.contentType.trim().toLowerCase();
    if (!ATTACHMENT_TYPES.has(contentType)) {
      errors.push(fieldError('input.contentType', `contentType must be one of ${[...ATTACHMENT_TYPES].join(', ')}.`));
    }
    if (errors.length) return fail(errors);
    if ((await deps.em.count(NoteAttachment, { noteId: note.id })) >= MAX_ATTACHMENTS) {
      return fail({ field: 'input.noteId', message: `A note has at most ${MAX_ATTACHMENTS} attachments.`, code: 'CONFLICT' });
    }
    const attachmentId = newId();
    const expiresAt = new Date(deps.clock.now().getTime() + deps.config.NOTES_UPLOAD_TTL_SECONDS * 1000);
    const url = this.signers(deps).attachmentUpload.sign(
      `${ATTACHMENT_PATH}${attachmentId}`,
      { note: note.id, owner: note.ownerId, name: fileName, type: contentType },
      expiresAt,
    );
    return ok({ upload: { url, attachmentId, expiresAt, maxBytes: deps.config.NOTES_MAX_ATTACHMENT_BYTES } });
  }

  /** The grant of an attachment upload URL, or a 403 refusal. */
  verifyAttachmentUpload(deps: Pick<NotesDeps, 'config' | 'log'>, url: URL, clock: Clock): AttachmentGrant {
    const check = this.signers(deps).attachmentUpload.verify(url.pathname, url.searchParams, clock.now());
    const attachmentId = url.pathname.slice(ATTACHMENT_PATH.length);
    if (!check.ok || !check.params.note || !check.params.owner || !check.params.name || !check.params.type || !isUuid(attachmentId)) {
      throw new UploadRefused(
        403,
        'FORBIDDEN',
        !check.ok && check.problem === 'expired' ? 'This upload URL has expired; request a new one.' : 'This upload URL is not valid.',
      );
    }
    const { note, owner, name, type } = check.params;
    return { attachmentId, noteId: note, ownerId: owner, fileName: name, contentType: type };
  }

  /**
   * Stores an uploaded attachment (`write` streams it into storage under the given key, refusing too
   * large a file) and records it; a refused or failed write leaves no row and no object.
   */
  async saveAttachment(
    deps: Pick<NotesDeps, 'em' | 'config' | 'log'>,
    grant: AttachmentGrant,
    write: (storage: Storage, key: string) => Promise<number>,
  ): Promise<NoteAttachmentRow> {
    const { em } = deps;
    if (await em.findOne(NoteAttachment, { id: grant.attachmentId })) {
      throw new UploadRefused(409, 'CONFLICT', 'This upload URL has already been used.');
    }
    const note = await em.findOne(Note, { id: grant.noteId });
    if (!note || note.ownerId !== grant.ownerId) throw new UploadRefused(404, 'NOT_FOUND', 'The note of this upload URL no longer exists.');
    if ((await em.count(NoteAttachment, { noteId: note.id })) >= MAX_ATTACHMENTS) {
      throw new UploadRefused(409, 'CONFLICT', `A note has at most ${MAX_ATTACHMENTS} attachments.`);
    }
    const key = `attachments/${note.ownerId}/${note.id}/${grant.attachmentId}`;
    const storage = this.storage(deps);
    let size: number;
    try {
      size = await write(storage, key);
    } catch (error) {
      await this.forget(deps, [key]);
      throw error;
    }
    const attachment = em.create(NoteAttachment, {
      id: grant.attachmentId,
      noteId: note.id,
      fileName: grant.fileName,
      contentType: grant.contentType,
      size,
      storageKey: key,
    });
    try {
      const conflict = await flushOrConflict(em, null, 'This upload URL has already been used.');
      if (conflict.length) throw new UploadRefused(409, 'CONFLICT', 'This upload URL has already been used.');
    } catch (error) {
      await this.forget(deps, [key]);
      throw error;
    }
    return attachment;
  }

  /** The attachment a download URL names, or a 403/404 refusal. */
  async verifyDownload(deps: Pick<NotesDeps, 'em' | 'config' | 'log'>, url: URL, clock: Clock): Promise<NoteAttachmentRow> {
    const check = this.signers(deps).attachmentDownload.verify(url.pathname, url.searchParams, clock.now());
    if (!check.ok) {
      throw new UploadRefused(
        403,
        'FORBIDDEN',
        check.problem === 'expired' ? 'This download URL has expired.' : 'This download URL is not valid.',
      );
    }
    const id = url.pathname.slice(ATTACHMENT_PATH.length);
    const attachment = isUuid(id) ? await deps.em.findOne(NoteAttachment, { id }) : null;
    if (!attachment) throw new UploadRefused(404, 'NOT_FOUND', 'This attachment no longer exists.');
    return attachment;
  }

  async deleteAttachment(deps: NotesDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    requireViewer(deps.viewer);
    const attachment = isUuid(id) ? await deps.em.findOne(NoteAttachment, { id: id.toLowerCase() }) : null;
    if (!attachment) throw notFound('NoteAttachment', id.slice(0, 40));
    await this.owned(deps, attachment.noteId);
    await deps.em.nativeDelete(NoteAttachment, { id: attachment.id });
    await this.forget(deps, [attachment.storageKey]);
    return ok({ deletedId: attachment.id });
  }

  // ----------------------------------------------------------------------------------------------
  // Checking and rendering

  async check(deps: NotesDeps, text: string, language: string): Promise<GrammarResult> {
    requireViewer(deps.viewer);
    checkInput(text, language);
    const client = this.languageTool.get(deps);
    return client ? checkWithLanguageTool(client, text, language) : checkOffline(text, language);
  }

  render(deps: NotesDeps, markdown: string): string {
    requireViewer(deps.viewer);
    const [problem] = this.bodyErrors(deps, markdown, 'markdown');
    if (problem) throw badInput(problem.message.replace('Body', 'markdown'), 'markdown');
    return renderMarkdown(markdown);
  }
}
