// Epithets: "Pia Lund scored twice. 'It was my day,' the Dane said." News refers back to a person it has just named by
// nationality, age or position, words that no title gave the person, so the role-fitting search cannot find them.
// Such a description resolves to the one person named in reach, never to one of two (see Salience.solePerson).
import type { Mention } from '../../types.js';
import { EPITHET_HEADS } from '../../lexicon/reference-heads.js';
import { ROLE_TIME_WORDS } from '../../lexicon/titles.js';
import type { Draft } from './registry.js';
import { fitsPersonRole } from './roles.js';
import { isDemonym } from '../mentions/words.js';

// between "the" and the head: capitalised words ("the former Ostrian international"), an age ("the 34-year-old"),
// the time words of a role ("former", "acting": ROLE_TIME_WORDS) and other epithets ("the rookie forward"); any other
// lower-case word makes it something else ("the way forward"; "the veteran forward" too, as "veteran" is in neither list)
const AGE = /^\p{N}+-?$/u;

/** Whether a definite description is an epithet: "the Dane", "the 34-year-old", "the former Ostrian international". */
export function isEpithet(m: Mention): boolean {
  const head = m.head ?? '';
  const demonym = isDemonym(head);
  if (!demonym && !EPITHET_HEADS.has(head)) return false;
  const words = m.text.split(/[\s\u00a0]+/);
  if (words[0]!.toLowerCase() !== 'the') return false;
  for (const w of words.slice(1, -1)) {
    const lower = w.toLowerCase();
    if (!(/^\p{Lu}/u.test(w) || AGE.test(w) || ROLE_TIME_WORDS.has(lower) || EPITHET_HEADS.has(lower) || /^\p{N}+-year-old$/u.test(lower))) return false;
  }
  return true;
}

/** Whether the person found fits the epithet: the gender it implies; for a position, the titles the person was given. */
export function fitsEpithet(d: Draft, m: Mention, wanted: readonly string[]): boolean {
  if (m.gender !== null && d.gender !== null && d.gender !== m.gender) return false;
  // nationality, age and caps say nothing a title would ("Rangers manager X" may be "the former Ostrian international")
  const head = m.head ?? '';
  if (isDemonym(head) || head === 'year-old' || head === 'international') return true;
  // "Coach Ida Berg ... the forward said", "Norland striker X ... the Ostrian forward": someone else
  if (wanted.length > 0 && d.context.size > 0 && !wanted.every((w) => d.context.has(w))) return false;
  return d.roles.length === 0 || fitsPersonRole(d, head);
}
