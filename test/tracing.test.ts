import { createServer, type Server } from 'node:http';
import { initTracing, shutdownTracing } from '../kit';
import { flushTracing } from '../kit/src/tracing';
import { gql } from './helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from './helpers/stack';
import { eventually } from './helpers/wait';

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

/** A loopback OTLP/HTTP (JSON) collector that keeps every span it receives. */
async function startCollector(): Promise<{ url: string; spans: ExportedSpan[]; server: Server }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const parsed = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[] };
      for (const resource of parsed.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, spans, server };
}

describe('OpenTelemetry traces router → subgraphs (W3C traceparent)', () => {
  let stack: TestStack;
  let collector: Awaited<ReturnType<typeof startCollector>>;

  beforeAll(async () => {
    collector = await startCollector();
    await initTracing('hubgraph-test', collector.url);
    stack = await startTestStack({ only: ['identity', 'basics'] });
    disposeAfterAll(async () => {
      await shutdownTracing();
      await new Promise<void>((resolve) => collector.server.close(() => resolve()));
    });
  });

  it('continues the client trace in the router, the gateway fetch and the subgraph', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const clientSpan = '00f067aa0ba902b7';
    const res = await gql(
      stack.url,
      '{ counter(name: "traced") { value } }',
      {},
      {
        headers: { traceparent: `00-${traceId}-${clientSpan}-01` },
      },
    );
    expect(res.body.data.counter.value).toBe(0);
    await flushTracing();
    const spans = await eventually(() => {
      const mine = collector.spans.filter((s) => s.traceId === traceId);
      expect(mine.find((s) => s.name === 'basics POST /graphql')).toBeDefined();
      return mine;
    });
    const router = spans.find((s) => s.name === 'router POST /graphql')!;
    const subgraph = spans.find((s) => s.name === 'basics POST /graphql')!;
    expect(router.parentSpanId).toBe(clientSpan);
    // The subgraph's span hangs under a span of the router's (its own or the gateway's fetch span).
    const routerSide = new Set(spans.filter((s) => s !== subgraph).map((s) => s.spanId));
    expect(routerSide.has(subgraph.parentSpanId!)).toBe(true);
    expect(spans.length).toBeGreaterThanOrEqual(3);
  });
});
