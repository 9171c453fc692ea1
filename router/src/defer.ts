import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLExperimentalFormattedIncrementalDeferResultAlpha2,
  type GraphQLExperimentalFormattedSubsequentIncrementalExecutionResultAlpha2,
  type GraphQLRequestContextResponseForOperation,
  type GraphQLRequestListener,
} from '@apollo/server';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { DeferNode, PlanNode, QueryPlan } from '@apollo/query-planner';
import { buildOperationContext, executeQueryPlan, type ApolloGateway, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import { context as otelContext } from '@opentelemetry/api';
import {
  GraphQLError,
  Kind,
  parse,
  print,
  visit,
  extendSchema,
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { checkScalarInputs, errorTracker, type Logger } from '../../kit';
import type { RouterContext } from './context';
import { compileSupergraph, type CompiledSupergraph } from './gateway';
import { MAX_ERRORS_PER_RESPONSE, MAX_ERROR_MESSAGE_LENGTH, clip } from './limits';

/** More deferred fragments than this in one operation are refused (each is a plan phase of its own). */
export const MAX_DEFERRED_FRAGMENTS = 32;

/** Labels the router gives fragments the client left unlabelled (never shown to the client). */
const INTERNAL_LABEL_PREFIX = '__hubgraph_defer_';

/** Plans kept per operation text (least recently planned dropped first). */
const PLAN_CACHE_SIZE = 200;

type Formatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
type DeferPayload = GraphQLExperimentalFormattedSubsequentIncrementalExecutionResultAlpha2;
type DeferEntry = GraphQLExperimentalFormattedIncrementalDeferResultAlpha2;
type ResponsePath = (string | number)[];

export interface DeferOptions {
  supergraphSdl: string;
  /** The gateway's data sources (gateway.ts): every deferred fetch goes through the same breaker, signer and client. */
  dataSources: Map<string, GraphQLDataSource<RouterContext>>;
  /** The router's error formatter (what Apollo Server applies to single answers). */
  formatError: Formatter;
  log: Logger;
}

const DEFER_DIRECTIVE = parse(`
  "Delivers the fragment's fields in a later part of a multipart answer (incremental delivery)."
  directive @defer(
    "Defer only when true."
    if: Boolean! = true
    "Names the part that carries the fragment."
    label: String
  ) on FRAGMENT_SPREAD | INLINE_FRAGMENT
`);

/**
 * The gateway as Apollo Server sees it, with `@defer` declared in its API schema. @apollo/gateway
 * builds the API schema without it (its executor cannot defer), so Apollo Server's validation would
 * refuse every @defer as an unknown directive; its planner already accepts @defer (inlining it when
 * defer is off, as it is for the gateway's own plans). The schema keeps the router's scalar checks.
 */
export function withDeferDirective(gateway: ApolloGateway): Pick<ApolloGateway, 'onSchemaLoadOrUpdate' | 'load' | 'stop'> {
  const extended = new WeakMap<GraphQLSchema, GraphQLSchema>();
  const withDefer = (schema: GraphQLSchema) => {
    let result = extended.get(schema);
    if (!result) {
      result = schema.getDirective('defer') ? schema : extendSchema(schema, DEFER_DIRECTIVE, { assumeValidSDL: true });
      checkScalarInputs(result);
      extended.set(schema, result);
    }
    return result;
  };
  return {
    onSchemaLoadOrUpdate: (callback) =>
      gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => callback({ apiSchema: withDefer(apiSchema), coreSupergraphSdl })),
    load: (options) => gateway.load(options),
    stop: () => gateway.stop(),
  };
}

/** One deferred fragment of the client's document, under the label the plan knows it by. */
interface DeferredFragment {
  /** The client's own label; none when the router labelled it. */
  clientLabel?: string;
  selectionSet: SelectionSetNode;
}

/** A document whose active `@defer`s all carry a label, and what each label stands for. */
interface LabelledDocument {
  document: DocumentNode;
  fragments: Map<string, DeferredFragment>;
}

/** One planned deferred block, with what must have run before it. */
interface Block {
  label: string;
  queryPath: string[];
  /** The executable plan of the phase it depends on (replayed, not re-fetched). */
  prefix: PlanNode | undefined;
  /** Its own plan (may hold nested Defer nodes); none when the primary already fetched its fields. */
  node: PlanNode | undefined;
  /** The labels whose fragments are un-deferred in its phase (its own and its ancestors'). */
  included: Set<string>;
}

/**
 * `@defer` through the router (incremental delivery, `multipart/mixed; deferSpec=20220824`, as Apollo
 * Router and Apollo Client speak it). @apollo/gateway plans @defer away (its executor asserts on
 * `DeferNode`), so an operation with an active @defer from a client that accepts the multipart format
 * is answered here instead, as an Apollo Server plugin's `responseForOperation`: after every
 * front-door check (auth, limits, rate limit, trusted documents, variables) has passed, and with
 * every fetch going through the gateway's own data sources (breakers, signed identity, timeouts,
 * metrics). Clients that do not accept the format get the whole answer at once from the gateway.
 *
 * The operation is planned with the gateway's query planner with defer enabled, and each phase runs
 * with the gateway's own `executeQueryPlan`: first the plan with every Defer node replaced by its
 * primary part, shaped by the operation without its deferred fragments — the initial payload, sent
 * at once; then, as each one finishes, every deferred block, as `Sequence[phase before it, block]`
 * shaped by the operation with that fragment un-deferred. The phase before it is not fetched again:
 * each subgraph answer of a request is recorded, and a fetch the request already made is answered
 * from the record (without its errors, which were reported in the earlier part). Each deferred part
 * carries the fragment's fields at its path (one entry per list item when the path crosses a list),
 * its label, and the errors of its own fetches.
 */
export function deferPlugin(options: DeferOptions): ApolloServerPlugin<RouterContext> {
  const executor = new DeferExecutor(options);
  // One listener for every request: the check costs an Accept lookup on the hot path, nothing more.
  const listener: GraphQLRequestListener<RouterContext> = {
    async responseForOperation(requestContext) {
      const { operation, document, request, source } = requestContext;
      if (!operation || operation.operation === 'subscription') return null;
      if (!acceptsDeferSpec(request.http?.headers.get('accept'))) return null;
      if (!source.includes('defer') || !hasDeferDirective(document)) return null;
      return executor.respond(requestContext);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}

class DeferExecutor {
  private compiled?: CompiledSupergraph;
  private readonly plans = new Map<string, QueryPlan>();

  constructor(private readonly options: DeferOptions) {}

  /** The planner with defer enabled, built on the first deferred operation (it takes about a second). */
  private get planning() {
    if (!this.compiled) {
      this.compiled = compileSupergraph(this.options.supergraphSdl, { incrementalDelivery: { enableDefer: true } });
    }
    return this.compiled;
  }

  private plan(labelled: LabelledDocument, operationName: string | undefined): QueryPlan {
    const key = `${operationName ?? ''}\n${print(labelled.document)}`;
    const cached = this.plans.get(key);
    if (cached) {
      this.plans.delete(key);
      this.plans.set(key, cached);
      return cached;
    }
    const { planner, api } = this.planning;
    const plan = planner.buildQueryPlan(operationFromDocument(api, labelled.document, { operationName }));
    if (this.plans.size >= PLAN_CACHE_SIZE) this.plans.delete(this.plans.keys().next().value!);
    this.plans.set(key, plan);
    return plan;
  }

  async respond(requestContext: GraphQLRequestContextResponseForOperation<RouterContext>) {
    const { request, schema } = requestContext;
    const variables = request.variables ?? {};
    const labelled = labelDefers(requestContext.document, variables);
    if (labelled.fragments.size === 0) return null;
    if (labelled.fragments.size > MAX_DEFERRED_FRAGMENTS) {
      throw new GraphQLError(`An operation may defer at most ${MAX_DEFERRED_FRAGMENTS} fragments.`, {
        extensions: { code: 'OPERATION_TOO_COMPLEX', http: { status: 400 } },
      });
    }
    let plan: QueryPlan;
    try {
      plan = this.plan(labelled, request.operationName);
    } catch (error) {
      // The gateway plans it again (with @defer inlined) and reports whatever is wrong in its own words.
      this.options.log.warn({ err: error, requestId: requestContext.contextValue.requestId }, 'defer: planning failed');
      return null;
    }
    if (!plan.node || plan.node.kind === 'Subscription' || !containsDefer(plan.node)) return null;
    const run = new DeferredRun(this.options, this.planning, requestContext, labelled, schema);
    const root = run.split(plan.node, undefined, new Set());
    const initial = await run.execute(root.executable, new Set());
    const format = (errors: readonly GraphQLError[] | undefined) => formatErrors(errors, this.options.formatError);
    // The operation's log line and metrics (written when the initial part is sent) see its errors.
    if (initial.errors?.length) (requestContext as { errors?: readonly GraphQLError[] }).errors = initial.errors;
    const trace = otelContext.active();
    const initialResult = {
      data: initial.data ?? null,
      ...(initial.errors?.length ? { errors: format(initial.errors) } : {}),
      hasNext: root.blocks.length > 0,
    };
    async function* subsequent(): AsyncGenerator<DeferPayload> {
      const queue = new AsyncQueue<DeferPayload>();
      let outstanding = 0;
      const launch = (block: Block) => {
        outstanding++;
        void otelContext.with(trace, async () => {
          let entries: DeferEntry[];
          let nested: Block[] = [];
          try {
            const phase = block.node ? run.split(block.node, block.prefix, block.included) : { executable: undefined, blocks: [] };
            const node = sequence(block.prefix, phase.executable);
            const result = await run.execute(node, block.included);
            entries = run.entries(block, result.data, format(result.errors));
            nested = phase.blocks.map((b) => ({ ...b, prefix: node }));
          } catch (error) {
            run.log.error({ err: error, requestId: run.requestId }, 'defer: deferred part failed');
            errorTracker.capture(error, { service: 'router', requestId: run.requestId });
            entries = [{ data: null, path: [], errors: format([new GraphQLError('Unexpected error while resolving a deferred part.')]) }];
          }
          for (const b of nested) launch(b);
          outstanding--;
          queue.push({ incremental: entries, hasNext: outstanding > 0 });
          if (outstanding === 0) queue.end();
        });
      };
      for (const block of root.blocks) launch(block);
      if (outstanding === 0) return;
      yield* queue;
    }
    return {
      http: { status: undefined, headers: new HeaderMap() },
      body: { kind: 'incremental' as const, initialResult, subsequentResults: subsequent() },
    };
  }
}

/** The state of one deferred request: its recorded subgraph answers and how each phase is shaped. */
class DeferredRun {
  private readonly recorded = new Map<string, string>();
  private readonly serviceMap: ServiceMap;
  readonly log: Logger;
  readonly requestId: string;

  constructor(
    options: DeferOptions,
    private readonly planning: { api: Schema; supergraphSchema: GraphQLSchema },
    private readonly requestContext: GraphQLRequestContextResponseForOperation<RouterContext>,
    private readonly labelled: LabelledDocument,
    private readonly schema: GraphQLSchema,
  ) {
    this.log = options.log;
    this.requestId = requestContext.contextValue.requestId;
    this.serviceMap = {};
    for (const [name, source] of options.dataSources) this.serviceMap[name] = this.recording(name, source);
  }

  /**
   * A data source that answers a fetch this request already made from its record (data only: its
   * errors belong to the part that made it), and records every other answer before the gateway
   * merges (and so mutates) it.
   */
  private recording(name: string, source: GraphQLDataSource<RouterContext>): GraphQLDataSource<RouterContext> {
    return {
      process: async (options) => {
        const key = `${name}\n${options.request.query ?? ''}\n${JSON.stringify(options.request.variables ?? {})}`;
        const replay = this.recorded.get(key);
        if (replay !== undefined) return { data: JSON.parse(replay) as Record<string, unknown> | null };
        try {
          const answer = await source.process(options);
          this.recorded.set(key, JSON.stringify(answer.data ?? null));
          return answer;
        } catch (error) {
          this.recorded.set(key, 'null');
          throw error;
        }
      },
    };
  }

  /** The plan of one phase (Defer nodes replaced by their primary parts) and the blocks it defers. */
  split(node: PlanNode, prefix: PlanNode | undefined, included: Set<string>): { executable: PlanNode | undefined; blocks: Block[] } {
    const blocks: Omit<Block, 'prefix'>[] = [];
    const strip = (n: PlanNode): PlanNode | undefined => {
      switch (n.kind) {
        case 'Defer':
          for (const d of (n as DeferNode).deferred) {
            const label = d.label ?? '';
            blocks.push({ label, queryPath: d.queryPath, node: d.node, included: new Set([...included, label]) });
          }
          return (n as DeferNode).primary.node ? strip((n as DeferNode).primary.node!) : undefined;
        case 'Sequence':
        case 'Parallel': {
          const nodes = n.nodes.map(strip).filter((c): c is PlanNode => c !== undefined);
          return nodes.length ? { ...n, nodes } : undefined;
        }
        case 'Flatten': {
          const inner = strip(n.node);
          return inner ? { ...n, node: inner } : undefined;
        }
        case 'Condition': {
          const ifClause = n.ifClause ? strip(n.ifClause) : undefined;
          const elseClause = n.elseClause ? strip(n.elseClause) : undefined;
          return ifClause || elseClause ? { ...n, ifClause, elseClause } : undefined;
        }
        default:
          return n;
      }
    };
    const executable = strip(node);
    // The phase's own plan runs after the phase it depends on; its blocks depend on both.
    const full = sequence(prefix, executable);
    return { executable, blocks: blocks.map((b) => ({ ...b, prefix: full })) };
  }

  /** Runs a plan with the gateway's executor, shaped by the operation with `included` fragments un-deferred. */
  async execute(node: PlanNode | undefined, included: Set<string>) {
    const document = shapeDocument(this.labelled.document, included);
    const operationContext = buildOperationContext({
      schema: this.schema,
      operationDocument: document,
      operationName: this.requestContext.request.operationName,
    });
    const { request, contextValue } = this.requestContext;
    const gatewayContext = {
      request: {
        query: this.requestContext.source,
        variables: request.variables ?? {},
        operationName: request.operationName,
        http: request.http,
      },
      context: contextValue,
      logger: this.log,
      metrics: {},
      overallCachePolicy: this.requestContext.overallCachePolicy,
      operationName: this.requestContext.operationName,
      document,
      source: this.requestContext.source,
    };
    return executeQueryPlan(
      { kind: 'QueryPlan', node },
      this.serviceMap,
      gatewayContext as unknown as Parameters<typeof executeQueryPlan>[2],
      operationContext,
      this.planning.supergraphSchema,
      this.planning.api,
    );
  }

  /**
   * The deferred fragment's fields at each place its path reaches in `data` (one entry per list
   * item), with the part's errors on the entry whose path they fall under (else the first).
   */
  entries(block: Block, data: unknown, errors: GraphQLFormattedError[] | undefined): DeferEntry[] {
    const fragment = this.labelled.fragments.get(block.label);
    const label = fragment?.clientLabel;
    const places: { path: ResponsePath; value: Record<string, unknown> }[] = [];
    walkPath(data, block.queryPath, [], places);
    const entries: DeferEntry[] = places.map(({ path, value }) => ({
      data: (fragment ? project(value, fragment.selectionSet, this.labelled.document) : value) as Record<string, unknown>,
      path,
      ...(label !== undefined ? { label } : {}),
    }));
    if (errors?.length) {
      if (!entries.length) entries.push({ data: null, path: [], ...(label !== undefined ? { label } : {}) });
      for (const error of errors) {
        const entry = entries.find((e) => e.path!.every((p, i) => error.path?.[i] === p)) ?? entries[0]!;
        (entry as { errors?: GraphQLFormattedError[] }).errors = [...(entry.errors ?? []), error];
      }
    }
    return entries;
  }
}

/** `Sequence[a, b]`, or whichever of them exists. */
function sequence(a: PlanNode | undefined, b: PlanNode | undefined): PlanNode | undefined {
  if (!a) return b;
  if (!b) return a;
  return { kind: 'Sequence', nodes: [a, b] };
}

function containsDefer(node: PlanNode): boolean {
  switch (node.kind) {
    case 'Defer':
      return true;
    case 'Sequence':
    case 'Parallel':
      return node.nodes.some(containsDefer);
    case 'Flatten':
      return containsDefer(node.node);
    case 'Condition':
      return Boolean((node.ifClause && containsDefer(node.ifClause)) || (node.elseClause && containsDefer(node.elseClause)));
    default:
      return false;
  }
}

/** Every object the query path reaches in `data`, fanning out over lists; nulls reach nothing. */
function walkPath(value: unknown, path: string[], at: ResponsePath, out: { path: ResponsePath; value: Record<string, unknown> }[]): void {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => walkPath(item, path, [...at, index], out));
    return;
  }
  if (typeof value !== 'object') return;
  const [head, ...rest] = path;
  if (head === undefined) {
    out.push({ path: at, value: value as Record<string, unknown> });
    return;
  }
  // A type condition on the path (`... on T`) narrows nothing here: the shaped data has only what applies.
  if (head.startsWith('...')) return walkPath(value, rest, at, out);
  walkPath((value as Record<string, unknown>)[head], rest, [...at, head], out);
}

/** The fields of `value` a selection set selects (nested deferred fragments left to their own parts). */
function project(value: unknown, selectionSet: SelectionSetNode, document: DocumentNode): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => project(item, selectionSet, document));
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const collect = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!(key in source)) continue;
        const projected = selection.selectionSet ? project(source[key], selection.selectionSet, document) : source[key];
        out[key] = mergeProjected(out[key], projected);
      } else if (!deferDirective(selection)) {
        const set2 =
          selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragmentNamed(document, selection.name.value)?.selectionSet;
        if (set2) collect(set2);
      }
    }
  };
  collect(selectionSet);
  return out;
}

