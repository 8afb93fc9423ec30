// Verbs that introduce what someone said, wrote, found or holds: the cues of quotes and reported
// speech. Each group says why it is kept; DROPPED lists verbs we tried or considered and left out.
// PolNeAR annotates beliefs, intentions and findings as attributions too, so those groups are kept
// when they take a clause or a quote ("she believes that ...", "polls show ...").

export type VerbGroup = 'speech' | 'writing' | 'stance' | 'feeling' | 'belief' | 'evidence' | 'intent';

export interface SpeechVerb {
  lemma: string;
  group: VerbGroup;
  /** Irregular forms; regular -s/-ed/-ing forms are generated. */
  forms?: string[];
  /** Forms that are too often another word (a noun, a name) to be cues on their own. */
  skip?: string[];
  /** Cues only right after a closed quote ("“...,” the letter reads."): elsewhere another verb. */
  afterQuoteOnly?: boolean;
  /**
   * Cues only in a frame after the form (cues/frames.ts: "see X as", "hit back", "felt that"): all
   * forms (true) or the listed ones. Readers without that check treat them as ambiguous.
   */
  framed?: true | readonly string[];
}

const g = (group: VerbGroup, lemmas: string[]): SpeechVerb[] => lemmas.map((lemma) => ({ lemma, group }));

