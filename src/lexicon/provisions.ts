// Written rules as sources: a law, a treaty or a charter "requires", "allows" or "bars" something. Annotated news counts
// what a rule lays down as an attribution to the rule ("The ordinance bars trucks from the bridge": the ordinance is
// the source, "trucks from the bridge" the content), as it counts what a poll or a report shows. Read by
// cues/provisions.ts.

/**
 * Nouns of a written rule, the subject of a verb of laying down. (Not "policy", "plan", "deal" or "guidelines": "the
 * plan allows the team to rest", "a tactic that allows firms to ..." are means, not texts that lay something down.)
 */
export const RULE_NOUNS: readonly string[] = [
  'law', 'laws', 'act', 'statute', 'statutes', 'charter', 'constitution', 'treaty', 'treaties', 'convention',
  'ordinance', 'ordinances', 'regulation', 'regulations', 'rule', 'rules', 'amendment', 'bill', 'provision',
  'provisions', 'clause', 'decree', 'directive', 'order', 'accord', 'accords', 'protocol', 'bylaw', 'bylaws',
];

/** Verbs of laying down what must, may or may not be done, in the forms a rule takes them. */
export const LAYING_DOWN_VERBS: readonly string[] = [
  'require', 'requires', 'required', 'requiring', 'allow', 'allows', 'allowed', 'allowing',
  'bar', 'bars', 'barred', 'barring', 'prohibit', 'prohibits', 'prohibited', 'prohibiting',
  'forbid', 'forbids', 'forbade', 'forbidding', 'ban', 'bans', 'banned', 'banning',
  'permit', 'permits', 'permitted', 'permitting', 'oblige', 'obliges', 'obliged', 'obliging',
  'obligate', 'obligates', 'obligated', 'obligating', 'mandate', 'mandates', 'mandated', 'mandating',
  'compel', 'compels', 'compelled', 'compelling', 'authorize', 'authorizes', 'authorized', 'authorizing',
  'authorise', 'authorises', 'authorised', 'authorising',
  // (not "entitled": "an act entitled ‘Fair Fares’" names it)
  'entitle', 'entitles', 'entitling',
];
