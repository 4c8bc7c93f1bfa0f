/**
 * Subjects "<plural role noun> of <X>" (extract.ts representedBy): "Foreign ministers of the Gulf
 * Cooperation Council met", "Representatives of Iran and Iraq met" — the parties are X, the body or
 * countries the role noun's people act for, not a prepositional phrase to skip. The same phrase as
 * an object ("met with leaders of Iran") is no subject.
 */
import { describe, expect, it } from 'vitest';
import { type EntitySpec, type EventCase, itEachCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Gulf Cooperation Council', kind: 'Organization' },
  { name: 'Riyadh', kind: 'Place', country: 'Saudi Arabia' },
  { name: 'Iran', kind: 'Country' },
  { name: 'Iraq', kind: 'Country' },
  { name: 'Geneva', kind: 'Place', country: 'Switzerland' },
  { name: 'Helmut Kohl', kind: 'Person', surfaces: ['Helmut Kohl', 'Kohl'] },
  { name: 'Javier Perez de Cuellar', kind: 'Person', surfaces: ['Perez de Cuellar'] },
];

const SUNDAY = { text: 'Sunday', value: '1987-03-01' };
const TUESDAY = { text: 'Tuesday', value: '1987-03-03' };

const CASES: Record<string, EventCase> = {
  'ministers of an organisation meet: the organisation takes part': {
    text: 'Foreign ministers of the Gulf Cooperation Council met in Riyadh on Sunday.',
    timexes: [SUNDAY],
    expect: ['Meeting occurred 1987-03-01..1987-03-01 [Gulf Cooperation Council/participant] @Riyadh'],
  },
  'representatives of two countries meet: both countries take part': {
    text: 'Representatives of Iran and Iraq met in Geneva on Tuesday.',
    timexes: [TUESDAY],
    expect: ['Meeting occurred 1987-03-03..1987-03-03 [Iran/participant, Iraq/participant] @Geneva'],
  },
  'envoys of a country hold talks with a person': {
    text: 'Envoys of Iran held talks with Perez de Cuellar in Geneva on Tuesday.',
    timexes: [TUESDAY],
    expect: ['Talks occurred 1987-03-03..1987-03-03 [Iran/participant, Javier Perez de Cuellar/participant] @Geneva'],
  },
  '"talks with representatives of X": X is the partner': {
    text: 'Perez de Cuellar held talks with representatives of Iran and Iraq in Geneva on Tuesday.',
    timexes: [TUESDAY],
    expect: ['Talks occurred 1987-03-03..1987-03-03 [Iran/participant, Iraq/participant, Javier Perez de Cuellar/participant] @Geneva'],
  },
};

const NEGATIVE: Record<string, EventCase> = {
  'the role phrase as an object is not the subject of a later trigger: the subject before it is': {
    text: 'Kohl spoke with leaders of Iran and then held talks in Geneva on Tuesday.',
    timexes: [TUESDAY],
    expect: ['Talks occurred 1987-03-03..1987-03-03 [Helmut Kohl/participant] @Geneva'],
  },
  'a singular role noun before "of" does not make its complement a party': {
    text: 'The wife of Kohl met in Geneva on Tuesday.',
    timexes: [TUESDAY],
    expect: [],
  },
};

describe('"<role nouns> of X" as a subject: X takes part', () => {
  itEachCase({ ...CASES, ...NEGATIVE }, ENTITIES, '1987-03-04');
});
