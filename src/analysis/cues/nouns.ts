// Noun cues: "Ann Lee's claim that ...", "her warning that ...", "his pledge to cut fares". A noun of saying or holding (lexicon)
// between a possessor and "that" reports the clause after it; the possessor is its source.
// One linear regex pass; the possessor is a possessive pronoun or a word's possessive ending (nominal-possessor.ts).
// Stance nouns with an object ("his critique of the plan") and criticism received ("faced criticism
// from farmers") are found in nominal.ts, open questions ("The question now is whether") in nominal-question.ts,
// a source by its own account ("By her own account, ...") in nominal-account.ts, the topic of something said ("Her
// speech focused on ...") in nominal-topic.ts, a view "there is" reports ("There is growing concern that") in
// nominal-existential.ts, a noun a light verb puts into words ("raised concerns that") in nominal-light-clause.ts, and merged here.
import type { Cue } from '../../types.js';
import { FAILURE_NOUNS, INFINITIVE_SPEECH_NOUNS, NOUN_CUE_MODIFIERS, QUESTIONED_PLAN_NOUNS, QUESTIONING_VERBS, REPLY_MODIFIERS, SPEECH_NOUNS, WITH_PROMISE_NOUNS } from '../../lexicon/speech-nouns.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';
import { findNominalCues } from './nominal.js';
import { HOLDER, POSSESSIVE_MARK } from './nominal-possessor.js';
import { findQuestionCues } from './nominal-question.js';
import { findAccountCues } from './nominal-account.js';
import { findUnheldCues } from './nominal-unheld.js';
import { findExistentialCues } from './nominal-existential.js';
import { findTopicCues } from './nominal-topic.js';
import { findLightClauseCues } from './nominal-light-clause.js';
import { findRaisedTopicCues } from './nominal-raised-topic.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { alternation } from '../alternation.js';

const NOUN_CUE = new RegExp(String.raw`${POSSESSIVE_MARK}\s+((?:\p{Ll}+ly|\p{Ll}+(?:ed|est)|(?!so-called\b)\p{Ll}+(?:-\p{Ll}+)+|${alternation([...NOUN_CUE_MODIFIERS, ...REPLY_MODIFIERS])})\s+|(?:most|more|less|least)\s+\p{Ll}+\s+|(?:${WEEKDAYS})\s+)?(\p{Ll}+)((?:\s+(?:(?:long|always)\s+)?(?:is|was|(?:has|had)\s+(?:(?:long|always)\s+)?been|remains|remained))?)\s+(?:that\b(?!\s+(?:is|was|were|are|has|have|had)\b)|to\s+(?!(?:the|a|an|${HOLDER}|fame)\b)\p{Ll})`, 'gu');
// ("her view is that ...", "His message has long been that ...", "her position remains that ...": the noun and its
// copula, with an adverb of duration, are the cue, the clause after "that" the content; not a
// relative "that" with a verb right after it, "his proposal that was rejected";
// a superlative or a weekday may stand before the noun: "his most puzzling claim was that", "her
// Tuesday pledge that"; and so may a hyphened compound, "her oft-repeated claim that")
// ("its claim to fame": the idiom for what something is known by, no claim made)

// "She returned with a promise to reopen talks": the noun is the cue, read as a verb-led stance (its infinitive the
// content, the clause's subject before "with" the source: quotes/nominal-content.ts); the word after "to" is a verb,
// not a determiner ("with a promise to the voters" names whom it was made to)
const WITH_PROMISE = new RegExp(String.raw`\bwith\s+(?:(?:a|an|the|new|fresh|firm)\s+)?(?:[\p{Ll}-]+\s+)?(${alternation(WITH_PROMISE_NOUNS)})(?=\s+to\s+(?!(?:the|a|an|${HOLDER}|this|that|these|those)\b)\p{Ll}{2,}\b)`, 'gu');

// a verb of questioning, the one questioned (one to four words) and "on", "about" or "over", right before a possessor
const QUESTIONED_ON = new RegExp(String.raw`\b(?:${alternation(QUESTIONING_VERBS)})\s+(?:[\p{L}.'’-]+\s+){1,4}(?:on|about|over)\s+$`, 'u');

// the infinitive's verb (an -ly adverb may come first: "failure to publicly condemn")
const INFINITIVE_VERB = /^(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;

/** Whether the infinitive's verb at `at` is a bare verb of saying or backing ("condemn", "endorse"), not another deed ("pay"). */
function sayingOrBackingNext(text: string, at: number): boolean {
  const verb = INFINITIVE_VERB.exec(text.slice(at, at + 40))?.[1] ?? '';
  const form = SPEECH_FORMS.get(verb);
  return form !== undefined && form.lemma === verb && !form.framed && (form.group === 'speech' || form.group === 'writing' || form.group === 'stance');
}

export function findNounCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  NOUN_CUE.lastIndex = 0;
  for (let m = NOUN_CUE.exec(text); m !== null; m = NOUN_CUE.exec(text)) {
    const modifier = m[1] ?? '';
    const noun = m[2] ?? '';
    // "her pledge to cut fares", "his threat to sue": a promise or demand with its infinitive
    const infinitive = !m[0].endsWith('that');
    const copula = m[3] ?? '';
    // ("his plan is to build" is a plan, not a promise: the copula only before "that")
    if (infinitive && copula !== '') continue;
    // ("pressed Ida Kim on her plan to raise pay": a plan is a cue only as the topic its holder is questioned on)
    const questionedPlan = infinitive && QUESTIONED_PLAN_NOUNS.has(noun) && QUESTIONED_ON.test(text.slice(Math.max(0, m.index - 60), m.index));
    const failedSaying = infinitive && FAILURE_NOUNS.has(noun) && sayingOrBackingNext(text, m.index + m[0].length - 1);
    if (!questionedPlan && !failedSaying && !(infinitive ? INFINITIVE_SPEECH_NOUNS : SPEECH_NOUNS).has(noun)) continue;
    const at = m.index + m[0].lastIndexOf(noun, m[0].length - (infinitive ? 4 : 5) - copula.length);
    // (the modifier is in the cue, as annotated news draws it: "his most puzzling claim was", "her Tuesday pledge")
    const start = at - modifier.length;
    if (inside(start)) continue;
    const end = at + noun.length + copula.length;
    out.push({ text: text.slice(start, end), start, end, lemma: noun, kind: 'noun', construction: 'possessed-clause' });
  }
  WITH_PROMISE.lastIndex = 0;
  for (let m = WITH_PROMISE.exec(text); m !== null; m = WITH_PROMISE.exec(text)) {
    const noun = m[1] ?? '';
    const start = m.index + m[0].length - noun.length;
    if (!inside(start)) out.push({ text: noun, start, end: start + noun.length, lemma: noun, kind: 'noun', construction: 'verb-object' });
  }
  const unheld = findUnheldCues(text, inside);
  // ("There is a growing fear that": the article's noun is the unheld pass's already)
  const existential = findExistentialCues(text, inside).filter((c) => !unheld.some((u) => u.start < c.end && c.start < u.end));
  const more = [...findNominalCues(text, inside), ...findQuestionCues(text, inside), ...findAccountCues(text, inside), ...unheld, ...existential, ...findTopicCues(text, inside), ...findLightClauseCues(text, inside), ...findRaisedTopicCues(text, inside)];
  return [...out, ...more].sort((a, b) => a.start - b.start);
}
