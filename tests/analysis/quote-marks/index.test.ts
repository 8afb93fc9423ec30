import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../../src/analysis/quote-marks/index.js';
import { findSpeechWords } from '../../../src/analysis/quote-marks/speech-words.js';
import { SPEECH_FORMS } from '../../../src/lexicon/speech-verbs.js';

const spans = (text: string) => findQuoteMarks(segment({ id: 't', text })).quoteSpans;
const speech = (text: string): string[] => spans(text).filter((q) => q.role === 'speech').map((q) => q.inner.text);
const scare = (text: string): string[] => spans(text).filter((q) => q.role === 'scare').map((q) => q.inner.text);

describe('quote-marks: pairing', () => {
  it.each([
    ['She said "we will win the vote."', ['we will win the vote.']],
    ['She said “we will win the vote.”', ['we will win the vote.']],
    ['She said ‘we will win the vote.’', ['we will win the vote.']],
    ["She said 'we will win the vote.'", ['we will win the vote.']],
    ['Elle a dit « nous allons gagner ce vote ».', ['nous allons gagner ce vote']],
    ['Er sagte „wir werden die Wahl gewinnen“.', ['wir werden die Wahl gewinnen']],
    ["He said ''we assess it is likely,'' twice.", ['we assess it is likely,']],
    // apostrophes are not quotation marks
    ["He said we don't know what Jones' plan in the '90s was.", []],
    ["He said “don't touch the dog’s bowl, ever again.”", ["don't touch the dog’s bowl, ever again."]],
  ])('%s', (text, expected) => {
    expect(speech(text)).toEqual(expected);
  });

  it('ignores marks inside markup tags', () => {
    expect(speech('<tweet id="12345" author="@someone">“We will fix this road,” she wrote.</tweet>')).toEqual(['We will fix this road,']);
  });

  it('nests a quote inside a quote', () => {
    const q = spans('He said “they told me ‘go home now, son’ and left at once.”');
    expect(q.map((x) => [x.inner.text, x.depth])).toEqual([
      ['they told me ‘go home now, son’ and left at once.', 0],
      ['go home now, son', 1],
    ]);
  });

  it('resets unbalanced marks at a paragraph end', () => {
    const text = 'He said “this never closes and goes on.\nShe said “this one closes as it should.”';
    expect(speech(text)).toEqual(['this one closes as it should.']);
  });

  it('follows the news convention for quotes that run over paragraphs', () => {
    const text = 'He said: “The first part goes here.\n“The second part ends here.”';
    const q = spans(text);
    expect(q.map((x) => [x.inner.text, x.continued === true])).toEqual([
      ['The first part goes here.', true],
      ['The second part ends here.', false],
    ]);
  });

  it('keeps at most three levels of nesting', () => {
    const text = 'He said “a ‘b “c ‘d’ c” b’ a.”';
    expect(spans(text).map((q) => q.depth)).toEqual([0, 1, 2]);
  });

  it('stays linear on thousands of unbalanced marks', () => {
    const text = `${'“a '.repeat(20_000)}end.`;
    expect(spans(text)).toEqual([]);
  });
});

describe('quote-marks: scare quotes and titles', () => {
  it.each([
    ['The so-called “deal” fell apart last week.', ['deal']],
    ['They watched “The Late Night Show” on Monday.', ['The Late Night Show']],
    ['Prices rose in the “new economy” of the region.', ['new economy']],
    ['He said he watched “Night Over the Harbor,” an old series.', ['Night Over the Harbor,']],
    // a short term that ends like a sentence but sits inside the writer's own sentence
    ['The word on the pier was “sorry.”', ['sorry.']],
  ])('%s', (text, expected) => {
    expect(scare(text)).toEqual(expected);
  });

  it.each([
    // a short quote in a speech position is someone's words
    ['Novak praised their “steady” stance.', ['steady']],
    ['The minister said it was “unacceptable” to wait.', ['unacceptable']],
    ['“Build It Better Now,” she said.', ['Build It Better Now,']],
    // a short quote that is a whole sentence of its own, ending like one
    ['“It’s done,” she said. “We lost.”', ['It’s done,', 'We lost.']],
    ['Ida Ek sighed. “Never again!”', ['Never again!']],
  ])('keeps %s as speech', (text, expected) => {
    expect(speech(text)).toEqual(expected);
  });
});

describe('quote-marks: plural possessives inside single quotes', () => {
  it.each([
    // an apostrophe after a plural "s" when a single mark closes later in the paragraph
    ["'The farmers' prices are too low,' she said.", ["The farmers' prices are too low,"]],
    ["Ms Orr said: 'It is the members' choice.'", ["It is the members' choice."]],
    ["'Our readers' letters keep coming,' she said. 'We read them all.'", ["Our readers' letters keep coming,", 'We read them all.']],
    // a closing mark after an "s" when nothing closes later: a quote
    ["He called it 'fake news' and left.", ['fake news']],
    ["He called it 'fake news' and then 'a hoax' on air.", ['fake news', 'a hoax']],
  ])('%s', (text, expected) => {
    expect(spans(text).map((q) => q.inner.text)).toEqual(expected);
  });
});

describe('quote-marks: speech words found once', () => {
  it.each([
    ['She has said it.', [['said', 'has', 'She']]],
    // a number between words: the word before is unknown
    ['From 1990 to 1995 said nothing.', [['said', '', '']]],
    // a hyphenated compound is one word, and a form as its second half is left out
    ['Her must-do list grew.', [['list', 'must-do', 'Her']]],
    ['A self-described expert.', []],
    // a verb prefix keeps the verb
    ['They co-wrote it.', [['wrote', 'co', 'They']]],
    ['No verbs here.', []],
    // any case; a digit of another script is a number too
    ['Ana Lind ASKED twice.', [['ASKED', 'Lind', 'Ana']]],
    ['Page ٣ said it.', [['said', '', '']]],
    // a word is letters of any script, with one apostrophe inside ("don't", "O’Dell"); a mark at a word's end is none of it
    ['Ms O’Dell said it.', [['said', 'O’Dell', 'Ms']]],
    ["They don't say.", [['say', "don't", 'They']]],
    ["The pilots' union said no.", [['said', 'union', 'pilots']]],
    ['Zoë Ærø then said so.', [['said', 'then', 'Ærø']]],
    ['Señor 𝐀𝐧𝐚 said it.', [['said', '𝐀𝐧𝐚', 'Señor']]],
    // a dash or a quotation mark is no letter
    ['He—said it.', [['said', 'He', '']]],
    ['“Yes,” said Ann.', [['said', 'Yes', '']]],
  ])('%s', (text, expected) => {
    expect(findSpeechWords(text).map((w) => [w.word, w.before, w.before2])).toEqual(expected);
  });
});

// findSpeechWords skips a word by its first two letters and length before the look-up; every form of the
// lexicon must still pass that skip in lower case, capitalised and in capitals
describe('quote-marks: every speech form is found, in any case', () => {
  it.each([
    ['lower case', (f: string) => f],
    ['capitalised', (f: string) => f[0]!.toUpperCase() + f.slice(1)],
    ['capitals', (f: string) => f.toUpperCase()],
  ])('%s', (_, write) => {
    const forms = [...SPEECH_FORMS.keys()];
    const missed = forms.filter((f) => findSpeechWords(`Then ${write(f)} it.`).every((w) => w.word !== write(f)));
    expect(missed).toEqual([]);
  });
});
