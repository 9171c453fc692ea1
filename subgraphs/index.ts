import type { AnySubgraphDefinition } from '../kit';
import { banking } from './banking';
import { basics } from './basics';
import { chat } from './chat';
import { crm } from './crm';
import { finance } from './finance';
import { games } from './games';
import { github } from './github';
import { identity } from './identity';
import { movies } from './movies';
import { notifications } from './notifications';
import { polls } from './polls';
import { publishing } from './publishing';
import { work } from './work';

/**
 * Every subgraph of the supergraph, in start order. Adding a domain = a new folder under subgraphs/
 * and one line here; composition, codegen, `npm start` and the tests pick it up from this list.
 */
export const subgraphs: AnySubgraphDefinition[] = [
  identity,
  work,
  basics,
  chat,
  polls,
  notifications,
  games,
  crm,
  finance,
  github,
  movies,
  publishing,
  banking,
];
