import { randomInt } from 'node:crypto';
import { isIP } from 'node:net';
import {
  EDGE_PURGE_TOPIC,
  badInput,
  cleanTag,
  fail,
  fieldError,
  flushOrConflict,
  forbidden,
  isUniqueViolation,
  jsonArrayHas,
  MAX_TAGS,
  notFound,
  ok,
  paginate,
  PerStart,
  requireViewer,
  totalOrder,
  type Connection,
  type Payload,
  type UserError,
} from '../../../kit';
import type { FilterQuery } from '@mikro-orm/core';
import type { LinksConfig } from './config';
import type { LinksDeps } from './context';
import { LinkVisit, ShortLink, type ShortLinkRow } from './entities';
import type { CreateShortLinkInput, QueryShortLinksArgs, UpdateShortLinkInput } from './generated/resolvers';
import { CODE, LINK_CHANGED_TOPIC, LinkRuntime } from './redirect';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_-]{2,49}$/;
/** Words a custom slug may not be (compared case-insensitively): paths of the service, and confusing names. */
export const RESERVED_SLUGS = new Set([
  'api',
  'graphql',
  'admin',
  'health',
  'ready',
  'metrics',
  's',
  'static',
  'assets',
  'login',
  'logout',
  'signup',
  'auth',
  'oauth',
  'www',
  'links',
  'well-known',
  'favicon',
  'robots',
]);
const MAX_TARGET = 2048;
const MAX_VISITS = 1_000_000_000;

/** A random base62 code from the CSPRNG (`randomInt` has no modulo bias). */
export function randomCode(length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += BASE62[randomInt(62)];
  return code;
}

