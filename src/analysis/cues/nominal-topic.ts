// The topic of something said or written: "Her speech focused on the cost of housing", "The mayor's remarks on
// Friday were more focused on crime", "The debate centred on the port". Annotated news counts the topic as the
// speaker's report. With a possessor the noun opens the cue ("speech focused on") and the possessor is the source
// (construction possessed-object); with none the verb opens it ("focused on") and the noun phrase, the verb's
// subject, is the source (verb-object); the phrase after the preposition is the content (quotes/nominal-content.ts).
// Only the nouns of lexicon/topic-nouns.ts: "the team focused on defence", "the inquiry focused on the driver" are
// deeds. One regex pass.
import type { Cue } from '../../types.js';
import { TOPIC_DEGREE_ADVERBS, TOPIC_HOLDING_NOUNS, TOPIC_VERBS } from '../../lexicon/topic-nouns.js';
import { alternation } from '../alternation.js';
import { POSSESSIVE_MARK } from './nominal-possessor.js';

// the noun, perhaps a phrase of time or place after it (opened by a preposition or a time word, up to four words that
// are no verb or clause word: "remarks at the rally", "address on Tuesday"; not a second noun, "the post
// office", "an ad campaign", whose head is another thing), a copula, up to two adverbs of degree, and the verb with
// its preposition (group 1: the noun; group 2: the verb chain)
const FILLER = String.raw`(?!(?:is|was|were|are|has|have|had|and|or|but|that|which|who|to)\s)[\p{L}\p{N}'’-]+\s+`;
const AFTER_NOUN = String.raw`(?:(?:on|in|at|of|over|about|to|during|before|after|from|here|there|last|this|earlier|later|yesterday|today|tonight|\p{Lu}\p{Ll}+day)\s+(?:${FILLER}){0,3}?)?`;
// (an adverb of degree before the verb or between it and its preposition: "more focused on", "focused squarely on")
const DEGREE = `(?:${alternation(TOPIC_DEGREE_ADVERBS)})`;
const TOPIC = new RegExp(String.raw`\b(${alternation(TOPIC_HOLDING_NOUNS)})\s+${AFTER_NOUN}((?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been|has|have|had)\s+)?(?:${DEGREE}\s+){0,2}(?:${alternation(TOPIC_VERBS).replace(/ /g, String.raw`\s+(?:${DEGREE}\s+){0,2}`)}))(?=\s+[\p{L}\p{N}“"‘'$£€])`, 'gu');
// a possessor right before the noun, perhaps with one modifier ("her", "the mayor's", "Ida Ek's closing")
const POSSESSOR_BEFORE = new RegExp(String.raw`${POSSESSIVE_MARK}\s+(?:[\p{Ll}-]+\s+)?$`, 'u');
// an article or determiner before the noun, perhaps with modifiers: the noun phrase is then the subject
const DETERMINER_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ee]ach|[Ee]very)\s+(?:[\p{L}-]+\s+){0,3}$/u;

// a preposition before the noun phrase, perhaps past a determiner and up to three modifiers (the noun sits inside the
// phrase, a wider reach than the quote rules' speakers/preposition-object.ts): it is no subject, and the verb after it a
// reduced relative about another head ("most of that briefing centred on jobs", "ended with a speech focused on
// ports"), which annotated news mostly leaves unmarked
const IN_PREPOSITIONAL_PHRASE = /\b(?:of|in|at|on|with|from|during|for|about|to|by|into|after|before)\s+(?:(?:the|a|an|this|that|these|those|each|every|his|her|its|their|our)\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;

export function findTopicCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  TOPIC.lastIndex = 0;
  for (let m = TOPIC.exec(text); m !== null; m = TOPIC.exec(text)) {
    const noun = m[1] ?? '';
    const chain = m[2] ?? '';
    if (inside(m.index)) continue;
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    if (IN_PREPOSITIONAL_PHRASE.test(before)) continue;
    if (POSSESSOR_BEFORE.test(before)) {
      out.push({ text: m[0], start: m.index, end, lemma: noun, kind: 'noun', construction: 'possessed-object' });
    } else if (DETERMINER_BEFORE.test(before)) {
      const start = end - chain.length;
      out.push({ text: chain, start, end, lemma: noun, kind: 'noun', construction: 'verb-object' });
    }
  }
  return out;
}
