/**
 * The entity stage: persons, organisations, countries and places with their mentions, aliases and
 * positions, resolved within one article. See recognize.ts for the order of the steps and the
 * decisions (capitals as metonyms, seats of power, non-overlapping mentions).
 */
import type { Stage } from '../pipeline.js';
import { findDateline, withDatelineEntity, withoutDatelineAgency } from './dateline.js';
import { recognizeEntities } from './recognize.js';

export { recognizeEntities } from './recognize.js';
export { datelinePlace, findDateline, givenDatelinePlace, type Dateline } from './dateline.js';
export { countryNamed, gazetteer, seatTodayOf, sovereignOf } from './gazetteer.js';

export const entityStage: Stage = {
  name: 'entities',
  run(doc) {
    // Found once here; the events stage reads it for "here" (datelinePlace).
    const datelineHead = findDateline(doc.article.text);
    const entities = withoutDatelineAgency(doc.article.text, recognizeEntities(doc.article, doc.sentences), datelineHead);
    return { ...doc, entities: withDatelineEntity(doc.article, entities), datelineHead };
  },
};
