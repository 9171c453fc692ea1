/**
 * The bookings travel part of sql-per-request: a city of 40 hotels with 3 room types each (120 offers),
 * searched as `hotelAvailability(first: N) { … roomType { property { … } } }` for growing N. The search
 * reads the nights index, the room types and the properties once each, and `RoomType.property` goes
 * through a per-request loader, so the statement count must not move with N.
 */
import { Property, RoomNight, RoomType } from '../subgraphs/bookings/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const HOTELS = 40;
const TYPES_PER_HOTEL = 3;
const NIGHTS_SEEDED = 12;
const PAGE_SIZES = [10, 50, 100];

const SEARCH_QUERY = `query HotelSearch($first: Int!, $input: HotelSearchInput!) {
  hotelAvailability(input: $input, first: $first) {
    totalCount edges { node { nights roomsLeft total { amount currency } roomType { name maxGuests property { name stars } } } }
  }
}`;

interface Reply {
  data?: {
    hotelAvailability: { totalCount: number; edges: { node: { nights: number; roomType: { property: { name: string } } } }[] } | null;
  };
}

const day = (from: number, n: number) => new Date(from + n * 86_400_000).toISOString().slice(0, 10);

/** bookings' travel entry for sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const bookingsBench: DomainBench = {
  name: 'bookings (hotel search)',
  shown: ['bookings'],
  pageSizes: PAGE_SIZES,
  query: SEARCH_QUERY,
  async seed(stack) {
    const bookings = stack.subgraphs.find((s) => s.name === 'bookings');
    if (!bookings) throw new Error('the bookings subgraph is not running');
    const em = bookings.orm.em.fork();
    const now = new Date();
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    for (let h = 0; h < HOTELS; h++) {
      const property = em.create(Property, {
        name: `Bench Hotel ${String(h).padStart(3, '0')}`,
        city: 'Benchville',
        cityKey: 'benchville',
        stars: 1 + (h % 5),
        currency: 'EUR',
        freeCancellationHours: 48,
        cancellationFeePercent: 100,
      });
      for (let t = 0; t < TYPES_PER_HOTEL; t++) {
        const rate = 5_000 + h * 100 + t * 1_000;
        const roomType = em.create(RoomType, {
          propertyId: property.id,
          name: `Type ${t}`,
          maxGuests: 2 + t,
          totalRooms: 10,
          baseRate: rate,
          minStayNights: 1,
          bufferNights: 0,
        });
        for (let n = 0; n < NIGHTS_SEEDED; n++) {
          em.create(RoomNight, {
            roomTypeId: roomType.id,
            propertyId: property.id,
            cityKey: 'benchville',
            night: day(today, n),
            total: 10,
            booked: n % 3,
            rate,
          });
        }
      }
    }
    await em.flush();
    return { input: { city: 'Benchville', checkIn: day(today, 3), checkOut: day(today, 6), guests: 2 } };
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.hotelAvailability?.edges ?? [];
    if (reply.data?.hotelAvailability?.totalCount !== HOTELS * TYPES_PER_HOTEL || edges.length !== size) return 'wrong answer';
    if (edges.some((e) => e.node.nights !== 3 || !e.node.roomType.property.name)) return 'offer incomplete';
    return `ok, ${size} hotel offers with their property`;
  },
};
