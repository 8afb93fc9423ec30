// The objects after a speech verb that make it a deed on the field or at a party ("defended her title", "responded with two
// late goals", "celebrated its 100th anniversary"): one pattern a lemma, merged into act-objects.ts's ACT_AFTER and read on
// the same 40 characters after the form. Word groups: lexicon/deed-objects.ts.
import { CELEBRATED_OCCASIONS, DEFENDED_TITLES, SPORTING_REPLIES } from '../../lexicon/deed-objects.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { alternation } from '../alternation.js';

// what a voice actor or a singer voices (a performance, nothing asserted)
const VOICED_PARTS = ['song', 'songs', 'character', 'characters', 'villain', 'hero', 'heroine', 'narrator', 'narration', 'audiobook',
  'anthem', 'ballad', 'jingle', 'cartoon', 'puppet', 'role', 'roles', 'voiceover', 'voice-over', 'lyrics', 'aria', 'duet'];

// a reply in play ends its phrase ("two fine saves in the second half", "a late goal."), where words go on
// ("two points of order", "a victory speech")
// ("a century of his own": a reply matched in kind, not the words of a point of order)
const REPLY_ENDS = String.raw`(?=\s*[,.;!?]|\s*$|\s+(?:in|at|on|against|before|after|as|and|late|early|from|inside|within|during|to|of\s+(?:his|her|their|its)\s+own)\b)`;
/** "with a string of fine saves", "with two late goals": a reply in play, after "answer" or "respond" (REPLY_ENDS). */
export const SPORTING_REPLY = String.raw`with\s+(?:a|an|two|three|four|his|her|their|its|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:${alternation(SPORTING_REPLIES)})\b${REPLY_ENDS}`;

// a title or a lead held ends its phrase: a pause, a preposition, "and", a time ("defended her title in Doha", "defended
// the seat on Sunday"); a verb or a noun after it goes on into something else ("defended the seat belt law")
const HELD_ENDS = String.raw`(?=\s*[,.;:!?)]|\s*$|\s+(?:in|at|on|for|with|after|before|by|from|of|and|against|during|until|again|successfully|this|last|${WEEKDAYS})\b)`;
// a determiner or an owner, a count or a score ("a 1-0 lead", "her WBA belt", "his 12th title"), then the title
const HELD_TITLE = String.raw`^\s+(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\p{L}\d–-]+\s+){0,2}?(?:${alternation(DEFENDED_TITLES)})\b${HELD_ENDS}`;

export const SPORT_AND_OCCASION_ACTS: Readonly<Record<string, RegExp>> = {
  // "defended her title in Doha", "successfully defended his crown", "defended a 1-0 lead": keeping a prize or a lead, not
  // arguing for anything ("defended her record", "defended the decision" stay stances)
  defend: new RegExp(HELD_TITLE, 'u'),
  // "Orla United responded with two goals in the second half": a reply in play, as "answered with" (the answer pattern in
  // act-objects.ts reads SPORTING_REPLY too); "responded with a statement", "with chants of" keep the cue
  respond: new RegExp(String.raw`^\s+${SPORTING_REPLY}`, 'u'),
  // "voiced a song at the festival", "voices the villain in the new film": a part sung or acted, not a view put into words
  // ("voiced concern", "voiced her support for the plan" keep the cue: a stance noun is no part played)
  voice: new RegExp(String.raw`^\s+(?:(?:the|a|an|his|her|their|its|two|several)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${alternation(VOICED_PARTS)})\b`, 'u'),
};

/** "celebrated its 100th anniversary", "celebrates her birthday on Sunday": an occasion kept (a pattern string for the
 *  celebrate pattern in act-objects.ts, which holds its other parties too) */
export const CELEBRATED_OCCASION = String.raw`^\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:${alternation(CELEBRATED_OCCASIONS)})\b`;
