import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startFakeS3, type FakeS3 } from '../../../test/helpers/fake-s3';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { notes as notesDefinition } from '../index';
import { createNote, download, NOTE_FIELDS, requestAttachment, requestUpload, upload } from './helpers';

describe('notes with bodies in S3 (and demo data)', () => {
  let s3: FakeS3;
  let stack: TestStack;
  let user: TestUser;

  beforeAll(async () => {
    s3 = await startFakeS3({ bucket: 'hub-notes' });
    stack = await startTestStack({
      only: ['identity', 'notes'],
      env: {
        SEED_DEMO_DATA: 'true',
        STORAGE_URL: 's3://hub-notes/bodies',
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      },
    });
    user = await signUpUser(stack.url, 's3user');
  });
  afterAll(() => s3.close());

  const objectsOf = (noteId: string) => [...s3.objects.keys()].filter((k) => k.includes(noteId));

  it('keeps every revision body as an object and reads it back', async () => {
    const { note } = await createNote(stack.url, user, { title: 'In S3', body: '# one' });
    expect(objectsOf(note.id)).toEqual([expect.stringMatching(new RegExp(`^bodies/notes/${user.id}/${note.id}/[0-9a-f-]+\\.md$`))]);
    expect(s3.objects.get(objectsOf(note.id)[0]!)!.body.toString()).toBe('# one');
    await gql(
      stack.url,
      'mutation($id: ID!) { updateNote(id: $id, input: { body: "# two" }) { note { id } } }',
      { id: note.id },
      { token: user.token },
    );
    const restored = await gql(
      stack.url,
      `mutation($id: ID!) { restoreNoteRevision(id: $id, revision: 1) { note { ${NOTE_FIELDS} } } }`,
      { id: note.id },
      { token: user.token },
    );
    expect(restored.body.data.restoreNoteRevision.note).toMatchObject({ body: '# one', revision: 3 });
    // A restore points at the earlier object; it writes none.
    expect(objectsOf(note.id)).toHaveLength(2);
    const search = await gql(stack.url, '{ notes(filter: { search: "one" }) { totalCount } }', {}, { token: user.token });
    expect(search.body.data.notes.totalCount).toBe(1);
  });

  it('stores an uploaded file and removes every object of a deleted note', async () => {
    const { upload: target } = await requestUpload(stack.url, user, { title: 'Uploaded to S3' });
    const answer = await upload(stack.url, target.url, '# from a file');
    expect(answer.status).toBe(201);
    expect(objectsOf(target.noteId)).toHaveLength(1);
    const read = await gql(stack.url, 'query($id: ID!) { note(id: $id) { body html } }', { id: target.noteId }, { token: user.token });
    expect(read.body.data.note).toEqual({ body: '# from a file', html: '<h1>from a file</h1>\n' });
    // An attachment goes to S3 too, and comes back through its download URL.
    const { upload: attach } = await requestAttachment(stack.url, user, {
      noteId: target.noteId,
      fileName: 'data.csv',
      contentType: 'text/csv',
    });
    expect((await upload(stack.url, attach.url, 'a,b\n1,2\n', { 'content-type': 'text/csv' })).status).toBe(201);
    expect(objectsOf(target.noteId)).toHaveLength(2);
    const listed = await gql(
      stack.url,
      'query($id: ID!) { note(id: $id) { attachments { url } } }',
      { id: target.noteId },
      { token: user.token },
    );
    const got = await download(stack.url, listed.body.data.note.attachments[0].url);
    expect([got.status, got.bytes.toString()]).toEqual([200, 'a,b\n1,2\n']);
    const deleted = await gql(
      stack.url,
      'mutation($id: ID!) { deleteNote(id: $id) { deletedId } }',
      { id: target.noteId },
      { token: user.token },
    );
    expect(deleted.body.data.deleteNote.deletedId).toBe(target.noteId);
    expect(objectsOf(target.noteId)).toEqual([]);
  });

  it('writes no object for a refused save', async () => {
    const count = s3.objects.size;
    const { errors } = await createNote(stack.url, user, { title: 'x'.repeat(201), body: 'b' });
    expect(errors[0]).toMatchObject({ field: 'input.title', code: 'BAD_USER_INPUT' });
    const { upload: target } = await requestUpload(stack.url, user, { title: 'bad' });
    expect((await upload(stack.url, target.url, Buffer.from([0xff, 0xfe, 0x00]))).status).toBe(400);
    expect(s3.objects.size).toBe(count);
  });

  it('keeps one of two racing changes, with no half-written revision or stray object', async () => {
    const { note } = await createNote(stack.url, user, { title: 'Race', body: 'start' });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        gql(
          stack.url,
          'mutation($id: ID!, $b: String!) { updateNote(id: $id, input: { body: $b }) { note { revision } errors { code } } }',
          { id: note.id, b: `racer ${i}` },
          { token: user.token },
        ),
      ),
    );
    const payloads = answers.map((a) => a.body.data.updateNote);
    const won = payloads.filter((p) => p.errors.length === 0);
    expect(won.length).toBeGreaterThanOrEqual(1);
    for (const p of payloads.filter((x) => x.errors.length)) expect(p).toEqual({ note: null, errors: [{ code: 'CONFLICT' }] });
    const read = await gql(
      stack.url,
      'query($id: ID!) { note(id: $id) { revision body revisions { totalCount } } }',
      { id: note.id },
      { token: user.token },
    );
    const final = read.body.data.note;
    expect(final.revisions.totalCount).toBe(final.revision);
    expect(final.revision).toBe(1 + won.length);
    expect(final.body).toMatch(/^racer \d$/);
    // Every object belongs to a revision: the losers' objects were removed.
    expect(objectsOf(note.id)).toHaveLength(final.revision);
  });

  it("seeds the demo user's notes once (SEED_DEMO_DATA=true)", async () => {
    const login = await gql(
      stack.url,
      'mutation { logIn(input: { email: "demo@hubgraph.dev", password: "hubgraph-demo" }) { accessToken } }',
    );
    const token = login.body.data.logIn.accessToken;
    const list = await gql(
      stack.url,
      '{ notes(filter: { search: "welcome" }) { totalCount edges { node { title html } } } }',
      {},
      { token },
    );
    expect(list.body.data.notes.totalCount).toBe(1);
    expect(list.body.data.notes.edges[0].node.html).toContain('<h1>Welcome</h1>');
    // Seeding again (as every start with SEED_DEMO_DATA does) adds nothing.
    const running = stack.subgraphs.find((s) => s.name === 'notes')!;
    await notesDefinition.seed!(running.orm.em.fork(), running as never);
    const again = await gql(stack.url, '{ notes { totalCount } }', {}, { token });
    expect(again.body.data.notes.totalCount).toBe(3);
  });
});
