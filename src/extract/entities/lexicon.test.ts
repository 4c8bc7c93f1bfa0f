/**
 * The lexicons are data and are validated here (STYLE.md §8): no duplicates, nothing empty, codes
 * that exist, lower-case word lists, and the gazetteer built from the packages resolves the names
 * the recogniser depends on.
 */
import { describe, expect, it } from 'vitest';
import { TITLES, TITLE_ONLY_PERSONS } from './titles.js';
import { ORGANIZATIONS, ORG_HEADS, ORG_MODIFIERS, ATTRIBUTIVE_EVENT_NOUNS } from './organizations.js';
import { REGIONS } from './regions.js';
import {
  AMBIGUOUS_CITY_NAMES,
  CAPITAL_OVERRIDES,
  CITY_COUNTRY_OVERRIDES,
  COUNTRY_ALIASES,
  COUNTRY_NAME_OVERRIDES,
  DEMONYM_ALIASES,
  DEMONYM_STOPLIST,
  HISTORICAL_COUNTRIES,
} from './overrides.js';
import * as words from './words.js';
import { gazetteer, loadCountries } from './gazetteer.js';
import { nameKey } from './tokens.js';

const codes = new Set(loadCountries().map((c) => c.cca2));

function duplicates(xs: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const x of xs) (seen.has(x) ? dup : seen).add(x);
  return [...dup];
}

describe('titles', () => {
  it('has non-empty titles and no form twice', () => {
    for (const t of TITLES) expect(t.title.trim()).not.toBe('');
    const forms = TITLES.flatMap((t) => [t.title, ...(t.variants ?? [])].map(nameKey));
    expect(duplicates(forms)).toEqual([]);
    for (const f of forms) expect(f).not.toBe('');
  });
});

describe('organisations', () => {
  it('has unique names and aliases, and known country codes', () => {
    const forms = ORGANIZATIONS.flatMap((o) => [o.name, ...(o.aliases ?? [])].map(nameKey));
    expect(duplicates(forms)).toEqual([]);
    for (const o of ORGANIZATIONS) {
      expect(o.name.trim()).not.toBe('');
      if (o.country) expect(codes.has(o.country), o.name).toBe(true);
    }
  });
  it('keeps its word lists lower-case and unique', () => {
    for (const list of [ORG_HEADS, ORG_MODIFIERS, ATTRIBUTIVE_EVENT_NOUNS]) {
      expect(duplicates(list)).toEqual([]);
      for (const w of list) expect(w).toBe(w.toLowerCase());
    }
  });
});

describe('regions', () => {
  it('has unique names and known country codes', () => {
    const forms = REGIONS.flatMap((r) => [r.name, ...(r.aliases ?? [])].map(nameKey));
    expect(duplicates(forms)).toEqual([]);
    for (const r of REGIONS) if (r.country) expect(codes.has(r.country), r.name).toBe(true);
  });
});

describe('overrides', () => {
  it('names only existing countries', () => {
    for (const table of [COUNTRY_ALIASES, DEMONYM_ALIASES, CAPITAL_OVERRIDES, COUNTRY_NAME_OVERRIDES]) {
      for (const code of Object.keys(table)) expect(codes.has(code), code).toBe(true);
    }
    for (const code of Object.values(CITY_COUNTRY_OVERRIDES)) expect(codes.has(code), code).toBe(true);
  });
  it('has no duplicate entries', () => {
    for (const table of [COUNTRY_ALIASES, DEMONYM_ALIASES, CAPITAL_OVERRIDES]) {
      for (const [code, list] of Object.entries(table)) expect(duplicates(list.map(nameKey)), code).toEqual([]);
    }
    expect(duplicates(AMBIGUOUS_CITY_NAMES)).toEqual([]);
    expect(duplicates(DEMONYM_STOPLIST)).toEqual([]);
    expect(duplicates(HISTORICAL_COUNTRIES.map((h) => h.name))).toEqual([]);
  });
});

describe('title-only persons', () => {
  it('have lower-case one-token words, a name, and titles that exist', () => {
    const titles = new Set(TITLES.map((t) => t.title));
    expect(duplicates(TITLE_ONLY_PERSONS.map((o) => o.name))).toEqual([]);
    for (const o of TITLE_ONLY_PERSONS) {
      expect(o.words.length, o.name).toBeGreaterThan(0);
      for (const w of o.words) expect(w, o.name).toMatch(/^[a-z]+$/);
      if (o.title) expect(titles.has(o.title), o.name).toBe(true);
    }
  });
});

describe('word lists', () => {
  it('are lower-case, non-empty and without duplicates', () => {
    for (const [name, list] of Object.entries(words)) {
      expect(Array.isArray(list), name).toBe(true);
      const xs = list as readonly string[];
      expect(xs.length, name).toBeGreaterThan(0);
      expect(duplicates(xs), name).toEqual([]);
      for (const w of xs) {
        expect(w, name).toBe(w.toLowerCase());
        expect(w.trim(), name).not.toBe('');
      }
    }
  });
});

describe('the gazetteer', () => {
  const g = gazetteer();
  it.each([
    ['russia', 'country', 'Russia'],
    ['north korean', 'demonym', 'North Korea'],
    ['s . korea', 'country', 'South Korea'],
    ['u.s.', 'country', 'United States'],
    ['britain', 'country', 'United Kingdom'],
    ['soviet union', 'country', 'Soviet Union'],
    ['turkey', 'country', 'Turkey'],
    ['french', 'demonym', 'France'],
    ['american', 'demonym', 'United States'],
    ['pyongyang', 'capital', 'North Korea'],
    ['washington', 'capital', 'United States'],
    ['vladivostok', 'city', 'Russia'],
    ['primorye', 'region', 'Russia'],
    ['kremlin', 'org', 'Russia'],
  ])('"%s" is a %s of %s', (key, role, country) => {
    const e = g.entries.get(key);
    expect(e?.role).toBe(role);
    expect(e?.country).toBe(country);
  });
  it('keeps no month, weekday or function word as a city', () => {
    for (const w of [...words.MONTHS, ...words.WEEKDAYS, 'of']) {
      const e = g.entries.get(w);
      if (e) expect(e.role, w).not.toBe('city');
    }
  });
});
