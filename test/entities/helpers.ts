/** Test helpers for the entity stage: run it on a sentence or a file, and look entities up. */
import { readFileSync } from 'node:fs';
import type { Article, Entity } from '../../src/model/types.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import { recognizeEntities } from '../../src/extract/entities/index.js';

export function article(text: string, id = 'test'): Article {
  return { id, title: '', text, publishedAt: null, source: null, url: null };
}

export function entitiesOf(text: string): Entity[] {
  return recognizeEntities(article(text), splitSentences(text));
}

/** An article file with optional front matter (the seed format). */
export function readArticleFile(path: string): Article {
  const raw = readFileSync(path, 'utf8');
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  const text = fm ? raw.slice(fm[0].length) : raw;
  const meta: Record<string, string> = {};
  for (const line of fm?.[1]?.split('\n') ?? []) {
    const k = line.indexOf(':');
    if (k > 0) meta[line.slice(0, k).trim()] = line.slice(k + 1).trim();
  }
  return { id: meta.id ?? path, title: meta.title ?? '', text, publishedAt: meta.publishedAt ?? null, source: null, url: null };
}

export function byName(entities: readonly Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

export function surfaces(text: string, e: Entity): string[] {
  return e.mentions.map((m) => text.slice(m.start, m.end));
}

/** A readable dump, printed only when a test fails. */
export function dump(text: string, entities: readonly Entity[]): string {
  return entities
    .map((e) => `${e.kind} ${e.id} "${e.name}" [${surfaces(text, e).join(' | ')}]${e.country ? ' in ' + e.country : ''}`)
    .join('\n');
}
