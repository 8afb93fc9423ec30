// Acts, not speech: the same verbs with an object or a frame that makes them something done ("cast the
// deciding vote", "released the hostages", "answered the phone", "found a clerk guilty", "called a
// strike"). One check the verb pass makes on every form, after the form's own context; each test reads
// a bounded stretch of text right after (or before) the form. The families beside it: the object tables
// (act-objects*.ts), passives done to the subject (acts-passive.ts), set phrases (acts-wire-idioms.ts) and
// everyday wire copy (acts-plain-news.ts).
import type { SpeechWord } from '../quote-marks/speech-words.js';
import { BE_BEFORE, COURT_SIDES } from './verb-contexts.js';
import { CAST_DOUBT } from './phrasal-frames.js';
import { ACT_AFTER } from './act-objects.js';
import { latin1TwinTable } from '../latin1-twin.js';
import { plainNewsAct } from './acts-plain-news.js';
import { wireIdiomAct } from './acts-wire-idioms.js';
import { passiveAct } from './acts-passive.js';
import { rulingHolds } from './ruling-holds.js';
import { BACK_PARTICLE_VERBS, FORCE_DEEDS, NATURAL_FORCES } from '../../lexicon/deed-contexts.js';
import { OBJECT_PRONOUNS } from '../../lexicon/pronouns.js';
import { alternation } from '../alternation.js';
import { WEEKDAYS } from '../../lexicon/weekdays.js';

// "called a strike", "called a news conference", "called a snap election": convening, not calling anyone anything; a
// referee's "called a penalty", "called a foul": a decision in play ("called for a halt" stays speech; so does naming
// the event something: "called the vote a fresh start", 'called the election “rigged”', "called the 2020 election
// stolen": the event convened ends its phrase, with a pause, a preposition or a time after it, or a condition: "will
// call a referendum if the talks fail")
const CALLED_EVENT = new RegExp(String.raw`^\s+(?:a|an|the)\s+(?:[\p{Ll}\p{N}-]+\s+)?(?:strike|election|meeting|vote|referendum|truce|ceasefire|session|press\s+conference|news\s+conference|recess|summit|hearing|timeout|time-out|penalty|foul|free\s+kick)(?![\p{L}-])(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|into|at|on|for|to|with|after|before|by|from|of|over|against|and|as|this|next|last|that|which|until|amid|within|during|following|if|unless|once|when|because|early|today|tomorrow|tonight|yesterday|${WEEKDAYS})\b)`, 'u');

