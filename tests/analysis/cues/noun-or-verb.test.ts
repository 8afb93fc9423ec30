import { describe, expect, it } from 'vitest';
import { allCues } from '../verb-cues.js';

const cues = allCues;

describe('noun-like forms read as verbs from the words before them', () => {
  it.each([
    // a negated auxiliary is one word to the word finder
    ['We can’t blame the ferry crew for the delay.', ['can’t blame']],
    ['The aides didn’t support the merger.', ['didn’t support']],
    // an adverb in -ly right before the form
    ['Tax experts generally favor a cap on the credit.', ['generally favor']],
    // a bare plural opening the sentence and its place or body phrase: the subject of the form, not a compound's noun
    ['Farmers in the valley call the levy unfair.', ['call']],
    ['Nurses at the hospital blame the new rota for the delays.', ['blame']],
    ['It was hot. Teachers in the district support the strike.', ['support']],
    // a plural noun subject opening the sentence keeps its bare verb
    ['Local groups champion the plan.', ['champion']],
    // a quantifier standing alone as the subject of a bare form with an object
    ['Many fear the dam will fail.', ['fear']],
    ['Some view the merger as a takeover.', ['view']],
    // plural people before the form
    ['Most Ruiz allies consider the vote a setback.', ['consider']],
    // a name with the lemma's own particle after it
    ['Ida Strand calls for calm after the vote.', ['calls for']],
    ['Tom Fenn calls on voters to stay home.', ['calls on']],
    // a collective name with its bare verb and an object name with no verb of its own after it
    ['Labour back Tove Brandt over the harbour levy.', ['back']],
    // a naming verb with a name as its object and then what it names it (a headline's Title Case too)
    ['Ana Ruiz calls Lena Holt ‘a disgrace’ over the ferry comments.', ['calls']],
    ['Ana Ruiz Calls Lena Holt ‘A Disgrace’ Over Ferry Comments.', ['Calls']],
    ['Coach Ida Berg labels Tom Fenn a cheat after the final.', ['labels']],
    // "as much" is the object, not a passive's "as"
    ['The Velmar aides acknowledged as much on Friday.', ['acknowledged']],
    // after "be", "first" is an adverb, not a determiner
    ['The delay was first reported by the Harbor Post.', ['was first reported']],
    // "remarks" with its clause after a name, or after a quote, is the verb
    ['Ida Lind remarks that the ferry fee is high.', ['remarks']],
    ['“The fee is high,” Ida Lind remarks.', ['remarks']],
    // an object pronoun after a noun-like form makes it a verb; "her" may be a determiner
    ['Footage from the pier shows him beside the boat.', ['shows']],
    ['The mayor defends the claims her rivals made.', ['defends']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});

describe('noun-like forms left as nouns, and acts that are no speech', () => {
  it.each([
    // the same words where they are nouns or another clause
    ['The crowd waited patiently, welcoming news of the deal.', []],
    ['Tarlow didn’t seem impressed by the speech.', []],
    ['Don’t blame the ferry crew for the delay.', []],
    // the phrase's noun and the form a compound with no object after it; a name inside a sentence is no opening plural
    ['Nurses at the hospital support group met on Monday.', []],
    ['The prize went to Tom Evans of the club support staff.', []],
    // a plural that names no people is no holder of a stance
    ['Jobs at the plant support the local economy.', []],
    ['Sales in the region support the forecast.', []],
    ['The early estimates were wrong.', []],
    ['Some reports the agency issued were late.', []],
    // "remarks" with an adjective before it and no clause after it is the noun, whatever follows its comma
    ['Ida Lind read from her brief remarks, then left the hall.', []],
    ['Tom Fenn made short remarks, then cut the ribbon.', []],
    // a compound noun before a title, after a singular name, or before its own verb
    ['She starred in the reality show “Dune Kitchen” for years.', []],
    ['Officials opened the Ann Lee email probe in May.', []],
    // a name as the object of "calls" with no naming after it: a phone call
    ['Ana Ruiz calls Lena Holt every morning before training.', []],
    ['The Harbor plan is linear.', []],
    // a plural noun and its relative clause
    ['He toured Ostria and Velm, states that border the lake.', []],
    ['The group tracks reports that have gone unanswered.', []],
    // a plural possessive before the form
    ['The candidates’ plans came late.', []],
    // acts: a passive "found" with no clause, a reflexive "find", a phone answered, a place confirmed
    ['The boat was found in a field near the river.', []],
    ['The full results can be found online.', []],
    ['Reporters often find themselves in danger.', []],
    ['She answered the phone on the second ring.', []],
    ['The team confirmed its place in the final with a late goal.', []],
    // a verdict is a court's act; a bearing shown; adding to something; evidence bearing out a claim
    ['The jury found him guilty of fraud.', []],
    ['The clerk was found not guilty.', []],
    ['The deputy showed no emotion in court.', []],
    ['Oil prices added to the pressure on Monday.', []],
    ['Bank records backed up his account.', []],
    // a passive "dismissed" with no "as": a firing or a ruling
    ['The case was dismissed on Monday.', []],
    // a participle in a comma aside after a common noun, or after a preposition and a bare plural
    ['The tablet, called the Slate, costs $900.', []],
    ['The clip, posted on Sunday, drew a million views.', []],
    ['In tests described in the journal, a team trained dogs.', []],
    // a plural form opening a sentence; a noun after "a" and a noun; a record noun before an evidence verb
    ['Plans to widen the road were approved.', []],
    ['The campaign cited a police report from May.', ['cited']],
    ['Internal emails show the agency knew.', ['show']],
    // a skill learned is no claim learned
    ['Most of the dogs learned the trick.', []],
    // phoning in; a participle after a determiner and an adverb
    ['She called into a radio show from home.', []],
    ['After a swiftly called meeting, the board left.', []],
    // an impersonal passive aside, with no clause after it, is the writer's hedge; a noun compound with "forecast"
    ['The fire, it is thought, began in the kitchen.', []],
    ['The firm forecast is grim.', []],
    // a plural form with a participle and its "by" agent after it is the noun the participle describes
    ['Internal emails obtained by the Courier suggest the board knew.', ['suggest']],
    ['Leaked reports seen by the Courier show the firm delayed the recall.', ['show']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    // their verb readings stay
    // (a plural form with its object or clause, no participle and "by" after it)
    ['The council states the fee will rise.', ['states']],
    ['Ana Ruiz claims the bridge was inspected by engineers.', ['claims']],
    ['What Ida Strand fears is a long strike.', ['fears']],
    ['The bridge, which officials fear will fail, stays open.', ['fear']],
    ['Ana Ruiz and Tom Fenn support higher fares.', ['support']],
    ['Ida Strand states that the port is safe.', ['states']],
    ['The firm was found to have misled buyers.', ['was found']],
    ['Ida Strand answered the question at once.', ['answered']],
    ['The club confirmed the transfer on Monday.', ['confirmed']],
    ['Police fear the worst.', ['fear']],
    ['The shop that originally listed the kettle withdrew it.', ['originally listed']],
    ['The claim was dismissed as baseless.', ['was dismissed as']],
    // a subject with a possessive determiner, and the past "forecast" with a figure's noun
    ['The nurses’ union doubts the plan will work.', ['doubts']],
    ['The firm forecast revenue of $2 billion for the year.', ['forecast']],
    // an impersonal passive with its clause reports a claim with no source named
    ['It is understood that 30 staff escaped.', ['is understood']],
    ['It was revealed on Tuesday that the dam leaked.', ['was revealed']],
    ['Voters learned of the plan in May.', ['learned of']],
    ['She added to reporters that the port was safe.', ['added']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });
});
