import { describe, expect, it } from 'vitest';
import { looksHardWrapped, splitSentences } from './index.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on sentence punctuation but not after abbreviations or initials', () => {
    expect(texts('Mr. Kim met Gen. Lee in the U.S. on Monday. They talked. George W. Bush left.')).toEqual([
      'Mr. Kim met Gen. Lee in the U.S. on Monday.',
      'They talked.',
      'George W. Bush left.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(texts('He said: "We are ready." Then he left.')).toEqual(['He said: "We are ready."', 'Then he left.']);
  });

  it('treats every line break as a boundary in one-line-per-paragraph copy', () => {
    const t = 'Kim heads to Russia\n\nCarter: Kim Jong-il ready for talks with S. Korea\nIran denies UN report it exchanged missiles with N. Korea\nThe official declined to give any details about the trip today.\nKim travelled to Moscow by train in 2001 for Kremlin talks with Putin.\n';
    expect(texts(t)).toEqual([
      'Kim heads to Russia',
      'Carter: Kim Jong-il ready for talks with S. Korea',
      'Iran denies UN report it exchanged missiles with N. Korea',
      'The official declined to give any details about the trip today.',
      'Kim travelled to Moscow by train in 2001 for Kremlin talks with Putin.',
    ]);
  });

  it('joins hard-wrapped wire copy and splits its indented paragraphs', () => {
    const t =
      'Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored.\n    The dry period means the temporao will be late this year.\n';
    expect(looksHardWrapped(t)).toBe(true);
    const s = splitSentences(t);
    expect(s).toHaveLength(2);
    expect(s[0]!.text).toMatch(/^Showers continued .* restored\.$/s);
    expect(t.slice(s[1]!.start, s[1]!.end)).toBe('The dry period means the temporao will be late this year.');
  });

  it('offsets slice to the sentence text', () => {
    const t = '  VLADIVOSTOK - Russian authorities are preparing.  "We are," he said.\n\nKim left. ';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('yields nothing for blank text', () => {
    expect(splitSentences('  \n\n \t')).toEqual([]);
  });
});
