import { ConfigError, loadSubgraphConfig } from '../../../kit';
import { loadPollsConfig } from '../src/config';

describe('polls settings', () => {
  const base = loadSubgraphConfig({});

  it('defaults the close sweep to 5 s and takes 0 (off) or a number of ms', () => {
    expect(loadPollsConfig(base, {}).POLL_CLOSE_SWEEP_MS).toBe(5_000);
    expect(loadPollsConfig(base, { POLL_CLOSE_SWEEP_MS: '' }).POLL_CLOSE_SWEEP_MS).toBe(5_000);
    expect(loadPollsConfig(base, { POLL_CLOSE_SWEEP_MS: '0' }).POLL_CLOSE_SWEEP_MS).toBe(0);
    expect(loadPollsConfig(base, { POLL_CLOSE_SWEEP_MS: '250' }).POLL_CLOSE_SWEEP_MS).toBe(250);
  });

  it.each(['5s', '-1', '1.5', '3600001'])('refuses POLL_CLOSE_SWEEP_MS=%s instead of falling back to the default', (value) => {
    const parse = () => loadPollsConfig(base, { POLL_CLOSE_SWEEP_MS: value });
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(/POLL_CLOSE_SWEEP_MS/);
  });

  it('keeps the shared settings the kit parsed', () => {
    const shared = loadSubgraphConfig({ DB_POOL_SIZE: '3' });
    expect(loadPollsConfig(shared, { DB_POOL_SIZE: '7' }).DB_POOL_SIZE).toBe(3);
  });
});
