// A figure that is the object of a relative clause with no pronoun ("the $45 million engineers had estimated") is
// vouched for by the clause's subject (src/analysis/sources/gap-reporter.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index.js';

function figure(text: string, span: string) {
  const f = analyze({ id: 't', text }).figures.find((c) => c.text === span);
  expect(f, `${span} in ${text}`).toBeDefined();
  return f!;
}

describe('figure sources: the object of a gap relative', () => {
  it.each<[string, string, string]>([
    ['The retailer reported sales of $3.9 billion, below the $4.5 billion analysts had estimated.', '$4.5 billion', 'analysts'],
    ['Inflation came in at 2.4%, compared with the 2.2% economists had forecast.', '2.2%', 'economists'],
    ['Turnout was 61 percent, short of the 65 percent pollsters predicted.', '65 percent', 'pollsters'],
    // the consensus's makers, not who polled them
    ['Rail freight grew 8%, above the 5% analysts polled by Kestrel Data had expected.', '5%', 'analysts'],
    ['Bus use rose, beating the 2% planners surveyed by Orlen had forecast.', '2%', 'planners'],
    ['Exports slipped, missing the 3% traders canvassed by Maru had predicted.', '3%', 'traders'],
    ['Ada Lind, the finance minister, said the deficit reached 4.1%, above the 3% the commission had projected.', '3%', 'the commission'],
  ])('%s -> %s is vouched for by %s', (text, span, mention) => {
    const f = figure(text, span);
    expect(f.sourceMention?.text).toBe(mention);
    expect(f.rule).toMatch(/\+gap-relative$/);
  });

  it.each<[string, string, string | null]>([
    // the rest of the sentence keeps its own source
    ['The retailer reported sales of $3.9 billion, below the $4.5 billion analysts had estimated.', '$3.9 billion', 'The retailer'],
    ['Ada Lind, the finance minister, said the deficit reached 4.1%, above the 3% the commission had projected.', '4.1%', 'Ada Lind'],
    // no antecedent: "as" opens an adverbial clause
    ['Sales fell to $3 billion as analysts had expected.', '$3 billion', null],
    // a count right before the subject counts the subject
    ['The council backed the plan 300 residents had expected.', '300', 'The council'],
    // a sum someone wants or asks for is reported by whoever tells of it
    ['Ana Moss, the regulator, said the utility had not earned the $9 million rise it sought.', '$9 million', 'Ana Moss'],
    ['Mayor Ivo Brant said the town could not afford the $400,000 the builder was asking.', '$400,000', 'Mayor Ivo Brant'],
    // the figure is the subject, and the verb has its object after it
    ['About 40 economists expected a rise in rates.', 'About 40', null],
    // inside quotation marks the words are the speaker's
    ['“We lost the 12 games they expected,” the coach said.', '12', 'the coach'],
  ])('%s -> %s is not the clause subject\'s (mention %s)', (text, span, mention) => {
    const f = figure(text, span);
    expect(f.rule).not.toMatch(/gap-relative/);
    expect(f.sourceMention?.text ?? null).toBe(mention);
  });
});
