/**
 * Small hand-made articles for the Neo4j tests: the queries in queries/ have known answers on them.
 * Built with the conformance suite's makeExtraction, so they do not depend on extraction quality.
 */
import { buildFragment } from '../../src/graph/build.js';
import type { GraphFragment } from '../../src/graph/model.js';
import { entityId } from '../../src/model/ids.js';
import type { EntityRef } from '../../src/model/types.js';
import { makeExtraction, type PositionSpec } from '../store-conformance.js';
import { seededRandom } from '../support/random.js';

type EventSpec = Parameters<typeof makeExtraction>[2][number];

export const person = (name: string): EntityRef => ({ id: entityId('Person', name), name, kind: 'Person' });
export const country = (name: string): EntityRef => ({ id: entityId('Country', name), name, kind: 'Country' });
export const place = (name: string): EntityRef => ({ id: entityId('Place', name), name, kind: 'Place' });

export const KIM = person('Kim Jong-il');
export const PUTIN = person('Vladimir Putin');
export const MEDVEDEV = person('Dmitry Medvedev');
export const RUSSIA = country('Russia');
export const NORTH_KOREA = country('North Korea');
export const MOSCOW = place('Moscow');
export const VLADIVOSTOK = place('Vladivostok');
export const ULAN_UDE = place('Ulan-Ude');

/** A 2011 article looking back at 2001 and forward to a possible summit. */
export const a1 = makeExtraction('a1', '2011-06-27', [
  { type: 'Visit', start: '2001-01-01', end: '2001-12-31', precision: 'year', who: [[KIM, 'visitor'], [RUSSIA, 'host']], at: MOSCOW, text: 'Kim travelled to Moscow in 2001.' },
  { type: 'Talks', start: '2001-01-01', end: '2001-12-31', precision: 'year', who: [[KIM, 'participant'], [PUTIN, 'participant']], at: MOSCOW, text: 'Kremlin talks with Putin.' },
  { type: 'Meeting', status: 'possible', start: '2011-06-29', end: '2011-07-01', who: [[MEDVEDEV, 'participant'], [KIM, 'participant']], at: VLADIVOSTOK, text: 'Medvedev might meet Kim.' },
  { type: 'Visit', status: 'possible', who: [[KIM, 'visitor']], at: null, text: 'a possible visit by Kim' },
]);

/** A 2001 report of the same talks, dated to the day, and a 2002 meeting. */
export const a2 = makeExtraction('a2', '2001-08-05', [
  { type: 'Talks', start: '2001-08-04', end: '2001-08-04', who: [[PUTIN, 'participant'], [KIM, 'participant']], at: MOSCOW, text: 'Putin and Kim held talks on Saturday.' },
  { type: 'Meeting', start: '2002-08-23', who: [[PUTIN, 'participant'], [KIM, 'participant']], at: VLADIVOSTOK, text: 'They met again in 2002.' },
]);

/** The summit that did happen, and a plan that did not. */
export const a3 = makeExtraction('a3', '2011-08-25', [
  { type: 'Meeting', start: '2011-08-24', who: [[MEDVEDEV, 'participant'], [KIM, 'participant']], at: ULAN_UDE, text: 'Medvedev and Kim met in Ulan-Ude.' },
  { type: 'Visit', status: 'planned', start: '2012-05-01', end: '2012-05-31', precision: 'month', who: [[MEDVEDEV, 'visitor'], [NORTH_KOREA, 'host']], at: NORTH_KOREA, text: 'Medvedev plans to visit North Korea in May.' },
]);

export const fragment = (x: ReturnType<typeof makeExtraction>, version = 'v1'): GraphFragment => buildFragment(x, `hash-${x.article.id}-${version}`);

export const FIXTURE: GraphFragment[] = [fragment(a1), fragment(a2), fragment(a3)];

