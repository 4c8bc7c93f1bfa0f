/**
 * Closed word lists the recogniser reads: function words, months, first names, verbs that signal a
 * person subject or a government metonym, location prepositions. Data only (STYLE.md §8).
 * Every entry is lower-case.
 */

/** Capitalised only because they start a sentence or a headline: never the start of a name. */
export const COMMON_CAPITALISED: readonly string[] = (
  'a an the this that these those there here then when where while what which who whom whose why how but and or nor ' +
  'so yet if as at by for from in into of on onto to with without after before during since until about above below ' +
  'under over between among against through throughout despite although though because unless whether also however ' +
  'meanwhile moreover furthermore nevertheless still instead otherwise thus hence i he she it we they you his her its ' +
  'our their my your him them us me one two three four five six seven eight nine ten first second third last next ' +
  'new old other another some many most more much few several all both each every any no not none only just even ' +
  'such same own very well now today yesterday tomorrow tonight earlier later ago once again already soon never ' +
  'always sometimes often asked speaking according visiting official officials sources source government president ' +
  'photo credit reuters ap afp file update updated related read click advertisement editor note please do does did ' +
  'is are was were be been being has have had will would shall should can could may might must let lets yes ok mr ' +
  'mrs ms dr st saint said says say tell told report reports reported news breaking analysis opinion interview ' +
  'west east north south western eastern northern southern central up down out off away back home top senior ' +
  'chief deputy acting former late current then-president special international national local foreign global world'
).split(' ');

export const MONTHS: readonly string[] = (
  'january february march april may june july august september october november december ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec'
).split(' ');

export const WEEKDAYS: readonly string[] = (
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun'
).split(' ');

/** Lower-case particles inside names ("Daniel arap Moi", "Osama bin Laden", "Jaap de Hoop Scheffer"). */
export const NAME_PARTICLES: readonly string[] = [
  'bin', 'ibn', 'bint', 'al', 'el', 'ul', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'arap',
  'dos', 'das', 'del', 'della', 'ter', 'y', 'abu', 'ben',
];

/** Common given names: a capitalised sequence starting with one is a person name. */
export const FIRST_NAMES: readonly string[] = (
  // English
  'john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark ' +
  'donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan jacob gary ' +
  'nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick ' +
  'jack dennis jerry tyler aaron henry douglas peter adam nathan walter harold kyle carl arthur gerald roger keith ' +
  'jeremy terry lawrence sean christian albert joe ethan austin jesse willie billy bruce bryan ralph roy jordan ' +
  'eugene wayne louis alan juan harry howard fred colin gordon tony hillary barack bill condoleezza madeleine ' +
  'prudence hans ted newt dick al jimmy mitt rudy nancy condi ' +
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa margaret betty sandra ashley ' +
  'dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen ' +
  'amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine ' +
  'carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina joan evelyn lauren judith ' +
  'olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria teresa doris sara janice julia ' +
  'marie madison grace judy theresa beverly denise marilyn amber danielle rose brittany diana abigail natalie jane ' +
  'lori tiffany alexis kayla ' +
  // Russian and East European
  'vladimir dmitry dmitri mikhail sergei sergey igor boris viktor victor yuri yury alexei alexey aleksandr nikolai ' +
  'ivan andrei andrey oleg gennady yevgeny evgeny leonid anatoly valentina svetlana natalia olga tatiana yulia ' +
  'irina viktoria nursultan islam askar ilham heydar eduard mikheil vaclav lech bronislaw jaroslaw ' +
  'aleksander zbigniew milos slobodan vojislav rudolf gerhard helmut joschka frank-walter ' +
  'jacques nicolas francois francois-xavier dominique lionel segolene alain romano silvio massimo giorgio ' +
  'jose luis mariano javier felipe carlos hugo fidel raul evo luiz inacio dilma anibal cavaco nestor ' +
  'cristina alvaro ollanta vicente enrique manuel ricardo jaap tarja sauli ' +
  'jens anders goran lars bjorn recep tayyip ahmet abdullah abdul ahmed ahmad mohammed muhammad mohamed ' +
  'mahmoud mahmud hosni hassan hussein saddam tariq bashar hafez ali omar umar khalid yasser ismail nabil ' +
  'saeb salam ehud ariel shimon yitzhak tzipi amir avigdor moshe mahathir najib anwar ' +
  'junichiro shinzo taro yasuo yoshihiko naoto yukio ichiro keizo toshiki ryutaro ' +
  'manmohan atal sonia rahul pervez nawaz benazir asif hamid ashraf ' +
  'kofi ban nelson thabo olusegun goodluck umaru muammar meles isaias yoweri ' +
  'jakaya mwai uhuru levy rupiah festus ' +
  'kim'
).split(' ');

