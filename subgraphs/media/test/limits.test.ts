import { signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { fetchImage, makeImage, transformUrl, upload } from './helpers';

describe('media: transforms are rate limited per client address and per image owner', () => {
  let stack: TestStack;
  let alice: TestUser;
  let image: string;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'media'],
      env: { MEDIA_TRANSFORM_RATE_POINTS: '3', MEDIA_TRANSFORM_RATE_WINDOW_SECONDS: '3600' },
    });
    alice = await signUpUser(stack.url, 'alice');
    image = await upload(stack, alice, await makeImage('png', 40, 40));
  });

  it('answers 429 with Retry-After once the budget of transforms is spent, and still serves cached ones', async () => {
    const urls = await Promise.all([10, 11, 12, 13].map((width) => transformUrl(stack, alice, image, { width })));
    for (const url of urls.slice(0, 3)) expect((await fetchImage(stack, url)).status).toBe(200);
    const limited = await fetchImage(stack, urls[3]!);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(JSON.parse(limited.body.toString()).errors[0].extensions.code).toBe('RATE_LIMITED');
    // A derivative already made costs no sharp work and is not limited.
    const cached = await fetchImage(stack, urls[0]!);
    expect([cached.status, cached.headers.get('x-media-cache')]).toEqual([200, 'HIT']);
  });
});
