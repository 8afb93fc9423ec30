// The objects and frames after a speech verb that make it an act, one pattern a lemma ("offered $3 billion",
// "answered the phone", "confirmed its place in the final", "posted a 3-1 win"): the table acts.ts reads
// after the form. Each pattern reads a bounded stretch of text right after the form: the 40 characters acts.ts passes
// (next40), so a longer bound written in a pattern ("{0,80}") is never reached.
// The word groups each pattern names (ranks, prizes, results ...) live in lexicon/deed-objects.ts and deed-people.ts;
// crime, policing and court acts in act-objects-force.ts; amounts, results, goods and deals in act-objects-trade.ts.
import { ASSUMED_OFFICES, CLAIMED_PRIZES, COMPARED_DATA, CONCEDED_CONTESTS, CONCEDED_RACES, CONFIRMED_RECORDS, CONFIRMED_STANDINGS,
  DEVICE_FEATURES, FELT_HARDSHIPS, INTERRUPTED_EVENTS, LIMBS, MAINTAINED_THINGS, RECORD_BOOKS,
  OBSERVED_RITES, REPEATED_TRIALS, SHOWN_BEARINGS, VEHICLES } from '../../lexicon/deed-objects.js';
import { ADMITTED_PEOPLE, APPLAUDING, CELEBRATING_COMPANY, PROMOTED_STAFF, RANKS, SHOWN_AUDIENCES, WELCOMED_PEOPLE_NOUNS } from '../../lexicon/deed-people.js';
import { FORCE_AND_COURT_ACTS } from './act-objects-force.js';
import { TRADE_ACTS } from './act-objects-trade.js';
import { CELEBRATED_OCCASION, SPORT_AND_OCCASION_ACTS, SPORTING_REPLY } from './act-objects-sport.js';
import { FOR_A_TIME } from '../../lexicon/time-words.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';
import { alternation } from '../alternation.js';
import { SPEECH_FORMS } from '../../lexicon/speech-verbs.js';
import { OBJECT_PRONOUNS, PURE_OBJECT_PRONOUNS } from '../../lexicon/pronouns.js';

// what follows a reported loss ("reported him missing on Monday", "reported the car stolen."): a stop, a preposition or a
// time word, never a verb ("reported the two divers missing were safe" is a clause, and keeps the cue)
const LOSS_ENDS = String.raw`(?=\s*[.;,:!?)]|\s*$|\s+(?:on|in|at|from|after|before|by|to|near|outside|overnight|during|since|while|when|last|this|yesterday|today|tonight|earlier|early|late|again|(?:that|the\s+(?:next|following|same))\s+(?:night|day|morning|afternoon|evening|week|weekend)|(?:[\p{L}\d]+\s+)?(?:hours|days|weeks)\s+(?:later|after|before|ago))\b)`;
// people as the object of "welcome" (lexicon: a count or a determiner and an adjective may come first), an object
// pronoun, "her" read as a person by what follows it, or "back" (a return: "welcomed back the crew")
const WELCOMED_PEOPLE = new RegExp(String.raw`^\s+(?:(?:${alternation([...PURE_OBJECT_PRONOUNS, 'everyone', 'everybody'])})\b(?!['’])|her(?=\s+(?:to|back|into|aboard|on|at|with|home)\b|\s*[,.;!?])|back\b|(?:(?:the|a|an|his|her|their|its|our|several|some|many|\d[\d,]*|(?:hundreds|thousands|dozens)\s+of)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${alternation(WELCOMED_PEOPLE_NOUNS)})\b)`, 'u');

// a prize ends its clause: a pause, a preposition, "and", a time ("claimed the title in Doha", "claimed a 2-1 win on
// Sunday"); a verb after it makes the prize the subject of a claimed clause ("claimed the seat belonged to her")
const PRIZE_ENDS = String.raw`(?=\s*[,.;:!?)]|\s*$|\s+(?:in|at|on|for|with|after|before|by|from|of|and|as|to|during|since|over|against|ahead|despite|outright|again|this|last|earlier|yesterday|today|${WEEKDAYS})\b)`;
// a race given up, named with up to three words before it ("conceded the party's council primary to", "concedes mayoral race"):
// it ends its phrase, and no verb comes within four words after it ("conceded the race for the nomination was over" is a
// clause, and keeps the cue; so do "conceded the election was lost" and "the primary electorate had moved", read by the plain
// contests too)
const FINITE_VERB_SOON = String.raw`(?!(?:\s+[\p{L}\d’'-]+){0,4}?\s+(?:is|are|was|were|has|have|had|would|will|could|might|should|can|did)\b)`;
const RACE_ENDS = String.raw`(?:${PRIZE_ENDS}|(?=\s+(?:shortly|soon|late|early|minutes|hours|within|once|when|while|but)\b))`;
const CONCEDED_RACE = String.raw`^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:that|the|a|an|how|what|why|whether|if)\b)[\p{L}\d’'.-]+\s+){0,3}?(?:${alternation(CONCEDED_RACES)})\b(?!['’-])${RACE_ENDS}${FINITE_VERB_SOON}`;
// every speech verb's -ing form: "answered critics by calling the audit a sham" is words, "by winning the final" a deed
const SPEECH_GERUNDS = alternation([...SPEECH_FORMS.keys()].filter((f) => f.endsWith('ing')));

