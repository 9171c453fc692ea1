/** Command-line options of a benchmark: `--name=value`, `--name value` or a bare `--flag`. */
export class BenchArgs {
  private readonly values = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(argv: string[]) {
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i]!; // i < argv.length
      const next = argv[i + 1];
      if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}" (options look like --duration=10)`);
      const eq = arg.indexOf('=');
      if (eq > 0) this.values.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (next !== undefined && !next.startsWith('--')) {
        this.values.set(arg.slice(2), next);
        i++;
      } else this.values.set(arg.slice(2), 'true');
    }
  }

  /** A number option within [min, max], or `fallback` when absent. */
  number(name: string, fallback: number, min: number, max: number): number {
    this.used.add(name);
    const raw = this.values.get(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}`);
    return value;
  }

  /** A comma-separated list of integers within [min, max]. */
  integers(name: string, fallback: number[], min: number, max: number): number[] {
    this.used.add(name);
    const raw = this.values.get(name);
    if (raw === undefined) return fallback;
    const list = raw.split(',').map((s) => Number(s.trim()));
    if (!list.length || list.some((v) => !Number.isInteger(v) || v < min || v > max)) {
      throw new Error(`--${name} must be integers from ${min} to ${max}, comma-separated`);
    }
    return list;
  }

  /** One of `choices`, or `fallback`. */
  choice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    this.used.add(name);
    const raw = this.values.get(name);
    if (raw === undefined) return fallback;
    if (!(choices as readonly string[]).includes(raw)) throw new Error(`--${name} must be one of ${choices.join(', ')}`);
    return raw as T;
  }

  /** A boolean flag (`--pin`, `--pin=false`). */
  flag(name: string): boolean {
    this.used.add(name);
    const raw = this.values.get(name);
    if (raw === undefined) return false;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    throw new Error(`--${name} takes no value (or true/false)`);
  }

  /** Fails on options no benchmark asked for, so a typo does not silently run the defaults. */
  rejectUnknown(): void {
    const unknown = [...this.values.keys()].filter((k) => !this.used.has(k));
    if (unknown.length) throw new Error(`unknown option(s): ${unknown.map((k) => `--${k}`).join(', ')}`);
  }
}
