import { gql } from '../../../test/helpers/graphql';

export const ADMIN_EMAIL = 'admin@hubgraph.dev';
export const ADMIN_PASSWORD = 'hubgraph-demo';

/** Logs the seeded admin in; returns an access token with the admin role. */
export async function adminToken(url: string): Promise<string> {
  const res = await gql(url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken user { roles } } }', {
    i: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
  });
  const token = res.body.data?.logIn?.accessToken;
  if (!token || !res.body.data.logIn.user.roles.includes('admin')) throw new Error(`admin log-in failed: ${JSON.stringify(res.body)}`);
  return token;
}

export const CREATE_AUDITORIUM = `mutation($input: CreateAuditoriumInput!) {
  createAuditorium(input: $input) { auditorium { id name capacity rows { label seats { id row number type blocked } } } errors { field code message } }
}`;
export const CREATE_MOVIE = `mutation($input: CreateCinemaMovieInput!) {
  createCinemaMovie(input: $input) { cinemaMovie { id title genre posterUrl movie { id } } errors { field code message } }
}`;
export const CREATE_SHOWTIME = `mutation($input: CreateShowtimeInput!) {
  createShowtime(input: $input) { showtime { id startsAt endsAt prices { seatType price { amount currency } } } errors { field code message } }
}`;
export const HOLD = `mutation($s: ID!, $seats: [ID!]!) {
  holdSeats(showtimeId: $s, seatIds: $seats) {
    reservation { id status expiresAt total { amount currency } seats { seat { id row number } price { amount } } }
    errors { field code message }
  }
}`;
export const CONFIRM = `mutation($id: ID!) { confirmReservation(id: $id) { reservation { id status confirmedAt } errors { field code message } } }`;
export const CANCEL = `mutation($id: ID!) { cancelReservation(id: $id) { reservation { id status cancelledAt } errors { field code message } } }`;
export const SEAT_MAP = `query($id: ID!) { showtime(id: $id) { id freeSeatCount seats { seat { id row number } state price { amount } } } }`;

export interface Setup {
  auditoriumId: string;
  seatIds: string[];
  cinemaMovieId: string;
  showtimeId: string;
}

/** An auditorium of `rows` × `perRow` seats (row A premium, seat A1 blocked when `blockFirst`), a movie and one showtime. */
export async function setUpShowtime(
  url: string,
  token: string,
  options: { name: string; rows: number; perRow: number; startsAt: Date; blockFirst?: boolean; movieId?: string },
): Promise<Setup> {
  const labels = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').slice(0, options.rows);
  const auditorium = await gql(
    url,
    CREATE_AUDITORIUM,
    {
      input: {
        name: options.name,
        rows: labels.map((label, i) => ({
          label,
          seats: options.perRow,
          seatType: i === 0 ? 'PREMIUM' : 'STANDARD',
          blockedSeats: i === 0 && options.blockFirst ? [1] : [],
        })),
      },
    },
    { token },
  );
  const a = auditorium.body.data?.createAuditorium;
  if (!a?.auditorium) throw new Error(`createAuditorium failed: ${JSON.stringify(auditorium.body)}`);
  const movie = await gql(
    url,
    CREATE_MOVIE,
    { input: { title: `${options.name} movie`, genre: 'Drama', movieId: options.movieId } },
    { token },
  );
  const m = movie.body.data?.createCinemaMovie;
  if (!m?.cinemaMovie) throw new Error(`createCinemaMovie failed: ${JSON.stringify(movie.body)}`);
  const endsAt = new Date(options.startsAt.getTime() + 2 * 3600_000);
  const showtime = await gql(
    url,
    CREATE_SHOWTIME,
    {
      input: {
        cinemaMovieId: m.cinemaMovie.id,
        auditoriumId: a.auditorium.id,
        startsAt: options.startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        prices: { standard: 1000, premium: 1500 },
      },
    },
    { token },
  );
  const s = showtime.body.data?.createShowtime;
  if (!s?.showtime) throw new Error(`createShowtime failed: ${JSON.stringify(showtime.body)}`);
  const seatIds = a.auditorium.rows.flatMap((r: { seats: { id: string; blocked: boolean }[] }) =>
    r.seats.filter((x) => !x.blocked).map((x) => x.id),
  );
  return { auditoriumId: a.auditorium.id, seatIds, cinemaMovieId: m.cinemaMovie.id, showtimeId: s.showtime.id };
}