/** Two projections of the same response key (a field selected twice with different subfields). */
function mergeProjected(a: unknown, b: unknown): unknown {
  if (a === undefined) return b;
  if (Array.isArray(a) && Array.isArray(b)) return a.map((item, i) => mergeProjected(item, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b)) out[k] = mergeProjected(out[k], v);
    return out;
  }
  return b;
}

function fragmentNamed(document: DocumentNode, name: string): FragmentDefinitionNode | undefined {
  return document.definitions.find((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
}

function deferDirective(selection: SelectionNode): DirectiveNode | undefined {
  return selection.directives?.find((d) => d.name.value === 'defer');
}

function hasDeferDirective(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'defer') found = true;
    },
  });
  return found;
}

/** A literal or variable Boolean argument's value (`@defer(if:)` defaults to true). */
function booleanArgument(argument: ArgumentNode | undefined, variables: Record<string, unknown>): boolean {
  if (!argument) return true;
  const value: ValueNode = argument.value;
  if (value.kind === Kind.BOOLEAN) return value.value;
  if (value.kind === Kind.VARIABLE) return variables[value.name.value] !== false;
  return true;
}

/**
 * The document with every active `@defer` labelled (the client's label kept, the router's own
 * otherwise) and every inactive one (`if: false`) removed, plus what each label stands for. The
 * planner is given this document, so the plan's deferred blocks can be told apart by label.
 */