/** `count` generated articles of two events each, for batching and fault tests; every fifth shares a meeting. */
export function generatedArticles(count: number, prefix = 'g'): GraphFragment[] {
  const out: GraphFragment[] = [];
  for (let i = 0; i < count; i++) {
    const who = person(`Envoy ${prefix} ${i}`);
    const partner = person(`Minister ${prefix} ${i % 7}`);
    const day = `20${String(10 + (i % 10)).padStart(2, '0')}-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const x = makeExtraction(`${prefix}${i}`, day, [
      { type: 'Visit', start: day, who: [[who, 'visitor'], [RUSSIA, 'host']], at: MOSCOW, text: `Envoy ${i} visited Moscow.` },
      { type: 'Meeting', start: day, who: [[partner, 'participant'], [KIM, 'participant']], at: VLADIVOSTOK, text: `Minister ${i % 7} met Kim.` },
    ]);
    out.push(fragment(x));
  }
  return out;
}

/**
 * Articles whose persons merge across articles and whose undated plans join dated visits (src/graph/merge.ts), in
 * an order that puts both sides of each merge in one batch or in two, with a replaced article in the middle.
 */
export function mergingArticles(): GraphFragment[] {
  const org = (name: string): EntityRef => ({ id: entityId('Organization', name), name, kind: 'Organization' });
  const [albright, madeleine, kim, kimDaeJung, annan, kofiAnnan] = ['Albright', 'Madeleine Albright', 'Kim', 'Kim Dae-jung', 'Annan', 'Kofi Annan'].map(person);
  const [usa, kenya, southKorea, iraq] = ['United States', 'Kenya', 'South Korea', 'Iraq'].map(country);
  const un = org('United Nations');
  const visit = (who: EntityRef, host: EntityRef, day: string | null, text: string) =>
    day === null
      ? { type: 'Visit' as const, status: 'planned' as const, who: [[who, 'visitor'], [host, 'host']] as Array<[EntityRef, 'visitor' | 'host']>, at: host, text }
      : { type: 'Visit' as const, start: day, who: [[who, 'visitor'], [host, 'host']] as Array<[EntityRef, 'visitor' | 'host']>, at: host, text };
  const m2 = (day: string) =>
    makeExtraction('m2', '1998-08-17', [visit(albright!, kenya!, '1998-08-18', 'Albright heads to Kenya.'), visit(albright!, usa!, day, 'Albright returns home.')], undefined, [
      [albright!, 'Secretary of State', usa!],
    ]);
  return [
    fragment(makeExtraction('m1', '1998-08-11', [visit(madeleine!, kenya!, null, 'Madeleine Albright will visit Kenya.')], undefined, [[madeleine!, 'Secretary of State', usa!]])),
    fragment(m2('1998-08-20')),
    fragment(makeExtraction('m3', '2000-06-14', [
      { type: 'Meeting', start: '2000-06-13', who: [[KIM, 'participant'], [kimDaeJung!, 'participant']], at: place('Pyongyang'), text: 'The two Kims met.' },
    ], undefined, [[KIM, 'Leader', NORTH_KOREA], [kimDaeJung!, 'President', southKorea!]])),
    fragment(makeExtraction('m4', '2000-06-20', [visit(kim!, RUSSIA, '2000-07-19', 'Kim will go to Russia.')], undefined, [[kim!, 'Leader', NORTH_KOREA]])),
    fragment(m2('1998-08-21'), 'v2'),
    fragment(makeExtraction('m5', '1998-02-23', [visit(kofiAnnan!, iraq!, '1998-02-22', 'Kofi Annan arrived in Baghdad.')], undefined, [[kofiAnnan!, 'Secretary-General', un]])),
    fragment(makeExtraction('m6', '1998-02-15', [visit(annan!, iraq!, null, 'Annan may go to Baghdad.')], undefined, [[annan!, 'Secretary-General', un]])),
  ];
}

/**
 * `count` articles about a few hubs (Kim, Putin, Russia are in most of them), over four months of 2011: dated
 * reports of one event at day, month and year precision, undated plans that join their visits, statuses that
 * upgrade, and a bare "Kim" who merges into Kim Jong-il (same country). So events merge across articles wherever
 * the batches split them, into events of participants with many events.
 */
export function hubArticles(count: number, prefix = 'h', seed = 7): GraphFragment[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // the first of each list comes up most often: the hubs
  const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * random() ** 2)]!;
  const kimSurname = person('Kim');
  const people = [KIM, PUTIN, MEDVEDEV, person('Sergei Lavrov'), person('Choe Yong-rim')];
  const hosts = [RUSSIA, NORTH_KOREA, country('China')];
  const places = [MOSCOW, VLADIVOSTOK, ULAN_UDE];
  const day = (n: number) => new Date(Date.UTC(2011, 4, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const out: GraphFragment[] = [];
  for (let i = 0; i < count; i++) {
    const published = Math.floor(random() * 120);
    const specs: EventSpec[] = [];
    for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
      const type = pick(['Visit', 'Meeting', 'Talks'] as const);
      const who: EventSpec['who'] =
        type === 'Visit'
          ? [[random() < 0.15 ? kimSurname : skewed(people), 'visitor'], [skewed(hosts), 'host']]
          : [[skewed(people), 'participant'], [pick(people), 'participant']];
      if (who[0]![0].id === who[1]![0].id) who.pop();
      const r = random();
      const near = Math.max(0, published + Math.floor(random() * 20) - 10);
      const dates: Pick<EventSpec, 'start' | 'end' | 'precision'> =
        r < 0.55 ? { start: day(near) } : r < 0.7 ? { start: day(near).slice(0, 8) + '01', end: monthEnd(day(near)), precision: 'month' } : r < 0.75 ? { start: '2011-01-01', end: '2011-12-31', precision: 'year' } : {};
      const status = dates.start ? pick(['occurred', 'occurred', 'planned', 'possible', 'cancelled'] as const) : pick(['planned', 'possible', 'occurred'] as const);
      specs.push({ type, status, ...dates, who, at: random() < 0.7 ? skewed(places) : null, text: `${prefix}${i}: ${who.map(([p]) => p.name).join(' and ')} (${k}).` });
    }
    const positions: PositionSpec[] = specs.some((s) => s.who.some(([p]) => p === kimSurname)) ? [[kimSurname, 'Leader', NORTH_KOREA]] : [[KIM, 'Leader', NORTH_KOREA]];
    out.push(fragment(makeExtraction(`${prefix}${i}`, day(published), specs, undefined, positions)));
  }
  return out;
}

function monthEnd(isoDay: string): string {
  const [y, m] = isoDay.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