// a limb as the object of "favour", one pattern for both spellings (each is its own lemma)
const SPARED_LIMB = new RegExp(String.raw`^\s+(?:his|her|their|its)\s+(?:(?:left|right|injured|bad|sore)\s+)?(?:${alternation(LIMBS)})\b`);

// staff raised in rank, counted or with a determiner (the one word between is ASCII: the pattern is case-blind, not unicode), or a pronoun and its new rank ("promoted him to sergeant")
const PROMOTED_PEOPLE = String.raw`^\s+(?:two|three|four|five|several|\d+|the|a|an|its|his|her|their)\s+(?:(?!(?:that|how|what|why|when|whether|if)\b)[a-z-]+\s+)?(?:${alternation(PROMOTED_STAFF)})\b|^\s+(?:${alternation(OBJECT_PRONOUNS)})\s+to\s+(?:(?:the\s+)?(?:rank|post|position|role|job|board)|(?:a\s+)?(?:${alternation(RANKS)}))\b`;

export const ACT_AFTER: Readonly<Record<string, RegExp>> = {
  // "showed the jury a photo", "showed reporters the letter": displaying to an audience, not a finding;
  // "showed no emotion", "showed great courage", "showed no reaction": a bearing shown, nobody's finding
  // "was shown a red card", "showed him a second yellow card": a referee's booking, no finding shown
  show: new RegExp(String.raw`^\s+(?:(?:${alternation(OBJECT_PRONOUNS)})\s+)?(?:a|the|his|her|their)\s+(?:(?:straight|second|late|first)\s+)?(?:red|yellow)\s+cards?\b|^\s+(?:(?:the\s+)?(?:${alternation(SHOWN_AUDIENCES)})\b|(?:(?:no|little|any|some|great|real|visible|remarkable|considerable)\s+)?(?:${alternation(SHOWN_BEARINGS)})\b)`),
  appear: /^\s+(?:at|in|on|before|with|alongside|outside|inside|onstage|together|for|via|by|from|during|live)\b/i,
  // "answered the phone", "answered the door", "answered a distress call": taking a call or a knock, not replying to anyone's words;
  // "answered the call with a late goal": rising to a need, no words answered ("answered the call for reform" keeps it)
  // "answers to the board", "answered to the name Rex": being accountable to someone or called by a name
  // "answered with a string of fine saves", "answered his critics by winning the final": a reply in play, no words ("answered
  // critics by calling the audit a sham": any speech verb's -ing form keeps the cue; so do "answered with a statement",
  // "with two points of order", "with a victory speech": the reply noun must end its phrase, REPLY_ENDS)
  answer: new RegExp(String.raw`^\s+(?:the|a|his|her|their|its|my|our|your)\s+(?:phone|telephone|door|doorbell|bell|knock|intercom)\b|^\s+(?:a|an|the)\s+(?:distress|emergency|mayday)\s+(?:call|signal)s?\b|^\s+(?:only\s+)?to\b|^\s+the\s+call\b(?!\s+(?:for|from)\b)|^\s+(?:(?:his|her|their|its|the)\s+)?(?:critics|doubters|detractors)\s+by\s+(?!(?:${SPEECH_GERUNDS})\b)\p{Ll}+ing\b|^\s+(?:(?:(?:his|her|their|its|the)\s+)?(?:critics|doubters|detractors)\s+)?${SPORTING_REPLY}`, 'u'),
  // "confirmed its place in the final", "confirmed their spot at the top": securing a standing, not a statement
  // "did not confirm their booking", "confirmed her identity": checking one's own record, not a statement
  confirm: new RegExp(String.raw`^\s+(?:its|their|his|her|the|our)\s+(?:${alternation(CONFIRMED_STANDINGS)})\s+(?:in|at|as|among|for|on|into|with)\b|^\s+(?:their|his|her|its|your|my|our)\s+(?:${alternation(CONFIRMED_RECORDS)})\b`),
  // "continues to maintain a narrow lead", "maintains a fleet of", "maintained close ties": keeping something up,
  // not holding to a claim ("maintained that", "maintained his innocence" stay)
  maintain: new RegExp(String.raw`^\s+(?:(?:a|an|the|its|his|her|their|our|some|close|strong|good)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:${alternation(MAINTAINED_THINGS)})\b`, 'u'),
  // "repeated the test three times", "repeated the feat": doing again, not saying again ("repeated the claim" stays)
  repeat: new RegExp(String.raw`^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?!(?:that|how|what|why|when|whether|if)\b)[\p{L}-]+\s+)?(?:${alternation(REPEATED_TRIALS)})\b`, 'u'),
  // "observed a minute's silence", "observed the comet", "observe Ramadan": keeping a rite or watching the sky, not a remark
  observe: new RegExp(String.raw`^\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:(?:minute['’]s|two-minute|moment\s+of|total|partial|solar|lunar)\s+)?(?:(?!(?:that|how|what|why|when|whether|if)\b)[\p{L}-]+\s+)?(?:${alternation(OBSERVED_RITES)})\b|^\s+(?:Ramadan|Lent|Passover|Yom\s+Kippur|Diwali|Easter|Christmas|Eid|Hanukkah)\b`, 'u'),
  // "celebrated with the fans after the whistle", "celebrated wildly": a party, no stance on anything ("celebrated the ruling" stays)
  // ("celebrated its 100th anniversary": an occasion kept, CELEBRATED_OCCASION)
  celebrate: new RegExp(String.raw`${CELEBRATED_OCCASION}|^\s+(?:with|alongside|among)\s+(?:(?:the|his|her|their|its|our|jubilant|cheering|travelling|traveling)\s+)?(?:(?!(?:that|how|what|why|when|whether|if)\b)[\p{L}-]+\s+)?(?:${alternation(CELEBRATING_COMPANY)})\b|^\s+(?:wildly|together|in\s+the\s+streets|late\s+into)\b`, 'u'),
  // "spoke at the meeting", "spoke on condition of anonymity", "spoke on behalf of the union": where, how and for whom, not what
  // "spoke for 40 minutes", "spoke for about an hour": how long, nothing of what was said (FOR_A_TIME; a topic after it,
  // "spoke for an hour about the plan", keeps the cue)
  speak: new RegExp(String.raw`^\s+(?:(?:on\s+(?:the\s+)?)?condition\b|on\s+behalf\s+of\b|anonymously\b|at\b|in\b|before\b|during\b|after\b|outside\b|from\b|${FOR_A_TIME}(?![^.;!?]{0,24}?\b(?:about|on|of)\b))`, 'i'),
  // "said little about the coach's future", "says nothing about the layoffs": the saying is only measured, nothing of it is
  // reported ("said much of the town was flooded" is a clause: only "about"/"regarding"/"concerning" count)
  say: /^\s+(?:(?:very|so|too|remarkably)\s+)?(?:little|nothing|much|anything)\s+(?:(?:more|further|else|new|publicly)\s+)?(?:about|regarding|concerning)\b/,
  // "welcomed the visitors", "welcomed him to the club", "welcomed back the crew", "welcomed a baby daughter":
  // greeting people or a birth, not approving a claim or a decision ("welcomed the ruling" stays)
  welcome: WELCOMED_PEOPLE,
  // "feel the pinch", "felt the brunt of": hardship borne, not a view held
  feel: new RegExp(String.raw`^\s+(?:the|a|an)\s+(?:\p{L}+\s+)?(?:${alternation(FELT_HARDSHIPS)})\b`, 'u'),
  // "assumed office", "assuming his post", "assumed the role of", "assumed a new identity": taking something on, not supposing
  assume: new RegExp(String.raw`^\s+(?:(?:the|his|her|their|its|a|an|full|sole|overall)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:${alternation(ASSUMED_OFFICES)})\b`, 'u'),
  // "hecklers interrupted his budget speech", "interrupted the broadcast": a disruption, not a remark
  interrupt: new RegExp(String.raw`^\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:${alternation(INTERRUPTED_EVENTS)})\b`, 'u'),
  // "noted the time of each dose on a chart", "noted down the plate number": writing something into a record, not
  // remarking on it ("noted the delay in a statement" is a channel, not a record)
  note: new RegExp(String.raw`^\s+(?:down\b|(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\p{L}\d-]+\s+){0,6}?(?:on|in|into)\s+(?:a|an|the|his|her|their|its|each)\s+(?:patient\s+)?(?:${alternation(RECORD_BOOKS)})s?\b)`, 'u'),
  // "announced its arrival with a party", "announced their presence with a roar": making oneself noticed, not a statement
  // ("announced their arrival in the playoffs with a rout": where they arrived may come before the "with")
  announce: /^\s+(?:its|his|her|their|our|my)\s+(?:arrival|presence|coming)(?:\s+(?:in|on|at|into)\s+[^.;:!?,“”"]{1,24}?)?\s+(?:with|by)\b/u,
  // "cooks who hail from the coast", "hails originally from Varn": coming from a place, not praise
  hail: /^\s+(?:(?:mostly|mainly|largely|originally|all|both)\s+)?from\b/,
  // "claimed the trophy", "claimed the title", "claimed the lives of": winning or taking, not asserting
  // ("claimed a 2-1 win": a result with its score; "claimed a partial victory" stays a claim)
  // ("claimed the league title", "claimed a third straight win": up to two words may name the prize, and the prize ends
  // its clause (PRIZE_ENDS); "claimed the win was unfair", "claimed the seat belonged to her", "claimed the election
  // win should be annulled" are clauses whose subject the prize is, and keep the cue)
  claim: new RegExp(String.raw`^\s+(?:the|a|an|his|her|their|its|another|second|third)\s+(?:(?!(?:that|how|what|why|when|whether|if)\b)[\p{L}\d–-]+\s+){0,2}?(?:${alternation(CLAIMED_PRIZES)})\b${PRIZE_ENDS}|^\s+(?:gold|silver|bronze)\b`, 'u'),
  // "compared the figures with last year's", "compare prices": setting figures or records side by side, not a judgement
  compare: new RegExp(String.raw`^\s+(?:the|their|his|her|its|those|these)?\s*(?:${alternation(COMPARED_DATA)})\b`),
  // "referred all callers to the front desk", "referred the case to prosecutors": passing something on to someone, not
  // speaking of it (the speech sense takes "to" right after it: "referred to the audit")
  refer: /^\s+(?!to\b)(?:[\p{L}’'-]+\s+){1,4}?to\b/u,
  // "the phone supports wireless charging", "the app supports 40 languages": what a device or program can handle
  // ... and "pillars that support the roof", "supported the weight of the bridge": bearing a load
  support: new RegExp(String.raw`^\s+(?:(?:the|its|their)\s+)?(?:weight|load)\s+of\b|^\s+(?:the|its|their)\s+(?:roof|ceiling|deck|span|floor\s+above)\b(?!\s+(?:plan|repair|tax|levy|project))|^\s+(?:(?:up\s+to|more\s+than|over|about|\d[\d,]*|both|all|most|many|the\s+latest|faster|wireless|fast)\s+)*(?:[\p{L}-]+\s+)?(?:${alternation(DEVICE_FEATURES)})\b`, 'iu'),
  // "reports live from the scene", "has reported from three summits", "reporting on the ground", "reported him to a manager",
  // "reported for duty", "must report to prison by May 1", "reported to the tax office": a journalist at work, informing on someone, turning up; no one's report is given
  // (a clause after it keeps it: "reported from the scene that ...")
  // ("reported him missing", "reported the van stolen": filing a report of a loss, no one's account given; LOSS_ENDS: the
  // adjective ends its clause; "lost" is left out, since "reported the firm lost 300 jobs" is a clause with its verb)
  report: new RegExp(String.raw`^\s+(?:(?:${alternation(OBJECT_PRONOUNS)})|(?:the|a|an|his|her|their|its)\s+(?:(?!(?:of|that)\b)[\p{L}-]+\s+){1,3}?)\s*(?:missing|stolen)\b${LOSS_ENDS}|^\s+(?:live\b|from\s+(?!(?:sources?|officials?|documents?|records?|data)\b)|on\s+the\s+ground\b|(?:${alternation(OBJECT_PRONOUNS)})\s+to\b|for\s+(?:duty|work)\b|to\s+(?:prison|jail|custody|duty|work|training|camp|barracks|base)\b|to\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:office|offices|headquarters|station|precinct|desk|clinic|ward|depot)\b)(?![^.;!?]{0,50}\bthat\b)`, 'u'),
  // "backed the van into the gate", "backing a truck out of the yard": reversing a vehicle ("backed the car tax" stays a stance)
  back: new RegExp(String.raw`^\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}-]+\s+)?(?:${alternation(VEHICLES)})(?=\s+(?:into|out|up|down|onto|off|over|through|across|away|towards?|along)\b|\s*[,.;])`, 'u'),
  // "favoured her left leg after the fall": sparing a limb, not preferring anything
  favor: SPARED_LIMB,
  favour: SPARED_LIMB,
  // "acknowledged the crowd with a wave", "acknowledged the applause": a gesture to people, nothing granted as true
  // ("acknowledged the crowd's anger" keeps it)
  acknowledge: new RegExp(String.raw`^\s+(?:the\s+)?(?:cheering\s+)?(?:${alternation(APPLAUDING)})\b(?!['’])`),
  // "conceded two goals", "conceded a late penalty", "conceded the race", "conceded shortly after 11 p.m.": giving up points or a contest,
  // no admission reported ("conceded that ...", "conceded the point that ...", "conceded the ferry timetable is unfair" keep the cue);
  // a race with its modifiers too ("conceded the party's council primary", CONCEDED_RACE)
  concede: new RegExp(String.raw`^\s+(?:(?:the|a|an|two|three|four|five|\d+)\s+)?(?:(?:late|early|soft|second|third|first)\s+)?(?:${alternation(CONCEDED_CONTESTS)})\b(?![^.;!?]{0,30}?\bthat\b)${FINITE_VERB_SOON}|^\s+(?:late|early|shortly|soon|minutes|hours|just\s+(?:before|after))\b(?![^.;!?]{0,40}?\bthat\b)|${CONCEDED_RACE}`, 'u'),
  // "the hospital admitted 40 patients overnight", "admitted two new members": letting people in, not a confession
  admit: new RegExp(String.raw`^\s+(?:(?:the|about|nearly|some|more|\d[\d,]*|two|three|four|five|six|ten|dozens\s+of|hundreds\s+of|thousands\s+of)\s+)?(?:(?:new|more|female|male|foreign|young|first)\s+)?(?:${alternation(ADMITTED_PEOPLE)})\b(?!['’])`),
  // "told jokes at the dinner", "tells a joke on stage": a joke told, no claim in it ("a joke about the mayor" keeps its topic)
  // "was told off by the referee": a scolding, no words reported ("told off-duty officers" is no particle)
  tell: /^\s+(?:(?:a|more|some|bad|old|his|her|their)\s+)?jokes?\b(?!\s+(?:about|that|on)\b)|^\s+off\b(?!-)/,
  // "fans chanted his name", "chanting the striker's name": a name called out, nothing said about anything
  chant: /^\s+(?:his|her|their|its|the\s+[\p{L}-]+['’]s?)\s+names?\b/u,
  // "promoted two regional managers", "promoted him to sergeant": raising someone in rank
  // "was promoted to captain", "promoted to the Premier League": a rise in rank, not a stance voiced
  promote: new RegExp(String.raw`^\s+to\s+(?:(?:the\s+)?(?:rank|post|position|role|job|board|first\s+team|senior\s+team)|(?:a\s+)?(?:${alternation(RANKS)})|the\s+(?:premier|first|second|top)\s+(?:league|division|tier))\b|${PROMOTED_PEOPLE}`, 'i'),
  // "the council pressed on, arguing ...", "pressed on with the plan": going on, not pressing anyone ("was pressed on whether" stays)
  press: /^\s+on(?=\s*[,.;:!?]|\s+(?:with|regardless|anyway|undeterred|despite|into|through)\b)/,
  // "laughed when the host turned to the vote", "laughed and waved": a laugh with nothing said in it ("laughed off the claim",
  // "laughed at the idea", a quote before it, keep the cue)
  laugh: /^\s+(?:when|as|while|before|after|and|until|throughout)\b/,
  // amounts, results, goods and deals (act-objects-trade.ts)
  ...TRADE_ACTS,
  // violence, policing and the courts (act-objects-force.ts)
  ...FORCE_AND_COURT_ACTS,
  // a title defended, a reply in play (act-objects-sport.ts)
  ...SPORT_AND_OCCASION_ACTS,
};
