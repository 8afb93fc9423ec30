// "Students at the school show their art", "The firm showed its new phone": "show" with one's own thing as its object,
// a possessive's noun phrase that ends its clause, after a subject of people or a body that opens the sentence, is
// displaying it, not a finding ("Polls show their lead shrinking" and "records show his firm paid" have a record as
// their subject, or go on into a clause, and keep the cue). Not a stance shown: "showed her support for the plan",
// "showed their opposition to the levy" (the backing and stance nouns of the lexicon), "showed their anger at the fee"
// (a feeling shown, the light nouns the verb span reads with the verb).
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { BACKING_NOUNS } from '../../lexicon/backing-nouns.js';
import { STANCE_NOUNS } from '../../lexicon/stance-nouns.js';
import { PERSON_ROLES } from '../../lexicon/roles.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organisations.js';
import { alternation } from '../alternation.js';
import { barePluralHead } from './plural-head-clause.js';
import { LIGHT_NOUN } from './verb-span-words.js';
import { PLURAL_END } from '../../lexicon/plurals.js';

// a possessive, up to two modifiers, then the head (no clause word, no stance noun; no article, which opens a second
// phrase after an object "her": "polls showed her winning the vote"), and the phrase ends its clause: a pause or the
// end, a preposition of place or time, "and" (a verb after the noun goes on: "show their lead is growing"); no plural
// as a modifier, which is a clause's subject before its verb ("show their patients improve faster")
const OWN_THING = new RegExp(String.raw`^\s+(?:his|her|its|their|our|my|your)\s+(?:(?!(?:that|how|what|why|when|whether|if|a|an|the|some|no)\b|[\p{L}’'-]*${PLURAL_END}\s)[\p{L}\d’'-]+\s+){0,2}?(?!(?:${alternation([...BACKING_NOUNS, ...STANCE_NOUNS])})\b)[\p{L}’'-]+(?=\s*[,.;:!?)]|\s*$|\s+(?:in|at|on|to|for|with|after|before|during|and|this|last|every)\b)`, 'u');
// the sentence's opening subject right before the form: a determiner, up to two modifiers, the head (group 1) and
// perhaps a short phrase of place or source ("Students at the school", "The local firm")
const OPENING_SUBJECT = /(?:^|[.!?]["”’']?\s+|\n\s*)(?:(?:the|a|an|some|many)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+(?:(?:at|of|from|in)\s+(?:[\p{L}’'.-]+\s+){1,3})?$/iu;

/** Whether the "show" form `w`, with `next` (the text after it), is a subject of people displaying their own thing. */
export function shownDisplay(text: string, w: SpeechWord, next: string): boolean {
  if (!OWN_THING.test(next) || LIGHT_NOUN.test(next)) return false;
  const head = OPENING_SUBJECT.exec(text.slice(Math.max(0, w.start - 60), w.start))?.[1]?.toLowerCase();
  return head !== undefined && (barePluralHead(head) || PERSON_ROLES.has(head) || ORGANIZATION_WORDS.has(head));
}