export const SPEECH_VERBS: SpeechVerb[] = [
  // Saying: the core of news attribution ("said" alone is a third of all cues).
  { lemma: 'say', group: 'speech', forms: ['say', 'says', 'said', 'saying'] },
  { lemma: 'tell', group: 'speech', forms: ['tell', 'tells', 'told', 'telling'] },
  // speak: "spoke" alone; the other forms only with what they speak of ("speaks of", "has spoken out
  // about", "speaking about": cues/frames.ts), since "speaking Friday in the capital" introduces no content
  { lemma: 'speak', group: 'speech', forms: ['spoke', 'speak', 'speaks', 'speaking', 'spoken'], framed: ['speak', 'speaks', 'speaking', 'spoken'] },
  // put it: "as the mayor put it", "..., as one analyst puts it" (cues/frames.ts: only with "it" and a
  // pause or a channel after it; "put it on the table" is an act)
  { lemma: 'put it', group: 'speech', forms: ['put', 'puts', 'putting'], framed: true },
  ...g('speech', ['add', 'note', 'explain', 'reply', 'respond', 'answer', 'ask', 'comment', 'remark', 'mention',
    'observe', 'announce', 'declare', 'report', 'repeat', 'reiterate', 'stress', 'emphasize', 'emphasise',
    'recall', 'continue', 'shout', 'yell', 'chant', 'whisper', 'joke', 'quip', 'exclaim', 'testify', 'recount',
    'disclose', 'reveal', 'confirm', 'acknowledge', 'admit', 'concede', 'deny', 'insist', 'argue', 'claim',
    'assert', 'contend', 'allege', 'maintain', 'counter', 'retort', 'conclude', 'predict', 'warn', 'caution',
    'promise', 'pledge', 'vow', 'urge', 'suggest', 'propose', 'recommend', 'demand', 'question', 'wonder',
    'complain', 'lament', 'boast', 'brag', 'echo', 'estimate', 'forecast', 'describe', 'call', 'label', 'agree',
    'disagree', 'object', 'protest', 'threaten', 'tout', 'hail', 'praise', 'criticize', 'criticise', 'condemn',
    'blast', 'slam', 'accuse', 'blame', 'dismiss', 'mock', 'concur', 'affirm', 'assure', 'inform', 'advise',
    'point', 'signal', 'hint', 'imply', 'indicate', 'specify', 'clarify', 'express', 'state',
    // voice: "voiced concern about", "voiced support for" (the noun "her voice" is left to AMBIGUOUS)
    'voice']),
  // hold: a court's or a judge's holding only with its clause ("the appeals court held that the contract was void";
  // cues/frames.ts); "held a meeting", "held that post" are acts
  { lemma: 'hold', group: 'speech', forms: ['hold', 'holds', 'held', 'holding'], framed: true },
  // remind: telling someone what they should keep in mind ("reminded drivers that the limit is 30", "reminding
  // supporters how far they had come"), only with the clause after its object (cues/frames.ts); "reminds me of" compares
  { lemma: 'remind', group: 'speech', framed: true },
  // dispute: contesting a claim ("disputed the account", "disputes the figures"); "the dispute" is a noun (AMBIGUOUS)
  { lemma: 'dispute', group: 'speech' },
  // appeal: only "appealed for witnesses/calm" (cues/frames.ts); "appealed the ruling" is a legal act
  { lemma: 'appeal', group: 'speech', framed: true },
  // Manner of speaking: colourful verbs reporters use for the same act (CoreNLP #1090 misses them).
  ...g('speech', ['gush', 'sigh', 'muse', 'rave', 'snap', 'scoff', 'laugh', 'grumble', 'mutter', 'marvel', 'sneer',
    'chuckle', 'proclaim', 'plead', 'implore', 'beg', 'interject', 'interrupt', 'thunder', 'fume', 'rail', 'crow',
    'confide', 'reckon', 'recite', 'chide', 'scold', 'taunt', 'tease', 'gloat', 'bemoan',
    'elaborate', 'summarize', 'preach', 'vent', 'cheer', 'applaud']),
  // More verbs of saying, judging and complaining (Levin's say, complain and judgement classes):
  // taking back or holding to a position, praising or deriding, guessing aloud, grumbling.
  ...g('speech', ['disavow', 'renounce', 'laud', 'deride', 'rebut', 'refute', 'reaffirm', 'reassert', 'restate',
    'apologize', 'apologise', 'speculate', 'theorize', 'theorise', 'surmise', 'opine', 'gripe', 'whine', 'moan',
    'groan', 'snipe', 'trumpet', 'acquiesce', 'retweet',
    // belittling and condemning in words (Levin's judgement verbs), like "deride" and "lambaste"
    'belittle', 'castigate', 'disparage', 'denigrate', 'excoriate', 'vilify', 'demonize', 'demonise', 'lambast']),
  // liken: "likened the mayor to a magician" is a judgement, like "compare" (only with "to/with": cues/frames.ts)
  { lemma: 'liken', group: 'stance', framed: true },
  { lemma: 'extol', group: 'speech', forms: ['extol', 'extols', 'extolled', 'extolling'] },
  // reference: pointing to something in speech ("he said, referencing the audit"); only the verb forms,
  // since "a reference", "references" are nouns
  { lemma: 'reference', group: 'speech', forms: ['referenced', 'referencing'] },
  ...g('belief', ['ponder']),
  // project: an estimate of a result ("projected that costs will rise", "projects a surplus");
  // "a project", "the projects" are nouns (AMBIGUOUS)
  ...g('evidence', ['project']),
  // push for: pressing a demand in public ("has pushed for a recount"; cues/frames.ts)
  { lemma: 'push', group: 'stance', framed: true },
  // press: questioning someone ("was pressed on the cost", "pressed by reporters"); only the -ed and
  // -ing forms with by/on/about/for (cues/frames.ts): "the press" is a noun
  { lemma: 'press', group: 'speech', forms: ['pressed', 'pressing'], framed: true },
  // compare: likening someone or something to another ("compared the mayor to a magician") is a
  // judgement; only with an object and "to/with" (cues/frames.ts), not "compared with last year"
  { lemma: 'compare', group: 'stance', framed: true },
  // swear: a vow ("swore he would stay"), but not the oath of office ("was sworn in": cues/frames.ts)
  { lemma: 'swear', group: 'speech', forms: ['swear', 'swears', 'swore', 'sworn', 'swearing'] },
  // Phrasal verbs of answering and judging, cues only with their particle, which the cue keeps
  // (cues/frames.ts): "hit back at", "lashed out at", "chimed in", "piped up", "played down", "brushed
  // off", "shrugged off". ("fired back", "shot back" left out: as often gunfire as a retort.)
  { lemma: 'hit back', group: 'speech', forms: ['hit', 'hits', 'hitting'], framed: true },
  { lemma: 'lash out', group: 'speech', forms: ['lash', 'lashes', 'lashed', 'lashing'], framed: true },
  { lemma: 'chime in', group: 'speech', forms: ['chime', 'chimes', 'chimed', 'chiming'], framed: true },
  { lemma: 'pipe up', group: 'speech', forms: ['pipe', 'pipes', 'piped', 'piping'], framed: true },
  { lemma: 'play down', group: 'stance', forms: ['play', 'plays', 'played', 'playing'], framed: true },
  { lemma: 'brush off', group: 'stance', forms: ['brush', 'brushes', 'brushed', 'brushing'], framed: true },
  { lemma: 'shrug off', group: 'stance', forms: ['shrug', 'shrugs', 'shrugged', 'shrugging'], framed: true },
  // More phrasal verbs of taking a side or attacking in words, cues only with their particle (cues/frames.ts):
  // "sided with the union", "took aim at the plan", "took a few shots at", "sounded off on", "doubled down on",
  // "came out against the bill". (Without it they are other verbs: "took a train", "came out of the store".)
  { lemma: 'side with', group: 'stance', forms: ['side', 'sides', 'sided', 'siding'], framed: true },
  { lemma: 'take aim', group: 'speech', forms: ['take', 'takes', 'took', 'taken', 'taking'], framed: true },
  { lemma: 'sound off', group: 'speech', forms: ['sound', 'sounds', 'sounded', 'sounding'], framed: true },
  { lemma: 'double down', group: 'stance', forms: ['double', 'doubles', 'doubled', 'doubling'], framed: true },
  { lemma: 'come out', group: 'stance', forms: ['come', 'comes', 'came', 'coming'], framed: true },
  // Writing and posting: statements, tweets, letters.
  { lemma: 'write', group: 'writing', forms: ['write', 'writes', 'wrote', 'writing', 'written'] },
  ...g('writing', ['tweet', 'post', 'publish', 'cite', 'email', 'text']),
  // Only right after a quote: "“...,” the sign read." / "“...,” she went on." (elsewhere reading a
  // paper or going somewhere)
  { lemma: 'read', group: 'writing', forms: ['read', 'reads'], afterQuoteOnly: true },
  { lemma: 'go on', group: 'speech', forms: ['went', 'goes'], afterQuoteOnly: true },
  // Stance toward a person or plan: PolNeAR counts endorsements as attributions.
  ...g('stance', ['endorse', 'support', 'oppose', 'back']),
  // Beliefs: PolNeAR counts them ("believes that", "thinks").
  { lemma: 'think', group: 'belief', forms: ['think', 'thinks', 'thought', 'thinking'] },
  ...g('belief', ['believe', 'expect', 'hope', 'fear', 'worry', 'doubt', 'assume', 'suspect']),
  // feel: "felt" only with a clause ("felt the fee was unfair"; cues/frames.ts), not a mood ("felt betrayed")
  { lemma: 'feel', group: 'belief', forms: ['feel', 'feels', 'felt', 'feeling'], framed: ['felt'] },
  // Findings of polls, studies, records ("polls show", "the study found").
  { lemma: 'show', group: 'evidence', forms: ['show', 'shows', 'showed', 'shown', 'showing'] },
  { lemma: 'find', group: 'evidence', forms: ['find', 'finds', 'found', 'finding'] },
  ...g('evidence', ['suggest', 'reveal', 'estimate', 'conclude']),
  // Refusals and judgements: PolNeAR counts them ("declined to comment", "rejected the claim").
  ...g('speech', ['decline', 'refuse', 'reject', 'regret', 'weigh', 'refer', 'talk']),
  // Appearances and judgements held by someone ("X seems to ...", "X considered ..."): PolNeAR counts them.
  ...g('belief', ['seem', 'appear', 'consider', 'view']),
  // Public acts that carry a stance ("voted for", "denounced", "thanked"): PolNeAR counts them.
  // promote: pushing an idea or product in public ("has promoted unproven cures") is a stance voiced.
  // list: "listed three reasons", "listed the drug as unsafe": a statement item by item.
  // name, release, rule count only in their speech frames (cues/verbs.ts): "named X as Y" (calling
  // something something), "released a statement/report/ad" (putting out a message), "ruled that /
  // against / out" (a court's or referee's holding); with a plain object they are acts.
  ...g('stance', ['denounce', 'attack', 'congratulate', 'thank', 'promote', 'offer', 'name', 'list', 'release', 'rule']),
  // issue: like "release", only with a message as its object ("issued a statement"; cues/verbs.ts);
  // "the issue" is a noun (AMBIGUOUS) and "issued permits" an act
  { lemma: 'issue', group: 'stance', framed: true },
  // Intentions: PolNeAR counts them ("wants to", "plans to").
  ...g('intent', ['want', 'plan', 'intend']),
  // seek: its past is irregular ("sought to calm the markets"), so its forms are listed
  { lemma: 'seek', group: 'intent', forms: ['seek', 'seeks', 'sought', 'seeking'] },
  // look: an intention only in its frames "looks to <verb>" and "looking for" (cues/frames.ts);
  // elsewhere it is seeing ("looked at the map") or seeming ("looks tired")
  { lemma: 'look', group: 'intent', forms: ['look', 'looks', 'looked', 'looking'], framed: true },
  // see, regard: a held view only as "see X as Y" / "seen as Y" (cues/frames.ts), like "view";
  // elsewhere "see" is perception ("we see growth"), the reason it was dropped before
  { lemma: 'see', group: 'belief', forms: ['see', 'sees', 'saw', 'seen', 'seeing'], framed: true },
  { lemma: 'regard', group: 'belief', forms: ['regard', 'regards', 'regarded', 'regarding'], framed: true },
  // Judging someone or something in public (Levin's judgement and characterize verbs): the object is
  // the stance's content ("defended the plan", "portrayed her as weak", "decried the cuts").
  ...g('stance', ['defend', 'portray', 'characterize', 'characterise', 'depict', 'dub', 'brand', 'highlight',
    'underscore', 'celebrate', 'challenge', 'advocate', 'assail', 'chastise', 'rebuke', 'reprimand', 'decry',
    'ridicule', 'commend', 'downplay', 'welcome', 'recognize', 'recognise', 'discuss', 'lambaste', 'berate',
    'fault', 'credit', 'lobby', 'hammer', 'champion', 'request']),
  // (hammer: headline English for attacking in words, like "slam" and "blast"; champion: to speak
  // for a cause, like "advocate"; lobby: to press officials for a position, "lobbied for the waiver")
  // cast: only "cast X as Y" (cues/verbs.ts), portraying, like "portray"; "cast a vote" is an act
  { lemma: 'cast', group: 'stance', forms: ['cast', 'casts', 'casting'] },
  // Feelings toward someone or something (Levin's admire verbs): PolNeAR counts them as held stances.
  ...g('feeling', ['love', 'admire', 'hate', 'dislike', 'despise', 'loathe', 'distrust', 'prefer', 'enjoy',
    'favor', 'favour', 'resent', 'appreciate', 'like']),
  // Coming to know or holding in mind (cognition verbs with a clause): "they learned the vote was lost".
  ...g('belief', ['realize', 'realise', 'remember', 'anticipate']),
  // hear: being told a claim, only with its clause ("The court heard that the driver had been drinking", "we
  // have heard from staff that ..."; cues/frames.ts); "heard the shots" is perception, "a hearing" a noun
  { lemma: 'hear', group: 'belief', forms: ['hear', 'hears', 'heard'], framed: true },
  // learn: coming to know a claim only with a clause ("learned the vote was lost", "learned of the plan";
  // cues/frames.ts), not a skill or a lesson ("learned the trick", "learned to swim")
  { lemma: 'learn', group: 'belief', framed: true },
  { lemma: 'understand', group: 'belief', forms: ['understand', 'understands', 'understood'] },
  // known: only the passive of a held reputation or a known fact ("is best known for", "is known as", "were known
  // to", "it is well known that"; cues/frames.ts and the verb pass), which annotated news counts with its
  // source left unnamed; the active "know" stays out (DROPPED), and so does a bare "known as" naming something
  { lemma: 'know', group: 'belief', forms: ['known'], framed: true },
];

