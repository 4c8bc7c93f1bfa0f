/**
 * From a reader's draft to the Article the pipeline gets: the document date normalised to an ISO day (a date
 * that does not exist or is absurd keeps the article, drops the date and says so), then the caller's default
 * date for articles that have none. Pure: the draft is not changed.
 */
import type { Article } from '../model/types.js';
import { parseDocumentDate } from './date.js';
import type { Draft } from './formats/format.js';

export interface Finished {
  article: Article;
  warnings: string[];
}

export function finishDraft(draft: Draft, defaultDate: string | null): Finished {
  const warnings = [...draft.warnings];
  let publishedAt: string | null = null;
  const written = draft.date?.trim() ?? '';
  if (written !== '') {
    publishedAt = parseDocumentDate(written);
    if (publishedAt === null) {
      warnings.push(
        `${draft.origin}: publishedAt "${written.slice(0, 80)}" is not a valid date; read without a document date` +
          (defaultDate ? `, using ${defaultDate}` : ''),
      );
    }
  }
  const article: Article = {
    id: draft.id,
    title: draft.title,
    text: draft.text,
    publishedAt: publishedAt ?? defaultDate,
    source: draft.source,
    url: draft.url,
    origin: draft.origin,
  };
  if (draft.dateline) article.dateline = draft.dateline;
  return { article, warnings };
}
