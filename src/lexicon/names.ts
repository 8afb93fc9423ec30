// Pieces of personal names that are not capitalised or not words: particles and prefixes from many languages.
// Lower-case keys.

/** Lower-case particles that join name parts ("Ludwig van Beethoven", "Omar bin Rashid", "Ana de la Vega"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'zu', 'ter', 'ten',
  'bin', 'bint', 'ibn', 'al', 'el', 'ben', 'abu', 'y', 'e', 'af', 'av',
]);

/** Prefixes joined to the name part by a hyphen ("al-Assad", "el-Sisi", "bin-Salman"): the token still counts as a name. */
export const NAME_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|abd|ben|ould|d)[-‑'’]\p{Lu}/u;

/** Generational suffixes that end a name ("John Roe Jr.", "John Smith III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'esq', 'phd']);

/** Months and weekdays: a capitalised run of one of these alone is a date, not a name ("in March", "on Friday"). */
export const DATE_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Capitalised words that are never a person's name mid-sentence in news text. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'i', 'god', 'internet', 'web', 'covid', 'covid-19', 'ok', 'tv', 'am', 'pm', 'a.m.', 'p.m.', 'ad', 'bc',
  'gop', 'gdp', 'ai', 'oh',
  // plural title abbreviations ("Govs. Roe and Doe"): the names follow
  'govs', 'sens', 'reps', 'gens', 'drs', 'profs',
]);

/** Capitalised adjectives of parties, creeds and movements: part of organisation names, never a person's name alone. */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'democratic', 'republican', 'conservative', 'liberal', 'socialist', 'communist', 'labour', 'labor', 'green', 'libertarian',
  'progressive', 'independent', 'christian', 'muslim', 'jewish', 'catholic', 'protestant', 'evangelical', 'islamic',
  'national', 'federal', 'royal', 'united', 'general', 'central', 'international', 'state', 'gop',
  'democrat', 'presidential', 'congressional', 'constitutional',
  // think tanks and commands ("Institute for Strategic Studies", "Strategic Command"): never a given name or surname
  'strategic',
]);

/**
 * Common East Asian family names, which come first ("Kim Do Hyun", "Wang Mei Lin"): a first-name list would read them as
 * given names and guess a gender from them (compromise lists "Kim" as a woman's name).
 */
export const FAMILY_NAMES_FIRST: ReadonlySet<string> = new Set([
  'kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'shin', 'seo', 'kwon', 'hwang',
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'hu', 'zhu', 'gao', 'lin',
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'phan', 'vu', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly',
]);


/**
 * Words news puts before a name to judge its state ("Embattled Acme Corp said", "Beleaguered Tarn Mining"): they
 * describe the name, never open it, though compromise may not know them and they are capitalised opening a
 * sentence. Participles that do open names ("Federated Farmers", "Consolidated Edison") are not judgements.
 */
export const PRESS_EPITHETS: ReadonlySet<string> = new Set([
  'embattled', 'beleaguered', 'troubled', 'struggling', 'disgraced', 'ousted', 'jailed', 'indicted', 'scandal-hit',
  'cash-strapped', 'debt-laden', 'loss-making', 'crisis-hit', 'scandal-plagued', 'under-fire', 'ailing', 'besieged',
]);
