// Hive Gateway with its default (JavaScript) query planner, for `npm run bench -- gateways` (the
// `hive` contender): `hive-gateway supergraph <file> -c bench/hive/gateway.config.mjs`.
import { sharedConfig } from './gateway.shared.mjs';

export const gatewayConfig = { ...sharedConfig };
