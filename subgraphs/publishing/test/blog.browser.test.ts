import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { gql, signUpUser } from '../../../test/helpers/graphql';
import { browserTestEnv, disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';

/**
 * The blog's reader pages in a real browser (Debian's Chromium through puppeteer-core, as the
 * explorer's test): the list links to the article, the article shows the rendered Markdown, nothing
 * in the author's content runs, and the page logs no error and requests nothing that fails.
 */
const CANDIDATES = browserTestEnv.CHROMIUM_PATH ? [browserTestEnv.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const chromium = CANDIDATES.find((path) => existsSync(path));
const describeInBrowser = chromium || browserTestEnv.CI ? describe : describe.skip;

const CREATE = 'mutation($input: CreatePostInput!) { createPost(input: $input) { post { path } errors { field } } }';

describeInBrowser('publishing: the blog in a browser', () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!chromium) throw new Error(`CI is set but there is no Chromium at ${CANDIDATES.join(', ')}.`);
    stack = await startTestStack({ only: ['identity', 'publishing'], env: { BLOG_TITLE: 'Browser blog' } });
    origin = new URL(stack.url).origin;
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
    disposeAfterAll(() => browser.close());
    page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  });

  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  it('lists the post, opens it, shows the rendered Markdown and runs none of the author’s script', async () => {
    const author = await signUpUser(stack.url, 'blogger');
    const created = await gql(
      stack.url,
      CREATE,
      {
        input: {
          title: 'Seen in a browser',
          content: '## Rendered\n\nSome **bold** words.\n\n<script>window.__xss = 1</script>\n\n[click](javascript:window.__xss=2)',
          status: 'PUBLISHED',
        },
      },
      { token: author.token },
    );
    expect(created.body.data.createPost.errors).toEqual([]);
    await page.goto(`${origin}/blog/`, { waitUntil: 'networkidle0' });
    expect(await page.title()).toBe('Browser blog');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('article h2 a')]);
    expect(new URL(page.url()).pathname).toBe(created.body.data.createPost.post.path);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Seen in a browser');
    expect(await page.$eval('.content h2', (h) => h.textContent)).toBe('Rendered');
    expect(await page.$eval('.content strong', (s) => s.textContent)).toBe('bold');
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(await page.$$('.content script, .content a[href^="javascript:"]')).toHaveLength(0);
  });
});
