// Pure cross-document queries over analysis records; no I/O, no analysis.
export { fold, wordMatcher } from './match.js';
export { QUOTE_TYPES, quoteFilter, type QuoteFilter } from './quotes.js';
export { aggregateSpeakers, SpeakerTally } from './speakers.js';
export { disagreeingFigures, figureFilter, FIGURE_KINDS, QUANTITY_KINDS, type FigureFilter } from './figures.js';
