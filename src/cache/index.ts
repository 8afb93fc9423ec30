// The analysis cache: where it lives, how a document's analysis is keyed and stored.
export { cacheDir, STORE_FILE } from './location.js';
export { AnalysisStore } from './store.js';
export { textKey, toPayload, fromPayload } from './payload.js';
