/**
 * Well-known organisations, with their acronyms and other names. Data only (STYLE.md §8).
 * `seat`: a seat of power ("Kremlin", "White House"). Used as a noun it is the organisation
 * ("The Kremlin declined to comment"); used attributively before an event noun ("Kremlin talks")
 * it names the building, and is not a mention (see ATTRIBUTIVE_EVENT_NOUNS).
 */
export interface OrganizationEntry {
  readonly name: string;
  /** Other names; acronyms (all capitals, dots allowed) are matched case-sensitively. */
  readonly aliases?: readonly string[];
  readonly seat?: boolean;
  /** cca2 code of the country it belongs to, for national bodies. */
  readonly country?: string;
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.', 'the U.N'] },
  { name: 'UN Security Council', aliases: ['U.N. Security Council', 'United Nations Security Council', 'Security Council'] },
  { name: 'UN General Assembly', aliases: ['U.N. General Assembly', 'United Nations General Assembly', 'General Assembly'] },
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO', 'North Atlantic Treaty Organisation'] },
  { name: 'European Union', aliases: ['EU', 'E.U.'] },
  { name: 'European Commission', aliases: ['EC'] },
  { name: 'European Parliament' },
  { name: 'Council of Europe' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN', 'Association of South East Asian Nations'] },
  { name: 'Asia Pacific Economic Cooperation', aliases: ['APEC', 'Asia-Pacific Economic Cooperation'] },
  { name: 'African Union', aliases: ['AU'] },
  { name: 'Organization of the Petroleum Exporting Countries', aliases: ['OPEC'] },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Bank' },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'] },
  { name: 'UNESCO' },
  { name: 'UNICEF' },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'] },
  { name: 'Shanghai Cooperation Organization', aliases: ['SCO', 'Shanghai Cooperation Organisation'] },
  { name: 'Southern African Development Community', aliases: ['SADC'] },
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC', 'Gulf Co-operation Council'] },
  { name: 'Sinn Fein' },
  { name: 'Organization of the Islamic Conference', aliases: ['OIC', 'Organisation of Islamic Cooperation'] },
  { name: 'Commonwealth' },
  { name: 'Group of Eight', aliases: ['G8', 'G-8'] },
  { name: 'Group of 20', aliases: ['G20', 'G-20'] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'] },
  { name: 'International Criminal Court', aliases: ['ICC'] },
  { name: 'Hamas' },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'] },
  { name: 'Fatah' },
  { name: 'Palestine Liberation Organization', aliases: ['PLO'] },
  { name: 'Taliban' },
  { name: 'Al-Qaeda', aliases: ['Al Qaeda', 'Al-Qaida'] },
  { name: 'Gazprom' },
  { name: 'Kremlin', seat: true, country: 'RU' },
  { name: 'White House', seat: true, country: 'US' },
  { name: 'Pentagon', seat: true, country: 'US' },
  { name: 'Blue House', seat: true, country: 'KR' },
  { name: 'Elysee Palace', aliases: ['Elysee'], seat: true, country: 'FR' },
  { name: 'Downing Street', seat: true, country: 'GB' },
  { name: 'State Department', aliases: ['U.S. State Department', 'US State Department'], country: 'US' },
  { name: 'Congress', country: 'US' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], country: 'CN' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], country: 'KR' },
  { name: 'Korean Central News Agency', aliases: ['KCNA'], country: 'KP' },
  { name: 'Itar-Tass', aliases: ['Tass'], country: 'RU' },
  { name: 'Interfax', country: 'RU' },
  { name: 'Agence France-Presse', aliases: ['AFP'] },
  { name: 'Associated Press', aliases: ['AP'] },
];

/** Head nouns that make a capitalised sequence an organisation ("Russian Foreign Ministry"). */
export const ORG_HEADS: readonly string[] = [
  'ministry', 'party', 'corp', 'corporation', 'inc', 'ltd', 'company', 'co', 'plc', 'commission', 'council', 'committee',
  'agency', 'bank', 'university', 'institute', 'organization', 'organisation', 'association', 'federation',
  'front', 'movement', 'assembly', 'parliament', 'court', 'foundation', 'department', 'office', 'bureau',
  'authority', 'embassy', 'army', 'navy', 'police', 'government', 'cabinet', 'senate', 'congress', 'forum',
  'fund', 'group', 'union', 'alliance', 'league', 'church',
  // news media
  'times', 'post', 'journal', 'herald', 'telegraph', 'tribune', 'gazette', 'guardian', 'daily', 'television',
  'radio', 'broadcasting', 'press', 'network',
];

/** Words that can stand between a demonym and an organisation head ("Russian Foreign Ministry"). */
export const ORG_MODIFIERS: readonly string[] = [
  'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'trade', 'commerce', 'justice', 'health',
  'education', 'agriculture', 'energy', 'culture', 'home', 'state', 'central', 'national', 'communist',
  'socialist', 'labour', 'labor', 'democratic', 'liberal', 'conservative', 'people\'s', 'supreme', 'constitutional',
  'security', 'intelligence', 'news', 'federal', 'industry', 'transport', 'environment', 'information',
];

/** After a seat of power, these nouns make it an attribute of a place, not an actor ("Kremlin talks"). */
export const ATTRIBUTIVE_EVENT_NOUNS: readonly string[] = [
  'talks', 'talk', 'meeting', 'meetings', 'summit', 'negotiations', 'visit', 'ceremony', 'reception', 'dinner',
  'banquet', 'walls', 'wall', 'grounds', 'lawn', 'gates', 'palace', 'hall', 'residence', 'lunch', 'luncheon',
];
