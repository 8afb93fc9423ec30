// Texts that speak for their writers in news copy ("A letter from the union claims ...", "The lawsuit filed by the
// tenants claims ...", "A post shared on Facebook claims ..."), and the participles by which a text is made or spread.
// Read by cues/subject-postmodifier.ts, which tells such a subject's verb in -s from a noun of claiming.

/** Heads of a text that holds a view of its own: what it claims, fears or hopes is reported (with the people and bodies
 *  of lexicon/roles.ts and lexicon/organisations.ts). */
export const TEXT_SOURCE_HEADS: readonly string[] = [
  'letter', 'post', 'report', 'study', 'survey', 'lawsuit', 'suit', 'complaint', 'editorial', 'statement', 'video',
  'message', 'memo', 'filing', 'petition', 'leaflet', 'flyer', 'pamphlet', 'brochure', 'article', 'column', 'blog',
  'tweet', 'email', 'document', 'notice', 'advert', 'advertisement', 'ad', 'poster', 'website', 'page', 'book',
  'documentary', 'podcast', 'analysis', 'audit', 'poll', 'paper', 'motion', 'submission', 'appeal', 'writ',
];

/**
 * Participles of making, sending or spreading a text, which its noun phrase takes as a reduced passive ("a post shared
 * online", "a complaint filed in court", "a leaflet handed out at the gates"). Not participles that are as often a
 * clause's own verb with no object after it ("The council acted on ...", "The mayor spoke at ...").
 */
export const TEXT_PARTICIPLES: readonly string[] = [
  'shared', 'posted', 'published', 'filed', 'written', 'signed', 'sent', 'issued', 'released', 'circulated',
  'circulating', 'distributed', 'handed out', 'put out', 'broadcast', 'aired', 'commissioned', 'submitted', 'lodged',
  'printed', 'uploaded', 'leaked', 'seen', 'viewed', 'obtained', 'prepared',
  // paid for or carried out by someone: "A study funded by the growers claims that ...", "a poll conducted for the union"
  'funded', 'paid for', 'sponsored', 'conducted', 'carried out', 'compiled', 'drawn up', 'produced', 'authored',
];
