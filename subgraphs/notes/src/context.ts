import type DataLoader from 'dataloader';
import {
  connectionLoader,
  entityLoader,
  groupLoader,
  type ConnectionLoader,
  type Em,
  type ServiceDeps,
  type SubgraphContext,
} from '../../../kit';
import type { NotesConfig } from './config';
import { Note, NoteAttachment, NoteRevision, type NoteAttachmentRow, type NoteRevisionRow, type NoteRow } from './entities';

export type { NotesConfig } from './config';

export interface NotesLoaders {
  noteById: DataLoader<string, NoteRow | null>;
  /** One page of revisions per note, for every note of a page in two statements. */
  revisionsByNote: ConnectionLoader<NoteRevisionRow>;
  /** The attachments of many notes in one statement (at most 20 per note). */
  attachmentsByNote: DataLoader<string, NoteAttachmentRow[]>;
  /** Note bodies read once per request (Note.body and Note.html share one read). */
  bodies: Map<string, Promise<string>>;
}

/** What every notes service method receives first: the kit's per-request `ctx.deps`. */
export type NotesDeps = ServiceDeps<NotesConfig, NotesLoaders>;

export function createLoaders(em: Em): NotesLoaders {
  return {
    noteById: entityLoader(em, Note),
    revisionsByNote: connectionLoader(em, NoteRevision, 'noteId', { list: 'Note.revisions' }),
    attachmentsByNote: groupLoader(em, NoteAttachment, 'noteId'),
    bodies: new Map(),
  };
}

/** What notes' resolvers receive (the codegen `contextType`). */
export type NotesContext = SubgraphContext<NotesLoaders, NotesConfig>;

/** A User as the notes subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
