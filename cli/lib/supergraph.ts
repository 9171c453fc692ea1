/**
 * A CLI's connection to the supergraph (`--remote` modes, number-guess on the games subgraph): the
 * typed SDK client with the user's token, and one translation of what can go wrong into messages a
 * user can act on — an unreachable router, a refused token, an unknown id.
 */
import { HubgraphClient, HubgraphError, HubgraphNetworkError } from '../../sdk/index';
import { CliError } from './errors';

export const DEFAULT_SUPERGRAPH_URL = 'http://localhost:4000/graphql';

export class Supergraph {
  readonly client: HubgraphClient;

  /** `token` is required unless `anonymous` (public data): without one a CliError says how to get it. */
  constructor(
    readonly url: string,
    token: string | undefined,
    options: { timeoutMs?: number; retries?: number; anonymous?: boolean } = {},
  ) {
    if (!token && !options.anonymous) {
      throw new CliError('--remote needs an access token in HUBGRAPH_TOKEN', {
        code: 'UNAUTHENTICATED',
        hint: 'Sign in through the supergraph (the logIn mutation) and export HUBGRAPH_TOKEN=<accessToken>.',
      });
    }
    this.client = new HubgraphClient({ url, token, timeoutMs: options.timeoutMs ?? 15_000, retry: { retries: options.retries ?? 1 } });
  }

  /** Runs one SDK call; `notFound` is what a NOT_FOUND answer means to the user (e.g. "no task with ID …"). */
  async call<T>(work: (client: HubgraphClient) => Promise<T>, notFound?: () => CliError): Promise<T> {
    try {
      return await work(this.client);
    } catch (error) {
      if (error instanceof HubgraphNetworkError) {
        throw new CliError(`cannot reach the supergraph at ${this.url}`, { code: 'UNREACHABLE', hint: 'Is it running? Set HUBGRAPH_URL.' });
      }
      if (error instanceof HubgraphError) {
        if (error.code === 'NOT_FOUND' && notFound) throw notFound();
        if (error.code === 'UNAUTHENTICATED') {
          throw new CliError('the supergraph refused HUBGRAPH_TOKEN (expired or invalid)', { code: 'UNAUTHENTICATED' });
        }
        throw new CliError(error.message, { code: error.code ?? 'ERROR' });
      }
      throw error;
    }
  }

  /** A mutation payload's first error as the user's error (NOT_FOUND as `notFound()`); nothing when there is none. */
  static refuse(errors: readonly { message: string; code: string }[], notFound?: () => CliError): void {
    const first = errors[0];
    if (!first) return;
    if (first.code === 'NOT_FOUND' && notFound) throw notFound();
    throw new CliError(first.message, { code: first.code });
  }
}
