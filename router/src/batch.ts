import type { IncomingHttpHeaders } from 'node:http';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type FieldNode,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { INTERNAL_AUTH_HEADER, MEMBER_REQUEST_ID, REQUEST_ID_HEADER } from '../../kit';

/** A subgraph answer, fully read: what is shared between merged requests and split between batched ones. */
export interface RawAnswer {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** A batch member's part of a batched answer, already parsed: handed out once, copied after that. */
  parsed?: { value: unknown; taken: boolean };
}

/** One fetch waiting in a batch. */
interface Member {
  body: string;
  headers: Record<string, string>;
  variables: Record<string, unknown>;
  resolve: (answer: RawAnswer) => void;
  reject: (error: unknown) => void;
}

/** The fetches of one key: how many of its requests are in flight, and the batch waiting to go. */
interface Lane {
  url: string;
  query: string;
  inflight: number;
  waiting: Member[];
  timer?: NodeJS.Timeout;
}

/** A fetch operation as batching needs it, or null when it cannot be batched. */
interface Batchable {
  operation: OperationDefinitionNode;
  fields: FieldNode[];
  fragments: DefinitionNode[];
}

/** The combined operation of `size` members: its text and, per response key, whose field it is. */
interface Combined {
  text: string;
  keys: Map<string, { member: number; key: string }>;
}

const PARSED_LIMIT = 2_000;

const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;
const renamed = (member: number, name: string) => `_b${member}_${name}`;

/**
 * Combines concurrent subgraph queries into one request. Fetches of the same subgraph and operation
 * text (a plan step that many requests run at once, with different variables and viewers:
 * `poll(id: $id)`, `_entities(representations: $representations)`) form a lane. While none of the
 * lane's requests is in flight a fetch goes at once, alone; while one is, the fetches that arrive wait
 * and go together as the next request when it answers, when they are `maxSize`, or after `maxWaitMs`,
 * whichever comes first. So an idle router adds no delay, and a busy one sends the subgraph fewer,
 * larger requests. A batch takes one of two forms:
 *
 * - members with one signed identity (one viewer from one address): ONE operation, each member's root
 *   fields aliased `_b<i>_<key>` and its variables renamed `$_b<i>_<name>`, run with one context; the
 *   answer is split back by alias, errors by their path;
 * - members of several identities: a multi-viewer batch (kit/src/http.ts), a JSON array of the
 *   members' own requests, each carrying its signed identity and request id in `extensions`; the
 *   subgraph runs each with its own viewer, sharing one loader set across the batch (per tenant
 *   where it holds tenant data), and answers an array of envelopes (status, Cache-Control, body).
 *
 * Either way the subgraph's loaders read for all members at once (one SQL query for all the polls,
 * not one per request).
 *
 * Each member keeps its own outcome: an answer the split cannot attribute (a refused request, a
 * `data: null`, an error without a member's path) is not shared but asked again per member, so one
 * member's bad variable never fails another's. A transport failure or a 5xx is the subgraph's, and
 * every member gets it. Mutations and operations with operation-level directives, @defer or variables
 * in fragments are never batched. A batch carries the first member's request id and trace context.
 */
export class SubgraphBatcher {
  private readonly lanes = new Map<string, Lane>();
  private readonly parsed = new Map<string, Batchable | null>();
  private readonly combined = new Map<string, Combined>();

  constructor(
    private readonly send: (url: string, body: string, headers: Record<string, string>) => Promise<RawAnswer>,
    private readonly maxSize: number,
    private readonly maxWaitMs: number,
    /** Told of each batch sent (members > 1) and how it ended: split, every member retried alone, or failed. */
    private readonly observe?: (url: string, members: number, outcome: 'split' | 'retried' | 'failed') => void,
  ) {}

  /** Sends `body` alone, or as a member of a batch of fetches with the same `key` (subgraph URL and operation text). */
  fetch(
    url: string,
    key: string,
    query: string,
    variables: Record<string, unknown> | undefined,
    body: string,
    headers: Record<string, string>,
  ) {
    if (this.maxSize < 2 || !this.analysed(query)) return this.send(url, body, headers);
    return new Promise<RawAnswer>((resolve, reject) => {
      const member: Member = { body, headers, variables: variables ?? {}, resolve, reject };
      let lane = this.lanes.get(key);
      if (!lane) {
        lane = { url, query, inflight: 0, waiting: [] };
        this.lanes.set(key, lane);
      }
      if (lane.inflight === 0 && lane.waiting.length === 0) {
        this.dispatch(key, lane, [member]);
        return;
      }
      lane.waiting.push(member);
      if (lane.waiting.length >= this.maxSize) this.flush(key, lane);
      else if (!lane.timer) {
        const waiting = lane;
        lane.timer = setTimeout(() => this.flush(key, waiting), this.maxWaitMs);
      }
    });
  }

