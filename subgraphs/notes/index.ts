import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadNotesConfig, type NotesConfig } from './src/config';
import { createLoaders, type NotesLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { NoteService, UPLOAD_PATH } from './src/service';
import { uploadRoutes } from './src/upload';

const service = new NoteService();

/** notes: Markdown notes with revisions, tags, search, grammar checks, rendering and signed uploads (catalogue #12, #22). */
export const notes: SubgraphDefinition<NotesLoaders, NotesConfig> = {
  name: 'notes',
  defaultPort: 4010,
  wiring: {
    summary:
      'Markdown notes, one owner each: bodies in storage, revisions and restore, tags, search, grammar check, sanitised HTML, signed uploads',
    catalogue: '12, 22',
    publicPaths: [UPLOAD_PATH],
    codegen: {
      contextType: '../context#NotesContext',
      mappers: {
        Note: '../entities#NoteRow',
        NoteRevision: '../entities#NoteRevisionRow',
        NoteAttachment: '../entities#NoteAttachmentRow',
        GrammarCheck: '../grammar#GrammarResult',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('notes'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  config: loadNotesConfig,
  start: (deps) => {
    // The upload signer is made now, so a production process without URL_SIGNING_SECRET stops at start.
    service.signers(deps);
    return { stop: () => service.close(deps.config) };
  },
  routes: (deps) => uploadRoutes(service, deps),
  seed: (em, deps) => seed(service, deps),
};
