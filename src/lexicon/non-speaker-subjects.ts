// When the grammatical subject of a cue is not who holds or says the content. In "X seems to be losing",
// "X is expected to win", "X was asked how it ends" nobody in the sentence vouches for the content (annotated
// news corpora leave such attributions without a source); the agent after "by" is the source when there is one.
import { BE_FORMS } from './auxiliaries.js';

/** Raising verbs: the subject is what the content is about ("Norland's output appears to have fallen"). */
export const RAISING_VERBS: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed', 'seeming', 'appear', 'appears', 'appeared', 'appearing']);

/** Verbs that make a passive with a form of these before the participle ("is thought", "got asked"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([...BE_FORMS, 'get', 'gets', 'got', 'getting']);

/**
 * Participles of verbs whose active form needs its listener before "to" ("told them to leave", "urged staff to
 * stay"): right before "to" and a verb they can only be a passive with "be" left out, as in headlines
 * ("Villagers told to boil water"), so the subject is the one told. Not "asked" ("asked to see the file" is
 * active) nor "encouraged" (a stance after "be").
 */
export const LISTENER_FIRST_PARTICIPLES: ReadonlySet<string> = new Set(['told', 'urged', 'ordered', 'advised', 'instructed', 'warned', 'reminded']);

/**
 * Participles that, after "be", describe how the subject feels or stands rather than what was done to it: the
 * subject holds the stance ("voters were worried that", "residents were angered by the ruling").
 */
export const EXPERIENCER_PARTICIPLES: ReadonlySet<string> = new Set([
  'worried', 'concerned', 'convinced', 'outraged', 'divided', 'split', 'united', 'startled', 'pleased', 'displeased',
  'disappointed', 'alarmed', 'frustrated', 'surprised', 'shocked', 'troubled', 'encouraged', 'satisfied',
  'dissatisfied', 'interested', 'committed', 'determined', 'opposed', 'inclined', 'persuaded', 'confused',
  'puzzled', 'impressed', 'dismayed', 'disturbed', 'angered', 'upset', 'annoyed', 'bothered', 'scared', 'terrified',
  'excited', 'thrilled', 'delighted', 'relieved', 'intrigued', 'offended', 'horrified', 'appalled', 'embarrassed',
  'ashamed', 'prepared', 'resigned', 'unconvinced', 'unimpressed', 'perplexed', 'baffled', 'stunned', 'fed',
  'irritated', 'agitated', 'heartened', 'infuriated', 'incensed', 'saddened',
  // split or undecided on a question ("the panel is deadlocked over who", "voters are undecided about whether": cues/adjectives.ts)
  'deadlocked', 'undecided',
]);

/**
 * Participles of belief and naming verbs that, set off by a comma right before "to" or "as", open a passive
 * clause with "be" left out ("The bill passed, expected to raise fuel taxes", "a week of voting, known as the long
 * week"): the belief is held by people the sentence does not name, not by the subject of the clause before.
 */
export const REDUCED_PASSIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  'expected', 'considered', 'known', 'seen', 'viewed', 'regarded', 'believed', 'thought', 'deemed', 'rumored',
  'rumoured', 'reputed', 'projected', 'tipped', 'billed', 'touted',
]);
