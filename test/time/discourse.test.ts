/**
 * One day per weekday name (src/extract/time/discourse.ts): the bare mentions of a weekday whose
 * clause tenses put them on both sides of the document date name one day, the nearer one. Mentions
 * on one side, or qualified ones ("last Tuesday"), keep what their clause says.
 */
import { describe, expect, it } from 'vitest';
import { tagTimes } from '../../src/extract/time/index.js';

const MONDAY = '1998-08-17';
const valuesOf = (text: string, dct: string) => tagTimes(text, dct).map((t) => `${t.text}=${t.value}`);

describe('one day per weekday name', () => {
  it('reads a past-tense "headed Tuesday" with a scheduled "Tuesday morning" as the coming Tuesday', () => {
    const text =
      'Albright headed Tuesday to East Africa.\n\nShe is scheduled to spend five hours in Dar es Salaam, her first stop Tuesday morning.';
    expect(valuesOf(text, MONDAY)).toEqual(['Tuesday=1998-08-18', 'five hours=PT5H', 'Tuesday morning=1998-08-18TMO']);
  });

  it('reads a future-tense Saturday with a past-tense one as the nearer, past, Saturday', () => {
    const text = 'The ministers met Saturday.\n\nThey will meet again Saturday, an aide said.';
    expect(valuesOf(text, MONDAY)).toEqual(['Saturday=1998-08-15', 'Saturday=1998-08-15']);
  });

  it('keeps two past Tuesdays of one side of the document date as their clauses read them', () => {
    const text = 'The talks opened Tuesday.\n\nThey had met Tuesday too.';
    expect(valuesOf(text, MONDAY)).toEqual(['Tuesday=1998-08-11', 'Tuesday=1998-08-11']);
  });

  it('leaves a lone past-tense weekday on its own side', () => {
    expect(valuesOf('Albright headed Tuesday to East Africa.', MONDAY)).toEqual(['Tuesday=1998-08-11']);
  });

  it('does not move a qualified weekday ("last Tuesday") with a bare future one', () => {
    const text = 'The envoys met last Tuesday.\n\nThey will meet Tuesday.';
    expect(valuesOf(text, MONDAY)).toEqual(['last Tuesday=1998-08-11', 'Tuesday=1998-08-18']);
  });
});
