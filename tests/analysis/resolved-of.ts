// Test helper: the state the quote rules read (segment, quote marks, cues, mentions, speakers), for tests that call one
// quote or speaker rule directly on an invented text.
import { segment } from '../../src/analysis/segment/index.js';
import { findQuoteMarks } from '../../src/analysis/quote-marks/index.js';
import { findCues } from '../../src/analysis/cues/index.js';
import { findMentions } from '../../src/analysis/mentions/index.js';
import { resolveSpeakers } from '../../src/analysis/speakers/index.js';
import type { Resolved } from '../../src/analysis/state.js';

export const resolvedOf = (text: string): Resolved => resolveSpeakers(findMentions(findCues(findQuoteMarks(segment({ id: 't', text })))));
