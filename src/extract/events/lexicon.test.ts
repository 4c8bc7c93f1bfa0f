import { describe, expect, it } from 'vitest';
import { TRIGGERS, buildTriggerIndex, triggerEntryOf, validateLexicon, type TriggerEntry } from './lexicon.js';

describe('trigger lexicon', () => {
  it('is valid data', () => {
    expect(() => validateLexicon(TRIGGERS)).not.toThrow();
  });

  it('covers the triggers of issue 5', () => {
    const forms = new Set(TRIGGERS.flatMap((e) => e.forms));
    for (const f of [
      'visit', 'pay a visit', 'tour', 'trip', 'arrive', 'travel', 'leave for', 'land in', 'host', 'receive', 'welcome',
      'meet', 'met', 'meeting', 'sat down with', 'summit', 'talks', 'negotiate', 'negotiations', 'confer', 'consult',
      'consultations', 'telephone call', 'phone call', 'discuss',
    ]) {
      expect(forms.has(f), f).toBe(true);
    }
  });

  it('rejects duplicates, upper case and unknown frames', () => {
    const bad: TriggerEntry[] = [
      { lemma: 'visit', forms: ['visit'], pos: 'verb', type: 'Visit', frame: 'visit' },
      { lemma: 'visit again', forms: ['visit', 'Visit'], pos: 'verb', type: 'Visit', frame: 'visit' },
      { lemma: 'odd', forms: ['odd'], pos: 'noun', type: 'Meeting', frame: 'nope' as never },
    ];
    expect(() => validateLexicon(bad)).toThrow(/listed twice.*not lower-case|not lower-case.*listed twice/);
    expect(() => validateLexicon(bad)).toThrow(/unknown frame/);
  });

  it('indexes multi-word forms longest first and finds entries by surface', () => {
    const idx = buildTriggerIndex();
    const meet = idx.byFirst.get('meeting')!;
    expect(meet[0]!.tokens).toEqual(['meeting', 'with']);
    expect(triggerEntryOf('held talks')).toBeNull();
    expect(triggerEntryOf('talks')!.type).toBe('Talks');
    expect(triggerEntryOf('discussed')!.weak).toBe(true);
  });
});
