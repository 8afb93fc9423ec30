// Acts, not speech: the same verbs with an object or a frame that makes them something done ("cast the
// deciding vote", "released the hostages", "answered the phone", "found a clerk guilty", "called a
// strike"). One check the verb pass makes on every form, after the form's own context; each test reads
// a bounded stretch of text right after (or before) the form.
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { BE_BEFORE, BE_THEN_ADVERBS } from './verb-contexts.js';
import { CALLED_EVENT } from './frames.js';
import { WELCOMED_PEOPLE_NOUNS } from '../../lexicon/cue-contexts.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';

// A figure, a place or a plea right after the verb makes it an act: "offered $3 billion for the port",
// "weighs 80kg", "appeared at a hearing", "pleaded guilty", "listed 40 items". (These lemmas report a
// stance only with a clause, a person or an idea as their object.)
const FIGURE_OBJECT = /^\s+(?:(?:about|nearly|almost|roughly|some|more\s+than|up\s+to|at\s+least|another|an\s+extra)\s+)?(?:[$£€¥]\s?\d|\d)/;
// people as the object of "welcome" (lexicon: a count or a determiner and an adjective may come first), an object
// pronoun, "her" read as a person by what follows it, or "back" (a return: "welcomed back the crew")
const WELCOMED_PEOPLE = new RegExp(String.raw`^\s+(?:(?:him|them|us|me|everyone|everybody)\b(?!['’])|her(?=\s+(?:to|back|into|aboard|on|at|with|home)\b|\s*[,.;!?])|back\b|(?:(?:the|a|an|his|her|their|its|our|several|some|many|\d[\d,]*|(?:hundreds|thousands|dozens)\s+of)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${WELCOMED_PEOPLE_NOUNS.join('|')})\b)`, 'u');

