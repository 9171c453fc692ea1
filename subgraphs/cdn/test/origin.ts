import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { disposeAfterAll } from '../../../test/helpers/stack';

/** The origin: every path answers its own body, cacheable for a minute, tagged by its first segment. */
export async function startOrigin(): Promise<{ url: string; hits: Map<string, number> }> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    res.writeHead(200, {
      'content-type': 'text/plain',
      'cache-control': 'public, max-age=60',
      'surrogate-key': `section-${path.split('/')[1] ?? ''}`,
    });
    res.end(`body of ${path} `.repeat(20));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  disposeAfterAll(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
}
