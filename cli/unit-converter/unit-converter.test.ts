import { spawnInPty } from '../../test/helpers/pty';
import { runCli } from '../../test/helpers/run-cli';

const CLI = 'cli/unit-converter/main.ts';
const convert = (...args: string[]) => runCli(CLI, args);

describe('unit-converter', () => {
  it('converts lengths, weights and temperatures from the arguments', async () => {
    expect(await convert('20', 'ft', 'm')).toEqual({ code: 0, signal: null, stdout: '20 ft = 6.096 m\n', stderr: '' });
    expect((await convert('-40', 'C', 'F')).stdout).toBe('-40 C = -40 F\n');
    expect((await convert('1', 'kg', 'lb', '--precision', '3')).stdout).toBe('1 kg = 2.205 lb\n');
    expect((await convert('5280', 'feet', 'mile')).stdout).toBe('5280 ft = 1 mi\n');
    expect(JSON.parse((await convert('1', 'mi', 'km', '--json')).stdout)).toEqual({
      value: 1,
      from: 'mi',
      to: 'km',
      result: 1.609344,
      text: '1 mi = 1.609344 km',
    });
  });

  it('refuses an unknown unit, mixed dimensions and impossible values with exit 1; usage mistakes with 2', async () => {
    const unknown = await convert('20', 'furlong', 'm');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unit-converter: error: Unknown unit "furlong". Known units: mm, cm, m, km');
    const mixed = await convert('20', 'ft', 'kg');
    expect([mixed.code, mixed.stderr]).toEqual([1, expect.stringContaining('Cannot convert length (ft) to weight (kg).')]);
    const cold = await convert('-500', 'C', 'K');
    expect([cold.code, cold.stderr]).toEqual([1, expect.stringContaining('-500 C is below absolute zero.')]);
    const missing = await convert('20', 'ft');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('missing <to>')]);
    const notANumber = await convert('twenty', 'ft', 'm');
    expect(notANumber.code).toBe(2);
    expect((await convert('1', 'm', 'ft', '--precision', '99')).code).toBe(2);
    expect(JSON.parse((await convert('1', 'm', 'kg', '--json')).stderr)).toMatchObject({ error: { code: 'BAD_INPUT' } });
    for (const r of [unknown, mixed, cold, missing]) expect(r.stdout).toBe('');
  });

  it('lists the units, all or of one kind', async () => {
    const weights = await convert('--list', '--dimension', 'weight');
    expect(
      weights.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['mg', 'g', 'kg', 'oz', 'lb']);
    const all = JSON.parse((await convert('--list', '--json')).stdout) as { symbol: string; dimension: string }[];
    expect(all).toHaveLength(16);
    expect(all).toContainEqual({ symbol: 'K', name: 'kelvin', dimension: 'temperature' });
  });

  it('asks line by line without arguments, reporting a mistake and going on (piped input)', async () => {
    const session = await runCli(CLI, [], { stdin: '20 ft m\n-500 C K\nbad\n100 C F\n\n' });
    expect(session.code).toBe(0);
    expect(session.stdout).toContain('20 ft = 6.096 m\n');
    expect(session.stdout).toContain('100 C = 212 F\n');
    expect(session.stderr).toContain('-500 C is below absolute zero.');
    expect(session.stderr).toContain('Type a value and two units');
  });

  it('runs interactively in a terminal and quits on an empty line', async () => {
    const session = spawnInPty(CLI, []);
    await session.waitFor('> ');
    session.write('1 in cm\r');
    await session.waitFor('1 in = 2.54 cm');
    session.write('1 in kg\r');
    await session.waitFor('Cannot convert length (in) to weight (kg).');
    session.write('\r');
    expect(await session.exited).toBe(0);
  }, 30_000);
});
