// Speech verbs from the lexicon, in every form, outside quotes. A form that is also a common noun
// ("report", "claim") counts only in a verb's context: after a pronoun, an auxiliary or an adverb,
// or before "that" or a quotation. Any form right after a determiner is a noun ("the report"). The gates
// that rule a form out are in verb-gates.ts, its verb context in verb-reading.ts; the cue's span around
// a form that passes is read in verb-span.ts.
import type { Cue } from '../../types.js';
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { ASPECT_VERBS, BACKING_LEMMAS, REFUSAL_VERBS } from '../../lexicon/cue-contexts.js';
import { KNOWN_DEGREE } from './verb-contexts.js';
import { chainStart, gerundChainStart, subjectInfinitiveStart } from './verb-chains.js';
import { ruledOut } from './verb-gates.js';
import { readsAsVerb } from './verb-reading.js';
import { cueEnd, cueStart } from './verb-span.js';
import { sentMessageStart } from './message-lead.js';
import { answerLeadStart } from './answer-lead.js';
import { modifiedNounStart } from './noun-modifier.js';
import { afterStrandedPreposition } from './contact-clause.js';

// a quote's last word "to", its closing mark, then the form: “We want to,” said Ida Lind
const TO_ENDING_A_QUOTE = /\bto[,.!?]?["”’'][\s,]*$/i;
// the end of a clause right after an infinitive (an adverb of no-comment may stand between: "refused to comment further.")
const BARE_INFINITIVE_END = /^(?:\s+(?:further|publicly|again|outright|immediately|directly))?\s*(?:[.,;:!?)—–]|$|\s+(?:and|but|or)\b)/;

export function findVerbCues(text: string, words: readonly SpeechWord[], inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  // (an index loop: `entries()` would build a pair per speech form of the text)
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === undefined) continue;
    const { word, form, before, before2, before2At } = w;
    const at = w.start;
    if (inside(at)) continue;
    // a form already read into the cue before it ("reported back", "hit back at") is no cue of its own
    if ((out[out.length - 1]?.end ?? -1) > at) continue;
    // a frame missing, a noun, a name word, an idiom, an act, a describing participle (verb-gates.ts)
    if (ruledOut(text, w, words[i - 1])) continue;
    // an infinitive ("vowed to build", "wants to respond to") belongs to the clause around it;
    // as cues they cost more speakers and cues than the quotes they find (measured on PolNeAR dev)
    // except after a verb of going on or starting ("continued to criticize", "began to question"): the
    // cue is the whole chain, as annotated news marks it
    // (a "to" that ends a quote before the form is no infinitive marker of it)
    // (nor is a "to" stranded by a contact clause before a past form: "Growers I spoke to said", contact-clause.ts)
    const stranded = /^to$/i.test(before) && afterStrandedPreposition(text, w);
    const infinitive = /^to$/i.test(before) && !TO_ENDING_A_QUOTE.test(text.slice(Math.max(0, at - 12), at)) && !stranded;
    // ("has refused to confirm", "refused to endorse": a refusal to say or to back something is one chain too)
    // (not a bare infinitive, "refused to concede.", "refused to apologise, saying ...": nothing is withheld after it, so
    // "refused" is the cue and the infinitive its content, as with "declined to resign")
    const refusal = REFUSAL_VERBS.has(before2.toLowerCase()) && (form.group === 'speech' || BACKING_LEMMAS.has(form.lemma))
      && !BARE_INFINITIVE_END.test(text.slice(at + word.length, at + word.length + 24));
    const aspect = infinitive && (ASPECT_VERBS.has(before2.toLowerCase()) || refusal) && /^\s+to\s+$/i.test(text.slice(before2At + before2.length, at));
    // "went on to thank", "took to social media to say": the chain's first verb heads the cue (CHAIN_TO_SPEECH)
    const chainAt = infinitive && !aspect ? chainStart(text, at) : -1;
    // ("enough for Osk to claim", "prompted Ana Lind to castigate": an infinitive with its own subject, verb-chains.ts)
    const ownSubject = infinitive && !aspect && chainAt < 0 ? subjectInfinitiveStart(text, at) : -1;
    // ("has taken to urging": a gerund after a chain that ends in "to" is no infinitive, verb-chains.ts GERUND_CHAIN)
    const toGerund = infinitive && !aspect && chainAt < 0 && ownSubject < 0 ? gerundChainStart(text, at, word) : -1;
    if (infinitive && !aspect && chainAt < 0 && ownSubject < 0 && toGerund < 0) continue;
    // a form that is also a noun wants a verb's context; some forms count only after a quote (verb-reading.ts)
    if (!readsAsVerb(text, w, words[i + 1], words[i - 1])) continue;
    const knownDegree = form.lemma === 'know' && KNOWN_DEGREE.test(before);
    // ("is best known for": the degree word before "known" is the cue's, as an -ly adverb would be)
    const degree = knownDegree && text.slice(at - before.length - 1, at) === `${before} `;
    // "sent a note to the board asking": the sent message leads the participle's cue (message-lead.ts)
    const sent = aspect || chainAt >= 0 ? -1 : sentMessageStart(text, at, word);
    // "kept saying", "began by praising": the chain's first verb heads the cue (verb-chains.ts)
    // ("responded Friday, saying", "answered a question by insisting": the answering verb leads the cue: answer-lead.ts)
    const chainedGerund = aspect || chainAt >= 0 || sent >= 0 ? -1 : gerundChainStart(text, at, word);
    const gerundAt = chainedGerund >= 0 || aspect || chainAt >= 0 || sent >= 0 ? chainedGerund : answerLeadStart(text, at, word);
    const chained = aspect ? before2At : gerundAt;
    const head = aspect ? before2At : chainAt >= 0 ? chainAt : ownSubject >= 0 ? ownSubject : degree ? at - before.length - 1 : sent >= 0 ? sent : gerundAt >= 0 ? gerundAt : at;
    if (chained >= 0 && (out[out.length - 1]?.end ?? -1) > chained) out.pop(); // "continued" alone was taken as a cue
    // ("Lind's terse reply:": a possessive's describing word is the noun-like form's: noun-modifier.ts)
    const modified = head === at ? modifiedNounStart(text, at, word, form.lemma) : -1;
    const start = modified >= 0 ? modified : stranded ? head : cueStart(text, head); // (the stranded "to" is the clause's)
    const end = cueEnd(text, at, word, form.lemma);
    out.push({ text: text.slice(start, end), start, end, lemma: form.lemma, kind: 'verb' });
  }
  return out;
}
