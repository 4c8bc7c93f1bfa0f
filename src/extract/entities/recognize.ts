/**
 * Entity recognition for one article, in a fixed order over one tokenisation (see lexical.ts):
 *
 *   1. gazetteer matches -> countries (names, demonyms), places (cities, regions), organisations;
 *      a capital is a Place in a location context and its Country when it acts ("Pyongyang said");
 *   2. organisation patterns over capitalised runs ("Russian Foreign Ministry", "Ministry of X");
 *   3. person candidates: the remaining capitalised runs, with their evidence and positions;
 *   4. person clusters (cluster.ts): variants, surnames and typos resolve within the article;
 *   5. entities: one per id, mentions in text order, implied countries of places added.
 *
 * Decisions:
 * - Kremlin, White House, ... are Organizations when used as nouns ("The Kremlin declined"); before an
 *   event noun ("Kremlin talks") they are attributes of a place and yield no mention.
 * - Mentions never overlap: "Russia's Far East" is one Place mention, not also a Russia mention;
 *   "Russian Foreign Ministry" is one Organization mention.
 * - A dateline city ("VLADIVOSTOK -") is a Place mention; datelinePlace() finds it for "here".
 */
import { entityId } from '../../model/ids.js';
import type { Article, Entity, EntityKind, Position, Sentence, Span } from '../../model/types.js';
import { clusterPersons, type NamePart, type PersonCandidate } from './cluster.js';
import { CITY_CONTEXT_FREE_POPULATION, countryNamed } from './gazetteer.js';
import { analyse, isStopWord, type GazMatch, type Lexical, type TitleMatch } from './lexical.js';
import { ATTRIBUTIVE_EVENT_NOUNS, ORG_HEADS, ORG_MODIFIERS } from './organizations.js';
import { tokenKey, type Token } from './tokens.js';
import {
  ASIAN_SURNAMES,
  FIRST_NAMES,
  COUNTRY_COMBINING_FORMS,
  DIRECTION_WORDS,
  EVENT_NAME_WORDS,
  FACILITY_WORDS,
  FORMER_MARKERS,
  GOVERNMENT_VERBS,
  HYPHEN_SUFFIX_STOP,
  LOCATION_PREPS,
  METONYM_PREPS,
  NAME_PARTICLES,
  NON_PERSON_OPENERS,
  SUBJECT_VERBS,
} from './words.js';
import { TITLE_ONLY_PERSONS } from './titles.js';

const set = (xs: readonly string[]) => new Set(xs);
const FIRST = set(FIRST_NAMES);
const ASIAN = set(ASIAN_SURNAMES);
const FORMER = set(FORMER_MARKERS);
const GOV_VERBS = set(GOVERNMENT_VERBS);
const LOC_PREPS = set(LOCATION_PREPS);
const MET_PREPS = set(METONYM_PREPS);
const PARTICLES = set(NAME_PARTICLES);
const SUBJ_VERBS = set(SUBJECT_VERBS);
const HYPHEN_STOP = set(HYPHEN_SUFFIX_STOP);
const ATTRIBUTIVE = set(ATTRIBUTIVE_EVENT_NOUNS);
const HEADS = set(ORG_HEADS);
/** Organisation heads after which a capitalised run ends: names of bodies, never part of a person's name. */
const RUN_ENDING_HEADS = set([...ORG_HEADS.filter((h) => !['times', 'post', 'guardian', 'daily', 'front', 'group', 'union', 'press', 'herald'].includes(h)), 'conference', 'affairs']);
const MODIFIERS = set(ORG_MODIFIERS);
const COMPANY_HEADS = set(['corp', 'corporation', 'inc', 'ltd', 'company', 'co', 'plc']);
const ROMAN = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$/;
const SPEECH_BEFORE = set(['said', 'says', 'told', 'added', 'according']);
const FACILITY = set(FACILITY_WORDS);
const EVENT_NAMES = set(EVENT_NAME_WORDS);
const NON_PERSON_OPENING = set(NON_PERSON_OPENERS);
/** Particles that may also be written capitalised inside a name ("Mohammed Bin Salman", "Omar Ibn Ali"). */
const CAPITAL_PARTICLES = set(['bin', 'ibn', 'bint', 'abu', 'ben']);
const COUNTRY_PREFIXES = set(COUNTRY_COMBINING_FORMS);
const DIRECTIONS = set(DIRECTION_WORDS);
const PLURAL_TITLE = /(?:ents|ers|iers)$/i;
/** Organisation heads whose "of <Country>" / "<Country>'s" form is renamed with the demonym. */
const STATE_HEADS = set(['ministry', 'embassy', 'government', 'army', 'navy', 'police', 'cabinet', 'parliament']);

/** Longest person name run we consider, in words. Longer capitalised runs are headlines or titles. */
const MAX_NAME_WORDS = 6;

interface Ref {
  kind: EntityKind;
  name: string;
  id: string;
  /** Place: the canonical name of its country. */
  country?: string | null;
}

interface RawMention extends Span {
  ref: Ref;
  surface: string;
}

const ref = (kind: EntityKind, name: string, country?: string | null): Ref => ({
  kind,
  name,
  id: entityId(kind, name),
  ...(kind === 'Place' ? { country: country ?? null } : {}),
});

/** ASCII-folded place names: "Vlorë" -> "Vlore", "Xi’an" -> "Xi'an". */
const asciiName = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/’/g, "'");

