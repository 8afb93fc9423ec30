// The names of the days and months, as regular-expression alternations: news dates a statement by its
// weekday ("said Monday", "told the court on Friday that"), and several cue and content patterns skip or
// stop at one. Written once here, read into those patterns when they are built.
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
