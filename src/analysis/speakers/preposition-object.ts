// Whether a mention is a preposition's object, read from the text right before it: the one pattern the speakers stage
// (a list of people, an oblique mention's salience) and the quote rules (no subject, no speaker) ask this with.
import { alternation } from '../alternation.js';
import { PHRASE_PREPOSITIONS } from '../../lexicon/prepositions.js';
import { COUNT_WORDS } from '../../lexicon/number-words.js';

/**
 * A preposition ending the text before a mention, perhaps past a determiner or a count: the mention is its object, no
 * clause's subject ("a veteran of two Grand Slams", "a coach with 30 Olympic medals", "one of the Tarn Rovers", "a
 * letter to Ada Kim, Tom Fenn and Lia Ortz").
 */
export const PREPOSITION_OBJECT_BEFORE = new RegExp(String.raw`\b(?:${alternation(PHRASE_PREPOSITIONS)})\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:\d[\d,.]*|${alternation(COUNT_WORDS)})\s+)?$`, 'i');
