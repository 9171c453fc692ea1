import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HttpRoute } from '../../kit';

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
export function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Hubgraph explorer</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/explorer/assets/graphiql.css">
  <style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="explorer">Loading the explorer…</div>
  <script src="/explorer/assets/react.js"></script>
  <script src="/explorer/assets/react-dom.js"></script>
  <script src="/explorer/assets/graphiql.js"></script>
  <script>
    const wsUrl = location.origin.replace(/^http/, 'ws') + '/graphql';
    const fetcher = GraphiQL.createFetcher({ url: '/graphql', subscriptionUrl: wsUrl });
    const defaultQuery = '# Log in with the logIn mutation, then put\\n# {"Authorization": "Bearer <accessToken>"} in Headers.\\n\\nquery Me {\\n  me { id email displayName tasks(first: 10) { totalCount edges { node { title status } } } }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, isHeadersEditorEnabled: true, shouldPersistHeaders: true }),
    );
  </script>
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
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
        res.end(PAGE);
      },
    },
    {
      method: 'GET',
      path: /^\/explorer\/assets\/[a-z-]+\.(js|css)$/,
      handler: (req, res) => {
        const name = (req.url ?? '').split('?')[0].slice('/explorer/assets/'.length);
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
