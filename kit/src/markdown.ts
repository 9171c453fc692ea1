/**
 * Markdown to safe HTML for every subgraph that shows user-written text (notes, publishing): CommonMark
 * plus tables and strikethrough through markdown-it, then an allow-list pass through sanitize-html.
 * Raw HTML inside the Markdown is parsed (so `<b>` or `<details>` work) but only what the allow-list
 * names survives: no `<script>`, `<style>`, `<iframe>`, `<object>`, forms or SVG, no `on*` or `style`
 * attribute, and links and images only with http(s) (and mailto: for links) or relative URLs, so no
 * `javascript:`, `vbscript:` or `data:` URL survives whatever its spelling (entities, case, tabs).
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });

const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  's',
  'del',
  'ins',
  'sub',
  'sup',
  'mark',
  'kbd',
  'abbr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'span',
  'div',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: ['class'],
    th: ['align'],
    td: ['align'],
    ol: ['start'],
    abbr: ['title'],
  },
  allowedClasses: { code: [/^language-[a-z0-9_+-]{1,30}$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  // Dropped with their content (the text of a script is not a paragraph).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  disallowedTagsMode: 'discard',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
  },
};

/** Markdown source to sanitised HTML (see the module comment for what survives). */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), SANITIZE);
}

/** Any HTML through the same allow-list as {@link renderMarkdown}'s output. */
export function sanitizeUserHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}
