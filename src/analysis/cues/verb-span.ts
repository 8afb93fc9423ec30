// The span of a verb cue, by annotated news' conventions: back over the auxiliaries and adverbs before
// the verb ("has also said", "didn't think"), on over what is read with it after ("called for", "is seen
// as", "expressed concern about", "said in a statement", "said Monday", "added:"). The start reads only a
// bounded window before the verb, the end only bounded windows after it.
import { LY_ADJECTIVES, LY_ALSO_ADVERBS, LY_NOT_MANNER } from '../../lexicon/ly-words.js';
import { AGAIN_AFTER, BE_THEN_ADVERBS, HEADING_PREPOSITION, HEADING_PREPOSITION_NOT_SAY, RELATIVE_THEN_SUBJECT, SENTENCE_OPENING } from './verb-contexts.js';
import { BROADCAST_TITLE, CHANNEL, ONLINE_MEDIUM, SPOKEN_MEDIUM_ON, VENUE_ON } from './verb-mediums.js';
import { auxBefore, AT_NOUN_CLAUSE, AT_PHRASE_THEN_CLAUSE, LIGHT_NOUN, LIGHT_VERBS, PARTICLES } from './verb-span-words.js';
import { PASSIVE_AS } from './frames.js';
import { PHRASAL_PARTICLES } from './phrasal-frames.js';
import { MESSAGE_THEN_PARTICIPLE } from './message-lead.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { DAY_PARTS } from '../../lexicon/time-words.js';
import { alternation } from '../alternation.js';

// an -ly adverb of manner, then "about" or "of"
const MANNER_THEN_HEADING = /^\s+(\p{Ll}{2,}ly)\s+(?:about|of)\b/u;
// an -ly adjective that is an adverb too, with the white space after it
const ALSO_ADVERB = new RegExp(String.raw`^(?:${alternation([...LY_ALSO_ADVERBS])})\s`, 'i');

/**
 * Whether a word the auxiliary run took (`m`, found in it at `from` in the text) is none of the cue's: with
 * the i flag \p{Ll} also matches capitals, so a name like "Beverly" is no adverb; a noun or adjective in -ly
 * is no adverb either ("Mr Lind's family said" keeps "family" and its "'s" out) unless it is one too ("only
 * saying", "early said"); "May" inside a sentence is the month, not the modal ("published in May found").
 */
function notAuxWord(text: string, from: number, m: RegExpMatchArray): boolean {
  const at = from + (m.index ?? 0);
  const adjective = LY_ADJECTIVES.has(m[0].trimEnd().toLowerCase()) && !ALSO_ADVERB.test(m[0]);
  return (m[0].startsWith('May') ? !SENTENCE_OPENING.test(text.slice(Math.max(0, at - 4), at)) : /^\p{Lu}/u.test(m[0])) || adjective;
}

// a capitalised word that is no pronoun, right before a "'s"
const NAME_BEFORE = /(?:^|[^\p{L}])(?!(?:He|She|It|That|There|Who|What|Here|Where|One|Let)$)\p{Lu}[\p{L}.&-]*$/u;

// a court's vote after its ruling verb: "6-1", "5 to 4" (acts.ts lets it stand between a ruling and what it holds)
export const RULING_VOTE = String.raw`\d{1,2}\s*[-–]\s*\d{1,2}|\d{1,2}\s+to\s+\d{1,2}`;
const RULING_SCORE = new RegExp(String.raw`^\s+(?:${RULING_VOTE})(?=\s)`);
// a bare weekday, perhaps with its part of the day, that is no possessive ("said Monday night", not "Monday's vote")
const WEEKDAY_AFTER = new RegExp(String.raw`^\s+(?:${WEEKDAYS})(?!(?:\s+(?:${DAY_PARTS}))?['’]s)(?:\s+(?:${DAY_PARTS}))?\b`);

// "to know" before a question word ("wished to know why"): the infinitive asks, the question is the content
const TO_KNOW = /^\s+to\s+know(?=\s+(?:whether|if|why|how|what|who|whom|which|when|where)\b)/;

