import type { IncomingHttpHeaders } from 'node:http';
import { SpanKind, SpanStatusCode, context, propagation, trace, type Attributes } from '@opentelemetry/api';
import { ExportResultCode, W3CTraceContextPropagator, type ExportResult } from '@opentelemetry/core';
import type { NodeTracerProvider, ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-node';

const tracer = trace.getTracer('hubgraph');

/**
 * OTLP/HTTP with JSON bodies to `<endpoint>/v1/traces`, over Node's fetch. (The upstream exporter
 * package loads its transport with a dynamic import, which test runners without ESM support reject.)
 */
class OtlpJsonExporter implements SpanExporter {
  private readonly pending = new Set<Promise<void>>();
  constructor(
    private readonly url: string,
    private readonly serialize: (spans: ReadableSpan[]) => Uint8Array | undefined,
  ) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    const body = this.serialize(spans);
    const sent = fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body ? Buffer.from(body) : '{}',
      signal: AbortSignal.timeout(10_000),
    })
      .then((res) => done({ code: res.ok ? ExportResultCode.SUCCESS : ExportResultCode.FAILED }))
      .catch((error: Error) => done({ code: ExportResultCode.FAILED, error }));
    this.pending.add(sent);
    void sent.finally(() => this.pending.delete(sent));
  }

  async forceFlush(): Promise<void> {
    await Promise.all(this.pending);
  }

  async shutdown(): Promise<void> {
    await this.forceFlush();
  }
}
let provider: NodeTracerProvider | undefined;

/**
 * Sets up OpenTelemetry for this process, once: the W3C `traceparent` propagator, and span export
 * over OTLP/HTTP when `endpoint` (OTEL_EXPORTER_OTLP_ENDPOINT, e.g. http://collector:4318) is set.
 * The gateway's own spans (plan, execute, fetch) join the same traces. Without an endpoint no
 * provider or context manager is registered, so no trace context is carried (the OpenTelemetry API's
 * no-op context does not hold one) and {@link traceRequest} skips the work. The tracing SDK and the
 * OTLP serializer (~240 modules) are loaded only when there is an endpoint, as the S3 client is
 * (kit/src/storage.ts): every process imports the kit.
 */
export async function initTracing(serviceName: string, endpoint: string | undefined): Promise<void> {
  if (provider) return;
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  if (!endpoint) return;
  const [{ JsonTraceSerializer }, { resourceFromAttributes }, { BatchSpanProcessor, NodeTracerProvider }] = await Promise.all([
    import('@opentelemetry/otlp-transformer'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-node'),
  ]);
  if (provider) return;
  const exporter = new OtlpJsonExporter(`${endpoint.replace(/\/$/, '')}/v1/traces`, (spans) => JsonTraceSerializer.serializeRequest(spans));
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 500 })],
  });
  provider.register();
}

/** Sends buffered spans and stops exporting (process shutdown, tests). */
export async function shutdownTracing(): Promise<void> {
  const current = provider;
  provider = undefined;
  await current?.shutdown();
}

/** Exports what is buffered now. */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

/**
 * Runs `work` inside a SERVER span that continues the caller's trace (`traceparent` in `headers`).
 * Spans started inside — the gateway's, a data source's outgoing `traceparent` — are its children.
 */
export async function traceRequest<T>(
  name: string,
  headers: IncomingHttpHeaders,
  attributes: Attributes,
  work: () => Promise<T>,
): Promise<T> {
  // Without an exporter nothing records spans and no context manager carries them: extracting,
  // starting a no-op span and entering its context would be pure cost on every request.
  if (!provider) return work();
  const parent = propagation.extract(context.active(), headers);
  const span = tracer.startSpan(name, { kind: SpanKind.SERVER, attributes }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), work);
  } catch (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

/** Writes the active trace context (`traceparent`, `tracestate`) into outgoing request headers. */
export function injectTraceContext(set: (name: string, value: string) => void): void {
  if (!provider) return; // no active span to propagate (see traceRequest)
  propagation.inject(context.active(), {}, { set: (_carrier, key, value) => set(key, value) });
}

/** The id of the active trace, for log lines. */
export function activeTraceId(): string | undefined {
  const id = trace.getSpanContext(context.active())?.traceId;
  return id && id !== '00000000000000000000000000000000' ? id : undefined;
}
