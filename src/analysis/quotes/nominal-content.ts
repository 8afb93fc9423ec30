// What a stance-noun cue (cues/nominal.ts) reports, and whose it is. Pure and regex-only; the quote
// stage (noun-cue.ts) calls it on a noun cue with no "that" clause or infinitive after it, and reads the
// cue's construction, which the cue stage set when it found the noun:
// - "his critique of the budget was polite": the object of the preposition (to the next clause
//   boundary or finite verb), held by the possessor, or by the subject of a verb-led cue ("Ida Ek made
//   a plea for calm", "has toned down her attacks on");
// - "Ada Ek won the endorsement of the union": backing received, held by the backer (nominal-received.ts);
// - "the plan faced criticism from farmers for its cost": the reason (after "for", "over", "about")
//   is the content and the giver (after "from" or "by") the source; with no reason, the target that
//   received the criticism ("The mayor came under criticism") is what it is about, and with no giver
//   nobody is named (nominal-received.ts).
import type { Cue } from '../../types.js';
import { subjectBeforeVerb } from '../cues/nominal-verb.js';
import { DEMAND_NOUNS, STANCE_NOUNS, VERBS_AFTER_STANCE_SUBJECT } from '../../lexicon/stance-nouns.js';
import { INFINITIVE_SPEECH_NOUNS, SPEECH_NOUNS } from '../../lexicon/speech-nouns.js';
import { alternation } from '../alternation.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { phraseEnd } from './nominal-phrase.js';
import { afterBlanks } from './text-utils.js';
import { backingContent, receivedContent } from './nominal-received.js';
import { questionContent } from './nominal-question.js';
import { accountContent } from './nominal-account.js';
import { CUE_POSSESSIVE, HOLDER, POSSESSIVE_ENDING } from '../cues/nominal-possessor.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';

/** The words that name a noun cue's source, and how they were found ('possessor', 'giver'). */
export interface NominalSource {
  start: number;
  end: number;
  rule: string;
}

export interface NominalContent {
  start: number;
  end: number;
  /** The source's words, or null when none is named. */
  source: NominalSource | null;
  rule: string;
}

// the possessor before a noun cue, with its words (the source's span, unlike the cue finders' look-backs, which
// only test for it): "his"/"her"/..., or a possessive ending (cues/nominal-possessor.ts) after up to four
// capitalised words or after a lower-case noun with its article and up to two modifiers ("the city council's":
// the mention the speaker look-up reads starts at the article); then at most two modifiers ("Ana Ruiz's blunt",
// "the judge's most puzzling", "Ivo Lund's Tuesday"), as the noun-cue finders allow them; no preposition among
// them ("sacked its coach following reports that ...": the reports are no one's, not the coach's)
const NOT_MODIFIER = String.raw`(?!(?:about|after|against|amid|amidst|at|before|by|despite|following|for|from|given|in|into|of|on|over|since|to|with)\s)`;
const POSSESSOR = new RegExp(String.raw`(?:${CUE_POSSESSIVE}|(?:(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.-]*|(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+){0,2})?\b[\p{Ll}]+)${POSSESSIVE_ENDING})\s+(?:${NOT_MODIFIER}(?:\p{Ll}[\p{Ll}-]*|${WEEKDAYS})\s+){0,2}$`, 'u');

/** The possessor of the noun cue at `cueStart` ("Ann Lee's claim", "his critique"), within its sentence. */
export function nounPossessor(text: string, cueStart: number, sentenceStart: number): NominalSource | null {
  const before = text.slice(Math.max(sentenceStart, cueStart - 60), cueStart);
  const owner = POSSESSOR.exec(before);
  if (owner === null) return null;
  // (the modifiers stay in the span: the speaker look-up reads the mentions in it)
  const start = cueStart - before.length + owner.index;
  return { start, end: start + owner[0].trimEnd().length, rule: 'possessor' };
}

// where an object phrase ends: a clause mark, a finite verb, a relative or a subordinate clause ("his
// critique of the plan was polite", "her opposition to the dam that ...", "their endorsement of Ada Ek
// after the vote"), or a new possessed noun of saying or stance ("and his vow to ...", not "the mayor and
// his deputy": a second object)
const POSSESSED_NOUNS = alternation([...SPEECH_NOUNS, ...INFINITIVE_SPEECH_NOUNS, ...STANCE_NOUNS, ...DEMAND_NOUNS]);
const OBJECT_END = new RegExp(`[,;:!?()“”"—–―]|\\s(?:is|was|were|are|has|have|had|will|would|could|can|may|might|must|should|did|does|do|that|which|who|after|before|when|while|because|since|although|though|until|unless|if)\\s|\\sand\\s+(?:${HOLDER})\\s+(?:[\\p{Ll}-]+\\s+)?(?:${POSSESSED_NOUNS})\\b|(?<!\\b(?:the|a|an|${HOLDER}|of|to|for|on|and))\\s(?:${VERBS_AFTER_STANCE_SUBJECT.join('|')})(?=[\\s.!?])`, 'u');
// (the last alternative: a main verb news often puts after such a subject, from the lexicon: "her call for
// a ban won support", "his attacks on the referee cost him a fine", or ending the sentence, "criticism of the
// coach faded."; not after an article or preposition, "criticism of the cost")
// "condemned the levy and vowed to fight it": a second verb of saying after "and" (or "but") is the subject's
// next act, not part of the object
const AND_VERB = /\s(?:and|but)\s+(?:also\s+|then\s+)?(\p{Ll}+)\b/gu;
// "with", an article and a modifier before a promise someone comes with (cues/nouns.ts WITH_PROMISE)
const WITH_BEFORE = /\swith\s+(?:(?:a|an|the|new|fresh|firm)\s+)?(?:[\p{Ll}-]+\s+)?$/u;
// a possessive pronoun inside a verb-led cue ("has toned down her attacks on")
const POSSESSIVE_PRONOUN = new RegExp(`\\b(?:${HOLDER})\\s`);

