// Where a reported content starts and ends: relative clauses that hold their own cue, parentheses,
// and what is no content at all. Invented texts; hand-built mentions (see quote-run.ts).
import { describe, expect, it } from 'vitest';
import { runQuotes, type M } from '../quote-run.js';

const row = (q: ReturnType<typeof runQuotes>[number]) => [q.type, q.text, q.cue?.text ?? null];

describe('quotes: an object relative clause is its own content', () => {
  it.each<[string, M[], string[][]]>([
    ['The council passed a rule, which critics say is unfair to renters.', [['critics', 'group', null]],
      [['indirect', 'which critics say is unfair to renters', 'say']]],
    ['The mayor praised Tom Brek, who she said had saved the mill.', [['Tom Brek', 'name', 0], ['she', 'pronoun', 1]],
      [['indirect', 'Tom Brek', 'praised'], ['indirect', 'who she said had saved the mill', 'said']]],
    // marks on one side of the cue only: partial, not a quote interrupted by its cue (marks that fill
    // the rest, "which she called “a disgrace.”", stay a direct quote: quotes/index.test.ts)
    ['Ann Lee praised the firms, which she called “lean” and “honest” in a memo.', [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]],
      [['indirect', 'the firms', 'praised'], ['partial', 'which she called “lean” and “honest” in a memo', 'called']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // the relative pronoun is the subject, the words after it a clause of their own
    ['Voters who attended the vote said the bridge was safe.', [['Voters', 'group', null]],
      [['indirect', 'the bridge was safe', 'said']]],
    // after a preposition the pronoun relates to the time or place, not to what was said
    ['Leaders met on a day during which they vowed to fix the roads.', [['Leaders', 'group', null], ['they', 'pronoun', null]],
      [['indirect', 'to fix the roads', 'vowed']]],
  ])('leaves the content after the cue: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});

describe('quotes: a cue inside parentheses', () => {
  it.each([
    ['The mayor missed the vote (her aides later said that she was ill) and left early.', 'she was ill'],
    ['The mayor missed the vote (she said she was ill).', 'she was ill'],
    ['The mayor sent a note (she said it was short) to the board, which was pleased.', 'it was short'],
  ])('ends its content at the closing parenthesis: %s', (text, content) => {
    expect(runQuotes(text, [['she', 'pronoun', null]]).map((q) => q.text)).toEqual([content]);
  });

  it('leaves a parenthesis closed before the cue alone', () => {
    const text = 'The mayor (a nurse) said the clinic (the old one) would close.';
    expect(runQuotes(text, [['The mayor', 'description', null]]).map((q) => q.text)).toEqual(['the clinic (the old one) would close']);
  });
});

describe('quotes: the listener of "tell" is no content', () => {
  it.each([
    ['Ann Lee told reporters she would run again.', 'she would run again'],
    ['Ann Lee assured them the bridge was safe.', 'the bridge was safe'],
    ['Ann Lee told the crowd in Tarn they had won.', 'they had won'],
  ])('%s', (text, content) => {
    expect(runQuotes(text, [['Ann Lee', 'name', 0]]).map((q) => q.text)).toEqual([content]);
  });

  it.each([
    // an infinitive's subject is the listener: kept ("warned them to stay home")
    ['Ann Lee warned them to stay home.', 'them to stay home'],
    ['Ann Lee promised to keep away from it for good.', 'to keep away from it for good'],
    ['Ann Lee told them about the toll.', 'them about the toll'],
  ])('keeps %s', (text, content) => {
    expect(runQuotes(text, [['Ann Lee', 'name', 0]]).map((q) => q.text)).toEqual([content]);
  });
});

describe('quotes: contents that report no claim', () => {
  it.each([
    'The ministry declined to comment.',
    'The firm did not respond to a request for comment.',
    'Aides did not immediately return several messages seeking comment.',
    'The governor declared a state of emergency.',
    'The council proclaimed a day of mourning on Friday.',
    'The study was published in the journal Harbor Notes.',
    'The video was released on Monday.',
    // a text written, nobody's claim in it
    'The words of the hymn were written in 1851.',
    'The note was written in pencil on a napkin.',
  ])('%s', (text) => {
    expect(runQuotes(text).map((q) => q.text)).toEqual([]);
  });

  it.each([
    ['The mayor declined to comment on the audit.', 'to comment on the audit'],
    ['The governor declared that the flood was over.', 'the flood was over'],
    ['The governor declared war on potholes.', 'war on potholes'],
    ['The mayor issued a statement saying the bridge was safe.', 'the bridge was safe'],
    // written with its agent, or impersonally with a clause
    ['The note was written by a clerk who feared the dam would fail.', 'The note'],
  ])('keeps %s', (text, content) => {
    expect(runQuotes(text).map((q) => q.text)).toContain(content);
  });
});

describe('quotes: questions put and credit lines', () => {
  it.each<[string, M[], string[][]]>([
    // (a bare topic of the question is no content at all: quotes/asked-topic.test.ts)
    ['When asked about the toll, Ole Brandt shrugged.', [['Ole Brandt', 'name', 0]], []],
    ['Ole Brandt left when asked about the toll.', [['Ole Brandt', 'name', 0]], []],
    ['When asked about how the toll was set, Ole Brandt shrugged.', [['Ole Brandt', 'name', 0]], [['indirect', 'how the toll was set', 'asked about']]],
    ['Ole Brandt, when asked whether he would run, said he was tired.', [['Ole Brandt', 'name', 0], ['he', 'pronoun', 0]],
      [['indirect', 'whether he would run', 'asked'], ['indirect', 'he was tired', 'said']]],
  ])('the question is the content, the sentence is not: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it('keeps the main clause its subject after a "when asked" aside', () => {
    const qs = runQuotes('Ole Brandt, when asked whether he would run, said he was tired.', [['Ole Brandt', 'name', 0], ['he', 'pronoun', 0]]);
    expect(qs.find((q) => q.cue?.text === 'said')?.speakerMention?.text).toBe('Ole Brandt');
  });

  it.each([
    'The bridge opens in May. (Reporting by Tom Fenn; Editing by Jo Kray)',
    'The bridge opens in May.\n\nAdditional reporting by Tom Fenn in Tarn.',
  ])('no quote in a credit line: %s', (text) => {
    expect(runQuotes(text).map((q) => q.text)).toEqual([]);
  });

  it('keeps reporting as a cue with its content', () => {
    expect(runQuotes('The Tarn Courier is reporting that the bridge will close.').map((q) => q.text)).toEqual(['the bridge will close']);
  });
});

describe('quotes: a subject with a description in apposition', () => {
  it.each<[string, M[], string[][]]>([
    ['The mayor, Ida Strand, said on Monday that rents would rise.', [['The mayor', 'description', 0], ['Ida Strand', 'name', 0]],
      [['indirect', 'rents would rise', 'said']]],
    ['In May, Ida Strand said on Monday that rents would rise.', [['Ida Strand', 'name', 0]],
      [['indirect', 'rents would rise', 'said']]],
    ['State radio reported that troops had moved, but a spokesman, Col. Ivo Sarn, denied this.',
      [['State radio', 'organization', 1], ['a spokesman', 'description', 0], ['Col. Ivo Sarn', 'title-name', 0]],
      [['indirect', 'troops had moved', 'reported'], ['indirect', 'this', 'denied']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a content before the subject stays one: the clause before the comma is no description
    ['Rents will rise, Ida Strand said on Monday.', [['Ida Strand', 'name', 0]], [['indirect', 'Rents will rise', 'said']]],
    // a description after a bare comma follows the content and opens the subject
    ['Ada Voss was born in 1950, her daughter, Ilse Voss, said.', [['Ada Voss', 'name', 0], ['her daughter', 'description', 1], ['Ilse Voss', 'name', 1]],
      [['indirect', 'Ada Voss was born in 1950', 'said']]],
    ['The dam will hold, said a senior engineer at the Water Board, who was not named.', [['a senior engineer', 'description', null]],
      [['indirect', 'The dam will hold', 'said']]],
  ])('keeps the content before: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it('gives the main verb after a relative aside with its own cue the subject before the aside', () => {
    const qs = runQuotes('The union, which had backed the strike, praised the deal.', [['The union', 'organization', 0]]);
    expect(qs.map((q) => [q.text, q.cue?.text, q.speakerMention?.text])).toContainEqual(['the deal', 'praised', 'The union']);
  });
});

describe('quotes: an aside whose content goes on with a verb of saying', () => {
  it.each<[string, M[], string[][]]>([
    ['The delay, he added, suggests a shortage of pilots.', [['he', 'pronoun', 0]],
      [['indirect', 'The delay, he added, suggests a shortage of pilots', 'added']]],
    ['Rents, Ann Lee said, rose sharply.', [['Ann Lee', 'name', 0]], [['indirect', 'Rents, Ann Lee said, rose sharply', 'said']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it('still reads ", adding that" after a quote as a second report', () => {
    const qs = runQuotes('“We will win,” he said, adding that the ferry would run.', [['he', 'pronoun', 0]]);
    expect(qs.map(row)).toEqual([['direct', 'We will win,', 'said'], ['indirect', 'the ferry would run', 'adding']]);
  });
});

describe('quotes: a relative clause on the subject with a cue of its own', () => {
  it.each<[string, M[], string[][]]>([
    ['The cook who wants to open a cafe said rents were high.', [['The cook', 'description', 0]],
      [['to open a cafe', 'wants', 'The cook who'], ['rents were high', 'said', 'The cook']]],
    ['Voters who want change say the mayor is best.', [['Voters', 'group', 0]],
      [['change', 'want', 'Voters who'], ['the mayor is best', 'say', 'Voters']]],
  ])('ends the relative at the main verb: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map((q) => [q.text, q.cue?.text, q.speakerMention?.text])).toEqual(expected);
  });

  it('runs a reported clause on over an object relative aside to its verb (the outer attribution, as nesting keeps)', () => {
    const qs = runQuotes('The mayor said the plan, which voters want, is fair.', [['The mayor', 'description', 0], ['voters', 'group', 1]]);
    expect(qs.map((q) => [q.text, q.cue?.text])).toEqual([['the plan, which voters want, is fair', 'said']]);
  });

  it.each([
    'One nurse, who asked not to be named, said shifts were long.',
    'A nurse, who asked that her name not be used, said shifts were long.',
  ])('drops the anonymity formula, keeps the report: %s', (text) => {
    expect(runQuotes(text, [['nurse', 'description', 0]]).map((q) => q.text)).toEqual(['shifts were long']);
  });
});

describe('quotes: a question put to "you"', () => {
  it.each(['Q: Were you worried about the cost?', 'Do you really think the bridge is safe?'])('holds no belief: %s', (text) => {
    expect(runQuotes(text, [['you', 'pronoun', null]]).map((q) => q.text)).toEqual([]);
  });

  it.each<[string, M[], string]>([
    ['Does the mayor think the bridge is safe?', [['the mayor', 'description', 0]], 'the bridge is safe?'],
    ['You said the bridge was safe.', [['You', 'pronoun', null]], 'the bridge was safe'],
  ])('keeps %s', (text, ms, content) => {
    expect(runQuotes(text, ms).map((q) => q.text)).toEqual([content]);
  });
});

describe('quotes: a live blog time stamp', () => {
  it('is no part of the quote that opens the entry', () => {
    const qs = runQuotes('Storm live.\n\n13:40 ‘Stay indoors’, police urge\n\nRoads are shut.', [['police', 'group', null]]);
    expect(qs.map(row)).toEqual([['direct', 'Stay indoors', 'urge']]);
  });

  it.each(['GMT', 'PST', 'AEDT'])('drops its zone too (%s, any zone of lexicon/time-zones.ts)', (zone) => {
    const qs = runQuotes(`Storm live.\n\n13:40 ${zone} Roads will stay shut, police say.\n\nMore soon.`, [['police', 'group', null]]);
    expect(qs.map((q) => q.text)).toEqual(['Roads will stay shut']);
  });

  it('leaves a time inside the content alone', () => {
    const qs = runQuotes('Ann Lee said 10:30 was too late for the ferry.', [['Ann Lee', 'name', 0]]);
    expect(qs.map((q) => q.text)).toEqual(['10:30 was too late for the ferry']);
  });
});

describe('quotes: a quote after a cue inside another content', () => {
  it('stays in the outer content, one partial quote', () => {
    const qs = runQuotes('A spokeswoman said the firm never discusses “rumours.”', [['A spokeswoman', 'description', 0], ['the firm', 'organization', 1]]);
    expect(qs.map(row)).toEqual([['partial', 'the firm never discusses “rumours.”', 'said']]);
  });

  it('still lets a closed quote with its own attribution win over a longer reading', () => {
    const qs = runQuotes('Ann Lee said more. “We will win,” she said.', [['Ann Lee', 'name', 0], ['she', 'pronoun', 0]]);
    expect(qs.map(row)).toEqual([['indirect', 'more', 'said'], ['direct', 'We will win,', 'said']]);
  });
});

describe('quotes: a subordinate clause after the content', () => {
  it.each<[string, M[], string[][]]>([
    // a reason is part of what was said
    ['Tom Fenn said he had quit the club because he did not think the fees were fair.', [['Tom Fenn', 'name', 0], ['he', 'pronoun', 0], ['he', 'pronoun', 0]],
      [['indirect', 'he had quit the club because he did not think the fees were fair', 'said']]],
    // "when" after a preposition asks a question inside the content
    ['The treasurer declined to elaborate on when the council planned to repay the loan.', [['The treasurer', 'description', null]],
      [['indirect', 'to elaborate on when the council planned to repay the loan', 'declined']]],
  ])('keeps it in the content: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    ['Ida Moss backed the plan while her deputy thinks it is too costly.', [['Ida Moss', 'name', 0], ['her deputy', 'description', 1]],
      [['indirect', 'the plan', 'backed'], ['indirect', 'it is too costly', 'thinks']]],
  ])('ends the content at a contrast with its own speaker: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});

describe('quotes: a frame after its content', () => {
  it.each<[string, M[], string[][]]>([
    // a clause joined by ", and" after the frame is no content of it
    ['The port will reopen, the mayor told reporters, and the ferry will resume.', [['the mayor', 'description', null]],
      [['indirect', 'The port will reopen', 'told']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[]]>([
    // a fronted time phrase is the frame's adverbial, not a content before it
    ['On Friday, the treasurer declined.', [['the treasurer', 'description', null]]],
    ['Before stepping down, Tom Fenn replied.', [['Tom Fenn', 'name', 0]]],
  ])('takes no fronted adverbial for a content: %s', (text, ms) => {
    expect(runQuotes(text, ms).map((q) => q.text)).not.toContain(text.slice(0, text.indexOf(',')));
  });

  it('still reads a fronted clause as the content: In May, prices rose, she said.', () => {
    expect(runQuotes('In May, prices rose, she said.', [['she', 'pronoun', null]]).map(row)).toEqual([['indirect', 'In May, prices rose', 'said']]);
  });
});

describe('quotes: where a reported clause starts and ends (more)', () => {
  it.each<[string, M[], string[][]]>([
    // a subordinate clause opening the content ends at its comma; the main clause after it is content too
    ['Tom Fenn said on Friday that while the mill had closed, the town would not give up.', [['Tom Fenn', 'name', 0]],
      [['indirect', 'while the mill had closed, the town would not give up', 'said']]],
    // so does one set off by a comma after "that" (content-end-cuts.ts frontedClauseEnds): the main clause's own
    // subject and cue stay inside the content
    ['The survey finds that, while 30 percent of drivers say the toll is too high, 40 percent blame the council.', [['The survey', 'description', null]],
      [['indirect', 'that, while 30 percent of drivers say the toll is too high, 40 percent blame the council', 'finds']]],
    // a comma after "that" before no subordinator: the new clause with its own subject and cue is cut as before
    ['The survey finds that, for now, tolls are low, but 40 percent blame the council.', [['The survey', 'description', null]],
      [['indirect', 'that, for now, tolls are low', 'finds'], ['indirect', 'the council', 'blame']]],
    // an appositive after the frame comments on the content; it is no content of its own
    ['Milk output rose in May, farmers reported on Friday, a sign that the drought is easing.', [['farmers', 'group', null]],
      [['indirect', 'Milk output rose in May', 'reported']]],
    // a place phrase before "that" is the frame's
    ['His lawyer, Mia Holt, said outside the court that her client would appeal.', [['His lawyer', 'description', 0], ['Mia Holt', 'name', 0]],
      [['indirect', 'her client would appeal', 'said']]],
    // "that" and one word to the end is a demonstrative: "that argument" is the object
    ['I understand that argument.', [['I', 'pronoun', null]],
      [['indirect', 'that argument', 'understand']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    ['Ida Moss said that Tom Fenn lied.', [['Ida Moss', 'name', 0], ['Tom Fenn', 'name', 1]],
      [['indirect', 'Tom Fenn lied', 'said']]],
    // a comma after a first clause of the content, then a new subject with a cue: two attributions
    ['Ida Moss said the plant had failed, but Tom Fenn thinks it works.', [['Ida Moss', 'name', 0], ['Tom Fenn', 'name', 1]],
      [['indirect', 'the plant had failed', 'said'], ['indirect', 'it works', 'thinks']]],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});

describe('quotes: a circumstance with no clause is no content', () => {
  it.each<[string, M[]]>([
    ['Ida Moss reported from the capital.', [['Ida Moss', 'name', 0]]],
    ['Tom Fenn replied with a shrug.', [['Tom Fenn', 'name', 0]]],
    ['The mayor spoke during a rally near the port.', [['The mayor', 'description', null]]],
    // where a crowd stood, a place's name in apposition closing it
    ['Hundreds of dockers protested outside the port office in the capital, Varn.', [['dockers', 'group', null]]],
    // only a date (the report's "found" keeps its own content: quotes-extent rows below)
    ['The Orme ferry company will report in March.', [['The Orme ferry company', 'description', null]]],
    ['The mayor has not spoken since last week.', [['The mayor', 'description', null]]],
    // only whom the words went to
    ['Tolby Water apologised to its customers.', [['Tolby Water', 'name', 0]]],
    ['The tenants complained to the council.', [['The tenants', 'description', null]]],
    // the listener with where, when and how they were met
    ['The skier spoke to reporters in the finish area, still wrapped in a flag.', [['The skier', 'description', null]]],
    ['The coach spoke with reporters on Tuesday, still limping.', [['The coach', 'description', null]]],
  ])('%s', (text, ms) => {
    expect(runQuotes(text, ms)).toEqual([]);
  });

  it.each<[string, M[], string]>([
    ['Tom Fenn pleaded with the dockers to go home.', [['Tom Fenn', 'name', 0]], 'with the dockers to go home'],
    ['The audit shows in plain figures how councils spend their grants.', [['The audit', 'description', null]], 'in plain figures how councils spend their grants'],
    ['Landlords will reckon with a steep rise in rents.', [['Landlords', 'group', null]], 'with a steep rise in rents'],
  ])('keeps a clause or an object: %s', (text, ms, content) => {
    expect(runQuotes(text, ms).map((q) => q.text)).toEqual([content]);
  });
});

describe('quotes: an "in" or "on" phrase after a cue', () => {
  it.each<[string, M[], string]>([
    // the verb's own particle: a stance on its object
    ['Ida Moss believes in lower fees.', [['Ida Moss', 'name', 0]], 'in lower fees'],
  ])('stays the content: %s', (text, ms, content) => {
    expect(runQuotes(text, ms).map((q) => q.text)).toEqual([content]);
  });
});

describe('quotes: a relative pronoun as the subject of a passive or raising cue', () => {
  it.each<[string, M[], string[][]]>([
    ['Tom Fenn, who for a decade has been described as shy, lost the seat.', [['Tom Fenn', 'name', 0]],
      [['indirect', 'who for a decade has been described as shy', 'has been described as']]],
    ['The tariff -- which appears fair to most -- passed on Friday.', [],
      [['indirect', 'which appears fair to most', 'appears']]],
    ['The board named the firms which are expected to bid for the port.', [['The board', 'description', null]],
      [['indirect', 'which are expected to bid for the port', 'are expected']]],
  ])('reports the relative clause, pronoun included: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // an agent after "by" names the source: as before
    ['The plan, which was drafted by Tom Fenn, failed.', [['Tom Fenn', 'name', 0]], []],
    // a document put out names no claim
    ['Tom Fenn drew a map, which was published in a weekly on Friday, and left.', [['Tom Fenn', 'name', 0]], []],
  ])('leaves alone: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).filter((q) => q.text.startsWith('which')).map(row)).toEqual(expected);
  });
});

describe('quotes: a condition fronted before "X said, “...”"', () => {
  it.each<[string, M[], string[][]]>([
    ['If the levy passes, she said, “we will all pay.”', [['she', 'pronoun', null]],
      [['partial', 'If the levy passes, she said, “we will all pay.”', 'said']]],
  ])('is part of what was said: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a question put to the speaker is the interviewer's
    ['When she was asked about the levy, she said, “We will all pay.”', [['she', 'pronoun', null], ['she', 'pronoun', null]],
      [['direct', 'We will all pay.', 'said']]],
    // a participle clause has no subject of its own: the frame's
    ['While touring the plant, Ida Moss said, “We will all pay.”', [['Ida Moss', 'name', 0]],
      [['direct', 'We will all pay.', 'said']]],
    // a time phrase is the frame's
    ['On Monday, Ida Moss said, “We will all pay.”', [['Ida Moss', 'name', 0]],
      [['direct', 'We will all pay.', 'said']]],
  ])('leaves the quote direct: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).filter((q) => q.cue?.text === 'said').map(row)).toEqual(expected);
  });
});

describe('quotes: an infinitive after the cue is its complement, not a tail', () => {
  it.each<[string, M[], string[][]]>([
    // a fronted adverbial, then "X refused to ...": the content is the infinitive, not the adverbial
    ['So far, the council has refused to discuss the rents.', [['the council', 'description', null]],
      [['indirect', 'to discuss the rents', 'has refused']]],
    ['With the budget passed, Tom Fenn seeks to cut the rates.', [['Tom Fenn', 'name', 0]],
      [['indirect', 'to cut the rates', 'seeks']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // "to" before a listener is a tail: the content is before the frame
    ['The firm will cut 300 jobs, Ida Moss announced in a memo to employees on Monday.', [['Ida Moss', 'name', 0]],
      [['indirect', 'The firm will cut 300 jobs', 'announced in a memo']]],
    ['The port will shut, Ida Moss said to reporters.', [['Ida Moss', 'name', 0]],
      [['indirect', 'The port will shut', 'said']]],
  ])('keeps a listener after "to" as the tail: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});

describe('quotes: a passive verb of finding with no clause after it', () => {
  it.each([
    'The car was found in a ditch near the port.',
    'Two sailors were found dead on Monday.',
    'The whole transcript may be found online.',
  ])('is no claim: %s', (text) => {
    expect(runQuotes(text, [])).toEqual([]);
  });

  it.each<[string, string]>([
    ['The drug was found to cut deaths by half.', 'to cut deaths by half'],
  ])('keeps a finding with its clause: %s', (text, content) => {
    expect(runQuotes(text, []).map((q) => q.text)).toEqual([content]);
  });
});

describe('quotes: a verb whose content is only a date or a listener still ends the content before it', () => {
  it.each<[string, M[], string[][]]>([
    ['Tolby Water said it accepted the findings and apologised to its customers.', [['Tolby Water', 'name', 0]],
      [['indirect', 'it accepted the findings', 'said']]],
    ['The review, commissioned by the port and published on Tuesday, found the crane was unsafe.', [['The review', 'description', null]],
      [['indirect', 'the crane was unsafe', 'found']]],
  ])('%s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });

  it.each<[string, M[], string[][]]>([
    // a topic after the listener, a date with a clause after it
    ['Tolby Water apologised to its customers for the outage.', [['Tolby Water', 'name', 0]],
      [['indirect', 'to its customers for the outage', 'apologised']]],
    // a topic after the listener is the content, the listener goes
    ['The tenants complained to the council about damp.', [['The tenants', 'description', null]],
      [['indirect', 'damp', 'complained']]],
    ['The striker spoke with reporters in the tunnel about his knee.', [['The striker', 'description', null]],
      [['indirect', 'his knee', 'spoke']]],
    ['The coach spoke to members of the squad about how they would defend.', [['The coach', 'description', null]],
      [['indirect', 'how they would defend', 'spoke']]],
    // a participle after the listener and its day reports on its own
    ['The coach spoke to reporters on Tuesday, saying the squad was tired.', [['The coach', 'description', null]],
      [['indirect', 'the squad was tired', 'saying']]],
    ['The club said on Tuesday that the stand would close.', [['The club', 'description', null]],
      [['indirect', 'the stand would close', 'said']]],
  ])('keeps: %s', (text, ms, expected) => {
    expect(runQuotes(text, ms).map(row)).toEqual(expected);
  });
});
