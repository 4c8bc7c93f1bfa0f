/**
 * Titles that introduce a person's name ("President Dmitry Medvedev", "spy chief Mikhail Fradkov").
 * Data only (STYLE.md §8): validated by lexicon.test.ts. Matched case-insensitively on whole tokens;
 * the longest form wins ("Deputy Prime Minister" over "Prime Minister").
 */
export interface TitleEntry {
  /** How the position is named in the graph. */
  readonly title: string;
  /** Other surface forms of the same title (lower-case, tokens separated by spaces or hyphens). */
  readonly variants?: readonly string[];
  /**
   * Honorifics (Mr, Dr) and relational nouns ("his Pakistani counterpart X") are person evidence but
   * not positions.
   */
  readonly honorific?: boolean;
  /**
   * The title's one-word form is also a common adjective, a company's first word or a firm's role
   * ("General Motors", "Major League", "adviser Goldman, Sachs"): that form is evidence only before a name of two or more words, and an
   * organisation's name may start with it. Abbreviated and longer forms ("Gen.", "Major General") are not.
   */
  readonly adjective?: boolean;
}

export const TITLES: readonly TitleEntry[] = [
  { title: 'President', variants: ['pres.', 'presidents'] },
  { title: 'Vice President', variants: ['vice-president', 'vice premier'] },
  { title: 'Prime Minister', variants: ['premier', 'pm', 'prime ministers', 'premiers'] },
  { title: 'Deputy Prime Minister', variants: ['deputy premier', 'first deputy prime minister'] },
  { title: 'Foreign Minister', variants: ['fm', 'foreign secretary', 'minister of foreign affairs', 'foreign ministers'] },
  { title: 'Deputy Foreign Minister', variants: ['vice foreign minister'] },
  { title: 'Defense Minister', variants: ['defence minister', 'minister of defense', 'minister of defence', 'defense secretary', 'defence secretary'] },
  { title: 'Interior Minister', variants: ['home secretary', 'minister of the interior', 'home minister'] },
  { title: 'Finance Minister', variants: ['minister of finance', 'treasury secretary', 'chancellor of the exchequer'] },
  { title: 'Trade Minister', variants: ['commerce minister', 'commerce secretary'] },
  { title: 'Energy Minister' },
  { title: 'Justice Minister', variants: ['attorney general', 'attorney-general'] },
  { title: 'Minister' },
  { title: 'Secretary of State' },
  { title: 'State Councilor', variants: ['state councillor'] },
  { title: 'Secretary-General', variants: ['secretary general'] },
  { title: 'Secretary' },
  { title: 'Chancellor' },
  { title: 'King' },
  { title: 'Queen' },
  { title: 'Crown Prince' },
  { title: 'Prince' },
  { title: 'Princess' },
  { title: 'Emperor' },
  { title: 'Sheikh', variants: ['sheik'] },
  { title: 'Emir', variants: ['amir'] },
  { title: 'Sultan' },
  { title: 'Pope' },
  { title: 'Cardinal' },
  { title: 'Archbishop' },
  { title: 'Ayatollah' },
  { title: 'Imam' },
  { title: 'Mufti', variants: ['grand mufti'] },
  { title: 'Rabbi' },
  { title: 'Bishop' },
  { title: 'Patriarch' },
  { title: 'Reverend', variants: ['rev.'] },
  { title: 'Leader', variants: ['supreme leader'] },
  { title: 'Chief Executive' },
  { title: 'Governor' },
  { title: 'Mayor' },
  { title: 'Senator', variants: ['sen.'] },
  { title: 'Representative', variants: ['rep.', 'congressman', 'congresswoman'] },
  { title: 'Speaker' },
  { title: 'Chairman', variants: ['chairwoman', 'chairperson', 'chair'] },
  { title: 'Vice Chairman' },
  { title: 'General', variants: ['gen.', 'lieutenant general', 'major general', 'brigadier general'], adjective: true },
  { title: 'Admiral', variants: ['adm.', 'vice admiral', 'rear admiral'] },
  { title: 'Colonel', variants: ['col.', 'lieutenant colonel', 'lt. col.'] },
  { title: 'Major', adjective: true },
  { title: 'Captain', variants: ['capt.'] },
  { title: 'Lieutenant', variants: ['lt.'] },
  { title: 'Brigadier', variants: ['brig.'] },
  { title: 'Marshal', variants: ['field marshal', 'air marshal'], adjective: true },
  { title: 'Sergeant', variants: ['sgt.'] },
  { title: 'Commander' },
  { title: 'Ambassador', variants: ['envoy', 'special envoy'] },
  { title: 'Spokesman', variants: ['spokeswoman', 'spokesperson'] },
  { title: 'Spy Chief', variants: ['intelligence chief'] },
  { title: 'Foreign Policy Chief' },
  { title: 'Army Chief', variants: ['military chief'] },
  { title: 'Commissioner' },
  { title: 'Director', variants: ['director general', 'director-general'] },
  { title: 'Chief Negotiator', variants: ['negotiator', 'top negotiator'] },
  { title: 'Prosecutor', variants: ['prosecutor general', 'prosecutor-general'] },
  { title: 'Judge' },
  // "its financial adviser Goldman, Sachs and Co": firms advise too.
  { title: 'Adviser', variants: ['advisor', 'national security adviser', 'national security advisor'], adjective: true },
  { title: 'Lawmaker', variants: ['legislator'] },
  { title: 'Counterpart', honorific: true },
  { title: 'Mr', variants: ['mr.'], honorific: true },
  { title: 'Mrs', variants: ['mrs.'], honorific: true },
  { title: 'Ms', variants: ['ms.'], honorific: true },
  { title: 'Dr', variants: ['dr.'], honorific: true },
  { title: 'Sir', honorific: true },
  { title: 'Lord', honorific: true },
  { title: 'Lady', honorific: true },
  { title: 'Madame', variants: ['mme'], honorific: true },
  { title: 'Professor', variants: ['prof.'], honorific: true },
];

/**
 * Offices whose holder the news names by the title alone, a Person by convention: "the Pope",
 * "the Dalai Lama". Lower-case token sequences after "the"; `title` joins a named holder of the
 * article ("Pope John Paul II"), else the person is named by the office.
 */
export const TITLE_ONLY_PERSONS: ReadonlyArray<{ readonly words: readonly string[]; readonly name: string; readonly title?: string }> = [
  { words: ['pope'], name: 'Pope', title: 'Pope' },
  { words: ['dalai', 'lama'], name: 'Dalai Lama' },
];
