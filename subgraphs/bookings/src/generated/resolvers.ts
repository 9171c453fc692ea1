import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AuditoriumRow, CinemaMovieRow, ShowtimeRow, ReservationRow, ReservationSeatRow, PropertyRow, RoomTypeRow, FlightRow, FlightSegmentRow, FareClassRow, TravelBookingRow, TripRow } from '../entities';
import type { SeatView, SeatingRowView, ShowtimeSeatView, ShowtimeStatsView, MovieStatsView, SeatMapChangeView } from '../service';
import type { MovieRatingRow, MovieRecommendationView, RecommenderBuildView, RatingSummaryView } from '../ratings';
import type { UserRef, MovieRef, BookingsContext } from '../context';
import type { HotelOfferView, FlightOfferView } from '../travel';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A screen of the cinema with a fixed seat map. */
export type Auditorium = {
  __typename?: 'Auditorium';
  /** Seats that can be sold (blocked seats excluded). */
  capacity: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Its name, unique, e.g. Screen 1. */
  name: Scalars['String']['output'];
  /** The seat map, front row first. */
  rows: Array<SeatingRow>;
};

/** A page of auditoriums. */
export type AuditoriumConnection = {
  __typename?: 'AuditoriumConnection';
  /** The auditoriums of this page. */
  edges: Array<AuditoriumEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One auditorium in a page. */
export type AuditoriumEdge = {
  __typename?: 'AuditoriumEdge';
  /** Opaque position in the list. */
  cursor: Scalars['String']['output'];
  /** The auditorium. */
  node: Auditorium;
};

/** The result of creating an auditorium. */
export type AuditoriumPayload = {
  __typename?: 'AuditoriumPayload';
  /** The auditorium; null when `errors` is not empty. */
  auditorium?: Maybe<Auditorium>;
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
};

/** The result of a deletion. */
export type BookingsDeletePayload = {
  __typename?: 'BookingsDeletePayload';
  /** The id deleted; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
};

/** An amount of money in integer minor units (cents) of a currency. */
export type BookingsMoney = {
  __typename?: 'BookingsMoney';
  /** Minor units, e.g. 1250 for 12.50 EUR. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

/** Cabin of a fare class. */
export type Cabin =
  /** Business. */
  | 'BUSINESS'
  /** Economy. */
  | 'ECONOMY'
  /** First. */
  | 'FIRST'
  /** Premium economy. */
  | 'PREMIUM_ECONOMY';

/** A movie the cinema shows. */
export type CinemaMovie = {
  __typename?: 'CinemaMovie';
  /** A description. */
  description: Scalars['String']['output'];
  /** Its genre, e.g. Drama. */
  genre: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The movies subgraph's (TMDB) movie this is, when linked. */
  movie?: Maybe<Movie>;
  /** A poster image's URL (http or https), if any. */
  posterUrl?: Maybe<Scalars['String']['output']>;
  /** Its users' star ratings: average and count. */
  ratingSummary: CinemaMovieRatingSummary;
  /** Its showtimes, soonest first. */
  showtimes: ShowtimeConnection;
  /** Capacity, occupancy and revenue over all its showtimes (admins only). */
  stats?: Maybe<CinemaMovieStats>;
  /** Its title. */
  title: Scalars['String']['output'];
};


/** A movie the cinema shows. */
export type CinemaMovieShowtimesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of cinema movies. */
export type CinemaMovieConnection = {
  __typename?: 'CinemaMovieConnection';
  /** The movies of this page. */
  edges: Array<CinemaMovieEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One cinema movie in a page. */
export type CinemaMovieEdge = {
  __typename?: 'CinemaMovieEdge';
  /** Opaque position in the list. */
  cursor: Scalars['String']['output'];
  /** The movie. */
  node: CinemaMovie;
};

/** The result of creating or updating a cinema movie. */
export type CinemaMoviePayload = {
  __typename?: 'CinemaMoviePayload';
  /** The movie; null when `errors` is not empty. */
  cinemaMovie?: Maybe<CinemaMovie>;
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
};

/** A signed-in user's rating of a cinema movie. */
export type CinemaMovieRating = {
  __typename?: 'CinemaMovieRating';
  /** The movie rated; null once deleted. */
  cinemaMovie?: Maybe<CinemaMovie>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** When the user last rated it. */
  ratedAt: Scalars['DateTime']['output'];
  /** 1 to 5. */
  stars: Scalars['Int']['output'];
};

/** A page of ratings. */
export type CinemaMovieRatingConnection = {
  __typename?: 'CinemaMovieRatingConnection';
  /** The ratings of this page. */
  edges: Array<CinemaMovieRatingEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One rating in a page. */
export type CinemaMovieRatingEdge = {
  __typename?: 'CinemaMovieRatingEdge';
  /** Opaque position in the list. */
  cursor: Scalars['String']['output'];
  /** The rating. */
  node: CinemaMovieRating;
};

/** The result of rating a movie. */
export type CinemaMovieRatingPayload = {
  __typename?: 'CinemaMovieRatingPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The rating; null when `errors` is not empty. */
  rating?: Maybe<CinemaMovieRating>;
};

/** The average of a movie's star ratings and how many there are. */
export type CinemaMovieRatingSummary = {
  __typename?: 'CinemaMovieRatingSummary';
  /** Mean stars (1 to 5, two decimals); null when nobody rated it. */
  average?: Maybe<Scalars['Float']['output']>;
  /** How many users rated it. */
  count: Scalars['Int']['output'];
};

/** Occupancy and revenue of a movie across its showtimes. */
export type CinemaMovieStats = {
  __typename?: 'CinemaMovieStats';
  /** Seats for sale across them. */
  capacity: Scalars['Int']['output'];
  /** Seats held (not confirmed yet). */
  held: Scalars['Int']['output'];
  /** Sold over capacity, 0 to 1; 0 without seats. */
  occupancy: Scalars['Float']['output'];
  /** Revenue of the sold seats, one entry per currency. */
  revenue: Array<BookingsMoney>;
  /** How many showtimes it has. */
  showtimes: Scalars['Int']['output'];
  /** Seats sold (confirmed). */
  sold: Scalars['Int']['output'];
};

/** A new auditorium. */
export type CreateAuditoriumInput = {
  /** 1 to 100 characters, unique. */
  name: Scalars['String']['input'];
  /** 1 to 40 rows, front first; at most 1,000 seats in all. */
  rows: Array<SeatingRowInput>;
};

/** A new cinema movie. */
export type CreateCinemaMovieInput = {
  /** Up to 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 40 characters. */
  genre: Scalars['String']['input'];
  /** The movies subgraph's (TMDB) id of the movie, digits only. */
  movieId?: InputMaybe<Scalars['ID']['input']>;
  /** An http(s) URL of at most 500 characters. */
  posterUrl?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** A new flight. */
export type CreateFlightInput = {
  /** 0 to 100 (default 100). */
  cancellationFeePercent?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 4217 code (default EUR). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 6 fare classes. */
  fareClasses: Array<FareClassInput>;
  /** 0 to 720 hours (default 24). */
  freeCancellationHours?: InputMaybe<Scalars['Int']['input']>;
  /** 2 to 10 letters or digits. */
  number: Scalars['String']['input'];
  /** 1 to 4 legs, each leaving from where the previous landed, after it landed. */
  segments: Array<FlightSegmentInput>;
};

/** A new property. */
export type CreatePropertyInput = {
  /** 0 to 100 (default 100: the whole stay). */
  cancellationFeePercent?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 80 characters. */
  city: Scalars['String']['input'];
  /** ISO 4217 code (default EUR). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 720 hours (default 48). */
  freeCancellationHours?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** 1 to 10 room types. */
  roomTypes: Array<RoomTypeInput>;
  /** 1 to 5. */
  stars: Scalars['Int']['input'];
};

/** A new showtime. Times are UTC and must end in `Z`. */
export type CreateShowtimeInput = {
  /** The auditorium; it must be free from `startsAt` to `endsAt`. */
  auditoriumId: Scalars['ID']['input'];
  /** The cinema movie shown. */
  cinemaMovieId: Scalars['ID']['input'];
  /** ISO 4217 code of the prices. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** End, after the start and at most 8 hours later. */
  endsAt: Scalars['String']['input'];
  /** Prices per seat type. */
  prices: SeatPricesInput;
  /** Start, e.g. 2026-12-24T18:00:00Z. */
  startsAt: Scalars['String']['input'];
};

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** A fare class of a flight with its seat inventory. */
export type FareClass = {
  __typename?: 'FareClass';
  /** Cabin. */
  cabin: Cabin;
  /** Booking code, e.g. Y or J. */
  code: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Price of one seat. */
  price: BookingsMoney;
  /** Seats of this class on the flight. */
  seats: Scalars['Int']['output'];
  /** Seats not held or sold. */
  seatsLeft: Scalars['Int']['output'];
};

/** A fare class of a new flight. */
export type FareClassInput = {
  /** Cabin. */
  cabin: Cabin;
  /** 1 or 2 letters, unique on the flight. */
  code: Scalars['String']['input'];
  /** Price of one seat in minor units. */
  price: Scalars['Int']['input'];
  /** Seats, 1 to 1000. */
  seats: Scalars['Int']['input'];
};

/** A flight from an origin to a destination, with one or more segments. */
export type Flight = {
  __typename?: 'Flight';
  /** Arrival of the last segment (UTC). */
  arrivesAt: Scalars['DateTime']['output'];
  /** After that, cancelling costs this percentage of the total. */
  cancellationFeePercent: Scalars['Int']['output'];
  /** Departure of the first segment (UTC). */
  departsAt: Scalars['DateTime']['output'];
  /** IATA code of the last airport. */
  destination: Scalars['String']['output'];
  /** Minutes from departure to arrival. */
  durationMinutes: Scalars['Int']['output'];
  /** The fare classes (at most 6), cheapest first. */
  fareClasses: Array<FareClass>;
  /** Seats can be cancelled free of charge until this many hours before departure. */
  freeCancellationHours: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Marketing flight number, e.g. HG101. */
  number: Scalars['String']['output'];
  /** IATA code of the first airport. */
  origin: Scalars['String']['output'];
  /** The segments, in order (at most 4). */
  segments: Array<FlightSegment>;
  /** Number of stops (segments minus one). */
  stops: Scalars['Int']['output'];
};

/** The result of changing a flight booking. */
export type FlightModificationPayload = {
  __typename?: 'FlightModificationPayload';
  /** The booking with its new total; null when `errors` is not empty. */
  booking?: Maybe<TravelBooking>;
  /** Why nothing changed (CONFLICT: too few seats left, or the booking changed meanwhile); empty on success. */
  errors: Array<UserError>;
  /** New total minus old total, computed by the server: positive is owed by the traveller, negative is refunded. Null when `errors` is not empty. */
  priceDifference?: Maybe<BookingsMoney>;
};

/** A fare class of a flight with seats for every passenger asked for. */
export type FlightOffer = {
  __typename?: 'FlightOffer';
  /** The fare class. */
  fareClass: FareClass;
  /** The flight. */
  flight: Flight;
  /** Price for all passengers. */
  total: BookingsMoney;
};

/** A page of flight offers. */
export type FlightOfferConnection = {
  __typename?: 'FlightOfferConnection';
  /** The page. */
  edges: Array<FlightOfferEdge>;
  /** Where the page is. */
  pageInfo: PageInfo;
  /** All matches. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of FlightOfferConnection. */
export type FlightOfferEdge = {
  __typename?: 'FlightOfferEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The offer. */
  node: FlightOffer;
};

/** The result of creating a flight. */
export type FlightPayload = {
  __typename?: 'FlightPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The flight; null when `errors` is not empty. */
  flight?: Maybe<Flight>;
};

/** What to look for in flights. */
export type FlightSearchInput = {
  /** Only this cabin. */
  cabin?: InputMaybe<Cabin>;
  /** UTC day of departure, YYYY-MM-DD. */
  date: Scalars['String']['input'];
  /** IATA code of the arrival airport. */
  destination: Scalars['String']['input'];
  /** At most this many stops. */
  maxStops?: InputMaybe<Scalars['Int']['input']>;
  /** Only offers costing at most this much in total (minor units). */
  maxTotal?: InputMaybe<Scalars['Int']['input']>;
  /** IATA code of the departure airport. */
  origin: Scalars['String']['input'];
  /** Passengers, 1 to 9 (default 1). */
  passengers?: InputMaybe<Scalars['Int']['input']>;
  /** Order (default cheapest first). */
  sort?: InputMaybe<FlightSort>;
};

/** One leg of a flight. */
export type FlightSegment = {
  __typename?: 'FlightSegment';
  /** Arrival (UTC). */
  arrivesAt: Scalars['DateTime']['output'];
  /** Departure (UTC). */
  departsAt: Scalars['DateTime']['output'];
  /** IATA code of the airport it lands at. */
  destination: Scalars['String']['output'];
  /** The leg's own flight number. */
  flightNumber: Scalars['String']['output'];
  /** IATA code of the airport it leaves from. */
  origin: Scalars['String']['output'];
};

/** One leg of a new flight. */
export type FlightSegmentInput = {
  /** UTC, ending in Z. */
  arrivesAt: Scalars['String']['input'];
  /** UTC, ending in Z. */
  departsAt: Scalars['String']['input'];
  /** IATA airport code (3 letters). */
  destination: Scalars['String']['input'];
  /** 2 to 10 letters or digits, e.g. HG101. */
  flightNumber: Scalars['String']['input'];
  /** IATA airport code (3 letters). */
  origin: Scalars['String']['input'];
};

/** How flight offers are ordered. */
export type FlightSort =
  /** Earliest departure first. */
  | 'DEPARTURE'
  /** Shortest first. */
  | 'DURATION'
  /** Cheapest first. */
  | 'PRICE_ASC';

/** The flight part of a travel booking. */
export type FlightTicket = {
  __typename?: 'FlightTicket';
  /** The fare class. */
  fareClass: FareClass;
  /** The flight. */
  flight: Flight;
  /** Passengers (seats). */
  passengers: Scalars['Int']['output'];
};

/** A flight hold. */
export type HoldFlightInput = {
  /** The fare class (of the flight wanted). */
  fareClassId: Scalars['ID']['input'];
  /** Passengers, 1 to 9. */
  passengers: Scalars['Int']['input'];
  /** One of the signed-in user's trips to add it to. */
  tripId?: InputMaybe<Scalars['ID']['input']>;
};

/** A hotel hold. */
export type HoldRoomInput = {
  /** Check-in day, YYYY-MM-DD. */
  checkIn: Scalars['String']['input'];
  /** Check-out day, YYYY-MM-DD, 1 to 30 nights after check-in. */
  checkOut: Scalars['String']['input'];
  /** Guests, at most the rooms' capacity. */
  guests: Scalars['Int']['input'];
  /** The room type. */
  roomTypeId: Scalars['ID']['input'];
  /** Rooms, 1 to 9 (default 1). */
  rooms?: InputMaybe<Scalars['Int']['input']>;
  /** One of the signed-in user's trips to add it to. */
  tripId?: InputMaybe<Scalars['ID']['input']>;
};

/** A room type free for a whole stay, from the availability index. */
export type HotelOffer = {
  __typename?: 'HotelOffer';
  /** The average price of one room per night. */
  averageNightlyRate: BookingsMoney;
  /** Number of nights of the stay. */
  nights: Scalars['Int']['output'];
  /** The hotel. */
  property: Property;
  /** The room type. */
  roomType: RoomType;
  /** The fewest rooms of this type free on any night of the stay (and its buffer). */
  roomsLeft: Scalars['Int']['output'];
  /** The price of the stay for the rooms asked for: the sum of the nightly rates times rooms. */
  total: BookingsMoney;
};

/** A page of hotel offers. */
export type HotelOfferConnection = {
  __typename?: 'HotelOfferConnection';
  /** The page. */
  edges: Array<HotelOfferEdge>;
  /** Where the page is. */
  pageInfo: PageInfo;
  /** All matches. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of HotelOfferConnection. */
export type HotelOfferEdge = {
  __typename?: 'HotelOfferEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The offer. */
  node: HotelOffer;
};

/** What to look for in hotels. */
export type HotelSearchInput = {
  /** Check-in day, YYYY-MM-DD, not in the past. */
  checkIn: Scalars['String']['input'];
  /** Check-out day, after check-in, at most 30 nights later. */
  checkOut: Scalars['String']['input'];
  /** City (case-insensitive). */
  city: Scalars['String']['input'];
  /** Guests, 1 to 40. */
  guests: Scalars['Int']['input'];
  /** Only stays costing at most this much in total (minor units). */
  maxTotal?: InputMaybe<Scalars['Int']['input']>;
  /** Only hotels with at least this many stars. */
  minStars?: InputMaybe<Scalars['Int']['input']>;
  /** Rooms, 1 to 9 (default 1). */
  rooms?: InputMaybe<Scalars['Int']['input']>;
  /** Order (default cheapest first). */
  sort?: InputMaybe<HotelSort>;
};

/** How hotel offers are ordered. */
export type HotelSort =
  /** By hotel name, then room type name. */
  | 'NAME'
  /** Cheapest stay first. */
  | 'PRICE_ASC'
  /** Dearest stay first. */
  | 'PRICE_DESC'
  /** Most stars first, then cheapest. */
  | 'STARS_DESC';

/** The hotel part of a travel booking. */
export type HotelStay = {
  __typename?: 'HotelStay';
  /** Check-in day (YYYY-MM-DD). */
  checkIn: Scalars['String']['output'];
  /** Check-out day (YYYY-MM-DD). */
  checkOut: Scalars['String']['output'];
  /** Guests staying. */
  guests: Scalars['Int']['output'];
  /** Number of nights. */
  nights: Scalars['Int']['output'];
  /** The hotel. */
  property: Property;
  /** The room type. */
  roomType: RoomType;
  /** Rooms booked. */
  rooms: Scalars['Int']['output'];
};

/** A new fare class (on the same or another flight of the same currency) or number of passengers for a flight booking; omitted fields stay. */
export type ModifyFlightInput = {
  /** The new fare class; it may belong to another flight (a change of flight). */
  fareClassId?: InputMaybe<Scalars['ID']['input']>;
  /** New number of passengers, 1 to 9. */
  passengers?: InputMaybe<Scalars['Int']['input']>;
};

/** New dates or guests for a hotel booking; omitted fields stay. */
export type ModifyStayInput = {
  /** New check-in day. */
  checkIn?: InputMaybe<Scalars['String']['input']>;
  /** New check-out day. */
  checkOut?: InputMaybe<Scalars['String']['input']>;
  /** New number of guests. */
  guests?: InputMaybe<Scalars['Int']['input']>;
  /** New number of rooms. */
  rooms?: InputMaybe<Scalars['Int']['input']>;
};

/** A movie of the movies subgraph (TMDB); bookings adds the showtimes of the cinema movies linked to it. */
export type Movie = {
  __typename?: 'Movie';
  /** TMDB's id of the movie. */
  id: Scalars['ID']['output'];
  /** Showtimes of the cinema movies linked to this movie, soonest first. */
  showtimes?: Maybe<ShowtimeConnection>;
};


/** A movie of the movies subgraph (TMDB); bookings adds the showtimes of the cinema movies linked to it. */
export type MovieShowtimesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A movie recommended to the signed-in user, with the reason. */
export type MovieRecommendation = {
  __typename?: 'MovieRecommendation';
  /** The movie the user rated or watched that this one is most like; null for POPULAR. */
  because?: Maybe<CinemaMovie>;
  /** The movie. */
  cinemaMovie: CinemaMovie;
  /** A sentence for people, e.g. "Because you rated Alien 5★". */
  explanation: Scalars['String']['output'];
  /** Why. */
  reason: RecommendationReason;
  /** How strongly (summed similarity times liking); 0 for POPULAR. */
  score: Scalars['Float']['output'];
};

/** A page of recommendations, best first (at most 100 in all). */
export type MovieRecommendationConnection = {
  __typename?: 'MovieRecommendationConnection';
  /** The recommendations of this page. */
  edges: Array<MovieRecommendationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One recommendation in a page. */
export type MovieRecommendationEdge = {
  __typename?: 'MovieRecommendationEdge';
  /** Opaque position in the list. */
  cursor: Scalars['String']['output'];
  /** The recommendation. */
  node: MovieRecommendation;
};

/** What the last build of the recommendation model read and kept. */
export type MovieRecommenderBuild = {
  __typename?: 'MovieRecommenderBuild';
  /** When the model was built; null before the first build. */
  builtAt?: Maybe<Scalars['DateTime']['output']>;
  /** Similar-movie pairs kept. */
  neighbours: Scalars['Int']['output'];
  /** Whether this call rebuilt the model (false: nothing changed since the last build). */
  rebuilt: Scalars['Boolean']['output'];
  /** Ratings and confirmed reservations read. */
  signals: Scalars['Int']['output'];
  /** Users with at least one rating or confirmed reservation. */
  users: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels a held or confirmed reservation of an upcoming showtime (its owner or an admin); its seats are released, and one paid through payments is refunded in full. */
  cancelReservation?: Maybe<ReservationPayload>;
  /** Cancels a held or confirmed booking before it starts; after the free deadline a confirmed one costs the policy's fee. */
  cancelTravelBooking?: Maybe<TravelBookingPayload>;
  /** Confirms the signed-in user's hold before it expires (pay at the venue); CONFLICT while it is being paid through payments. */
  confirmReservation?: Maybe<ReservationPayload>;
  /** Confirms the signed-in user's hold before it expires (pay at the venue); CONFLICT while it is being paid through payments. */
  confirmTravelBooking?: Maybe<TravelBookingPayload>;
  /** Creates an auditorium with its seat map (admins only). */
  createAuditorium?: Maybe<AuditoriumPayload>;
  /** Adds a cinema movie (admins only). */
  createCinemaMovie?: Maybe<CinemaMoviePayload>;
  /** Adds a flight with its segments and fare classes (admins only). */
  createFlight?: Maybe<FlightPayload>;
  /** Adds a property with its room types and their nights for the inventory horizon (admins only). */
  createProperty?: Maybe<PropertyPayload>;
  /** Schedules a showtime (admins only). */
  createShowtime?: Maybe<ShowtimePayload>;
  /** Creates a trip for the signed-in user. */
  createTrip?: Maybe<TripPayload>;
  /** Deletes a cinema movie without showtimes (admins only; CONFLICT while it has some). */
  deleteCinemaMovie?: Maybe<BookingsDeletePayload>;
  /** Deletes a showtime without live reservations (admins only). */
  deleteShowtime?: Maybe<BookingsDeletePayload>;
  /** Holds seats of a fare class until the hold expires; CONFLICT when too few are left. */
  holdFlight?: Maybe<TravelBookingPayload>;
  /** Holds rooms for a stay until the hold expires; CONFLICT when a night is full. */
  holdRoom?: Maybe<TravelBookingPayload>;
  /** Holds 1 to 10 free seats of an upcoming showtime for the signed-in user until the hold expires. */
  holdSeats?: Maybe<ReservationPayload>;
  /** Changes the flight, fare class or passengers of a held or confirmed flight booking before departure; the price difference is computed here and nothing changes when the new seats are not free. */
  modifyFlightBooking?: Maybe<FlightModificationPayload>;
  /** Changes the dates, guests or rooms of a held or confirmed stay before check-in; nothing changes when the new nights are not free. */
  modifyHotelBooking?: Maybe<TravelBookingPayload>;
  /** Pays the signed-in user's live hold through the payments subgraph instead of at the venue: payments creates one PaymentIntent (reference `paymentReference`) for the total; confirming it there sells the seats, a failed or cancelled payment releases them. */
  payReservation?: Maybe<ReservationPaymentPayload>;
  /** Pays the signed-in user's live hold through the payments subgraph instead of at the venue: payments creates one PaymentIntent (reference `paymentReference`) for the total; confirming it there confirms the booking, a failed or cancelled payment releases it. */
  payTravelBooking?: Maybe<TravelBookingPaymentPayload>;
  /** Rates a cinema movie 1 to 5 stars as the signed-in user (rating again replaces the stars). */
  rateCinemaMovie?: Maybe<CinemaMovieRatingPayload>;
  /** Rebuilds the recommendation model now (admins only; it is also rebuilt every BOOKINGS_RECS_REBUILD_MS when something changed). */
  rebuildMovieRecommendations?: Maybe<MovieRecommenderBuild>;
  /** Removes the signed-in user's rating of a cinema movie. */
  removeCinemaMovieRating?: Maybe<RemoveCinemaMovieRatingPayload>;
  /** Sets the rate of a range of nights of a room type (admins only). */
  setRoomRates?: Maybe<RoomRatesPayload>;
  /** Changes a cinema movie (admins only). */
  updateCinemaMovie?: Maybe<CinemaMoviePayload>;
  /** Changes a showtime's times or prices (admins only; times only while nobody holds a seat). */
  updateShowtime?: Maybe<ShowtimePayload>;
};


export type MutationCancelReservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelTravelBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmReservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmTravelBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateAuditoriumArgs = {
  input: CreateAuditoriumInput;
};


export type MutationCreateCinemaMovieArgs = {
  input: CreateCinemaMovieInput;
};


export type MutationCreateFlightArgs = {
  input: CreateFlightInput;
};


export type MutationCreatePropertyArgs = {
  input: CreatePropertyInput;
};


export type MutationCreateShowtimeArgs = {
  input: CreateShowtimeInput;
};


export type MutationCreateTripArgs = {
  name: Scalars['String']['input'];
};


export type MutationDeleteCinemaMovieArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteShowtimeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationHoldFlightArgs = {
  input: HoldFlightInput;
};


export type MutationHoldRoomArgs = {
  input: HoldRoomInput;
};


export type MutationHoldSeatsArgs = {
  seatIds: Array<Scalars['ID']['input']>;
  showtimeId: Scalars['ID']['input'];
};


export type MutationModifyFlightBookingArgs = {
  id: Scalars['ID']['input'];
  input: ModifyFlightInput;
};


export type MutationModifyHotelBookingArgs = {
  id: Scalars['ID']['input'];
  input: ModifyStayInput;
};


export type MutationPayReservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPayTravelBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRateCinemaMovieArgs = {
  cinemaMovieId: Scalars['ID']['input'];
  stars: Scalars['Int']['input'];
};


export type MutationRemoveCinemaMovieRatingArgs = {
  cinemaMovieId: Scalars['ID']['input'];
};


export type MutationSetRoomRatesArgs = {
  input: SetRoomRatesInput;
};


export type MutationUpdateCinemaMovieArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCinemaMovieInput;
};


export type MutationUpdateShowtimeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateShowtimeInput;
};

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A hotel with room types; its cancellation policy applies to every stay booked there. */
export type Property = {
  __typename?: 'Property';
  /** After that, cancelling costs this percentage of the stay's total. */
  cancellationFeePercent: Scalars['Int']['output'];
  /** The city it is in. */
  city: Scalars['String']['output'];
  /** ISO 4217 currency of its rates. */
  currency: Scalars['String']['output'];
  /** A confirmed stay can be cancelled free of charge until this many hours before check-in (00:00 UTC of the check-in day). */
  freeCancellationHours: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The hotel's name. */
  name: Scalars['String']['output'];
  /** Its room types, by name. */
  roomTypes: RoomTypeConnection;
  /** Star rating, 1 to 5. */
  stars: Scalars['Int']['output'];
};


/** A hotel with room types; its cancellation policy applies to every stay booked there. */
export type PropertyRoomTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of properties. */
export type PropertyConnection = {
  __typename?: 'PropertyConnection';
  /** The page. */
  edges: Array<PropertyEdge>;
  /** Where the page is. */
  pageInfo: PageInfo;
  /** All matches. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of PropertyConnection. */
export type PropertyEdge = {
  __typename?: 'PropertyEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The property. */
  node: Property;
};

/** The result of creating a property. */
export type PropertyPayload = {
  __typename?: 'PropertyPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The property; null when `errors` is not empty. */
  property?: Maybe<Property>;
};

export type Query = {
  __typename?: 'Query';
  /** Auditoriums, by name. */
  auditoriums?: Maybe<AuditoriumConnection>;
  /** A cinema movie by id. */
  cinemaMovie?: Maybe<CinemaMovie>;
  /** Cinema movies, by title, optionally of one genre. */
  cinemaMovies?: Maybe<CinemaMovieConnection>;
  /** A flight by id. */
  flight?: Maybe<Flight>;
  /** Fare classes of flights on a route and day with seats for every passenger, filtered and sorted. */
  flightAvailability?: Maybe<FlightOfferConnection>;
  /** Room types free for a whole stay in a city, from the availability index, filtered and sorted. */
  hotelAvailability?: Maybe<HotelOfferConnection>;
  /** The signed-in user's ratings, most recent first. */
  myMovieRatings?: Maybe<CinemaMovieRatingConnection>;
  /** Movies for the signed-in user: "because you rated/watched …" first, then popular ones. */
  myMovieRecommendations?: Maybe<MovieRecommendationConnection>;
  /** The signed-in user's reservations, newest first. */
  myReservations?: Maybe<ReservationConnection>;
  /** The signed-in user's travel bookings, newest first. */
  myTravelBookings?: Maybe<TravelBookingConnection>;
  /** The signed-in user's trips, newest first. */
  myTrips?: Maybe<TripConnection>;
  /** Properties, by name, optionally of one city. */
  properties?: Maybe<PropertyConnection>;
  /** A property by id. */
  property?: Maybe<Property>;
  /** A reservation by id: its owner's or, for admins, anyone's. */
  reservation?: Maybe<Reservation>;
  /** Reservations, newest first, optionally of one showtime and status: every user's for admins, the signed-in user's own for everyone else. */
  reservations?: Maybe<ReservationConnection>;
  /** A showtime by id. */
  showtime?: Maybe<Showtime>;
  /** Showtimes starting on a UTC day (`YYYY-MM-DD`), or without `date` those that have not started yet; soonest first, optionally of one cinema movie. */
  showtimes?: Maybe<ShowtimeConnection>;
  /** A travel booking: its owner's or, for admins, anyone's. */
  travelBooking?: Maybe<TravelBooking>;
  /** One of the signed-in user's trips. */
  trip?: Maybe<Trip>;
};


export type QueryAuditoriumsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCinemaMovieArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCinemaMoviesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  genre?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFlightArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFlightAvailabilityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  input: FlightSearchInput;
};


export type QueryHotelAvailabilityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  input: HotelSearchInput;
};


export type QueryMyMovieRatingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyMovieRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyReservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<ReservationScope>;
};


export type QueryMyTravelBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyTripsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPropertiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPropertyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReservationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  showtimeId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ReservationStatus>;
};


export type QueryShowtimeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryShowtimesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  cinemaMovieId?: InputMaybe<Scalars['ID']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTravelBookingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTripArgs = {
  id: Scalars['ID']['input'];
};

/** Why a movie is recommended. */
export type RecommendationReason =
  /** Other viewers like it (the fill when similarity has nothing more, e.g. for a new user). */
  | 'POPULAR'
  /** It is similar to a movie the user rated well (`because`). */
  | 'RATED'
  /** It is similar to a movie the user booked (`because`). */
  | 'WATCHED';

/** The result of removing a rating. */
export type RemoveCinemaMovieRatingPayload = {
  __typename?: 'RemoveCinemaMovieRatingPayload';
  /** The movie whose rating was removed; null when `errors` is not empty. */
  cinemaMovieId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
};

/** A user's seats for one showtime. */
export type Reservation = {
  __typename?: 'Reservation';
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was confirmed. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When a hold runs out (meaningful while HELD). */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** When its holder chose to pay through payments (`payReservation`); null when it is paid at the venue. From then on the payment confirms it and a cancellation is refunded. */
  paymentRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The seats, front row first. */
  seats: Array<ReservedSeat>;
  /** The showtime. */
  showtime: Showtime;
  /** Held, confirmed, cancelled or expired. */
  status: ReservationStatus;
  /** What the seats cost together (paid at the venue). */
  total: BookingsMoney;
  /** Who reserved. */
  user?: Maybe<User>;
};

/** A page of reservations. */
export type ReservationConnection = {
  __typename?: 'ReservationConnection';
  /** The reservations of this page. */
  edges: Array<ReservationEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One reservation in a page. */
export type ReservationEdge = {
  __typename?: 'ReservationEdge';
  /** Opaque position in the list. */
  cursor: Scalars['String']['output'];
  /** The reservation. */
  node: Reservation;
};

/** The result of holding, confirming or cancelling seats. */
export type ReservationPayload = {
  __typename?: 'ReservationPayload';
  /** Why nothing changed (CONFLICT: a seat is taken, or the hold ran out); empty on success. */
  errors: Array<UserError>;
  /** The reservation; null when `errors` is not empty. */
  reservation?: Maybe<Reservation>;
};

/** The result of `payReservation`. */
export type ReservationPaymentPayload = {
  __typename?: 'ReservationPaymentPayload';
  /** Why nothing changed (NOT_FOUND, or CONFLICT: not held, or the hold ran out); empty on success. */
  errors: Array<UserError>;
  /** The `reference` of the PaymentIntent payments creates for it (`paymentIntentsByReference` finds it); null when `errors` is not empty. */
  paymentReference?: Maybe<Scalars['String']['output']>;
  /** The reservation, still HELD until the payment succeeds; null when `errors` is not empty. */
  reservation?: Maybe<Reservation>;
};

/** Which of the signed-in user's reservations `myReservations` lists. */
export type ReservationScope =
  /** All of them. */
  | 'ALL'
  /** Showtimes that have started. */
  | 'PAST'
  /** Showtimes that have not started yet. */
  | 'UPCOMING';

/** Where a reservation is in its life. */
export type ReservationStatus =
  /** Cancelled before the showtime; its seats were released. */
  | 'CANCELLED'
  /** Confirmed; paid at the venue. */
  | 'CONFIRMED'
  /** The hold ran out before it was confirmed; its seats were released. */
  | 'EXPIRED'
  /** The seats are held until `expiresAt`; confirm before then. */
  | 'HELD';

/** A seat of a reservation and the price it was taken at. */
export type ReservedSeat = {
  __typename?: 'ReservedSeat';
  /** Its price when reserved. */
  price: BookingsMoney;
  /** The seat. */
  seat: Seat;
};

/** The result of setting rates. */
export type RoomRatesPayload = {
  __typename?: 'RoomRatesPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** Nights whose rate changed. */
  nightsChanged: Scalars['Int']['output'];
  /** The room type; null when `errors` is not empty. */
  roomType?: Maybe<RoomType>;
};

/** A kind of room of a property, with its number of rooms and stay rules. */
export type RoomType = {
  __typename?: 'RoomType';
  /** The rate per night new nights start with. */
  baseRate: BookingsMoney;
  /** Nights a room stays empty after each stay (turnover); they count against availability. */
  bufferNights: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** How many guests one room sleeps. */
  maxGuests: Scalars['Int']['output'];
  /** The shortest stay accepted, in nights. */
  minStayNights: Scalars['Int']['output'];
  /** The room type's name, e.g. Double room. */
  name: Scalars['String']['output'];
  /** The property it belongs to. */
  property: Property;
  /** How many rooms of this type the property has. */
  totalRooms: Scalars['Int']['output'];
};

/** A page of room types. */
export type RoomTypeConnection = {
  __typename?: 'RoomTypeConnection';
  /** The page. */
  edges: Array<RoomTypeEdge>;
  /** Where the page is. */
  pageInfo: PageInfo;
  /** All matches. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of RoomTypeConnection. */
export type RoomTypeEdge = {
  __typename?: 'RoomTypeEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The room type. */
  node: RoomType;
};

/** A room type of a new property. */
export type RoomTypeInput = {
  /** Empty nights after each stay, 0 to 2. */
  bufferNights?: InputMaybe<Scalars['Int']['input']>;
  /** Guests one room sleeps, 1 to 10. */
  maxGuests: Scalars['Int']['input'];
  /** Shortest stay, 1 to 30 nights. */
  minStayNights?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 80 characters, unique in the property. */
  name: Scalars['String']['input'];
  /** Rate per night in minor units, 0 to 10,000,000. */
  rate: Scalars['Int']['input'];
  /** Rooms of this type, 1 to 1000. */
  totalRooms: Scalars['Int']['input'];
};

/** One seat of an auditorium. */
export type Seat = {
  __typename?: 'Seat';
  /** True for seats never sold. */
  blocked: Scalars['Boolean']['output'];
  /** Stable, opaque identifier; pass it to `holdSeats`. */
  id: Scalars['ID']['output'];
  /** The seat's number in its row, from 1. */
  number: Scalars['Int']['output'];
  /** The row's label, e.g. A. */
  row: Scalars['String']['output'];
  /** Its kind and price tier. */
  type: SeatType;
};

/** A change of seats pushed by `seatMapChanged`. */
export type SeatChangeKind =
  /** The seats were just held. */
  | 'HELD'
  /** The seats are free again (a hold expired, or a reservation was cancelled). */
  | 'RELEASED'
  /** The seats were just sold (a hold was confirmed). */
  | 'SOLD';

/** Seats that changed at a showtime, as `seatMapChanged` pushes them. */
export type SeatMapChange = {
  __typename?: 'SeatMapChange';
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** What happened to the seats. */
  kind: SeatChangeKind;
  /** The seats that changed. */
  seats: Array<Seat>;
  /** The showtime. */
  showtimeId: Scalars['ID']['output'];
  /** Their state now (HELD, SOLD or FREE). */
  state: SeatState;
};

/** The price of one seat type at a showtime. */
export type SeatPrice = {
  __typename?: 'SeatPrice';
  /** Its price. */
  price: BookingsMoney;
  /** The seat type. */
  seatType: SeatType;
};

/** Prices per seat type, in minor units (0 to 100,000). */
export type SeatPricesInput = {
  /** An accessible seat; defaults to the standard price. */
  accessible?: InputMaybe<Scalars['Int']['input']>;
  /** A premium seat; defaults to the standard price. */
  premium?: InputMaybe<Scalars['Int']['input']>;
  /** A standard seat. */
  standard: Scalars['Int']['input'];
};

/** What a seat of a showtime is right now. */
export type SeatState =
  /** Never sold (blocked in the auditorium's layout). */
  | 'BLOCKED'
  /** Anyone may hold it. */
  | 'FREE'
  /** Held by a reservation that is not confirmed yet; free again if the hold expires. */
  | 'HELD'
  /** Taken by a confirmed reservation. */
  | 'SOLD';

/** The kind of a seat, which decides its price tier. */
export type SeatType =
  /** A seat with wheelchair access, at the accessible price. */
  | 'ACCESSIBLE'
  /** A better seat at the premium price. */
  | 'PREMIUM'
  /** An ordinary seat. */
  | 'STANDARD';

/** One row of an auditorium's seat map. */
export type SeatingRow = {
  __typename?: 'SeatingRow';
  /** The row's label. */
  label: Scalars['String']['output'];
  /** Its seats, by number. */
  seats: Array<Seat>;
};

/** One row of a new auditorium. */
export type SeatingRowInput = {
  /** Numbers of seats never sold. */
  blockedSeats?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** 1 to 3 letters or digits, unique in the auditorium. */
  label: Scalars['String']['input'];
  /** The kind of every seat of the row. */
  seatType?: InputMaybe<SeatType>;
  /** How many seats, 1 to 60, numbered from 1. */
  seats: Scalars['Int']['input'];
};

/** New nightly rates for a range of nights of a room type. */
export type SetRoomRatesInput = {
  /** First night (YYYY-MM-DD). */
  from: Scalars['String']['input'];
  /** Rate per night in minor units. */
  rate: Scalars['Int']['input'];
  /** The room type. */
  roomTypeId: Scalars['ID']['input'];
  /** The day after the last night (YYYY-MM-DD); at most 366 nights after `from`. */
  to: Scalars['String']['input'];
};

/** A screening of a cinema movie in an auditorium. */
export type Showtime = {
  __typename?: 'Showtime';
  /** Where. */
  auditorium: Auditorium;
  /** The movie shown. */
  cinemaMovie: CinemaMovie;
  /** When it ends. */
  endsAt: Scalars['DateTime']['output'];
  /** Seats free now. */
  freeSeatCount: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The price of each seat type. */
  prices: Array<SeatPrice>;
  /** Its reservations, newest first (admins only). */
  reservations?: Maybe<ReservationConnection>;
  /** Every seat with its state now, front row first. */
  seats: Array<ShowtimeSeat>;
  /** When it starts. */
  startsAt: Scalars['DateTime']['output'];
  /** Capacity, occupancy and revenue (admins only). */
  stats?: Maybe<ShowtimeStats>;
};


/** A screening of a cinema movie in an auditorium. */
export type ShowtimeReservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of showtimes. */
export type ShowtimeConnection = {
  __typename?: 'ShowtimeConnection';
  /** The showtimes of this page. */
  edges: Array<ShowtimeEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One showtime in a page. */
export type ShowtimeEdge = {
  __typename?: 'ShowtimeEdge';
  /** Opaque position in the list. */
  cursor: Scalars['String']['output'];
  /** The showtime. */
  node: Showtime;
};

/** The result of creating or updating a showtime. */
export type ShowtimePayload = {
  __typename?: 'ShowtimePayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The showtime; null when `errors` is not empty. */
  showtime?: Maybe<Showtime>;
};

/** One seat at one showtime: its state and price. */
export type ShowtimeSeat = {
  __typename?: 'ShowtimeSeat';
  /** What it costs at this showtime. */
  price: BookingsMoney;
  /** The seat. */
  seat: Seat;
  /** Free, held, sold or blocked now. */
  state: SeatState;
};

/** Occupancy and revenue of one showtime. */
export type ShowtimeStats = {
  __typename?: 'ShowtimeStats';
  /** Seats for sale. */
  capacity: Scalars['Int']['output'];
  /** Seats free. */
  free: Scalars['Int']['output'];
  /** Seats held (not confirmed yet). */
  held: Scalars['Int']['output'];
  /** Sold over capacity, 0 to 1. */
  occupancy: Scalars['Float']['output'];
  /** Revenue of the sold seats. */
  revenue: BookingsMoney;
  /** Seats sold (confirmed). */
  sold: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Seat changes of a showtime as they happen: held, sold, released. */
  seatMapChanged?: Maybe<SeatMapChange>;
};


export type SubscriptionSeatMapChangedArgs = {
  showtimeId: Scalars['ID']['input'];
};

/** A hotel stay or flight seats booked by a user: held until `expiresAt`, then confirmed, or expired; cancellable before it starts. */
export type TravelBooking = {
  __typename?: 'TravelBooking';
  /** What the cancellation cost (null unless cancelled). */
  cancellationFee?: Maybe<BookingsMoney>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was confirmed. */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When a hold runs out (unless confirmed). */
  expiresAt: Scalars['DateTime']['output'];
  /** The seats, for a flight booking. */
  flight?: Maybe<FlightTicket>;
  /** Until when cancelling is free. */
  freeCancellationUntil: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Hotel or flight. */
  kind: TravelBookingKind;
  /** When the traveller chose to pay through payments (`payTravelBooking`); null when it is paid at the venue. From then on the payment confirms it, a change that costs less is refunded the difference, one that costs more is refused, and a cancellation is refunded minus the fee. */
  paymentRequestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** HELD, CONFIRMED, CANCELLED or EXPIRED. */
  status: ReservationStatus;
  /** The stay, for a hotel booking. */
  stay?: Maybe<HotelStay>;
  /** Total price. */
  total: BookingsMoney;
  /** The trip it belongs to, if any. */
  trip?: Maybe<Trip>;
  /** Who booked it. */
  user?: Maybe<User>;
};

/** A page of travel bookings. */
export type TravelBookingConnection = {
  __typename?: 'TravelBookingConnection';
  /** The page. */
  edges: Array<TravelBookingEdge>;
  /** Where the page is. */
  pageInfo: PageInfo;
  /** All matches. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of TravelBookingConnection. */
export type TravelBookingEdge = {
  __typename?: 'TravelBookingEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The booking. */
  node: TravelBooking;
};

/** What a travel booking is for. */
export type TravelBookingKind =
  /** Seats on a flight. */
  | 'FLIGHT'
  /** A hotel stay. */
  | 'HOTEL';

/** The result of holding, confirming, changing or cancelling a travel booking. */
export type TravelBookingPayload = {
  __typename?: 'TravelBookingPayload';
  /** The booking; null when `errors` is not empty. */
  booking?: Maybe<TravelBooking>;
  /** Why nothing changed (CONFLICT: nothing free, or the hold ran out); empty on success. */
  errors: Array<UserError>;
};

/** The result of asking to pay a travel booking through payments. */
export type TravelBookingPaymentPayload = {
  __typename?: 'TravelBookingPaymentPayload';
  /** The booking, still HELD until the payment succeeds; null when `errors` is not empty. */
  booking?: Maybe<TravelBooking>;
  /** Why nothing changed (CONFLICT: not held, or the hold ran out); empty on success. */
  errors: Array<UserError>;
  /** The `reference` of the PaymentIntent payments creates for it (`paymentIntentsByReference` finds it); null when `errors` is not empty. */
  paymentReference?: Maybe<Scalars['String']['output']>;
};

/** A user's trip: hotel and flight bookings grouped under one name. */
export type Trip = {
  __typename?: 'Trip';
  /** Its bookings, oldest first. */
  bookings: TravelBookingConnection;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The trip's name. */
  name: Scalars['String']['output'];
  /** The sum of its held and confirmed bookings, one amount per currency. */
  totals: Array<BookingsMoney>;
};


/** A user's trip: hotel and flight bookings grouped under one name. */
export type TripBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of trips. */
export type TripConnection = {
  __typename?: 'TripConnection';
  /** The page. */
  edges: Array<TripEdge>;
  /** Where the page is. */
  pageInfo: PageInfo;
  /** All matches. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of TripConnection. */
export type TripEdge = {
  __typename?: 'TripEdge';
  /** Opaque cursor. */
  cursor: Scalars['String']['output'];
  /** The trip. */
  node: Trip;
};

/** The result of creating a trip. */
export type TripPayload = {
  __typename?: 'TripPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The trip; null when `errors` is not empty. */
  trip?: Maybe<Trip>;
};

/** Changes to a cinema movie; absent fields stay, null clears `posterUrl` and `movieId`. */
export type UpdateCinemaMovieInput = {
  /** Up to 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 40 characters. */
  genre?: InputMaybe<Scalars['String']['input']>;
  /** The movies subgraph's (TMDB) id of the movie, digits only. */
  movieId?: InputMaybe<Scalars['ID']['input']>;
  /** An http(s) URL of at most 500 characters. */
  posterUrl?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a showtime; times are UTC and must end in `Z`. New prices apply to new holds. */
export type UpdateShowtimeInput = {
  /** New end. */
  endsAt?: InputMaybe<Scalars['String']['input']>;
  /** New prices. */
  prices?: InputMaybe<SeatPricesInput>;
  /** New start. */
  startsAt?: InputMaybe<Scalars['String']['input']>;
};

/** A person with a Hubgraph account; identity owns it, bookings only points at it. */
export type User = {
  __typename?: 'User';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Auditorium: Auditorium;
  CinemaMovie: CinemaMovie;
  Flight: Flight;
  Movie: Movie;
  Property: Property;
  Reservation: Reservation;
  RoomType: RoomType;
  Showtime: Showtime;
  TravelBooking: TravelBooking;
  Trip: Trip;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Auditorium:
    ( { __typename: 'Auditorium' }
    & GraphQLRecursivePick<FederationTypes['Auditorium'], {"id":true}> );
  CinemaMovie:
    ( { __typename: 'CinemaMovie' }
    & GraphQLRecursivePick<FederationTypes['CinemaMovie'], {"id":true}> );
  Flight:
    ( { __typename: 'Flight' }
    & GraphQLRecursivePick<FederationTypes['Flight'], {"id":true}> );
  Movie:
    ( { __typename: 'Movie' }
    & GraphQLRecursivePick<FederationTypes['Movie'], {"id":true}> );
  Property:
    ( { __typename: 'Property' }
    & GraphQLRecursivePick<FederationTypes['Property'], {"id":true}> );
  Reservation:
    ( { __typename: 'Reservation' }
    & GraphQLRecursivePick<FederationTypes['Reservation'], {"id":true}> );
  RoomType:
    ( { __typename: 'RoomType' }
    & GraphQLRecursivePick<FederationTypes['RoomType'], {"id":true}> );
  Showtime:
    ( { __typename: 'Showtime' }
    & GraphQLRecursivePick<FederationTypes['Showtime'], {"id":true}> );
  TravelBooking:
    ( { __typename: 'TravelBooking' }
    & GraphQLRecursivePick<FederationTypes['TravelBooking'], {"id":true}> );
  Trip:
    ( { __typename: 'Trip' }
    & GraphQLRecursivePick<FederationTypes['Trip'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Auditorium: ResolverTypeWrapper<AuditoriumRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditoriumConnection: ResolverTypeWrapper<Omit<AuditoriumConnection, 'edges'> & { edges: Array<ResolversTypes['AuditoriumEdge']> }>;
  AuditoriumEdge: ResolverTypeWrapper<Omit<AuditoriumEdge, 'node'> & { node: ResolversTypes['Auditorium'] }>;
  AuditoriumPayload: ResolverTypeWrapper<Omit<AuditoriumPayload, 'auditorium'> & { auditorium?: Maybe<ResolversTypes['Auditorium']> }>;
  BookingsDeletePayload: ResolverTypeWrapper<BookingsDeletePayload>;
  BookingsMoney: ResolverTypeWrapper<BookingsMoney>;
  Cabin: Cabin;
  CinemaMovie: ResolverTypeWrapper<CinemaMovieRow>;
  CinemaMovieConnection: ResolverTypeWrapper<Omit<CinemaMovieConnection, 'edges'> & { edges: Array<ResolversTypes['CinemaMovieEdge']> }>;
  CinemaMovieEdge: ResolverTypeWrapper<Omit<CinemaMovieEdge, 'node'> & { node: ResolversTypes['CinemaMovie'] }>;
  CinemaMoviePayload: ResolverTypeWrapper<Omit<CinemaMoviePayload, 'cinemaMovie'> & { cinemaMovie?: Maybe<ResolversTypes['CinemaMovie']> }>;
  CinemaMovieRating: ResolverTypeWrapper<MovieRatingRow>;
  CinemaMovieRatingConnection: ResolverTypeWrapper<Omit<CinemaMovieRatingConnection, 'edges'> & { edges: Array<ResolversTypes['CinemaMovieRatingEdge']> }>;
  CinemaMovieRatingEdge: ResolverTypeWrapper<Omit<CinemaMovieRatingEdge, 'node'> & { node: ResolversTypes['CinemaMovieRating'] }>;
  CinemaMovieRatingPayload: ResolverTypeWrapper<Omit<CinemaMovieRatingPayload, 'rating'> & { rating?: Maybe<ResolversTypes['CinemaMovieRating']> }>;
  CinemaMovieRatingSummary: ResolverTypeWrapper<RatingSummaryView>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CinemaMovieStats: ResolverTypeWrapper<MovieStatsView>;
  CreateAuditoriumInput: CreateAuditoriumInput;
  CreateCinemaMovieInput: CreateCinemaMovieInput;
  CreateFlightInput: CreateFlightInput;
  CreatePropertyInput: CreatePropertyInput;
  CreateShowtimeInput: CreateShowtimeInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  FareClass: ResolverTypeWrapper<FareClassRow>;
  FareClassInput: FareClassInput;
  Flight: ResolverTypeWrapper<FlightRow>;
  FlightModificationPayload: ResolverTypeWrapper<Omit<FlightModificationPayload, 'booking'> & { booking?: Maybe<ResolversTypes['TravelBooking']> }>;
  FlightOffer: ResolverTypeWrapper<FlightOfferView>;
  FlightOfferConnection: ResolverTypeWrapper<Omit<FlightOfferConnection, 'edges'> & { edges: Array<ResolversTypes['FlightOfferEdge']> }>;
  FlightOfferEdge: ResolverTypeWrapper<Omit<FlightOfferEdge, 'node'> & { node: ResolversTypes['FlightOffer'] }>;
  FlightPayload: ResolverTypeWrapper<Omit<FlightPayload, 'flight'> & { flight?: Maybe<ResolversTypes['Flight']> }>;
  FlightSearchInput: FlightSearchInput;
  FlightSegment: ResolverTypeWrapper<FlightSegmentRow>;
  FlightSegmentInput: FlightSegmentInput;
  FlightSort: FlightSort;
  FlightTicket: ResolverTypeWrapper<TravelBookingRow>;
  HoldFlightInput: HoldFlightInput;
  HoldRoomInput: HoldRoomInput;
  HotelOffer: ResolverTypeWrapper<HotelOfferView>;
  HotelOfferConnection: ResolverTypeWrapper<Omit<HotelOfferConnection, 'edges'> & { edges: Array<ResolversTypes['HotelOfferEdge']> }>;
  HotelOfferEdge: ResolverTypeWrapper<Omit<HotelOfferEdge, 'node'> & { node: ResolversTypes['HotelOffer'] }>;
  HotelSearchInput: HotelSearchInput;
  HotelSort: HotelSort;
  HotelStay: ResolverTypeWrapper<TravelBookingRow>;
  ModifyFlightInput: ModifyFlightInput;
  ModifyStayInput: ModifyStayInput;
  Movie: ResolverTypeWrapper<MovieRef>;
  MovieRecommendation: ResolverTypeWrapper<MovieRecommendationView>;
  MovieRecommendationConnection: ResolverTypeWrapper<Omit<MovieRecommendationConnection, 'edges'> & { edges: Array<ResolversTypes['MovieRecommendationEdge']> }>;
  MovieRecommendationEdge: ResolverTypeWrapper<Omit<MovieRecommendationEdge, 'node'> & { node: ResolversTypes['MovieRecommendation'] }>;
  MovieRecommenderBuild: ResolverTypeWrapper<RecommenderBuildView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Property: ResolverTypeWrapper<PropertyRow>;
  PropertyConnection: ResolverTypeWrapper<Omit<PropertyConnection, 'edges'> & { edges: Array<ResolversTypes['PropertyEdge']> }>;
  PropertyEdge: ResolverTypeWrapper<Omit<PropertyEdge, 'node'> & { node: ResolversTypes['Property'] }>;
  PropertyPayload: ResolverTypeWrapper<Omit<PropertyPayload, 'property'> & { property?: Maybe<ResolversTypes['Property']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecommendationReason: RecommendationReason;
  RemoveCinemaMovieRatingPayload: ResolverTypeWrapper<RemoveCinemaMovieRatingPayload>;
  Reservation: ResolverTypeWrapper<ReservationRow>;
  ReservationConnection: ResolverTypeWrapper<Omit<ReservationConnection, 'edges'> & { edges: Array<ResolversTypes['ReservationEdge']> }>;
  ReservationEdge: ResolverTypeWrapper<Omit<ReservationEdge, 'node'> & { node: ResolversTypes['Reservation'] }>;
  ReservationPayload: ResolverTypeWrapper<Omit<ReservationPayload, 'reservation'> & { reservation?: Maybe<ResolversTypes['Reservation']> }>;
  ReservationPaymentPayload: ResolverTypeWrapper<Omit<ReservationPaymentPayload, 'reservation'> & { reservation?: Maybe<ResolversTypes['Reservation']> }>;
  ReservationScope: ReservationScope;
  ReservationStatus: ReservationStatus;
  ReservedSeat: ResolverTypeWrapper<ReservationSeatRow>;
  RoomRatesPayload: ResolverTypeWrapper<Omit<RoomRatesPayload, 'roomType'> & { roomType?: Maybe<ResolversTypes['RoomType']> }>;
  RoomType: ResolverTypeWrapper<RoomTypeRow>;
  RoomTypeConnection: ResolverTypeWrapper<Omit<RoomTypeConnection, 'edges'> & { edges: Array<ResolversTypes['RoomTypeEdge']> }>;
  RoomTypeEdge: ResolverTypeWrapper<Omit<RoomTypeEdge, 'node'> & { node: ResolversTypes['RoomType'] }>;
  RoomTypeInput: RoomTypeInput;
  Seat: ResolverTypeWrapper<SeatView>;
  SeatChangeKind: SeatChangeKind;
  SeatMapChange: ResolverTypeWrapper<SeatMapChangeView>;
  SeatPrice: ResolverTypeWrapper<SeatPrice>;
  SeatPricesInput: SeatPricesInput;
  SeatState: SeatState;
  SeatType: SeatType;
  SeatingRow: ResolverTypeWrapper<SeatingRowView>;
  SeatingRowInput: SeatingRowInput;
  SetRoomRatesInput: SetRoomRatesInput;
  Showtime: ResolverTypeWrapper<ShowtimeRow>;
  ShowtimeConnection: ResolverTypeWrapper<Omit<ShowtimeConnection, 'edges'> & { edges: Array<ResolversTypes['ShowtimeEdge']> }>;
  ShowtimeEdge: ResolverTypeWrapper<Omit<ShowtimeEdge, 'node'> & { node: ResolversTypes['Showtime'] }>;
  ShowtimePayload: ResolverTypeWrapper<Omit<ShowtimePayload, 'showtime'> & { showtime?: Maybe<ResolversTypes['Showtime']> }>;
  ShowtimeSeat: ResolverTypeWrapper<ShowtimeSeatView>;
  ShowtimeStats: ResolverTypeWrapper<ShowtimeStatsView>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TravelBooking: ResolverTypeWrapper<TravelBookingRow>;
  TravelBookingConnection: ResolverTypeWrapper<Omit<TravelBookingConnection, 'edges'> & { edges: Array<ResolversTypes['TravelBookingEdge']> }>;
  TravelBookingEdge: ResolverTypeWrapper<Omit<TravelBookingEdge, 'node'> & { node: ResolversTypes['TravelBooking'] }>;
  TravelBookingKind: TravelBookingKind;
  TravelBookingPayload: ResolverTypeWrapper<Omit<TravelBookingPayload, 'booking'> & { booking?: Maybe<ResolversTypes['TravelBooking']> }>;
  TravelBookingPaymentPayload: ResolverTypeWrapper<Omit<TravelBookingPaymentPayload, 'booking'> & { booking?: Maybe<ResolversTypes['TravelBooking']> }>;
  Trip: ResolverTypeWrapper<TripRow>;
  TripConnection: ResolverTypeWrapper<Omit<TripConnection, 'edges'> & { edges: Array<ResolversTypes['TripEdge']> }>;
  TripEdge: ResolverTypeWrapper<Omit<TripEdge, 'node'> & { node: ResolversTypes['Trip'] }>;
  TripPayload: ResolverTypeWrapper<Omit<TripPayload, 'trip'> & { trip?: Maybe<ResolversTypes['Trip']> }>;
  UpdateCinemaMovieInput: UpdateCinemaMovieInput;
  UpdateShowtimeInput: UpdateShowtimeInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Auditorium: AuditoriumRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AuditoriumConnection: Omit<AuditoriumConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditoriumEdge']> };
  AuditoriumEdge: Omit<AuditoriumEdge, 'node'> & { node: ResolversParentTypes['Auditorium'] };
  AuditoriumPayload: Omit<AuditoriumPayload, 'auditorium'> & { auditorium?: Maybe<ResolversParentTypes['Auditorium']> };
  BookingsDeletePayload: BookingsDeletePayload;
  BookingsMoney: BookingsMoney;
  CinemaMovie: CinemaMovieRow;
  CinemaMovieConnection: Omit<CinemaMovieConnection, 'edges'> & { edges: Array<ResolversParentTypes['CinemaMovieEdge']> };
  CinemaMovieEdge: Omit<CinemaMovieEdge, 'node'> & { node: ResolversParentTypes['CinemaMovie'] };
  CinemaMoviePayload: Omit<CinemaMoviePayload, 'cinemaMovie'> & { cinemaMovie?: Maybe<ResolversParentTypes['CinemaMovie']> };
  CinemaMovieRating: MovieRatingRow;
  CinemaMovieRatingConnection: Omit<CinemaMovieRatingConnection, 'edges'> & { edges: Array<ResolversParentTypes['CinemaMovieRatingEdge']> };
  CinemaMovieRatingEdge: Omit<CinemaMovieRatingEdge, 'node'> & { node: ResolversParentTypes['CinemaMovieRating'] };
  CinemaMovieRatingPayload: Omit<CinemaMovieRatingPayload, 'rating'> & { rating?: Maybe<ResolversParentTypes['CinemaMovieRating']> };
  CinemaMovieRatingSummary: RatingSummaryView;
  Float: Scalars['Float']['output'];
  CinemaMovieStats: MovieStatsView;
  CreateAuditoriumInput: CreateAuditoriumInput;
  CreateCinemaMovieInput: CreateCinemaMovieInput;
  CreateFlightInput: CreateFlightInput;
  CreatePropertyInput: CreatePropertyInput;
  CreateShowtimeInput: CreateShowtimeInput;
  DateTime: Scalars['DateTime']['output'];
  FareClass: FareClassRow;
  FareClassInput: FareClassInput;
  Flight: FlightRow;
  FlightModificationPayload: Omit<FlightModificationPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['TravelBooking']> };
  FlightOffer: FlightOfferView;
  FlightOfferConnection: Omit<FlightOfferConnection, 'edges'> & { edges: Array<ResolversParentTypes['FlightOfferEdge']> };
  FlightOfferEdge: Omit<FlightOfferEdge, 'node'> & { node: ResolversParentTypes['FlightOffer'] };
  FlightPayload: Omit<FlightPayload, 'flight'> & { flight?: Maybe<ResolversParentTypes['Flight']> };
  FlightSearchInput: FlightSearchInput;
  FlightSegment: FlightSegmentRow;
  FlightSegmentInput: FlightSegmentInput;
  FlightTicket: TravelBookingRow;
  HoldFlightInput: HoldFlightInput;
  HoldRoomInput: HoldRoomInput;
  HotelOffer: HotelOfferView;
  HotelOfferConnection: Omit<HotelOfferConnection, 'edges'> & { edges: Array<ResolversParentTypes['HotelOfferEdge']> };
  HotelOfferEdge: Omit<HotelOfferEdge, 'node'> & { node: ResolversParentTypes['HotelOffer'] };
  HotelSearchInput: HotelSearchInput;
  HotelStay: TravelBookingRow;
  ModifyFlightInput: ModifyFlightInput;
  ModifyStayInput: ModifyStayInput;
  Movie: MovieRef;
  MovieRecommendation: MovieRecommendationView;
  MovieRecommendationConnection: Omit<MovieRecommendationConnection, 'edges'> & { edges: Array<ResolversParentTypes['MovieRecommendationEdge']> };
  MovieRecommendationEdge: Omit<MovieRecommendationEdge, 'node'> & { node: ResolversParentTypes['MovieRecommendation'] };
  MovieRecommenderBuild: RecommenderBuildView;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Property: PropertyRow;
  PropertyConnection: Omit<PropertyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PropertyEdge']> };
  PropertyEdge: Omit<PropertyEdge, 'node'> & { node: ResolversParentTypes['Property'] };
  PropertyPayload: Omit<PropertyPayload, 'property'> & { property?: Maybe<ResolversParentTypes['Property']> };
  Query: Record<PropertyKey, never>;
  RemoveCinemaMovieRatingPayload: RemoveCinemaMovieRatingPayload;
  Reservation: ReservationRow;
  ReservationConnection: Omit<ReservationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReservationEdge']> };
  ReservationEdge: Omit<ReservationEdge, 'node'> & { node: ResolversParentTypes['Reservation'] };
  ReservationPayload: Omit<ReservationPayload, 'reservation'> & { reservation?: Maybe<ResolversParentTypes['Reservation']> };
  ReservationPaymentPayload: Omit<ReservationPaymentPayload, 'reservation'> & { reservation?: Maybe<ResolversParentTypes['Reservation']> };
  ReservedSeat: ReservationSeatRow;
  RoomRatesPayload: Omit<RoomRatesPayload, 'roomType'> & { roomType?: Maybe<ResolversParentTypes['RoomType']> };
  RoomType: RoomTypeRow;
  RoomTypeConnection: Omit<RoomTypeConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoomTypeEdge']> };
  RoomTypeEdge: Omit<RoomTypeEdge, 'node'> & { node: ResolversParentTypes['RoomType'] };
  RoomTypeInput: RoomTypeInput;
  Seat: SeatView;
  SeatMapChange: SeatMapChangeView;
  SeatPrice: SeatPrice;
  SeatPricesInput: SeatPricesInput;
  SeatingRow: SeatingRowView;
  SeatingRowInput: SeatingRowInput;
  SetRoomRatesInput: SetRoomRatesInput;
  Showtime: ShowtimeRow;
  ShowtimeConnection: Omit<ShowtimeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShowtimeEdge']> };
  ShowtimeEdge: Omit<ShowtimeEdge, 'node'> & { node: ResolversParentTypes['Showtime'] };
  ShowtimePayload: Omit<ShowtimePayload, 'showtime'> & { showtime?: Maybe<ResolversParentTypes['Showtime']> };
  ShowtimeSeat: ShowtimeSeatView;
  ShowtimeStats: ShowtimeStatsView;
  Subscription: Record<PropertyKey, never>;
  TravelBooking: TravelBookingRow;
  TravelBookingConnection: Omit<TravelBookingConnection, 'edges'> & { edges: Array<ResolversParentTypes['TravelBookingEdge']> };
  TravelBookingEdge: Omit<TravelBookingEdge, 'node'> & { node: ResolversParentTypes['TravelBooking'] };
  TravelBookingPayload: Omit<TravelBookingPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['TravelBooking']> };
  TravelBookingPaymentPayload: Omit<TravelBookingPaymentPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['TravelBooking']> };
  Trip: TripRow;
  TripConnection: Omit<TripConnection, 'edges'> & { edges: Array<ResolversParentTypes['TripEdge']> };
  TripEdge: Omit<TripEdge, 'node'> & { node: ResolversParentTypes['Trip'] };
  TripPayload: Omit<TripPayload, 'trip'> & { trip?: Maybe<ResolversParentTypes['Trip']> };
  UpdateCinemaMovieInput: UpdateCinemaMovieInput;
  UpdateShowtimeInput: UpdateShowtimeInput;
  User: UserRef;
  UserError: UserError;
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = BookingsContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = BookingsContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuditoriumResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Auditorium'] = ResolversParentTypes['Auditorium'], FederationReferenceType extends FederationReferenceTypes['Auditorium'] = FederationReferenceTypes['Auditorium']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Auditorium']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['SeatingRow']>, ParentType, ContextType>;
}>;

export type AuditoriumConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['AuditoriumConnection'] = ResolversParentTypes['AuditoriumConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditoriumEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditoriumEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['AuditoriumEdge'] = ResolversParentTypes['AuditoriumEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Auditorium'], ParentType, ContextType>;
}>;

export type AuditoriumPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['AuditoriumPayload'] = ResolversParentTypes['AuditoriumPayload']> = ResolversObject<{
  auditorium?: Resolver<Maybe<ResolversTypes['Auditorium']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type BookingsDeletePayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['BookingsDeletePayload'] = ResolversParentTypes['BookingsDeletePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type BookingsMoneyResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['BookingsMoney'] = ResolversParentTypes['BookingsMoney']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CinemaMovieResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMovie'] = ResolversParentTypes['CinemaMovie'], FederationReferenceType extends FederationReferenceTypes['CinemaMovie'] = FederationReferenceTypes['CinemaMovie']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CinemaMovie']> | FederationReferenceType, FederationReferenceType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  genre?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movie?: Resolver<Maybe<ResolversTypes['Movie']>, ParentType, ContextType>;
  posterUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratingSummary?: Resolver<ResolversTypes['CinemaMovieRatingSummary'], ParentType, ContextType>;
  showtimes?: Resolver<ResolversTypes['ShowtimeConnection'], ParentType, ContextType, RequireFields<CinemaMovieShowtimesArgs, 'first'>>;
  stats?: Resolver<Maybe<ResolversTypes['CinemaMovieStats']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CinemaMovieConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMovieConnection'] = ResolversParentTypes['CinemaMovieConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CinemaMovieEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CinemaMovieEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMovieEdge'] = ResolversParentTypes['CinemaMovieEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CinemaMovie'], ParentType, ContextType>;
}>;

export type CinemaMoviePayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMoviePayload'] = ResolversParentTypes['CinemaMoviePayload']> = ResolversObject<{
  cinemaMovie?: Resolver<Maybe<ResolversTypes['CinemaMovie']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CinemaMovieRatingResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMovieRating'] = ResolversParentTypes['CinemaMovieRating']> = ResolversObject<{
  cinemaMovie?: Resolver<Maybe<ResolversTypes['CinemaMovie']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ratedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CinemaMovieRatingConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMovieRatingConnection'] = ResolversParentTypes['CinemaMovieRatingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CinemaMovieRatingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CinemaMovieRatingEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMovieRatingEdge'] = ResolversParentTypes['CinemaMovieRatingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CinemaMovieRating'], ParentType, ContextType>;
}>;

export type CinemaMovieRatingPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMovieRatingPayload'] = ResolversParentTypes['CinemaMovieRatingPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['CinemaMovieRating']>, ParentType, ContextType>;
}>;

export type CinemaMovieRatingSummaryResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMovieRatingSummary'] = ResolversParentTypes['CinemaMovieRatingSummary']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CinemaMovieStatsResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['CinemaMovieStats'] = ResolversParentTypes['CinemaMovieStats']> = ResolversObject<{
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['BookingsMoney']>, ParentType, ContextType>;
  showtimes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FareClassResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['FareClass'] = ResolversParentTypes['FareClass']> = ResolversObject<{
  cabin?: Resolver<ResolversTypes['Cabin'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FlightResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Flight'] = ResolversParentTypes['Flight'], FederationReferenceType extends FederationReferenceTypes['Flight'] = FederationReferenceTypes['Flight']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Flight']> | FederationReferenceType, FederationReferenceType, ContextType>;
  arrivesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cancellationFeePercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  durationMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fareClasses?: Resolver<Array<ResolversTypes['FareClass']>, ParentType, ContextType>;
  freeCancellationHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['FlightSegment']>, ParentType, ContextType>;
  stops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FlightModificationPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['FlightModificationPayload'] = ResolversParentTypes['FlightModificationPayload']> = ResolversObject<{
  booking?: Resolver<Maybe<ResolversTypes['TravelBooking']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  priceDifference?: Resolver<Maybe<ResolversTypes['BookingsMoney']>, ParentType, ContextType>;
}>;

export type FlightOfferResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['FlightOffer'] = ResolversParentTypes['FlightOffer']> = ResolversObject<{
  fareClass?: Resolver<ResolversTypes['FareClass'], ParentType, ContextType>;
  flight?: Resolver<ResolversTypes['Flight'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
}>;

export type FlightOfferConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['FlightOfferConnection'] = ResolversParentTypes['FlightOfferConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FlightOfferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FlightOfferEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['FlightOfferEdge'] = ResolversParentTypes['FlightOfferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FlightOffer'], ParentType, ContextType>;
}>;

export type FlightPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['FlightPayload'] = ResolversParentTypes['FlightPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  flight?: Resolver<Maybe<ResolversTypes['Flight']>, ParentType, ContextType>;
}>;

export type FlightSegmentResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['FlightSegment'] = ResolversParentTypes['FlightSegment']> = ResolversObject<{
  arrivesAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  departsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  flightNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FlightTicketResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['FlightTicket'] = ResolversParentTypes['FlightTicket']> = ResolversObject<{
  fareClass?: Resolver<ResolversTypes['FareClass'], ParentType, ContextType>;
  flight?: Resolver<ResolversTypes['Flight'], ParentType, ContextType>;
  passengers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HotelOfferResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['HotelOffer'] = ResolversParentTypes['HotelOffer']> = ResolversObject<{
  averageNightlyRate?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
  nights?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['Property'], ParentType, ContextType>;
  roomType?: Resolver<ResolversTypes['RoomType'], ParentType, ContextType>;
  roomsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
}>;

export type HotelOfferConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['HotelOfferConnection'] = ResolversParentTypes['HotelOfferConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['HotelOfferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type HotelOfferEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['HotelOfferEdge'] = ResolversParentTypes['HotelOfferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HotelOffer'], ParentType, ContextType>;
}>;

export type HotelStayResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['HotelStay'] = ResolversParentTypes['HotelStay']> = ResolversObject<{
  checkIn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  checkOut?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  guests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nights?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['Property'], ParentType, ContextType>;
  roomType?: Resolver<ResolversTypes['RoomType'], ParentType, ContextType>;
  rooms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MovieResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Movie'] = ResolversParentTypes['Movie'], FederationReferenceType extends FederationReferenceTypes['Movie'] = FederationReferenceTypes['Movie']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Movie']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  showtimes?: Resolver<Maybe<ResolversTypes['ShowtimeConnection']>, ParentType, ContextType, RequireFields<MovieShowtimesArgs, 'first'>>;
}>;

export type MovieRecommendationResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['MovieRecommendation'] = ResolversParentTypes['MovieRecommendation']> = ResolversObject<{
  because?: Resolver<Maybe<ResolversTypes['CinemaMovie']>, ParentType, ContextType>;
  cinemaMovie?: Resolver<ResolversTypes['CinemaMovie'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['RecommendationReason'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MovieRecommendationConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['MovieRecommendationConnection'] = ResolversParentTypes['MovieRecommendationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MovieRecommendationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MovieRecommendationEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['MovieRecommendationEdge'] = ResolversParentTypes['MovieRecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MovieRecommendation'], ParentType, ContextType>;
}>;

export type MovieRecommenderBuildResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['MovieRecommenderBuild'] = ResolversParentTypes['MovieRecommenderBuild']> = ResolversObject<{
  builtAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  neighbours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rebuilt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelReservation?: Resolver<Maybe<ResolversTypes['ReservationPayload']>, ParentType, ContextType, RequireFields<MutationCancelReservationArgs, 'id'>>;
  cancelTravelBooking?: Resolver<Maybe<ResolversTypes['TravelBookingPayload']>, ParentType, ContextType, RequireFields<MutationCancelTravelBookingArgs, 'id'>>;
  confirmReservation?: Resolver<Maybe<ResolversTypes['ReservationPayload']>, ParentType, ContextType, RequireFields<MutationConfirmReservationArgs, 'id'>>;
  confirmTravelBooking?: Resolver<Maybe<ResolversTypes['TravelBookingPayload']>, ParentType, ContextType, RequireFields<MutationConfirmTravelBookingArgs, 'id'>>;
  createAuditorium?: Resolver<Maybe<ResolversTypes['AuditoriumPayload']>, ParentType, ContextType, RequireFields<MutationCreateAuditoriumArgs, 'input'>>;
  createCinemaMovie?: Resolver<Maybe<ResolversTypes['CinemaMoviePayload']>, ParentType, ContextType, RequireFields<MutationCreateCinemaMovieArgs, 'input'>>;
  createFlight?: Resolver<Maybe<ResolversTypes['FlightPayload']>, ParentType, ContextType, RequireFields<MutationCreateFlightArgs, 'input'>>;
  createProperty?: Resolver<Maybe<ResolversTypes['PropertyPayload']>, ParentType, ContextType, RequireFields<MutationCreatePropertyArgs, 'input'>>;
  createShowtime?: Resolver<Maybe<ResolversTypes['ShowtimePayload']>, ParentType, ContextType, RequireFields<MutationCreateShowtimeArgs, 'input'>>;
  createTrip?: Resolver<Maybe<ResolversTypes['TripPayload']>, ParentType, ContextType, RequireFields<MutationCreateTripArgs, 'name'>>;
  deleteCinemaMovie?: Resolver<Maybe<ResolversTypes['BookingsDeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteCinemaMovieArgs, 'id'>>;
  deleteShowtime?: Resolver<Maybe<ResolversTypes['BookingsDeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteShowtimeArgs, 'id'>>;
  holdFlight?: Resolver<Maybe<ResolversTypes['TravelBookingPayload']>, ParentType, ContextType, RequireFields<MutationHoldFlightArgs, 'input'>>;
  holdRoom?: Resolver<Maybe<ResolversTypes['TravelBookingPayload']>, ParentType, ContextType, RequireFields<MutationHoldRoomArgs, 'input'>>;
  holdSeats?: Resolver<Maybe<ResolversTypes['ReservationPayload']>, ParentType, ContextType, RequireFields<MutationHoldSeatsArgs, 'seatIds' | 'showtimeId'>>;
  modifyFlightBooking?: Resolver<Maybe<ResolversTypes['FlightModificationPayload']>, ParentType, ContextType, RequireFields<MutationModifyFlightBookingArgs, 'id' | 'input'>>;
  modifyHotelBooking?: Resolver<Maybe<ResolversTypes['TravelBookingPayload']>, ParentType, ContextType, RequireFields<MutationModifyHotelBookingArgs, 'id' | 'input'>>;
  payReservation?: Resolver<Maybe<ResolversTypes['ReservationPaymentPayload']>, ParentType, ContextType, RequireFields<MutationPayReservationArgs, 'id'>>;
  payTravelBooking?: Resolver<Maybe<ResolversTypes['TravelBookingPaymentPayload']>, ParentType, ContextType, RequireFields<MutationPayTravelBookingArgs, 'id'>>;
  rateCinemaMovie?: Resolver<Maybe<ResolversTypes['CinemaMovieRatingPayload']>, ParentType, ContextType, RequireFields<MutationRateCinemaMovieArgs, 'cinemaMovieId' | 'stars'>>;
  rebuildMovieRecommendations?: Resolver<Maybe<ResolversTypes['MovieRecommenderBuild']>, ParentType, ContextType>;
  removeCinemaMovieRating?: Resolver<Maybe<ResolversTypes['RemoveCinemaMovieRatingPayload']>, ParentType, ContextType, RequireFields<MutationRemoveCinemaMovieRatingArgs, 'cinemaMovieId'>>;
  setRoomRates?: Resolver<Maybe<ResolversTypes['RoomRatesPayload']>, ParentType, ContextType, RequireFields<MutationSetRoomRatesArgs, 'input'>>;
  updateCinemaMovie?: Resolver<Maybe<ResolversTypes['CinemaMoviePayload']>, ParentType, ContextType, RequireFields<MutationUpdateCinemaMovieArgs, 'id' | 'input'>>;
  updateShowtime?: Resolver<Maybe<ResolversTypes['ShowtimePayload']>, ParentType, ContextType, RequireFields<MutationUpdateShowtimeArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PropertyResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Property'] = ResolversParentTypes['Property'], FederationReferenceType extends FederationReferenceTypes['Property'] = FederationReferenceTypes['Property']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Property']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellationFeePercent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freeCancellationHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roomTypes?: Resolver<ResolversTypes['RoomTypeConnection'], ParentType, ContextType, RequireFields<PropertyRoomTypesArgs, 'first'>>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PropertyConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['PropertyConnection'] = ResolversParentTypes['PropertyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PropertyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PropertyEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['PropertyEdge'] = ResolversParentTypes['PropertyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Property'], ParentType, ContextType>;
}>;

export type PropertyPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['PropertyPayload'] = ResolversParentTypes['PropertyPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  property?: Resolver<Maybe<ResolversTypes['Property']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditoriums?: Resolver<Maybe<ResolversTypes['AuditoriumConnection']>, ParentType, ContextType, RequireFields<QueryAuditoriumsArgs, 'first'>>;
  cinemaMovie?: Resolver<Maybe<ResolversTypes['CinemaMovie']>, ParentType, ContextType, RequireFields<QueryCinemaMovieArgs, 'id'>>;
  cinemaMovies?: Resolver<Maybe<ResolversTypes['CinemaMovieConnection']>, ParentType, ContextType, RequireFields<QueryCinemaMoviesArgs, 'first'>>;
  flight?: Resolver<Maybe<ResolversTypes['Flight']>, ParentType, ContextType, RequireFields<QueryFlightArgs, 'id'>>;
  flightAvailability?: Resolver<Maybe<ResolversTypes['FlightOfferConnection']>, ParentType, ContextType, RequireFields<QueryFlightAvailabilityArgs, 'first' | 'input'>>;
  hotelAvailability?: Resolver<Maybe<ResolversTypes['HotelOfferConnection']>, ParentType, ContextType, RequireFields<QueryHotelAvailabilityArgs, 'first' | 'input'>>;
  myMovieRatings?: Resolver<Maybe<ResolversTypes['CinemaMovieRatingConnection']>, ParentType, ContextType, RequireFields<QueryMyMovieRatingsArgs, 'first'>>;
  myMovieRecommendations?: Resolver<Maybe<ResolversTypes['MovieRecommendationConnection']>, ParentType, ContextType, RequireFields<QueryMyMovieRecommendationsArgs, 'first'>>;
  myReservations?: Resolver<Maybe<ResolversTypes['ReservationConnection']>, ParentType, ContextType, RequireFields<QueryMyReservationsArgs, 'first' | 'scope'>>;
  myTravelBookings?: Resolver<Maybe<ResolversTypes['TravelBookingConnection']>, ParentType, ContextType, RequireFields<QueryMyTravelBookingsArgs, 'first'>>;
  myTrips?: Resolver<Maybe<ResolversTypes['TripConnection']>, ParentType, ContextType, RequireFields<QueryMyTripsArgs, 'first'>>;
  properties?: Resolver<Maybe<ResolversTypes['PropertyConnection']>, ParentType, ContextType, RequireFields<QueryPropertiesArgs, 'first'>>;
  property?: Resolver<Maybe<ResolversTypes['Property']>, ParentType, ContextType, RequireFields<QueryPropertyArgs, 'id'>>;
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType, RequireFields<QueryReservationArgs, 'id'>>;
  reservations?: Resolver<Maybe<ResolversTypes['ReservationConnection']>, ParentType, ContextType, RequireFields<QueryReservationsArgs, 'first'>>;
  showtime?: Resolver<Maybe<ResolversTypes['Showtime']>, ParentType, ContextType, RequireFields<QueryShowtimeArgs, 'id'>>;
  showtimes?: Resolver<Maybe<ResolversTypes['ShowtimeConnection']>, ParentType, ContextType, RequireFields<QueryShowtimesArgs, 'first'>>;
  travelBooking?: Resolver<Maybe<ResolversTypes['TravelBooking']>, ParentType, ContextType, RequireFields<QueryTravelBookingArgs, 'id'>>;
  trip?: Resolver<Maybe<ResolversTypes['Trip']>, ParentType, ContextType, RequireFields<QueryTripArgs, 'id'>>;
}>;

export type RemoveCinemaMovieRatingPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['RemoveCinemaMovieRatingPayload'] = ResolversParentTypes['RemoveCinemaMovieRatingPayload']> = ResolversObject<{
  cinemaMovieId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReservationResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Reservation'] = ResolversParentTypes['Reservation'], FederationReferenceType extends FederationReferenceTypes['Reservation'] = FederationReferenceTypes['Reservation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Reservation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentRequestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['ReservedSeat']>, ParentType, ContextType>;
  showtime?: Resolver<ResolversTypes['Showtime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type ReservationConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ReservationConnection'] = ResolversParentTypes['ReservationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReservationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReservationEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ReservationEdge'] = ResolversParentTypes['ReservationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Reservation'], ParentType, ContextType>;
}>;

export type ReservationPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ReservationPayload'] = ResolversParentTypes['ReservationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType>;
}>;

export type ReservationPaymentPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ReservationPaymentPayload'] = ResolversParentTypes['ReservationPaymentPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  paymentReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['Reservation']>, ParentType, ContextType>;
}>;

export type ReservedSeatResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ReservedSeat'] = ResolversParentTypes['ReservedSeat']> = ResolversObject<{
  price?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
  seat?: Resolver<ResolversTypes['Seat'], ParentType, ContextType>;
}>;

export type RoomRatesPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['RoomRatesPayload'] = ResolversParentTypes['RoomRatesPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  nightsChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roomType?: Resolver<Maybe<ResolversTypes['RoomType']>, ParentType, ContextType>;
}>;

export type RoomTypeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['RoomType'] = ResolversParentTypes['RoomType'], FederationReferenceType extends FederationReferenceTypes['RoomType'] = FederationReferenceTypes['RoomType']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RoomType']> | FederationReferenceType, FederationReferenceType, ContextType>;
  baseRate?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
  bufferNights?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxGuests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minStayNights?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  property?: Resolver<ResolversTypes['Property'], ParentType, ContextType>;
  totalRooms?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoomTypeConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['RoomTypeConnection'] = ResolversParentTypes['RoomTypeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RoomTypeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoomTypeEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['RoomTypeEdge'] = ResolversParentTypes['RoomTypeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RoomType'], ParentType, ContextType>;
}>;

export type SeatResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Seat'] = ResolversParentTypes['Seat']> = ResolversObject<{
  blocked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SeatType'], ParentType, ContextType>;
}>;

export type SeatMapChangeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['SeatMapChange'] = ResolversParentTypes['SeatMapChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SeatChangeKind'], ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType>;
  showtimeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SeatState'], ParentType, ContextType>;
}>;

export type SeatPriceResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['SeatPrice'] = ResolversParentTypes['SeatPrice']> = ResolversObject<{
  price?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
  seatType?: Resolver<ResolversTypes['SeatType'], ParentType, ContextType>;
}>;

export type SeatingRowResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['SeatingRow'] = ResolversParentTypes['SeatingRow']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seats?: Resolver<Array<ResolversTypes['Seat']>, ParentType, ContextType>;
}>;

export type ShowtimeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Showtime'] = ResolversParentTypes['Showtime'], FederationReferenceType extends FederationReferenceTypes['Showtime'] = FederationReferenceTypes['Showtime']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Showtime']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditorium?: Resolver<ResolversTypes['Auditorium'], ParentType, ContextType>;
  cinemaMovie?: Resolver<ResolversTypes['CinemaMovie'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  freeSeatCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  prices?: Resolver<Array<ResolversTypes['SeatPrice']>, ParentType, ContextType>;
  reservations?: Resolver<Maybe<ResolversTypes['ReservationConnection']>, ParentType, ContextType, RequireFields<ShowtimeReservationsArgs, 'first'>>;
  seats?: Resolver<Array<ResolversTypes['ShowtimeSeat']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stats?: Resolver<Maybe<ResolversTypes['ShowtimeStats']>, ParentType, ContextType>;
}>;

export type ShowtimeConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ShowtimeConnection'] = ResolversParentTypes['ShowtimeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ShowtimeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShowtimeEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ShowtimeEdge'] = ResolversParentTypes['ShowtimeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Showtime'], ParentType, ContextType>;
}>;

export type ShowtimePayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ShowtimePayload'] = ResolversParentTypes['ShowtimePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  showtime?: Resolver<Maybe<ResolversTypes['Showtime']>, ParentType, ContextType>;
}>;

export type ShowtimeSeatResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ShowtimeSeat'] = ResolversParentTypes['ShowtimeSeat']> = ResolversObject<{
  price?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
  seat?: Resolver<ResolversTypes['Seat'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['SeatState'], ParentType, ContextType>;
}>;

export type ShowtimeStatsResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['ShowtimeStats'] = ResolversParentTypes['ShowtimeStats']> = ResolversObject<{
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  free?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupancy?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
  sold?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  seatMapChanged?: SubscriptionResolver<Maybe<ResolversTypes['SeatMapChange']>, "seatMapChanged", ParentType, ContextType, RequireFields<SubscriptionSeatMapChangedArgs, 'showtimeId'>>;
}>;

export type TravelBookingResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['TravelBooking'] = ResolversParentTypes['TravelBooking'], FederationReferenceType extends FederationReferenceTypes['TravelBooking'] = FederationReferenceTypes['TravelBooking']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TravelBooking']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellationFee?: Resolver<Maybe<ResolversTypes['BookingsMoney']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  flight?: Resolver<Maybe<ResolversTypes['FlightTicket']>, ParentType, ContextType>;
  freeCancellationUntil?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TravelBookingKind'], ParentType, ContextType>;
  paymentRequestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReservationStatus'], ParentType, ContextType>;
  stay?: Resolver<Maybe<ResolversTypes['HotelStay']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['BookingsMoney'], ParentType, ContextType>;
  trip?: Resolver<Maybe<ResolversTypes['Trip']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type TravelBookingConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['TravelBookingConnection'] = ResolversParentTypes['TravelBookingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TravelBookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TravelBookingEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['TravelBookingEdge'] = ResolversParentTypes['TravelBookingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TravelBooking'], ParentType, ContextType>;
}>;

export type TravelBookingPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['TravelBookingPayload'] = ResolversParentTypes['TravelBookingPayload']> = ResolversObject<{
  booking?: Resolver<Maybe<ResolversTypes['TravelBooking']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TravelBookingPaymentPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['TravelBookingPaymentPayload'] = ResolversParentTypes['TravelBookingPaymentPayload']> = ResolversObject<{
  booking?: Resolver<Maybe<ResolversTypes['TravelBooking']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  paymentReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TripResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['Trip'] = ResolversParentTypes['Trip'], FederationReferenceType extends FederationReferenceTypes['Trip'] = FederationReferenceTypes['Trip']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Trip']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<ResolversTypes['TravelBookingConnection'], ParentType, ContextType, RequireFields<TripBookingsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['BookingsMoney']>, ParentType, ContextType>;
}>;

export type TripConnectionResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['TripConnection'] = ResolversParentTypes['TripConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TripEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TripEdgeResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['TripEdge'] = ResolversParentTypes['TripEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Trip'], ParentType, ContextType>;
}>;

export type TripPayloadResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['TripPayload'] = ResolversParentTypes['TripPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  trip?: Resolver<Maybe<ResolversTypes['Trip']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = BookingsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = BookingsContext> = ResolversObject<{
  Auditorium?: AuditoriumResolvers<ContextType>;
  AuditoriumConnection?: AuditoriumConnectionResolvers<ContextType>;
  AuditoriumEdge?: AuditoriumEdgeResolvers<ContextType>;
  AuditoriumPayload?: AuditoriumPayloadResolvers<ContextType>;
  BookingsDeletePayload?: BookingsDeletePayloadResolvers<ContextType>;
  BookingsMoney?: BookingsMoneyResolvers<ContextType>;
  CinemaMovie?: CinemaMovieResolvers<ContextType>;
  CinemaMovieConnection?: CinemaMovieConnectionResolvers<ContextType>;
  CinemaMovieEdge?: CinemaMovieEdgeResolvers<ContextType>;
  CinemaMoviePayload?: CinemaMoviePayloadResolvers<ContextType>;
  CinemaMovieRating?: CinemaMovieRatingResolvers<ContextType>;
  CinemaMovieRatingConnection?: CinemaMovieRatingConnectionResolvers<ContextType>;
  CinemaMovieRatingEdge?: CinemaMovieRatingEdgeResolvers<ContextType>;
  CinemaMovieRatingPayload?: CinemaMovieRatingPayloadResolvers<ContextType>;
  CinemaMovieRatingSummary?: CinemaMovieRatingSummaryResolvers<ContextType>;
  CinemaMovieStats?: CinemaMovieStatsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FareClass?: FareClassResolvers<ContextType>;
  Flight?: FlightResolvers<ContextType>;
  FlightModificationPayload?: FlightModificationPayloadResolvers<ContextType>;
  FlightOffer?: FlightOfferResolvers<ContextType>;
  FlightOfferConnection?: FlightOfferConnectionResolvers<ContextType>;
  FlightOfferEdge?: FlightOfferEdgeResolvers<ContextType>;
  FlightPayload?: FlightPayloadResolvers<ContextType>;
  FlightSegment?: FlightSegmentResolvers<ContextType>;
  FlightTicket?: FlightTicketResolvers<ContextType>;
  HotelOffer?: HotelOfferResolvers<ContextType>;
  HotelOfferConnection?: HotelOfferConnectionResolvers<ContextType>;
  HotelOfferEdge?: HotelOfferEdgeResolvers<ContextType>;
  HotelStay?: HotelStayResolvers<ContextType>;
  Movie?: MovieResolvers<ContextType>;
  MovieRecommendation?: MovieRecommendationResolvers<ContextType>;
  MovieRecommendationConnection?: MovieRecommendationConnectionResolvers<ContextType>;
  MovieRecommendationEdge?: MovieRecommendationEdgeResolvers<ContextType>;
  MovieRecommenderBuild?: MovieRecommenderBuildResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Property?: PropertyResolvers<ContextType>;
  PropertyConnection?: PropertyConnectionResolvers<ContextType>;
  PropertyEdge?: PropertyEdgeResolvers<ContextType>;
  PropertyPayload?: PropertyPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RemoveCinemaMovieRatingPayload?: RemoveCinemaMovieRatingPayloadResolvers<ContextType>;
  Reservation?: ReservationResolvers<ContextType>;
  ReservationConnection?: ReservationConnectionResolvers<ContextType>;
  ReservationEdge?: ReservationEdgeResolvers<ContextType>;
  ReservationPayload?: ReservationPayloadResolvers<ContextType>;
  ReservationPaymentPayload?: ReservationPaymentPayloadResolvers<ContextType>;
  ReservedSeat?: ReservedSeatResolvers<ContextType>;
  RoomRatesPayload?: RoomRatesPayloadResolvers<ContextType>;
  RoomType?: RoomTypeResolvers<ContextType>;
  RoomTypeConnection?: RoomTypeConnectionResolvers<ContextType>;
  RoomTypeEdge?: RoomTypeEdgeResolvers<ContextType>;
  Seat?: SeatResolvers<ContextType>;
  SeatMapChange?: SeatMapChangeResolvers<ContextType>;
  SeatPrice?: SeatPriceResolvers<ContextType>;
  SeatingRow?: SeatingRowResolvers<ContextType>;
  Showtime?: ShowtimeResolvers<ContextType>;
  ShowtimeConnection?: ShowtimeConnectionResolvers<ContextType>;
  ShowtimeEdge?: ShowtimeEdgeResolvers<ContextType>;
  ShowtimePayload?: ShowtimePayloadResolvers<ContextType>;
  ShowtimeSeat?: ShowtimeSeatResolvers<ContextType>;
  ShowtimeStats?: ShowtimeStatsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TravelBooking?: TravelBookingResolvers<ContextType>;
  TravelBookingConnection?: TravelBookingConnectionResolvers<ContextType>;
  TravelBookingEdge?: TravelBookingEdgeResolvers<ContextType>;
  TravelBookingPayload?: TravelBookingPayloadResolvers<ContextType>;
  TravelBookingPaymentPayload?: TravelBookingPaymentPayloadResolvers<ContextType>;
  Trip?: TripResolvers<ContextType>;
  TripConnection?: TripConnectionResolvers<ContextType>;
  TripEdge?: TripEdgeResolvers<ContextType>;
  TripPayload?: TripPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = BookingsContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
