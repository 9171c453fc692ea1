// Hive Gateway with its Rust query planner (@graphql-hive/router-runtime), for `npm run bench -- gateways`
// (the `hive-rust` contender): `hive-gateway supergraph <file> -c bench/hive/gateway.rust.config.mjs`.
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { sharedConfig } from './gateway.shared.mjs';

export const gatewayConfig = { ...sharedConfig, unifiedGraphHandler };
