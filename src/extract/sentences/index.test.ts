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

describe('hard-wrapped lines ending inside a name', () => {
  const wire = (first: string) =>
    `${first}\nWeizsaecker met Argentine President Raul Alfonsin for talks on\nthe first day of the German leader's four-day visit.\n    Local officials placed great importance on the meeting\nbecause Weizsaecker is considered a key backer here.\n`;

  it('joins a short line that ends with a name particle to the next line', () => {
    const s = texts(wire('West German President Richard von'));
    expect(s[0]).toMatch(/^West German President Richard von\nWeizsaecker met .* visit\.$/s);
  });

  it('still breaks after a short line that ends with a capitalised word (a headline)', () => {
    const t = 'KOHL MEETS WEIZSAECKER IN Bonn\nWeizsaecker met Argentine President Raul Alfonsin for talks on\nthe first day of the visit.\n    Local officials placed great importance on the meeting\nbecause Weizsaecker is considered a key backer here.\n';
    expect(texts(t)[0]).toBe('KOHL MEETS WEIZSAECKER IN Bonn');
  });
});
