import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { DEFAULT_EMBEDDED_SANDBOX_VERSION } from '@apollo/server/plugin/landingPage/default';
import { cspHash, pageContentSecurityPolicy, type HttpRoute } from '../../kit';

/** Files of the offline explorer, from npm packages (no CDN): React, ReactDOM and GraphiQL UMD builds. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/**
 * The path of a file inside an installed package. React's `exports` map hides its `umd/` builds from
 * `require.resolve('react/umd/…')` (ERR_PACKAGE_PATH_NOT_EXPORTED), so the file is found next to the
 * package's `package.json`, which every package here exports.
 */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

const EXPLORER_STYLE = 'html, body, #explorer { height: 100%; margin: 0; }';

const EXPLORER_SCRIPT = `
    const wsUrl = location.origin.replace(/^http/, 'ws') + '/graphql';
    // Asks for @defer's parts as they come (the router's multipart format); GraphiQL merges them.
    const graphiqlFetcher = GraphiQL.createFetcher({
      url: '/graphql',
      subscriptionUrl: wsUrl,
      headers: { accept: 'multipart/mixed;deferSpec=20220824, application/json' },
    });
    // GraphiQL 3 keeps the last named operation's name when the editor then holds only other
    // operations (e.g. "query Me" replaced by "{ … }"), and would send it: the router refuses an
    // unknown operation name, and a subscription would go over HTTP. Send a name only when the
    // document has an operation of that name.
    const fetcher = (params, options) => {
      const documentAST = options && options.documentAST;
      if (!documentAST || !params.operationName) return graphiqlFetcher(params, options);
      const names = documentAST.definitions.filter((d) => d.kind === 'OperationDefinition').map((d) => d.name && d.name.value);
      const operationName = names.includes(params.operationName) ? params.operationName : undefined;
      return graphiqlFetcher({ ...params, operationName }, options);
    };
    const defaultQuery = '# Log in with the logIn mutation, then put\\n# {"Authorization": "Bearer <accessToken>"} in Headers.\\n\\nquery Me {\\n  me { id email displayName tasks(first: 10) { totalCount edges { node { title status } } } }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, isHeadersEditorEnabled: true, shouldPersistHeaders: true }),
    );
  `;

/**
 * The explorer's Content-Security-Policy: its own files and its one inline script and style (by hash),
 * GraphQL over HTTP and WebSocket to this origin, nothing else.
 */
export const EXPLORER_CSP = pageContentSecurityPolicy({
  scripts: ["'self'", cspHash(EXPLORER_SCRIPT)],
  styles: ["'self'", cspHash(EXPLORER_STYLE)],
  images: ["'self'", 'data:'],
  fonts: ["'self'", 'data:'],
  connect: ["'self'"],
});

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Hubgraph explorer</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <!-- No icon to fetch: a browser would otherwise ask for /favicon.ico and log the 404. -->
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/explorer/assets/graphiql.css">
  <style>${EXPLORER_STYLE}</style>
</head>
<body>
  <div id="explorer">Loading the explorer…</div>
  <script src="/explorer/assets/react.js"></script>
  <script src="/explorer/assets/react-dom.js"></script>
  <script src="/explorer/assets/graphiql.js"></script>
  <script>${EXPLORER_SCRIPT}</script>
</body>
</html>`;

/**
 * `/explorer`: GraphiQL served from this process, so the API can be explored without internet access
 * (Apollo Sandbox, the landing page at `/graphql`, loads from Apollo's CDN).
 */
export function explorerRoutes(): HttpRoute[] {
  const cache = new Map<string, Buffer>();
  return [
    {
      method: 'GET',
      path: '/explorer',
      handler: (_req, res) => {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-cache',
          'content-security-policy': EXPLORER_CSP,
        });
        res.end(PAGE);
      },
    },
    {
      method: 'GET',
      path: /^\/explorer\/assets\/[a-z-]+\.(js|css)$/,
      handler: (req, res) => {
        const name = (req.url ?? '').replace(/\?.*$/, '').slice('/explorer/assets/'.length);
        const asset = ASSETS[name];
        if (!asset) {
          res.writeHead(404).end();
          return;
        }
        let body = cache.get(name);
        if (!body) {
          body = readFileSync(packageFile(asset.pkg, asset.file));
          cache.set(name, body);
        }
        res.writeHead(200, {
          'content-type': `${asset.type}; charset=utf-8`,
          'cache-control': 'public, max-age=86400',
          'content-length': body.length,
        });
        res.end(body);
      },
    },
  ];
}

const SANDBOX_SCRIPT = `https://embeddable-sandbox.cdn.apollographql.com/${DEFAULT_EMBEDDED_SANDBOX_VERSION}/embeddable-sandbox.umd.production.min.js`;

