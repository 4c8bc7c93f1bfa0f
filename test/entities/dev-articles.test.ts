import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../support/shared.js';
import { parseTimeML } from '../../src/read/timeml.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import { recognizeEntities } from '../../src/extract/entities/index.js';
import { dump } from './helpers.js';

const dir = sharedPath('corpora/dev-articles');

describe.skipIf(!dir)('entities on the dev articles', () => {
  const files = dir ? readdirSync(dir).filter((f) => f.endsWith('.tml')).sort() : [];
  const docs = files.map((f) => parseTimeML(readFileSync(join(dir!, f), 'utf8'), f).article);

  it('gives valid, non-overlapping, deterministic mentions', () => {
    for (const art of docs) {
      const a = recognizeEntities(art, splitSentences(art.text));
      const b = recognizeEntities(art, splitSentences(art.text));
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      const all = a.flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
      for (let k = 0; k < all.length; k++) {
        expect(all[k]!.end).toBeLessThanOrEqual(art.text.length);
        if (k > 0) expect(all[k]!.start, `${art.id}\n${dump(art.text, a)}`).toBeGreaterThanOrEqual(all[k - 1]!.end);
      }
      for (const e of a.filter((x) => x.kind === 'Place' && x.country)) {
        expect(a.some((c) => c.id === e.country && c.kind === 'Country')).toBe(true);
      }
      if (process.env.EVENTLINE_DUMP) console.log(`== ${art.id}\n${dump(art.text, a)}`);
    }
  });
});
