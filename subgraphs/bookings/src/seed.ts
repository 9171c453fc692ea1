import type { Em, SubgraphDeps } from '../../../kit';
import type { BookingsConfig } from './config';
import type { BookingsLoaders } from './context';
import { Auditorium, CinemaMovie, Seat, Showtime, type SeatType } from './entities';

const HOUR = 3600_000;

/** Demo cinema for `npm start`: one auditorium, three movies, showtimes over the next three days; skipped when an auditorium exists. */
export async function seed(em: Em, deps: SubgraphDeps<BookingsConfig, BookingsLoaders>): Promise<void> {
  if (await em.count(Auditorium, {})) return;
  const rows: [string, number, SeatType, number[]][] = [
    ['A', 10, 'STANDARD', []],
    ['B', 10, 'STANDARD', []],
    ['C', 12, 'STANDARD', [6, 7]],
    ['D', 12, 'PREMIUM', []],
    ['E', 12, 'PREMIUM', []],
    ['F', 8, 'ACCESSIBLE', []],
  ];
  const hall = em.create(Auditorium, { name: 'Hall 1', capacity: 0 });
  let capacity = 0;
  rows.forEach(([label, count, seatType, blocked], rowIndex) => {
    for (let number = 1; number <= count; number++) {
      const isBlocked = blocked.includes(number);
      if (!isBlocked) capacity++;
      em.create(Seat, { auditoriumId: hall.id, rowLabel: label, rowIndex, number, seatType, blocked: isBlocked });
    }
  });
  hall.capacity = capacity;
  const movies = [
    em.create(CinemaMovie, {
      title: 'The Matrix',
      description: 'A hacker learns what the world really is.',
      posterUrl: null,
      genre: 'Science fiction',
      movieId: '603',
    }),
    em.create(CinemaMovie, {
      title: 'Paddington 2',
      description: 'A bear, a pop-up book and a prison kitchen.',
      posterUrl: null,
      genre: 'Family',
      movieId: '346648',
    }),
    em.create(CinemaMovie, {
      title: 'Local Shorts Night',
      description: 'Short films by local directors.',
      posterUrl: null,
      genre: 'Shorts',
      movieId: null,
    }),
  ];
  // Three showtimes a day for three days, starting tomorrow at 14:00, 17:30 and 21:00 UTC.
  const now = deps.clock.now();
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  for (let day = 0; day < 3; day++) {
    [14, 17.5, 21].forEach((hour, slot) => {
      const movie = movies[(day + slot) % movies.length]!;
      const startsAt = new Date(tomorrow + day * 24 * HOUR + hour * HOUR);
      em.create(Showtime, {
        cinemaMovieId: movie.id,
        movieId: movie.movieId ?? null,
        auditoriumId: hall.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2.5 * HOUR),
        day: startsAt.toISOString().slice(0, 10),
        currency: 'EUR',
        priceStandard: 1050,
        pricePremium: 1450,
        priceAccessible: 850,
      });
    });
  }
  await em.flush();
}
