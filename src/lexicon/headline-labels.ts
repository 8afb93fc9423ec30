// Headline labels before a colon. News headlines write "Source: claim" ("Poll: Lee leads in Ohio",
// "Ann Lee: We will not raise taxes"), and also "Genre: headline" ("Analysis: ...", "The Latest: ...").
// The first is an attribution, the second is not.

/** Genre and page labels (lower case, no article): what the piece is, not who says it. */
export const HEADLINE_KICKERS: ReadonlySet<string> = new Set([
  // genres and formats news sites put before a headline
  'latest', 'live', 'opinion', 'analysis', 'explainer', 'review', 'editorial', 'obituary', 'interview', 'q&a',
  'factbox', 'fact check', 'timeline', 'recap', 'preview', 'profile', 'comment', 'essay', 'letters', 'podcast',
  // page furniture and alerts
  'watch', 'video', 'photos', 'in pictures', 'listen', 'update', 'breaking', 'exclusive', 'correction',
  'clarification', 'note', "editor's note", 'related', 'read more', 'byline',
  // listings: a sports desk's scores and a notice's details ("Results: Arden 2 Brisby 0"), nobody's words
  'results', 'scores', 'fixtures', 'standings', 'line-ups', 'lineups', 'schedule', 'tickets', 'details', 'venue', 'admission',
]);

/** Nouns for a source with no name that a headline may speak for ("Newspaper: ...", "Survey: ..."). */
export const HEADLINE_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  // the press itself reporting: wire headlines credit another outlet's story this way, as they do a
  // poll or a report ("Newspaper: harbor board kept a second ledger", "Paper: mayor met the bidder").
  // ('media' is left out: "Media:" heads a section as often as it credits a story.)
  'newspaper', 'paper',
]);
