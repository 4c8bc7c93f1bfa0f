import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import type { ExtractedEvent, Extraction } from '../model/types.js';
import { dateErrorClass, evaluateEvents, formatEventsReport, hungarianMax, loadGold, namesMatch, parseGold, type GoldDoc, type GoldEvent } from './events.js';

function sys(doc: string, events: Array<Partial<Omit<ExtractedEvent, 'place'>> & Pick<ExtractedEvent, 'type'> & { who: string[]; place?: string | null }>): Extraction {
  return {
    article: { id: doc, title: '', publishedAt: '2011-06-27', source: null, url: null },
    timexes: [],
    entities: [{ id: 'person:kim', name: 'Kim Jong-il', kind: 'Person', aliases: ['Kim'], mentions: [] }],
    events: events.map((e, i) => ({
      id: `e${i + 1}`,
      type: e.type,
      status: e.status ?? 'occurred',
      startDate: e.startDate ?? null,
      endDate: e.endDate ?? null,
      precision: e.precision ?? null,
      participants: e.who.map((name) => ({ id: name === 'Kim Jong-il' ? 'person:kim' : `x:${name}`, name, kind: 'Person' as const, role: 'participant' as const })),
      place: e.place ? { id: `place:${e.place}`, name: e.place, kind: 'Place' as const } : null,
      evidence: { start: 0, end: 0, text: `evidence ${i + 1}` },
    })),
  };
}

const g = (e: Partial<GoldEvent> & Pick<GoldEvent, 'type'> & { who: string[] }): GoldEvent => ({
  type: e.type,
  status: e.status ?? 'occurred',
  start: e.start ?? null,
  end: e.end ?? null,
  participants: e.who.map((name) => ({ name, role: 'participant' })),
  place: e.place ?? null,
  optional: e.optional ?? false,
});

describe('namesMatch', () => {
  it('ignores case, hyphens and spacing and matches a longer name containing all words', () => {
    expect(namesMatch('Kim Jong-il', 'KIM JONG IL')).toBe(true);
    expect(namesMatch('Kim Jongil', 'Kim Jong-il')).toBe(true);
    expect(namesMatch('Albright', 'Madeleine Albright')).toBe(true);
    expect(namesMatch('Kim Dae-jung', 'Kim Jong-il')).toBe(false);
    expect(namesMatch('', 'Kim')).toBe(false);
  });
});

