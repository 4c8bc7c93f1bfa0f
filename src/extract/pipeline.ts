/**
 * The extraction pipeline: one literal, ordered list of small stages (STYLE.md §1).
 * Each stage is pure: it takes a Doc and returns a new Doc, never mutating its input.
 */
import type { Article, Entity, ExtractedEvent, Extraction, Sentence, Timex } from '../model/types.js';
import { sentenceStage } from './sentences/index.js';
import { timeStage } from './time/index.js';
import { entityStage } from './entities/index.js';
import { eventStage } from './events/index.js';
import { resolveStage } from './resolve/index.js';
import type { Dateline } from './entities/dateline.js';

export interface Doc {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly timexes: readonly Timex[];
  readonly entities: readonly Entity[];
  /** The dateline at the head of the text, as the entity stage found it (null: none; absent: not looked for). */
  readonly datelineHead?: Dateline | null;
  readonly events: readonly ExtractedEvent[];
}

export interface Stage {
  readonly name: string;
  run(doc: Doc): Doc;
}

/** The order is the architecture: read it top to bottom. */
export const STAGES: readonly Stage[] = [
  sentenceStage, // sentences with offsets
  timeStage, // TIMEX3 expressions, normalised against the document date
  entityStage, // persons, organisations, countries, places; aliases resolved within the article
  eventStage, // Visit / Meeting / Talks with participants, place, status, dates
  resolveStage, // one event per real event per article
];

export function emptyDoc(article: Article): Doc {
  return { article, sentences: [], timexes: [], entities: [], events: [] };
}

export interface StageTiming {
  [stage: string]: number;
}

/** Runs every stage; when `timings` is given, adds each stage's milliseconds to it. */
export function runPipeline(article: Article, stages: readonly Stage[] = STAGES, timings?: StageTiming): Doc {
  let doc = emptyDoc(article);
  for (const stage of stages) {
    if (timings) {
      const t0 = performance.now();
      doc = stage.run(doc);
      timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
    } else {
      doc = stage.run(doc);
    }
  }
  return doc;
}

/** The `eventline extract` contract: see README "extract output". */
export function toExtraction(doc: Doc): Extraction {
  const { id, title, publishedAt, source, url } = doc.article;
  return {
    article: { id, title, publishedAt, source, url },
    timexes: doc.timexes.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
    entities: [...doc.entities],
    events: [...doc.events],
  };
}

export function extractArticle(article: Article, timings?: StageTiming): Extraction {
  return toExtraction(runPipeline(article, STAGES, timings));
}
