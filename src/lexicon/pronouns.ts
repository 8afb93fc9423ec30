// Pronouns that can point to a speaker or source, with what they can refer to. Lower-case keys.
export type Gender = 'male' | 'female' | 'neuter' | 'plural' | null;

export interface PronounInfo {
  gender: Gender;
  /** 1 and 2 never resolve to an entity by themselves (the speaker of a quote, the reader). */
  person: 1 | 2 | 3;
  /** Relative pronouns ("who", "which") point at the mention right before them. */
  relative?: boolean;
}

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  // third person singular, by gender: the ones coreference can resolve
  ...(['he', 'him', 'his', 'himself'] as const).map((w) => [w, { gender: 'male', person: 3 }] as [string, PronounInfo]),
  ...(['she', 'her', 'hers', 'herself'] as const).map((w) => [w, { gender: 'female', person: 3 }] as [string, PronounInfo]),
  // "it" is an organisation or a document ("the report"), never a person in news
  ...(['it', 'its', 'itself'] as const).map((w) => [w, { gender: 'neuter', person: 3 }] as [string, PronounInfo]),
  // plural: groups, organisations in British style, and several people
  ...(['they', 'them', 'their', 'theirs', 'themselves'] as const).map((w) => [w, { gender: 'plural', person: 3 }] as [string, PronounInfo]),
  // first and second person: listed so quote attribution can see (and refuse) them
  ...(['i', 'me', 'my', 'mine', 'myself'] as const).map((w) => [w, { gender: null, person: 1 }] as [string, PronounInfo]),
  ...(['we', 'us', 'our', 'ours', 'ourselves'] as const).map((w) => [w, { gender: 'plural', person: 1 }] as [string, PronounInfo]),
  ...(['you', 'your', 'yours', 'yourself', 'yourselves'] as const).map((w) => [w, { gender: null, person: 2 }] as [string, PronounInfo]),
  // indefinite pronouns: a speaker nobody can resolve ("someone said"), listed so the quote is not given to another
  ...(['someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody'] as const).map((w) => [w, { gender: null, person: 3 }] as [string, PronounInfo]),
  // relative pronouns after "Name," ("Smith, who chairs the panel, said"): annotated news corpora mark them as sources
  ['who', { gender: null, person: 3, relative: true }],
  ['which', { gender: 'neuter', person: 3, relative: true }],
]);

/** Possessive determiners: "her lawyer" starts a description, not a pronoun mention. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

// Pronoun lists the quote and cue stages build their patterns from (`alternation()` in analysis/alternation.ts), so each
// list is written once. 'I' is capitalised: a pattern without the i flag must match the pronoun, not a lower-case 'i'.

/** Subject forms: a pronoun that opens a finite clause as its subject ("said he would", "fears they will"). */
export const SUBJECT_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'it', 'we', 'I', 'you'];
/** Subject forms without 'you', which news uses of no one in particular ("you never know"). */
export const REFERRING_SUBJECT_PRONOUNS: readonly string[] = SUBJECT_PRONOUNS.filter((w) => w !== 'you');
/** Subject forms that stand for people who can speak: not 'it' (a thing, or nobody: "it is said") nor generic 'you'. */
export const PERSON_SUBJECT_PRONOUNS: readonly string[] = REFERRING_SUBJECT_PRONOUNS.filter((w) => w !== 'it');
/** The third-person singular people: the subjects whose gender coreference can check against a name. */
export const GENDERED_SUBJECT_PRONOUNS: readonly string[] = ['he', 'she'];
/** Object forms after a verb or preposition ("told him", "urged them", "asked us"). */
export const OBJECT_PRONOUNS: readonly string[] = ['him', 'her', 'them', 'us', 'me'];
/** Object forms that are never a determiner too: 'her' is left out ("told her staff" goes on to an object noun). */
export const PURE_OBJECT_PRONOUNS: readonly string[] = OBJECT_PRONOUNS.filter((w) => w !== 'her');
/** Reflexive forms ("told himself", "asked themselves"): an object that is the subject again. */
export const REFLEXIVE_PRONOUNS: readonly string[] = ['himself', 'herself', 'itself', 'themselves', 'ourselves', 'myself', 'yourself', 'yourselves'];