function labelDefers(document: DocumentNode, variables: Record<string, unknown>): LabelledDocument {
  const fragments = new Map<string, DeferredFragment>();
  let next = 0;
  const labelled = visit(document, {
    enter(node) {
      if (node.kind !== Kind.INLINE_FRAGMENT && node.kind !== Kind.FRAGMENT_SPREAD) return undefined;
      const directive = deferDirective(node);
      if (!directive) return undefined;
      const others = node.directives!.filter((d) => d !== directive);
      if (
        !booleanArgument(
          directive.arguments?.find((a) => a.name.value === 'if'),
          variables,
        )
      )
        return { ...node, directives: others };
      const labelArgument = directive.arguments?.find((a) => a.name.value === 'label');
      const clientLabel = labelArgument?.value.kind === Kind.STRING ? labelArgument.value.value : undefined;
      const label = clientLabel ?? `${INTERNAL_LABEL_PREFIX}${next++}`;
      const selectionSet = node.kind === Kind.INLINE_FRAGMENT ? node.selectionSet : fragmentNamed(document, node.name.value)?.selectionSet;
      if (selectionSet) fragments.set(label, { clientLabel, selectionSet });
      const labelledDirective: DirectiveNode = {
        ...directive,
        arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'label' }, value: { kind: Kind.STRING, value: label } }],
      };
      return { ...node, directives: [...others, labelledDirective] };
    },
  });
  return { document: labelled, fragments };
}

