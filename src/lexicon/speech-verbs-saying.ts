// Verbs of saying and writing: the core of news attribution, the manner of speaking, judging in words,
// refusing, and the forms that count only right after a quote. Each group says why it is kept.
import { g, type SpeechVerb } from './speech-verb-entry.js';

export const SAYING_VERBS: SpeechVerb[] = [
  // Saying: the core of news attribution ("said" alone is a third of all cues).
  { lemma: 'say', group: 'speech', forms: ['say', 'says', 'said', 'saying'] },
  { lemma: 'tell', group: 'speech', forms: ['tell', 'tells', 'told', 'telling'] },
  // speak: "spoke" alone; the other forms only with what they speak of ("speaks of", "has spoken out
  // about", "speaking about": cues/frames.ts), since "speaking Friday in the capital" introduces no content
  { lemma: 'speak', group: 'speech', forms: ['spoke', 'speak', 'speaks', 'speaking', 'spoken'], framed: ['speak', 'speaks', 'speaking', 'spoken'] },
  // put it: "as the mayor put it", "..., as one analyst puts it" (cues/phrasal-frames.ts: only with "it" and a
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
  // order: a directive in words, like "urge" and "tell X to", only with its addressee and "to" or with "that"
  // ("the judge ordered the city to repay the fine", "ordered that the files be sealed"; cues/frames.ts);
  // "ordered 500 tablets", "ordered the closure" are acts, "in order to" and "the order" nouns (AMBIGUOUS)
  { lemma: 'order', group: 'speech', framed: true },
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
    'belittle', 'castigate', 'disparage', 'denigrate', 'excoriate', 'vilify', 'demonize', 'demonise']),
  // lambast and lambaste: two spellings of one verb, one entry (its past and -ing forms are shared)
  { lemma: 'lambast', group: 'speech', forms: ['lambast', 'lambasts', 'lambasted', 'lambasting', 'lambaste', 'lambastes'] },
  { lemma: 'extol', group: 'speech', forms: ['extol', 'extols', 'extolled', 'extolling'] },
  // reference: pointing to something in speech ("he said, referencing the audit"); only the verb forms,
  // since "a reference", "references" are nouns
  { lemma: 'reference', group: 'speech', forms: ['referenced', 'referencing'] },
  // press: questioning someone ("was pressed on the cost", "pressed by reporters"); only the -ed and
  // -ing forms with by/on/about/for (cues/frames.ts): "the press" is a noun
  { lemma: 'press', group: 'speech', forms: ['pressed', 'pressing'], framed: true },
  // swear: a vow ("swore he would stay"), but not the oath of office ("was sworn in": cues/frames.ts)
  { lemma: 'swear', group: 'speech', forms: ['swear', 'swears', 'swore', 'sworn', 'swearing'] },
  // Writing and posting: statements, tweets, letters.
  { lemma: 'write', group: 'writing', forms: ['write', 'writes', 'wrote', 'writing', 'written'] },
  ...g('writing', ['tweet', 'post', 'publish', 'cite', 'email', 'text']),
  // Only right after a quote: "“...,” the sign read." / "“...,” she went on." (elsewhere reading a
  // paper or going somewhere)
  { lemma: 'read', group: 'writing', forms: ['read', 'reads'], afterQuoteOnly: true },
  { lemma: 'go on', group: 'speech', forms: ['went', 'goes'], afterQuoteOnly: true },
  // Refusals and judgements: PolNeAR counts them ("declined to comment", "rejected the claim").
  ...g('speech', ['decline', 'refuse', 'reject', 'regret', 'weigh', 'refer', 'talk']),
];

/** Verbs of saying that stand as a speaker's aside between a reported clause's subject and its verb ("the talks, she
 *  added, would resume"; quotes/content-end-aside.ts). */
export const ASIDE_SAYING_LEMMAS: readonly string[] = ['say', 'add', 'note', 'insist', 'argue', 'warn', 'explain', 'stress', 'recall', 'claim', 'write'];

/** Verbs of saying whose report the same speaker carries on in a relative clause ("said the toll was fair, which she said
 *  had cut traffic"; quotes/own-relative-report.ts): telling and arguing, not a verb whose object is a thing ("praised"). */
export const RELATIVE_CARRYING_LEMMAS: ReadonlySet<string> = new Set(['say', 'tell', 'add', 'argue', 'insist', 'claim', 'note',
  'explain', 'write', 'warn', 'stress', 'contend', 'maintain', 'assert']);
