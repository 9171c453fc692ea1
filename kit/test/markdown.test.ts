import { Parser } from 'htmlparser2';
import { renderMarkdown } from '../src/markdown';

/** Every element and attribute of an HTML fragment, parsed as a browser would tokenise it. */
function elements(html: string): { tag: string; attrs: Record<string, string> }[] {
  const found: { tag: string; attrs: Record<string, string> }[] = [];
  const parser = new Parser({ onopentag: (tag, attrs) => found.push({ tag, attrs }) }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  return found;
}

const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'form',
  'input',
  'base',
  'meta',
  'link',
]);

/** What a browser would do with a URL attribute: control characters and spaces dropped, lower case. */
function scheme(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
}

function expectSafe(html: string): void {
  for (const { tag, attrs } of elements(html)) {
    expect(FORBIDDEN_TAGS.has(tag)).toBe(false);
    for (const [name, value] of Object.entries(attrs)) {
      expect(name.startsWith('on')).toBe(false);
      expect(name).not.toBe('style');
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'srcset'].includes(name)) {
        expect(scheme(value)).not.toMatch(/^(javascript|vbscript|data|livescript):/);
      }
    }
  }
  expect(html).not.toMatch(/<script/i);
}

// OWASP XSS filter-evasion cheat sheet vectors, as raw HTML and as Markdown.
const VECTORS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>',
  '<ScRiPt>alert(1)</sCrIpT>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  '<IMG SRC="jav\tascript:alert(\'XSS\');">',
  '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">',
  '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">',
  '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="JAVASCRIPT:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<img src=x onerror=alert(1)>',
  '<img src=x OnErRoR=alert(1)>',
  '<img/src=x/onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<div style="background-image: url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1));">x</div>',
  '<style>@import "http://xss.example/xss.css";</style>',
  '<link rel=stylesheet href="javascript:alert(1)">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1);">',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  '<SCRIPT/XSS SRC="http://xss.example/xss.js"></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<form action="javascript:alert(1)"><input type=submit></form>',
  '<details open ontoggle=alert(1)>x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<base href="javascript:alert(1)//">',
  '"><img src=x onerror=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](java&#x09;script:alert(1))',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](javascript:alert(1))',
  '![x](data:text/html,<script>alert(1)</script>)',
  '[x](<javascript:alert(1)>)',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '[a](https://ok.example "title\\" onmouseover=\\"alert(1)")',
];

describe('renderMarkdown', () => {
  it('renders Markdown', () => {
    const html = renderMarkdown(
      '# Title\n\nSome *em* and **strong**, `code`, [link](https://example.com).\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<strong>strong</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<a href="https://example.com" rel="nofollow noopener noreferrer">link</a>');
    expect(html).toContain('<td>1</td>');
  });

  it('keeps harmless inline HTML and code block languages', () => {
    expect(renderMarkdown('a <b>bold</b> word')).toContain('<b>bold</b>');
    expect(renderMarkdown('```ts\nconst a = 1;\n```')).toContain('<code class="language-ts">');
  });

  it.each(VECTORS)('leaves nothing executable of %s', (vector) => {
    expectSafe(renderMarkdown(vector));
    expectSafe(renderMarkdown(`text before\n\n${vector}\n\ntext after`));
    expectSafe(renderMarkdown(`* item ${vector}`));
  });

  it('checks what it claims to check (the detector flags raw vectors)', () => {
    expect(() => expectSafe('<img src=x onerror=alert(1)>')).toThrow();
    expect(() => expectSafe('<a href="java&#x09;script:alert(1)">x</a>')).toThrow();
    expect(() => expectSafe('<svg onload=alert(1)>')).toThrow();
  });
});