/** Forms left out, and why. */
export const DROPPED: Record<string, string> = {
  speak: '"speaking Friday in the capital" sets a scene and takes no content: "spoke" stays, the other forms only with "about/of/out"',
  address: 'GGT found it mostly false positives ("addressed the crowd")',
  provide: 'GGT found it mostly false positives',
  mean: '"that means" is the writer reasoning, not a source speaking',
  know: 'mostly the writer\'s own claim: only the passive "is known for/as/to/that" is kept (a reputation, as annotated news counts it)',
  see: 'mostly perception ("we see growth"), rarely attribution: kept only as "see X as Y" (cues/frames.ts)',
  talk: 'kept only as "talked about" (PolNeAR cue); bare "talk" is mostly a noun',
  charge: 'usually money or a criminal charge',
  vote: '"voted for" counts in PolNeAR but two of three finds were wrong on dev (ballots, tallies)',
  aim: '"an ad aimed at X" targets, it reports nobody\'s words',
  read: '"he read the paper" is reading, not saying: kept only right after a quote ("“...,” the letter reads")',
  press: '"the press" is a noun and "pressed the button" an act: kept only as "pressed/pressing by|on|about|for" (cues/frames.ts)',
  imagine: '"imagine a world where" is the writer\'s or a speaker\'s own rhetoric, rarely someone\'s held view',
  push: '"pushed the bill through" is procedure: kept only as "push(ed) for" (cues/frames.ts), a stance pressed in public',
  forget: '"don\'t forget" and "forgotten voters" are rhetoric and adjectives far more often than a stance',
};

