import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { TestClock } from '../../../test/helpers/clock';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { createNote, download, endlessMarkdown, NOTE_FIELDS, requestAttachment, requestUpload, upload } from './helpers';

/** Every file under a directory, relative paths (the local storage's objects). */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

describe('notes through the router', () => {
  let stack: TestStack;
  const clock = new TestClock();
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    // A GraphQL body limit above the notes' 1 MB, so an over-long body reaches the service's own check.
    stack = await startTestStack({ only: ['identity', 'notes'], clock, env: { BODY_LIMIT_BYTES: '3000000' } });
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
  });

  const storedBodies = () => filesUnder(join(stack.dataDir, 'storage', 'notes'));
  const countNotes = async (user: TestUser) =>
    (await gql(stack.url, '{ notes { totalCount } }', {}, { token: user.token })).body.data.notes.totalCount as number;

  describe('saving as text', () => {
    it('creates a note whose body is a stored file, with revision 1', async () => {
      const { note, errors } = await createNote(stack.url, alice, {
        title: '  First  ',
        body: '# Hello\n\nWorld',
        tags: ['Work', 'work', 'ideas'],
      });
      expect(errors).toEqual([]);
      expect(note).toMatchObject({ title: 'First', body: '# Hello\n\nWorld', tags: ['work', 'ideas'], revision: 1, size: 14 });
      expect(note.html).toContain('<h1>Hello</h1>');
      expect(storedBodies().some((f) => f.includes(note.id))).toBe(true);
    });

    it('requires a signed-in user', async () => {
      const res = await gql(stack.url, 'mutation { createNote(input: { title: "x", body: "y" }) { note { id } } }');
      expect(errorCodes(res)).toContain('UNAUTHENTICATED');
      expect(errorCodes(await gql(stack.url, '{ notes { totalCount } }'))).toContain('UNAUTHENTICATED');
    });

    it('refuses an over-long title, body or bad tags, naming the field, writing nothing', async () => {
      const before = await countNotes(alice);
      const files = storedBodies().length;
      const cases: [Record<string, unknown>, string][] = [
        [{ title: 'x'.repeat(201), body: 'b' }, 'input.title'],
        [{ title: '   ', body: 'b' }, 'input.title'],
        [{ title: 't', body: 'é'.repeat(500_001) }, 'input.body'],
        [{ title: 't', body: 'b', tags: ['<script>'] }, 'input.tags'],
        [{ title: 't', body: 'b', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'input.tags'],
      ];
      for (const [input, field] of cases) {
        const { note, errors } = await createNote(stack.url, alice, input);
        expect(note).toBeNull();
        expect(errors).toEqual([expect.objectContaining({ field, code: 'BAD_USER_INPUT' })]);
      }
      expect(await countNotes(alice)).toBe(before);
      expect(storedBodies()).toHaveLength(files);
    });

    it('accepts a body of exactly 1 MB', async () => {
      const { note, errors } = await createNote(stack.url, alice, { title: 'big', body: 'a'.repeat(1_000_000) });
      expect(errors).toEqual([]);
      expect(note.size).toBe(1_000_000);
    });
  });

  describe('revisions', () => {
    it('keeps every version; restoring makes a new revision', async () => {
      const { note } = await createNote(stack.url, alice, { title: 'v1', body: 'one' });
      const update = (input: Record<string, unknown>) =>
        gql(
          stack.url,
          `mutation($id: ID!, $input: UpdateNoteInput!) { updateNote(id: $id, input: $input) { note { ${NOTE_FIELDS} } errors { field code } } }`,
          { id: note.id, input },
          { token: alice.token },
        );
      expect((await update({ body: 'two' })).body.data.updateNote.note).toMatchObject({ title: 'v1', body: 'two', revision: 2 });
      expect((await update({ title: 'v3' })).body.data.updateNote.note).toMatchObject({ title: 'v3', body: 'two', revision: 3 });
      // Tags alone make no revision.
      expect((await update({ tags: ['x'] })).body.data.updateNote.note).toMatchObject({ tags: ['x'], revision: 3 });
      expect((await update({ title: '' })).body.data.updateNote.errors).toEqual([{ field: 'input.title', code: 'BAD_USER_INPUT' }]);

      const restore = await gql(
        stack.url,
        `mutation($id: ID!) { restoreNoteRevision(id: $id, revision: 1) { note { ${NOTE_FIELDS} revisions(first: 10) { totalCount edges { node { number title body source } } } } errors { field code } } }`,
        { id: note.id },
        { token: alice.token },
      );
      const restored = restore.body.data.restoreNoteRevision.note;
      expect(restored).toMatchObject({ title: 'v1', body: 'one', revision: 4 });
      expect(restored.revisions.totalCount).toBe(4);
      expect(restored.revisions.edges.map((e: any) => e.node)).toEqual([
        { number: 4, title: 'v1', body: 'one', source: 'RESTORE' },
        { number: 3, title: 'v3', body: 'two', source: 'TEXT' },
        { number: 2, title: 'v1', body: 'two', source: 'TEXT' },
        { number: 1, title: 'v1', body: 'one', source: 'TEXT' },
      ]);

      const missing = await gql(
        stack.url,
        'mutation($id: ID!) { restoreNoteRevision(id: $id, revision: 99) { note { id } errors { field code } } }',
        { id: note.id },
        { token: alice.token },
      );
      expect(missing.body.data.restoreNoteRevision).toEqual({ note: null, errors: [{ field: 'revision', code: 'NOT_FOUND' }] });
    });

    it('lets only the owner see, change, restore or delete a note', async () => {
      const { note } = await createNote(stack.url, alice, { title: 'private', body: 'secret' });
      const seen = await gql(stack.url, 'query($id: ID!) { note(id: $id) { id } }', { id: note.id }, { token: bob.token });
      expect(seen.body.data.note).toBeNull();
      for (const mutation of [
        'mutation($id: ID!) { updateNote(id: $id, input: { body: "mine" }) { note { id } } }',
        'mutation($id: ID!) { restoreNoteRevision(id: $id, revision: 1) { note { id } } }',
        'mutation($id: ID!) { deleteNote(id: $id) { deletedId } }',
      ]) {
        expect(errorCodes(await gql(stack.url, mutation, { id: note.id }, { token: bob.token }))).toContain('FORBIDDEN');
      }
      const mine = await gql(stack.url, 'query($id: ID!) { note(id: $id) { body } }', { id: note.id }, { token: alice.token });
      expect(mine.body.data.note.body).toBe('secret');
    });

    it('deletes a note with its revisions and files', async () => {
      const { note } = await createNote(stack.url, alice, { title: 'gone', body: 'soon' });
      await gql(
        stack.url,
        'mutation($id: ID!) { updateNote(id: $id, input: { body: "later" }) { note { id } } }',
        { id: note.id },
        { token: alice.token },
      );
      expect(storedBodies().filter((f) => f.includes(note.id))).toHaveLength(2);
      const res = await gql(
        stack.url,
        'mutation($id: ID!) { deleteNote(id: $id) { deletedId errors { code } } }',
        { id: note.id },
        { token: alice.token },
      );
      expect(res.body.data.deleteNote).toEqual({ deletedId: note.id, errors: [] });
      expect(storedBodies().filter((f) => f.includes(note.id))).toHaveLength(0);
      const again = await gql(stack.url, 'query($id: ID!) { note(id: $id) { id } }', { id: note.id }, { token: alice.token });
      expect(again.body.data.note).toBeNull();
    });
  });

  describe('listing and search', () => {
    let carol: TestUser;
    beforeAll(async () => {
      carol = await signUpUser(stack.url, 'carol');
      for (const [title, body, tags] of [
        ['Groceries', 'Buy apples and café au lait', ['home']],
        ['Release plan', 'Ship the **notes** subgraph on Friday', ['work']],
        ['Retro', 'What went well: shipping. What to improve: tests', ['work', 'meetings']],
      ] as const) {
        await createNote(stack.url, carol, { title, body, tags: [...tags] });
      }
      await createNote(stack.url, bob, { title: 'Bob ships too', body: 'shipping', tags: ['work'] });
    });

    const list = (user: TestUser, args: string) =>
      gql(
        stack.url,
        `{ notes(${args}) { totalCount edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }`,
        {},
        { token: user.token },
      );

    it('is a Relay connection of the viewer own notes only, most recently changed first', async () => {
      const all = (await list(carol, 'first: 2')).body.data.notes;
      expect(all.totalCount).toBe(3);
      expect(all.edges.map((e: any) => e.node.title)).toEqual(['Retro', 'Release plan']);
      expect(all.pageInfo.hasNextPage).toBe(true);
      const next = (await list(carol, `first: 2, after: "${all.pageInfo.endCursor}"`)).body.data.notes;
      expect(next.edges.map((e: any) => e.node.title)).toEqual(['Groceries']);
      expect(next.pageInfo.hasNextPage).toBe(false);
    });

    it('searches title and body by word prefixes, accents folded, and filters by tag', async () => {
      const titles = async (args: string) => (await list(carol, args)).body.data.notes.edges.map((e: any) => e.node.title).sort();
      expect(await titles('filter: { search: "ship" }')).toEqual(['Release plan', 'Retro']);
      expect(await titles('filter: { search: "CAFE" }')).toEqual(['Groceries']);
      expect(await titles('filter: { search: "release friday" }')).toEqual(['Release plan']);
      expect(await titles('filter: { tag: "work" }')).toEqual(['Release plan', 'Retro']);
      expect(await titles('filter: { tag: "meetings", search: "improve" }')).toEqual(['Retro']);
      expect(await titles('filter: { search: "nothing-like-this" }')).toEqual([]);
    });

    it('refuses bad filters and cursors naming the field', async () => {
      const bad = async (args: string) => (await list(carol, args)).body.errors?.[0]?.extensions;
      expect(await bad('filter: { search: "" }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
      expect(await bad(`filter: { search: "${'x'.repeat(101)}" }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
      expect(await bad('filter: { tag: "%%" }')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.tag' });
      expect(await bad('after: "garbage"')).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await bad('first: 1000')).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('contributes User.notes to the viewer only', async () => {
      const me = await gql(stack.url, '{ me { email notes { totalCount } } }', {}, { token: carol.token });
      expect(me.body.data.me).toEqual({ email: carol.email, notes: { totalCount: 3 } });
    });
  });

  describe('rendering and checking', () => {
    it('renders sanitised HTML in Note.html and renderNoteMarkdown', async () => {
      const body =
        '# T\n\n<script>alert(1)</script><img src=x onerror=alert(1)> [x](javascript:alert(1)) <a href="java&#x09;script:alert(1)">y</a>';
      const { note } = await createNote(stack.url, alice, { title: 'xss', body });
      for (const html of [
        note.html,
        (await gql(stack.url, 'query($m: String!) { renderNoteMarkdown(markdown: $m) }', { m: body }, { token: alice.token })).body.data
          .renderNoteMarkdown,
      ]) {
        expect(html).toContain('<h1>T</h1>');
        expect(html).not.toMatch(/<script|\sonerror=|href="\s*javascript/i);
      }
      expect(errorCodes(await gql(stack.url, '{ renderNoteMarkdown(markdown: "x") }'))).toContain('UNAUTHENTICATED');
    });

    it('checks spelling and style offline with offsets, lengths and replacements', async () => {
      const text = 'This is is a speling test. It was written by an dog.';
      const res = await gql(
        stack.url,
        'query($t: String!) { checkNoteText(text: $t) { checker language matches { offset length message replacements rule } } }',
        { t: text },
        { token: alice.token },
      );
      const check = res.body.data.checkNoteText;
      expect(check.checker).toBe('offline');
      const byRule = (rule: string) => check.matches.find((m: any) => m.rule === rule);
      const spelling = byRule('SPELLING');
      expect(text.slice(spelling.offset, spelling.offset + spelling.length)).toBe('speling');
      expect(spelling.replacements).toContain('spelling');
      const repeated = byRule('REPEATED_WORD');
      expect(text.slice(0, repeated.offset) + repeated.replacements[0] + text.slice(repeated.offset + repeated.length)).toMatch(
        /^This is a speling/,
      );
      const article = byRule('EN_A_VS_AN');
      expect(text.slice(article.offset, article.offset + article.length)).toBe('an');
      expect(article.replacements).toEqual(['a']);
      expect(byRule('PASSIVE_VOICE')).toBeDefined();
    });

    it('refuses a check that is too long or in an unknown language', async () => {
      const q = 'query($t: String!, $l: String) { checkNoteText(text: $t, language: $l) { matches { offset } } }';
      const long = await gql(stack.url, q, { t: 'a'.repeat(20_001) }, { token: alice.token });
      expect(long.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
      const lang = await gql(stack.url, q, { t: 'Hallo', l: 'de-DE' }, { token: alice.token });
      expect(lang.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
      const bad = await gql(stack.url, q, { t: 'x', l: "en'; drop" }, { token: alice.token });
      expect(bad.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    });
  });

  describe('uploads through a signed URL', () => {
    it('saves an uploaded .md file as a new note, once', async () => {
      const { upload: target, errors } = await requestUpload(stack.url, alice, { title: 'Uploaded', tags: ['files'] });
      expect(errors).toEqual([]);
      expect(target.url).toMatch(/^\/uploads\/notes\/[0-9a-f-]{36}\?/);
      expect(target.maxBytes).toBe(1_000_000);
      const file = '\uFEFF# From a file\n\nWith ünïcode ✓\n';
      const answer = await upload(stack.url, target.url, Buffer.from(file, 'utf8'), {
        'content-type': 'text/markdown; charset=UTF-8',
        // The router drops the client's credentials: the signature alone authorises.
        authorization: `Bearer ${bob.token}`,
      });
      expect(answer.status).toBe(201);
      expect(answer.body.note).toMatchObject({ id: target.noteId, title: 'Uploaded', revision: 1, tags: ['files'] });
      const read = await gql(
        stack.url,
        `query($id: ID!) { note(id: $id) { ${NOTE_FIELDS} revisions { edges { node { source } } } } }`,
        { id: target.noteId },
        { token: alice.token },
      );
      expect(read.body.data.note).toMatchObject({ title: 'Uploaded', body: '# From a file\n\nWith ünïcode ✓\n', revision: 1 });
      expect(read.body.data.note.revisions.edges[0].node.source).toBe('UPLOAD');
      expect(read.body.data.note.html).toContain('<h1>From a file</h1>');

      const again = await upload(stack.url, target.url, 'second');
      expect(again.status).toBe(409);
      expect(again.body.errors[0].extensions.code).toBe('CONFLICT');
    });

    it('uploads a new revision of an existing note with POST and text/plain', async () => {
      const { note } = await createNote(stack.url, alice, { title: 'Draft', body: 'v1', tags: ['keep'] });
      const { upload: target } = await requestUpload(stack.url, alice, { title: 'Final', noteId: note.id });
      const answer = await upload(stack.url, target.url, 'v2 from file', { 'content-type': 'text/plain' }, 'POST');
      expect(answer.status).toBe(201);
      const read = await gql(
        stack.url,
        'query($id: ID!) { note(id: $id) { title body revision tags } }',
        { id: note.id },
        { token: alice.token },
      );
      expect(read.body.data.note).toEqual({ title: 'Final', body: 'v2 from file', revision: 2, tags: ['keep'] });
    });

    it('checks the request before issuing a URL', async () => {
      expect((await requestUpload(stack.url, alice, { title: '' })).errors).toEqual([
        expect.objectContaining({ field: 'input.title', code: 'BAD_USER_INPUT' }),
      ]);
      const { note } = await createNote(stack.url, alice, { title: 'Alice only', body: 'x' });
      const res = await gql(
        stack.url,
        'mutation($id: ID!) { requestNoteUpload(input: { title: "t", noteId: $id }) { upload { url } } }',
        { id: note.id },
        { token: bob.token },
      );
      expect(errorCodes(res)).toContain('FORBIDDEN');
      expect(errorCodes(await gql(stack.url, 'mutation { requestNoteUpload(input: { title: "t" }) { upload { url } } }'))).toContain(
        'UNAUTHENTICATED',
      );
    });

    describe('refusals, with nothing written', () => {
      let before: number;
      let files: number;
      beforeEach(async () => {
        before = await countNotes(alice);
        files = storedBodies().length;
      });
      afterEach(async () => {
        expect(await countNotes(alice)).toBe(before);
        expect(storedBodies()).toHaveLength(files);
      });

      it('403 for a tampered URL', async () => {
        const { upload: target } = await requestUpload(stack.url, alice, { title: 'Tamper' });
        const tampered = [
          target.url.replace('title=Tamper', 'title=Other'),
          target.url.replace(/sig=[^&]+/, 'sig=AAAA'),
          target.url.replace(/sig=[^&]+&?/, ''),
          target.url.replace(target.noteId, '01900000-0000-7000-8000-000000000099'),
          `${target.url}&owner=${bob.id}`,
        ];
        for (const url of tampered) {
          const answer = await upload(stack.url, url, '# hi');
          expect(answer.status).toBe(403);
          expect(answer.body.errors[0].extensions.code).toBe('FORBIDDEN');
        }
      });

      it('403 for an expired URL', async () => {
        const { upload: target } = await requestUpload(stack.url, alice, { title: 'Late' });
        clock.advance(301_000);
        const answer = await upload(stack.url, target.url, '# hi');
        expect(answer.status).toBe(403);
        expect(answer.body.errors[0].message).toMatch(/expired/);
      });

      it('415 for a wrong content type or a binary file, 400 for bytes that are not UTF-8', async () => {
        const cases: [Buffer | string, Record<string, string>, number][] = [
          ['# hi', { 'content-type': 'application/octet-stream' }, 415],
          ['# hi', { 'content-type': 'text/html' }, 415],
          ['# hi', {}, 415],
          ['# hi', { 'content-type': 'text/markdown; charset=iso-8859-1' }, 415],
          [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), { 'content-type': 'text/markdown' }, 400],
          [Buffer.from('# ok\u0000\u0001binary', 'utf8'), { 'content-type': 'text/markdown' }, 415],
          [Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a]), { 'content-type': 'text/markdown' }, 400],
          [Buffer.from([0xed, 0xa0, 0x80]), { 'content-type': 'text/markdown' }, 400],
        ];
        for (const [body, headers, status] of cases) {
          const { upload: target } = await requestUpload(stack.url, alice, { title: 'Bad file' });
          const answer = await upload(stack.url, target.url, body, headers);
          expect([answer.status, answer.body.errors?.[0]?.message]).toEqual([status, expect.any(String)]);
        }
      });

      it('413 for a 50 MB upload, refused while streaming', async () => {
        const { upload: target } = await requestUpload(stack.url, alice, { title: 'Huge' });
        const streamed = await upload(stack.url, target.url, endlessMarkdown(50 * 1024 * 1024), { 'content-type': 'text/markdown' });
        expect(streamed.status).toBe(413);
        // The answer came while the file was still being sent.
        expect(streamed.producedAtAnswer).toBeLessThan(50 * 1024 * 1024);
        expect(streamed.body.errors[0]).toMatchObject({
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
          message: expect.stringMatching(/larger than/),
        });
        const declared = await upload(stack.url, target.url, endlessMarkdown(50 * 1024 * 1024), {
          'content-type': 'text/markdown',
          'content-length': String(50 * 1024 * 1024),
        });
        expect(declared.status).toBe(413);
        // The URL still works for a file within the limit: the refusals wrote nothing.
        const fine = await upload(stack.url, target.url, Buffer.alloc(1_000_001, 'a'));
        expect(fine.status).toBe(413);
      });
    });
  });

  describe('attachments', () => {
    const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]);
    const attachmentsOf = async (user: TestUser, id: string) =>
      (
        await gql(
          stack.url,
          'query($id: ID!) { note(id: $id) { attachments { id fileName contentType size url } } }',
          { id },
          { token: user.token },
        )
      ).body.data.note.attachments;

    it('uploads a file through a signed URL and serves it as a download through another', async () => {
      const { note } = await createNote(stack.url, alice, { title: 'With a picture', body: '![diagram](diagram.png)' });
      const { upload: target, errors } = await requestAttachment(stack.url, alice, {
        noteId: note.id,
        fileName: 'diagram.png',
        contentType: 'image/png',
      });
      expect(errors).toEqual([]);
      expect(target.maxBytes).toBe(10_000_000);
      const answer = await upload(stack.url, target.url, PNG, { 'content-type': 'image/png' });
      expect(answer.status).toBe(201);
      expect(answer.body.attachment).toEqual({
        id: target.attachmentId,
        fileName: 'diagram.png',
        contentType: 'image/png',
        size: PNG.length,
      });
      expect((await upload(stack.url, target.url, PNG, { 'content-type': 'image/png' })).status).toBe(409);

      const [attachment] = await attachmentsOf(alice, note.id);
      expect(attachment).toMatchObject({ id: target.attachmentId, fileName: 'diagram.png', size: PNG.length });
      const got = await download(stack.url, attachment.url);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(PNG)).toBe(true);
      expect(got.headers.get('content-type')).toBe('image/png');
      expect(got.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''diagram.png");
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      // An upload URL does not download, a download URL does not upload, and a changed one does neither.
      expect((await download(stack.url, target.url)).status).toBe(403);
      expect((await upload(stack.url, attachment.url, PNG, { 'content-type': 'image/png' })).status).toBe(403);
      expect((await download(stack.url, attachment.url.replace(/sig=[^&]+/, 'sig=AAAA'))).status).toBe(403);
      clock.advance(3601_000);
      expect((await download(stack.url, attachment.url)).status).toBe(403);

      const removed = await gql(
        stack.url,
        'mutation($id: ID!) { deleteNoteAttachment(id: $id) { deletedId } }',
        { id: attachment.id },
        { token: bob.token },
      );
      expect(errorCodes(removed)).toContain('FORBIDDEN');
      const deleted = await gql(
        stack.url,
        'mutation($id: ID!) { deleteNoteAttachment(id: $id) { deletedId errors { code } } }',
        { id: attachment.id },
        { token: alice.token },
      );
      expect(deleted.body.data.deleteNoteAttachment).toEqual({ deletedId: attachment.id, errors: [] });
      expect(await attachmentsOf(alice, note.id)).toEqual([]);
      expect(filesUnder(join(stack.dataDir, 'storage', 'attachments')).filter((f) => f.includes(attachment.id))).toEqual([]);
    });

    it('refuses bad requests and files, keeping nothing', async () => {
      const { note } = await createNote(stack.url, alice, { title: 'Attach', body: 'x' });
      const bad = async (input: Record<string, unknown>) =>
        (await requestAttachment(stack.url, alice, { noteId: note.id, ...input })).errors;
      expect(await bad({ fileName: '../etc/passwd', contentType: 'image/png' })).toEqual([
        expect.objectContaining({ field: 'input.fileName', code: 'BAD_USER_INPUT' }),
      ]);
      expect(await bad({ fileName: 'x.html', contentType: 'text/html' })).toEqual([
        expect.objectContaining({ field: 'input.contentType', code: 'BAD_USER_INPUT' }),
      ]);
      const foreign = await gql(
        stack.url,
        'mutation($id: ID!) { requestNoteAttachmentUpload(input: { noteId: $id, fileName: "a.png", contentType: "image/png" }) { upload { url } } }',
        { id: note.id },
        { token: bob.token },
      );
      expect(errorCodes(foreign)).toContain('FORBIDDEN');

      const { upload: target } = await requestAttachment(stack.url, alice, {
        noteId: note.id,
        fileName: 'a.pdf',
        contentType: 'application/pdf',
      });
      expect((await upload(stack.url, target.url, PNG, { 'content-type': 'image/png' })).status).toBe(415);
      const huge = await upload(stack.url, target.url, endlessMarkdown(50 * 1024 * 1024), { 'content-type': 'application/pdf' });
      expect(huge.status).toBe(413);
      expect(huge.producedAtAnswer).toBeLessThan(50 * 1024 * 1024);
      expect(await attachmentsOf(alice, note.id)).toEqual([]);
      expect(filesUnder(join(stack.dataDir, 'storage', 'attachments')).filter((f) => f.includes(target.attachmentId))).toEqual([]);
      // The URL still works for a file within the limit.
      expect((await upload(stack.url, target.url, Buffer.from('%PDF-1.7\n'), { 'content-type': 'application/pdf' })).status).toBe(201);
      expect(await attachmentsOf(alice, note.id)).toHaveLength(1);
    });
  });
});
