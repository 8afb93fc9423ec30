// Time-zone names and abbreviations that follow a clock time in news ("8 p.m. ET", "14:05 GMT", "noon Eastern").
// Upper-case abbreviations as written; the spelled-out zones capitalised, as they stand after a time.

/** Zone abbreviations of US, UK, European and Asia-Pacific copy. */
export const TIME_ZONE_ABBREVIATIONS: readonly string[] = [
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'ET', 'PT', 'CT', 'MT',
  'IST', 'JST', 'AEST', 'AEDT',
];

/** Spelled-out zones ("8 p.m. Eastern", "9 a.m. local time"). */
export const TIME_ZONE_WORDS: readonly string[] = ['Eastern', 'Pacific', 'Central', 'Mountain', 'Atlantic', 'Local'];