// Forms that are too often a noun, a name or another word in news text ("the report", "United
// States", "a plan"): cues only in a verb's context (after a pronoun or an auxiliary, before "that").
const AMBIGUOUS = new Set([
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
  // "her voice", "new voices"
  'voice', 'voices', 'voicing',
  // "an appeal for calm", "appeals for help grew"
  'appeal', 'appeals',
  // "a trumpet", "their gripes" (the phrasal verbs need their particle instead: "hit back", "shrugged off")
  'trumpet', 'trumpets', 'gripes',
  // "a project", "the projects"; "a push", "the pushes"; "both sides", "the other side"
  'side', 'sides',
  // "the dispute", "pay disputes"
  'dispute', 'disputes',
  'project', 'projects', 'projecting', 'push', 'pushes', 'issue', 'issues',
]);

// verbs that double their last consonant: slammed, quipped, admitted, planned
const DOUBLED = /^(?:slam|admit|regret|commit|quip|plan|snap|chat|blog|stop|rebut|fret|dub|refer|prefer)$/;

// verbs whose final l doubles in British English (signal -> signalled), both spellings kept
const UK_DOUBLED_L = /^(?:signal|label)$/;

function regularForms(lemma: string): string[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const s = /(?:s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const ed = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/.test(lemma) ? `${lemma.slice(0, -1)}ied`
    : DOUBLED.test(lemma) ? `${lemma}${lemma.slice(-1)}ed` : `${lemma}ed`;
  const ing = DOUBLED.test(lemma) ? `${lemma}${lemma.slice(-1)}ing` : `${stem}ing`;
  // British spelling doubles a final l: "signalled", "labelling"
  return UK_DOUBLED_L.test(lemma) ? [lemma, s, ed, ing, `${lemma}led`, `${lemma}ling`] : [lemma, s, ed, ing];
}

export interface SpeechForm {
  lemma: string;
  group: VerbGroup;
  /** Needs a verb's context to count (see AMBIGUOUS). */
  ambiguous: boolean;
  /** Counts only right after a closed quote. */
  afterQuoteOnly: boolean;
  /** A cue only in its frame (cues/frames.ts); the verb pass reads the frame, not the ambiguity. */
  framed: boolean;
  /** Too often a noun or another word (AMBIGUOUS): the verb pass wants a verb's context around it. */
  nounLike: boolean;
}

/** Every form that can be a cue, lower-case, to its lemma and group. */
export const SPEECH_FORMS: ReadonlyMap<string, SpeechForm> = (() => {
  const map = new Map<string, SpeechForm>();
  for (const v of SPEECH_VERBS) {
    for (const f of v.forms ?? regularForms(v.lemma)) {
      if (v.skip?.includes(f) || map.has(f)) continue;
      const framed = v.framed === true || (v.framed?.includes(f) ?? false);
      // a framed form is ambiguous to every reader without the frame check (the scare test, the
      // sentence splitter): "saw", "put", "played" alone are no evidence of speech
      const nounLike = AMBIGUOUS.has(f);
      map.set(f, { lemma: v.lemma, group: v.group, ambiguous: nounLike || framed, nounLike, framed, afterQuoteOnly: v.afterQuoteOnly === true });
    }
  }
  return map;
})();
