// Nouns of things said with their topic after "on" or "about" ("the mayor's comments on the flooding"), and the
// words after "on" that name where or through what they were said instead ("her remarks on the podium"). Read by
// cues/nominal.ts, beside the stance nouns of lexicon/stance-nouns.ts.

/**
 * Nouns of things said whose topic follows "on" or "about": "the mayor's comments on the flooding", "her remarks
 * about the strike", "his rhetoric on migrants", also with a time word between ("the minister's comments Tuesday on
 * the audit", as wire copy writes it). The possessor is the speaker, the topic the content, as for a stance noun;
 * but not after "to" or "for" ("his remarks to the crowd", "comments for this story" name who heard them).
 */
export const SPOKEN_TOPIC_NOUNS: readonly string[] = ['comments', 'remarks', 'rhetoric'];

/**
 * What follows "on" after such a noun when it says where, when or through what the words were made, not what they
 * were about: "her remarks on the podium", "their comments on the earnings call", "his comments on national
 * television", "her remarks on arrival". OCCASION_NOUNS come after "the" and perhaps one modifier, ONE_OCCASION_NOUNS
 * after "a" or "an" and perhaps one modifier ("on a talk show", "on a conference call"), BARE_OCCASION_NOUNS with
 * no article ("on stage", "on local radio", "on behalf of"). Not words
 * that are as often a topic ("comments on the video", "remarks on the party platform", "on media freedom").
 */
export const OCCASION_NOUNS: readonly string[] = [
  'air', 'radio', 'phone', 'show', 'floor', 'trail', 'sidelines', 'eve', 'day', 'night', 'morning', 'afternoon',
  'evening', 'weekend', 'anniversary', 'record', 'steps', 'website', 'podium', 'pulpit', 'bench', 'intercom', 'doorstep',
  'sidewalk', 'occasion', 'earnings call', 'conference call',
];
export const ONE_OCCASION_NOUNS: readonly string[] = [
  'call', 'show', 'visit', 'trip', 'tour', 'radio', 'podcast', 'programme', 'program', 'panel', 'broadcast', 'livestream',
];
export const BARE_OCCASION_NOUNS: readonly string[] = [
  'television', 'TV', 'radio', 'camera', 'tape', 'air', 'stage', 'arrival', 'departure', 'behalf', 'condition',
];