  private flush(key: string, lane: Lane): void {
    clearTimeout(lane.timer);
    lane.timer = undefined;
    const members = lane.waiting.splice(0);
    if (members.length) this.dispatch(key, lane, members);
  }

  private dispatch(key: string, lane: Lane, members: Member[]): void {
    lane.inflight++;
    const done = () => {
      lane.inflight--;
      if (lane.waiting.length) this.flush(key, lane);
      else if (lane.inflight === 0 && this.lanes.get(key) === lane) this.lanes.delete(key);
    };
    if (members.length === 1) {
      const [only] = members as [Member];
      this.send(lane.url, only.body, only.headers).then(only.resolve, only.reject).finally(done);
      return;
    }
    const identity = members[0]!.headers[INTERNAL_AUTH_HEADER];
    if (members.some((member) => member.headers[INTERNAL_AUTH_HEADER] !== identity)) {
      this.dispatchMembers(lane, members, done);
      return;
    }
    let combined: Combined;
    let body: string;
    try {
      const batchable = this.analysed(lane.query);
      if (!batchable) throw new Error('not batchable');
      combined = this.combine(lane.query, batchable, members.length);
      const variables: Record<string, unknown> = {};
      members.forEach((member, i) => {
        for (const [name, value] of Object.entries(member.variables)) variables[renamed(i, name)] = value;
      });
      const operationName = batchable.operation.name?.value;
      body = JSON.stringify({ query: combined.text, variables, ...(operationName ? { operationName } : {}) });
    } catch {
      // Runs from a timer: nothing may throw here. Each member goes alone, as without batching.
      this.sendAlone(lane, members);
      done();
      return;
    }
    this.sendBatch(lane, members, body, (answer) => split(answer, combined, members.length), done);
  }

  /**
   * Sends one batch request and hands each member its part, as `parts` reads them from the answer.
   * An answer it cannot attribute (null) is asked again per member, except a 5xx: that is the
   * subgraph's, and every member gets it, as every member gets a transport failure.
   */
  private sendBatch(lane: Lane, members: Member[], body: string, parts: (answer: RawAnswer) => RawAnswer[] | null, done: () => void): void {
    this.send(lane.url, body, { ...members[0]!.headers })
      .then(
        (answer) => {
          let own: RawAnswer[] | null;
          try {
            own = parts(answer);
          } catch {
            own = null;
          }
          if (own) {
            this.observe?.(lane.url, members.length, 'split');
            members.forEach((member, i) => member.resolve(own[i]!));
            return;
          }
          if (answer.status >= 500) {
            this.observe?.(lane.url, members.length, 'failed');
            for (const member of members) member.resolve(answer);
            return;
          }
          this.observe?.(lane.url, members.length, 'retried');
          this.sendAlone(lane, members);
        },
        (error: unknown) => {
          this.observe?.(lane.url, members.length, 'failed');
          for (const member of members) member.reject(error);
        },
      )
      .finally(done);
  }

  /** Sends each member as its own request, as without batching. */
  private sendAlone(lane: Lane, members: Member[]): void {
    for (const member of members) this.send(lane.url, member.body, member.headers).then(member.resolve, member.reject);
  }

  /** Sends members of several identities as one multi-viewer batch (kit/src/http.ts); each gets its envelope. */
  private dispatchMembers(lane: Lane, members: Member[], done: () => void): void {
    const operationName = this.analysed(lane.query)?.operation.name?.value;
    let body: string;
    try {
      body = `[${members
        .map((member) =>
          JSON.stringify({
            query: lane.query,
            variables: member.variables,
            ...(operationName ? { operationName } : {}),
            extensions: {
              [INTERNAL_AUTH_HEADER]: member.headers[INTERNAL_AUTH_HEADER],
              [MEMBER_REQUEST_ID]: member.headers[REQUEST_ID_HEADER],
            },
          }),
        )
        .join(',')}]`;
    } catch {
      // Runs from a timer, like `dispatch`: each member goes alone.
      this.sendAlone(lane, members);
      done();
      return;
    }
    this.sendBatch(lane, members, body, (answer) => envelopes(answer, members.length), done);
  }

  /** The text parsed for batching, once per operation text; null when it cannot be batched. */
  private analysed(query: string): Batchable | null {
    let entry = this.parsed.get(query);
    if (entry === undefined) {
      entry = analyse(query);
      if (this.parsed.size >= PARSED_LIMIT) {
        this.parsed.clear();
        this.combined.clear();
      }
      this.parsed.set(query, entry);
    }
    return entry;
  }

  private combine(query: string, batchable: Batchable, size: number): Combined {
    const cacheKey = `${size}\n${query}`;
    let combined = this.combined.get(cacheKey);
    if (!combined) {
      if (this.combined.size >= PARSED_LIMIT) this.combined.clear();
      combined = combineOperation(batchable, size);
      this.combined.set(cacheKey, combined);
    }
    return combined;
  }
}

