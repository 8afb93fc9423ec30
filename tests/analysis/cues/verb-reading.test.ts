// Whether a speech form reads as a verb where it stands (cues/verb-reading.ts, after the gates of verb-gates.ts):
// a form that is also a noun needs a verb's context. Through the cue stage; invented texts.
import { describe, expect, it } from 'vitest';
import { kindedCues } from '../verb-cues.js';

describe('cues: a speech form read as a verb', () => {
  it.each([
    // findings: a record noun makes an ambiguous form a verb
    ['The survey shows the race is tied.', ['verb:shows']],
    ['Two studies find wide support.', ['verb:find']],
    // a progressive is a verb whatever the form could be
    ['The senator is backing the mayor.', ['verb:is backing']],
    // the verb readings of the same forms
    ['The fee was reported to be huge.', ['verb:was reported']],
    ['She recalled that the kettles leaked.', ['verb:recalled']],
    // plural people or a share of them before an ambiguous form: its subject
    ['About two-thirds support a new tax.', ['verb:support']],
    ['Authorities blame the blast on a gas leak.', ['verb:blame']],
    ['Older voters tended to support the mayor.', ['verb:tended to support']],
    // a noun-like form before a name and its own cue is the name's title: only the later form is a cue
    ['Olympic champion Ann Roe said the track was slow.', ['verb:said']],
    ['The defending champion Lena Voss told reporters she was tired.', ['verb:told']],
    ['Consumer advocate Jo Lee, said the fee was unfair.', ['verb:said']],
    // the same form as a verb, with no cue after the name
    ['Unions champion the plan.', ['verb:champion']],
    ['Unions champion Ann Roe for mayor.', ['verb:champion']],
    // "read" and "went on" only right after a quote; "emailed" as a verb
    ['“It is open,” the sign read.', ['verb:read']],
    ['“It is open,” read the statement.', ['verb:read']],
    ['“We have plans,” she went on.', ['verb:went on']],
    ['She emailed the mayor that it was over.', ['verb:emailed']],
    // an ambiguous form right after a closed quote and its subject attributes the quote
    ['“We are ready,” the mayor continued.', ['verb:continued']],
    // the verb readings stay
    ['The charter states that the council meets monthly.', ['verb:states']],
    ['She thanks the crew for the rescue.', ['verb:thanks']],
    ['The mayor thanked voters for their patience.', ['verb:thanked']],
    // a demonstrative before a form that is no noun is its subject or a relative pronoun
    ['That suggests the count was wrong.', ['verb:suggests']],
    ['Groups that oppose the dam met.', ['verb:oppose']],
    ['Polls that show the mayor ahead were wrong.', ['verb:show']],
    // a noun-like form that is part of the speaker's name or title: only the cue after it
    ['“We lost,” state Rep. Ivo Sarn (I) said.', ['verb:said']],
    ['“We are ready,” Hope said.', ['verb:said']],
    // after a name, a speech form in -s with a clause or an infinitive is its verb
    ['Ida Strand claims the bridge is safe.', ['verb:claims']],
    ['Ida Strand vows to rebuild the pier.', ['verb:vows']],
    // a form that is also a noun, with its "that" clause after an aside between commas
    ['The council reports, in its annual review, that rents rose.', ['verb:reports']],
    ['Ada Lund claims, without any proof, that the vote was rigged.', ['verb:claims']],
    ['He continued: “We will win.”', ['verb:continued:', 'colon::']],
    // a noun-like plural before its speech verb is the subject; an -ing form after a speech verb modifies its object
    ['Fares rose, which advocates say hurts pensioners.', ['verb:say']],
    ['He told applauding fans the war was over.', ['verb:told']],
    ['Asked whether Ann Lee can win, most said yes.', ['verb:Asked', 'verb:said']],
  ])('%s', (text, expected) => {
    expect(kindedCues(text)).toEqual(expected);
  });
});

describe('cues: a speech form that is no verb here', () => {
  it.each([
    // a noun, not a verb
    ['The report was long.'],
    // after a count, a plural noun with its relative clause
    ['The four states that border the lake are small.'],
    ['Turnout rose in 12 states that held contests.'],
    ['Two reports that came out in May were wrong.'],
    // "thanks to" is a preposition
    ['The town grew thanks to the new port.'],
    ['Sales rose, thanks in great part to the weather.'],
    ['His claims were false.'],
    // the noun before an aside that is a relative clause or a list, with no "that" clause after it
    ['The harbour board reports, which were leaked, show losses.'],
    ['The club reports, memos and letters were all shredded.'],
    ['Early forecasts, issued in March, that the river would flood proved right.'],
    ['He read The Harbor Post every day.'],
    ['The United States agreed nothing.'.replace(' agreed nothing', '')],
    // a cue inside a quote is the speaker's word, not the writer's
    ['“They said no, they said it twice, and we left,” is all we know.'],
    // an impersonal passive aside hedges, it names nobody and has no clause after it
    ['The ship, it is believed, sailed at dawn.'],
    // "Asked by" and "asked for" are no questions put to a speaker
    ['Asked by nobody, it stayed.'],
    // an infinitive, and a past form used as an adjective after a preposition
    ['The plan is to respond soon.'],
    ['She kept a list of promised projects.'],
    // a past form between "these"/"those" and a plural noun is that noun's adjective
    ['None of these threatened fines were ever paid.'],
    ['Those promised tax cuts never came.'],
    ['The judge’s alleged bias was news.'],
    ['It was a so-called deal.'],
    ['<tweet tweet-id="1">Hi</tweet>'],
    ['A law criticized as vague stayed.'],
    ['Hundreds showed up at the fair.'],
    // "like" as a preposition, "cast" a ballot, a feeling noun, a passive idiom, a noun after a determiner
    ['Critics like Tom Reyes stayed home.'],
    ['She cast her ballot early.'],
    ['She cast her vote, as always, at noon.'],
    ['Party loathing for the plan grew.'],
    ['He is credited with the idea.'],
    ['The shows ran late.'],
    ['A loud push came.'],
    ['The talks continued.'],
    ['He read the paper and went on to work.'],
    ['She sent an email.'],
    // a capitalised form inside a name in running text
    ['He keeps the Harbor Post Says column, as many in the town do.'],
    ['The claim that it failed drew laughs.'],
    ["Tom Reyes's car that broke down was old."],
    ['Her plans to open a park stalled.'],
    ['Plans were drawn.'],
    ['Rain fell, and the band continued.'],
    // name, rule and release as acts with a plain object; forms inside hyphenated compounds
    ['The board named Oskar Brandt chief executive.'],
    ['A farmer named Lena owns the mill.'],
    ['The club named a new coach.'],
    ['The family ruled the valley for a century.'],
    ['The town grew under colonial rule.'],
    ['Rebels released the hostages at dawn.'],
    ['A survey released Monday had few answers.'],
    ['Her must-do list grew longer.'],
    ['Voters back in March chose another mayor.'],
    // a capitalised form after "of" is a name word; a reduced "reported to be" names no one; a recall
    ['She met the Minister of State on Monday.'],
    ['They paid a fee reported to be huge.'],
    ['The firm recalled 18,000 kettles.'],
    // imperatives and a form opening a compound noun at the start of a sentence
    ['Say you earn a modest wage.'],
    ['It rained. Tell your mayor now.'],
    ['Think tank Verlan Institute grew.'],
    ['Her voice carried across the hall.'],
  ])('leaves alone: %s', (text) => {
    expect(kindedCues(text).filter((c) => c.startsWith('verb:'))).toEqual([]);
  });
});
