/**
 * `.tml` TimeML (TempEval-3): the article only. The gold annotations parseTimeML also returns belong to the
 * evaluation tools, never to the reader (issue 2: inline TIMEX3/EVENT tags of the input are never used).
 */
import { InputError } from '../../model/errors.js';
import { parseTimeML } from '../timeml.js';
import type { DocumentFormat, DraftItem, SourceFile } from './format.js';

function readTml(xml: string, file: SourceFile): DraftItem[] {
  try {
    const { article } = parseTimeML(xml, file.path);
    const { id, title, text, publishedAt, source, url, dateline } = article;
    return [{ ok: true, draft: { id, title, text, date: publishedAt, source, url, dateline: dateline ?? null, origin: file.path, warnings: [] } }];
  } catch (e) {
    const error = e instanceof InputError ? e : new InputError(file.path, `TimeML: ${(e as Error).message}`);
    return [{ ok: false, error }];
  }
}

export const tmlFormat: DocumentFormat = {
  kind: 'document',
  name: 'timeml',
  extensions: ['.tml'],
  read: readTml,
};
