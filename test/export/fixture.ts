/**
 * A small graph built by hand (no extraction): three articles, six events, and strings that try to
 * break every format: quotes, backslashes, a Cypher injection, HTML tags, line breaks, emoji, U+2028.
 */
import { buildFragment } from '../../src/graph/build.js';
import { entityId } from '../../src/model/ids.js';
import type { EntityKind, EntityRef } from '../../src/model/types.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import type { TimelineEvent } from '../../src/store/store.js';
import { makeExtraction } from '../store-conformance.js';

const ref = (kind: EntityKind, name: string): EntityRef => ({ id: entityId(kind, name), name, kind });

export const KIM = ref('Person', 'Kim Jong-il');
export const PUTIN = ref('Person', 'Vladimir Putin');
export const MEDVEDEV = ref('Person', 'Dmitry Medvedev');
/** A name that would end a Cypher literal and delete the database if it were not escaped. */
export const HOSTILE_NAME = `O'Brien "}) DETACH DELETE n // C:\\temp\\ \\' end`;
export const HOSTILE = ref('Person', HOSTILE_NAME);
export const RUSSIA = ref('Country', 'Russia');
export const MOSCOW = ref('Place', 'Moscow');
export const VLADIVOSTOK = ref('Place', 'Vladivostok');

export const SCRIPT_TITLE = '<script>alert(1)</script>';
export const IMG_TEXT = '<img src=x onerror=alert(2)>';
export const HOSTILE_SENTENCE = `${HOSTILE_NAME} met Putin ${IMG_TEXT} in Moscow;\nthen "more" talks, café 😀 \u2028 done; \\u0027 and \\\\u0027 stay text.`;

export async function sampleStore(): Promise<MemoryStore> {
  const store = MemoryStore.open(null);
  const a1 = makeExtraction('a1', '2011-06-27', [
    { type: 'Visit', start: '2001-01-01', end: '2001-12-31', precision: 'year', who: [[KIM, 'visitor'], [RUSSIA, 'host']], at: MOSCOW, text: 'Kim travelled to Moscow in 2001.' },
    { type: 'Talks', start: '2001-01-01', end: '2001-12-31', precision: 'year', who: [[KIM, 'participant'], [PUTIN, 'participant']], at: MOSCOW, text: 'Kremlin talks with Putin.' },
    { type: 'Meeting', status: 'possible', start: '2011-06-29', end: '2011-07-01', who: [[MEDVEDEV, 'participant'], [KIM, 'participant']], at: VLADIVOSTOK, text: 'Medvedev might meet Kim.' },
    { type: 'Visit', status: 'possible', who: [[KIM, 'visitor']], at: null, text: 'a possible visit by Kim' },
  ], 'Kim Jong-Il heads to Russia');
  const a2 = makeExtraction('a2', '2011-07-02', [
    { type: 'Meeting', start: '2011-07-01', who: [[HOSTILE, 'participant'], [PUTIN, 'participant']], at: MOSCOW, text: HOSTILE_SENTENCE },
  ], SCRIPT_TITLE);
  const a3 = makeExtraction('a3', '2011-08-01', [
    { type: 'Talks', status: 'planned', start: '2011-08-20', who: [[PUTIN, 'participant'], [MEDVEDEV, 'participant']], at: null, text: 'Putin and Medvedev will hold talks.' },
  ]);
  for (const x of [a1, a2, a3]) await store.putArticle(buildFragment(x, `hash-${x.article.id}`));
  return store;
}

/** How many items the report's timeline draws: one per dated event and participant. */
export function expectedTimelineItems(events: readonly TimelineEvent[]): number {
  return events.filter((e) => e.startDate).reduce((n, e) => n + Math.max(1, e.participants.length), 0);
}
