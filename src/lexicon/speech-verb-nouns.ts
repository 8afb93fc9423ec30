// Forms that are too often a noun, a name or another word in news text ("the report", "United
// States", "a plan"): cues only in a verb's context (after a pronoun or an auxiliary, before "that").
export const AMBIGUOUS: ReadonlySet<string> = new Set([
  'state', 'states', 'point', 'points', 'post', 'posts', 'report', 'reports', 'claim', 'claims', 'call', 'calls',
  'note', 'notes', 'answer', 'answers', 'comment', 'comments', 'question', 'questions', 'hope', 'fear', 'fears',
  'doubt', 'doubts', 'back', 'finding', 'plan', 'plans', 'aim', 'aims', 'feel', 'object', 'objects', 'protest',
  'protests', 'echo', 'echoes', 'signal', 'signals', 'hint', 'hints', 'estimate', 'estimates', 'forecast',
  'forecasts', 'praise', 'blame', 'support', 'demand', 'demands', 'promise', 'promises', 'pledge', 'pledges',
  'vow', 'vows', 'warning', 'caution', 'joke', 'jokes', 'quip', 'express', 'backing', 'continued', 'label',
  'labels', 'mock', 'counter', 'tout', 'hail', 'slam', 'blast', 'worry', 'shout', 'chant', 'whisper', 'yell',
  'thought', 'show', 'shows', 'showing', 'find', 'finds', 'cite', 'publish', 'respond', 'reply', 'add', 'ask',
  'read', 'reads', 'reading', 'cheer', 'cheers', 'laugh', 'laughs', 'sigh', 'sighs', 'snap', 'rail', 'crow', 'beg', 'vent', 'rave', 'muse',
  'view', 'views', 'attack', 'attacks', 'offer', 'offers', 'name', 'names', 'list', 'lists', 'release', 'releases', 'rule', 'rules', 'thank', 'appear', 'seem', 'consider', 'promote',
  'talk', 'talks', 'talking', 'weigh', 'weighs', 'regret', 'regrets', 'refuse', 'reject', 'decline', 'declines', 'refer',
  // an email, a text
  'email', 'emails', 'text', 'texts', 'texting',
  // nouns and names as often as verbs: "a brand", "a lobby", "no fault", "tax credit",
  // "a welcome", "a request", "a cast", "a hammer", "a champion", "the favor", "like" the preposition,
  // "love" the noun, "a challenge", "a dub", "an advocate"
  'brand', 'brands', 'lobby', 'fault', 'faults', 'credit', 'credits',
  'welcome', 'request', 'requests', 'cast', 'casts', 'hammer', 'champion', 'champions', 'favor', 'favour', 'favors',
  'like', 'likes', 'love', 'loves', 'challenge', 'challenges', 'dub', 'advocate', 'advocates', 'highlight',
  'highlights', 'learning', 'understanding', 'welcoming', 'liking', 'loving', 'loathing', 'casting', 'lobbying',
  'dislike', 'hate', 'remember', 'prefer', 'enjoy', 'realize', 'understand',
  // "her brief remarks", "made remarks to the crowd": far more often the noun; the verb has its clause or a quote
  // ("remarks that the fee is high", '“…,” she remarks')
  'remark', 'remarks',
  // "her voice", "new voices"
  'voice', 'voices', 'voicing',
  // "an appeal for calm", "appeals for help grew"
  'appeal', 'appeals',
  // "a trumpet", "their gripes" (the phrasal verbs need their particle instead: "hit back", "shrugged off")
  'trumpet', 'trumpets', 'gripes',
  // "a project", "the projects"; "a push", "the pushes"; "the issue"; "both sides", "the other side"
  'project', 'projects', 'projecting', 'push', 'pushes', 'issue', 'issues', 'side', 'sides',
  // "a court order", "orders from the top"
  'order', 'orders', 'ordering',
  // "the dispute", "pay disputes"
  'dispute', 'disputes',
  // "clashes over how the border is policed", "a bitter feud over who owns the land": the nouns of disputing a
  // question (lexicon/speech-verbs-stance.ts)
  'clash', 'clashes', 'feud', 'feuds', 'quarrel', 'quarrels', 'squabble', 'squabbles', 'wrangle', 'wrangles',
]);
