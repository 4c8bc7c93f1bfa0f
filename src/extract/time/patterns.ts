/**
 * Regular-expression building blocks made from the lexicon. Every pattern here is a sequence of
 * alternations of literal words separated by single whitespace quantifiers: no quantified group
 * contains another quantifier over the same characters, so matching is linear in the input.
 */
import { DAY_PARTS, DECADE_WORDS, DIGIT_WORDS, MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, TENS, UNITS, WEEKDAYS } from './lexicon.js';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase in lower case, Capitalised (sentence start), Title Case (names) and UPPER case (headlines). */
export function casings(phrase: string): string[] {
  const cap = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  const title = phrase.replace(/(^|\s)([a-z])/g, (_m, sp: string, c: string) => sp + c.toUpperCase());
  return [...new Set([phrase, cap, title, phrase.toUpperCase()])];
}

/** An alternation of phrases (longest first, so that a longer phrase is tried before its prefix). */
export function alt(phrases: Iterable<string>, { proper = false }: { proper?: boolean } = {}): string {
  const all = new Set<string>();
  for (const p of phrases) for (const c of casings(p)) if (!proper || c !== p) all.add(c);
  const sorted = [...all].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => escapeRegex(p).replace(/ /g, '\\s+')).join('|')})`;
}

/** Left and right word boundaries that also treat `-` and `'`-less digits as word characters. */
export const L = '(?<![\\w$£€-])';
export const R = '(?![\\w-])';
/** A separator between words: one whitespace run, or a comma and optional whitespace. */
export const SEP = '(?:,\\s*|\\s+)';

const MONTH_NAMES = Object.keys(MONTHS);
const FULL_MONTHS = MONTH_NAMES.filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const ABBR_MONTHS = MONTH_NAMES.filter((m) => !FULL_MONTHS.includes(m));

/** A month as a proper noun: `May`, `MAY`, `Sept.`, `Sept`. */
export const MONTH = `(?:${alt(FULL_MONTHS, { proper: true })}|${alt(ABBR_MONTHS, { proper: true })}\\.?)`;
/** A month that is certainly a month even alone (full names that are not also words or names). */
export const MONTH_SAFE = alt(['january', 'february', 'july', 'september', 'october', 'november', 'december'], { proper: true });

const WEEKDAY_NAMES = Object.keys(WEEKDAYS);
const FULL_WEEKDAYS = WEEKDAY_NAMES.filter((w) => w.endsWith('day'));
const ABBR_WEEKDAYS = WEEKDAY_NAMES.filter((w) => !w.endsWith('day'));
/** A weekday: full name, or an abbreviation with its dot (`Wed.`; "Wed" and "Sun" are words). */
export const WEEKDAY = `(?:${alt(FULL_WEEKDAYS, { proper: true })}|${alt(ABBR_WEEKDAYS, { proper: true })}\\.)`;
export const WEEKDAY_PLURAL = `(?:${alt(FULL_WEEKDAYS.map((w) => `${w}s`), { proper: true })})`;

/** A day of the month: `7`, `07`, `7th`. */
export const DAY_OF_MONTH = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\\d:/.,]\\d)';
export const DAY_ORDINAL_WORDS = alt(Object.keys(ORDINALS).filter((o) => /^[a-z]+$/.test(o) && o !== 'last'));

/** A four-digit year 1000-2099 not followed by more digits or a decimal/thousands part. */
export const YEAR4 = "(?:1\\d{3}|20\\d{2})(?![\\d%]|[.,]\\d|'?s\\b)";
/** A year written out: "nineteen ninety-six", "two thousand". */
export const YEAR_WORDS = `(?:${alt(['nineteen', 'eighteen'])}\\s+${alt(TENS)}(?:[- ]${alt(DIGIT_WORDS)})?|${alt(['two thousand'])})`;

const SIMPLE_NUMBERS = Object.keys(NUMBER_WORDS).filter((n) => !TENS.includes(n) && n !== 'couple' && n !== 'dozen');
/**
 * A count: digits (`3`, `1,000`, `2.5`, `2 1/2`), number words (`three`, `twenty-four`, `twenty four`),
 * `a`/`an`, `a couple of`, `a dozen`, `half a`.
 */
export const NUMBER = [
  '(?:',
  '\\d{1,3}(?:,\\d{3})+',
  '|\\d+(?:\\.\\d+)?(?:\\s1/2)?',
  `|${alt(TENS)}(?:[- ]${alt(DIGIT_WORDS)})?`,
  `|${alt(SIMPLE_NUMBERS)}`,
  `|${alt(['a couple of', 'a dozen', 'a half', 'half a', 'a', 'an', 'one and a half', 'a hundred', 'a thousand', 'two thousand'])}`,
  ')',
].join('');

/** A vague count: the value gets X. */
export const VAGUE = alt(['a few', 'few', 'several', 'many', 'some', 'a number of', 'numerous', 'the next few', 'a couple']);

const UNIT_WORDS = Object.keys(UNITS);
export const UNIT = alt(UNIT_WORDS.filter((u) => !u.endsWith('s') || u === 'hours'));
export const UNIT_ANY = alt(UNIT_WORDS);
export const UNIT_PLURAL = alt(UNIT_WORDS.filter((u) => u.endsWith('s') && u !== 'hours').concat(['hours']));

export const SEASON = alt(Object.keys(SEASONS));
export const DAY_PART = alt(Object.keys(DAY_PARTS));
export const DECADE_WORD = alt(Object.keys(DECADE_WORDS));
export const ORDINAL = alt(Object.keys(ORDINALS).filter((o) => o !== 'last'));

/** Time-zone abbreviations that may follow a clock time. */
export const ZONE = '(?:[ECMP][SD]T|GMT|UTC|local\\s+time)';
/** A clock time: `3 p.m.`, `10:35 a.m.`, `15:00`, `noon`, `midnight`. */
export const CLOCK =
  '(?:(?:[01]?\\d|2[0-3])(?::[0-5]\\d)?\\s?(?:[ap]\\.m\\.?|[AP]\\.M\\.?|[ap]m|[AP]M)(?![\\w])|[Nn]oon|[Mm]idnight)';

/** Lower-case helper: the key of a lexicon entry from matched text ("Sept." -> "sept"). */
export function key(s: string): string {
  return s.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
}
