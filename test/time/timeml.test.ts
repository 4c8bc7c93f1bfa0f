import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/errors.js';
import { parseTimeML } from '../../src/read/timeml.js';
import { sharedPath } from '../support/shared.js';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="19980812" functionInDocument="CREATION_TIME">19980812</TIMEX3></DCT>
<TITLE>A &amp; B</TITLE>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-11">Tuesday</TIMEX3> &lt;ok&gt;.
<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>`;

describe('parseTimeML', () => {
  it('reads id, DCT, title, text and gold offsets', () => {
    const { article, gold } = parseTimeML(DOC, 'x.tml');
    expect(article).toMatchObject({ id: 'X1', publishedAt: '1998-08-12', title: 'A & B', source: null, url: null });
    expect(article.text).toBe('\nAT&T said Tuesday <ok>.\nthree days\n');
    expect(gold).toEqual([
      { start: 11, end: 18, text: 'Tuesday', type: 'DATE', value: '1998-08-11', tid: 't1' },
      { start: 25, end: 35, text: 'three days', type: 'DURATION', value: 'P3D', tid: 't2' },
    ]);
    for (const g of gold) expect(article.text.slice(g.start, g.end)).toBe(g.text);
  });

  it('normalises DCT values with times', () => {
    const xml = DOC.replace('value="19980812"', 'value="1998-08-12T08:00"');
    expect(parseTimeML(xml, 'x.tml').article.publishedAt).toBe('1998-08-12');
  });

  it.each([
    ['no DOCID', DOC.replace('<DOCID>X1</DOCID>', '')],
    ['no TEXT', DOC.replace(/<TEXT>[^]*<\/TEXT>/, '')],
    ['unclosed tag', DOC.replace('</EVENT>', '')],
    ['mismatched tag', DOC.replace('</TITLE>', '</TITEL>')],
    ['bad entity', DOC.replace('&lt;ok', '&bogus;ok')],
    ['truncated', DOC.slice(0, 300)],
  ])('throws InputError naming the file: %s', (_name, xml) => {
    expect(() => parseTimeML(xml, 'bad.tml')).toThrow(InputError);
    expect(() => parseTimeML(xml, 'bad.tml')).toThrow(/bad\.tml/);
  });

  const corpus = sharedPath('corpora/tempeval3/TBAQ-cleaned');
  it.skipIf(!corpus)('reads every TBAQ file, gold spans match the text', () => {
    let docs = 0;
    let timexes = 0;
    for (const sub of ['AQUAINT', 'TimeBank']) {
      const dir = join(corpus!, sub);
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.tml'))) {
        const { article, gold } = parseTimeML(readFileSync(join(dir, f), 'utf8'), f);
        expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const g of gold) expect(article.text.slice(g.start, g.end)).toBe(g.text);
        docs++;
        timexes += gold.length;
      }
    }
    expect(docs).toBe(256);
    expect(timexes).toBe(1822);
  });
});
