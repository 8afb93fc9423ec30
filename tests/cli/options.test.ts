// src/cli/options.ts: the option parsers every analysis command shares.
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { listOf } from '../../src/cli/options.js';

const SHAPES = ['round', 'square', 'flat'] as const;
const shapes = listOf(SHAPES, 'shape', 'all');

describe('listOf: comma-separated values checked against a list', () => {
  it.each([
    ['round', ['round']],
    ['round,flat', ['round', 'flat']],
    [' square , round ', ['square', 'round']],
    // any case, as a user types it: the values come out as the list spells them
    ['Round', ['round']],
    ['SQUARE,Flat', ['square', 'flat']],
    ['ALL', ['round', 'square', 'flat']],
    ['All', ['round', 'square', 'flat']],
  ])('%j -> %j', (value, expected) => {
    expect(shapes(value)).toEqual(expected);
  });

  it('adds to the values of an earlier use of the option', () => {
    expect(shapes('Flat', ['round'])).toEqual(['round', 'flat']);
  });

  it.each([
    // an unknown value is named as it was typed
    ['oval', /unknown shape "oval"/],
    ['Round,Ovals', /unknown shape "Ovals"/],
    // a prefix or a value with its letters changed is no value
    ['roun', /unknown shape "roun"/],
    ['rounds', /unknown shape "rounds"/],
    // nothing given (an unset shell variable)
    ['', /no shape given/],
    [' , ', /no shape given/],
  ])('rejects %j', (value, message) => {
    expect(() => shapes(value)).toThrow(InvalidArgumentError);
    expect(() => shapes(value)).toThrow(message);
  });

  it('takes no "all" where the list has none', () => {
    expect(() => listOf(SHAPES, 'shape')('all')).toThrow(/unknown shape "all"/);
  });
});