const LANDING_STYLE = `
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; font: 14px/1.4 system-ui, sans-serif; }
    header { padding: 8px 16px; background: #f4f5f7; border-bottom: 1px solid #d9dce1; }
    header a { font-weight: 600; }
    #offline { display: none; padding: 16px; }
    #sandbox { flex: 1; }
    #sandbox iframe { width: 100%; height: 100%; border: 0; }
  `;

// Runs after the CDN script loaded or failed (scripts run in order), so no inline event handler is needed.
const LANDING_SCRIPT = `
    if (window.EmbeddedSandbox) {
      new window.EmbeddedSandbox({ target: '#sandbox', initialEndpoint: location.origin + location.pathname, endpointIsEditable: false });
    } else {
      document.getElementById('offline').style.display = 'block';
    }
  `;

const LANDING_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Hubgraph GraphQL API</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <style>${LANDING_STYLE}</style>
</head>
<body>
  <header>
    Hubgraph GraphQL API. Below: Apollo Sandbox, loaded from Apollo's CDN.
    Offline or behind a firewall? Use the <a id="explorer-link" href="/explorer">offline explorer at /explorer</a>
    (GraphiQL served by this router).
  </header>
  <p id="offline">Apollo Sandbox could not be loaded (no internet access?).
    <a href="/explorer">Open the offline explorer</a> instead.</p>
  <div id="sandbox"></div>
  <script src="${SANDBOX_SCRIPT}"></script>
  <script>${LANDING_SCRIPT}</script>
</body>
</html>`;

const PRODUCTION_STYLE = 'body { font: 16px/1.5 system-ui, sans-serif; max-width: 40em; margin: 4em auto; padding: 0 1em; }';

const PRODUCTION_PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Hubgraph GraphQL API</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" href="data:,">
  <style>${PRODUCTION_STYLE}</style>
</head>
<body>
  <h1>Hubgraph GraphQL API</h1>
  <p>This endpoint answers GraphQL over HTTP: send a <code>POST</code> with a JSON body
  <code>{"query": "…"}</code>, or subscribe over WebSocket (<code>graphql-transport-ws</code>) at the same path.</p>
</body>
</html>`;

/**
 * The Content-Security-Policy of the page a browser gets at `/graphql` (either mode): Apollo Sandbox's
 * script and iframe from Apollo's CDN, the page's own inline script and styles by hash, nothing else.
 */
export const LANDING_PAGE_CSP = pageContentSecurityPolicy({
  scripts: [new URL(SANDBOX_SCRIPT).origin, cspHash(LANDING_SCRIPT)],
  styles: [cspHash(LANDING_STYLE), cspHash(PRODUCTION_STYLE)],
  images: ['data:'],
  frames: ['https://sandbox.embed.apollographql.com'],
});

/** The page a browser gets at `/graphql` in production: what the endpoint is, no script, no CDN. */
export function productionLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: PRODUCTION_PAGE };
        },
      };
    },
  };
}

/**
 * The page a browser gets at `/graphql` outside production: Apollo Sandbox (from Apollo's CDN) under
 * a bar that links the offline explorer, so a machine without internet access still finds a
 * working tool instead of an empty page. Apollo's own development landing page has no such link.
 */
export function developmentLandingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: LANDING_PAGE };
        },
      };
    },
  };
}
