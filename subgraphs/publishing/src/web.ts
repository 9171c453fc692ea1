/**
 * The blog over plain HTTP, served on the router host through publishing's public paths: RSS 2.0 and
 * Atom feeds (`/feeds/posts.rss`, `/feeds/posts.atom`, narrowed by `?tag=`, `?category=`, `?author=`)
 * and the reader's pages (`/blog/` lists the latest posts, `/blog/<authorId>/<slug>` shows one; an old
 * slug answers 301 to the current one). Every answer carries an ETag of its bytes and is 304 when the
 * client already has them.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cleanTag, isUuid, pageContentSecurityPolicy, renderMarkdown, sortKey, type HttpRoute, type Logger } from '../../../kit';
import type { PublishingConfig } from './config';
import type { PublishingDeps } from './context';
import type { PostRow } from './entities';
import { MAX_CATEGORY, postPath, type PublishingService } from './service';

/** Characters XML 1.0 does not allow at all (C0 controls but tab, newline, return; lone surrogates; FFFE/FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value escaped for XML and HTML. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface FeedFilter {
  authorId?: string;
  tag?: string;
  category?: string;
}

class BadRequest extends Error {}

function feedFilter(query: URLSearchParams): FeedFilter {
  const filter: FeedFilter = {};
  const author = query.get('author');
  if (author !== null) {
    if (!isUuid(author)) throw new BadRequest('author must be the id of a user.');
    filter.authorId = author.toLowerCase();
  }
  const tag = query.get('tag');
  if (tag !== null) {
    const clean = cleanTag(tag);
    if (!clean) throw new BadRequest('tag must be 1 to 40 letters, digits, spaces, _ or -.');
    filter.tag = clean;
  }
  const category = query.get('category');
  if (category !== null) {
    const key = sortKey(category, MAX_CATEGORY + 1);
    if (!key || key.length > MAX_CATEGORY) throw new BadRequest(`category must be 1 to ${MAX_CATEGORY} characters.`);
    filter.category = category;
  }
  return filter;
}

const lastChange = (posts: PostRow[]) => new Date(Math.max(0, ...posts.map((p) => p.updatedAt.getTime())));

function rss(config: PublishingConfig, posts: PostRow[], self: string): string {
  const base = config.PUBLIC_URL.replace(/\/+$/, '');
  const items = posts.map(
    (post) => `    <item>
      <title>${escapeXml(post.title)}</title>
      <link>${escapeXml(base + postPath(post))}</link>
      <guid isPermaLink="false">urn:uuid:${post.id}</guid>
      <pubDate>${(post.publishedAt ?? post.createdAt).toUTCString()}</pubDate>
      <description>${escapeXml(post.excerpt)}</description>
      <content:encoded>${escapeXml(renderMarkdown(post.content))}</content:encoded>
${[post.category, ...post.tags]
  .filter((c): c is string => Boolean(c))
  .map((c) => `      <category>${escapeXml(c)}</category>`)
  .join('\n')}
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${escapeXml(config.BLOG_TITLE)}</title>
    <link>${escapeXml(`${base}/blog/`)}</link>
    <description>${escapeXml(`The latest posts of ${config.BLOG_TITLE}`)}</description>
    <atom:link href="${escapeXml(base + self)}" rel="self" type="application/rss+xml"/>
    <lastBuildDate>${lastChange(posts).toUTCString()}</lastBuildDate>
${items.join('\n')}
  </channel>
</rss>
`;
}

function atom(config: PublishingConfig, posts: PostRow[], self: string): string {
  const base = config.PUBLIC_URL.replace(/\/+$/, '');
  const entries = posts.map(
    (post) => `  <entry>
    <title type="text">${escapeXml(post.title)}</title>
    <id>urn:uuid:${post.id}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(base + postPath(post))}"/>
    <published>${(post.publishedAt ?? post.createdAt).toISOString()}</published>
    <updated>${post.updatedAt.toISOString()}</updated>
    <summary type="text">${escapeXml(post.excerpt)}</summary>
    <content type="html">${escapeXml(renderMarkdown(post.content))}</content>
${[post.category, ...post.tags]
  .filter((c): c is string => Boolean(c))
  .map((c) => `    <category term="${escapeXml(c)}"/>`)
  .join('\n')}
  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">${escapeXml(config.BLOG_TITLE)}</title>
  <id>${escapeXml(base + self)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(base + self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${base}/blog/`)}"/>
  <updated>${lastChange(posts).toISOString()}</updated>
  <author><name>${escapeXml(config.BLOG_TITLE)}</name></author>
${entries.join('\n')}
</feed>
`;
}

function page(config: PublishingConfig, title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeXml(title)}</title>
<link rel="alternate" type="application/rss+xml" title="${escapeXml(config.BLOG_TITLE)}" href="/feeds/posts.rss">
<link rel="alternate" type="application/atom+xml" title="${escapeXml(config.BLOG_TITLE)}" href="/feeds/posts.atom">
</head>
<body>
${body}
</body>
</html>
`;
}

function listPage(config: PublishingConfig, posts: PostRow[]): string {
  const items = posts.map(
    (post) => `<li><article>
<h2><a href="${escapeXml(postPath(post))}">${escapeXml(post.title)}</a></h2>
<p><time datetime="${(post.publishedAt ?? post.createdAt).toISOString()}">${(post.publishedAt ?? post.createdAt).toISOString().slice(0, 10)}</time>${post.category ? ` · ${escapeXml(post.category)}` : ''}</p>
<p>${escapeXml(post.excerpt)}</p>
</article></li>`,
  );
  return page(
    config,
    config.BLOG_TITLE,
    `<header><h1>${escapeXml(config.BLOG_TITLE)}</h1><p><a href="/feeds/posts.rss">RSS</a> · <a href="/feeds/posts.atom">Atom</a></p></header>
<main><ol>
${items.join('\n') || '<li>No posts yet.</li>'}
</ol></main>`,
  );
}

function articlePage(config: PublishingConfig, post: PostRow): string {
  const at = post.publishedAt ?? post.createdAt;
  return page(
    config,
    `${post.title} · ${config.BLOG_TITLE}`,
    `<header><p><a href="/blog/">${escapeXml(config.BLOG_TITLE)}</a></p></header>
<main><article>
<h1>${escapeXml(post.title)}</h1>
<p><time datetime="${at.toISOString()}">${at.toISOString().slice(0, 10)}</time>${post.category ? ` · ${escapeXml(post.category)}` : ''}</p>
<div class="content">
${renderMarkdown(post.content)}
</div>
${post.tags.length ? `<p>${post.tags.map((t) => `<span class="tag">${escapeXml(t)}</span>`).join(' ')}</p>` : ''}
</article></main>`,
  );
}

/** Sends `body` with a strong ETag of its bytes, or 304 when `If-None-Match` already names it. */
/** Reader pages: images an article links (any HTTPS host), no script, no style from elsewhere, never framed. */
const PAGE_CSP = pageContentSecurityPolicy({ images: ["'self'", 'https:', 'data:'] });