describe('evaluateEvents', () => {
  const gold: GoldDoc[] = [
    {
      doc: 'd1',
      events: [
        g({ type: 'Meeting', who: ['Vladimir Putin', 'Kim Jong-Il'], start: '2002-01-01', end: '2002-12-31', place: 'Vladivostok' }),
        g({ type: 'Visit', who: ['Kim Jong-Il'], status: 'possible', place: "Russia's Far East" }),
        g({ type: 'Talks', who: ['Kim'], optional: true }),
      ],
    },
  ];

  it('credits a full match, lenient type matches, and ignores optional gold events', () => {
    const report = evaluateEvents(gold, [
      sys('d1', [
        { type: 'Talks', who: ['Putin', 'Kim Jong-il'], startDate: '2002-01-01', endDate: '2002-12-31', place: 'Vladivostok' },
        { type: 'Visit', who: ['Kim'], status: 'possible' },
        { type: 'Talks', who: ['Kim'] },
      ]),
    ]);
    const t = report.total;
    expect(t.lenient).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(t.strict).toMatchObject({ tp: 1, fn: 1 });
    expect(t.dateAccuracy).toMatchObject({ correct: 1, total: 1 });
    expect(t.statusAccuracy).toMatchObject({ correct: 2, total: 2 });
    expect(t.placeAccuracy).toMatchObject({ correct: 1, total: 2 });
    expect(t.full.correct).toBe(0); // the Meeting was typed Talks; the Visit lacks its place
    expect(t.systemCounted).toBe(2);
  });

  it('needs overlapping dates where both are dated, and matches one to one', () => {
    const report = evaluateEvents(gold, [
      sys('d1', [
        { type: 'Meeting', who: ['Putin', 'Kim Jong-il'], startDate: '2001-01-01', endDate: '2001-12-31' },
        { type: 'Visit', who: ['Kim'], status: 'possible', place: "Russia's Far East" },
        { type: 'Visit', who: ['Kim'], status: 'possible', place: "Russia's Far East" },
      ]),
    ]);
    // The 2001 meeting cannot match the 2002 one; it matches the optional Talks and is not counted.
    expect(report.total.lenient).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(report.total.full.correct).toBe(1);
    const text = formatEventsReport(report, { verbose: true });
    expect(text).toMatch(/MISS\s+Meeting/);
    expect(text).toMatch(/SPURIOUS\s+Visit possible/);
  });

  it('classes wrong intervals and lists them with the evidence time expressions', () => {
    const ge = g({ type: 'Visit', who: ['Kim Jong-il'], start: '2011-06-27', end: '2011-06-29' });
    const at = (startDate: string | null, endDate: string | null) => sys('d', [{ type: 'Visit', who: ['Kim Jong-il'], startDate, endDate }]).events[0]!;
    expect(dateErrorClass(ge, at('2011-06-27', '2011-06-29'))).toBeNull();
    expect(dateErrorClass(ge, at(null, null))).toBe('missing');
    expect(dateErrorClass(ge, at('2011-06-27', '2011-06-27'))).toBe('end');
    expect(dateErrorClass(ge, at('2011-06-28', '2011-06-29'))).toBe('start');
    expect(dateErrorClass(ge, at('2011-06-28', '2011-06-28'))).toBe('both');
    expect(dateErrorClass({ ...ge, start: null, end: null }, at('2011-06-27', '2011-06-27'))).toBe('extra');
    const x = sys('d', [{ type: 'Visit', who: ['Kim Jong-il'], startDate: '2011-06-27', endDate: '2011-06-27' }]);
    x.events[0]!.evidence = { start: 0, end: 30, text: 'Kim arrived Monday for a visit.' };
    x.timexes = [{ start: 12, end: 18, text: 'Monday', type: 'DATE', value: '2011-06-27' }];
    const text = formatEventsReport(evaluateEvents([{ doc: 'd', publishedAt: '2011-06-28', events: [ge] }], [x]), { verbose: true });
    expect(text).toMatch(/== dates: end \(1\)\n  d \(2011-06-28\) Visit gold 2011-06-27..2011-06-29 system 2011-06-27..2011-06-27 trigger "" timexes "Monday"=2011-06-27/);
  });

  it('counts every required gold event of a document without extraction as missed', () => {
    const report = evaluateEvents(gold, []);
    expect(report.total.lenient).toMatchObject({ tp: 0, fp: 0, fn: 2 });
    expect(report.docs[0]!.noSystem).toBe(true);
  });

  it('lists system documents without gold as unscored', () => {
    expect(evaluateEvents(gold, [sys('other', [])]).unscored).toEqual(['other']);
  });
});

describe('hungarianMax', () => {
  it('finds the maximum-weight assignment', () => {
    expect(hungarianMax([[3, 2], [3, 0]])).toEqual([[0, 1], [1, 0]]);
    expect(hungarianMax([])).toEqual([]);
  });
});

describe('loadGold', () => {
  it('reads JSONL gold and rejects bad lines with InputError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gold-'));
    const good = join(dir, 'g.jsonl');
    writeFileSync(good, JSON.stringify({ doc: 'a', events: [{ type: 'Visit', status: 'occurred', start: null, end: null, participants: [{ name: 'X', role: 'visitor' }], place: null }] }) + '\n');
    expect(loadGold(good)).toHaveLength(1);
    expect(() => parseGold('{"doc": "a", "events": [{"type": "Party"}]}', 'g.jsonl')).toThrow(InputError);
    expect(() => parseGold('not json', 'g.jsonl')).toThrow(/g\.jsonl:1: not valid JSON/);
    expect(() => loadGold(join(dir, 'missing.jsonl'))).toThrow(InputError);
  });
});
