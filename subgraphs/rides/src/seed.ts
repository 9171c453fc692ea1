import type { Em, SubgraphDeps } from '../../../kit';
import type { RidesConfig } from './config';
import type { RidesLoaders } from './context';
import { Driver } from './entities';
import { driverIndexes } from './service';

/** The demo city: drivers around central Paris (Châtelet), online with fresh positions. */
export const DEMO_CENTRE = { lat: 48.8584, lng: 2.347 };
const NAMES = ['Amélie', 'Bastien', 'Chloé', 'Dylan', 'Élodie', 'Farid', 'Gaëlle', 'Hugo', 'Inès', 'Jules', 'Karim', 'Léa'];
const CARS = ['Toyota Prius', 'Renault Zoé', 'Peugeot 508', 'Tesla Model 3', 'Škoda Octavia', 'Kia Niro'];

/** The ids of the demo drivers' users (no identity account: they exist to be found nearby). */
export const demoDriverUserId = (i: number) => `01900000-0000-7000-8000-00000000d${String(i).padStart(3, '0')}`;

/** A demo driver's position: a ring around the centre, moving a little with `step`. */
export function demoPosition(i: number, step: number): { lat: number; lng: number } {
  const angle = (i / NAMES.length) * 2 * Math.PI + step * 0.01;
  const radius = 0.004 + (i % 4) * 0.006;
  return { lat: DEMO_CENTRE.lat + radius * Math.sin(angle), lng: DEMO_CENTRE.lng + radius * 1.5 * Math.cos(angle) };
}

/** Demo drivers for `npm start`: twelve drivers online around Châtelet; skipped when drivers exist. */
export async function seed(em: Em, deps: SubgraphDeps<RidesConfig, RidesLoaders>): Promise<void> {
  if (await em.count(Driver, {})) return;
  NAMES.forEach((name, i) =>
    em.create(Driver, {
      userId: demoDriverUserId(i),
      name,
      vehicle: `${CARS[i % CARS.length]} ${String.fromCharCode(65 + i)}B-${100 + i}-CD`,
      status: 'AVAILABLE',
      tripId: null,
      ratingSum: 0,
      ratingCount: 0,
      cancellations: 0,
    }),
  );
  await em.flush();
  await moveDemoDrivers(em, deps, 0);
}

/** Reports fresh positions for the demo drivers that are online (the demo's traffic). */
export async function moveDemoDrivers(
  em: Em,
  deps: Pick<SubgraphDeps<RidesConfig, RidesLoaders>, 'config' | 'log' | 'clock'>,
  step: number,
) {
  const index = driverIndexes.get(deps);
  const drivers = await em.find(Driver, { userId: { $in: NAMES.map((_, i) => demoDriverUserId(i)) }, status: { $ne: 'OFFLINE' } });
  const now = deps.clock.now();
  for (const driver of drivers) {
    const i = NAMES.findIndex((_, n) => demoDriverUserId(n) === driver.userId);
    await index.set({ id: driver.id, ...demoPosition(i, step), at: now });
  }
}
