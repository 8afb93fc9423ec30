// "Police put the number at 8,000", "The institute puts the cost at $41 billion", "A survey put the Greens at 17
// percent": an estimate, its quantity put "at" a figure. "put" is a cue only in this frame (or in "as she put it",
// phrasal-frames.ts); setting a price, a time or a place ("put the price at $40", "put the start at 9 a.m.", "put the
// team at risk", "put Lee at ease") is an act: the quantity must be one that is estimated (lexicon/figure-sources.ts)
// or, in a poll's standings, a name put at a share ("put Lee at 41 percent").
import { alternation } from '../alternation.js';
import { ESTIMATED_QUANTITIES } from '../../lexicon/figure-sources.js';

// the words that may come between "at" and the figure's digits ("at about 8,000", "at more than $2 billion")
const APPROXIMATOR = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|under|more\s+than|fewer\s+than|less\s+than|at\s+least|up\s+to|as\s+many\s+as|as\s+much\s+as|just\s+(?:over|under))\s+)?`;
// a figure: a currency sign or a digit, not a clock time ("at 9 a.m.", "at 10:30")
const FIGURE = String.raw`${APPROXIMATOR}[$€£]?\d[\d,.]*(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)|:\d)`;
// a determiner, up to three modifiers, the estimated quantity, up to four words of its own ("the cost of the scheme")
const QUANTITY = String.raw`(?:(?:the|its|their|his|her|our|a|an|total|overall)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:${alternation(ESTIMATED_QUANTITIES)})(?:\s+(?:of|from|for|in|on)\s+(?:[\p{L}’'-]+\s+){0,3}?)?`;
// a name (capitalised words, "the" before them) put at a share
const NAME_AT_SHARE = String.raw`(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+at\s+${FIGURE}\s*(?:percent|per\s+cent|%)`;

// a second estimate set against another's: "Rescuers put the toll higher, at 140", "puts the cost far lower, at $2 billion"
const COMPARED = String.raw`(?:(?:(?:even|much|far|slightly|somewhat|considerably|still)\s+)?(?:higher|lower)\s*,?\s*)?`;

/** The frame after a form of "put" that makes it an estimate's cue. */
export const PUT_AT_FIGURE = new RegExp(String.raw`^\s+(?:${QUANTITY}\s*${COMPARED}at\s+${FIGURE}|${NAME_AT_SHARE})`, 'u');
