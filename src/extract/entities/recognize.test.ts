/**
 * One sentence per rule: the entity stage run on it, the entities asserted. Negative cases (no
 * person) are in test/entities/negative.test.ts; the seed article in test/entities/seed.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../model/types.js';
import { splitSentences } from '../sentences/index.js';
import { datelinePlace, recognizeEntities } from './index.js';

const article = (text: string) => ({ id: 't', title: '', text, publishedAt: null, source: null, url: null });
const run = (text: string) => recognizeEntities(article(text), splitSentences(text));
const show = (text: string, es: Entity[]) =>
  es.map((e) => `${e.id} [${e.mentions.map((m) => text.slice(m.start, m.end)).join('|')}]`).join('\n');

/** The entity with `id`, failing with a dump of what was found. */
function entity(text: string, id: string): Entity {
  const es = run(text);
  const e = es.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id} in "${text}":\n${show(text, es)}`);
  return e;
}
const mentions = (text: string, e: Entity) => e.mentions.map((m) => text.slice(m.start, m.end));
const ids = (text: string) => run(text).map((e) => e.id);

describe('countries', () => {
  it.each([
    ['North Korea fired a missile.', 'country:north-korea', 'North Korea'],
    ['Talks with S. Korea resumed.', 'country:south-korea', 'S. Korea'],
    ['Aid to N. Korea was halted.', 'country:north-korea', 'N. Korea'],
    ['Britain voted against it.', 'country:united-kingdom', 'Britain'],
    ['The U.S. envoy arrived.', 'country:united-states', 'U.S.'],
    ['The US envoy arrived.', 'country:united-states', 'US'],
    ['America will respond.', 'country:united-states', 'America'],
    ['Russian officials declined to comment.', 'country:russia', 'Russian'],
    ['The North Korean leader spoke.', 'country:north-korea', 'North Korean'],
    ['Trade fell after the collapse of the Soviet Union in 1991.', 'country:soviet-union', 'Soviet Union'],
    ['Officials in Ankara say Turkey will not comment.', 'country:turkey', 'Turkey'],
    ['French troops left.', 'country:france', 'French'],
    ['Saudi officials met.', 'country:saudi-arabia', 'Saudi'],
  ])('%s -> %s', (text, id, surface) => {
    expect(mentions(text, entity(text, id))).toContain(surface);
  });

  it('does not read "us" or "US" inside words as the United States', () => {
    expect(ids('He told us nothing about the business.')).not.toContain('country:united-states');
  });
});

describe('capitals: a place as a location, the country as an actor', () => {
  it('"Pyongyang said" is North Korea', () => {
    const t = 'Pyongyang said the talks would resume.';
    expect(mentions(t, entity(t, 'country:north-korea'))).toEqual(['Pyongyang']);
    expect(ids(t)).not.toContain('place:pyongyang');
  });
  it('"Washington and Beijing agreed" are the United States and China', () => {
    const t = 'Washington and Beijing agreed to hold more talks.';
    expect(ids(t)).toEqual(expect.arrayContaining(['country:united-states', 'country:china']));
    expect(ids(t)).not.toContain('place:beijing');
  });
  it('"Nicosia-Ankara ties" are Cyprus and Turkey', () => {
    const t = 'The Finnish initiative on Nicosia-Ankara ties failed.';
    expect(ids(t)).toEqual(expect.arrayContaining(['country:cyprus', 'country:turkey']));
  });
  it('"Pyongyang\'s nuclear program" is North Korea', () => {
    const t = "Talks aimed at curbing Pyongyang's nuclear program.";
    expect(mentions(t, entity(t, 'country:north-korea'))).toEqual(['Pyongyang']);
  });
  it('"in Pyongyang" is the place Pyongyang in North Korea', () => {
    const t = 'Fradkov held talks with Kim in Pyongyang in May.';
    const p = entity(t, 'place:pyongyang');
    expect(p.kind).toBe('Place');
    expect(p.country).toBe('country:north-korea');
    expect(ids(t)).toContain('country:north-korea'); // implied, so the graph can link LOCATED_IN
    expect(entity(t, 'country:north-korea').mentions).toEqual([]);
  });
  it('"visit to Moscow" is the place Moscow', () => {
    const t = 'Kim made a visit to Moscow by train.';
    expect(entity(t, 'place:moscow').country).toBe('country:russia');
  });
});

describe('places', () => {
  it.each([
    ['Medvedev might meet Kim in Vladivostok on Friday.', 'place:vladivostok', 'country:russia'],
    ["Kim was expected to travel to Russia's Far East by train.", 'place:russian-far-east', 'country:russia'],
    ['The governor of Primorye said nothing.', 'place:primorye', 'country:russia'],
    ['Albright flew to Dar es Salaam on Tuesday.', 'place:dar-es-salaam', 'country:tanzania'],
    ['Prodi went to the southern Albanian town of Vlore.', 'place:vlore', 'country:albania'],
    ['Abbas travelled to Bethlehem for Christmas.', 'place:bethlehem', 'country:palestine'],
  ])('%s -> %s in %s', (text, id, country) => {
    expect(entity(text, id).country).toBe(country);
  });

  it('names a region without a country with country null', () => {
    expect(entity('Albright toured East Africa last week.', 'place:east-africa').country).toBeNull();
  });

  it('finds the dateline city, and exposes it for "here"', () => {
    const t = 'VLADIVOSTOK - Russian authorities are preparing for a visit, an official said here.';
    const es = run(t);
    expect(datelinePlace(article(t), es)?.id).toBe('place:vladivostok');
    expect(datelinePlace(article('Russian authorities said so.'), [])).toBeNull();
  });

  it('does not take a given name for a city ("Vladimir Putin")', () => {
    expect(ids('then-President Vladimir Putin met him.')).not.toContain('place:vladimir');
  });
});

describe('organisations', () => {
  it.each([
    ['Iran denies a UN report.', 'org:united-nations', 'UN'],
    ['NATO has agreed to consider it.', 'org:north-atlantic-treaty-organization', 'NATO'],
    ['The European Union said so.', 'org:european-union', 'European Union'],
    ['The EU said so.', 'org:european-union', 'EU'],
    ['The IAEA sent inspectors.', 'org:international-atomic-energy-agency', 'IAEA'],
    ['The Kremlin declined to comment.', 'org:kremlin', 'Kremlin'],
    ['The Russian Foreign Ministry declined to comment.', 'org:russian-foreign-ministry', 'Russian Foreign Ministry'],
    ["Russia's Foreign Ministry declined to comment.", 'org:russian-foreign-ministry', "Russia's Foreign Ministry"],
    ['The Foreign Ministry of Russia declined to comment.', 'org:russian-foreign-ministry', 'Foreign Ministry of Russia'],
    ['The Communist Party of China met.', 'org:communist-party-of-china', 'Communist Party of China'],
    ['He studied at the University of Tokyo.', 'org:university-of-tokyo', 'University of Tokyo'],
    ['Hamas and Hezbollah condemned it.', 'org:hamas', 'Hamas'],
    ['The Daily Telegraph reported it.', 'org:daily-telegraph', 'Daily Telegraph'],
  ])('%s -> %s', (text, id, surface) => {
    expect(mentions(text, entity(text, id))).toEqual([surface]);
  });

  it('"Kremlin talks" names no organisation (Kremlin is an attribute there)', () => {
    expect(ids('Kim travelled to Moscow in 2001 for Kremlin talks with Putin.')).not.toContain('org:kremlin');
  });
});

describe('persons', () => {
  it('strips the title and keeps it as a position of the country', () => {
    const t = 'Russian President Dmitry Medvedev met him.';
    const p = entity(t, 'person:dmitry-medvedev');
    expect(p.name).toBe('Dmitry Medvedev');
    expect(p.positions).toEqual([expect.objectContaining({ title: 'President', of: 'country:russia', time: 'current' })]);
    expect(mentions(t, entity(t, 'country:russia'))).toEqual(['Russian']);
  });

  it('keeps a former and a current position', () => {
    const t = 'Kim held Kremlin talks with then-President Vladimir Putin, who is now prime minister.';
    expect(entity(t, 'person:vladimir-putin').positions).toEqual([
      expect.objectContaining({ title: 'President', of: null, time: 'former' }),
      expect.objectContaining({ title: 'Prime Minister', of: null, time: 'current' }),
    ]);
  });

  it.each([
    ["Russia's spy chief Mikhail Fradkov held talks.", 'person:mikhail-fradkov', 'Spy Chief', 'country:russia'],
    ['North Korean leader Kim Jong-il arrived.', 'person:kim-jong-il', 'Leader', 'country:north-korea'],
    ['Primorye Governor Sergei Darkin said nothing.', 'person:sergei-darkin', 'Governor', 'place:primorye'],
    ['U.S. Secretary of State Madeleine Albright flew in.', 'person:madeleine-albright', 'Secretary of State', 'country:united-states'],
    ['UN Secretary-General Kofi Annan arrived.', 'person:kofi-annan', 'Secretary-General', 'org:united-nations'],
    ['Visiting former Malaysian prime minister, Mahathir Mohamad, said so.', 'person:mahathir-mohamad', 'Prime Minister', 'country:malaysia'],
    ['Pope John Paul II arrived.', 'person:john-paul-ii', 'Pope', null],
    ["Saudi Arabia's King Abdullah said so.", 'person:abdullah', 'King', 'country:saudi-arabia'],
  ])('%s -> %s, %s of %s', (text, id, title, of) => {
    expect(entity(text, id).positions).toContainEqual(expect.objectContaining({ title, of }));
  });

  it('reads "former" into the position', () => {
    const t = 'Former Japanese Prime Minister Junichiro Koizumi visited the shrine.';
    expect(entity(t, 'person:junichiro-koizumi').positions).toContainEqual(
      expect.objectContaining({ title: 'Prime Minister', of: 'country:japan', time: 'former' }),
    );
  });

  it('takes an apposition after the name ("Taro Aso, Japan\'s foreign minister")', () => {
    const t = "Ban met Taro Aso, Japan's foreign minister, on Monday.";
    expect(entity(t, 'person:taro-aso').positions).toContainEqual(
      expect.objectContaining({ title: 'Foreign Minister', of: 'country:japan', time: 'current' }),
    );
  });

  it('takes an apposition before the name ("the governor of Primorye, Sergei Darkin")', () => {
    const t = 'Asked about it, the governor of the Far Eastern region of Primorye, Sergei Darkin, told reporters nothing.';
    expect(entity(t, 'person:sergei-darkin').positions).toContainEqual(expect.objectContaining({ title: 'Governor', of: 'place:primorye' }));
  });

  it.each([
    ['Angela Merkel arrived in Paris.', 'person:angela-merkel'], // a given name
    ['Hu Jintao will visit Vietnam.', 'person:hu-jintao'], // a name shape
    ['Kim Dae-jung flew home.', 'person:kim-dae-jung'], // a hyphenated given name
    ['Atallah Khairy told reporters nothing.', 'person:atallah-khairy'], // subject of a speech verb
    ['"We agree," said Erkki Tuomioja.', 'person:erkki-tuomioja'], // after said
    ['Daniel arap Moi received her.', 'person:daniel-arap-moi'], // a particle
    ['George W. Bush spoke.', 'person:george-w-bush'], // an initial
  ])('%s -> %s', (text, id) => {
    expect(entity(text, id).kind).toBe('Person');
  });

  it('resolves a surname to the full name mentioned before it', () => {
    const t = 'Russian President Dmitry Medvedev arrived. Medvedev said he would meet Kim.';
    const p = entity(t, 'person:dmitry-medvedev');
    expect(mentions(t, p)).toEqual(['Dmitry Medvedev', 'Medvedev']);
    expect(p.aliases).toEqual(['Medvedev']);
  });

  it('resolves a surname to the full name mentioned after it (headline, lead)', () => {
    const t = 'When asked if Kim was coming, he said nothing.\n\nNorth Korean leader Kim Jong-il is on his way.';
    expect(mentions(t, entity(t, 'person:kim-jong-il'))).toEqual(['Kim', 'Kim Jong-il']);
  });

  it('merges case, hyphen and spacing variants and a one-letter typo', () => {
    const t = 'North Korean leader Kim Jong-Il arrived. Kim Jong-il met aides. Kim Jong Il left.\n\nKimg Jong Il 311 R';
    const es = run(t).filter((e) => e.kind === 'Person');
    expect(es).toHaveLength(1);
    expect(es[0]!.aliases.sort()).toEqual(['Kim Jong Il', 'Kim Jong-il', 'Kimg Jong Il']);
  });

  it('never merges two people who share only a surname; "Kim" goes to the latest', () => {
    const t = 'Kim Jong-il met Kim Dae-jung in Pyongyang. Kim Dae-jung said it went well. Kim smiled.';
    const es = run(t).filter((e) => e.kind === 'Person');
    expect(es.map((e) => e.id).sort()).toEqual(['person:kim-dae-jung', 'person:kim-jong-il']);
    expect(mentions(t, es.find((e) => e.id === 'person:kim-dae-jung')!)).toEqual(['Kim Dae-jung', 'Kim Dae-jung', 'Kim']);
  });

  it('names the person by the fullest form', () => {
    const t = 'Mugabe arrived. Zimbabwean President Robert Gabriel Mugabe met Hu. Robert Mugabe left.';
    const p = entity(t, 'person:robert-gabriel-mugabe');
    expect(mentions(t, p)).toEqual(['Mugabe', 'Robert Gabriel Mugabe', 'Robert Mugabe']);
  });

  it('splits a hyphenated pair of known persons ("the Putin-Kim summit")', () => {
    const t = 'Vladimir Putin met Kim Jong-il. The Putin-Kim summit ended.';
    expect(mentions(t, entity(t, 'person:vladimir-putin'))).toEqual(['Vladimir Putin', 'Putin']);
    expect(mentions(t, entity(t, 'person:kim-jong-il'))).toEqual(['Kim Jong-il', 'Kim']);
  });

  it('finds a known person in a Title Case headline', () => {
    const t = 'Kim Jong-Il Heads To Russia\n\nNorth Korean leader Kim Jong-Il is coming.';
    expect(mentions(t, entity(t, 'person:kim-jong-il'))).toEqual(['Kim Jong-Il', 'Kim Jong-Il']);
  });
});

describe('output', () => {
  it('sorts entities by first mention and is deterministic', () => {
    const t = 'China and Russia agreed. Putin met Hu Jintao in Beijing.';
    const a = run(t);
    expect(JSON.stringify(a)).toBe(JSON.stringify(run(t)));
    const firsts = a.filter((e) => e.mentions.length).map((e) => e.mentions[0]!.start);
    expect(firsts).toEqual([...firsts].sort((x, y) => x - y));
  });

  it('does not mutate its input', () => {
    const art = Object.freeze(article('Putin met Kim in Moscow.'));
    const sentences = Object.freeze(splitSentences(art.text).map((s) => Object.freeze(s)));
    expect(() => recognizeEntities(art, sentences)).not.toThrow();
  });
});
