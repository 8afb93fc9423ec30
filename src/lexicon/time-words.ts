// Words that name a time, as regular-expression alternations: news dates and times a statement ("said
// on Monday morning", "told reporters last week that"), and a time phrase is neither an object, a
// listener nor a content of its own. Written once here, read into the quotes/ patterns when they are built
// (the day names are in weekdays.ts).

import { COUNT_WORDS } from './number-words.js';

// the parts of a day ("said Tuesday night", "speaking on Monday morning")
export const DAY_PARTS = 'morning|afternoon|evening|night';

// the seasons ("this spring the council objected")
export const SEASONS = 'spring|summer|autumn|fall|winter';

// the units a span of time is counted in ("spoke for three hours", "this week", "a decade")
export const TIME_UNITS = 'second|minute|hour|day|week|month|year|decade';

// the days named from today ("said yesterday", "told them today that")
export const RELATIVE_DAYS = 'yesterday|today|tonight';

// words that open a time adjunct ("this month", "last year", "on Monday", "earlier", "each week", "today"): right after
// a noun-like form, the form ends a compound noun that the time is an adjunct of ("the jobs report this month was weak",
// "the boat show on Sunday was busy"), and no clause's subject follows it (cues/plural-head-clause.ts,
// cues/evidence-head-phrase.ts)
const TIME_ADJUNCT_OPENERS = 'this|last|next|earlier|later|on|each|every|today|yesterday';
/** One of them right after the form (the text after it starting with its blank). */
export const TIME_ADJUNCT_NEXT = new RegExp(String.raw`^\s+(?:${TIME_ADJUNCT_OPENERS})\b`);

// a stretch of time right after the verb: "spoke for 40 minutes", "was questioned for six hours" (how long, not what)
export const FOR_A_TIME = String.raw`for\s+(?:(?:about|nearly|almost|roughly|some|more\s+than|over|just|another|an\s+extra)\s+)?(?:\d+|an?|${COUNT_WORDS.join('|')}|several|a\s+few|many)\s+(?:(?:more|full|long|straight|tense)\s+)?(?:(?:${TIME_UNITS})s?|nights)\b(?!\s+(?:time|term|half|round|straight|consecutive)\b)`;
