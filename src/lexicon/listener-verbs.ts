// Verbs of saying whose object is the one told ("told reporters the pier was safe"), read by the quote
// stage to find where a content starts and ends. One list with three named uses, because the verbs that
// take a listener differ in what may follow the listener in the active and in the passive.

// told, informed, assured, reminded, promised, warned: the listener, then the reported clause in both voices
const TOLD = ['tell', 'inform', 'assure', 'remind', 'promise', 'warn'];

/**
 * Active: "told them the bridge was safe", "emailed staff the office would close": the listener is skipped
 * and the content starts at the clause's subject (quotes/content-start.ts). Messaging verbs take a listener
 * too. Not "ask", "urge", "press", "advise", "instruct": their object is the subject of the infinitive or
 * question after it ("urged them to stay", "asked her why"), which stays in the content.
 */
export const ACTIVE_LISTENER_VERBS: ReadonlySet<string> = new Set([...TOLD, 'email', 'text']);

/**
 * Passive: the subject is the one told or asked, so after the agent comes the content ("was told by
 * officials the road would close", "was urged by the council to stay", "was briefed by police it was
 * unsafe"): the agent-only reading of quotes/content-after-passive.ts (the content is only "by" and a noun
 * phrase) is never taken for these verbs. Here the infinitive after "urged", "asked" is the content itself.
 */
export const PASSIVE_LISTENER_VERBS: ReadonlySet<string> = new Set([...TOLD, 'ask', 'advise', 'urge', 'press', 'brief', 'instruct']);

/**
 * Any listener before a "that", a colon or a comma and a quote ("told reporters that", "asked the crowd:
 * “...”", "urged members, “...”"), and a short listener in a tail after a quote ("“...,” she told the
 * board"): the object is the one spoken to, not content (quotes/content-start.ts, content-before.ts).
 * "ask", "advise", "urge" count here: a "that" or a quote after their object is still the content.
 */
export const OBJECT_LISTENER_VERBS: ReadonlySet<string> = new Set([...ACTIVE_LISTENER_VERBS, 'ask', 'advise', 'urge']);
