/**
 * The seed article (issue 2 §7) through the event and resolve stages, with hand-declared entities
 * and time expressions so the test pins these two stages alone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/events/extract.js';
import { resolveEvents } from '../../src/extract/resolve/index.js';
import type { ExtractedEvent } from '../../src/model/types.js';
import { PROJECT_ROOT } from '../support/shared.js';
import { makeDoc } from './fixtures.js';

const raw = readFileSync(`${PROJECT_ROOT}/data/kim-jong-il-heads-to-russia.txt`, 'utf8');
const text = raw.replace(/^---[\s\S]*?\n---\n/, '');

const doc = makeDoc(
  text,
  '2011-06-27',
  [
    { name: 'Kim Jong-Il', kind: 'Person', surfaces: ['Kim Jong-Il', 'Kim Jong-il', 'Kimg Jong Il', 'Kim'] },
    { name: 'Russia', kind: 'Country', surfaces: ['Russia', 'Russian'] },
    { name: 'North Korea', kind: 'Country', surfaces: ['North Korea', 'North Korean', 'N. Korea'] },
    { name: 'South Korea', kind: 'Country', surfaces: ['S. Korea', 'South Korean'] },
    { name: 'Dmitry Medvedev', kind: 'Person', surfaces: ['Dmitry Medvedev', 'Medvedev'], positionOf: 'Russia' },
    { name: 'Vladimir Putin', kind: 'Person', surfaces: ['Vladimir Putin', 'Putin'], positionOf: 'Russia' },
    { name: 'Mikhail Fradkov', kind: 'Person', surfaces: ['Mikhail Fradkov', 'Fradkov'] },
    { name: 'Sergei Darkin', kind: 'Person', surfaces: ['Sergei Darkin'] },
    { name: 'Carter', kind: 'Person' },
    { name: 'Vladivostok', kind: 'Place', surfaces: ['Vladivostok', 'VLADIVOSTOK'], country: 'Russia' },
    { name: 'Moscow', kind: 'Place', country: 'Russia' },
    { name: "Russia's Far East", kind: 'Place', country: 'Russia' },
    { name: 'Primorye', kind: 'Place', country: 'Russia' },
    { name: 'Pyongyang', kind: 'Place', country: 'North Korea' },
    { name: 'Iran', kind: 'Country' },
    { name: 'China', kind: 'Country' },
    { name: 'United Nations', kind: 'Organization', surfaces: ['UN'] },
  ],
  [
    { text: 'Monday', value: '2011-06-27' },
    { text: 'last week', value: '2011-W25', interval: { startDate: '2011-06-20', endDate: '2011-06-26', precision: 'week' } },
    { text: 'Wednesday', value: '2011-06-29' },
    { text: 'Friday', value: '2011-07-01' },
    { text: '2001', value: '2001' },
    { text: '2002', value: '2002' },
    { text: 'May', value: '2011-05' },
    { text: '1991', value: '1991' },
  ],
  'jpost-kim-jong-il-heads-to-russia',
);

const show = (e: ExtractedEvent) =>
  `${e.type} ${e.status} ${e.startDate ?? '-'}..${e.endDate ?? '-'} [${e.participants.map((p) => `${p.name}/${p.role}`).sort().join(', ')}] @${e.place?.name ?? '-'}`;

describe('seed article', () => {
  const traces: string[] = [];
  const raw = extractEvents(doc, { dateline: { id: 'place:vladivostok', name: 'Vladivostok', kind: 'Place' }, trace: (l) => traces.push(l()) });
  const events = resolveEvents(raw, doc.entities, { publishedAt: '2011-06-27', title: 'Kim Jong-Il heads to Russia' });
  const shown = events.map(show);

  it('finds the events of issue 2 §7', () => {
    const ctx = () => `events:\n${shown.join('\n')}\n\ntraces:\n${traces.join('\n')}`;
    const has = (s: string) => expect(shown.some((x) => x.startsWith(s)), `${s}\n${ctx()}`).toBe(true);
    has('Visit possible -..- [Kim Jong-Il/visitor, Russia/host]');
    has('Meeting possible 2011-06-29..2011-07-01 [Dmitry Medvedev/participant, Kim Jong-Il/participant] @Vladivostok');
    has('Visit occurred 2001-01-01..2001-12-31 [Kim Jong-Il/visitor, Russia/host] @Moscow');
    has('Talks occurred 2001-01-01..2001-12-31 [Kim Jong-Il/participant, Vladimir Putin/participant] @Moscow');
    has('Meeting occurred 2002-01-01..2002-12-31 [Kim Jong-Il/participant, Vladimir Putin/participant] @Vladivostok');
    has('Talks occurred 2011-05-01..2011-05-31 [Kim Jong-Il/participant, Mikhail Fradkov/participant] @Pyongyang');
  });
});
