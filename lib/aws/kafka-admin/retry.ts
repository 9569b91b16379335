/**
 * Bounded retries of one admin request: transient errors (`KafkaAdminError.retriable`: a broker not available yet,
 * a leader election, a timeout, a connection reset) are retried with capped exponential backoff; any other error, and
 * the last transient one, fails the request with a message naming it.
 */
import { KafkaAdminError } from './port';

export interface RetryOptions {
  /** Attempts in all, the first included (at least 1). */
  readonly attempts: number;
  /** Delay before the second attempt; it doubles up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** How to wait (tests pass one that records the delays and returns at once). */
  readonly sleep: (ms: number) => Promise<void>;
}

/** The function's retries: 6 attempts over about 30 s, well inside its timeout. */
export const DEFAULT_RETRY: RetryOptions = {
  attempts: 6, baseDelayMs: 1000, maxDelayMs: 10_000, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A request that failed for good. */
export class KafkaAdminRequestError extends Error {
  constructor(readonly what: string, readonly attempts: number, readonly cause: Error) {
    super(`${what} failed${attempts > 1 ? ` after ${attempts} attempts` : ''}: ${cause.message}`);
    this.name = 'KafkaAdminRequestError';
  }
}

export async function withRetry<T>(what: string, f: () => Promise<T>, o: RetryOptions): Promise<T> {
  const attempts = Math.max(1, o.attempts);
  for (let attempt = 1; ; attempt++) {
    try {
      return await f();
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      const retriable = error instanceof KafkaAdminError && error.retriable;
      if (!retriable || attempt >= attempts) throw new KafkaAdminRequestError(what, attempt, error);
      await o.sleep(Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}

/** How the readiness wait passes time (tests pass a clock that advances on `sleep`). */
export interface ReadinessClock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Pause between two readiness probes: a booting broker is asked at most every 10 s. */
export const READINESS_PROBE_DELAY_MS = 10_000;

export const SYSTEM_CLOCK: ReadinessClock = { now: () => Date.now(), sleep: DEFAULT_RETRY.sleep };

/**
 * Waits until `probe` succeeds, for at most `waitSeconds`: a cluster whose nodes were just created still boots
 * (installs Kafka, formats its storage, elects a controller) when the function first runs. Every error counts as
 * "not ready yet" (a broker still loading its SCRAM credentials refuses the login, a name not served yet fails to
 * resolve); once the time is up, the last one fails the wait with a message naming it. Returns the attempts made.
 */
export async function waitForCluster(probe: () => Promise<unknown>, waitSeconds: number, clock: ReadinessClock = SYSTEM_CLOCK): Promise<number> {
  const deadline = clock.now() + Math.max(0, waitSeconds) * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await probe();
      return attempt;
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      const left = deadline - clock.now();
      if (left <= 0) {
        throw new KafkaAdminRequestError(`reach the cluster within ${waitSeconds} s (its nodes may still be booting)`, attempt, error);
      }
      await clock.sleep(Math.min(READINESS_PROBE_DELAY_MS, left));
    }
  }
}
