// A written rule as the source of what it lays down: "The law requires landlords to post their fees", "a state
// ordinance that bars trucks from the bridge", "The treaty, which both nations signed, obliges them to share the
// river", "there is no rule allowing it". The verb is the cue (with "for" after "allow": "a clause that allows for
// fines"), the rule noun phrase before it the source (quotes/verb-cue.ts reads both as for any verb cue). Only right
// after a rule noun (lexicon/provisions.ts), its relative "that" or "which", or an aside set off by commas: "the
// storm required a rescue", "the team was allowed to stay" lay nothing down. One regex pass.
import type { Cue } from '../../types.js';
import { LAYING_DOWN_VERBS, RULE_NOUNS } from '../../lexicon/provisions.js';
import { alternation, capitalised } from '../alternation.js';

// a rule noun ("in order to" is no order), in lower case or, as part of a rule's name, capitalised after a capitalised
// word ("the Clean Rivers Act", "the U.N. Charter"; "Bill allows his son ..." is a man), then "that"/"which", or an
// aside of up to 70 characters set off by commas, then auxiliaries (perhaps negated) and adverbs. The look-ahead
// for a capitalised rule noun's first letter spares the look-behind, which walks back over the word before in
// every position of the text, the places where no such noun starts (the same matches, a fifth of the time).
const CAPITALISED_RULES = capitalised(RULE_NOUNS);
const CAPITAL_STARTS = [...new Set(CAPITALISED_RULES.map((w) => w.charAt(0)))].join('');
const RULE = String.raw`(?<!\bin\s)(?:\b(?:${alternation(RULE_NOUNS)})|(?=[${CAPITAL_STARTS}])(?<=\p{Lu}[\p{L}.]*\s)(?:${alternation(CAPITALISED_RULES)}))\b`;
const BRIDGE = String.raw`(?:,?\s+(?:that|which)|\s*,[^,.;:!?\n]{1,70},)?`;
const AUX = String.raw`(?:\s+(?:would|will|could|can|may|might|must|should|does|do|did|also|still|now|only|already|effectively|specifically|explicitly|expressly|generally)(?:\s+not|n[’']t)?)*`;
const PROVISION = new RegExp(String.raw`${RULE}${BRIDGE}${AUX}\s+(${alternation(LAYING_DOWN_VERBS)})(\s+for)?\b`, 'gu');

// a determiner-led noun phrase opening its sentence, the rule noun right after it
const OPENING_PHRASE = /(?:^|[.!?]["”’']?\s+|\n)(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Each|Every|Any)\s+(?:[\p{L}\d’'.-]+\s+){0,3}$/u;

/** A relative or participle on a rule that opens its sentence: the main verb comes after the clause ("A new law that
 * allows towns to borrow took effect in May", "The rule requiring masks was lifted"), and the content would run into it. */
function headsOpeningSubject(text: string, at: number, match: string, verb: string): boolean {
  const relative = /^[^\s,]+\s+(?:that|which)\s/u.test(match) || (/ing$/.test(verb) && /^\S+\s+\S+$/u.test(match.trim()));
  return relative && OPENING_PHRASE.test(text.slice(Math.max(0, at - 60), at));
}

export function findProvisionCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  PROVISION.lastIndex = 0;
  for (let m = PROVISION.exec(text); m !== null; m = PROVISION.exec(text)) {
    const verb = m[1] ?? '';
    const particle = /^allow/i.test(verb) ? m[2] ?? '' : '';
    const start = m.index + m[0].length - verb.length - (m[2] ?? '').length;
    if (inside(start) || headsOpeningSubject(text, m.index, m[0], verb)) continue;
    const end = start + verb.length + particle.length;
    out.push({ text: text.slice(start, end), start, end, lemma: verb.toLowerCase(), kind: 'verb' });
  }
  return out;
}