/**
 * The labelled document as one phase's answer is shaped: the fragments in `included` un-deferred,
 * every other deferred fragment left out (an emptied selection keeps a skipped `__typename` so the
 * document stays well-formed).
 */
function shapeDocument(document: DocumentNode, included: Set<string>): DocumentNode {
  const skippedTypename: SelectionNode = {
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: '__typename' },
    directives: [
      {
        kind: Kind.DIRECTIVE,
        name: { kind: Kind.NAME, value: 'skip' },
        arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'if' }, value: { kind: Kind.BOOLEAN, value: true } }],
      },
    ],
  };
  return visit(document, {
    SelectionSet: {
      leave(node) {
        const selections: SelectionNode[] = [];
        for (const selection of node.selections) {
          const directive = deferDirective(selection);
          if (!directive) {
            selections.push(selection);
            continue;
          }
          const label = directive.arguments?.find((a) => a.name.value === 'label')?.value;
          if (label?.kind === Kind.STRING && included.has(label.value)) {
            selections.push({ ...selection, directives: selection.directives!.filter((d) => d !== directive) } as SelectionNode);
          }
        }
        return { ...node, selections: selections.length ? selections : [skippedTypename] };
      },
    },
  });
}

/** Errors as the router formats them for clients, at most 100 (then one saying how many were left out). */
function formatErrors(errors: readonly GraphQLError[] | undefined, format: Formatter): GraphQLFormattedError[] | undefined {
  if (!errors?.length) return undefined;
  const kept = errors.slice(0, MAX_ERRORS_PER_RESPONSE).map((error) => {
    const formatted = format(error instanceof GraphQLError ? error.toJSON() : { message: String(error) }, error);
    return { ...formatted, message: clip(formatted.message, MAX_ERROR_MESSAGE_LENGTH) };
  });
  if (errors.length > kept.length) {
    kept.push({
      message: `${errors.length - kept.length} more errors were left out; this part lists the first ${kept.length}.`,
      extensions: { code: 'TOO_MANY_ERRORS', omittedErrors: errors.length - kept.length },
    });
  }
  return kept;
}