export function recognizeEntities(article: Article, sentences: readonly Sentence[]): Entity[] {
  const text = article.text;
  const lx = analyse(text, sentences);
  const n = lx.tokens.length;
  const covered = new Uint8Array(n);
  /** Gazetteer and organisation mentions by first token; an organisation may absorb a demonym's. */
  const mentions = new Map<number, RawMention>();
  /** Entity reference of the gazetteer/organisation match covering each token (for positions). */
  const refAt = new Array<Ref | undefined>(n);

  // 1. Gazetteer matches.
  const governmentEnds = new Set<number>(); // token ends of capitals read as their government
  for (const m of lx.gaz) {
    const r = classifyGaz(lx, m, lx.dateline === m, governmentEnds);
    if (r === 'skip-cover') {
      for (let k = m.i; k < m.j; k++) covered[k] = 1;
      continue;
    }
    if (r === null) continue;
    for (let k = m.i; k < m.j; k++) {
      covered[k] = 1;
      refAt[k] = r;
    }
    mentions.set(m.i, { start: lx.tokens[m.i]!.start, end: lx.tokens[m.j - 1]!.end, ref: r, surface: spanText(lx, m.i, m.j) });
  }

  // 2. Organisation patterns.
  for (let h = 0; h < n; h++) {
    const t = lx.tokens[h]!;
    if (covered[h] || !t.isCap || !HEADS.has(t.key)) continue;
    const org = orgAround(lx, h, covered, refAt);
    if (!org) continue;
    // The organisation replaces the country mention it starts with ("Russian Foreign Ministry").
    for (let k = org.i; k < org.j; k++) {
      mentions.delete(k);
      covered[k] = 1;
      refAt[k] = org.ref;
    }
    mentions.set(org.i, { start: lx.tokens[org.i]!.start, end: lx.tokens[org.j - 1]!.end, ref: org.ref, surface: spanText(lx, org.i, org.j) });
    h = org.j - 1;
  }

  // 2b. Company names led by a demonym or country name ("British Petroleum", "Japan Air Lines").
  for (const m of lx.gaz) {
    const r = refAt[m.i];
    if (!r || r.kind !== 'Country' || !mentions.has(m.i)) continue;
    const j = companyNameEnd(lx, m, covered);
    if (j === m.j) continue;
    const org = ref('Organization', spanText(lx, m.i, j).replace(/\s+/g, ' '));
    for (let k = m.i; k < j; k++) {
      covered[k] = 1;
      refAt[k] = org;
    }
    mentions.set(m.i, { start: lx.tokens[m.i]!.start, end: lx.tokens[j - 1]!.end, ref: org, surface: spanText(lx, m.i, j) });
  }

  // 3. Person candidates.
  const subjects = surnameSubjects(lx, covered);
  const candidates: PersonCandidate[] = [];
  for (let i = 0; i < n; i++) {
    const run = nameRun(lx, i, covered);
    if (!run) continue;
    const phrase = titledOrganizationPhrase(lx, run.i, run.j, covered);
    if (phrase) {
      const org = ref('Organization', spanText(lx, phrase.i, phrase.j).replace(/\s+/g, ' '));
      for (let k = phrase.i; k < phrase.j; k++) {
        covered[k] = 1;
        refAt[k] = org;
      }
      mentions.set(phrase.i, { start: lx.tokens[phrase.i]!.start, end: lx.tokens[phrase.j - 1]!.end, ref: org, surface: spanText(lx, phrase.i, phrase.j) });
      i = phrase.j - 1;
      continue;
    }
    candidates.push(personCandidate(lx, run.i, run.j, refAt, subjects));
    i = run.j - 1;
  }

  // 4. Person clusters.
  const clusters = clusterPersons(text, candidates);

  // 5. Entities.
  const byId = new Map<string, { ref: Ref; mentions: RawMention[]; positions: Position[]; forcedName?: string }>();
  const get = (r: Ref) => {
    let e = byId.get(r.id);
    if (!e) byId.set(r.id, (e = { ref: r, mentions: [], positions: [] }));
    return e;
  };
  for (const m of mentions.values()) get(m.ref).mentions.push(m);
  for (const cl of clusters) {
    const name = personName(cl.mentions);
    const r = ref('Person', name);
    const e = get(r);
    e.forcedName = name;
    for (const m of cl.mentions) e.mentions.push({ start: m.start, end: m.end, ref: r, surface: m.surface });
    for (const p of cl.positions) e.positions.push(p);
  }
  // "the Pope", "the Dalai Lama": a title alone names its holder.
  for (let i = 1; i < n; i++) {
    if (lx.tokens[i - 1]!.key !== 'the' || !lx.tokens[i]!.isCap || covered[i]) continue;
    const office = TITLE_ONLY_PERSONS.find((o) => o.words.every((w, k) => lx.tokens[i + k]?.key === w && lx.tokens[i + k]!.isCap));
    if (!office) continue;
    const j = i + office.words.length;
    const next = lx.tokens[j];
    if (next && next.isWord && next.isCap && !next.lineStart) continue; // "the Pope John Paul II": a name follows
    const named = office.title ? [...byId.values()].find((e) => e.ref.kind === 'Person' && e.positions.some((p) => p.title === office.title)) : undefined;
    const r = named?.ref ?? ref('Person', office.name);
    const e = get(r);
    if (!named) e.forcedName = office.name;
    e.mentions.push({ start: lx.tokens[i]!.start, end: lx.tokens[j - 1]!.end, ref: r, surface: spanText(lx, i, j) });
    i = j - 1;
  }
  // Implied countries of places.
  for (const e of [...byId.values()]) {
    if (e.ref.kind === 'Place' && e.ref.country) get(ref('Country', e.ref.country));
  }

  const out: Entity[] = [];
  for (const e of byId.values()) {
    const ms = e.mentions.slice().sort((a, b) => a.start - b.start || a.end - b.end);
    const dedup = ms.filter((m, k) => k === 0 || m.start !== ms[k - 1]!.start);
    const name = e.forcedName ?? e.ref.name;
    const aliases = [...new Set(dedup.map((m) => m.surface.replace(/\s+/g, ' ')))].filter((s) => s !== name).sort();
    const entity: Entity = {
      id: e.ref.id,
      name,
      kind: e.ref.kind,
      aliases,
      mentions: dedup.map((m) => ({ start: m.start, end: m.end })),
    };
    if (e.ref.kind === 'Place') entity.country = e.ref.country ? entityId('Country', e.ref.country) : null;
    if (e.ref.kind === 'Person') entity.positions = e.positions.slice().sort((a, b) => a.evidence.start - b.evidence.start);
    out.push(entity);
  }
  out.sort((a, b) => first(a) - first(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

const first = (e: Entity) => (e.mentions.length > 0 ? e.mentions[0]!.start : Number.MAX_SAFE_INTEGER);

function spanText(lx: Lexical, i: number, j: number): string {
  return lx.text.slice(lx.tokens[i]!.start, lx.tokens[j - 1]!.end);
}

/**
 * What a gazetteer match refers to here: a Ref, null (not an entity: drop, leave uncovered),
 * or 'skip-cover' (not a mention, but not a person name either: "Kremlin talks").
 */
function classifyGaz(lx: Lexical, m: GazMatch, isDateline: boolean, governmentEnds: Set<number>): Ref | null | 'skip-cover' {
  const e = m.entry;
  const toks = lx.tokens;
  const prev = m.i > 0 ? toks[m.i - 1] : undefined;
  const next = toks[m.j];
  switch (e.role) {
    case 'demonym':
      // The second half of a hyphenated compound names no country: "Ibero-American", "Afro-Asian".
      // "Sino-American" and "Russian-American" still name both countries.
      if (prev?.text === '-' && !prev.spaceBefore && !toks[m.i]!.spaceBefore && toks[m.i - 2]?.isWord && !COUNTRY_PREFIXES.has(toks[m.i - 2]!.key) && !gazEnding(lx, m.i - 1)) return 'skip-cover';
      return ref('Country', e.country ?? e.name);
    case 'country':
      if (!isDateline && insideLongerPlaceName(lx, m)) return 'skip-cover';
      return ref('Country', e.country ?? e.name);
    case 'org':
      if (e.seat && next && next.isWord && !next.isCap && ATTRIBUTIVE.has(next.key)) return 'skip-cover';
      return ref('Organization', e.name);
    case 'region':
      if (insideLongerPlaceName(lx, m)) return 'skip-cover';
      return ref('Place', e.name, e.country);
    case 'capital':
    case 'city': {
      if (isDateline) return ref('Place', asciiName(e.name), e.country);
      if (insideLongerPlaceName(lx, m)) return 'skip-cover';
      // Part of a person name ("George Washington", "Jack London").
      if (prev && prev.isCap && prev.isWord && FIRST.has(prev.key)) return null;
      // Around a name particle: "Rui dos Santos", "Van der Merwe said" (Santos, Van are cities too).
      if (m.j - m.i === 1 && (particleBefore(toks, m.i) || particleAfter(toks, m.j))) return null;
      const located = prev !== undefined && prev.isWord && LOC_PREPS.has(prev.key);
      // A given name or an organisation's first word ("Vladimir Putin", "Moscow State University").
      const after = next && !next.lineStart && next.isWord && next.isCap && !next.isUpper && !lx.gazAt.has(m.j) ? next : undefined;
      if (after && (FIRST.has(m.entry.name.toLowerCase()) || e.ambiguous || HEADS.has(after.key) || (lx.tokens[m.j + 1]?.isCap && HEADS.has(lx.tokens[m.j + 1]!.key)))) return null;
      // Inside a longer proper name ("Pearl River Delta", "Manchester United").
      if (!located && prev && prev.isWord && prev.isCap && !prev.lineStart && !isStopWord(prev.key) && !lx.gazAt.has(m.i - 1) && lx.sentenceFirstWord[lx.sentenceOf[m.i - 1]!] !== m.i - 1) return null;
      if (e.role === 'city' && !located && after) return null;
      if (e.role === 'capital') {
        if (!located && isGovernment(lx, m, governmentEnds)) {
          governmentEnds.add(m.j);
          return ref('Country', e.country!);
        }
        return ref('Place', asciiName(e.name), e.country);
      }
      if ((e.ambiguous || e.population < CITY_CONTEXT_FREE_POPULATION) && !located) return null;
      return ref('Place', asciiName(e.name), e.country);
    }
  }
}

/** A lower-case particle (or two: "van der") right before token i, after a capitalised word. */
function particleBefore(toks: readonly Token[], i: number): boolean {
  const lowerParticle = (t: Token | undefined) => t !== undefined && t.isWord && !t.isCap && PARTICLES.has(t.key);
  if (!lowerParticle(toks[i - 1])) return false;
  const k = lowerParticle(toks[i - 2]) ? i - 3 : i - 2;
  const t = toks[k];
  return t !== undefined && t.isWord && t.isCap && !t.isUpper && !isStopWord(t.key);
}

/** After a particle at j - 1: a capitalised word, or another particle and one ("Van der Merwe", "De Graaf"). */
function particleOpensName(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (t && t.isWord && t.isCap && !t.isUpper && !t.lineStart && !isStopWord(t.key)) return true;
  return particleAfter(toks, j);
}

/** A lower-case particle (or two) right at token j, before a capitalised word: "Van der Merwe". */
function particleAfter(toks: readonly Token[], j: number): boolean {
  const lowerParticle = (t: Token | undefined) => t !== undefined && t.isWord && !t.isCap && !t.lineStart && PARTICLES.has(t.key);
  if (!lowerParticle(toks[j])) return false;
  const k = lowerParticle(toks[j + 1]) ? j + 2 : j + 1;
  const t = toks[k];
  return t !== undefined && t.isWord && t.isCap && !t.isUpper;
}

/**
 * The match is the tail of a longer place name the gazetteer lacks: a common capitalised word that
 * starts other place names ("New", "Old", "St") stands right before it inside a sentence, as in "New Mexico",
 * "New Jersey", "New England". The longer name wins: the shorter match is no mention. Compass words
 * name a part of the place and keep it ("East Berlin"); so do a sentence's first word and headlines.
 */
function insideLongerPlaceName(lx: Lexical, m: GazMatch): boolean {
  const prev = lx.tokens[m.i - 1];
  if (!prev || !prev.isWord || !prev.isCap || prev.isUpper || lx.tokens[m.i]!.lineStart) return false;
  // Other capitalised words before a place are the longer-name rule of classifyGaz ("George Bush", "Pearl River").
  if (!isStopWord(prev.key) || !lx.gazetteer.firstTokens.has(prev.key) || DIRECTIONS.has(prev.key) || lx.gazAt.has(m.i - 1)) return false;
  const s = lx.sentenceOf[m.i - 1]!;
  return lx.sentenceFirstWord[s] !== m.i - 1 && lx.headline[s] !== 1;
}

/** How many capitalised words may follow a demonym in a company name ("American Medical International"). */
const COMPANY_WORDS = 4;

/**
 * Capitalised words that continue a country reference without making it a company: "Korean War",
 * "Chinese New Year", "a Georgia Republican", "the French Treasury" (the state, not a firm).
 */
const NOT_COMPANY_WORDS = set([
  'war', 'wars', 'revolution', 'empire', 'new', 'year', 'era', 'dynasty', 'indian', 'indians', 'republic', 'kingdom', 'embassy',
  'consulate', 'ambassador', 'i', 'ii', 'republican', 'republicans', 'democrat', 'democrats', 'treasury', 'legislator', 'senator',
]);

/** Common capitalised words that may go on a company's name after its first word ("American Medical International"). */
const COMPANY_INNER_WORDS = set(['international', 'national', 'central', 'global', 'world', 'special', 'general']);

/**
 * "British Petroleum", "Japan Air Lines", "American Medical International": a demonym or country
 * name followed on its line by capitalised words that are not a title ("British Foreign Secretary"),
 * a state body's modifier ("Soviet Foreign Ministry" is the organisation pass's), a place, a given name
 * or a sentence's next word is the first word of a company's name. Returns the end of that name, or
 * m.j when the country reference stands alone ("American officials"). Headlines in capitals are left alone.
 */
function companyNameEnd(lx: Lexical, m: GazMatch, covered: Uint8Array): number {
  const toks = lx.tokens;
  if (m.entry.role !== 'demonym' && m.entry.role !== 'country') return m.j;
  if (toks[m.i]!.isUpper && toks[m.i]!.text.length > 1) return m.j;
  // Inside a longer capitalised name already ("Pan American World Airways" is not ours to cut).
  const prev = toks[m.i - 1];
  if (prev && prev.isWord && prev.isCap && !prev.lineStart && !toks[m.i]!.lineStart && !isStopWord(prev.key) && lx.sentenceFirstWord[lx.sentenceOf[m.i]!] !== m.i) return m.j;
  let j = m.j;
  while (j < toks.length && j - m.j < COMPANY_WORDS) {
    const t = toks[j]!;
    if (!t.isWord || !t.isCap || t.lineStart || covered[j] || lx.inTitle[j] || lx.gazAt.has(j)) break;
    if (j === m.j && (MODIFIERS.has(t.key) || FIRST.has(t.key) || ASIAN.has(t.key) || NOT_COMPANY_WORDS.has(t.key) || isStopWord(t.key))) break;
    if (j > m.j && isStopWord(t.key) && !COMPANY_INNER_WORDS.has(t.key)) break;
    j++;
  }
  // A capitalised run that goes on into a person's name or a title is not a company ("American Joe Smith").
  if (j > m.j && j - m.j >= COMPANY_WORDS && toks[j]?.isCap && toks[j]!.isWord) return m.j;
  // A portfolio before a title is part of the position, not a company: "Saudi Oil Minister",
  // "West German Economics Minister Martin Bangemann".
  if (j > m.j && lx.inTitle[j] && toks[j]!.isCap && !lx.titleAt.get(j)?.entry.honorific) return m.j;
  return j;
}

/** A capital acting as its government: "Pyongyang said", "Pyongyang's nuclear program", "talks with Seoul". */
function isGovernment(lx: Lexical, m: GazMatch, governmentEnds: ReadonlySet<number>): boolean {
  const toks = lx.tokens;
  const prev = m.i > 0 ? toks[m.i - 1] : undefined;
  const next = toks[m.j];
  if (next && next.key === "'s") {
    const after = toks[m.j + 1];
    return !(after && after.isCap);
  }
  if (prev && prev.isWord && MET_PREPS.has(prev.key)) return true;
  if (next && next.isWord && GOV_VERBS.has(next.key) && !next.lineStart) return true;
  // Coordination: "Washington and Beijing agreed", "Nicosia-Ankara ties".
  if (next && (next.key === 'and' || (next.text === '-' && !next.spaceBefore))) {
    const other = lx.gazAt.get(m.j + 1);
    if (other && (other.entry.role === 'capital' || other.entry.role === 'country')) {
      if (next.text === '-') return true;
      const after = toks[other.j];
      if (after && after.isWord && GOV_VERBS.has(after.key)) return true;
    }
  }
  if (prev && (prev.key === 'and' || (prev.text === '-' && !prev.spaceBefore)) && governmentEnds.has(m.i - 1)) return true;
  return false;
}

interface OrgMatch {
  i: number;
  j: number;
  ref: Ref;
}

/** An organisation around head token h ("Russian Foreign Ministry", "Ministry of Foreign Affairs"). */
function orgAround(lx: Lexical, h: number, covered: Uint8Array, refAt: ReadonlyArray<Ref | undefined>): OrgMatch | null {
  const toks = lx.tokens;
  let left = h;
  let countryRef: Ref | null = null;
  // Left: capitalised modifiers, then optionally a country or demonym (with "'s").
  while (left > 0 && h - left < MAX_NAME_WORDS) {
    const t = toks[left - 1]!;
    if (toks[left]!.lineStart) break;
    if (t.key === "'s" && left >= 2 && refAt[left - 2]?.kind === 'Country') {
      const m = gazEnding(lx, left - 1);
      if (!m) break;
      countryRef = refAt[left - 2]!;
      left = m.i;
      break;
    }
    // "Capital Cities/ABC Inc": two names joined by a slash are one company's.
    if (t.text === '/' && !t.spaceBefore && !toks[left]!.spaceBefore && toks[left - 2]?.isWord && toks[left - 2]!.isCap && !covered[left - 2]) {
      left--;
      continue;
    }
    if (!t.isWord || !t.isCap) break;
    if (covered[left - 1]) {
      // A demonym starts the name ("Russian Foreign Ministry"); a bare country name does not ("EU-Turkey Customs Union").
      const r = refAt[left - 1];
      const m = gazEnding(lx, left);
      if (r && r.kind === 'Country' && m && m.entry.role === 'demonym') left = m.i;
      break;
    }
    // A company's name may start with a title word: "General Motors Corp", "General Electric Co".
    if (!MODIFIERS.has(t.key) && (isStopWord(t.key) || (lx.titleAt.has(left - 1) && !COMPANY_HEADS.has(toks[h]!.key) && !adjectiveTitle(lx.titleAt.get(left - 1)!)))) break;
    left--;
  }
  // Right: "of"/"for" + capitalised words ("Ministry of Foreign Affairs", "Foreign Ministry of Russia").
  let right = h + 1;
  let ofCountry: Ref | null = null;
  const of = toks[right];
  if (of && (of.key === 'of' || of.key === 'for') && !of.lineStart) {
    let k = right + 1;
    const gm = lx.gazAt.get(k);
    if (gm && (gm.entry.role === 'country' || gm.entry.role === 'demonym')) {
      ofCountry = ref('Country', gm.entry.country!);
      k = gm.j;
    } else if (gm && gm.entry.role !== 'org') {
      k = gm.j; // "University of Tokyo"
    } else {
      while (k < toks.length && k - right <= 6 && !toks[k]!.lineStart) {
        const t = toks[k]!;
        if (t.isWord && t.isCap && !covered[k]) k++;
        else if (t.key === "'s" && toks[k + 1]?.isCap && !covered[k + 1]) k++;
        else if ((t.key === 'and' || t.key === 'the' || t.key === 'of') && toks[k + 1]?.isCap && !covered[k + 1]) k++;
        else break;
      }
      while (k > right + 1 && !toks[k - 1]!.isCap) k--;
    }
    if (k > right + 1) right = k;
  }
  if (left === h && right === h + 1) return null;
  const coreStart = countryRef ? skipCountry(lx, left) : left;
  if (coreStart > h) return null;
  const slice = (a: number, b: number) => lx.text.slice(toks[a]!.start, toks[b]!.end);
  let name: string;
  // "Russia's Foreign Ministry" and "Foreign Ministry of Russia" are the "Russian Foreign Ministry";
  // other bodies keep their own name ("Trade Network of Zambia").
  if (!STATE_HEADS.has(toks[h]!.key)) name = slice(left, right - 1);
  else if (countryRef) name = `${lx.gazetteer.demonymOf.get(countryRef.name) ?? countryRef.name} ${slice(coreStart, right - 1)}`;
  else if (ofCountry) name = `${lx.gazetteer.demonymOf.get(ofCountry.name) ?? ofCountry.name} ${slice(left, h)}`;
  else name = slice(left, right - 1);
  return { i: left, j: right, ref: ref('Organization', name.replace(/\s+/g, ' ')) };
}

function skipCountry(lx: Lexical, left: number): number {
  const m = lx.gazAt.get(left);
  let k = m ? m.j : left + 1;
  if (lx.tokens[k]?.key === "'s") k++;
  return k;
}

function gazEnding(lx: Lexical, j: number): GazMatch | null {
  // Gazetteer matches are short: look back a few tokens.
  for (let i = j - 1; i >= 0 && i >= j - lx.gazetteer.maxTokens; i--) {
    const m = lx.gazAt.get(i);
    if (m && m.j === j) return m;
  }
  return null;
}

const PHRASE_CONNECTORS = set(['on', 'for', 'of', 'and']);
const DETERMINERS = set(['the', 'a', 'an']);
/** Longest organisation phrase we read after a title word, in tokens. */
const MAX_PHRASE_TOKENS = 12;

/**
 * A title word that opens an organisation's name, not a person's: "the General Agreement on Tariffs
 * and Trade", "General Agreements on Tariffs". The name run [i, j) after a title goes on with of/on/
 * for/and and a capitalised word that is no entity, title, date or given name, and either the title
 * follows a determiner ("the General ..."; a title before a person's name takes none) or the connector
 * is on/for and the article writes every word of the run in lower case too ("agreements"): a common
 * noun, not a name. "President Reagan and Gorbachev", "King Fahd of Saudi Arabia" stay persons.
 * Returns the phrase's token range, title included.
 */
function titledOrganizationPhrase(lx: Lexical, i: number, j: number, covered: Uint8Array): { i: number; j: number } | null {
  const toks = lx.tokens;
  const title = lx.titleEndingAt.get(i);
  if (!title || title.entry.honorific || covered[title.i] || !toks[title.i]!.isCap) return null;
  const c = toks[j];
  const next = toks[j + 1];
  if (!c || !c.isWord || c.isCap || c.lineStart || !PHRASE_CONNECTORS.has(c.key)) return null;
  if (!next || !next.isWord || !next.isCap || next.isUpper || covered[j + 1] || lx.inTitle[j + 1] || isStopWord(next.key) || FIRST.has(next.key)) return null;
  const determiner = title.i > 0 && DETERMINERS.has(toks[title.i - 1]!.key);
  let commonNouns = true;
  for (let k = i; k < j; k++) {
    const key = toks[k]!.key;
    if (toks[k]!.isWord && !lx.lowerForms.has(key) && !lx.lowerForms.has(key.replace(/s$/, ''))) commonNouns = false;
  }
  if (!determiner && !((c.key === 'on' || c.key === 'for') && commonNouns)) return null;
  let k = j + 2;
  while (k < toks.length && k - title.i < MAX_PHRASE_TOKENS && !toks[k]!.lineStart) {
    const t = toks[k]!;
    if (t.isWord && t.isCap && !t.isUpper && !covered[k] && !isStopWord(t.key)) k++;
    else if (t.isWord && !t.isCap && PHRASE_CONNECTORS.has(t.key) && toks[k + 1]?.isCap && toks[k + 1]!.isWord && !covered[k + 1] && !isStopWord(toks[k + 1]!.key)) k += 2;
    else break;
  }
  return { i: title.i, j: k };
}

/** The capitalised name run starting at i, as a token range, or null. */
function nameRun(lx: Lexical, i: number, covered: Uint8Array): { i: number; j: number } | null {
  const toks = lx.tokens;
  const t = toks[i]!;
  if (covered[i] || !startsName(lx, i)) return null;
  let j = i + 1;
  let words = 1;
  while (j < toks.length && words <= MAX_NAME_WORDS + 1) {
    const u = toks[j]!;
    if (u.lineStart || covered[j]) break;
    // Joined hyphen: "Jong-Il", "Jong-il", "Ki- moon", "Putin-Kim".
    if (u.text === '-' && !u.spaceBefore) {
      const v = toks[j + 1];
      if (v && v.isWord && !covered[j + 1] && !v.lineStart && (v.isCap || (!HYPHEN_STOP.has(v.key) && v.text.length <= 5 && toks[j - 1]!.text.length <= 5))) {
        j += 2;
        words++;
        continue;
      }
      break;
    }
    // Initials: "George W. Bush".
    if (u.isWord && u.isCap && u.text.length === 1 && toks[j + 1]?.text === '.' && toks[j + 2]?.isCap && !covered[j + 2]) {
      j += 2;
      words++;
      continue;
    }
    if (u.isWord && !u.isCap && PARTICLES.has(u.key)) {
      // Up to two particles before the next capitalised part: "van der Merwe", "de la Cruz", "al-Faisal".
      const two = toks[j + 1]?.isWord && !toks[j + 1]!.isCap && PARTICLES.has(toks[j + 1]!.key) && !toks[j + 1]!.lineStart ? 1 : 0;
      const v = toks[j + 1 + two];
      if (v && !covered[j + 1 + two] && !v.lineStart && (v.isCap || (v.text === '-' && toks[j + 2 + two]?.isCap))) {
        j += 1 + two;
        words += 1 + two;
        continue;
      }
      break;
    }
    // "... Political Consultative Conference Jia Qinglin": an organisation head ends the run; the
    // name after it starts its own.
    if (u.isWord && u.isCap && RUN_ENDING_HEADS.has(toks[j - 1]!.key)) break;
    if (u.isWord && u.isCap && !u.isUpper && !isStopWord(u.key) && !lx.inTitle[j] && !/^\d/.test(u.text)) {
      j++;
      words++;
      continue;
    }
    // A regnal number ends the name: "John Paul II", "Abdullah II".
    if (u.isWord && ROMAN.test(u.text)) {
      j++;
      words++;
      continue;
    }
    break;
  }
  if (t.text.length === 1 && j === i + 1) return null;
  return { i, j };
}

function startsName(lx: Lexical, i: number): boolean {
  const t = lx.tokens[i]!;
  if (!t.isWord || !t.isCap || t.isUpper || /^\d/.test(t.text)) return false;
  if ((isStopWord(t.key) && !monthAsGivenName(lx.tokens, i)) || lx.inTitle[i]) return false;
  // A sentence-initial common word ("Visiting", "Asked") that the article also writes in lower case.
  const s = lx.sentenceOf[i]!;
  // A particle opening a family name stays: "Van der Merwe said", "De Graaf said".
  if (lx.sentenceFirstWord[s] === i && lx.lowerForms.has(t.key) && !(PARTICLES.has(t.key) && particleOpensName(lx.tokens, i + 1))) return false;
  return true;
}

/** Month words that are also given names: "Jan Peter Balkenende", "June Carter", "April Glaspie". */
const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(['jan', 'june', 'april', 'august']);

/** Words before a month that make it a date: "in Jan", "since June", "early April". */
const MONTH_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  'in', 'on', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'before', 'after', 'during', 'of', 'for',
  'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'between', 'and', 'or', 'each', 'every',
]);

/**
 * A month word that is a given name: "Jan Peter Balkenende met", "June Carter sang". It is followed
 * by a capitalised name word (not another month, weekday or common word, not a day number), and no
 * date word stands around it: no preposition before it ("in Jan", "since June"), no number before or
 * after ("5 Jan", "Jan 1987"), no abbreviation dot ("Jan.").
 */
function monthAsGivenName(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (!MONTH_GIVEN_NAMES.has(t.key)) return false;
  const prev = toks[i - 1];
  if (prev && !prev.lineStart && !t.lineStart && (MONTH_CONTEXT_BEFORE.has(prev.key) || /^\d/.test(prev.text))) return false;
  const next = toks[i + 1];
  if (!next || !next.isWord || !next.isCap || next.isUpper || next.lineStart || /^\d/.test(next.text) || isStopWord(next.key)) return false;
  const after = toks[i + 2];
  return !(after && /^\d/.test(after.text));
}

/** A title's one-word form that is also a common adjective ("General Motors", "Major League"). */
function adjectiveTitle(title: TitleMatch): boolean {
  return title.entry.adjective === true && title.j - title.i === 1;
}

/**
 * Keys of capitalised words that stand alone as the subject of a speech or meeting verb ("Tobgay
 * said", "Mbeki met") or after "said" ("..., said Tobgay"): family names the article uses alone.
 * One pass over the tokens.
 */
function surnameSubjects(lx: Lexical, covered: Uint8Array): Set<string> {
  const toks = lx.tokens;
  const out = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.isWord || !t.isCap || t.isUpper || covered[k] || lx.inTitle[k] || isStopWord(t.key) || t.text.length < 3 || lx.lowerForms.has(t.key)) continue;
    if (lx.headline[lx.sentenceOf[k]!] === 1) continue;
    const prev = toks[k - 1];
    const next = toks[k + 1];
    const alone = !prev || t.lineStart || !prev.isWord || !prev.isCap || lx.inTitle[k - 1] === 1 || isStopWord(prev.key);
    const joined = (prev && prev.text === '-' && !t.spaceBefore) || (next && next.text === '-' && !next.spaceBefore);
    // "the Community said" is a body, not a family name.
    if (!alone || joined || (prev && DETERMINERS.has(prev.key)) || (next && next.isWord && next.isCap && !next.lineStart)) continue;
    const subject = next && next.isWord && !next.lineStart && SUBJ_VERBS.has(next.key) && next.key !== 'who';
    // "..., said Tobgay." ends the clause; "They said Community ministers agreed" does not.
    const object = prev && prev.isWord && SPEECH_BEFORE.has(prev.key) && (!next || !next.isWord || next.lineStart);
    if (subject || object) out.add(t.key);
  }
  return out;
}

