// Words said or written and the verbs that give their topic: "Her speech focused on the cost of housing", "The
// debate centred on the port". Read by cues/nominal-topic.ts.

/**
 * Things said or written whose topic is what their speaker or writer spoke of ("His remarks dwelt on trade").
 * (Not "campaign", "investigation", "inquiry", "search", "work": "the bombing campaign focused on the north", "the
 * inquiry focused on the driver" are deeds; not "meeting", "session": a gathering, not someone's words.)
 */
export const TOPIC_HOLDING_NOUNS: readonly string[] = [
  'speech', 'speeches', 'remarks', 'address', 'comments', 'question', 'questions', 'debate', 'interview', 'testimony',
  'statement', 'sermon', 'lecture', 'briefing', 'message', 'ad', 'ads', 'advert', 'advertisement', 'commercial',
  'letter', 'talk', 'keynote', 'tweet', 'tweets', 'post', 'posts', 'column', 'editorial', 'op-ed', 'essay', 'memoir',
];

/** Verbs that give such a thing's topic, with their preposition ("focused on", "dwelt on", "dealt with"). */
export const TOPIC_VERBS: readonly string[] = [
  'focused on', 'focussed on', 'focuses on', 'focusses on', 'focusing on', 'focussing on',
  'centred on', 'centered on', 'centres on', 'centers on', 'centred around', 'centered around',
  'touched on', 'touches on', 'dwelt on', 'dwelled on', 'dwells on', 'dealt with', 'deals with', 'zeroed in on',
];

/** Adverbs of degree that may stand before such a verb ("focused almost solely on", "were more focused on"). */
export const TOPIC_DEGREE_ADVERBS: readonly string[] = [
  'more', 'less', 'mostly', 'largely', 'mainly', 'chiefly', 'primarily', 'heavily', 'squarely', 'solely', 'only',
  'almost', 'entirely', 'narrowly', 'briefly', 'also', 'instead', 'again',
];

/**
 * Published pieces that speak for their author or publisher, like the words above: "The Courier printed a story that
 * argued ..." is the Courier's claim (quotes/relative-subject.ts leaves such an antecedent to the rules before it).
 */
export const AUTHORED_PIECES: readonly string[] = [
  'piece', 'pieces', 'story', 'stories', 'article', 'articles', 'book', 'books', 'video', 'videos', 'documentary',
];
