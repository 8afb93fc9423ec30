// Words around a temperature written with a bare C or F ("the valley reached 31 C on Tuesday"): the letter is
// heat after a verb of a level reached or fallen to, standing alone before a clause end or a word of time or
// place ("30 C batteries", "30 C and D bonds" are no heat). The figures stage builds its patterns from these.

/** Verbs whose object is the level itself: "reached 31 C", "hit 97 F", "will top 33C". */
export const LEVEL_VERBS = ['reach', 'reached', 'reaches', 'reaching', 'hit', 'hits', 'hitting', 'top', 'topped', 'tops', 'topping'];

/** Verbs followed by "at" and the level: "peaked at 28 C". */
export const LEVEL_AT_VERBS = ['peak', 'peaked', 'peaks', 'peaking'];

/** Verbs of movement followed by "to" and the level: "rose to 30 C", "fell to -6 C", "dipped to 2 F". */
export const LEVEL_TO_VERBS = [
  'rose', 'rise', 'rises', 'risen', 'rising', 'climb', 'climbed', 'climbs', 'climbing', 'soar', 'soared', 'soars', 'soaring',
  'fell', 'fall', 'falls', 'fallen', 'falling', 'drop', 'dropped', 'drops', 'dropping', 'dip', 'dipped', 'dips', 'dipping',
  'plunged', 'plunges', 'plunging', 'plummet', 'plummeted', 'plummets', 'plummeting', 'sank', 'sink', 'sinks', 'sinking', 'sunk',
];

/** An estimate between the verb and the level: "peaked at about 28 C", "fell to nearly -10 C". */
export const LEVEL_ESTIMATES = ['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'under', 'above', 'below'];

/** Words of time or place (and a few clause links) after the letter that leave it standing alone: "30 C on Sunday". */
export const AFTER_LEVEL = [
  'on', 'in', 'at', 'by', 'but', 'before', 'after', 'during', 'overnight', 'today', 'tonight', 'yesterday', 'this', 'last',
  'as', 'with', 'while', 'then', 'until', 'for',
];