/** Verbs whose subject, right before them, is a person or a government ("Putin said", "Medvedev met"). */
export const SUBJECT_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'declared', 'announced', 'announces',
  'stressed', 'noted', 'urged', 'warned', 'insisted', 'explained', 'asked', 'replied', 'responded', 'confirmed',
  'denied', 'denies', 'met', 'meets', 'meet', 'visited', 'visits', 'visit', 'arrived', 'arrives', 'left', 'leaves',
  'travelled', 'traveled', 'travels', 'flew', 'held', 'holds', 'hosted', 'hosts', 'received', 'receives',
  'welcomed', 'welcomes', 'called', 'calls', 'wrote', 'writes', 'argued', 'believes', 'thinks', 'agreed',
  'agrees', 'signed', 'signs', 'pledged', 'vowed', 'promised', 'expressed', 'discussed', 'talked', 'spoke',
  'speaks', 'telephoned', 'phoned', 'thanked', 'praised', 'criticized', 'criticised', 'condemned', 'rejected',
  'accused', 'demanded', 'proposed', 'offered', 'refused', 'declined', 'resigned', 'won', 'lost', 'died', 'led',
  'leads', 'heads', 'headed', 'plans', 'planned', 'hopes', 'hoped', 'wants', 'wanted', 'expects', 'expected',
  'who',
];

/** Lower-case words that never continue a hyphenated name ("Beijing-based", "U.S.-led"). */
export const HYPHEN_SUFFIX_STOP: readonly string[] = [
  'based', 'led', 'run', 'owned', 'born', 'backed', 'made', 'style', 'type', 'like', 'wide', 'long', 'old', 'year',
  'day', 'level', 'era', 'bound', 'controlled', 'held', 'linked', 'funded', 'sponsored', 'brokered', 'designed',
  'built', 'related', 'centred', 'centered', 'focused', 'oriented', 'friendly', 'free', 'speaking', 'language',
];

/**
 * Compass words before a place name name a part of that place ("East Berlin", "North Yemen",
 * "Southern Lebanon"): the place stays. Other capitalised words that start place names ("New",
 * "Old", "St") make a different place ("New Mexico" is not Mexico).
 */
export const DIRECTION_WORDS: readonly string[] = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest',
  'southeast', 'southwest', 'upper', 'lower', 'greater',
];

/** Verbs and auxiliaries whose subject, when a capital city, is its government ("Pyongyang said"). */
export const GOVERNMENT_VERBS: readonly string[] = [
  'said', 'says', 'say', 'agreed', 'agree', 'agrees', 'announced', 'announces', 'denied', 'denies', 'rejected',
  'rejects', 'accused', 'accuses', 'warned', 'warns', 'urged', 'urges', 'insisted', 'insists', 'demanded',
  'demands', 'wants', 'want', 'wanted', 'refused', 'refuses', 'responded', 'protested', 'condemned', 'welcomed',
  'welcomes', 'called', 'calls', 'claimed', 'claims', 'threatened', 'threatens', 'hopes', 'hoped', 'fears',
  'feared', 'believes', 'maintains', 'offered', 'offers', 'proposed', 'proposes', 'sent', 'sends', 'signed',
  'signs', 'vowed', 'pledged', 'promised', 'argued', 'argues', 'expects', 'expected', 'considers', 'considered',
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'is', 'was', 'are', 'were',
  'did', 'does', 'do', 'declined', 'decided', 'recalled', 'imposed', 'backed', 'supports', 'supported',
  'opposes', 'opposed', 'reiterated', 'stressed', 'confirmed', 'acknowledged', 'admitted', 'asked', 'told',
  'officially', 'also', 'last', 'on', 'reportedly',
];

/** Words before a place name that make it a location ("in Pyongyang", "visit to Moscow"). */
export const LOCATION_PREPS: readonly string[] = [
  'in', 'to', 'at', 'from', 'into', 'near', 'outside', 'inside', 'via', 'toward', 'towards', 'around', 'across',
  'through', 'visit', 'visited', 'visiting', 'visits', 'reached', 'reach', 'leave', 'left', 'leaving', 'arrive',
  'arrived', 'arriving', 'entered', 'of', 'capital', 'city', 'port', 'town', 'downtown', 'central', 'suburban',
  'northern', 'southern', 'eastern', 'western', 'here', 'tour', 'toured', 'touring', 'landed', 'returned', 'return',
];