/** The length of the programme `after` opens with that a verb of `lemma` reads into its cue (0 if none: BROADCAST_TITLE). */
function broadcast(after: string, lemma: string): number {
  const m = BROADCAST_TITLE.for(after).exec(after);
  return m !== null && (m[1] !== undefined || lemma === 'say') ? m[0].length : 0;
}

/** Where the cue starts: `head` (the verb, or the first verb of a chain) moved back over its auxiliaries and adverbs. */
export function cueStart(text: string, head: number): number {
  const auxText = auxBefore(text.slice(Math.max(0, head - 40), head))?.[0] ?? '';
  const auxFrom = head - auxText.length;
  const dropped = [...auxText.matchAll(/\p{L}+ly\s+|\bMay\s+/gu)].filter((m) => notAuxWord(text, auxFrom, m));
  const lastDropped = dropped[dropped.length - 1];
  const kept = lastDropped !== undefined ? auxText.slice((lastDropped.index ?? 0) + lastDropped[0].length) : auxText;
  // "Moody's said", "Hallett's warned that": the "'s" of a capitalised name is the name's own (a firm named for its
  // founder), not "has" or "is" (verb-gates.ts lets such a form be a verb when a clause or date follows it)
  const own = /^[’']s\s+/.exec(kept);
  if (own !== null && kept === auxText && NAME_BEFORE.test(text.slice(Math.max(0, auxFrom - 30), auxFrom))) return head - kept.length + own[0].length;
  return head - kept.length;
}

/** Where the cue of `word` (at `at`, of `lemma`) ends: after its particle, a passive's "as", a light verb's noun, a message, a channel, a weekday or closing adverb, a colon. */
export function cueEnd(text: string, at: number, word: string, lemma: string): number {
  // "ruled 6-1 that", "ruling 5 to 4 against": a court's vote is read with its ruling (before its particle)
  const score = lemma === 'rule' ? RULING_SCORE.exec(text.slice(at + word.length, at + word.length + 12)) : null;
  const afterAt = at + word.length + (score?.[0].length ?? 0);
  const after = text.slice(afterAt, afterAt + 24);
  // the preposition that heads the content is read with the verb ("worried about", "called for",
  // "rail against", "spoke out", "supporters of"; "on" and "of" but not after "say": "said on
  // Sunday", "said of" are split in annotated news)
  // ("posted on X", "commented on Threads": "on" and a platform is where, never what the content is about; so is a
  // medium of speaking, "argued on air", "joked on stage": SPOKEN_MEDIUM_ON)
  // (and "on" before a programme's quoted title is where the speaker spoke: BROADCAST_TITLE, read below)
  const onPlatform = /^\s+on\s/.test(after)
    && (ONLINE_MEDIUM.test(text.slice(afterAt, afterAt + 48)) || SPOKEN_MEDIUM_ON.test(text.slice(afterAt, afterAt + 40))
      || broadcast(text.slice(afterAt, afterAt + 120), lemma) > 0);
  // (a verb with no "on" of its own takes none before a call, a site or a podcast either: "asked on a call with
  // bankers", VENUE_ON; "commented on", "insisted on" keep theirs)
  const onVenue = (): boolean => VENUE_ON.test(text.slice(afterAt, afterAt + 64));
  // (and an "at" before a short phrase and a that-clause is where: "hinted at a meeting that", AT_PHRASE_THEN_CLAUSE)
  const atWhere = (): boolean => {
    const window = text.slice(afterAt, afterAt + 64);
    return AT_PHRASE_THEN_CLAUSE.test(window) && !AT_NOUN_CLAUSE.for(window).test(window);
  };
  // (a phrasal frame reads the 64 characters frames.ts reads, so the cue keeps its particle whenever frames.ts let the
  // verb be a cue: "hit out at the ball, calling it ..." is judged by what follows the thing, phrasal-frames.ts)
  const particle = onPlatform ? null : PHRASAL_PARTICLES[lemma]?.exec(text.slice(afterAt, afterAt + 64)) ?? (atWhere() ? null : PARTICLES[lemma]?.exec(after.slice(0, 12)))
    ?? HEADING_PREPOSITION.exec(after) ?? (lemma !== 'say' && !onVenue() ? HEADING_PREPOSITION_NOT_SAY.exec(after) : null);
  // ("talks openly of", "spoke candidly about": a manner adverb, then "about" or "of", after a lemma that takes "about"
  // or "of" as its own particle, is read with the verb; not "asked repeatedly about", the topic of a question, which
  // the quote stage reads on "asked" alone)
  const heading = particle === null && lemma !== 'ask' ? MANNER_THEN_HEADING.exec(after) : null;
  const aboutOrOf = heading !== null && !LY_NOT_MANNER.has(heading[1] ?? '') && (PARTICLES[lemma]?.test(' about') === true || PARTICLES[lemma]?.test(' of') === true);
  let end = afterAt + (particle?.[0].length ?? 0) + (aboutOrOf ? heading[0].length : 0);
  // "demanded to know who", "want to know when": the question asked is the content, "to know" the cue's
  // (annotated news, 2 of 2 on dev)
  if (particle === null && !aboutOrOf) end += TO_KNOW.exec(text.slice(end, end + 32))?.[0].length ?? 0;
  // "was often derided as", "is seen as": a passive keeps its "as" (frames.ts)
  // ("as" first: it is read on one anchored window, the "be" before on every position of forty characters)
  const asAfter = particle === null ? PASSIVE_AS.exec(text.slice(end, end + 24)) : null;
  // (and so does an active verb whose object is a relative word before its subject: "which critics described as")
  const passiveAs = asAfter !== null && (BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at))
    || (end === at + word.length && RELATIVE_THEN_SUBJECT.test(text.slice(Math.max(0, at - 48), at)))) ? asAfter : null;
  if (passiveAs !== null) end += passiveAs[0].length;
  // "expressed concern about", "offered his thoughts on", "signaled his desire": a light verb and its
  // noun of stance are one cue in annotated news, and what the stance is about is the content
  const light = particle === null && LIGHT_VERBS.test(lemma) ? LIGHT_NOUN.exec(text.slice(end, end + 60)) : null;
  if (light !== null) end += light[0].length;
  // "said in a statement", "said in an interview": annotated news keeps the channel in the cue
  // "issued a statement saying", "released a statement on Monday calling": the message and the
  // participle that reports it are one cue in annotated news (3 of 3 on dev), and so are "wrote a letter to the
  // mayor asking" and "sent an email saying" (4 of 5 on dev; the fifth had a month after its recipient: message-lead.ts)
  const message = lemma === 'release' || lemma === 'issue' || lemma === 'write' ? MESSAGE_THEN_PARTICIPLE.exec(text.slice(end, end + 120)) : null;
  if (message !== null) end += message[0].length;
  const channel = message === null ? CHANNEL.exec(text.slice(end, end + 48)) : null;
  if (channel !== null) end += channel[0].length;
  // "said Monday", "wrote Tuesday night", "said dryly.", "replied curtly: ...": a bare weekday or a closing manner adverb
  // is read with the verb in annotated news ("on Monday" and adverbs before a clause are not)
  const when = WEEKDAY_AFTER.exec(text.slice(end, end + 32));
  if (when !== null) end += when[0].length;
  else {
    const manner = /^\s+\p{Ll}+ly(?=\s*[.,;:!?])/u.exec(text.slice(end, end + 24));
    if (manner !== null && !LY_NOT_MANNER.has(manner[0].trimStart())) end += manner[0].length;
    // "vowed again", "noted afterward", "reported back": a closing adverb of the act is read with it too
    // (not "back in 2015", "back when": a time)
    else end += AGAIN_AFTER.exec(text.slice(end, end + 24))?.[0].length ?? 0;
  }
  // "said on a network's "Evening Desk"", "said Monday on "Week in Review"": the programme is the cue's too
  end += broadcast(text.slice(end, end + 120), lemma);
  if (text[end] === ':') end++; // "added:" leading into a quote: annotated news keeps the colon in the cue
  return end;
}
