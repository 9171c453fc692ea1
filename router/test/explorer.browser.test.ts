import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import puppeteer, { type Browser, type HTTPResponse, type Page } from 'puppeteer-core';
import { repoRoot } from '../../kit';
import { gql, signUpUser } from '../../test/helpers/graphql';
import { browserTestEnv, disposeAfterAll, startTestStack, type TestStack } from '../../test/helpers/stack';
import { eventually } from '../../test/helpers/wait';

/**
 * The offline explorer in a real browser: headless Chromium (Debian's `chromium`, which `.ci/run`
 * installs) loads /explorer from the router, and the test types into GraphiQL as a user would.
 * No browser is downloaded: puppeteer-core drives the executable that is already on the machine.
 */
const CHROMIUM_CANDIDATES = browserTestEnv.CHROMIUM_PATH
  ? [browserTestEnv.CHROMIUM_PATH]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const chromium = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
const MISSING = `no Chromium executable at ${CHROMIUM_CANDIDATES.join(', ')}; install Debian's chromium package or set CHROMIUM_PATH`;

// Outside CI a machine without Chromium skips this suite, saying why; in CI it fails.
const describeInBrowser = chromium || browserTestEnv.CI ? describe : describe.skip;
if (!chromium && !browserTestEnv.CI) console.warn(`Skipping the explorer browser test: ${MISSING}.`);

const QUERY_EDITOR = '.graphiql-query-editor';
const RESULT_PANE = '.graphiql-response';
const HEADERS_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';
const EXECUTE = '.graphiql-execute-button';