/** A lower-case particle inside the name run [i, j) ("van der", "bin", "al-"), or "Bin"/"Ibn" after its first word. */
function hasInnerParticle(toks: readonly Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j - 1; k++) {
    const t = toks[k]!;
    if (t.isWord && (t.isCap ? CAPITAL_PARTICLES.has(t.key) : PARTICLES.has(t.key))) return true;
  }
  return false;
}

/** A person candidate over tokens [i, j): its name parts, evidence and positions. */
function personCandidate(lx: Lexical, i: number, j: number, refAt: ReadonlyArray<Ref | undefined>, subjects: ReadonlySet<string>): PersonCandidate {
  const toks = lx.tokens;
  const parts: NamePart[] = [];
  for (let k = i; k < j; k++) {
    const t = toks[k]!;
    if (t.isWord && !(t.text.length === 1 && toks[k + 1]?.text === '.')) parts.push({ start: t.start, end: t.end, text: t.text });
  }
  const words = countWords(toks, i, j);
  const headline = lx.headline[lx.sentenceOf[i]!] === 1;
  const positions: Position[] = [];
  let strong = false;

  // A title right before the name ("President Dmitry Medvedev", "prime minister, Mahathir Mohamad").
  let title: TitleMatch | undefined = lx.titleEndingAt.get(i);
  // Only before a full name: "its adviser, Goldman, Sachs and Co" is a company.
  if (!title && toks[i - 1]?.text === ',' && parts.length >= 2) title = lx.titleEndingAt.get(i - 1);
  if (!title && toks[i - 1]?.text === '.' ) title = lx.titleEndingAt.get(i); // "Mr. Kim" keyed with the dot
  // "General Motors", "Major League", "General Accident Fire", "its advisor Goldman, Sachs and Co": an adjective title is evidence only
  // before two or more name words that the article never writes in lower case.
  const weakTitle = title !== undefined && adjectiveTitle(title) && (parts.length < 2 || parts.some((p) => lx.lowerForms.has(tokenKey(p.text))));
  if (title) {
    strong = !weakTitle;
    if (!title.entry.honorific) positions.push(positionBefore(lx, title, toks[j - 1]!.end, refAt));
  }
  const p0 = parts[0]?.text.toLowerCase() ?? '';
  const pLast = parts[parts.length - 1]?.text ?? '';
  if (!headline && parts.length >= 2 && words <= MAX_NAME_WORDS) {
    if (FIRST.has(p0)) strong = true;
    // Name particles inside: "Pieter van der Merwe", "Mohammad bin Rashid", "Saud al-Faisal" (not "Costa del Sol").
    if (!NON_PERSON_OPENING.has(tokenKey(p0)) && hasInnerParticle(toks, i, j)) strong = true;
    // The family name alone is elsewhere the subject of a speech or meeting verb: "Tshering Tobgay ... Tobgay said".
    if (words >= 2 && words <= 3 && parts.length <= 3 && !NON_PERSON_OPENING.has(tokenKey(p0)) && subjects.has(tokenKey(pLast))) strong = true;
    // East Asian shape: "Kim Jong-il", "Hu Jintao", "Kim Jong Il".
    if (ASIAN.has(p0) && words <= 3 && toks[i + 1]?.text !== '-' && parts.every((p) => p.text.length <= 8)) strong = true;
    // A hyphenated given name with a lower-case second part: "Jong-il", "Dae-jung".
    if (words <= 3 && /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u.test(lx.text.slice(toks[i]!.start, toks[j - 1]!.end).split(/\s+/)[1] ?? '')) strong = true;
    const next = toks[j];
    if (next && next.isWord && SUBJ_VERBS.has(next.key)) strong = true;
    if (next?.text === ',' && toks[j + 1]?.key === 'who') strong = true;
    const prev = toks[i - 1];
    if (prev && prev.isWord && SPEECH_BEFORE.has(prev.key)) strong = true;
    if (meetingObject(lx, i, j, words)) strong = true;
  }
  // Apposition after: "Vladimir Putin, who is now prime minister", "Taro Aso, Japan's foreign minister".
  const after = appositionAfter(lx, j, refAt);
  if (after) {
    strong = strong || !headline;
    positions.push(after);
  }
  // Apposition before: "the governor of ... Primorye, Sergei Darkin".
  if (!title && toks[i - 1]?.text === ',') {
    const before = appositionBefore(lx, i - 1, toks[j - 1]!.end, refAt);
    if (before) {
      strong = strong || !headline;
      positions.push(before);
    }
  }
  // A single word is a person only after a title ("President Obama", "Mr. Kim"); otherwise it must be
  // the family or given name of a person the article names in full.
  if (parts.length < 2 && (!title || weakTitle)) strong = false;
  // A plural title ("Presidents Leonid Kuchma of Ukraine and ...") introduces full names only:
  // "Foreign Ministers Meet In Brussels" is a headline, not a person "Meet".
  if (title && parts.length < 2 && PLURAL_TITLE.test(lx.text.slice(lx.tokens[title.j - 1]!.start, lx.tokens[title.j - 1]!.end)) && !title.entry.honorific) strong = false;
  // A facility or geographic feature is no person ("Pearl River", "Yasukuni Shrine").
  if (parts.length > 0 && FACILITY.has(pLast.toLowerCase())) strong = false;
  // Nor is an event ("Mauritius Summit", "Doha Round", "Africa Conference").
  if (parts.length > 0 && EVENT_NAMES.has(pLast.toLowerCase())) strong = false;
  return { parts, strong: strong && words <= MAX_NAME_WORDS, positions };
}

