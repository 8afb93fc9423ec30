// Titles that stand before a name ("Sen. Roe", "Foreign Minister Jane Roe", "Colonel X").
// Lower-case keys; abbreviations without their period.
import type { Gender } from './pronouns.js';

/** Courtesy titles: no role, but a gender. */
export const HONORIFICS: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ['mr', 'male'], ['mister', 'male'], ['sir', 'male'], ['lord', 'male'], ['monsieur', 'male'], ['herr', 'male'], ['señor', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mme', 'female'], ['mlle', 'female'], ['madame', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['frau', 'female'], ['señora', 'female'],
  // the courtesy title of married or older women in Singapore and Malaysia English ("Madam Siti Roe")
  ['madam', 'female'],
  // no gender, and not a job either
  ['dr', null], ['prof', null], ['rev', null], ['hon', null], ['messrs', 'plural'],
]);

/** Abbreviated titles, expanded to the role they stand for (AP style and military ranks). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['pres', 'president'], ['amb', 'ambassador'],
  ['atty', 'attorney'], ['supt', 'superintendent'], ['insp', 'inspector'], ['det', 'detective'],
  ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'], ['maj', 'major'], ['capt', 'captain'],
  ['cpl', 'corporal'], ['sgt', 'sergeant'], ['adm', 'admiral'], ['cmdr', 'commander'], ['brig', 'brigadier'],
  ['pvt', 'private'], ['prof', 'professor'],
  // UK and Irish local councillors and police ranks, written without a period ("Cllr Ann Roe", "DCI Bo Lind")
  ['cllr', 'councillor'], ['dci', 'detective chief inspector'],
]);

/**
 * Roles written as capitals ("CEO Ann Roe", "the CEO said"): company officers, and members of parliaments and
 * assemblies as Commonwealth and European news writes them ("Labour MP Ann Roe", "Green MEP Bo Lind", "the MLA said").
 * They stay roles, before a name or after "the", where other words in capitals are acronyms of bodies.
 */
export const ACRONYM_ROLES: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'mp', 'mep', 'msp', 'mla', 'mpp']);

/** Words that name a position when capitalised before a name (besides the person nouns of roles.ts). */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  // government
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'senator', 'representative', 'congressman',
  'congresswoman', 'governor', 'mayor', 'ambassador', 'envoy', 'speaker', 'leader', 'whip', 'attorney', 'commissioner',
  'councillor', 'councilman', 'councilwoman', 'councilor', 'delegate', 'lawmaker', 'legislator', 'assemblyman', 'assemblywoman',
  'candidate', 'nominee', 'chair', 'chairman', 'chairwoman', 'chairperson', 'director', 'administrator', 'spokesman',
  'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'counsel', 'prosecutor', 'judge', 'justice', 'magistrate', 'sheriff',
  // military and police ranks
  'general', 'colonel', 'major', 'captain', 'lieutenant', 'sergeant', 'corporal', 'private', 'admiral', 'commander',
  'marshal', 'brigadier', 'commodore', 'officer', 'inspector', 'superintendent', 'detective', 'constable', 'chief',
  // heads of state, nobility, clergy
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'emir', 'sheikh', 'sultan', 'pope', 'cardinal',
  'archbishop', 'bishop', 'rabbi', 'imam', 'ayatollah', 'pastor', 'reverend', 'father', 'sister', 'brother',
  // business and academia
  ...ACRONYM_ROLES, 'executive', 'founder', 'cofounder', 'co-founder', 'owner', 'president-elect', 'professor',
  'dean', 'provost', 'chancellor', 'coach', 'manager', 'editor', 'economist', 'analyst', 'strategist', 'pollster',
]);

/**
 * Words that make a title compound ("Foreign Minister", "Minister of Health", "Deputy Chief of Staff"): they are part of
 * the role, unlike the places and demonyms that often precede a title ("French Defence Minister").
 */
export const ROLE_DOMAINS: ReadonlySet<string> = new Set([
  'foreign', 'defense', 'defence', 'interior', 'home', 'finance', 'treasury', 'health', 'justice', 'education', 'energy',
  'trade', 'commerce', 'economy', 'economic', 'economics', 'agriculture', 'labor', 'labour', 'transport', 'transportation',
  'environment', 'culture', 'state', 'affairs', 'homeland', 'security', 'veterans', 'housing', 'industry', 'intelligence',
  'information', 'communications', 'press', 'campaign', 'military', 'army', 'navy', 'naval', 'air', 'force', 'police',
  'fire', 'prime', 'deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'senior', 'junior', 'chief', 'top',
  'executive', 'managing', 'general', 'national', 'presidential', 'district', 'county', 'city', 'state', 'federal',
  'majority', 'minority', 'opposition', 'party', 'house', 'senate', 'parliamentary', 'staff', 'joint', 'chiefs', 'public',
  'head', 'lead', 'principal', 'former', 'crown', 'grand', 'lord', 'high', 'incoming', 'outgoing', 'first', 'second', 'operating', 'financial', 'technology',
  'research', 'policy', 'political', 'legal', 'medical', 'science', 'scientific', 'news', 'white', 'supreme', 'court',
]);

/** Words that show a title is a former, future or temporary one: kept in the role ("former governor"). */
export const ROLE_TIME_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'incoming', 'outgoing', 'late', 'acting', 'interim']);

/** Titles that a "general" after them completes ("the attorney general", "the auditor general's report"): there
 *  "general" is part of the role, not a noun or a military rank of its own. */
export const GENERAL_TITLE_HEADS: ReadonlySet<string> = new Set([
  'attorney', 'inspector', 'surgeon', 'secretary', 'solicitor', 'consul', 'director', 'governor', 'postmaster',
  'auditor', 'comptroller', 'accountant', 'advocate', 'procurator',
]);
