/**
 * "Visiting" as an adjective right after a wire dateline: "CANBERRA, Oct. 3 (Xinhua) -- Visiting Chinese
 * Premier Wen Jiabao said ..." names the visitor. The news agency of a dateline head is the story's source,
 * not an entity of it (src/extract/entities/dateline.ts withoutDatelineAgency), so it is never a party.
 * Whole pipeline, as the CLI runs it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.js';
import { showEvent } from './fixtures.js';

const run = (text: string, publishedAt = '2006-10-03') =>
  extractArticle({ id: 'test', title: '', text, publishedAt, source: null, url: null }).events.map(showEvent);

describe('"Visiting X" after a dateline', () => {
  it('names the visitor after an agency dateline, not the agency', () => {
    expect(run("SAO PAULO, Oct. 3 (Xinhua) -- Visiting Portugal's President Anibal Cavaco Silva said on Tuesday that relations will continue.")).toEqual([
      'Visit occurred 2006-10-03..2006-10-03 [Anibal Cavaco Silva/visitor] @-',
    ]);
  });

  it('names the visitor after a plain dash dateline, and "the visiting premier" meets at the dateline', () => {
    const events = run(
      'CANBERRA, Oct. 3 -- Visiting Chinese Premier Wen Jiabao said on Tuesday that relations are good.\n\n' +
        'The visiting Chinese premier met Australian Prime Minister John Howard on Tuesday.',
    );
    expect(events).toContain('Visit occurred 2006-10-03..2006-10-03 [Wen Jiabao/visitor] @-');
    expect(events).toContain('Meeting occurred 2006-10-03..2006-10-03 [John Howard/participant, Wen Jiabao/participant] @Canberra');
  });

  it('never makes the agency a party, and the visitor holds the talks', () => {
    const events = run('BEIJING, Oct. 3 (Xinhua) -- Visiting Kenyan President Mwai Kibaki held talks with Chinese President Hu Jintao on Tuesday.');
    expect(events.join('\n')).not.toMatch(/Xinhua/);
    expect(events).toContain('Visit occurred 2006-10-03..2006-10-03 [Mwai Kibaki/visitor] @-');
    expect(events).toContain('Talks occurred 2006-10-03..2006-10-03 [Hu Jintao/participant, Mwai Kibaki/participant] @Beijing');
  });
});

describe('the news agency of a dateline head', () => {
  const entities = (text: string) =>
    extractArticle({ id: 'test', title: '', text, publishedAt: '2006-10-03', source: null, url: null }).entities.map((e) => `${e.kind} ${e.name} ${e.mentions.length}`);

  it('is not an entity, so a sentence with no subject of its own gets no agency as party', () => {
    const text = 'BEIJING, Oct. 3 (Xinhua) -- Held talks with Kenyan President Mwai Kibaki on Tuesday, the premier said.';
    expect(entities(text).filter((e) => e.startsWith('Organization'))).toEqual([]);
    expect(run(text).join('\n')).not.toMatch(/Xinhua/);
  });

  it('keeps an agency the story itself names, with only those mentions', () => {
    const text = 'NAIROBI, Kenya (AP) _ Xinhua reported that Chinese President Hu Jintao will visit Kenya next week.';
    expect(entities(text).filter((e) => e.startsWith('Organization'))).toEqual(['Organization Xinhua 1']);
  });
});