// "Writing in the Harbour Review, critic Ola Berg called ...", "Ida Lee, writing on her blog, argued": the participle
// names where the words appeared, an aside closed by a comma before the clause that reports them (no "that" in it)
const WRITING_WHERE = /^[ \t]+(?:in|on|for)[ \t]+(?:(?!that\b)[^,.;:!?“”"\s]+[ \t]+){0,5}[^,.;:!?“”"\s]+,/u;

// the title of a named storm ("Hurricane Ola", "Tropical Storm Ivo"), not inside a longer name ("National Hurricane Center")
const NAMED_STORM = /^(?:Hurricane|Storm|Typhoon|Cyclone)$/;
// a capitalised word before that title makes it part of a longer name (a storm's own "Tropical" or "Super" aside)
const NAME_WORD_BEFORE = /(?<!\p{L})(?!(?:Tropical|Super)[ \t])\p{Lu}[\p{L}.]*[ \t]+$/u;

// the -ing forms that double as conjunctions of a condition, and what stands before them then
// ("considering" is left out: "The club, considering a move, asked ..." mulls something over)
const CONDITION_PARTICIPLE = /^(?:assuming|supposing)$/i;
const CONDITION_LEAD = /(?:^|[,(—–]|\s--?|[.!?]["”’']?)\s*$/;

// "cast the plan as a betrayal", "named Ann Lee as a suspect": "as" and a description within the clause
// (not one's own vote or ballot cast: "cast her ballot as the polls closed" is the act, its "as" a time; "cast the vote
// as a betrayal" describes the vote)
const CAST_AS = /^(?!\s+(?:a|an|his|her|their|its|our|my)\s+(?:[\p{L}-]+\s+)?(?:votes?|ballots?)\b)[^.;:!?,]{1,60}?\sas\s/u;
// "named the plan a failure", "named him the worst": an object, then what it is called
const NAMED_SOMETHING = new RegExp(String.raw`^\s+(?:${alternation([...OBJECT_PRONOUNS, 'it', 'this', 'that'])}|(?:the|his|her|their|its)\s+[\p{L}-]+)\s+(?:a|an|the)\s`, 'u');
// a message as the object of "release": a statement, an ad, a report, a poll, letters or emails
const RELEASED_MESSAGE = /^\s+(?:(?:a|an|the|his|her|its|their|our|two|three|several|new)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:statements?|memos?|reports?|videos?|ads?|advertisements?|commercials?|letters?|poll|polls|survey|surveys|study|studies|emails?|e-mails|transcripts?|tapes?|recordings?|remarks|findings|analysis|plan|proposals?|messages?|tweets?|notes?|documents?)\b/iu;

// "wrote letters for several neighbours", "wrote a check to the campaign": writing to someone with nothing of what was written
// reported (a clause or a topic in the sentence keeps it: "wrote a letter to the mayor asking that ...", "... about the toll")
const WROTE_TO = /^\s+(?:(?:a|an|the|two|three|several|many|his|her|their)\s+)?(?:[\p{L}-]+\s+)?(?:letters?|notes?|cards?|postcards?|checks?|cheques?)\s+(?:to|for)\s[^.;:!?“”"]{0,100}/u;
// "posted on Facebook after the game", "posted to her blog on Sunday": putting something up on a platform says nothing
// unless a clause, a colon or a quote follows in the sentence ("posted on X that the vote was rigged", "posted on X:
// ..."); a participle after a comma is a cue of its own ("posted on Facebook, calling the ruling a disgrace")
const POSTED_WHERE_ONLY = /^\s+(?:on|to)\s+(?![^.;!?]{0,80}?(?:\bthat\b|:|[“"‘«]|\b(?:saying|says|said|writing|in\s+which)\b))/u;
// ... or unless a quote closes right before its subject ("“See you in court,” Ana Roe posted on X."): the post is the quote
// (not a quote of someone else's that a coordinated verb follows: "called it “a farce,” and later posted on X")
const QUOTE_THEN_SUBJECT = /[,!?…]\s*[”"’']\s+(?!(?:and|but|or|then|before|after|while)\b)[^.,;:!?“”"]{1,60}$/u;
// the side of a court a judge writes for ("for the majority", "for a unanimous court", "for the dissent")
const WRITING_FOR_SIDE = new RegExp(String.raw`^\s+for\s+(?:(?:the|a)\s+)?(?:\p{L}+\s+)?${COURT_SIDES}\b`, 'u');
const WRITING_FOR_SIDE_THAT = new RegExp(String.raw`${WRITING_FOR_SIDE.source},?\s+that\b`, 'u');
const WRITTEN_WORDS = /\b(?:saying|says|asking|urging|that|demanding|calling|warning|accusing|about|on|over|in\s+which|describing|complaining|explaining|thanking|praising|criticizing|criticising|opposing|supporting|begging|pleading|apologizing|apologising)\b/;

// (each pattern with its Latin-1 twin, latin1-twin.ts: several are long word lists with letter classes, costly to compile
// for two-byte text)
const ACT_AFTER_TWINS = latin1TwinTable(ACT_AFTER);

/** Whether the form is a deed here, not speech: its object, frame or voice says so. */
export function actNotSpeech(text: string, w: SpeechWord): boolean {
  const { word, form, before, start: at } = w;
  const next40 = text.slice(at + word.length, at + word.length + 40);
  // "cast the deciding vote", "named a new coach": only "cast/name X as Y" is a stance (calling
  // something something); with a plain object they are acts, and "a man named Ann" is a name
  // (read only for these two lemmas: every other form skips the scan)
  const castAs = (form.lemma === 'cast' || form.lemma === 'name') && CAST_AS.test(text.slice(at + word.length, at + word.length + 64));
  // ("cast doubt on the figures" questions a claim: phrasal-frames.ts CAST_DOUBT)
  if (form.lemma === 'cast' && !castAs && !CAST_DOUBT.test(text.slice(at + word.length, at + word.length + 40))) return true;
  // ("named the port a failure" calls it something too; "named Ann Lee chief" appoints her)
  if (form.lemma === 'name' && !castAs && !NAMED_SOMETHING.test(text.slice(at + word.length, at + word.length + 40))) return true;
  // "voters looking for a change backed Ruiz": a bare "looking" after a noun describes it; the
  // intention is a finite or progressive verb ("looks to", "is looking for")
  if (form.lemma === 'look' && /ing$/i.test(word) && !BE_BEFORE.test(before)) return true;
  // "ruled the country", "British rule": a ruling is speech only with what it holds ("ruled that",
  // "ruled against the plan", "ruled out a run"); with a plain object it is governing
  if (form.lemma === 'rule' && !rulingHolds(text.slice(at + word.length, at + word.length + 80))) return true;
  // "released a statement" is speech; "released the hostages", "released his medical records" and "a poll
  // released Monday found" are acts or a participle: only a message as its object makes it a cue
  if ((form.lemma === 'release' || form.lemma === 'issue') && !RELEASED_MESSAGE.test(text.slice(at + word.length, at + word.length + 60))) return true;
  // "backed off the offer", "voters back in March": a phrasal verb or an adverb, not a stance
  // ("records backed up his account": evidence bearing out a claim, not anyone's stance)
  if (form.lemma === 'back' && /^\s+(?:out|off|down|away|in|at|to|into|from|home|then|when|on|up)\b/i.test(text.slice(at + word.length, at + word.length + 6))) return true;
  // "bring back the money", "fought back", "scaled back the plan": the particle of a verb of motion or return before it
  if (form.lemma === 'back' && word.toLowerCase() === 'back' && BACK_PARTICLE_VERBS.has(before.toLowerCase())) return true;
  // "is credited with the idea": praise given by nobody named, not a stance someone takes
  if (form.lemma === 'credit' && /^\s+with\b/i.test(text.slice(at + word.length, at + word.length + 6))) return true;
  // "showed up": a phrasal verb that is not speech
  if (form.lemma === 'show' && /^\s+up\b/i.test(text.slice(at + word.length, at + word.length + 4))) return true;
  if (/^writing$/i.test(word) && WRITING_WHERE.test(next40)) return true;
  // "Writing for the majority, Justice Lind said ...", "Judge Roe wrote for the panel.": whose opinion a judge delivers,
  // not what is written; but a finite form after the quote it closes, or with a that-clause, reports the opinion
  // ("“The law is void,” Justice Lind wrote for the majority.", "wrote for the court that the law was void")
  if (form.lemma === 'write' && WRITING_FOR_SIDE.test(next40) && (/^writing$/i.test(word)
    || !(QUOTE_THEN_SUBJECT.test(text.slice(Math.max(0, at - 64), at)) || WRITING_FOR_SIDE_THAT.test(text.slice(at + word.length, at + word.length + 60))))) return true;
  const wroteTo = form.lemma === 'write' ? WROTE_TO.exec(text.slice(at + word.length, at + word.length + 140)) : null;
  if (wroteTo !== null && !WRITTEN_WORDS.test(wroteTo[0])) return true;
  if (form.lemma === 'post' && POSTED_WHERE_ONLY.test(text.slice(at + word.length, at + word.length + 90))
    && !QUOTE_THEN_SUBJECT.test(text.slice(Math.max(0, at - 64), at))) return true;
  // a figure, a place, a plea or a thing as the object (ACT_AFTER)
  if (ACT_AFTER_TWINS[form.lemma]?.for(next40).test(next40) === true) return true;
  // "was found in a field", "was admitted to hospital", "gets recognized": a passive done to the subject (acts-passive.ts)
  if (passiveAct(text, w, next40)) return true;
  // "the storm hammered the coast", "the wildfire threatened 200 homes", "Hurricane Ola blasted the islands": a force of
  // nature as the subject (right before the form, or a named storm) does a deed, for the verbs of FORCE_DEEDS
  if (FORCE_DEEDS.has(form.lemma) && (NATURAL_FORCES.has(before.toLowerCase()) || (/^\p{Lu}/u.test(before) && NAMED_STORM.test(w.before2) && !NAME_WORD_BEFORE.test(text.slice(Math.max(0, w.before2At - 20), w.before2At))))
    && /^[ \t]+$/.test(text.slice(text.lastIndexOf(before, at - 1) + before.length, at))) return true;
  // "could help explain why", "helps to explain the rise": a cause accounting for an effect, nobody's account
  // ("to" before the form is dropped by the verb pass already; here "help" right before it)
  if (form.lemma === 'explain' && /^help(?:s|ed|ing)?$/i.test(before)) return true;
  // "has a lot of explaining to do": an idiom for being answerable, no explanation given
  if (word.toLowerCase() === 'explaining' && /^\s+to\s+do\b/i.test(next40)) return true;
  // "said thanks", "gave thanks", "heartfelt thanks": after a verb of giving or saying, or an adjective, "thanks" is the noun
  if (word.toLowerCase() === 'thanks' && /^(?:say|says|said|saying|give|gives|gave|given|giving|express|expressed|expressing|offer|offered|offering|extend|extended|sincere|heartfelt|special|many|big|huge)$/i.test(before)) return true;
  // "called off the deal": not speech
  // ("called into a radio show": phoning in, not calling anyone anything)
  // ("was called to the stand", "police, called to the scene,": summoned somewhere, nothing said)
  if (form.lemma === 'call' && /^\s+(?:off|up|in|back|into)\b|^\s+to\s+the\s+(?:witness\s+)?(?:stand|scene|box|bar)\b/i.test(text.slice(at + word.length, at + word.length + 30))) return true;
  // "All told, the club needs nine points": the idiom for "in all", nobody told anything
  if (word.toLowerCase() === 'told' && /^all$/i.test(before) && /^\s*,/.test(next40)) return true;
  // "on its most wanted list": the adjective of a list or a fugitive, nobody's want
  // ("what she most wanted was a house" keeps the want: no determiner before "most")
  if (word.toLowerCase() === 'wanted' && /^most$/i.test(before) && (/^(?:the|its|their|his|her|our|a|an|this)$/i.test(w.before2) || /\p{L}['’]s?$/u.test(w.before2))) return true;
  // "a prize for travel writing", "a degree in creative writing": the noun of a craft after a preposition and its modifier
  // (what was written after it keeps the participle: "responded in kind writing that ...", "writing: ...")
  if (word.toLowerCase() === 'writing' && /(?:^|\s)(?:for|in|of|on)\s+\p{Ll}+\s+$/u.test(text.slice(Math.max(0, at - 30), at))
    && !/^\s*(?:that\b|:|[“"‘])/u.test(next40)) return true;
  // "could reopen by May, assuming the repairs go well", "Supposing the deal fails, ...": after a comma, a dash or a bracket, or
  // opening the sentence, the form is the conjunction of a condition ("provided that"), the writer's, nobody's belief
  if (CONDITION_PARTICIPLE.test(word) && CONDITION_LEAD.test(text.slice(Math.max(0, at - 4), at))) return true;
  // "a think tank in Lisbon": the compound noun, not the verb
  if (form.lemma === 'think' && /^[\s-]+tanks?\b/i.test(text.slice(at + word.length, at + word.length + 7))) return true;
  // "called a strike", "called a news conference": convening an event (frames.ts)
  if (form.lemma === 'call' && CALLED_EVENT.test(text.slice(at + word.length, at + word.length + 48))) return true;
  const next80 = text.slice(at + word.length, at + word.length + 80);
  // "calls the shots", "called on flood victims", "reports its results", "the dispute threatens to" (acts-wire-idioms.ts)
  if (wireIdiomAct(text, w, next80)) return true;
  // a name, a summons, a vote count, a gesture or a thing built in (acts-plain-news.ts)
  return plainNewsAct(text, w, next80);
}
