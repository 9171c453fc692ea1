import { SHARED_SDL_FILE, subgraphSdlFile } from '../../kit/src/sdl';
import { publicPathTable, type SubgraphWiring } from '../../kit/src/wiring';

/** The files whose subgraph sections `npm run wiring` writes, relative to the repository root. */
export const WIRED_FILES = ['codegen.yml', 'docker-compose.yml', 'Dockerfile', 'README.md', 'router/public-paths.json'] as const;
export type WiredFile = (typeof WIRED_FILES)[number];

/** What the generator reads of a subgraph definition. */
export interface WiredSubgraph {
  name: string;
  defaultPort: number;
  wiring?: SubgraphWiring;
}

const ROUTER_PORT = 4000;

/**
 * Replaces what lies between `BEGIN <region>` and `END <region>` marker lines (comments in the file's
 * own syntax, at any indentation) with `body`; the markers stay, so the hand-written rest of the file
 * is never touched.
 */
function replaceRegion(file: string, text: string, region: string, body: string[]): string {
  const lines = text.split('\n');
  const begin = lines.findIndex((l) => new RegExp(`^\\s*(#|<!--) BEGIN ${region}\\b`).test(l));
  const end = lines.findIndex((l, i) => i > begin && new RegExp(`^\\s*(#|<!--) END ${region}\\b`).test(l));
  if (begin < 0 || end < 0) throw new Error(`${file}: the markers "BEGIN ${region}" … "END ${region}" are missing.`);
  return [...lines.slice(0, begin + 1), ...body, ...lines.slice(end)].join('\n');
}

function wiringOf(s: WiredSubgraph): SubgraphWiring {
  if (!s.wiring) throw new Error(`subgraph ${s.name} declares no \`wiring\` in its definition (summary, catalogue, codegen).`);
  return s.wiring;
}

const quoted = (value: string) => JSON.stringify(value);

function codegenEntries(subgraphs: readonly WiredSubgraph[]): string[] {
  return subgraphs.flatMap((s) => {
    const { codegen } = wiringOf(s);
    const mappers = Object.entries(codegen.mappers ?? {});
    return [
      `  subgraphs/${s.name}/src/generated/resolvers.ts:`,
      `    schema: [${SHARED_SDL_FILE}, ${subgraphSdlFile(s.name)}]`,
      '    plugins: [typescript, typescript-resolvers]',
      '    config:',
      '      <<: *resolvers',
      `      contextType: ${quoted(codegen.contextType)}`,
      ...(mappers.length ? ['      mappers:', ...mappers.map(([type, target]) => `        ${type}: ${quoted(target)}`)] : []),
    ];
  });
}

/**
 * A subgraph's own settings live in a hand-written `x-<name>-environment: &<name>-environment` block,
 * and its volumes (files it keeps, e.g. media's originals) in an `x-<name>-volumes: &<name>-volumes` list.
 */
function composeServices(subgraphs: readonly WiredSubgraph[], compose: string): string[] {
  return subgraphs.flatMap((s) => {
    const own = compose.includes(`&${s.name}-environment`);
    const volumes = compose.includes(`&${s.name}-volumes`);
    const ready = `fetch('http://127.0.0.1:${s.defaultPort}/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`;
    return [
      `  ${s.name}:`,
      '    <<: *hubgraph',
      `    command: ["node", "dist/scripts/serve.js", ${quoted(s.name)}]`,
      '    environment:',
      own ? `      <<: [*environment, *${s.name}-environment]` : '      <<: *environment',
      ...(volumes ? [`    volumes: *${s.name}-volumes`] : []),
      '    ports:',
      `      - "127.0.0.1:${s.defaultPort}:${s.defaultPort}"`,
      '    depends_on: *subgraph-depends',
      '    healthcheck:',
      `      test: ["CMD", "node", "-e", ${quoted(ready)}]`,
      '      interval: 5s',
      '      timeout: 3s',
      '      retries: 20',
      '      start_period: 20s',
      '',
    ];
  });
}

function readmeTable(subgraphs: readonly WiredSubgraph[], current: string[]): string[] {
  // The header and the router's row are hand-written; every subgraph's row is generated.
  const tableStart = current.findIndex((l) => l.startsWith('| part |'));
  if (tableStart < 0) throw new Error('README.md: the subgraph table has no "| part |" header.');
  const kept = current.slice(tableStart, tableStart + 2).concat(current.filter((l) => l.startsWith('| router |')));
  return [
    '',
    ...kept,
    ...subgraphs.map((s) => {
      const { summary, catalogue } = wiringOf(s);
      return `| ${s.name} | ${s.defaultPort} | ${summary} | ${catalogue} |`;
    }),
    '',
  ];
}

function regionLines(text: string, region: string): string[] {
  const lines = text.split('\n');
  const begin = lines.findIndex((l) => l.includes(`BEGIN ${region}`));
  const end = lines.findIndex((l, i) => i > begin && l.includes(`END ${region}`));
  return begin < 0 || end < 0 ? [] : lines.slice(begin + 1, end);
}

/**
 * The wired files as subgraphs/index.ts makes them: each file's text with its generated regions
 * rewritten from `subgraphs` (in their start order).
 */
export function renderWiring(subgraphs: readonly WiredSubgraph[], files: Record<WiredFile, string>): Record<WiredFile, string> {
  const ports = new Map<number, string>();
  for (const s of subgraphs) {
    const clash = ports.get(s.defaultPort);
    if (clash || s.defaultPort === ROUTER_PORT)
      throw new Error(`subgraph ${s.name}: port ${s.defaultPort} is taken by ${clash ?? 'the router'}.`);
    ports.set(s.defaultPort, s.name);
  }
  const compose = files['docker-compose.yml'];
  let composed = replaceRegion('docker-compose.yml', compose, 'subgraph-services', composeServices(subgraphs, compose));
  composed = replaceRegion(
    'docker-compose.yml',
    composed,
    'subgraph-urls',
    subgraphs.map((s) => `      SUBGRAPH_URL_${s.name.toUpperCase()}: http://${s.name}:${s.defaultPort}/graphql`),
  );
  composed = replaceRegion(
    'docker-compose.yml',
    composed,
    'subgraph-health',
    subgraphs.flatMap((s) => [`      ${s.name}:`, '        condition: service_healthy']),
  );
  return {
    'codegen.yml': replaceRegion('codegen.yml', files['codegen.yml'], 'subgraphs', codegenEntries(subgraphs)),
    'docker-compose.yml': composed,
    Dockerfile: replaceRegion('Dockerfile', files.Dockerfile, 'ports', [
      `EXPOSE ${[ROUTER_PORT, ...subgraphs.map((s) => s.defaultPort)].join(' ')}`,
    ]),
    'README.md': replaceRegion(
      'README.md',
      files['README.md'],
      'subgraph-table',
      readmeTable(subgraphs, regionLines(files['README.md'], 'subgraph-table')),
    ),
    'router/public-paths.json': `${JSON.stringify(publicPathTable(subgraphs), null, 2)}\n`,
  };
}
