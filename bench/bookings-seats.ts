/**
 * bookings-seats: cinema seat claims per second on MariaDB. The bookings subgraph runs in this process
 * over a fresh schema and `BookingsService.holdSeats` is driven directly (no HTTP, so the numbers are
 * the claim path's and the database's, not the router's). Two runs of `--duration` seconds, each with
 * `--users` concurrent users (200) claiming one random seat at a time:
 *   contention — every user on ONE showtime (claims take turns on the showtime's row lock);
 *   spread     — users spread over `--showtimes` showtimes (100).
 * An auditorium of 40 × 50 seats; a claim refused because the seat is taken counts as a conflict.
 */
import { createConnection } from 'mysql2/promise';
import { loadSubgraphConfig, newId, startSubgraph, type Viewer } from '../kit';
import { bookings } from '../subgraphs/bookings';
import type { BookingsDeps } from '../subgraphs/bookings/src/context';
import { Auditorium, CinemaMovie, Seat, Showtime } from '../subgraphs/bookings/src/entities';
import { BookingsService } from '../subgraphs/bookings/src/service';
import type { BenchArgs } from './lib/args';
import { mariadbBenchEnv } from './lib/mariadb';
import { onInterrupt } from './lib/proc';
import { describeMachine, formatTable, writeResult } from './lib/report';

const ROWS = 40;
const PER_ROW = 50;

interface Run {
  run: string;
  showtimes: number;
  seconds: number;
  attempts: number;
  claims: number;
  conflicts: number;
  claimsPerSecond: number;
}

export async function bookingsSeats(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const duration = args.number('duration', 5, 1, 600);
  const users = args.number('users', 200, 1, 2000);
  const spreadOver = args.number('showtimes', 100, 1, 1000);
  const { url, prefix, fullEnv } = mariadbBenchEnv('bookings-seats', env, { BOOKINGS_HOLD_SWEEP_MS: '0' });
  const running = await startSubgraph(bookings, { config: loadSubgraphConfig(fullEnv), env: fullEnv, port: 0 });
  const cleanup = async () => {
    await running.stop().catch(() => undefined);
    const conn = await createConnection(url);
    await conn.query(`DROP DATABASE IF EXISTS \`${prefix}bookings\``).catch(() => undefined);
    await conn.end();
  };
  const offInterrupt = onInterrupt(cleanup);
  const runs: Run[] = [];
  try {
    const em = running.orm.em.fork();
    const hall = em.create(Auditorium, { name: 'Bench hall', capacity: ROWS * PER_ROW });
    const seatIds: string[] = [];
    for (let r = 0; r < ROWS; r++) {
      for (let n = 1; n <= PER_ROW; n++) {
        const seat = em.create(Seat, {
          auditoriumId: hall.id,
          rowLabel: `R${r}`,
          rowIndex: r,
          number: n,
          seatType: 'STANDARD',
          blocked: false,
        });
        seatIds.push(seat.id);
      }
    }
    const movie = em.create(CinemaMovie, { title: 'Bench', description: '', posterUrl: null, genre: 'Bench', movieId: null });
    const showtimeIds: string[] = [];
    const start = Date.now() + 7 * 86_400_000;
    for (let i = 0; i < 1 + spreadOver; i++) {
      const startsAt = new Date(start + i * 3 * 3600_000);
      const showtime = em.create(Showtime, {
        cinemaMovieId: movie.id,
        movieId: null,
        auditoriumId: hall.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
        day: startsAt.toISOString().slice(0, 10),
        currency: 'EUR',
        priceStandard: 1000,
        pricePremium: 1000,
        priceAccessible: 1000,
      });
      showtimeIds.push(showtime.id);
    }
    await em.flush();
    const service = new BookingsService();
    const viewers: Viewer[] = Array.from({ length: users }, () => ({ userId: newId(), roles: [], tenantId: null }));

    const measure = async (run: string, showtimes: string[]) => {
      const started = performance.now();
      const deadline = started + duration * 1000;
      let attempts = 0;
      let claims = 0;
      let conflicts = 0;
      await Promise.all(
        viewers.map(async (viewer, u) => {
          while (performance.now() < deadline) {
            const showtimeId = showtimes[u % showtimes.length]!;
            const seatId = seatIds[Math.floor(Math.random() * seatIds.length)]!;
            const deps = { ...running.serviceDeps(), viewer } as unknown as BookingsDeps;
            const result = await service.holdSeats(deps, showtimeId, [seatId]);
            attempts++;
            if (result.errors.length) conflicts++;
            else claims++;
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      runs.push({ run, showtimes: showtimes.length, seconds, attempts, claims, conflicts, claimsPerSecond: claims / seconds });
    };
    await measure(`contention: ${users} users, 1 showtime`, showtimeIds.slice(0, 1));
    await measure(`spread: ${users} users, ${spreadOver} showtimes`, showtimeIds.slice(1));
  } finally {
    offInterrupt();
    await cleanup();
  }
  console.log(
    formatTable(
      ['run', 'seconds', 'attempts', 'claims', 'conflicts', 'claims/s'],
      runs.map((r) => [r.run, r.seconds.toFixed(1), r.attempts, r.claims, r.conflicts, r.claimsPerSecond.toFixed(0)]),
    ),
  );
  const file = writeResult('bookings-seats', { machine: describeMachine(), duration, users, runs });
  console.log(`\nwritten to ${file}`);
}