/**
 * Whether the client takes this router's incremental format: `multipart/mixed; deferSpec=20220824`
 * is what Apollo Server's content negotiation would pick from the Accept header (it picks among
 * plain `multipart/mixed`, `incrementalSpec=v0.2` and `deferSpec=20220824`, and writes the parts).
 * Ranked as the `negotiator` package ranks them: quality, then how specific the matching range is,
 * then its place in the header, then the order offered.
 */
export function acceptsDeferSpec(accept: string | undefined): boolean {
  if (!accept?.includes('multipart')) return false;
  const ranges = accept.split(',').map((part, order) => {
    const [type = '', ...params] = part.split(';').map((s) => s.trim());
    const parameters: Record<string, string> = {};
    let q = 1;
    for (const param of params) {
      const [k = '', v = ''] = param.split('=').map((s) => s.trim());
      if (k.toLowerCase() === 'q') q = Number(v);
      else parameters[k.toLowerCase()] = v.replace(/^"|"$/g, '');
    }
    const [main = '', sub = ''] = type.toLowerCase().split('/');
    return { main, sub, parameters, q: Number.isFinite(q) ? q : 0, order };
  });
  const offered = [{}, { incrementalspec: 'v0.2' }, { deferspec: '20220824' }] as Record<string, string>[];
  const ranked = offered.map((params, index) => {
    let best: { q: number; s: number; order: number } | undefined;
    for (const range of ranges) {
      let s = 0;
      if (range.main === 'multipart') s |= 4;
      else if (range.main !== '*') continue;
      if (range.sub === 'mixed') s |= 2;
      else if (range.sub !== '*') continue;
      const keys = Object.keys(range.parameters);
      if (keys.some((k) => params[k]?.toLowerCase() !== range.parameters[k]!.toLowerCase())) continue;
      if (keys.length) s |= 1;
      if (!best || s > best.s || (s === best.s && (range.q > best.q || (range.q === best.q && range.order < best.order)))) {
        best = { q: range.q, s, order: range.order };
      }
    }
    return { index, q: best?.q ?? 0, s: best?.s ?? 0, order: best?.order ?? Infinity };
  });
  const chosen = ranked.filter((r) => r.q > 0).sort((a, b) => b.q - a.q || b.s - a.s || a.order - b.order || a.index - b.index)[0];
  return chosen?.index === 2;
}

/** A single-consumer queue of parts, ended once the last part is in. */
class AsyncQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private waiting?: () => void;
  private ended = false;

  push(item: T): void {
    this.items.push(item);
    this.waiting?.();
  }

  end(): void {
    this.ended = true;
    this.waiting?.();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      const item = this.items.shift();
      if (item !== undefined) {
        yield item;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.waiting = resolve));
      this.waiting = undefined;
    }
  }
}
