/**
 * Sentences that must yield no event: statements, press conferences, interviews, military
 * deployments, prices "visiting" levels, generic claims, negated and habitual events, generic history.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/events/extract.js';
import { resolveEvents } from '../../src/extract/resolve/index.js';
import { makeDoc, type EntitySpec } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Sergei Lavrov', kind: 'Person', surfaces: ['Sergei Lavrov', 'Lavrov'] },
  { name: 'Russia', kind: 'Country', surfaces: ['Russia', 'Russian'] },
  { name: 'Georgia', kind: 'Country' },
  { name: 'North Korea', kind: 'Country', surfaces: ['North Korea', 'Pyongyang'] },
  { name: 'United States', kind: 'Country', surfaces: ['United States', 'U.S.', 'Washington'] },
  { name: 'Kim Jong-il', kind: 'Person', surfaces: ['Kim Jong-il', 'Kim'] },
  { name: 'China', kind: 'Country' },
  { name: 'Japan', kind: 'Country' },
  { name: 'Tony Blair', kind: 'Person', surfaces: ['Tony Blair', 'Blair'] },
  { name: 'Hu Jintao', kind: 'Person', surfaces: ['Hu Jintao', 'Hu'] },
  { name: 'Mongolia', kind: 'Country', surfaces: ['Mongolia', 'Mongolian'] },
  { name: 'Tanzania', kind: 'Country' },
  { name: 'Kenya', kind: 'Country' },
  { name: 'State Department', kind: 'Organization' },
  { name: 'Oakland', kind: 'Place', country: 'United States' },
  { name: 'OPEC', kind: 'Organization' },
  { name: 'Virginia Electric', kind: 'Organization' },
  { name: 'American President Lines', kind: 'Organization' },
  { name: 'Onno Ruding', kind: 'Person', surfaces: ['Onno Ruding', 'Ruding'] },
  { name: 'Ronald Reagan', kind: 'Person', surfaces: ['Ronald Reagan', 'Reagan'] },
  { name: 'Solita Monsod', kind: 'Person', surfaces: ['Solita Monsod', 'Monsod'] },
  { name: 'Siggi Wilzig', kind: 'Person', surfaces: ['Siggi Wilzig', 'Wilzig'] },
  { name: 'Geoffrey Palmer', kind: 'Person', surfaces: ['Geoffrey Palmer', 'Palmer'] },
  { name: 'Circle Express Inc', kind: 'Organization' },
  { name: 'Overland Express Inc', kind: 'Organization' },
  { name: 'World Trade Forum', kind: 'Organization' },
  { name: 'Federal Home Loan Bank Board', kind: 'Organization' },
  { name: 'Diamond Shamrock', kind: 'Organization' },
];

const NEGATIVES: string[] = [
  'Foreign Minister Sergei Lavrov told a press conference on Monday that the sanctions would stay.',
  'Russia issued a statement condemning the attack.',
  'Russia deployed troops to the border with Georgia on Tuesday.',
  'Talks are the only way to solve the nuclear crisis, Lavrov said.',
  'Oil prices visited their highest level in a decade on Monday.',
  'Kim Jong-il did not meet the American envoy.',
  'Leaders of China and Mongolia often meet during international occasions.',
  'Kim Jong-il gave an interview to state television on Friday.',
  'Relations between China and Japan have been strained for decades.',
  'Tony Blair said there was no other choice.',
  'The United States moved additional troops and a naval armada into the Gulf.',
  'He also urged Blair to tell Americans that Tanzania is safe and they should continue visiting the country.',
  'Pyongyang welcomed the resumption of the talks.',
  'Hu Jintao has never visited Mongolia.',
  // Travel warned against, banned or restricted is not travel made (issue 5, TBAQ APW199980817.1193).
  'The United States issued a warning against trips to Kenya on Tuesday.',
  'Washington cautioned U.S. citizens against visiting Kenya.',
  'Japan banned its citizens from travelling to North Korea.',
  'China refused visas to visit Tanzania on Monday.',
  'The United States eased its travel advisory for Kenya, allowing travel to Oakland.',
  // Tourists and travellers are no visitors.
  'U.S. carriers expect many Kenya-bound travelers to complete the trip on a Japanese carrier.',
  // Meet in the sense of satisfy or encounter.
  'OPEC is meeting the demand of Japan through current production.',
  'Solita Monsod and Kim Jong-il met with resistance on Monday.',
  // Visits of markets, welcomes of decisions, talking as speaking.
  'Virginia Electric last visited the domestic debt market in October.',
  'Dutch Finance Minister Onno Ruding welcomed President Reagan\'s decision to name a new Fed chairman.',
  'Monsod said: "She talks and I listen."',
  // A company's or a government's own meetings, meetings spoken to, corporate deals.
  'Wilzig was appointed to the board after the company\'s annual shareholder meeting.',
  'Palmer told reporters after a cabinet meeting that the sanctions would stay.',
  'Wilzig told reporters before the annual meeting that profits would rise.',
  'Ruding told a meeting of the World Trade Forum that protectionism would lead to retaliation.',
  'Circle Express Inc said negotiations with Overland Express Inc on its proposed acquisition were terminated.',
  'The Federal Home Loan Bank Board closed Summit Savings and Loan Association on Monday.',
  'Diamond Shamrock would spin off its refining unit before its April 30 annual meeting.',
];

describe('sentences that yield no event', () => {
  for (const text of NEGATIVES) {
    it(text, () => {
      const doc = makeDoc(text, '2006-11-07', ENTITIES.filter((e) => (e.surfaces ?? [e.name]).some((s) => text.includes(s))));
      const events = resolveEvents(extractEvents(doc), doc.entities);
      expect(events.map((e) => `${e.type} [${e.participants.map((p) => p.name).join(', ')}] "${e.trigger}"`)).toEqual([]);
    });
  }
});

describe('linear time on adversarial input', () => {
  it('handles a long run of triggers, pronouns and names without punctuation quickly', () => {
    const unit = 'Kim met he visited his visit talks with Kim and Russia summit the two leaders met ';
    const text = unit.repeat(4000);
    const doc = makeDoc(text, '2006-11-07', ENTITIES.filter((e) => ['Kim Jong-il', 'Russia'].includes(e.name)));
    const t0 = performance.now();
    const events = resolveEvents(extractEvents(doc), doc.entities);
    const ms = performance.now() - t0;
    expect(events.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5000);
  });
});
