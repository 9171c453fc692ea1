import { baseEnvSchema, parseConfig, z } from '../../kit';

const list = z
  .string()
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/** Router settings, from the environment. Subgraph URLs come from `SUBGRAPH_URL_<NAME>` variables. */
export const routerEnvSchema = baseEnvSchema.extend({
  ROUTER_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
  /** Where the router fetches the public keys of access tokens; default: identity's `/.well-known/jwks.json`. */
  JWKS_URL: z.string().url().optional(),
  /** Browser origins allowed to call the router. Development adds Apollo Studio and localhost. */
  CORS_ORIGINS: list.default([]),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  /** Time after which a subgraph fetch is abandoned. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});

export type RouterConfig = z.infer<typeof routerEnvSchema> & { subgraphUrls: Record<string, string> };

/** Parses the router's configuration, including every `SUBGRAPH_URL_<NAME>=http://...` override. */
export function loadRouterConfig(env: Record<string, string | undefined>): RouterConfig {
  const config = parseConfig(routerEnvSchema, env);
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_URL_([A-Z0-9_]+)$/.exec(key);
    if (match && value) subgraphUrls[match[1].toLowerCase()] = value;
  }
  return { ...config, subgraphUrls };
}
