/**
 * The event stage: Visit / Meeting / Talks mentions with participants, place, dates and status, one
 * per trigger (see extract.ts). The resolve stage merges mentions of the same real event.
 */
import type { EntityRef } from '../../model/types.js';
import { datelinePlace } from '../entities/index.js';
import type { Stage } from '../pipeline.js';
import { extractEvents } from './extract.js';

export { extractEvents, findTriggers, type EventInput, type EventOptions } from './extract.js';
export { TRIGGERS, validateLexicon, triggerEntryOf, type TriggerEntry, type Frame } from './lexicon.js';
export { statusOf } from './modality.js';
export { attachDates, addDaysIso } from './dates.js';

export const eventStage: Stage = {
  name: 'events',
  run(doc) {
    const here = datelinePlace(doc.article, doc.entities, doc.datelineHead);
    const dateline: EntityRef | null = here ? { id: here.id, name: here.name, kind: here.kind } : null;
    return { ...doc, events: extractEvents(doc, { dateline }) };
  },
};
