import type { AnySubgraphDefinition } from '../kit';
import { analytics } from './analytics';
import { banking } from './banking';
import { basics } from './basics';
import { bookings } from './bookings';
import { cdn } from './cdn';
import { chat } from './chat';
import { commerce } from './commerce';
import { crm } from './crm';
import { delivery } from './delivery';
import { finance } from './finance';
import { games } from './games';
import { github } from './github';
import { identity } from './identity';
import { inventory } from './inventory';
import { learning } from './learning';
import { jobs } from './jobs';
import { library } from './library';
import { links } from './links';
import { media } from './media';
import { moderation } from './moderation';
import { movies } from './movies';
import { notes } from './notes';
import { notifications } from './notifications';
import { payments } from './payments';
import { polls } from './polls';
import { publishing } from './publishing';
import { social } from './social';
import { rides } from './rides';
import { weather } from './weather';
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
  media,
  library,
  weather,
  links,
  commerce,
  payments,
  notes,
  inventory,
  bookings,
  banking,
  learning,
  analytics,
  social,
  jobs,
  rides,
  delivery,
  cdn,
  moderation,
];
