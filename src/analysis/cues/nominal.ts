// Stance nouns as cues: "his critique of the budget", "their endorsement of Ana Ruiz" (a possessor holds
// the stance, the object after the preposition is what it is about), criticism a target receives:
// "the plan faced criticism from farmers", "the mayor came under sharp criticism for the delay", a light
// verb's stance ("made a plea for calm") and backing received ("won the endorsement of the union").
// One pass finds the nouns; a bounded look at the 60-80 characters before each decides the
// construction, so the cost does not grow with anything but the number of such nouns.
import type { Cue } from '../../types.js';
import { alternation } from '../alternation.js';
import { ACCUSATION_NOUNS, CRITICISM_QUANTITIES, DEMAND_NOUNS, RECEIVED_STANCE_NOUNS, RECEIVING_VERBS, STANCE_NOUNS, STANCE_OBJECT_PREPOSITIONS } from '../../lexicon/stance-nouns.js';
import { LIGHT_VERB_NOUNS, PUSHED_THINGS, VERBAL_ATTACK_MODIFIERS } from '../../lexicon/stance-light-verbs.js';
import { BARE_OCCASION_NOUNS, OCCASION_NOUNS, ONE_OCCASION_NOUNS, SPOKEN_TOPIC_NOUNS } from '../../lexicon/spoken-topic-nouns.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { SOURCELESS_NEWS_NOUNS } from '../../lexicon/unheld-report-nouns.js';
import { HOLDER, POSSESSIVE_MARK } from './nominal-possessor.js';
import { backingVerbBefore, governingVerbStart, lightVerbBefore } from './nominal-verb.js';
import { BACKING_NOUNS } from '../../lexicon/backing-nouns.js';
import { OPEN_STANCE_NOUNS } from '../../lexicon/stance-nouns.js';
import { openStanceCue } from './nominal-open.js';