/** Verbs whose object right after them is whom one meets: "met Ngozi Okonjo-Iweala", "received Jan Eliasson". */
const MEETING_OBJECT_VERBS = set([
  'met', 'meet', 'meets', 'meeting', 'received', 'receive', 'receives', 'receiving', 'hosted', 'host', 'hosts', 'hosting',
  'welcomed', 'welcome', 'welcomes', 'welcoming',
]);
/** Words before "with" that make what follows a party to a contact: "held talks with", "a meeting with". */
const MEETING_BEFORE_WITH = set([
  'met', 'meet', 'meets', 'meeting', 'meetings', 'talks', 'talked', 'talk', 'discussions', 'consultations', 'negotiations', 'conferred',
]);
/**
 * Words after a meeting object that end a person's name: prepositions, conjunctions, time words,
 * "who". Any other lower-case word makes the run a modifier ("received Federal Reserve Board
 * approval", "met European Community farm commissioner").
 */
const AFTER_MEETING_OBJECT = set([
  'in', 'on', 'at', 'and', 'or', 'for', 'to', 'during', 'after', 'before', 'who', 'last', 'this', 'next', 'yesterday',
  'today', 'tomorrow', 'earlier', 'later', 'here', 'there', 'said', 'says', 'about', 'over', 'with', 'but', 'as',
  'while', 'when', 'since', 'from', 'of', 'privately', 'separately', 'again', 'recently', 'shortly', 'amid', 'ahead', 'until',
]);
/**
 * Words of institutions, companies and groups that no personal name holds: "Philips Electronics",
 * "House Republicans", "Federal Drug Administration", "European Community".
 */
