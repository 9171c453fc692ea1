import { DateTimeScalar, notFound } from '../../../kit';
import type { MovieData } from './client';
import type { MoviesContext } from './context';
import type { Resolvers } from './generated/resolvers';
import type { MoviesService } from './service';

/** movies' resolvers: onto {@link MoviesService} with `ctx.deps`; list items get their details through the request's loader. */
export function createResolvers(service: MoviesService): Resolvers {
  /** A detail field: on the movie when it came from /movie/{id}, else from the details (loaded once per request). */
  const detail = async <K extends 'runtimeMinutes' | 'genres' | 'imdbId'>(
    movie: MovieData,
    key: K,
    ctx: MoviesContext,
  ): Promise<MovieData[K] | undefined> => (movie[key] !== undefined ? movie[key] : (await service.movie(ctx.deps, movie.id))?.[key]);
  return {
    DateTime: DateTimeScalar,
    Query: {
      movies: (_, { list, after }, ctx) => service.list(ctx.deps, list, after),
      searchMovies: (_, { text, after }, ctx) => service.search(ctx.deps, text, after),
      movie: async (_, { id }, ctx) => {
        const movie = await service.movie(ctx.deps, id);
        if (!movie) throw notFound('Movie', id);
        return movie;
      },
      movieProviders: (_, __, ctx) => service.providers(ctx.deps),
    },
    Movie: {
      __resolveReference: (ref, ctx) => service.movie(ctx.deps, ref.id),
      runtimeMinutes: async (movie, _, ctx) => (await detail(movie, 'runtimeMinutes', ctx)) ?? null,
      genres: async (movie, _, ctx) => (await detail(movie, 'genres', ctx)) ?? [],
      imdbId: async (movie, _, ctx) => (await detail(movie, 'imdbId', ctx)) ?? null,
      ratings: (movie, _, ctx) => service.ratings(ctx.deps, movie),
    },
  };
}
