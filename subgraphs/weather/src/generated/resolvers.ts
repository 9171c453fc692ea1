import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CurrentWeatherData, ForecastData, PlaceData, ConditionsData, DayData } from '../client';
import type { WeatherContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** Current conditions at a place. */
export type CurrentWeather = {
  __typename?: 'CurrentWeather';
  /** When the provider gave this answer. */
  asOf: Scalars['DateTime']['output'];
  /** The conditions. */
  conditions: WeatherConditions;
  /** The place. */
  place: WeatherPlace;
  /** The provider that answered. */
  provider: Scalars['String']['output'];
  /** True when the provider failed and this is an older cached answer (see asOf). */
  stale: Scalars['Boolean']['output'];
  /** Units of the figures. */
  units: WeatherUnits;
};

/** One day of a forecast. */
export type DailyForecast = {
  __typename?: 'DailyForecast';
  /** The local date (YYYY-MM-DD). */
  date: Scalars['String']['output'];
  /** Highest temperature. */
  max: Scalars['Float']['output'];
  /** Lowest temperature. */
  min: Scalars['Float']['output'];
  /** Chance of precipitation, 0 to 1, when known. */
  precipitationChance?: Maybe<Scalars['Float']['output']>;
  /** The day's prevailing summary. */
  summary: Scalars['String']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** Current conditions. NOT_FOUND for an unknown place; SERVICE_UNAVAILABLE when the provider is down (unless a stale answer is cached) or not configured; RATE_LIMITED when the caller asks too often. */
  currentWeather?: Maybe<CurrentWeather>;
  /** A daily forecast of 1 to 5 days (OpenWeatherMap's free forecast covers 5 days). Errors as currentWeather. */
  weatherForecast?: Maybe<WeatherForecast>;
  /** The configured provider's breaker state; empty when no API key is configured. */
  weatherProviders?: Maybe<Array<WeatherProviderStatus>>;
};


export type QueryCurrentWeatherArgs = {
  location: WeatherLocationInput;
  units?: InputMaybe<WeatherUnits>;
};


export type QueryWeatherForecastArgs = {
  days?: InputMaybe<Scalars['Int']['input']>;
  location: WeatherLocationInput;
  units?: InputMaybe<WeatherUnits>;
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

/** Conditions at one moment. */
export type WeatherConditions = {
  __typename?: 'WeatherConditions';
  /** A longer description, when the provider gives one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Apparent temperature. */
  feelsLike?: Maybe<Scalars['Float']['output']>;
  /** Relative humidity, percent. */
  humidity?: Maybe<Scalars['Int']['output']>;
  /** The provider's icon code. */
  icon?: Maybe<Scalars['String']['output']>;
  /** When the provider observed them. */
  observedAt: Scalars['DateTime']['output'];
  /** Sea-level pressure, hPa. */
  pressure?: Maybe<Scalars['Int']['output']>;
  /** A short summary ("Clouds", "Rain, Partially cloudy"). */
  summary: Scalars['String']['output'];
  /** Air temperature. */
  temperature: Scalars['Float']['output'];
  /** Wind direction, degrees. */
  windDirection?: Maybe<Scalars['Int']['output']>;
  /** Wind speed (m/s, or mph for IMPERIAL). */
  windSpeed?: Maybe<Scalars['Float']['output']>;
};

/** A daily forecast at a place. */
export type WeatherForecast = {
  __typename?: 'WeatherForecast';
  /** When the provider gave this answer. */
  asOf: Scalars['DateTime']['output'];
  /** The days, today first. */
  days: Array<DailyForecast>;
  /** The place. */
  place: WeatherPlace;
  /** The provider that answered. */
  provider: Scalars['String']['output'];
  /** True when the provider failed and this is an older cached answer (see asOf). */
  stale: Scalars['Boolean']['output'];
  /** Units of the figures. */
  units: WeatherUnits;
};

/** Where: a city name, or coordinates (both latitude and longitude); not both. */
export type WeatherLocationInput = {
  /** A city, optionally with a country code ("Paris" or "Paris,FR"); 1 to 100 characters. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Latitude, -90 to 90 (rounded to 2 decimals). */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude, -180 to 180 (rounded to 2 decimals). */
  longitude?: InputMaybe<Scalars['Float']['input']>;
};

/** The place the provider answered for. */
export type WeatherPlace = {
  __typename?: 'WeatherPlace';
  /** Its country (a code or a name, as the provider gives it), if known. */
  country?: Maybe<Scalars['String']['output']>;
  /** Latitude. */
  latitude: Scalars['Float']['output'];
  /** Longitude. */
  longitude: Scalars['Float']['output'];
  /** Its name as the provider knows it. */
  name: Scalars['String']['output'];
};

/** A weather provider's health as this server sees it. */
export type WeatherProviderStatus = {
  __typename?: 'WeatherProviderStatus';
  /** Attempts failed since start. */
  failures: Scalars['Int']['output'];
  /** Why the last failure happened (timeout, server_error, unreachable…). */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the last failure happened. */
  lastErrorAt?: Maybe<Scalars['DateTime']['output']>;
  /** OpenWeatherMap or VisualCrossing. */
  name: Scalars['String']['output'];
  /** Times the breaker opened since start. */
  opens: Scalars['Int']['output'];
  /** Attempts sent since start. */
  requests: Scalars['Int']['output'];
  /** The circuit breaker: closed, open or half_open. */
  state: Scalars['String']['output'];
  /** Calls in the breaker's rolling window. */
  windowCalls: Scalars['Int']['output'];
  /** Failed calls in the breaker's rolling window. */
  windowFailures: Scalars['Int']['output'];
};

/** Units of the figures: METRIC (°C, m/s), IMPERIAL (°F, mph) or STANDARD (K, m/s). */
export type WeatherUnits =
  /** Fahrenheit, miles per hour. */
  | 'IMPERIAL'
  /** Celsius, metres per second. */
  | 'METRIC'
  /** Kelvin, metres per second. */
  | 'STANDARD';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CurrentWeather: ResolverTypeWrapper<CurrentWeatherData>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DailyForecast: ResolverTypeWrapper<DayData>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  UserError: ResolverTypeWrapper<UserError>;
  WeatherConditions: ResolverTypeWrapper<ConditionsData>;
  WeatherForecast: ResolverTypeWrapper<ForecastData>;
  WeatherLocationInput: WeatherLocationInput;
  WeatherPlace: ResolverTypeWrapper<PlaceData>;
  WeatherProviderStatus: ResolverTypeWrapper<WeatherProviderStatus>;
  WeatherUnits: WeatherUnits;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CurrentWeather: CurrentWeatherData;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  DailyForecast: DayData;
  Float: Scalars['Float']['output'];
  DateTime: Scalars['DateTime']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  UserError: UserError;
  WeatherConditions: ConditionsData;
  WeatherForecast: ForecastData;
  WeatherLocationInput: WeatherLocationInput;
  WeatherPlace: PlaceData;
  WeatherProviderStatus: WeatherProviderStatus;
}>;

export type CurrentWeatherResolvers<ContextType = WeatherContext, ParentType extends ResolversParentTypes['CurrentWeather'] = ResolversParentTypes['CurrentWeather']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  conditions?: Resolver<ResolversTypes['WeatherConditions'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['WeatherPlace'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  units?: Resolver<ResolversTypes['WeatherUnits'], ParentType, ContextType>;
}>;

export type DailyForecastResolvers<ContextType = WeatherContext, ParentType extends ResolversParentTypes['DailyForecast'] = ResolversParentTypes['DailyForecast']> = ResolversObject<{
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  precipitationChance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type PageInfoResolvers<ContextType = WeatherContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WeatherContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  currentWeather?: Resolver<Maybe<ResolversTypes['CurrentWeather']>, ParentType, ContextType, RequireFields<QueryCurrentWeatherArgs, 'location' | 'units'>>;
  weatherForecast?: Resolver<Maybe<ResolversTypes['WeatherForecast']>, ParentType, ContextType, RequireFields<QueryWeatherForecastArgs, 'days' | 'location' | 'units'>>;
  weatherProviders?: Resolver<Maybe<Array<ResolversTypes['WeatherProviderStatus']>>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = WeatherContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WeatherConditionsResolvers<ContextType = WeatherContext, ParentType extends ResolversParentTypes['WeatherConditions'] = ResolversParentTypes['WeatherConditions']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  feelsLike?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  humidity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  icon?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  observedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pressure?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  temperature?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  windDirection?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  windSpeed?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type WeatherForecastResolvers<ContextType = WeatherContext, ParentType extends ResolversParentTypes['WeatherForecast'] = ResolversParentTypes['WeatherForecast']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['DailyForecast']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['WeatherPlace'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  units?: Resolver<ResolversTypes['WeatherUnits'], ParentType, ContextType>;
}>;

export type WeatherPlaceResolvers<ContextType = WeatherContext, ParentType extends ResolversParentTypes['WeatherPlace'] = ResolversParentTypes['WeatherPlace']> = ResolversObject<{
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WeatherProviderStatusResolvers<ContextType = WeatherContext, ParentType extends ResolversParentTypes['WeatherProviderStatus'] = ResolversParentTypes['WeatherProviderStatus']> = ResolversObject<{
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  windowCalls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = WeatherContext> = ResolversObject<{
  CurrentWeather?: CurrentWeatherResolvers<ContextType>;
  DailyForecast?: DailyForecastResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WeatherConditions?: WeatherConditionsResolvers<ContextType>;
  WeatherForecast?: WeatherForecastResolvers<ContextType>;
  WeatherPlace?: WeatherPlaceResolvers<ContextType>;
  WeatherProviderStatus?: WeatherProviderStatusResolvers<ContextType>;
}>;

