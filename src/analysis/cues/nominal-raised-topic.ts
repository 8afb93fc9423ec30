// A worry put into words about a topic: "Parents raised concerns about the new timetable", "the union has raised
// fears over the job cuts", "Two judges raised doubts about the evidence". The verb, its noun and the preposition are one
// cue (as annotated news draws "expressed concern about"), the verb's subject holds the worry and the topic after the
// preposition is the content (quotes/nominal-content.ts, as for "made a plea for"). The clause form ("raised concerns
// that") is nominal-light-clause.ts's. Only after a holder who can speak: a name, a pronoun, a plural of people or a
// role or body noun; "The crash raised fears about safety" and "The delay raises doubts over the date" state an effect,
// no one's words. Not "questions": a question raised about someone is as often the writer's as a holder's.
import type { Cue } from '../../types.js';
import { BARE_LIGHT_CLAUSE_NOUNS } from '../../lexicon/stance-light-verbs.js';
import { PERSON_ROLES } from '../../lexicon/roles.js';
import { ORGANIZATION_WORDS } from '../../lexicon/organisations.js';
import { alternation } from '../alternation.js';
import { barePluralHead } from './plural-head-clause.js';

// the worries a holder raises, of BARE_LIGHT_CLAUSE_NOUNS, and "objections" (raised to or about a plan)
const WORRY_NOUNS = [...BARE_LIGHT_CLAUSE_NOUNS.filter((n) => /^(?:concerns|fears|doubts)$/.test(n)), 'objections', 'worries'];
// the verb, at most one modifier, the noun and the preposition of its topic, with a word after it (one pass anchored on
// the verb; the holder is read on a short window before it)
const RAISED_TOPIC = new RegExp(String.raw`\b(?:raise|raises|raised|raising)\s+(?:(?!(?:about|over|the|a|an|that)\s)[\p{Ll}-]+\s+)?(?:${alternation(WORRY_NOUNS)})\s+(?:about|over|regarding)(?=\s+[\p{L}\p{N}“"‘'$£€])`, 'gu');
// auxiliaries and adverbs before the verb (group 3), and the word before them (group 1, then its space), the holder's last word
const HOLDER_BEFORE = /(?:^|[\s,;(])([\p{L}’'.-]+)(\s+)((?:(?:has|have|had|also|already|again|repeatedly|publicly)\s+)*)$/u;
const ABSTRACT_ENDING = /(?:s|ion|ing|ment|ure|ty|cy|ness|ism)$/;
const PRONOUN_HOLDER = /^(?:he|she|they|we|I|He|She|They|We)$/;

/** Whether `word`, right before the verb chain, can end the name of a holder who speaks. */
function holderWord(word: string): boolean {
  if (PRONOUN_HOLDER.test(word) || /^\p{Lu}/u.test(word)) return true;
  const lower = word.toLowerCase();
  return barePluralHead(lower) || PERSON_ROLES.has(lower) || ORGANIZATION_WORDS.has(lower);
}

export function findRaisedTopicCues(text: string, inside: (at: number) => boolean): Cue[] {
  const out: Cue[] = [];
  RAISED_TOPIC.lastIndex = 0;
  for (let m = RAISED_TOPIC.exec(text); m !== null; m = RAISED_TOPIC.exec(text)) {
    const window = text.slice(Math.max(0, m.index - 60), m.index);
    const before = HOLDER_BEFORE.exec(window);
    if (before === null) continue;
    const holder = before[1] ?? '';
    const start = m.index - (before[3] ?? '').length;
    const holderStart = start - (before[2] ?? '').length - holder.length;
    // (a capitalised plural or abstract noun that only opens the sentence is no name: "Delays raised fears about",
    // "Inflation has raised fears over"; "Okafor raised concerns" is)
    const opensSentence = /(?:^|[.!?]["”’']?\s+|\n\s*)$/.test(text.slice(Math.max(0, holderStart - 4), holderStart));
    const abstract = opensSentence && ABSTRACT_ENDING.test(holder) && !holderWord(holder.toLowerCase());
    if (inside(start) || !holderWord(holder) || abstract) continue;
    const end = m.index + m[0].length;
    const noun = /(\p{L}+)\s+\p{L}+$/u.exec(m[0])?.[1] ?? '';
    out.push({ text: text.slice(start, end), start, end, lemma: noun, kind: 'noun', construction: 'verb-object' });
  }
  return out;
}