const INSTITUTION_WORDS = set([
  'board', 'administration', 'reserve', 'community', 'house', 'republicans', 'democrats', 'electronics', 'industries',
  'holdings', 'motors', 'airlines', 'airways', 'systems', 'communications', 'technologies', 'enterprises', 'brothers',
  'partners', 'securities', 'capital', 'petroleum', 'oil', 'steel', 'chemical', 'chemicals', 'railroad', 'railway',
  'railways', 'financial', 'international', 'investments', 'resources', 'mining', 'exchange', 'treasury', 'customs',
  'nations', 'states', 'european', 'african', 'asian', 'arab', 'latin', 'american', 'western', 'eastern', 'northern',
  'southern', 'pacific', 'atlantic', 'gulf', 'nordic', 'baltic', 'middle', 'united', 'royal', 'general', 'great',
]);
/** Plural nouns a capitalised modifier may precede: "met Bangla Desh Rifles officials" is not a person. */
const GROUP_NOUNS = set(['officials', 'leaders', 'representatives', 'delegates', 'delegation', 'ministers', 'executives', 'officers', 'members', 'envoys', 'diplomats', 'counterparts', 'negotiators', 'authorities', 'chiefs', 'lawmakers']);

/**
 * The name run [i, j) is the object of a meeting verb ("Buhari met Ngozi Okonjo-Iweala", "held talks
 * with Ngozi Okonjo-Iweala", "welcomed Jan Eliasson"): two to four name words, not the modifier of a
 * group noun or a possessor ("met Foreign Ministry officials", "met Costa Rica's president"), not
 * made of institution words ("Ford Motor Company", "Philips Electronics", "House Republicans"), and
 * not followed by a noun it modifies ("received Federal Reserve Board approval"). Known places, countries and organisations
 * never reach here: the gazetteer and organisation stages cover them first.
 */
