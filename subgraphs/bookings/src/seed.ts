import type { Em, SubgraphDeps } from '../../../kit';
import type { BookingsConfig } from './config';
import type { BookingsLoaders } from './context';
import {
  Auditorium,
  CinemaMovie,
  FareClass,
  Flight,
  FlightSegment,
  Property,
  RoomNight,
  RoomType,
  Seat,
  Showtime,
  type Cabin,
  type SeatType,
} from './entities';

const HOUR = 3600_000;

/**
 * Demo data for `npm start`: a cinema (one auditorium, three movies, showtimes over the next three days;
 * skipped when an auditorium exists) and travel (three hotels in Lisbon and Berlin, flights between
 * them for the next week; skipped when a property exists).
 */
export async function seed(em: Em, deps: SubgraphDeps<BookingsConfig, BookingsLoaders>): Promise<void> {
  await seedCinema(em, deps);
  await seedTravel(em, deps);
}

async function seedCinema(em: Em, deps: SubgraphDeps<BookingsConfig, BookingsLoaders>): Promise<void> {
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

const DAY = 24 * HOUR;

async function seedTravel(em: Em, deps: SubgraphDeps<BookingsConfig, BookingsLoaders>): Promise<void> {
  if (await em.count(Property, {})) return;
  const now = deps.clock.now();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const hotels: [string, string, number, [string, number, number, number, number][]][] = [
    // name, city, stars, room types: name, max guests, rooms, rate per night, minimum stay
    [
      'Hotel Tejo',
      'Lisbon',
      4,
      [
        ['Double', 2, 12, 11_000, 1],
        ['Family suite', 4, 3, 24_000, 2],
      ],
    ],
    ['Alfama Hostel', 'Lisbon', 2, [['Bunk', 1, 20, 2_500, 1]]],
    [
      'Spree Residence',
      'Berlin',
      5,
      [
        ['King', 2, 8, 19_000, 1],
        ['Penthouse', 4, 1, 65_000, 3],
      ],
    ],
  ];
  for (const [name, city, stars, types] of hotels) {
    const property = em.create(Property, {
      name,
      city,
      cityKey: city.toLowerCase(),
      stars,
      currency: 'EUR',
      freeCancellationHours: 48,
      cancellationFeePercent: 100,
    });
    for (const [typeName, maxGuests, totalRooms, rate, minStayNights] of types) {
      const roomType = em.create(RoomType, {
        propertyId: property.id,
        name: typeName,
        maxGuests,
        totalRooms,
        baseRate: rate,
        minStayNights,
        bufferNights: 0,
      });
      for (let d = 0; d < deps.config.BOOKINGS_INVENTORY_DAYS; d++) {
        const night = new Date(today + d * DAY);
        const weekend = night.getUTCDay() === 5 || night.getUTCDay() === 6;
        em.create(RoomNight, {
          roomTypeId: roomType.id,
          propertyId: property.id,
          cityKey: property.cityKey,
          night: night.toISOString().slice(0, 10),
          total: totalRooms,
          booked: 0,
          rate: weekend ? Math.round(rate * 1.2) : rate,
        });
      }
    }
  }
  const classes: [string, Cabin, number, number][] = [
    ['Y', 'ECONOMY', 9_000, 120],
    ['W', 'PREMIUM_ECONOMY', 16_000, 24],
    ['J', 'BUSINESS', 42_000, 12],
  ];
  // A direct flight each way every day for a week, and a one-stop one via Madrid.
  for (let d = 1; d <= 7; d++) {
    const base = today + d * DAY;
    const legs: [string, [string, string, string, number, number][]][] = [
      ['HG101', [['HG101', 'LIS', 'BER', 8, 12]]],
      ['HG102', [['HG102', 'BER', 'LIS', 14, 17.5]]],
      [
        'HG201',
        [
          ['HG201', 'LIS', 'MAD', 7, 8.25],
          ['HG211', 'MAD', 'BER', 10, 13],
        ],
      ],
    ];
    for (const [number, segments] of legs) {
      const first = segments[0]!;
      const last = segments[segments.length - 1]!;
      const departsAt = new Date(base + first[3] * HOUR);
      const flight = em.create(Flight, {
        number,
        origin: first[1],
        destination: last[2],
        departsAt,
        arrivesAt: new Date(base + last[4] * HOUR),
        day: departsAt.toISOString().slice(0, 10),
        stops: segments.length - 1,
        currency: 'EUR',
        freeCancellationHours: 24,
        cancellationFeePercent: 100,
      });
      segments.forEach(([flightNumber, origin, destination, departs, arrives], position) =>
        em.create(FlightSegment, {
          flightId: flight.id,
          position,
          flightNumber,
          origin,
          destination,
          departsAt: new Date(base + departs * HOUR),
          arrivesAt: new Date(base + arrives * HOUR),
        }),
      );
      for (const [code, cabin, price, seats] of classes) {
        em.create(FareClass, {
          flightId: flight.id,
          code,
          cabin,
          price: segments.length > 1 ? Math.round(price * 0.8) : price,
          seats,
          booked: 0,
        });
      }
    }
  }
  await em.flush();
}
