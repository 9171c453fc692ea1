import { ErrorTracker, MAX_GROUPS, MAX_SAMPLES, createLogger, fingerprintError, parseSentryDsn, parseStack } from '..';

// Two throw sites: same type, different functions. (Line numbers are not part of the fingerprint, so
// that an edit elsewhere in the file does not split a group.)
const siteA = (message: string) => new TypeError(message);
const siteB = (message: string) => new TypeError(message);
const thrownAt = (place: 'a' | 'b', message: string): Error => (place === 'a' ? siteA(message) : siteB(message));

describe('error tracking', () => {
  it('parses V8 frames: our files relative to the repository, dependencies by package, Node internals as they are', () => {
    const frames = parseStack(
      [
        'TypeError: x',
        '    at CounterService.get (/srv/hubgraph/dist/subgraphs/basics/src/service.js:40:11)',
        '    at /srv/hubgraph/kit/src/loaders.ts:12:3',
        '    at Object.execute (/srv/hubgraph/node_modules/graphql/execution/execute.js:100:5)',
        '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      ].join('\n'),
    );
    expect(frames).toEqual([
      { function: 'CounterService.get', file: 'subgraphs/basics/src/service', line: 40, column: 11, inApp: true },
      { function: '<anonymous>', file: 'kit/src/loaders', line: 12, column: 3, inApp: true },
      { function: 'Object.execute', file: 'graphql/execution/execute.js', line: 100, column: 5, inApp: false },
      { function: 'process.processTicksAndRejections', file: 'node:internal/process/task_queues', line: 95, column: 5, inApp: false },
    ]);
  });

  it('groups by type and place, not by message', () => {
    const first = fingerprintError(thrownAt('a', 'user 1 not found'));
    const second = fingerprintError(thrownAt('a', 'user 2 not found'));
    const elsewhere = fingerprintError(thrownAt('b', 'user 1 not found'));
    const otherType = fingerprintError(new RangeError('user 1 not found'));
    expect(first.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(elsewhere.fingerprint).not.toBe(first.fingerprint);
    expect(otherType.fingerprint).not.toBe(first.fingerprint);
    expect(first.type).toBe('TypeError');
    expect(first.frames[0]).toMatchObject({ file: 'kit/test/error-tracking.test', inApp: true });
    // Not an Error at all: still one group per value type and place.
    expect(fingerprintError('a string').type).toBe('Error');
  });

  it('counts occurrences, keeps the latest samples, and drops the least recently seen group past the cap', async () => {
    const tracker = new ErrorTracker();
    tracker.configure({ log: createLogger('test', 'silent') });
    for (let i = 0; i < 8; i++) tracker.capture(thrownAt('a', `n${i}`), { service: i % 2 ? 'work' : 'crm', requestId: `r${i}` });
    let [group] = await tracker.groups();
    expect(group).toMatchObject({ type: 'TypeError', message: 'n7', count: 8, services: ['crm', 'work'] });
    expect(group!.samples.map((s) => s.requestId)).toEqual(['r7', 'r6', 'r5', 'r4', 'r3'].slice(0, MAX_SAMPLES));
    expect(Date.parse(group!.firstSeen)).toBeLessThanOrEqual(Date.parse(group!.lastSeen));

    // MAX_GROUPS more groups, each from its own place (a fresh function per group): the first one goes.
    for (let i = 0; i < MAX_GROUPS; i++) {
      const error = new Error('x');
      error.stack = `Error: x\n    at place${i} (/srv/hubgraph/kit/src/place${i}.ts:1:1)`;
      tracker.capture(error, { service: 'work' });
    }
    const groups = await tracker.groups();
    expect(groups).toHaveLength(MAX_GROUPS);
    expect(groups.find((g) => g.fingerprint === group!.fingerprint)).toBeUndefined();
    expect(groups[0]!.frames[0]!.function).toBe(`place${MAX_GROUPS - 1}`);
    [group] = groups;
    await tracker.reset();
    expect(await tracker.groups()).toEqual([]);
  });

  it('reads a Sentry DSN and refuses one it cannot use', () => {
    expect(parseSentryDsn('https://abc123@o1.ingest.example.com/42')).toEqual({
      origin: 'https://o1.ingest.example.com',
      projectId: '42',
      publicKey: 'abc123',
    });
    expect(() => parseSentryDsn('https://o1.ingest.example.com/42')).toThrow(/must look like/);
    expect(() => parseSentryDsn('https://key@o1.ingest.example.com/project')).toThrow(/must look like/);
  });
});
