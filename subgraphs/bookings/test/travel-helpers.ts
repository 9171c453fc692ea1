import { gql } from '../../../test/helpers/graphql';

const DAY_MS = 86_400_000;

/** The UTC day `days` after `from`'s day, as YYYY-MM-DD. */
export function dayAfter(from: Date, days: number): string {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  return new Date(start + days * DAY_MS).toISOString().slice(0, 10);
}

export const BOOKING_FIELDS = `id kind status expiresAt total { amount currency } cancellationFee { amount currency } freeCancellationUntil
  trip { id } stay { checkIn checkOut nights guests rooms roomType { id name } property { id name } }
  flight { passengers flight { id number } fareClass { id code seatsLeft } }`;

export const CREATE_PROPERTY = `mutation($input: CreatePropertyInput!) {
  createProperty(input: $input) { property { id name city stars roomTypes { edges { node { id name maxGuests totalRooms minStayNights bufferNights baseRate { amount currency } } } } } errors { field code message } }
}`;
export const HOLD_ROOM = `mutation($input: HoldRoomInput!) { holdRoom(input: $input) { booking { ${BOOKING_FIELDS} } errors { field code message } } }`;
export const HOLD_FLIGHT = `mutation($input: HoldFlightInput!) { holdFlight(input: $input) { booking { ${BOOKING_FIELDS} } errors { field code message } } }`;
export const CONFIRM_TRAVEL = `mutation($id: ID!) { confirmTravelBooking(id: $id) { booking { ${BOOKING_FIELDS} } errors { field code message } } }`;
export const CANCEL_TRAVEL = `mutation($id: ID!) { cancelTravelBooking(id: $id) { booking { ${BOOKING_FIELDS} } errors { field code message } } }`;
export const MODIFY_STAY = `mutation($id: ID!, $input: ModifyStayInput!) { modifyHotelBooking(id: $id, input: $input) { booking { ${BOOKING_FIELDS} } errors { field code message } } }`;
export const HOTEL_SEARCH = `query($input: HotelSearchInput!, $first: Int, $after: String) {
  hotelAvailability(input: $input, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { property { name stars } roomType { id name } nights roomsLeft total { amount currency } averageNightlyRate { amount } } }
  }
}`;
export const CREATE_FLIGHT = `mutation($input: CreateFlightInput!) {
  createFlight(input: $input) { flight { id number origin destination stops durationMinutes segments { flightNumber origin destination } fareClasses { id code cabin seats seatsLeft price { amount } } } errors { field code message } }
}`;
export const FLIGHT_SEARCH = `query($input: FlightSearchInput!) {
  flightAvailability(input: $input) { totalCount edges { node { flight { number stops } fareClass { code cabin seatsLeft } total { amount } } } }
}`;

export interface RoomTypeSpec {
  name: string;
  maxGuests: number;
  totalRooms: number;
  rate: number;
  minStayNights?: number;
  bufferNights?: number;
}

/** Creates a property through the router; returns its id and its room types' ids by name. */
export async function createProperty(
  url: string,
  token: string,
  input: {
    name: string;
    city: string;
    stars: number;
    freeCancellationHours?: number;
    cancellationFeePercent?: number;
    roomTypes: RoomTypeSpec[];
  },
): Promise<{ id: string; roomTypes: Record<string, string> }> {
  const res = await gql(url, CREATE_PROPERTY, { input }, { token });
  const p = res.body.data?.createProperty?.property;
  if (!p) throw new Error(`createProperty failed: ${JSON.stringify(res.body)}`);
  return {
    id: p.id,
    roomTypes: Object.fromEntries(p.roomTypes.edges.map((e: { node: { id: string; name: string } }) => [e.node.name, e.node.id])),
  };
}
