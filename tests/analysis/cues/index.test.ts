import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findCues } from '../../../src/analysis/cues/index.js';
import { SPEECH_FORMS } from '../../../src/lexicon/speech-verbs.js';
import { SAYING_VERBS } from '../../../src/lexicon/speech-verbs-saying.js';
import { PHRASAL_VERBS } from '../../../src/lexicon/speech-verbs-phrasal.js';
import { STANCE_VERBS } from '../../../src/lexicon/speech-verbs-stance.js';
import { MIND_VERBS } from '../../../src/lexicon/speech-verbs-mind.js';

// every verb class the form table reads, as speech-verbs.ts joins them
const SPEECH_VERBS = [...SAYING_VERBS, ...PHRASAL_VERBS, ...STANCE_VERBS, ...MIND_VERBS];

const cues = (text: string): string[] => findCues(findQuoteMarks(segment({ id: 't', text }))).cues.map((c) => `${c.kind}:${c.text}`);

describe('cues', () => {
  it.each([
    ['The mayor said the plan failed.', ['verb:said']],
    ['The mayor has also said the plan failed.', ['verb:has also said']],
    ['He’s predicting a win.', ['verb:’s predicting']],
    ['She famously said it would rain.', ['verb:famously said']],
    ['It failed, Maria Okafor said.', ['verb:said']],
    ['He commented on the plan.', ['verb:commented on']],
    ['The plan was criticized by the mayor.', ['verb:was criticized']],
    ['The mayor said in a statement that it failed.', ['verb:said in a statement']],
    ['Officials say it will rain.', ['verb:say']],
    ['She told reporters it was over.', ['verb:told']],
    ['The data, according to the agency, is wrong.', ['according-to:according to']],
    ['In the view of Ida Strand, the bridge is unsafe.', ['according-to:In the view of']],
    ['The bridge is unsafe, in the words of one engineer.', ['according-to:in the words of']],
    ['He pointed to the report as proof.', ['verb:pointed to']],
    ['He claims that the vote was rigged.', ['verb:claims']],
    ['Polls show the race is tied.', ['verb:show']],
    ['The minister added:\n“We are ready.”', ['verb:added:', 'colon::']],
    ['“We are ready.” — Jane Doe', ['dash:—']],
    // findings: a record noun makes an ambiguous form a verb
    ['The survey shows the race is tied.', ['verb:shows']],
    ['Two studies find wide support.', ['verb:find']],
    // a progressive is a verb whatever the form could be
    ['The senator is backing the mayor.', ['verb:is backing']],
    // "continued to criticize": the chain is one cue, "continued" alone is not kept
    ['Jo Park continued to criticize the plan.', ['verb:continued to criticize']],
    ['He began to question the count.', ['verb:began to question']],
    // judgement, feeling and cognition verbs
    ['She has openly characterized the plan as reckless.', ['verb:has openly characterized']],
    ['Tom Reyes loves the new library.', ['verb:loves']],
    ['They would like a new vote.', ['verb:would like']],
    ['She cast the vote as a betrayal.', ['verb:cast']],
    ['Voters learned the count was late.', ['verb:learned']],
    // name, rule and release in their speech frames; a verb prefix keeps a hyphenated verb
    ['Ines Varga named the tunnel as her top worry.', ['verb:named']],
    ['Ines Varga named the tunnel a disgrace.', ['verb:named']],
    ['The tribunal ruled that the fee was unlawful.', ['verb:ruled']],
    ['A county judge ruled Tuesday against the levy.', ['verb:ruled Tuesday']],
    ['The club released a statement on the transfer.', ['verb:released']],
    // a passive with adverbs between "be" and the participle
    ['The closure was later reported by the Harbor Ledger.', ['verb:was later reported']],
    // British spellings
    ['The minister signalled that fares would rise.', ['verb:signalled']],
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
    // the same verbs in their speech or stance frames
    ['The firm offered its support to the mayor.', ['verb:offered its support to']],
    ['Tomas Brel appeared to concede the point.', ['verb:appeared to concede']],
    ['Tomas Brel pleaded with the judge for time.', ['verb:pleaded']],
    ['A spokesman called the plan reckless.', ['verb:called']],
    ['The two authors co-wrote that the dam leaked.', ['verb:wrote']],
    // the channel of a statement is part of the cue; a place is not
    ['“No,” she wrote in an email.', ['verb:wrote in an email']],
    ['“No,” he said in a phone interview.', ['verb:said in a phone interview']],
    ['“No,” it said in part.', ['verb:said in part']],
    ['“No,” he said in Denver.', ['verb:said']],
    // the preposition heading the content is part of the cue; "on"/"of" not after "say"
    ['Voters worried about the cost.', ['verb:worried about']],
    ['She called for a recount.', ['verb:called for']],
    ['She railed against the toll.', ['verb:railed against']],
    ['They disagree on the route.', ['verb:disagree on']],
    ['He said on Sunday it was done.', ['verb:said']],
    ['She has said about 30 guests left.', ['verb:has said']],
    ['She has argued for months that it failed.', ['verb:has argued']],
    // a number between "to" and the verb: the verb is no infinitive
    ['Jo Roe, who ran it from 1990 to 1995, said it grew.', ['verb:said']],
    // a quote's last word "to" is no infinitive marker of the verb after its closing mark
    ['“We want to,” said Ida Lind.', ['verb:said']],
    ['"They used to," the farmer said.', ['verb:said']],
    // a question put by someone unnamed, and an intention with its infinitive
    ['Asked about the plan, she said it was fine.', ['verb:Asked about', 'verb:said']],
    ['The city plans to open a park.', ['verb:plans']],
    // a participle with its particle after "he said"
    ['He said it, referring to the mayor.', ['verb:said', 'verb:referring to']],
    // a bare weekday and a closing manner adverb are read with the verb; "on Monday" and "only" are not
    ['“It is done,” the mayor said Monday.', ['verb:said Monday']],
    ['“Fine,” he wrote Tuesday night.', ['verb:wrote Tuesday night']],
    ['“Lovely,” she said dryly.', ['verb:said dryly']],
    // and before the colon that leads into a quote, with the colon
    ['The coach replied curtly: “We lost.”', ['verb:replied curtly:', 'colon::']],
    ['The mayor said on Monday that it is done.', ['verb:said']],
    ["She condemned Monday's launch as rushed.", ['verb:condemned']],
    ['She said Friday night’s game was close.', ['verb:said']],
    ['She said only that it is done.', ['verb:said']],
    // a headline in Title Case
    ['Harbor Mayor Says Bridge Will Open In May', ['verb:Says']],
    // a noun of saying between a possessor and "that"
    ['Her warning that the dam could fail went unheeded.', ['noun:warning']],
    ["Tom Reyes's latest claim that it failed drew laughs.", ['noun:latest claim']],
    // a light verb and its noun of stance are one cue
    ['Ines Varga expressed concern about the dam.', ['verb:expressed concern about']],
    ['Ines Varga has voiced strong support for the dam.', ['verb:has voiced strong support for']],
    ['Ines Varga offered her thoughts on the dam.', ['verb:offered her thoughts on']],
    // a predicate adjective of belief or feeling with what it holds
    ['Ines Varga is confident that the dam will hold.', ['verb:is confident']],
    ['Farmers remain convinced the dam will fail.', ['verb:remain convinced']],
    ['Ines Varga made clear that the dam would stay.', ['verb:made clear']],
    ['Fishers are angry about the new quota.', ['verb:are angry about']],
    // a noun of promising or threatening with its infinitive
    ["Tom Reyes's threat to sue the port worked.", ['noun:threat']],
    ['Those surveyed said the toll was too high.', ['verb:said']],
    ['Those opposed argued that the pier was safe.', ['verb:opposed', 'verb:argued']],
    ['Their call to close the mine grew louder.', ['noun:call']],
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
    // an irregular past; views and intentions in their frames; a passive keeps its "as"
    ['The council sought to calm the traders.', ['verb:sought']],
    ['Many farmers see the levy as a trap.', ['verb:see']],
    ['The dam was seen as a risk.', ['verb:was seen as']],
    ['Orla Vance regards the tunnel as a folly.', ['verb:regards']],
    ['Tomas Brel looks to expand the fleet.', ['verb:looks']],
    ['The league is looking for a new sponsor.', ['verb:is looking for']],
    ['The plan was often criticized as vague.', ['verb:was often criticized as']],
    // passive beliefs with no agent; a final-attribution form after "the <noun>" with its object
    ['Most of the leaks are believed to be old.', ['verb:are believed']],
    ['The blaze is thought to have started in a shed.', ['verb:is thought']],
    ['The bureau estimates the levy would raise $4 million.', ['verb:estimates']],
    // a stance adjective with "of"; "felt" with a clause; an appeal for help; the medium is no particle
    ['Dockers are cautiously supportive of the deal.', ['verb:are cautiously supportive of']],
    ['Coach Ira Bell felt his side deserved a draw.', ['verb:felt']],
    ['Police have appealed for witnesses.', ['verb:have appealed for']],
    ['Ivo Sarn wrote on social media that it was over.', ['verb:wrote']],
    // a noun of holding with its copula before "that"
    ['Her view is that the port should stay public.', ['noun:view is']],
    // a demonstrative before a form that is no noun is its subject or a relative pronoun
    ['That suggests the count was wrong.', ['verb:suggests']],
    ['Groups that oppose the dam met.', ['verb:oppose']],
    ['Polls that show the mayor ahead were wrong.', ['verb:show']],
    // a noun-like form that is part of the speaker's name or title: only the cue after it
    ['“We lost,” state Rep. Ivo Sarn (I) said.', ['verb:said']],
    ['“We are ready,” Hope said.', ['verb:said']],
    // more verbs of saying and judging; phrasal verbs keep their particle
    ['Ivo Sarn apologized for the delay.', ['verb:apologized for']],
    ['Tomas Brel extolled the plan.', ['verb:extolled']],
    ['He swore that he would stay.', ['verb:swore']],
    ['The mayor hit back at critics.', ['verb:hit back at']],
    ['Ida Strand shrugged off the criticism.', ['verb:shrugged off']],
    ['She has played down the risk.', ['verb:has played down']],
    // "put it" with a pause after it, "compared X to Y", speaking of something
    ['The bridge is, as Ada Voss put it, a disgrace.', ['verb:put it']],
    ['Ada Voss compared the mayor to a magician.', ['verb:compared']],
    ['He often speaks of his years at sea.', ['verb:often speaks of']],
    ['He has spoken out about the cuts.', ['verb:has spoken out about']],
    // after a name, a speech form in -s with a clause or an infinitive is its verb
    ['Ida Strand claims the bridge is safe.', ['verb:claims']],
    ['Ida Strand vows to rebuild the pier.', ['verb:vows']],
    ['He continued: “We will win.”', ['verb:continued:', 'colon::']],
    // a closing adverb of the act is read with it; a form inside the cue before it is no cue of its own
    ['Ruiz vowed again that the pier would open.', ['verb:vowed again']],
    ['Ruiz reported back that the pier was safe.', ['verb:reported back']],
    ['She said back in 2015 that it would open.', ['verb:said']],
    // pushing for, being pressed on, projecting a result
    ['Ruiz has pushed for a recount.', ['verb:has pushed for']],
    ['Ruiz was pressed on the cost.', ['verb:was pressed on']],
    ['The agency projected that costs will rise.', ['verb:projected']],
    // intentions and stances as predicates
    ['Ruiz is determined to rebuild the pier.', ['verb:is determined']],
    ['Ruiz is firmly in favour of the plan.', ['verb:is firmly in favour of']],
    ['Ruiz is against the plan.', ['verb:is against']],
    // a noun-like plural before its speech verb is the subject; an -ing form after a speech verb modifies its object
    ['Fares rose, which advocates say hurts pensioners.', ['verb:say']],
    ['He told applauding fans the war was over.', ['verb:told']],
    ['Asked whether Ann Lee can win, most said yes.', ['verb:Asked', 'verb:said']],
    // a message and the participle that reports it are one cue
    ['The mayor issued a statement saying the bridge was safe.', ['verb:issued a statement saying']],
    // a quantity after "about" is no topic
    ['“We won,” Ida Strand said about halfway into the race.', ['verb:said']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

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
    ['He read The Harbor Post every day.'],
    ['The United States agreed nothing.'.replace(' agreed nothing', '')],
    // a cue inside a quote is the speaker's word, not the writer's
    ['“They said no, they said it twice, and we left,” is all we know.'],
    // an impersonal passive hedges, it names nobody
    ['It is believed the ship sailed at dawn.'],
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
    // acts: a figure, a place or a plea after the verb; reduced relatives and naming participles
    ['The firm offered $3 billion for the port.'],
    ['He weighs 80kg these days.'],
    ['Tomas Brel appeared at the county court on Friday.'],
    ['Tomas Brel pleaded guilty to theft.'],
    ['It ran in a video posted on the club website.'],
    ['Now a company called Verlan Mines owns the land.'],
    ['She bought a tell-all memoir.'],
    // seeing, looking at, and a bare participle describing a noun
    ['We see growth in the north.'],
    ['She saw him as he left the hall.'],
    ['He looked to the sky.'],
    ['They looked for a while and went home.'],
    ['Voters looking for a change stayed home.'],
    // a mood, convening an event, a legal appeal, importance rather than a stance
    ['She felt betrayed by the vote.'],
    ['The dockers have called a strike for May.'],
    ['The firm appealed the ruling.'],
    ['The vote is critical to the plan.'],
    ['The bureau estimates were wrong.'],
    // the idiom, and a noun after a demonstrative
    ['That said, the dam held.'],
    ['That report was late.'],
    ['They watched that show twice.'],
    // the same forms as acts: an oath of office, a strike on goal, a game, a compound
    ['The minister was sworn in on Monday.'],
    ['The striker hit the post twice.'],
    ['They played the final on Sunday.'],
    ['Rain hit back-to-back games.'],
    ['She put it on the table.'],
    ['Sales rose 4 percent compared with last year.'],
    ['Speaking of money, the fund is empty.'],
    ['Ana Ruiz works at a think tank in Lisbon.'],
    // a noun compound after a name; scoring; going on doing
    ['Strand comments start at noon.'],
    ['Kessler added a second from the penalty spot.'],
    ['The index added 2% on Friday.'],
    ['The trial continues on Thursday.'],
    ['Ida Strand looked in the mirror before the vote.'],
    ['Ruiz continues to lead the field.'],
    ['They pushed the bill through.'],
    ['She pressed the button.'],
    ['It is a pressing issue.'],
    ['Fishing is against the rules.'],
    ['Prosecutors later showed the jury a photo.'],
    // an aside in parentheses, a label, an epithet
    ['An unknown rookie (think Ivo Sarn in 1988) may surprise.'],
    ['(WARNING: Clip contains flashing lights.)'],
    ['Noted painter Ida Strand arrived.'],
    ['The city issued 40 permits.'],
    ['The issue is the cost.'],
    ['The project was late.'],
  ])('leaves alone: %s', (text) => {
    expect(cues(text).filter((c) => c.startsWith('verb:'))).toEqual([]);
  });

  it.each([
    // the writer's own "it is clear", a feeling with nothing held, a form the verb pass already has
    ['It is clear that the dam will hold.', []],
    ['She is sure.', []],
    ['The team was eager for a win.', []],
    ['It is against the law to fish here.', []],
    ['Voters were worried about the cost.', ['verb:were worried about']],
    // the scan looks only where a "be" form or "made" starts; a text with a long s or a Kelvin sign, which
    // the pattern's u flag reads as "s" and "k", is scanned in full and reads the same
    ['Tenants are angry about the rent, and the board made it clear that it will not move.', ['verb:are angry about', 'verb:made it clear']],
    ['Tenants are angry about the rent, and the board made it clear that it will not move \u017F.', ['verb:are angry about', 'verb:made it clear']],
    ['Tenants iſ angry about the rent.', ['verb:iſ angry about']],
    // the contracted "is" and "are" after a personal pronoun
    ["By the third delay she's so frustrated that the ferry timetable keeps slipping.", ["verb:'s so frustrated"]],
    ['They’re confident the ferry will sail on time.', ['verb:’re confident']],
    ["He's upset about the referee's call.", ["verb:'s upset about"]],
    // not after a noun (a possessive: "Lee's upset over Ruiz"), not the writer's "it's", "that's"; "'s" as "has"
    // before a past form or "upset" and their object
    ["Lee's upset over Ruiz stunned the crowd.", []],
    ["It's clear the levy will rise.", []],
    ["That's sure to anger the fans.", []],
    // (here "'s angered" is "has angered", the verb of causing a feeling with its feeler, lexicon/caused-feelings.ts)
    ["He's angered the unions again.", ["verb:'s angered"]],
    ["She's upset the champion in straight sets.", []],
    ["He's convinced the board to wait.", []],
  ])('reads predicate adjectives only with what they hold: %s', (text, expected) => {
    expect(cues(text)).toEqual(expected);
  });

  it.each([
    // a plan is no speech act; "to" before a noun phrase is a direction
    ['His plans to open a park stalled.'],
    ['Her call to the office went unanswered.'],
    ['His plan is to build a dam.'],
    // the idiom: what a town is known by
    ["The village's claim to fame is a giant oak."],
  ])('finds no noun cue in: %s', (text) => {
    expect(cues(text).filter((c) => c.startsWith('noun:'))).toEqual([]);
  });

  it('generates every form of a regular verb from the lexicon', () => {
    for (const form of ['warns', 'warned', 'warning']) expect(SPEECH_FORMS.get(form)?.lemma).toBe('warn');
    expect(SPEECH_FORMS.get('said')?.lemma).toBe('say');
  });

  it('marks forms that are cues only in a frame as ambiguous to readers without the frame check', () => {
    for (const form of ['saw', 'put', 'played', 'felt', 'speaking']) {
      expect(SPEECH_FORMS.get(form)?.framed).toBe(true);
      expect(SPEECH_FORMS.get(form)?.ambiguous).toBe(true);
    }
    // plain forms of the same lemmas and real speech verbs stay as they were
    expect(SPEECH_FORMS.get('spoke')?.ambiguous).toBe(false);
    expect(SPEECH_FORMS.get('feels')?.framed).toBe(false);
    expect(SPEECH_FORMS.get('apologized')?.ambiguous).toBe(false);
  });

  it('gives every verb group a reason in the lexicon', () => {
    expect(SPEECH_VERBS.length).toBeGreaterThan(50);
  });

  it('lists each lemma in one verb class only (a second listing would be silently shadowed by the first)', () => {
    const lemmas = SPEECH_VERBS.map((v) => v.lemma);
    expect(lemmas.filter((l, i) => lemmas.indexOf(l) !== i)).toEqual([]);
  });

  it.each([['lambaste', 'lambast'], ['lambasted', 'lambast'], ['suggests', 'suggest'], ['concluded', 'conclude']])(
    'reads the form %s as the lemma %s, of one class', (form, lemma) => {
      expect(SPEECH_FORMS.get(form)?.lemma).toBe(lemma);
      expect(SPEECH_FORMS.get(form)?.group).toBe('speech');
    });
});
