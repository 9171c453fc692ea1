import { type SubgraphDeps } from '../../../kit';
import type { NotesConfig } from './config';
import type { NotesLoaders } from './context';
import { Note } from './entities';
import type { NoteService } from './service';

/** identity's demo user (see its seed). */
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';

const SAMPLES = [
  {
    title: 'Welcome to notes',
    tags: ['onboarding'],
    body: '# Welcome\n\nNotes are **Markdown**. Every change of title or body is a new *revision*; restore any of them.\n\n- Search with `notes(filter: { search: "welcome" })`\n- Tag notes and filter by tag\n- Check grammar with `checkNoteText`\n',
  },
  {
    title: 'Meeting notes',
    tags: ['work', 'meetings'],
    body: '## Weekly sync\n\n| Topic | Owner |\n|---|---|\n| Release | Alice |\n| Hiring | Bob |\n\nThis sentence has a speling mistake for the checker to find.\n',
  },
  {
    title: 'Uploading a file',
    tags: ['howto'],
    body: 'Ask `requestNoteUpload` for a signed URL, then `PUT` the `.md` file to it with `Content-Type: text/markdown`.\n',
  },
];

/** A few notes for the demo user; skipped when that user has notes. */
export async function seed(service: NoteService, deps: SubgraphDeps<NotesConfig, NotesLoaders>): Promise<void> {
  const serviceDeps = deps.serviceDeps();
  if (await serviceDeps.em.count(Note, { ownerId: DEMO_USER_ID })) return;
  for (const sample of SAMPLES) {
    await service.createAs(serviceDeps, DEMO_USER_ID, sample.title, sample.body, sample.tags);
  }
}