/** Words before a capital city that make it a government ("talks with Pyongyang"). */
export const METONYM_PREPS: readonly string[] = [
  'with', 'against', 'between', 'urged', 'urges', 'pressed', 'pressing', 'pressure', 'told', 'warned', 'accused',
  'criticized', 'criticised', 'blamed', 'persuade', 'convince',
];

/** Before a title, these make the position a former one ("then-President", "former leader"). */
export const FORMER_MARKERS: readonly string[] = ['then', 'former', 'ex', 'late', 'erstwhile', 'onetime', 'one-time'];

/** East Asian family names: "Kim Jong-il", "Hu Jintao", "Roh Moo-hyun" (family name first). */
export const ASIAN_SURNAMES: readonly string[] = (
  'kim lee park choi roh ban moon chung jung yoon yun kang cho jang lim han shin oh seo kwon hwang ahn song ' +
  'hu wen li wang zhang liu chen yang zhao huang zhou wu xu sun ma zhu guo he gao lin luo zheng liang xie tang ' +
  'feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jia xi ' +
  'qian dai fu tsang tung lam leung chan wong ho lai jiabao hun nguyen tran le pham'
).split(' ');

/** A name ending in one of these is a place or facility, not a person ("Pearl River", "Old Trafford"). */
export const FACILITY_WORDS: readonly string[] = [
  'river', 'lake', 'mountain', 'mountains', 'mount', 'sea', 'ocean', 'bay', 'gulf', 'island', 'islands', 'delta',
  'valley', 'street', 'road', 'avenue', 'square', 'park', 'bridge', 'airport', 'station', 'hotel', 'hospital',
  'center', 'centre', 'stadium', 'province', 'district', 'county', 'region', 'city', 'shrine', 'temple', 'palace',
  'hall', 'house', 'tower', 'port', 'harbor', 'harbour', 'canal', 'strait', 'peninsula', 'desert', 'forest',
  'crossing', 'border', 'zone', 'camp', 'base', 'school', 'college', 'museum', 'cathedral', 'mosque', 'church',
  'trafford', 'summit', 'games', 'olympics', 'cup', 'war', 'accord', 'accords', 'treaty', 'agreement', 'plan',
];

/**
 * First halves of hyphenated compounds that name a country ("Sino-American", "Anglo-French"): the
 * demonym after them still names its country. Any other prefix ("Ibero-American", "Afro-Asian",
 * "Latin-American") makes the compound a name of its own.
 */
export const COUNTRY_COMBINING_FORMS: readonly string[] = [
  'sino', 'anglo', 'franco', 'indo', 'russo', 'italo', 'greco', 'turco', 'austro', 'hispano', 'luso', 'germano', 'polono',
];

/**
 * Last words of event names, never of a person's name ("Mauritius Summit", "Africa Conference",
 * "Doha Round"): a capitalised run ending in one is no person.
 */
export const EVENT_NAME_WORDS: readonly string[] = [
  'conference', 'talks', 'meeting', 'meetings', 'forum', 'festival', 'expo', 'dialogue', 'round', 'convention',
  'symposium', 'championship', 'championships', 'congress', 'initiative', 'process', 'declaration', 'charter',
  'visit', 'tour', 'week', 'day', 'fair', 'show', 'exhibition', 'series',
];

/**
 * First words of place and institution names that may take a lower-case particle inside ("San Jose
 * de las Lajas", "Costa del Sol", "Banco de la Nacion", "Rio de Janeiro"): a particle after one is no
 * evidence of a person's name.
 */
export const NON_PERSON_OPENERS: readonly string[] = [
  'san', 'santa', 'santo', 'sao', 'punta', 'playa', 'mar', 'sierra', 'serra', 'cerro', 'boca', 'valle', 'port', 'porto', 'puerto', 'costa', 'cabo', 'cape', 'rio', 'mount', 'monte', 'villa',
  'ciudad', 'isla', 'islas', 'fort', 'saint', 'st', 'lake', 'bahia', 'ponta', 'los', 'las', 'la', 'le', 'el', 'al',
  'banco', 'banca', 'banque', 'bank', 'caja', 'universidad', 'universite', 'universita', 'instituto', 'institut',
  'hotel', 'club', 'real', 'casa', 'palacio', 'palais', 'plaza', 'place', 'rue', 'avenida', 'museo', 'musee',
  'compagnie', 'compania', 'societe', 'sociedad', 'credit', 'gare', 'champs', 'cote', 'ile', 'iles',
];
