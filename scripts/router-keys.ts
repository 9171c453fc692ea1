/**
 * `npm run -s router-keys`: prints a new ES256 key pair for the router as two environment lines (one
 * JWK each, so they fit on a line of an env file): ROUTER_SIGNING_KEY for router processes only,
 * ROUTER_PUBLIC_KEYS for subgraphs (and the router, which publishes them). `>> .env` for docker compose.
 */
import { generateKeyPairSync } from 'node:crypto';
import { routerPublicJwk } from '../kit';

const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicJwk = routerPublicJwk(privateKey);
const privateJwk = { ...privateKey.export({ format: 'jwk' }), kid: publicJwk.kid, alg: 'ES256' };
process.stdout.write(`ROUTER_SIGNING_KEY='${JSON.stringify(privateJwk)}'\nROUTER_PUBLIC_KEYS='${JSON.stringify({ keys: [publicJwk] })}'\n`);
