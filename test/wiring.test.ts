import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse, print, type DocumentNode } from 'graphql';
import YAML from 'yaml';
import { forwardedFor, publicPathTable, readBody, repoRoot, sendJson, type AnySubgraphDefinition, type SubgraphDefinition } from '../kit';
import { SHARED_SDL_FILE, joinSharedSdl, readSubgraphSdl } from '../kit/src/sdl';
import { composeSupergraph } from '../scripts/lib/compose';
import { WIRED_FILES, renderWiring, type WiredFile } from '../scripts/lib/wiring';
import { basics } from '../subgraphs/basics';
import { subgraphs } from '../subgraphs';
import { gql } from './helpers/graphql';
import { startTestStack } from './helpers/stack';

/**
 * "A subgraph is one folder plus one line": a throwaway subgraph folder (in a temporary directory, with
 * a copy of the shared SDL) and one line added to the registry go through wiring, codegen, composition,
 * start and the router, with nothing written into the repository.
 */

const SCRATCH_SDL = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable"])

"""A throwaway note."""
type ScratchNote {
  id: ID!
  text: String!
  createdAt: DateTime!
}

"""What addScratchNote returns."""
type AddScratchNotePayload {
  note: ScratchNote
  errors: [UserError!]!
}

type Query {
  scratchNotes: [ScratchNote!]!
}

