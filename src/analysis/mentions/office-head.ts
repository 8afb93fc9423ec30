// Part of step 3 (descriptions.ts): "office" heads a body's description only when a word of what the office does or
// whose it is stands right before it ("the land office", "the county clerk's office", "the sheriff's office", "the
// press office said"). Bare, or after a verb or a possessive determiner, it names a room or a post ("left the office",
// "took office", "in his office"), so the lexicons do not list it as a head of its own.
import type { Token } from './tokens.js';
import type { Near } from './description-words.js';
import { isClosedClassWord } from './word-flags.js';
import { isPersonNoun, isTitleHead } from './words.js';
import { verbForms } from '../../lexicon/verb-forms.js';

// verbs whose object "office" is a post, not a body ("seek office", "took office"): no modifier of it (their "-ed"
// forms, "entered", "assumed", are refused by their ending as well)
const POST_VERBS: ReadonlySet<string> = new Set(
  ['take', 'hold', 'seek', 'leave', 'win', 'enter', 'run', 'assume', 'lose', 'quit'].flatMap(verbForms));

/** Whether token i, a lower-case "office", heads an organisation's description (see the header). */
export function officeHead(tokens: Token[], i: number, near: Near): boolean {
  const t = tokens[i]!;
  const p = tokens[i - 1];
  if (t.lower !== 'office' || t.cap || t.possessive || p === undefined || !p.word || p.cap || !near(p, t)) return false;
  // "the sheriff's office", "the county clerk's office": a title holder's office (a title's last word too: "the
  // attorney general's office", "the inspector general's office", whose "general" is no person noun alone)
  if (p.possessive) return isPersonNoun(p.lower) || isTitleHead(p.lower);
  // "the land office", "the regional office", "the press office" (not "took office", "the office", "his office",
  // "the elected office")
  return !isClosedClassWord(p.lower) && !POST_VERBS.has(p.lower) && !/ed$/.test(p.lower);
}