/** `end`, or the start of an "and <speech verb>" inside the object phrase from `start` to `end`. */
function beforeCoordinatedSpeech(text: string, start: number, end: number): number {
  const phrase = text.slice(start, end);
  AND_VERB.lastIndex = 0;
  for (let m = AND_VERB.exec(phrase); m !== null; m = AND_VERB.exec(phrase)) {
    if (SPEECH_FORMS.has(m[1] ?? '')) return start + m.index;
  }
  return end;
}

// an infinitive inside the object ("for the crew to stay calm"), and a "that" right after where it stopped
const INFINITIVE = new RegExp(String.raw`\sto\s+\p{Ll}{2,}\b(?<!\sto\s+(?:the|a|an|${HOLDER}|this|that|these|those))`, 'u');
const THAT_NEXT = /^\s+that\s/;
// where such a clause ends: a clause mark (its own auxiliaries stay in: "that the fund was empty")
const CLAUSE_MARK = /[,;:!?()—–―]/u;

/** The object phrase after a cue that ends in its preposition ("her critique of THE BUDGET"), or null; with `clause`,
 *  an infinitive that runs as a clause does, to the next clause mark ("with a promise TO REVISIT THE BILL'S COST"). */
function objectAfter(text: string, cue: Cue, sentenceEnd: number, clause = false): { start: number; end: number } | null {
  const start = afterBlanks(text, cue.end);
  let end = phraseEnd(text, start, sentenceEnd, clause ? CLAUSE_MARK : OBJECT_END);
  // "made a plea for the ferrymen to keep calm and to report that the dyke leaked": an infinitive's own "that"
  // clause is inside the object, which then runs as a clause does
  if (INFINITIVE.test(text.slice(start, end)) && THAT_NEXT.test(text.slice(end, end + 6))) end = phraseEnd(text, start, sentenceEnd, CLAUSE_MARK);
  end = beforeCoordinatedSpeech(text, start, end);
  return end > start ? { start, end } : null;
}

export function nominalContent(text: string, cue: Cue, sentenceStart: number, sentenceEnd: number): NominalContent | null {
  switch (cue.construction) {
    case 'question':
      // "The question now is whether ...": the wh-clause, asked by the possessor if any; "faced questions about
      // whether ...": asked by nobody named
      return questionContent(text, cue, sentenceEnd, cue.lemma === 'question' ? nounPossessor(text, cue.start, sentenceStart) : null);
    case 'own-account':
      // "By her own account, she ...": the clause beside the phrase, vouched for by the possessor
      return accountContent(text, cue, sentenceStart, sentenceEnd);
    case 'backing':
      return backingContent(text, cue, sentenceStart, sentenceEnd);
    case 'received':
      return receivedContent(text, cue, cue.start + cue.text.lastIndexOf(cue.lemma) + cue.lemma.length, sentenceStart, sentenceEnd);
    case 'verb-object': {
      // "Ida Ek has toned down her attacks on", "Ida Ek made a plea for": the verb's subject holds the stance,
      // else the pronoun inside the cue names the holder
      // ("returned with a promise to": the subject stands before "with", and the infinitive after the noun is no
      // subject of a main verb after it)
      const comesWith = WITH_BEFORE.exec(text.slice(Math.max(sentenceStart, cue.start - 40), cue.start));
      const object = objectAfter(text, cue, sentenceEnd, comesWith !== null);
      if (object === null) return null;
      const subject = subjectBeforeVerb(text, comesWith !== null ? cue.start - comesWith[0].length : cue.start, sentenceStart);
      const pronoun = POSSESSIVE_PRONOUN.exec(cue.text);
      const source = subject !== null ? { ...subject, rule: 'subject' }
        : pronoun !== null ? { start: cue.start + pronoun.index, end: cue.start + pronoun.index + pronoun[0].length - 1, rule: 'possessor' } : null;
      return { ...object, source, rule: 'noun-object' };
    }
    case 'possessed-object':
    case 'alleged': {
      // "his blunt criticism of", "allegations of bribery": held by the possessor before it, if any
      const object = objectAfter(text, cue, sentenceEnd);
      return object === null ? null : { ...object, source: nounPossessor(text, cue.start, sentenceStart), rule: 'noun-object' };
    }
    default:
      // "her claim that ...": the quote stage reads the clause after the cue
      return null;
  }
}
