import { describe, expect, it } from 'vitest';
import { verbCues } from '../verb-cues.js';

// Everyday wire copy with no one speaking (cues/acts-plain-news.ts), and the same verbs where they still report
// someone's words. Police and emergency copy is in acts-police.test.ts; an event called (acts.ts CALLED_EVENT) in
// acts.test.ts; a prize claimed (act-objects.ts, lexicon/deed-objects.ts CLAIMED_PRIZES) in act-objects.test.ts; an
// aim sought in acts-police.test.ts; a reply in play in act-objects-sport.test.ts; a company's results filed in
// acts-results.test.ts.
describe('cues: deeds and names in plain wire copy', () => {
  it.each([
    // a passive "called" with a name, or a summons
    ["The band's third album is called Night Ferry."],
    ['The crew was called to a fire at a farm near Tolby.'],
    ['The home side were called for offside twice before the break.'],
    // a passive cue whose agent is a vote count
    ['The levy was rejected by 6 votes to 3.'],
    ['The bypass was backed by a vote of 7-2 on Tuesday.'],
    // a gesture in the ground, a thing steered
    ['The referee pointed to the spot after a foul on Ruiz.'],
    ['Ada Kern pointed to the sky after her second goal.'],
    ['She pointed the kayak into the current and paddled hard.'],
    // a matter on the agenda, a goal in play, a part built in
    ['The board will consider three bids on Thursday.'],
    ['Tolby could not find an equaliser in the second half.'],
    ['The new version adds a night mode and a larger screen.'],
    ['The hospital added a new wing last year.'],
    // a step in a recipe
    ['Whisk the eggs for a minute, then add the sugar.'],
    // a way or a team-mate found, an emphatic reflexive
    ['A fox has found its way onto the pitch.'],
    ['The quarterback found his tight end for 31 yards.'],
    ['The bill kept a clause that Tarrant drafted and wrote herself.'],
    // no verb at all: an adjective, a department
    ['Ada Voss gave an interview to state media after the meeting.'],
    ['Voss took the stage in front of cheering supporters.'],
    ['Lena Ash is a former director of planning for the city.'],
    // a fixture called off with its object first
    ['The referee called the match off after an hour of hail.'],
    // to whom someone spoke, and nothing said about anything
    ['The minister spoke to state radio after the vote.'],
    ['Ruiz spoke with reporters outside the court on Tuesday.'],
    ['Lind spoke to Sen. Roe after the vote.'],
    ['The mayor spoke to U.S. officials on Friday.'],
    ['The minister spoke to offshore crews by radio.'],
    ['Tarrant spoke to overseas media after the vote.'],
    ['Mr. Dvořák spoke to Łódź radio after the vote.'], // a letter beyond Latin-1: the full pattern, read alike
    // a victim identified, a sum asked in a sale
    ['The driver was named locally as Ivo Dane, 47.'],
    ['Asking price: 410,000 pounds.'],
    // a measure tabled
    ['The harbour board proposed a new mooring bylaw on Thursday.'],
    ['Councillor Ames, who proposed the change, voted against it.'],
    ['The premier is proposing changes to the tenancy rules.'],
    ['The finance chief proposed a $40 million budget that would close two libraries.'],
    // a screening
    ['The arts centre has shown cartoons every Saturday since 1990.'],
    ['The station will show the final episode on Sunday.'],
    ['The library shows documentaries on Friday nights.'],
    // anything shown to an audience
    ['The channel showed the cup final to nearly 30 million viewers.'],
    ['The orchestra will show the concert to fans in 40 cinemas.'],
    // a race entered, with the rival named at length or through an abbreviation's period
    ["Hartley is challenging the sitting mayor for the party's nomination in May."],
    ['Ivo Sarn, who is challenging Gov. Ida Roe and two others for the seat, toured the docks.'],
    ['The Kenyan will challenge for the title again next year.'],
  ])('%s: no verb cue', (text) => {
    expect(verbCues(text)).toEqual([]);
  });

  it.each([
    // naming and judging keep their cue: a description, an agent after the name
    ['Critics called the levy a tax on the poor.', ['called']],
    ['The ferry was called a floating wreck by its own crew.', ['was called']],
    ['The pier was called Eel Pie by the fishermen.', ['was called']],
    ['The union called for a vote on the offer.', ['called for']],
    ['The council called for paying off the debt within a decade.', ['called for']],
    // an agent who is someone, not a count
    ['The plan was rejected by residents at a packed meeting.', ['was rejected']],
    // pointing out a cause, a thing's worth
    ['Investigators pointed to a cracked weld as the cause.', ['pointed to']],
    ["The coach pointed to the crowd's patience as a factor.", ['pointed to']],
    // a judgement with its complement, a finding with its clause, words added
    ['The board considered the bid too low.', ['considered']],
    ['Voters consider the budget a priority.', ['consider']],
    ['Inspectors found the net was torn.', ['found']],
    ['The minister added a warning that fares would rise.', ['added']],
    ['Lind added that the new lane would open in May.', ['added']],
    // a plural speaker after an inverted plain form
    ['Fares will rise again, say analysts.', ['say']],
    // the same words where they report something
    ['The minister told state television that the talks had failed.', ['told']],
    ['Investigators found that the pump had been switched off.', ['found']],
    ['Tarrant wrote that the clause protected small farms.', ['wrote']],
    ['She told herself she would finish the race.', ['told']],
    // a topic spoken about
    ['Ruiz spoke to reporters about the ferry timetable.', ['spoke']],
    ['Lind spoke to Sen. Roe about the levy on Monday.', ['spoke']],
    ['The mayor spoke to U.S. officials about the levy.', ['spoke']],
    ['Ruiz spoke with reporters on the phone: the talks were over.', ['spoke']],
    ['The board called the offer a joke.', ['called']],
    // a clause whose verb is "lost"
    ['The bank reported the economy lost 20,000 jobs in May.', ['reported']],
    ['The guild reported the harbour lost its busiest ferry to a rival port.', ['reported']],
    ['Critics named the levy as the worst tax in years.', ['named']],
    ['Ruiz was asking whether the pier would reopen.', ['was asking']],
    // a proposal with its clause, an infinitive or a gerund; a compromise offered, not a measure tabled
    ['The mayor proposed that bus fares be frozen.', ['proposed']],
    ['The board proposed the fee be scrapped.', ['proposed']],
    ['The minister proposed to cut the fuel tax.', ['proposed']],
    ['Ames proposed raising the parking fees.', ['proposed']],
    ['The union proposed a compromise on Monday.', ['proposed']],
    // a second determiner opens a clause's object: the clause is what is proposed
    ['The mayor proposed the city scrap its parking rules.', ['proposed']],
    // a policy put forward is a position
    ['The senator proposed a ban on trawling in the bay.', ['proposed']],
    ['Okafor has proposed a plan to merge the two fire services.', ['has proposed']],
    ['The candidate proposed a tax cut for small farms.', ['proposed']],
    // a film or a record as evidence, a screening that is a clause's subject
    ['Records show the film was never finished.', ['show']],
    // the screening noun with a phrase after it, then its clause's verb: what is shown
    ['Scans show the film on the lens was never cleaned.', ['show']],
    ['Tests show the film of grease in the pipes is thickening.', ['show']],
    ['Photos show the episodes in the box set were cut short.', ['show']],
    ['The footage showed the film crew running from the blast.', ['showed']],
    ['A survey showed films were losing viewers to streaming.', ['showed']],
    // a finding with an audience in its clause, or a clause after the audience, keeps the cue
    ['The poll showed the fee was unpopular with viewers.', ['showed']],
    ['The study showed that the ads spoke to younger viewers.', ['showed']],
    // a challenge to do something, or a "for" inside the infinitive after it
    ['Ivo Sarn challenged the mayor to a debate for the seat.', ['challenged']],
    ["Ivo Sarn challenged voters to look for the mayor's record on the title.", ['challenged']],
  ])('%s: keeps %j', (text, expected) => {
    expect(verbCues(text)).toEqual(expected);
  });
});