type Mutation {
  addScratchNote(text: String!): AddScratchNotePayload!
}
`;

const committed = () =>
  Object.fromEntries(WIRED_FILES.map((f) => [f, readFileSync(join(repoRoot, f), 'utf8')])) as Record<WiredFile, string>;

describe('wiring from subgraphs/index.ts', () => {
  let root: string;
  let scratch: SubgraphDefinition;
  let registry: AnySubgraphDefinition[];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hubgraph-wiring-'));
    mkdirSync(join(root, 'kit', 'schema'), { recursive: true });
    copyFileSync(join(repoRoot, SHARED_SDL_FILE), join(root, SHARED_SDL_FILE));
    mkdirSync(join(root, 'subgraphs', 'scratch'), { recursive: true });
    writeFileSync(join(root, 'subgraphs', 'scratch', 'schema.graphql'), SCRATCH_SDL);
    const notes: { id: string; text: string; createdAt: Date }[] = [];
    scratch = {
      name: 'scratch',
      defaultPort: 4099,
      wiring: {
        summary: 'throwaway notes',
        catalogue: '—',
        codegen: { contextType: '../context#ScratchContext', mappers: {} },
        publicPaths: ['/scratch/'],
      },
      // A public path: the router proxies /scratch/… here; the answer echoes what arrived.
      routes: () => [
        {
          method: 'GET',
          path: /^\/scratch\//,
          handler: (req, res) => {
            if (req.url?.startsWith('/scratch/teapot')) {
              res.writeHead(418, { 'content-type': 'text/plain', 'x-scratch': 'yes' }).end('short and stout');
              return;
            }
            sendJson(res, 200, { url: req.url, method: req.method, headers: req.headers, client: forwardedFor(req) });
          },
        },
        {
          method: 'PUT',
          path: /^\/scratch\//,
          handler: async (req, res) => {
            // Refuses a declared-too-large body at once, without reading it (as an upload limit does).
            if (req.url?.startsWith('/scratch/refuse')) return sendJson(res, 413, { refused: req.headers['content-length'] });
            sendJson(res, 201, { received: (await readBody(req, 1_000_000)).length });
          },
        },
      ],
      typeDefs: readSubgraphSdl(root, 'scratch'),
      resolvers: {
        Query: { scratchNotes: () => notes },
        Mutation: {
          addScratchNote: (_: unknown, { text }: { text: string }) => {
            if (!text.trim()) return { note: null, errors: [{ field: 'text', message: 'Write something.', code: 'BAD_USER_INPUT' }] };
            const note = { id: String(notes.length + 1), text, createdAt: new Date() };
            notes.push(note);
            return { note, errors: [] };
          },
        },
      },
      // Borrowed tables: the wiring, not the storage, is under test (the database is scratch's own).
      entities: basics.entities,
      migrations: basics.migrations,
      loaders: () => ({}),
    };
    registry = [...subgraphs, scratch]; // the one line
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the committed files are what the registry makes', () => {
    const files = committed();
    const wired = renderWiring(subgraphs, files);
    expect(WIRED_FILES.filter((f) => wired[f] !== files[f])).toEqual([]);
  });

  it('joins only the shared types a subgraph uses, and refuses a redeclared one', () => {
    const names = (doc: DocumentNode) => doc.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : []));
    expect(names(basics.typeDefs)).toContain('DateTime');
    expect(names(basics.typeDefs)).not.toContain('UserError');
    // UserError brings ErrorCode along, though the subgraph never names ErrorCode itself.
    expect(names(scratch.typeDefs)).toEqual(expect.arrayContaining(['DateTime', 'UserError', 'ErrorCode']));
    expect(names(scratch.typeDefs)).not.toContain('PageInfo');
    const shared = parse(readFileSync(join(repoRoot, SHARED_SDL_FILE), 'utf8'));
    expect(() => joinSharedSdl(parse(`${SCRATCH_SDL}\nscalar DateTime`), shared, 'scratch')).toThrow(
      'scratch declares DateTime, which kit/schema/common.graphql provides',
    );
  });

  it('generates codegen, docker-compose, Dockerfile and README entries for a new subgraph', () => {
    const wired = renderWiring(registry, committed());
    const codegen = YAML.parse(wired['codegen.yml'], { merge: true });
    expect(codegen.generates['subgraphs/scratch/src/generated/resolvers.ts']).toMatchObject({
      schema: [SHARED_SDL_FILE, 'subgraphs/scratch/schema.graphql'],
      config: { federation: true, contextType: '../context#ScratchContext' },
    });
    const compose = YAML.parse(wired['docker-compose.yml'], { merge: true });
    expect(compose.services.scratch).toMatchObject({
      image: 'hubgraph:local',
      pull_policy: 'never',
      command: ['node', 'dist/scripts/serve.js', 'scratch'],
      ports: ['127.0.0.1:4099:4099'],
      environment: { NODE_ENV: '${NODE_ENV:-production}', MYSQL_URL: 'mysql://root@mariadb:3306' },
      depends_on: { mariadb: { condition: 'service_healthy' } },
    });
    expect(compose.services.scratch.build).toBeUndefined();
    expect(compose.services.scratch.healthcheck.test.join(' ')).toContain('http://127.0.0.1:4099/ready');
    expect(compose.services.router.environment.SUBGRAPH_URL_SCRATCH).toBe('http://scratch:4099/graphql');
    expect(compose.services.router.depends_on.scratch).toEqual({ condition: 'service_healthy' });
    // identity keeps its own settings through its hand-written environment block.
    expect(compose.services.identity.environment).toMatchObject({ SMTP_URL: '${SMTP_URL:-}', NODE_ENV: '${NODE_ENV:-production}' });
    expect(wired.Dockerfile).toMatch(/^EXPOSE 4000 4001 .* 4008( \d+)* 4099$/m);
    expect(wired['README.md']).toContain('| scratch | 4099 | throwaway notes | — |');
    expect(wired['README.md']).toContain('| router | 4000 |');
    expect(JSON.parse(wired['router/public-paths.json'])).toMatchObject({ '/scratch/': 'scratch' });
  });

  it("refuses a public path that is malformed, the router's own, or another subgraph's", () => {
    const withPaths = (...publicPaths: string[]) => [...subgraphs, { ...scratch, wiring: { ...scratch.wiring!, publicPaths } }];
    expect(() => publicPathTable(withPaths('/s'))).toThrow('public path "/s" must look like "/name/"');
    expect(() => publicPathTable(withPaths('/Shout/'))).toThrow('must look like');
    expect(() => publicPathTable(withPaths('/graphql/'))).toThrow("overlaps the router's own /graphql");
    expect(() => publicPathTable(withPaths('/auth/'))).toThrow("overlaps the router's own /auth/");
    expect(() => publicPathTable(withPaths('/scratch/', '/scratch/deep/'))).toThrow('overlaps /scratch/ of scratch');
    expect(publicPathTable(withPaths('/a/', '/ab/'))).toEqual(expect.objectContaining({ '/a/': 'scratch', '/ab/': 'scratch' }));
  });

  it('refuses a port that another subgraph or the router has', () => {
    expect(() => renderWiring([...subgraphs, { ...scratch, defaultPort: 4002 }], committed())).toThrow('port 4002 is taken by work');
    expect(() => renderWiring([...subgraphs, { name: 'bare', defaultPort: 4098 }], committed())).toThrow(
      'subgraph bare declares no `wiring`',
    );
  });

  it('codegen types the new subgraph with the shared SDL joined', async () => {
    // The codegen CLI (ESM inside) runs as a process, on the generated codegen.yml narrowed to the new entry.
    const entry = 'subgraphs/scratch/src/generated/resolvers.ts';
    const config = YAML.parse(renderWiring(registry, committed())['codegen.yml'], { merge: true });
    writeFileSync(join(root, 'codegen.json'), JSON.stringify({ ...config, generates: { [entry]: config.generates[entry] } }));
    // codegen resolves its plugins from the working directory (the link goes with the folder).
    symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
    const cli = join(repoRoot, 'node_modules', '.bin', 'graphql-codegen');
    await promisify(execFile)(cli, ['--config', 'codegen.json', '--silent'], { cwd: root });
    const content = readFileSync(join(root, entry), 'utf8');
    expect(content).toContain("import type { ScratchContext } from '../context';");
    expect(content).toMatch(/export type AddScratchNotePayload = \{[^}]*errors: Array<UserError>;/);
    expect(content).toContain('export type ErrorCode =');
    expect(content).toContain('export type ScratchNoteResolvers<');
  }, 60_000);

  it('composes, starts and answers through the router', async () => {
    const composition = composeSupergraph(registry);
    if (!composition.ok) throw new Error(composition.errors.join('\n'));
    expect(composition.supergraphSdl).toContain('SCRATCH @join__graph(name: "scratch", url: "http://127.0.0.1:4099/graphql")');
    expect(composition.apiSdl).toContain('scratchNotes: [ScratchNote!]!');
    const supergraphPath = join(root, 'supergraph.graphql');
    writeFileSync(supergraphPath, composition.supergraphSdl);

    const stack = await startTestStack({ registry, only: ['identity', 'scratch'], env: { SUPERGRAPH_PATH: supergraphPath } });
    try {
      const added = await gql(
        stack.url,
        'mutation($t: String!) { addScratchNote(text: $t) { note { id text createdAt } errors { code } } }',
        { t: 'hello' },
      );
      expect(added.body.errors).toBeUndefined();
      expect(added.body.data.addScratchNote).toMatchObject({ note: { id: '1', text: 'hello' }, errors: [] });
      const refused = await gql(stack.url, 'mutation { addScratchNote(text: " ") { note { id } errors { field code message } } }');
      expect(refused.body.data.addScratchNote).toEqual({
        note: null,
        errors: [{ field: 'text', code: 'BAD_USER_INPUT', message: 'Write something.' }],
      });
      const listed = await gql(stack.url, '{ scratchNotes { text } }');
      expect(listed.body.data).toEqual({ scratchNotes: [{ text: 'hello' }] });

      // The public path reaches the subgraph with the path and query as sent, the client's address in
      // X-Forwarded-For (not the one it forged), and none of its credentials.
      const origin = new URL(stack.url).origin;
      const echoed = await fetch(`${origin}/scratch/hello?x=1&y=%C3%A9`, {
        headers: {
          authorization: 'Bearer forged',
          cookie: 'sid=1',
          'x-forwarded-for': '6.6.6.6',
          'x-hubgraph-auth': 'forged',
          'x-custom': 'kept',
        },
      });
      expect(echoed.status).toBe(200);
      const seen = (await echoed.json()) as { url: string; method: string; headers: Record<string, string>; client: string };
      expect(seen).toMatchObject({ url: '/scratch/hello?x=1&y=%C3%A9', method: 'GET', client: '127.0.0.1' });
      expect(seen.headers['x-custom']).toBe('kept');
      expect(seen.headers['x-forwarded-host']).toBe(new URL(stack.url).host);
      for (const dropped of ['authorization', 'cookie', 'x-hubgraph-auth']) expect(seen.headers[dropped]).toBeUndefined();
      // Status, headers and body come back as the subgraph sent them; a body goes up streamed.
      const teapot = await fetch(`${origin}/scratch/teapot`);
      expect([teapot.status, teapot.headers.get('x-scratch'), await teapot.text()]).toEqual([418, 'yes', 'short and stout']);
      const head = await fetch(`${origin}/scratch/teapot`, { method: 'HEAD' });
      expect([head.status, head.headers.get('x-scratch')]).toEqual([418, 'yes']);
      const put = await fetch(`${origin}/scratch/upload`, { method: 'PUT', body: 'x'.repeat(300_000) });
      expect([put.status, await put.json()]).toEqual([201, { received: 300_000 }]);
      // A subgraph answering before it read the body: the client gets the answer, and the next
      // requests are not stuck behind the unread body on a reused upstream connection.
      for (let i = 0; i < 3; i++) {
        // The client may see the 413 or, still sending, a reset connection; either way nothing hangs.
        const refused = await fetch(`${origin}/scratch/refuse`, { method: 'PUT', body: 'y'.repeat(5_000_000) }).catch(() => null);
        if (refused) expect(refused.status).toBe(413);
        const after = await fetch(`${origin}/scratch/upload`, { method: 'PUT', body: 'z'.repeat(1000), signal: AbortSignal.timeout(5000) });
        expect([after.status, await after.json()]).toEqual([201, { received: 1000 }]);
      }
      // Outside the table the router answers itself.
      expect((await fetch(`${origin}/scratchy/hello`)).status).toBe(404);

      // With the subgraph gone, the router answers 502 in GraphQL's error shape, and stays up.
      await stack.subgraphs.find((s) => s.name === 'scratch')!.stop();
      const gone = await fetch(`${origin}/scratch/hello`);
      expect(gone.status).toBe(502);
      expect(await gone.json()).toMatchObject({ errors: [{ extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] });
      expect((await fetch(`${origin}/health`)).status).toBe(200);
    } finally {
      await stack.stop();
    }
  }, 180_000); // 22 subgraphs migrate fresh schemas on MariaDB before the router starts

  it('prints a joined schema a reader can follow: the link first, shared types next', () => {
    const printed = print(scratch.typeDefs);
    expect(printed.indexOf('@link')).toBeLessThan(printed.indexOf('scalar DateTime'));
    expect(printed.indexOf('scalar DateTime')).toBeLessThan(printed.indexOf('type ScratchNote'));
  });
});
