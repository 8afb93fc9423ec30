// A block quote: a speech verb and a colon end a paragraph, and the next paragraph, not in quotation
// marks, is what was said ("In a statement, the governor added:¶It is typical of the agency. ...").
// Web articles set such quotes as indented blocks, and the marks are lost with the markup. The verb's
// content is that paragraph (a draft the cue already has, with nothing after the colon, is moved there);
// its speaker is the verb's subject. A paragraph that opens with a mark is left to the colon lead-in of
// quoted speech, one that does not end like a sentence is a heading or a list, not speech.
import type { Resolved } from '../state.js';
import type { Cue } from '../../types.js';
import type { Draft } from './draft.js';
import { subjectBefore } from './subject-before.js';
import { NO_SPEAKER, speakerIn } from './speaker.js';
import { OPENERS, wordCount } from './text-utils.js';
import { firstNotBefore } from '../sorted.js';

const COLON_ENDS = /^[ \t]*:?[ \t]*$/;
const ENDS_SENTENCE = /[.!?…”"'’)]$/;

/** The drafts, with the content of each verb cue that ends its paragraph with a colon set to the next paragraph. */
export function withColonBlocks(s: Resolved, drafts: Draft[]): Draft[] {
  const text = s.doc.text;
  const added: Draft[] = [];
  const byCue = new Map<Cue, Draft>();
  for (const d of drafts) if (d.cue !== null) byCue.set(d.cue, d);
  for (const cue of s.cues) {
    // a verb after its subject is in lower case ("the governor added:"); "Department of State:" is a name
    if (cue.kind !== 'verb' || !/^\p{Ll}/u.test(cue.text)) continue;
    const p = firstNotBefore(s.paragraphs, (x) => x.end <= cue.start);
    const para = s.paragraphs[p];
    const next = s.paragraphs[p + 1];
    if (para === undefined || next === undefined || !(cue.text.endsWith(':') || text[cue.end] === ':')) continue;
    if (!COLON_ENDS.test(text.slice(cue.end, para.end))) continue;
    const block = text.slice(next.start, next.end);
    if (OPENERS.includes(block[0] ?? '') || !ENDS_SENTENCE.test(block) || wordCount(block.slice(0, 200)) < 4) continue;
    const own = byCue.get(cue);
    // a draft the cue has already, unless its content is after the colon (then it is right as it is)
    if (own !== undefined && own.start >= cue.end) continue;
    const subj = subjectBefore(text, para.start, cue.start);
    const who = own?.who ?? (subj !== null ? speakerIn(s, subj.start, subj.end, 'colon-subject') : NO_SPEAKER);
    if (own !== undefined) {
      own.start = next.start;
      own.end = next.end;
      own.rule = 'colon-block';
    } else added.push({ start: next.start, end: next.end, cue, who, rule: 'colon-block', sentence: -1 });
  }
  return added.length === 0 ? drafts : [...drafts, ...added];
}