function meetingObject(lx: Lexical, i: number, j: number, words: number): boolean {
  const toks = lx.tokens;
  if (words < 2 || words > 4) return false;
  const prev = toks[i - 1];
  if (!prev || !prev.isWord) return false;
  const verb = MEETING_OBJECT_VERBS.has(prev.key) || (prev.key === 'with' && toks[i - 2]?.isWord === true && MEETING_BEFORE_WITH.has(toks[i - 2]!.key));
  if (!verb) return false;
  const next = toks[j];
  if (next && (next.key === "'s" || next.text === "'" || next.text === '’')) return false;
  if (next && next.isWord && !next.isCap && (GROUP_NOUNS.has(next.key) || !AFTER_MEETING_OBJECT.has(next.key))) return false;
  // No word of an institution, no word the article writes in lower case, no demonym or country name.
  for (let k = i; k < j; k++) {
    const t = toks[k]!;
    if (!t.isWord) continue;
    if (HEADS.has(t.key) || MODIFIERS.has(t.key) || INSTITUTION_WORDS.has(t.key) || lx.lowerForms.has(t.key) || countryNamed(t.text) !== null) return false;
  }
  // "Sante Fe": a family name has three letters or more.
  return toks[j - 1]!.text.length >= 3;
}

function countWords(toks: readonly Token[], i: number, j: number): number {
  let w = 0;
  for (let k = i; k < j; k++) if (toks[k]!.isWord && toks[k]!.spaceBefore) w++;
  return Math.max(w, 1);
}