function sendCached(req: IncomingMessage, res: ServerResponse, contentType: string, body: string, lastModified?: Date): void {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers: Record<string, string> = { etag, 'cache-control': 'public, max-age=60', vary: 'Accept-Encoding' };
  if (lastModified && lastModified.getTime() > 0) headers['last-modified'] = lastModified.toUTCString();
  const ifNoneMatch = req.headers['if-none-match'];
  const known = (ifNoneMatch ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (known.includes(etag) || known.includes('*')) {
    res.writeHead(304, headers).end();
    return;
  }
  if (contentType.startsWith('text/html')) headers['content-security-policy'] = PAGE_CSP;
  res.writeHead(200, { ...headers, 'content-type': contentType, 'content-length': String(Buffer.byteLength(body)) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${message}\n`);
}

const ARTICLE = /^\/blog\/([^/]+)\/([^/]+)\/?$/;

/**
 * publishing's public HTTP routes. `deps()` gives service dependencies without a viewer: pages and
 * feeds show what an anonymous reader sees, whoever asks.
 */
export function webRoutes(service: PublishingService, deps: () => PublishingDeps, config: PublishingConfig, log: Logger): HttpRoute[] {
  const guard =
    (handler: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>) =>
    async (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://publishing');
      try {
        await handler(req, res, url);
      } catch (error) {
        if (error instanceof BadRequest) return sendText(res, 400, error.message);
        log.error({ err: String(error), path: url.pathname }, 'publishing page failed');
        if (!res.headersSent) sendText(res, 500, 'Something went wrong.');
      }
    };
  const feed = (format: 'rss' | 'atom') =>
    guard(async (req, res, url) => {
      const posts = await service.latest(deps(), config.FEED_SIZE, feedFilter(url.searchParams));
      const self = url.pathname + url.search;
      const body = format === 'rss' ? rss(config, posts, self) : atom(config, posts, self);
      sendCached(
        req,
        res,
        format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
        body,
        lastChange(posts),
      );
    });
  return [
    { method: 'GET', path: '/feeds/posts.rss', handler: feed('rss') },
    { method: 'GET', path: '/feeds/posts.atom', handler: feed('atom') },
    {
      method: 'GET',
      path: '/blog/',
      handler: guard(async (req, res) => {
        const posts = await service.latest(deps(), config.FEED_SIZE);
        sendCached(req, res, 'text/html; charset=utf-8', listPage(config, posts), lastChange(posts));
      }),
    },
    {
      method: 'GET',
      path: ARTICLE,
      handler: guard(async (req, res, url) => {
        const [, authorId = '', slug = ''] = ARTICLE.exec(url.pathname) ?? [];
        let post: PostRow | null = null;
        try {
          post = await service.bySlug(deps(), decodeURIComponent(authorId), decodeURIComponent(slug));
        } catch {
          // A malformed author id or slug names no post.
        }
        if (!post) return sendText(res, 404, 'No such post.');
        const current = postPath(post);
        if (url.pathname.replace(/\/$/, '') !== current) {
          // An old slug (or a differently written one): one permanent address per post.
          res.writeHead(301, { location: current, 'cache-control': 'public, max-age=300' }).end();
          return;
        }
        sendCached(req, res, 'text/html; charset=utf-8', articlePage(config, post), post.updatedAt);
      }),
    },
  ];
}