/** Whether `host` (lower case, no brackets) is this service: loopback, unspecified, `localhost`, or a configured public name. */
function isOwnHost(host: string, config: LinksConfig): boolean {
  const own = new Set([new URL(config.LINKS_BASE_URL).hostname.toLowerCase(), ...config.LINKS_BLOCKED_HOSTS]);
  if (own.has(host) || host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.') || host === '0.0.0.0';
  if (isIP(host) === 6) return host === '::1' || host === '::' || /^::ffff:(127\.|0\.0\.0\.0)/.test(host);
  return false;
}

/** The target as stored, or the reason it is refused: an absolute http(s) URL, at most 2048 characters, not pointing back at us. */
export function checkTarget(target: string, config: LinksConfig): { url: string } | { error: string } {
  const trimmed = target.trim();
  if (!trimmed || trimmed.length > MAX_TARGET) return { error: `The target must be 1 to ${MAX_TARGET} characters.` };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { error: 'The target must be an absolute URL.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'The target must be an http or https URL.' };
  const host = url.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (!host) return { error: 'The target must name a host.' };
  if (isOwnHost(host, config)) return { error: 'The target may not point at this service (no redirect loops).' };
  const href = url.toString();
  return href.length > MAX_TARGET ? { error: `The target must be at most ${MAX_TARGET} characters.` } : { url: href };
}

type LinkFields = Pick<CreateShortLinkInput, 'tags' | 'validFrom' | 'validUntil' | 'maxVisits'> & { target?: string | null };

/** Checks the fields present; returns the errors and the cleaned values. */
function validate(input: LinkFields, creating: boolean, config: LinksConfig, current?: ShortLinkRow) {
  const errors: UserError[] = [];
  let target: string | undefined;
  if (creating || input.target !== undefined) {
    const checked = input.target == null ? { error: 'The target is required.' } : checkTarget(input.target, config);
    if ('error' in checked) errors.push(fieldError('input.target', checked.error));
    else target = checked.url;
  }
  let tags: string[] | undefined;
  if (input.tags != null) {
    if (input.tags.length > MAX_TAGS) errors.push(fieldError('input.tags', `At most ${MAX_TAGS} tags.`));
    const cleaned = input.tags.map((t) => cleanTag(t));
    if (cleaned.some((t) => t === null)) errors.push(fieldError('input.tags', 'A tag must be 1 to 40 letters, digits, spaces, _ or -.'));
    else tags = [...new Set(cleaned as string[])];
  }
  if (input.maxVisits != null && (!Number.isInteger(input.maxVisits) || input.maxVisits < 1 || input.maxVisits > MAX_VISITS)) {
    errors.push(fieldError('input.maxVisits', 'maxVisits must be between 1 and 1,000,000,000.'));
  }
  const from = input.validFrom !== undefined ? input.validFrom : current?.validFrom;
  const until = input.validUntil !== undefined ? input.validUntil : current?.validUntil;
  if (from && until && from.getTime() >= until.getTime())
    errors.push(fieldError('input.validUntil', 'validUntil must be after validFrom.'));
  return { errors, target, tags };
}

/**
 * The shortener's rules: who may create and manage links, validation, code generation; the redirect
 * runtime (cache, visit buffer) lives in a {@link LinkRuntime} per started subgraph, reached here to
 * drop a changed code from this replica's cache before the change is published to the others.
 */
export class LinkService {
  readonly runtimes = new PerStart(
    (config: LinksConfig, log) => new LinkRuntime(config, log),
    (runtime) => runtime.stop(),
  );

  /** The short URL of a code, on the router's public origin. */
  shortUrl(deps: Pick<LinksDeps, 'config'>, code: string): string {
    return `${deps.config.LINKS_BASE_URL.replace(/\/+$/, '')}/s/${code}`;
  }

  private async changed(deps: LinksDeps, code: string): Promise<void> {
    this.runtimes.get(deps).invalidate(code);
    await deps.pubsub.publish(LINK_CHANGED_TOPIC, { code });
    await deps.pubsub.publish(EDGE_PURGE_TOPIC, { subgraph: 'links' });
  }

  async create(deps: LinksDeps, input: CreateShortLinkInput, generate = randomCode): Promise<Payload<{ link: ShortLinkRow }>> {
    const viewer = requireViewer(deps.viewer);
    const { errors, target, tags } = validate(input, true, deps.config);
    let slug: string | undefined;
    if (input.slug != null) {
      slug = input.slug.trim();
      if (!SLUG.test(slug))
        errors.push(fieldError('input.slug', 'A slug must be 3 to 50 letters, digits, _ or -, starting with a letter or digit.'));
      else if (RESERVED_SLUGS.has(slug.toLowerCase())) errors.push(fieldError('input.slug', `"${slug}" is reserved.`));
    }
    if (errors.length) return fail(errors);
    const row = {
      ownerId: viewer.userId,
      target: target!,
      tags: tags ?? [],
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
      maxVisits: input.maxVisits ?? null,
      visitCount: 0,
    };
    if (slug !== undefined) {
      const link = deps.em.create(ShortLink, { ...row, code: slug });
      const conflict = await flushOrConflict(deps.em, 'input.slug', 'That slug is taken.');
      if (conflict.length) return fail(conflict);
      await this.changed(deps, link.code);
      return ok({ link });
    }
    // A random code; on the (rare) unique-key collision, another one (the failed unit of work is cleared).
    for (let attempt = 0; attempt < 5; attempt++) {
      const link = deps.em.create(ShortLink, { ...row, code: generate(deps.config.LINKS_CODE_LENGTH) });
      try {
        await deps.em.flush();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        deps.em.clear();
        continue;
      }
      await this.changed(deps, link.code);
      return ok({ link });
    }
    throw new Error('links: no free code after 5 tries; raise LINKS_CODE_LENGTH');
  }

  /** A link the viewer owns: NOT_FOUND when missing, FORBIDDEN when someone else's. */
  private async owned(deps: LinksDeps, id: string): Promise<ShortLinkRow> {
    const viewer = requireViewer(deps.viewer);
    const link = await deps.loaders.linkById.load(id);
    if (!link) throw notFound('ShortLink', id);
    if (link.ownerId !== viewer.userId) throw forbidden('Only the owner of this link may change it.');
    return link;
  }

  async update(deps: LinksDeps, id: string, input: UpdateShortLinkInput): Promise<Payload<{ link: ShortLinkRow }>> {
    const link = await this.owned(deps, id);
    const { errors, target, tags } = validate(input, false, deps.config, link);
    if (errors.length) return fail(errors);
    if (target !== undefined) link.target = target;
    if (tags !== undefined) link.tags = tags;
    if (input.validFrom !== undefined) link.validFrom = input.validFrom;
    if (input.validUntil !== undefined) link.validUntil = input.validUntil;
    if (input.maxVisits !== undefined) link.maxVisits = input.maxVisits;
    await deps.em.flush();
    await this.changed(deps, link.code);
    return ok({ link });
  }

  async delete(deps: LinksDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const link = await this.owned(deps, id);
    await deps.em.transactional(async (tx) => {
      await tx.nativeDelete(LinkVisit, { linkId: link.id });
      await tx.nativeDelete(ShortLink, { id: link.id });
    });
    await this.changed(deps, link.code);
    return ok({ deletedId: id });
  }

  /** The viewer's link with this code, or null (someone else's links are not shown). */
  async byCode(deps: LinksDeps, code: string): Promise<ShortLinkRow | null> {
    const viewer = requireViewer(deps.viewer);
    if (!CODE.test(code)) throw badInput('code must be 1 to 64 letters, digits, _ or -.', 'code');
    const link = await deps.em.findOne(ShortLink, { code });
    return link && link.ownerId === viewer.userId ? link : null;
  }

  /** One page of the viewer's links, newest first; optionally those with a tag. Two statements whatever the page size. */
  list(deps: LinksDeps, args: QueryShortLinksArgs): Promise<Connection<ShortLinkRow>> {
    const viewer = requireViewer(deps.viewer);
    const where: FilterQuery<ShortLinkRow> = { ownerId: viewer.userId };
    if (args.tag != null) {
      const tag = cleanTag(args.tag);
      if (!tag) throw badInput('tag must be 1 to 40 letters, digits, spaces, _ or -.', 'tag');
      Object.assign(where, jsonArrayHas<ShortLinkRow>(deps.em, 'tags', tag));
    }
    return paginate(deps.em, ShortLink, where, args, totalOrder<ShortLinkRow>('createdAt', 'DESC'));
  }
}