const STANCE = new Set(STANCE_NOUNS);
const RECEIVED = new Set(RECEIVED_STANCE_NOUNS);
const ACCUSATION = new Set(ACCUSATION_NOUNS);
const DEMAND = new Set(DEMAND_NOUNS);
const NOUN = new RegExp(`\\b(?:${alternation([...STANCE_NOUNS, ...RECEIVED_STANCE_NOUNS, ...ACCUSATION_NOUNS, ...DEMAND_NOUNS, ...Object.keys(LIGHT_VERB_NOUNS), ...BACKING_NOUNS, ...OPEN_STANCE_NOUNS, ...SPOKEN_TOPIC_NOUNS])})\\b`, 'g');
// what a light verb's own noun is about: "made the case for a tax", "threw its support behind Ada Ek"
const LIGHT_OBJECT_AFTER = new Map(Object.entries(LIGHT_VERB_NOUNS).map(([noun, prepositions]) => [noun, new RegExp(`^\\s+(?:${prepositions})(?=\\s+[\\p{L}\\p{N}“"‘'$£€])`, 'u')]));
const BACKING = new Set(BACKING_NOUNS);
// the backer after a backing noun: "the support of most residents", "the backing from unions"
const BACKER_AFTER = /^\s+(?:of|from)(?=\s+[\p{L}\p{N}“"‘'])/u;
// "put their weight behind the stalled van": a push, not backing
const PUSHED = new RegExp(String.raw`^\s+behind\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\p{L}-]+\s+)?(?:${alternation(PUSHED_THINGS)})\b`, 'u');
// a scathing attack, a verbal one: "launched an attack on the port" is a deed of war
const VERBAL_ATTACK = new RegExp(`\\b(?:${alternation(VERBAL_ATTACK_MODIFIERS)})\\s`);
// an infinitive's "to" right before a backing verb ("hopes to win the backing of")
const TO_BEFORE = /\bto\s+$/;
// what is demanded: "for" and a word ("her call for a ban")
const DEMANDED_AFTER = /^\s+for(?=\s+[\p{L}\p{N}“"‘'$£€])/u;
// what is alleged: "of" or "about" and a word ("claims of $2 million" are sums, not words; "the claims of
// the victims" names the claimants, not the claim: after "of", no determiner)
const ALLEGED_AFTER = new RegExp(String.raw`^\s+(?:of(?!\s+(?:the|this|that|these|those|${HOLDER}|my|your|some|many|several|both|all)\s)|about)(?=\s+[\p{L}“"‘'])`, 'u');
const OBJECT_AFTER = new RegExp(`^\\s+(?:${alternation(STANCE_OBJECT_PREPOSITIONS)})(?=\\s+[\\p{L}\\p{N}“"‘'])`, 'u');
const SPOKEN_TOPIC = new Set(SPOKEN_TOPIC_NOUNS);
// the topic of things said: "on" or "about" (perhaps after a weekday: "comments Tuesday on"), then no time, medium or
// occasion ("remarks on Friday", "comments on Twitter", "remarks on the campaign trail", "comments on local radio",
// "remarks on arrival", "comments on a talk show" say when or where, not what: lexicon/spoken-topic-nouns.ts OCCASION_NOUNS;
// not after "a planned"/"a proposed": "remarks on a planned visit" may be about it)
const OCCASION = String.raw`(?:${WEEKDAYS}|the\s+(?:[\p{Ll}-]+\s+)?(?:${alternation(OCCASION_NOUNS)})|an?\s+(?:(?!\p{Ll}+ed\s)[\p{Ll}-]+\s+)?(?:${alternation(ONE_OCCASION_NOUNS)})|(?:[\p{Ll}-]+\s+)?(?:${alternation(BARE_OCCASION_NOUNS)}))\b`;
const TOPIC_AFTER = new RegExp(String.raw`^\s+(?:(?:${WEEKDAYS}|yesterday|today)\s+)?(?:on|about)(?=\s+(?!${OCCASION})[\p{Ll}\p{N}“"‘'$])`, 'u');

// a possessor (nominal-possessor.ts) and at most one modifier right before the noun: "his", "the senator's",
// "Ana Ruiz's harsh" (one: a stance object's cue draws its modifier, "his blunt criticism of")
const POSSESSOR_BEFORE = new RegExp(String.raw`${POSSESSIVE_MARK}\s+((?:[\p{Ll}-]+\s+)?)$`, 'u');
// "his attacks on": only a person's attacks are words; "the army's attack on the port" is a deed
const PERSON_POSSESSOR_BEFORE = /\b[Hh](?:is|er)\s+((?:[\p{Ll}-]+\s+)?)$/u;
// (group 1 of both: the modifier, which annotated news draws into the cue: "his blunt criticism of")
// a verb of receiving or provoking, perhaps a mass ("a barrage of"), and at most three modifiers ("came
// under heavy", "sparked immediate and angry"), none a preposition ("faced the prospect of criticism" is no
// criticism received)
// (group 2: the modifiers right before the noun)
const RECEIVING_BEFORE = new RegExp(`\\b(${alternation(RECEIVING_VERBS).replace(/ /g, '\\s+')})\\s+(?:an?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${alternation(CRITICISM_QUANTITIES)})\\s+of\\s+)?((?:(?!(?:of|for|from|by|with|to|in|on|at)\\s)[\\p{Ll}-]+\\s+){0,3})$`, 'u');

// "mourned after news that the mill would close", "news has emerged that ...": the noun (and its verb of
// appearing) is the cue, the clause after "that" the content, read by the quote stage as for "her claim
// that" (not a relative "that": "news that was published"; lower case only: "told the Daily News that"
// is a paper's name)
const NEWS = new RegExp(`\\b(?:${alternation(SOURCELESS_NEWS_NOUNS)})(?:\\s+(?:has|had|have)\\s+(?:emerged|broken|surfaced|spread))?(?=\\s+that\\s+(?!(?:is|was|were|are|has|have|had|will|would|could|can|may|might)\\b))`, 'gu');

export function findNominalCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  NOUN.lastIndex = 0;
  let received: RegExpExecArray | null;
  let owner: RegExpExecArray | null;
  for (let m = NOUN.exec(text); m !== null; m = NOUN.exec(text)) {
    const noun = m[0];
    const start = m.index;
    if (inside(start)) continue;
    const before = text.slice(Math.max(0, start - 60), start);
    // "her critique of the budget": the cue runs over the preposition, as annotators draw it
    const after = text.slice(start + noun.length, start + noun.length + 12);
    const object = STANCE.has(noun) ? OBJECT_AFTER.exec(after) : DEMAND.has(noun) ? DEMANDED_AFTER.exec(after)
      : SPOKEN_TOPIC.has(noun) ? TOPIC_AFTER.exec(text.slice(start + noun.length, start + noun.length + 48)) : null;
    // "allegations of bribery", "the ministry's claims about the vaccine": no possessor needed
    const alleged = object === null && ACCUSATION.has(noun) ? ALLEGED_AFTER.exec(text.slice(start + noun.length, start + noun.length + 24)) : null;
    if (alleged !== null) {
      const end = start + noun.length + alleged[0].length;
      out.push({ text: text.slice(start, end), start, end, lemma: noun, kind: 'noun', construction: 'alleged' });
    } else if (object !== null && (owner = (noun.startsWith('attack') ? PERSON_POSSESSOR_BEFORE : POSSESSOR_BEFORE).exec(before)) !== null) {
      // "has toned down her attacks on": the verb that governs the noun opens the cue; else the noun with
      // its modifier ("his blunt criticism of")
      const verb = governingVerbStart(text, start);
      const from = verb >= 0 ? verb : start - (owner[1] ?? '').length;
      const end = start + noun.length + object[0].length;
      out.push({ text: text.slice(from, end), start: from, end, lemma: noun, kind: 'noun', construction: verb >= 0 ? 'verb-object' : 'possessed-object' });
    } else if (RECEIVED.has(noun) && (received = RECEIVING_BEFORE.exec(before)) !== null) {
      // "came under fierce criticism for the delay": with the reason right after the noun, annotated
      // news draws the noun's modifiers and the "for" into the cue (3 of 4 on dev), else the noun alone
      const reason = DEMANDED_AFTER.exec(after);
      const from = reason === null ? start : start - (received[2] ?? '').length;
      const end = start + noun.length + (reason?.[0].length ?? 0);
      // (where the verb starts goes with the cue: the quote stage reads the target before it)
      const verbStart = start - before.length + received.index;
      out.push({ text: text.slice(from, end), start: from, end, lemma: noun, kind: 'noun', construction: 'received', verbStart });
    } else {
      // "made a plea for calm", "heaped praise on the nurses", "threw its support behind Ada Ek": a light
      // verb, its noun and the preposition are one cue, and the verb's subject holds the stance
      const heading = object ?? LIGHT_OBJECT_AFTER.get(noun)?.exec(after) ?? null;
      const pushed = noun === 'weight' && PUSHED.test(text.slice(start + noun.length, start + noun.length + 48));
      const light = heading !== null && !pushed ? lightVerbBefore(text, start) : null;
      if (light !== null && heading !== null && !(noun.startsWith('attack') && !VERBAL_ATTACK.test(light.modifiers))) {
        const end = start + noun.length + heading[0].length;
        out.push({ text: text.slice(light.start, end), start: light.start, end, lemma: noun, kind: 'noun', construction: 'verb-object' });
        continue;
      }
      // "after criticism of the ruling", "amid public outrage over fares": a stance no one holds by name
      const open = openStanceCue(text, noun, start, before);
      if (open !== null) {
        out.push(open);
        continue;
      }
      // "Ada Ek won the endorsement of the union", "the plan has the support of most residents": backing
      // received, the backer after "of" or "from" (nominal-received.ts)
      const backer = BACKING.has(noun) ? BACKER_AFTER.exec(after) : null;
      const backed = backer !== null ? backingVerbBefore(text, start) : null;
      // (not after "to": "hopes to win the backing of", "appears to have lost the support of" assert no backing)
      if (backer === null || backed === null || TO_BEFORE.test(text.slice(Math.max(0, backed.start - 4), backed.start))) continue;
      const end = start + noun.length + backer[0].length;
      out.push({ text: text.slice(backed.start, end), start: backed.start, end, lemma: noun, kind: 'noun', construction: 'backing' });
    }
  }
  NEWS.lastIndex = 0;
  const news: Cue[] = [];
  for (let m = NEWS.exec(text); m !== null; m = NEWS.exec(text)) {
    if (!inside(m.index)) news.push({ text: m[0], start: m.index, end: m.index + m[0].length, lemma: 'news', kind: 'noun', construction: 'possessed-clause' });
  }
  return news.length === 0 ? out : [...out, ...news].sort((a, b) => a.start - b.start);
}
