// Occasions and media a speaker says something in or on: "in a video", "at a rally", "during an interview", "in a
// letter". Read by quotes/content-end-occasion.ts, where such a phrase after a report opens a relative clause with a
// second report of its own ("praised the nurses in a video where she said ...").
export const SPEECH_OCCASIONS: readonly string[] = [
  'video', 'clip', 'interview', 'speech', 'address', 'statement', 'letter', 'post', 'tweet', 'message', 'email',
  'memo', 'op-ed', 'column', 'essay', 'article', 'editorial', 'book', 'memoir', 'documentary', 'ad', 'advertisement',
  'commercial', 'podcast', 'broadcast', 'show', 'program', 'programme', 'segment', 'episode', 'rally', 'meeting',
  'hearing', 'debate', 'event', 'appearance', 'conference', 'briefing', 'session', 'forum', 'town hall', 'sermon',
  'lecture', 'testimony', 'livestream', 'panel', 'announcement', 'thread', 'blog post', 'call', 'visit', 'ceremony',
];
