/**
 * Datelines the source gives apart from the text (Article.dateline): the TimeML DCT line, a JSON
 * `dateline` field, a front-matter `dateline:` key. The article text is never changed.
 */
import { describe, expect, it } from 'vitest';
import { datelinePlaceText, recordToDraft } from './formats/json.js';
import { textFormat } from './formats/text.js';
import { parseTimeML } from './timeml.js';

const tml = (dct: string) =>
  `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>D1</DOCID>\n<DCT>${dct}</DCT>\n<TITLE>T</TITLE>\n<TEXT>\nYushchenko arrived here Monday.\n</TEXT>\n</TimeML>`;
const FILE = { path: 'x.json', stem: 'x' };

describe('TimeML DCT dateline', () => {
  it('is the text before the DCT TIMEX3, and the article text is unchanged', () => {
    const { article } = parseTimeML(tml('SEOUL, <TIMEX3 tid="t0" type="TIME" value="2006-12-19" functionInDocument="CREATION_TIME">Dec 19 , 2006</TIMEX3>, 2006'), 'a.tml');
    expect(article.dateline).toBe('SEOUL');
    expect(article.publishedAt).toBe('2006-12-19');
    expect(article.text).toBe('\nYushchenko arrived here Monday.\n');
  });
  it('keeps multi-word cities and drops the agency after the date', () => {
    const { article } = parseTimeML(tml('RIO DE JANEIRO, <TIMEX3 tid="t0" type="TIME" value="2006-10-07">Oct. 7 , 2006</TIMEX3> (Xinhua)'), 'a.tml');
    expect(article.dateline).toBe('RIO DE JANEIRO');
  });
  it('is null when the DCT holds only the date', () => {
    const { article } = parseTimeML(tml('<TIMEX3 tid="t0" type="DATE" value="19980227">02/27/1998</TIMEX3>'), 'a.tml');
    expect(article.dateline).toBeNull();
  });
});

describe('JSON dateline field', () => {
  it('reads the place of a Reuters dateline', () => {
    const item = recordToDraft({ id: 'r1', text: 'Body.', dateline: 'SALVADOR, Feb 26 -' }, FILE, { ordinal: 1, origin: 'x.json:1' });
    expect(item.ok && 'dateline' in item.draft ? item.draft.dateline : undefined).toBe('SALVADOR');
  });
  it('is null when absent', () => {
    const item = recordToDraft({ id: 'r1', text: 'Body.' }, FILE, { ordinal: 1, origin: 'x.json:1' });
    expect(item.ok && 'dateline' in item.draft ? item.draft.dateline : undefined).toBeNull();
  });
  it.each([
    ['SALVADOR, Feb 26 -', 'SALVADOR'],
    ['BEIJING, Nov. 2 (Xinhua) --', 'BEIJING'],
    ['NAIROBI, Kenya', 'NAIROBI, Kenya'],
    ['Rio de Janeiro', 'Rio de Janeiro'],
    ['MOSCOW, 12 March', 'MOSCOW'],
    [' - ', null],
  ])('"%s" -> %s', (field, place) => {
    expect(datelinePlaceText(field)).toBe(place);
  });
});

describe('front matter dateline key', () => {
  it('reads `dateline:` and leaves the body as written', () => {
    const [item] = textFormat.read('---\nid: a\ndateline: "SEOUL, Dec 19"\n---\nBody here.\n', { path: 'a.txt', stem: 'a' });
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    expect('dateline' in item.draft ? item.draft.dateline : undefined).toBe('SEOUL');
    expect(item.draft.text).toBe('Body here.\n');
  });
});
