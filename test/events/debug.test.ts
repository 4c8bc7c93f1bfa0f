/**
 * Debugging aid, skipped unless EVENTLINE_DEBUG_DOC names a file: prints the entities, timexes and
 * the event stage's trace for one article.
 *   EVENTLINE_DEBUG_DOC=../shared/corpora/dev-articles/XIN_ENG_20061121.0217.tml npx vitest run test/events/debug.test.ts
 */
import { describe, it } from 'vitest';
import { extractEvents } from '../../src/extract/events/extract.js';
import { runPipeline, STAGES } from '../../src/extract/pipeline.js';
import { datelinePlace } from '../../src/extract/entities/index.js';
import { readArticles } from '../../src/read/index.js';

const file = process.env.EVENTLINE_DEBUG_DOC;

describe.skipIf(!file)('debug one article', () => {
  it('prints what the stages saw', async () => {
    for await (const item of readArticles([file!])) {
      if (!item.ok) throw item.error;
      const doc = runPipeline(item.article, STAGES.filter((s) => s.name !== 'events' && s.name !== 'resolve'));
      const lines: string[] = [];
      for (const e of doc.entities) lines.push(`ENTITY ${e.kind} ${e.id} "${e.name}" ${e.mentions.map((m) => JSON.stringify(doc.article.text.slice(m.start, m.end))).join(' ')}${e.country ? ` country=${e.country}` : ''}${e.positions?.length ? ` positions=${JSON.stringify(e.positions.map((p) => [p.title, p.of, p.time]))}` : ''}`);
      for (const t of doc.timexes) lines.push(`TIMEX "${t.text}" ${t.type} ${t.value} ${t.interval ? `${t.interval.startDate}..${t.interval.endDate}` : ''}`);
      const here = datelinePlace(doc.article, doc.entities);
      lines.push(`DATELINE ${here?.name ?? '-'}`);
      extractEvents(doc, { dateline: here, trace: (l) => lines.push(`TRACE ${l()}`) });
      console.log(lines.join('\n'));
    }
  });
});
