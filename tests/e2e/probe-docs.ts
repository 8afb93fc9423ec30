// The invented news texts of the end-to-end probe (tests/e2e/probe-*.test.ts), by key. Styles: UK single
// quotes and 'per cent', wire copy, inverted "said X", finance, measures, courts, a live blog, transcripts,
// texts with no attribution. Many are faults the probe found on invented articles and the owners fixed, kept
// here so they stay fixed. Every name and number is made up.
export const DOCS: Record<string, string> = {
  'uk-single':
    "Councillor Nia Brandreth defended the budget. 'Nobody here wanted to raise bills,' she told the meeting. " +
    "Opposition leader Tomas Arkwright said residents had been 'let down' by a 4.9 per cent rise and a £3.2m gap.",
  wire:
    'Mayor Ida Strand said the town would borrow $12 million to rebuild the pier. "We will not wait for the province," ' +
    'Strand told reporters. More than 5,000 homes are without power, according to the utility Ferrowind Energy.',
  inverted: '"It was a gift," said goalkeeper Tariq Benali. Prosecutors said the money paid for two boats.',
  finance:
    'Shares in Palvoro Systems fell 12.4% to $38.16 on Thursday. The company expects revenue between $720 million ' +
    'and $745 million. It employs approximately 2,300 people.',
  measures:
    'Sea levels are rising by about 4 millimetres a year. A 58-year-old man was hurt. The line will cost 82 billion kroner. ' +
    'The pipeline moves at least 35 billion cubic metres of gas.',
  hedge: 'The bridge, which cost an estimated $4.8 million, reportedly carries 9,000 cars a day.',
  court:
    'Judge Marisol Dekker said the defendant had "betrayed every donor." His lawyer, Ruth Okonkwo, asked for a ' +
    'sentence of no more than three years.',
  liveblog:
    '10:40 - The airport has cancelled all 214 flights, officials said. "Stay away from the coast," Governor Lena Marsh ' +
    'said in a statement.',
  plain: 'The ferry crossed the sound at dawn. Herons stood in the shallows while the tide turned.',
  // A quote running over two paragraphs: the first paragraph has no closing mark (news convention).
  paragraphs:
    '"We are not going to pretend this is easy," Ms. Vela said. "But the ore has to come from somewhere.\n\n' +
    '"Better here, under strict rules, than somewhere with none."',
  medial: 'The border, Feld said, would stay open.',
  colon: 'Feld said: "The border stays open. Nothing has changed."',
  dash: '"Fares will stay flat" — Oda Fenn, transport minister',
  scare: 'The so-called "reform" has cost taxpayers $2 million. The film "River of Salt" opened on Friday.',
  curly: "‘Nothing will change,’ Kaur said. Ms Kaur called the plan \"reckless\" and \"unfair\".",
  india: 'The metro carries around 62 lakh riders a day and lost nearly Rs 1,200 crore last year.',
  asia: 'Exports reached ¥300 billion, while imports cost 3.5 trillion won.',
  // Speaker constructions where a second name stands near the cue and must not take the quote.
  outlet: 'Ana Feld told the Harbour Gazette that the border would stay open.',
  meeting: 'Feld, speaking after a meeting with Ivo Sarn, said the border would stay open.',
  unlike: 'Unlike Ivo Sarn, Feld believes the border should stay open.',
  possessive: "Ivo Sarn's spokeswoman, Dana Holt, said the border would stay open.",
  radio: '"The border stays open," Feld told Radio Norland on Monday.',
  // Faults found by probing and since fixed, kept fixed: a wire dateline is not reported content; a reported
  // clause before a direct quote of the same speaker stays, and the direct quote is one record.
  dateline: 'LONDON (Reuters) - Talks on the dam broke down on Sunday, officials said.',
  pair: 'Tara Singh said rents had doubled. "We cannot pay," she said.',
  periods: 'Inventories will take at least two quarters to clear. Taxes could rise by as much as 6 percent, Mayor Ola Brenn warned.',
  // Acts that are not speech (a verb of speaking with a plain object, an adverb or a pronoun).
  acts:
    'Sigrid and I talk often. We have answered them. I promise you that. Transport minister Halvard Strand spoke to us. ' +
    'Jon Reyes pleaded guilty to two counts of fraud.',
  // An interview transcript: the answer turn is the interviewee's direct speech.
  transcript: 'Transport minister Halvard Strand spoke to us.\n\nQ: When will the trains run?\n\nStrand: We are aiming for 2034.',
  // A clause joined after the attribution is not part of the reported content.
  trailing: 'The border would stay open, Feld said, but she gave no date. The port would reopen, Feld told reporters, though she gave no date.',
  social: 'Minister Ana Feld wrote on social media that the border would stay open.',
  doctor: 'Prices will rise, said Dr. Omar Quist.',
  // A pronoun inside the quoted words refers to someone else and must not block the speaker's pronoun.
  inner: '"Nothing will change," Tova Rask said. "He told me twice," she added.',
  // A quote paragraph with no cue after a paragraph about one person is that person's.
  profile: 'Mayor Pia Lund has run the town for 12 years.\n\n"I love this place. I will not leave it."',
  belief: 'Ana Feld is confident that the border will stay open. Just over 3,000 people attended.',
  // A trailing clause after the attribution is not the content, however long it runs.
  aslede: 'Floods have forced people out, officials said, as rain continued to fall over the whole region.',
  elided: 'He said more would follow, but gave no figure.',
  // UK single quotes around a plural possessive: the apostrophe does not close the quote.
  ukposs: "'The workers' pay is too low,' said Nell Drury.",
  // Who speaks: the author of a review, the body the data come from, the group after its descriptor.
  review: 'A review by Professor Tamsin Gale found that the scheme had failed.',
  bureau: 'Data from the Bureau of Harbour Statistics show that 4,100 ships docked last year.',
  descriptor: 'Consumer group WaterWatch argues that shareholders took too much. Think tank Norbridge Institute said the rules were weak.',
  estimates: 'Leaks cost £2 billion a year, Aqualine estimates.',
  imperative: 'Say you earn $40,000 a year. Tell your mayor what you think.',
  // A claim and its denial are two reports of the same content.
  claim: 'Rhys Moran argued that the agency had changed its counting rules, a claim the agency denies.',
  moved: 'Net income dropped 31% to $212 million.',
  // A non-restrictive relative after the reported clause is not part of it; its quoted words are the speaker's.
  relative: 'Haile said the country had offered more water, which he called "a generous proposal."',
  // The speaker's organisation (with a plural possessive) does not take her pronoun.
  member: "Tara Singh of the Riverside Tenants' Association said rents had doubled.\n\n\"We cannot pay,\" she said.",
  // British spellings of cue verbs and the UK councillor abbreviation.
  british: 'Saudi officials signalled that output cuts would be extended. The bridge is safe, Cllr Mary Oakes said.',
  units: 'Temperatures fell to -12C. Unemployment rose 0.3 percentage points to 4.4%. The lake covers 1,000 sq km.',
  // Added from the second probe set (session 4): reported beliefs and stances, a UK quote interrupted by its
  // frame, relatives sharing a surname, an agency and its acronym, a police source, earnings, an age in a frame.
  stance: 'Senator Ada Quill believes the compact will collapse. Analysts had expected a profit of $455 million.',
  hopes: 'Ada Quill hopes to bring the bill to a vote by June 14. Her critics doubt she has the votes.',
  ukframe: "Cllr Tobias Wren said the rise was unavoidable.\n\n'We have not taken this lightly,' he said. 'If there were another way, we would take it.'",
  surname:
    'Ernest Harrowby wants to keep the barley. His son, Owen Harrowby, wants hemp.\n\n' +
    'Ernest is unmoved. "Solar panels need no farmer," Mr. Harrowby said.',
  agency: 'Inflation fell to 3.2%, the National Statistics Office (NSO) said. Transport costs fell 1.4% on the month, the NSO said.',
  police: 'According to Westmere Police, three men entered the shop.',
  earnings: 'Tovarik Foods said its net profit fell 18% to $412 million.',
  // Found once the probe's faults were fixed (session 4): a quote ending in a demonstrative before an inverted 'said',
  // 'estimates' with no 'that', a passive belief with no agent, an addressee 'us' left out of the content.
  demonstrative: '"We like this," said Jo Weir. "We want that," said Ivo Sarn.',
  estimates2: 'The ministry estimates the change would save $9 million a year.',
  passive: 'Most of the cases are believed to be linked to one school.',
  toldus: 'Forecaster Ida Strand told us the storm would pass.',
  // One speaker, twenty ways news reports a belief, fear, intention, stance or claim (PolNeAR counts them all).
  stances:
    'Ida Strand fears the bridge will close. Ida Strand worries that the bridge will close. Ida Strand intends to close the bridge. ' +
    'Ida Strand pledged to close the bridge. Ida Strand predicted the bridge would close. Ida Strand insisted the bridge would stay open. ' +
    'Ida Strand conceded that the bridge was unsafe. Ida Strand pointed out that the bridge was old. Ida Strand alleged that the builder ' +
    'had cut corners. Ida Strand urged drivers to avoid the bridge. Ida Strand recommended closing the bridge. Ida Strand is convinced ' +
    'that the bridge is unsafe. Ida Strand is optimistic that the bridge will reopen. As Ida Strand noted, the bridge is old. Ida Strand ' +
    'tweeted that the bridge was unsafe. Ida Strand hinted that she would run again. Ida Strand accused the builder of cutting corners. ' +
    'Ida Strand threatened to sue the builder. Ida Strand is critical of the plan. Ida Strand wondered whether the bridge was safe. ' +
    'Ida Strand claims the bridge is safe. Ida Strand vows to rebuild the bridge.',
  // A description in apposition before a name is the subject's; a report and its denial; a relative inside the subject.
  apposed:
    'The mayor, Ida Strand, said on Monday that rents would rise. State radio reported that troops had moved, but a spokesman, ' +
    'Col. Ivo Sarn, denied this. The union, which had backed the strike, praised the deal.',
  // Not speech: an intransitive stance with no content, a goal scored, a trial resumed; 'one' as a pronoun is no figure.
  noacts: 'Her neighbour, Gordon Pike, disagrees. Kessler added a second from the penalty spot. The trial continues on Thursday.',
  pronounone: 'The mayor said the decision had been a difficult one.',
  // The anonymity formula is no content; a cue inside a relative on the subject leaves the main report whole;
  // a question put to 'you' holds no one's belief.
  anon:
    'One nurse, who asked not to be named, said shifts were "brutal". The deal could close next week, one of the people said, ' +
    'asking not to be identified because the talks are private.',
  cook: 'The cook who wants to open a cafe said rents were high.',
  youq: 'Do you think the bridge is safe? Q: Were you worried about the cost?',
  // 'The company' after 'said in a statement' is the company, not the statement; an adjective opening a group is no name;
  // a description + name after a bare comma is the speaker of the clause before.
  statement: 'Tarvo Oil said in a statement that it would appeal. The company said the fine was unfair. Local schools want the field kept.',
  daughter: 'Ada Voss was born in 1950, her daughter, Ilse Voss, said.',
  // A body named only by its kind speaks as an organisation of its own, and 'It' is that body (SP8).
  sp8: 'The agency said the mill had polluted the river. It said the fine was fair.',
  // Sentences that report no claim: a non-answer, a refusal, a strike called.
  noclaim: 'Tarvo Oil did not respond to a request for comment. The firm declined to comment. The unions have called a strike for May 1.',
  // An organisation named in the speaker's apposition, with a plural possessive, does not take the quote.
  union:
    "Ada Voss, head of the Pine Lake Nurses' Union, said the wait was too long. The Nurses' Union said pay was too low.\n\n" +
    'Dr Ida Brandt, chair of the Kettle Valley Doctors\' Forum, said the wait was "too long".',
  frame: '"We left with nothing," said Rosa Huxley, 71, who has lived in the valley for decades. "I don\'t know what is left."',
};