/** The position a title before a name states: its country or organisation and whether it is former. */
function positionBefore(lx: Lexical, title: TitleMatch, end: number, refAt: ReadonlyArray<Ref | undefined>): Position {
  const toks = lx.tokens;
  let k = title.i;
  let time: Position['time'] = 'current';
  let of: string | null = null;
  const former = () => {
    if (k > 0 && toks[k - 1]!.isWord && FORMER.has(toks[k - 1]!.key)) {
      time = 'former';
      k--;
    } else if (k > 1 && toks[k - 1]!.text === '-' && !toks[k - 1]!.spaceBefore && FORMER.has(toks[k - 2]!.key)) {
      time = 'former';
      k -= 2;
    }
  };
  former();
  // A portfolio between the country and the title: "Saudi Oil Minister", "West German Economics Minister".
  let p = k;
  while (p > 0 && k - p < 2 && !refAt[p - 1] && toks[p - 1]!.isWord && toks[p - 1]!.isCap && !toks[p - 1]!.lineStart && !isStopWord(toks[p - 1]!.key)) p--;
  if (p < k && p > 0 && refAt[p - 1]?.kind === 'Country') k = p;
  // "Hong Kong Special Administrative Region (HKSAR) Chief Executive": an acronym in parentheses between.
  if (k > 3 && toks[k - 1]!.text === ')' && toks[k - 3]!.text === '(' && refAt[k - 4]) k -= 3;
  if (k > 0 && toks[k - 1]!.key === "'s" && refAt[k - 2]) {
    of = refAt[k - 2]!.id;
    k = startOfRef(refAt, k - 2);
  } else if (k > 0 && refAt[k - 1]) {
    of = refAt[k - 1]!.id;
    k = startOfRef(refAt, k - 1);
  }
  former();
  // "President of Russia Dmitry Medvedev" is rare; "the president of Russia, Dmitry Medvedev" is an apposition.
  return { title: title.entry.title, of, time, evidence: { start: toks[k]!.start, end } };
}

