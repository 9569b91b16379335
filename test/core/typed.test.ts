import { expectArray, expectBoolean, expectInteger, expectNumber, expectObject, expectString, IssueCollector } from '../../lib/core';
import { MESSAGE_GRAMMAR_WITH_FIX } from '../support/conventions';

const run = <T>(f: (c: IssueCollector) => T) => {
  const c = new IssueCollector();
  const value = f(c);
  return { value, messages: c.errors.map((i) => i.message), codes: c.errors.map((i) => i.code) };
};
const at = { code: 't/brokers', path: 'brokerNodes' };

describe('typed checks name the expected type and the type received', () => {
  test('a quoted number', () => {
    const r = run((c) => expectInteger('3', at, c));
    expect(r).toEqual({ value: undefined, codes: ['t/brokers'], messages: ['`brokerNodes` must be an integer, got: "3" (a string). Write it without quotes: 3.'] });
    expect(r.messages[0]).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });
  test('a fraction, NaN, null, an object', () => {
    expect(run((c) => expectInteger(1.5, at, c)).messages[0]).toBe('`brokerNodes` must be an integer, got: 1.5 (a number). Use a whole number, e.g. 2.');
    expect(run((c) => expectNumber(NaN, at, c)).messages[0]).toBe('`brokerNodes` must be a finite number, got: NaN (a number). Pass a number.');
    expect(run((c) => expectInteger(null, at, c)).messages[0]).toContain('got: null (null)');
    expect(run((c) => expectInteger({}, at, c)).messages[0]).toContain('got: {} (an object)');
  });
  test('ranges: the value is refused once, and not returned', () => {
    expect(run((c) => expectInteger(-3, at, c, { min: 1 }))).toEqual({ value: undefined, codes: ['t/brokers'], messages: ['`brokerNodes` must be a positive integer, got: -3.'] });
    expect(run((c) => expectNumber(120, at, c, { min: 0, max: 100, fix: 'e.g. 80.' })).messages).toEqual(['`brokerNodes` must be a number from 0 to 100, got: 120. e.g. 80.']);
    expect(run((c) => expectInteger(6, at, c, { min: 3 })).value).toBe(6);
  });
  test('undefined and deploy-time values pass unreported', () => {
    expect(run((c) => expectInteger(undefined, at, c))).toEqual({ value: undefined, codes: [], messages: [] });
    expect(run((c) => expectInteger('${Token}', { ...at, isUnknown: () => true }, c))).toEqual({ value: undefined, codes: [], messages: [] });
  });
  test('strings, booleans, arrays, objects', () => {
    expect(run((c) => expectString(5, at, c, 'orders')).messages[0]).toBe('`brokerNodes` must be a string, got: 5 (a number). e.g. "orders".');
    expect(run((c) => expectBoolean('true', at, c)).messages[0]).toBe('`brokerNodes` must be a boolean, got: "true" (a string). Write it without quotes: true.');
    expect(run((c) => expectArray('eu-west-1a', at, c)).messages[0]).toBe('`brokerNodes` must be an array, got: "eu-west-1a" (a string). Wrap it in a list: ["eu-west-1a"].');
    expect(run((c) => expectObject([], at, c)).messages[0]).toContain('got: [] (an array)');
    expect(run((c) => expectObject({ a: 1 }, at, c)).value).toEqual({ a: 1 });
  });
});