describeInBrowser(`explorer in a browser${chromium || browserTestEnv.CI ? '' : ` (skipped: ${MISSING})`}`, () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let origin: string;
  /** Everything that went wrong in the page: console errors, script errors, failed or refused requests. */
  const problems: string[] = [];

  beforeAll(async () => {
    if (!chromium) throw new Error(`CI is set but there is ${MISSING}.`);
    stack = await startTestStack({ only: ['identity', 'basics'] });
    origin = new URL(stack.url).origin;
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      // Tests run as root in containers, where Chromium's sandbox cannot start.
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    disposeAfterAll(() => browser.close());
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 760 });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
    page.on('requestfailed', (request) => {
      // GraphiQL's multipart reader (meros) cancels the body as soon as it reads the closing boundary,
      // which the browser reports as an aborted request when the end of the stream is not in yet.
      // Every part was read by then (the @defer test checks the merged result).
      const multipart = request.response()?.headers()['content-type']?.startsWith('multipart/mixed');
      if (multipart && request.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    // Offline means offline: nothing may come from a CDN.
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) problems.push(`request outside the router: ${url}`);
    });
    await page.goto(`${origin}/explorer`, { waitUntil: 'networkidle0' });
  });

  afterEach(() => {
    expect(problems.splice(0)).toEqual([]);
  });

  /** Page-side code runs as a string: the test project is compiled without the DOM's types. */
  const editorValue = (section: string) =>
    page.evaluate(`document.querySelector(${JSON.stringify(`${section} .CodeMirror`)}).CodeMirror.getValue()`) as Promise<string>;

  /** Replaces an editor's text by typing it, as a user would (GraphiQL closes brackets and quotes itself). */
  async function typeInto(section: string, text: string, pasted = ''): Promise<void> {
    await page.click(`${section} .CodeMirror`);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    const [before, after] = pasted ? text.split(pasted) : [text, ''];
    await page.keyboard.type(before!);
    // A long value (a token) arrives at once, as a paste does; the closing characters are typed over.
    if (pasted) await page.keyboard.sendCharacter(pasted);
    await page.keyboard.type(after!);
    await page.keyboard.press('Escape'); // closes an open completion list
    expect(await editorValue(section)).toBe(text);
    if (section === QUERY_EDITOR) {
      // GraphiQL parses the query 100 ms after the last keystroke; a user's click comes later than that.
      await page.waitForFunction(
        `(() => { const cm = document.querySelector('${QUERY_EDITOR} .CodeMirror').CodeMirror; return cm.documentAST?.loc.source.body === cm.getValue(); })()`,
      );
    }
  }

  /** The JSON in the result pane, once it equals `expected`. */
  const shownResult = async (): Promise<unknown> => {
    const text = await editorValue(RESULT_PANE);
    return text ? JSON.parse(text) : text;
  };

  /** Waits until the result pane shows `expected`. */
  const resultEventually = (expected: unknown) => eventually(async () => expect(await shownResult()).toEqual(expected), 10_000);

  const executeLabel = () => page.$eval(EXECUTE, (button) => button.getAttribute('aria-label') ?? '');

  it('renders GraphiQL from the router alone, with the schema loaded', async () => {
    await page.waitForSelector(`${QUERY_EDITOR} .CodeMirror`);
    expect(await page.$eval('#explorer', (root) => root.textContent ?? '')).not.toContain('Loading the explorer');
    expect(await editorValue(QUERY_EDITOR)).toContain('query Me');
    // The documentation explorer lists the root types once introspection has answered.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector('.graphiql-doc-explorer');
    await eventually(
      async () => expect(await page.$eval('.graphiql-doc-explorer', (e) => e.textContent ?? '')).toMatch(/Query.*Mutation.*Subscription/s),
      10_000,
    );
    await page.click('button[aria-label="Hide Documentation Explorer"]');
  });

  it('runs a query typed into the editor and shows its data in the result pane', async () => {
    await typeInto(QUERY_EDITOR, '{ convertUnits(value: 2, from: "km", to: "m") { result } }');
    await page.click(EXECUTE);
    await resultEventually({ data: { convertUnits: { result: 2000 } } });
  });

  it('shows the live events of a counterChanged subscription', async () => {
    const name = `explorer-${Date.now()}`;
    await typeInto(QUERY_EDITOR, `subscription { counterChanged(name: "${name}") { name value } }`);
    await page.click(EXECUTE);
    const increment = async (): Promise<number> =>
      (await gql(stack.url, 'mutation($n: String!) { incrementCounter(name: $n) { value } }', { n: name })).body.data.incrementCounter
        .value;
    await eventually(() => expect(stack.router.subscriptions.subscribers).toBe(1), 10_000);
    // The router's own subscription to basics may start a moment after it counts the subscriber:
    // increment until events arrive, then every further change must show up, in order.
    let latest = 0;
    await eventually(
      async () => {
        latest = await increment();
        expect(await shownResult()).toMatchObject({ data: { counterChanged: { name } } });
      },
      10_000,
      100,
    );
    await resultEventually({ data: { counterChanged: { name, value: latest } } });
    for (let i = 0; i < 3; i += 1) {
      const value = await increment();
      await resultEventually({ data: { counterChanged: { name, value } } });
    }
    expect(await executeLabel()).toMatch(/^Stop/);
    await page.click(EXECUTE);
    await eventually(() => expect(stack.router.subscriptions.subscribers).toBe(0), 10_000);
    expect(await executeLabel()).toMatch(/^Execute/);
  });

  it('runs a @defer query, taking its parts as they come and merging them', async () => {
    const contentTypes: string[] = [];
    const onResponse = (response: HTTPResponse) => {
      if (response.request().method() === 'POST' && response.url() === stack.url)
        contentTypes.push(response.headers()['content-type'] ?? '');
    };
    page.on('response', onResponse);
    try {
      await typeInto(
        QUERY_EDITOR,
        '{ convertUnits(value: 2, from: "km", to: "m") { result } ... @defer { units(dimension: WEIGHT) { symbol } } }',
      );
      await page.click(EXECUTE);
      await eventually(async () => {
        const shown = (await shownResult()) as { data?: { convertUnits?: unknown; units?: { symbol: string }[] } };
        expect(shown.data?.convertUnits).toEqual({ result: 2000 });
        expect(shown.data?.units?.map((u) => u.symbol)).toContain('kg');
      }, 10_000);
      expect(contentTypes).toEqual(['multipart/mixed; boundary="-"; deferSpec=20220824']);
      // The last part ends the execution (the button offers to execute again, not to stop).
      await eventually(async () => expect(await executeLabel()).toMatch(/^Execute/), 10_000);
    } finally {
      page.off('response', onResponse);
    }
  });

  it('sends the Headers tab with each request: a bearer token signs the user in', async () => {
    const user = await signUpUser(stack.url, 'explorer');
    await typeInto(QUERY_EDITOR, '{ me { email } }');
    await page.click(EXECUTE);
    await resultEventually({ data: { me: null } });

    await page.click('.graphiql-editor-tools button[data-name="headers"]');
    await page.waitForSelector(`${HEADERS_EDITOR} .CodeMirror`, { visible: true });
    await typeInto(HEADERS_EDITOR, `{"Authorization": "Bearer ${user.token}"}`, user.token);
    await page.click(EXECUTE);
    await resultEventually({ data: { me: { email: user.email } } });

    if (browserTestEnv.EXPLORER_SCREENSHOT) {
      // The start of the header line, not its end, in the picture.
      await page.click(`${HEADERS_EDITOR} .CodeMirror`);
      await page.keyboard.press('Home');
      const path = isAbsolute(browserTestEnv.EXPLORER_SCREENSHOT)
        ? browserTestEnv.EXPLORER_SCREENSHOT
        : join(repoRoot, browserTestEnv.EXPLORER_SCREENSHOT);
      await page.screenshot({ path: path as `${string}.png` });
    }
  });

  it('links the explorer from the landing page at /graphql, where offline Sandbox cannot load', async () => {
    // A page of its own: the CDN requests it refuses are the point here, not problems.
    const offline = await browser.newPage();
    try {
      await offline.setRequestInterception(true);
      offline.on('request', (request) =>
        request.url().startsWith(`${origin}/`) ? request.continue() : request.abort('internetdisconnected'),
      );
      await offline.goto(stack.url, { waitUntil: 'networkidle0' });
      await offline.waitForSelector('#offline', { visible: true });
      await Promise.all([offline.waitForNavigation(), offline.click('#explorer-link')]);
      expect(offline.url()).toBe(`${origin}/explorer`);
      await offline.waitForSelector(`${QUERY_EDITOR} .CodeMirror`);
    } finally {
      await offline.close();
    }
  });
});
