import { IssueCollector, KafkaValidationError, mustMessage } from '../../lib/core';
import { MESSAGE_GRAMMAR, MESSAGE_GRAMMAR_WITH_FIX } from '../support/conventions';

describe('IssueCollector / KafkaValidationError', () => {
  test('message grammar names the property, the value and the fix', () => {
    expect(mustMessage('brokerNodes', 'be a multiple of the AZ count (3)', 4, 'Use 3, 6 or 9.')).toBe(
      '`brokerNodes` must be a multiple of the AZ count (3), got: 4. Use 3, 6 or 9.',
    );
    expect(mustMessage('name', 'be short', 'abc', '')).toBe('`name` must be short, got: "abc".');
    // The patterns the target tests check every message with.
    expect(mustMessage('brokerNodes', 'be a multiple of the AZ count (3)', 4, 'Use 3, 6 or 9.')).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
    expect(mustMessage('name', 'be short', 'abc', '')).toMatch(MESSAGE_GRAMMAR);
    expect(mustMessage('name', 'be short', 'abc', '')).not.toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('collects every error and throws once, listing all of them', () => {
    const c = new IssueCollector();
    c.error('a/one', 'x', 'be 1', 2, 'Fix x.').error('a/two', 'y', 'be 2', 3, 'Fix y.').warn('a/w', 'z', 'careful');
    expect(c.errors).toHaveLength(2);
    expect(c.warnings).toHaveLength(1);
    let thrown: unknown;
    try {
      c.throwIfErrors('MyCluster');
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(KafkaValidationError);
    const err = thrown as KafkaValidationError;
    expect(err.codes).toEqual(['a/one', 'a/two']);
    expect(err.message).toContain('MyCluster: 2 invalid properties');
    expect(err.message).toContain('[a/one] `x` must be 1, got: 2. Fix x.');
    expect(err.message).not.toContain('careful');
  });

  test('does not throw when there are only warnings', () => {
    const c = new IssueCollector().warn('a/w', 'z', 'careful');
    expect(() => c.throwIfErrors('X')).not.toThrow();
  });

  test('addAll re-roots paths', () => {
    const c = new IssueCollector().addAll([{ code: 'c', path: 'p', message: 'm', severity: 'error' }], 'root');
    expect(c.issues[0].path).toBe('root.p');
  });
});