const ACT_AFTER: Record<string, RegExp> = {
  offer: FIGURE_OBJECT,
  // "showed the jury a photo", "showed reporters the letter": displaying to an audience, not a finding;
  // "showed no emotion", "showed great courage": a bearing shown, nobody's finding
  show: /^\s+(?:(?:the\s+)?(?:jury|jurors|court|judge|reporters|journalists|audience|crowd|visitors|viewers|cameras)\b|(?:(?:no|little|any|some|great|real|visible|remarkable|considerable)\s+)?(?:emotion|remorse|restraint|mercy|courage|composure|patience|resilience|grit|class|character|form|promise|flashes|glimpses|leadership|fight)\b)/,
  // "added a second goal", "added 40 points", "the index added 2%": scoring and gaining, not saying ("added up to": a sum);
  // "Oil prices added to the pressure": adding to something, not saying more
  add: /^\s+up\b|^\s+(?:(?:a|another|his|her|their|its|the|two|three)\s+)?(?:(?:late|first|second|third|fourth|fifth|further|consolation)\s+)?(?:second|third|fourth|fifth|goal|goals|point|points|run|runs|try|tries|basket|touchdown|[$£€¥]?\d)|^\s+to\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?!reporters\b|journalists\b|press\b)\p{Ll}/u,
  weigh: /^\s+(?:(?:about|nearly|almost|roughly|some|more\s+than|less\s+than|just|over|under)\s+)?(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)/i,
  list: FIGURE_OBJECT,
  release: FIGURE_OBJECT,
  appear: /^\s+(?:at|in|on|before|with|alongside|outside|inside|onstage|together|for|via|by|from|during|live)\b/i,
  plead: /^\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b/i,
  // "answered the phone", "answered the door": taking a call or a knock, not replying to anyone's words
  answer: /^\s+(?:the|a|his|her|their|its|my|our|your)\s+(?:phone|telephone|door|doorbell|bell|knock|intercom)\b/,
  // "confirmed its place in the final", "confirmed their spot at the top": securing a standing, not a statement
  // "did not confirm their status", "confirmed her identity": checking one's own record, not a statement
  confirm: /^\s+(?:its|their|his|her|the|our)\s+(?:place|spot|berth|qualification|promotion|passage|progress|survival|status)\s+(?:in|at|as|among|for|on|into|with)\b|^\s+(?:their|his|her|its|your|my|our)\s+(?:status|identity|registration|address|attendance|booking|reservation|eligibility|details)\b/,
  // "continues to maintain a delegate lead", "maintains a program for", "maintained close ties": keeping something up,
  // not holding to a claim ("maintained that", "maintained his innocence" stay)
  maintain: /^\s+(?:(?:a|an|the|its|his|her|their|our|some|close|strong|good)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:lead|program|programme|presence|ties|contacts?|control|offices?|homes?|records?|accounts?|database|website|fleet|staff|relationships?|relations|network|momentum|pace|edge|majority|grip|hold|clout|balance|order|distance|levels?|standards?|ownership|links)\b/u,
  // "find themselves in a war zone": a situation someone is in, not a finding
  // "found a former clerk guilty of fraud": a verdict, a court's act
  find: /^\s+(?:(?:themselves|himself|herself|itself|ourselves|myself|yourself|yourselves)\b|(?:[\p{L}’'.-]+\s+){1,5}?(?:not\s+)?(?:guilty|liable|innocent)\b)/u,
  // "recalled 180,000 vehicles": a product recall
  recall: FIGURE_OBJECT,
  // "spoke at the meeting", "spoke on condition of anonymity": where and how, not what
  speak: /^\s+(?:(?:on\s+(?:the\s+)?)?condition\b|anonymously\b|at\b|in\b|before\b|during\b|after\b|outside\b|from\b)/i,
  // "welcomed the visitors", "welcomed him to the club", "welcomed back the crew", "welcomed a baby daughter":
  // greeting people or a birth, not approving a claim or a decision ("welcomed the ruling" stays)
  welcome: WELCOMED_PEOPLE,
  // "have agreed a fee with", "agree deal for new pier": a transaction settled, not a view shared ("agreed that / to / with" stay)
  agree: /^\s+(?!(?:that|to|with|on|upon|in|over|about|and|but)\b)(?:(?:a|an|the|its|their|his|her|new|two|three|final)\s+)?(?:(?!that\b)[\p{L}\d$£€.,-]+\s+){0,2}?(?:fee|fees|deal|deals|terms|price|prices|contract|contracts|settlement|sale|purchase|loan|transfer|merger|takeover|lease|package|budget)\b/u,
  // "feel the pinch", "felt the brunt of": hardship borne, not a view held
  feel: /^\s+(?:the|a|an)\s+(?:\p{L}+\s+)?(?:pinch|heat|squeeze|brunt|strain|effects?|impact|pain|chill|cold|force)\b/u,
  // "Writing for the majority, Justice Lind said ...": whose opinion a judge delivers, not what is written
  write: /^\s+for\s+(?:(?:the|a)\s+)?(?:\p{L}+\s+)?(?:majority|minority|court|panel|bench|dissent)\b/u,
  // "posted a 3-1 win", "posted record profits", "posted its worst quarter": a result recorded, not a post
  post: /^\s+(?:(?:a|an|the|its|his|her|their|another|two|three)\s+)?(?:[\p{L}\d.,%$£€-]+\s+){0,3}?(?:win|wins|victory|victories|loss|losses|defeat|draw|profits?|deficits?|surplus|gains?|declines?|drops?|rises?|growth|earnings|revenues?|sales|results|quarter|year|times?|scores?|records?|lead|shutout|century|best)\b/u,
  // "assumed office", "assuming his post", "assumed the role of", "assumed a new identity": taking something on, not supposing
  assume: /^\s+(?:(?:the|his|her|their|its|a|an|full|sole|overall)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:office|post|role|power|powers|command|control|presidency|leadership|duties|position|mantle|responsibility|responsibilities|chair|throne|helm|seat|title|style|identity|name|debts?|risks?|costs?|liabilities|ownership|custody)\b/u,
  // "hecklers interrupted his budget speech", "interrupted the broadcast": a disruption, not a remark
  interrupt: /^\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\p{L}-]+\s+)?(?:speech|remarks|address|event|rally|meeting|session|proceedings|broadcast|ceremony|service|hearing|programming|game|match|play|vote|count|supply|supplies|flights?|traffic|sleep)\b/u,
  // "noted the time of each dose on a chart", "noted down the plate number": writing something into a record, not
  // remarking on it ("noted the delay in a statement" is a channel, not a record)
  note: /^\s+(?:down\b|(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\p{L}\d-]+\s+){0,6}?(?:on|in|into)\s+(?:a|an|the|his|her|their|its|each)\s+(?:patient\s+)?(?:chart|log|logbook|notebook|diary|ledger|register|record|form|sheet|pad|margin|file|spreadsheet)s?\b)/u,
  // "announced its arrival with a party", "announced their presence with a roar": making oneself noticed, not a statement
  announce: /^\s+(?:its|his|her|their|our|my)\s+(?:arrival|presence|coming)\s+(?:with|by)\b/u,
  // "workers who hail from Central America", "hails originally from Varn": coming from a place, not praise
  hail: /^\s+(?:(?:mostly|mainly|largely|originally|all|both)\s+)?from\b/,
  // "claimed the prize", "claimed the title", "claimed the lives of": winning or taking, not asserting
  claim: /^\s+(?:the|a|an|his|her|their|its|another|second|third)\s+(?:(?:top|first|second|third|overall|\d+)\s+)?(?:prize|title|trophy|crown|medal|cup|seat|lives|life|jackpot|spot|place|win|pole|record|championship|throne)\b/,
  // "compared the data with donor lists", "compare prices": setting figures or records side by side, not a judgement
  compare: /^\s+(?:the|their|his|her|its|those|these)?\s*(?:data|figures|numbers|records|results|notes|prices|lists|samples|rates|scores|files)\b/,
  // "challenged the levy in district court", "is challenging the mayor for the nomination": a suit or a race, not words
  challenge: /^[^.;:!?]{1,60}?\s(?:in\s+(?:(?:a|the|federal|state|district|high|supreme|appeals)\s+){0,2}court|for\s+(?:(?:the|a|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:nomination|seat|title|presidency|leadership|crown|championship|mayoralty))\b/u,
};