function startOfRef(refAt: ReadonlyArray<Ref | undefined>, k: number): number {
  const r = refAt[k];
  while (k > 0 && refAt[k - 1] === r) k--;
  return k;
}

const APPOSITION_FILLER = new Set(['who', 'is', 'was', 'has', 'had', 'been', 'now', 'currently', 'also', 'then', 'still', 'formerly', 'the', 'a', 'an', 'its', 'their', "'s", 'former', 'ex', 'late', '-', 'as', 'serving']);
const FORMER_FILLER = new Set(['was', 'had', 'formerly', 'former', 'ex', 'then', 'late']);

/** ", who is now prime minister" / ", Japan's foreign minister" after a name at token j. */
function appositionAfter(lx: Lexical, j: number, refAt: ReadonlyArray<Ref | undefined>): Position | null {
  const toks = lx.tokens;
  if (toks[j]?.text !== ',') return null;
  let time: Position['time'] = 'current';
  let of: string | null = null;
  for (let k = j + 1; k < toks.length && k <= j + 8; k++) {
    const t = toks[k]!;
    if (t.lineStart) return null;
    const title = lx.titleAt.get(k);
    if (title && !title.entry.honorific) {
      // "Nguyen Minh Triet, Lao President Choummaly Sayasone": the title of the next name in a list.
      if (toks[title.j]?.isCap && toks[title.j]!.isWord && !isStopWord(toks[title.j]!.key)) return null;
      const ofTok = toks[title.j];
      if (!of && ofTok?.key === 'of' && refAt[title.j + 1]) of = refAt[title.j + 1]!.id;
      return { title: title.entry.title, of, time, evidence: { start: toks[j + 1]!.start, end: toks[title.j - 1]!.end } };
    }
    if (refAt[k]) {
      of = refAt[k]!.id;
      k = endOfRef(refAt, k) - 1;
      continue;
    }
    if (!APPOSITION_FILLER.has(t.key)) return null;
    if (FORMER_FILLER.has(t.key)) time = 'former';
  }
  return null;
}

function endOfRef(refAt: ReadonlyArray<Ref | undefined>, k: number): number {
  const r = refAt[k];
  while (k < refAt.length && refAt[k] === r) k++;
  return k;
}

/** "the governor of Russia's Far Eastern region of Primorye, Sergei Darkin": comma at token c. */
function appositionBefore(lx: Lexical, c: number, end: number, refAt: ReadonlyArray<Ref | undefined>): Position | null {
  const toks = lx.tokens;
  const sentence = lx.sentenceOf[c]!;
  let title: TitleMatch | undefined;
  let k = c - 1;
  for (; k >= 0 && k >= c - 14; k--) {
    const t = toks[k]!;
    if (lx.sentenceOf[k] !== sentence || t.text === ',' || t.text === ';' || t.text === '(' || t.text === '"' || t.text === '“') break;
    const tm = lx.titleAt.get(k);
    if (tm && !tm.entry.honorific && tm.j <= c) title = tm;
  }
  if (!title) return null;
  // A determiner or possessive before the title makes it a description of the person that follows.
  const before = toks[title.i - 1];
  if (before && !(before.key === 'the' || before.key === "'s" || refAt[title.i - 1] || FORMER.has(before.key) || before.text === ',')) return null;
  let of: string | null = null;
  for (let m = title.j; m < c; m++) if (refAt[m]) of = refAt[m]!.id;
  if (!of && before && refAt[title.i - (before.key === "'s" ? 2 : 1)]) of = refAt[title.i - (before.key === "'s" ? 2 : 1)]!.id;
  let time: Position['time'] = 'current';
  for (let m = Math.max(0, title.i - 3); m < title.i; m++) if (FORMER.has(toks[m]!.key)) time = 'former';
  return { title: title.entry.title, of, time, evidence: { start: toks[title.i]!.start, end } };
}

/** The fullest form: most name parts, then most often with evidence, then most frequent, then first. */
function personName(ms: ReadonlyArray<{ surface: string; strong: boolean; partCount: number; start: number }>): string {
  const stats = new Map<string, { parts: number; strong: number; count: number; first: number }>();
  for (const m of ms) {
    const s = m.surface.replace(/\s+/g, ' ').replace(/- /g, '-');
    const st = stats.get(s) ?? { parts: m.partCount, strong: 0, count: 0, first: m.start };
    st.count++;
    if (m.strong) st.strong++;
    st.first = Math.min(st.first, m.start);
    stats.set(s, st);
  }
  let best = '';
  let b: { parts: number; strong: number; count: number; first: number } | null = null;
  for (const [s, st] of stats) {
    if (
      !b ||
      st.parts > b.parts ||
      (st.parts === b.parts && (st.strong > b.strong || (st.strong === b.strong && (st.count > b.count || (st.count === b.count && st.first < b.first)))))
    ) {
      best = s;
      b = st;
    }
  }
  return best;
}

export const __test = { isGovernment, nameRun };
