import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

const RATE = /^[A-Z]{3}\/[A-Z]{3}=\d{1,12}$/;

/** The banking subgraph's settings: the shared subgraph settings plus its sweep and exchange rates. */
export const bankingEnvSchema = subgraphEnvSchema.extend({
  /**
   * How often every replica expires timed-out pending transfers and runs due scheduled transfers, in
   * ms (at most an hour); 0 turns the sweep off (tests that call `sweep` themselves).
   */
  BANKING_SWEEP_MS: z.coerce.number().int().min(0).max(3_600_000).default(1_000),
  /**
   * Exchange rates in parts per million, comma separated: `USD/EUR=920000,EUR/USD=1087000` (1 USD
   * buys 0.92 EUR). A pair not listed cannot be exchanged.
   */
  BANKING_FX_RATES_PPM: z
    .string()
    .default('USD/EUR=920000,EUR/USD=1087000,GBP/EUR=1160000,EUR/GBP=862000')
    .refine((value) => value === '' || value.split(',').every((pair) => RATE.test(pair.trim())), 'expected FROM/TO=ppm pairs'),
});
export type BankingConfig = z.infer<typeof bankingEnvSchema>;

/** Parses the banking settings from `env`, listing every problem at once (ConfigError). */
export function loadBankingConfig(base: SubgraphConfig, env: Record<string, string | undefined>): BankingConfig {
  return { ...parseConfig(bankingEnvSchema, env), ...base };
}

/** `BANKING_FX_RATES_PPM` as a map `FROM/TO` → parts per million. */
export function exchangeRates(config: Pick<BankingConfig, 'BANKING_FX_RATES_PPM'>): Map<string, number> {
  const rates = new Map<string, number>();
  for (const pair of config.BANKING_FX_RATES_PPM.split(',')) {
    const [key, ppm] = pair.trim().split('=');
    if (key && ppm) rates.set(key, Number(ppm));
  }
  return rates;
}