// "Writing in the Harbour Review, critic Ola Berg called ...", "Ida Lee, writing on her blog, argued": the participle
// names where the words appeared, an aside closed by a comma before the clause that reports them (no "that" in it)
const WRITING_WHERE = /^[ \t]+(?:in|on|for)[ \t]+(?:(?!that\b)[^,.;:!?“”"\s]+[ \t]+){0,5}[^,.;:!?“”"\s]+,/u;

// what a passive "found" holds when it is a finding: a clause, or a verdict ("was found guilty",
// "were found to have", "was found in contempt"); elsewhere it is a thing come upon ("found in a field")
// (a verdict, "was found guilty", is a court's act like "found X guilty": no one's reported view)
const FOUND_HOLDS = /^\s+(?:not\s+)?(?:to|that)\b/;

// "cast the plan as a betrayal", "named Ann Lee as a suspect": "as" and a description within the clause
const CAST_AS = /^[^.;:!?,]{1,60}?\sas\s/;
// "named the plan a failure", "named him the worst": an object, then what it is called
const NAMED_SOMETHING = /^\s+(?:him|her|it|them|this|that|(?:the|his|her|their|its)\s+[\p{L}-]+)\s+(?:a|an|the)\s/u;
// what a ruling holds: a clause, a side, or what it excludes
const RULING_AFTER = new RegExp(String.raw`^\s+(?:(?:${WEEKDAYS}|today|yesterday|\p{Ll}+ly)\s+)?(?:that|against|in\s+favou?r|for|on|out)\b`, 'u');
// a message as the object of "release": a statement, an ad, a report, a poll, letters or emails
const RELEASED_MESSAGE = /^\s+(?:(?:a|an|the|his|her|its|their|our|two|three|several|new)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:statements?|memos?|reports?|videos?|ads?|advertisements?|commercials?|letters?|poll|polls|survey|surveys|study|studies|emails?|e-mails|transcripts?|tapes?|recordings?|remarks|findings|analysis|plan|proposals?|messages?|tweets?|notes?|documents?)\b/iu;

/** Whether the form is a deed here, not speech: its object, frame or voice says so. */
export function actNotSpeech(text: string, w: SpeechWord): boolean {
  const { word, form, before, start: at } = w;
  const next40 = text.slice(at + word.length, at + word.length + 40);
  // "cast the deciding vote", "named a new coach": only "cast/name X as Y" is a stance (calling
  // something something); with a plain object they are acts, and "a man named Ann" is a name
  // (read only for these two lemmas: every other form skips the scan)
  const castAs = (form.lemma === 'cast' || form.lemma === 'name') && CAST_AS.test(text.slice(at + word.length, at + word.length + 64));
  if (form.lemma === 'cast' && !castAs) return true;
  // ("named the port a failure" calls it something too; "named Ann Lee chief" appoints her)
  if (form.lemma === 'name' && !castAs && !NAMED_SOMETHING.test(text.slice(at + word.length, at + word.length + 40))) return true;
  // "voters looking for a change backed Ruiz": a bare "looking" after a noun describes it; the
  // intention is a finite or progressive verb ("looks to", "is looking for")
  if (form.lemma === 'look' && /ing$/i.test(word) && !BE_BEFORE.test(before)) return true;
  // "ruled the country", "British rule": a ruling is speech only with what it holds ("ruled that",
  // "ruled against the plan", "ruled out a run"); with a plain object it is governing
  if (form.lemma === 'rule' && !RULING_AFTER.test(text.slice(at + word.length, at + word.length + 32))) return true;
  // "released a statement" is speech; "released the hostages", "released his medical records" and "a poll
  // released Monday found" are acts or a participle: only a message as its object makes it a cue
  if ((form.lemma === 'release' || form.lemma === 'issue') && !RELEASED_MESSAGE.test(text.slice(at + word.length, at + word.length + 60))) return true;
  // "backed off the offer", "voters back in March": a phrasal verb or an adverb, not a stance
  // ("records backed up his account": evidence bearing out a claim, not anyone's stance)
  if (form.lemma === 'back' && /^\s+(?:out|off|down|away|in|at|to|into|from|home|then|when|on|up)\b/i.test(text.slice(at + word.length, at + word.length + 6))) return true;
  // "bring back the money", "fought back", "scaled back the plan": the particle of a verb of motion or return before it
  if (form.lemma === 'back' && word.toLowerCase() === 'back' && /^(?:bring|brings|brought|bringing|fight|fights|fought|fighting|pay|pays|paid|paying|scale|scaled|scaling|cut|cuts|cutting|roll|rolled|rolling|win|won|winning|step|stepped|stepping|hold|held|holding|come|came|coming|go|went|going|get|got|getting|give|gave|giving|take|took|taking|turn|turned|turning|look|looked|looking|call|called|calling|push|pushed|pushing|sit|sat|sitting|head|headed|heading|bounce|bounced|bouncing|claw|clawed|clawing)$/i.test(before)) return true;
  // "is credited with the idea": praise given by nobody named, not a stance someone takes
  if (form.lemma === 'credit' && /^\s+with\b/i.test(text.slice(at + word.length, at + word.length + 6))) return true;
  // "showed up": a phrasal verb that is not speech
  if (form.lemma === 'show' && /^\s+up\b/i.test(text.slice(at + word.length, at + word.length + 4))) return true;
  if (/^writing$/i.test(word) && WRITING_WHERE.test(next40)) return true;
  // a figure, a place, a plea or a thing as the object (ACT_AFTER)
  if (ACT_AFTER[form.lemma]?.test(next40) === true) return true;
  // "the boat was found in a field", "the form can be found online": a passive "found" with no clause or
  // verdict after it is a thing come upon, nobody's finding
  if (form.lemma === 'find' && BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at)) && !FOUND_HOLDS.test(next40)) return true;
  // "the case was dismissed", "he had been dismissed": a passive "dismissed" with no "as" is a firing or a
  // ruling, not a rebuttal ("was dismissed as naive" keeps it)
  if (form.lemma === 'dismiss' && BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at)) && !/^\s+as\b/.test(next40)) return true;
  // "he was admitted in March", "was admitted to hospital", "has been admitted to the bar": a passive "admitted" with
  // no clause is an admission to a place or a body, not a confession ("it was admitted that" keeps its clause)
  if (form.lemma === 'admit' && BE_THEN_ADVERBS.test(text.slice(Math.max(0, at - 40), at)) && !/^\s+that\b/.test(next40)) return true;
  // "could help explain why", "helps to explain the rise": a cause accounting for an effect, nobody's account
  // ("to" before the form is dropped by the verb pass already; here "help" right before it)
  if (form.lemma === 'explain' && /^help(?:s|ed|ing)?$/i.test(before)) return true;
  // "has a lot of explaining to do": an idiom for being answerable, no explanation given
  if (word.toLowerCase() === 'explaining' && /^\s+to\s+do\b/i.test(next40)) return true;
  // "said thanks", "gave thanks", "heartfelt thanks": after a verb of giving or saying, or an adjective, "thanks" is the noun
  if (word.toLowerCase() === 'thanks' && /^(?:say|says|said|saying|give|gives|gave|given|giving|express|expressed|expressing|offer|offered|offering|extend|extended|sincere|heartfelt|special|many|big|huge)$/i.test(before)) return true;
  // "called off the deal": not speech
  // ("called into a radio show": phoning in, not calling anyone anything)
  if (form.lemma === 'call' && /^\s+(?:off|up|in|back|into)\b/i.test(text.slice(at + word.length, at + word.length + 6))) return true;
  // "a think tank in Lisbon": the compound noun, not the verb
  if (form.lemma === 'think' && /^[\s-]+tanks?\b/i.test(text.slice(at + word.length, at + word.length + 7))) return true;
  // "called a strike", "called a news conference": convening an event (frames.ts)
  if (form.lemma === 'call' && CALLED_EVENT.test(text.slice(at + word.length, at + word.length + 48))) return true;
  return false;
}