/** A query whose root selections are all fields, with no operation directives and no variables in fragments. */
function analyse(query: string): Batchable | null {
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return null;
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const [operation] = operations;
  if (operations.length !== 1 || !operation || operation.operation !== 'query' || operation.directives?.length) return null;
  const fields: FieldNode[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    fields.push(selection);
  }
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  let unbatchable = false;
  for (const fragment of fragments) {
    visit(fragment, {
      Variable: () => {
        unbatchable = true;
      },
    });
  }
  // Incremental delivery answers in parts, which a split cannot attribute.
  visit(operation, {
    Directive: (node) => {
      if (node.name.value === 'defer' || node.name.value === 'stream') unbatchable = true;
    },
  });
  return unbatchable ? null : { operation, fields, fragments };
}

function combineOperation({ operation, fields, fragments }: Batchable, size: number): Combined {
  const keys = new Map<string, { member: number; key: string }>();
  const variableDefinitions: VariableDefinitionNode[] = [];
  const selections: FieldNode[] = [];
  for (let member = 0; member < size; member++) {
    const rename = {
      Variable: (node: { name: { value: string } }) => ({ ...node, name: { kind: Kind.NAME, value: renamed(member, node.name.value) } }),
    };
    for (const definition of operation.variableDefinitions ?? []) variableDefinitions.push(visit(definition, rename));
    for (const field of fields) {
      const key = renamed(member, responseKey(field));
      keys.set(key, { member, key: responseKey(field) });
      selections.push({ ...visit(field, rename), alias: { kind: Kind.NAME, value: key } });
    }
  }
  const text = print({
    kind: Kind.DOCUMENT,
    definitions: [{ ...operation, variableDefinitions, selectionSet: { ...operation.selectionSet, selections } }, ...fragments],
  });
  return { text, keys };
}

interface GraphQLErrorShape {
  path?: unknown;
  [key: string]: unknown;
}

/**
 * The batch's answer split per member, or null when it cannot be attributed: not a 2xx JSON object
 * with a `data` object, or an error without a member's path.
 */
function split(answer: RawAnswer, combined: Combined, size: number): RawAnswer[] | null {
  if (answer.status < 200 || answer.status >= 300) return null;
  const type = answer.headers['content-type'];
  if (!type || !(type.startsWith('application/json') || type.startsWith('application/graphql-response+json'))) return null;
  let body: { data?: unknown; errors?: unknown; extensions?: unknown };
  try {
    body = JSON.parse(answer.body.toString('utf8')) as typeof body;
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null || typeof body.data !== 'object' || body.data === null) return null;
  const data = body.data as Record<string, unknown>;
  const parts = Array.from({ length: size }, () => ({ data: {} as Record<string, unknown>, errors: [] as GraphQLErrorShape[] }));
  for (const [key, owner] of combined.keys) if (key in data) parts[owner.member]!.data[owner.key] = data[key];
  if (body.errors !== undefined) {
    if (!Array.isArray(body.errors)) return null;
    for (const error of body.errors as GraphQLErrorShape[]) {
      const path = error?.path;
      const owner = Array.isArray(path) && typeof path[0] === 'string' ? combined.keys.get(path[0]) : undefined;
      if (!owner) return null;
      parts[owner.member]!.errors.push({ ...error, path: [owner.key, ...(path as unknown[]).slice(1)] });
    }
  }
  return parts.map((part) => ({
    status: answer.status,
    statusText: answer.statusText,
    headers: answer.headers,
    body: Buffer.alloc(0),
    parsed: { value: part.errors.length ? part : { data: part.data }, taken: false },
  }));
}

/**
 * A multi-viewer batch's answer as one answer per member (its own status, Cache-Control and body), or
 * null when it is not a 200 JSON array of `size` envelopes.
 */
function envelopes(answer: RawAnswer, size: number): RawAnswer[] | null {
  if (answer.status !== 200 || !answer.headers['content-type']?.startsWith('application/json')) return null;
  let list: unknown;
  try {
    list = JSON.parse(answer.body.toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(list) || list.length !== size) return null;
  const parts: RawAnswer[] = [];
  for (const item of list as unknown[]) {
    const { status, cacheControl, body } = (item ?? {}) as { status?: unknown; cacheControl?: unknown; body?: unknown };
    if (typeof status !== 'number' || typeof body !== 'object' || body === null) return null;
    parts.push({
      status,
      statusText: '',
      headers: typeof cacheControl === 'string' ? { 'cache-control': cacheControl } : {},
      body: Buffer.alloc(0),
      parsed: { value: body, taken: false },
    });
  }
  return parts;
}
