/**
 * Where Pulumi's mock monitor differs from the engine, `recordPulumi` makes it behave like the engine; and it sees
 * each request as the engine would receive it (unknown inputs included).
 */
import { runInThisContext } from 'vm';
import * as pulumi from '@pulumi/pulumi';

/** A registration or read, with its inputs deserialized keeping unknowns (`pulumi.unknown`). */
export interface MonitorRequest {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly custom: boolean;
  /** `<provider urn>::<provider id>`, or empty for the default provider. */
  readonly provider: string;
  /** The id being read or imported, or empty. */
  readonly id: string;
  readonly inputs: Record<string, unknown>;
}

/** The getters of the engine's RegisterResourceRequest and ReadResourceRequest read here. */
interface ResourceRequest {
  getType(): string;
  getName(): string;
  getParent(): string;
  getProvider(): string;
  /** RegisterResourceRequest only. */
  getCustom?(): boolean;
  getObject?(): Struct | undefined;
  getImportid?(): string;
  /** ReadResourceRequest only. */
  getProperties?(): Struct | undefined;
  getId?(): string;
}

type Struct = Parameters<typeof pulumi.runtime.deserializeProperties>[0];

type MonitorCallback = (err: unknown, response: { setUnknown?: (unknown: boolean) => void } | undefined) => void;

/** The members of Pulumi's `MockMonitor` used here (`newUrn` is private in its typings). */
interface MockMonitorLike {
  getRegisteredResources(): Map<string, unknown>;
  registerResource(req: ResourceRequest, callback: MonitorCallback): unknown;
  readResource(req: ResourceRequest, callback: MonitorCallback): unknown;
  newUrn(parent: string, type: string, name: string): string;
}

const STACK_TYPE = 'pulumi:pulumi:Stack';

/** The monitor `pulumi.runtime.setMocks` installed. */
export function mockMonitor(): MockMonitorLike {
  const monitor = pulumi.runtime.getMonitor() as unknown as Partial<MockMonitorLike> | undefined;
  if (typeof monitor?.getRegisteredResources !== 'function' || typeof monitor.newUrn !== 'function'
    || typeof monitor.registerResource !== 'function' || typeof monitor.readResource !== 'function') {
    throw new Error('recordPulumi: the Pulumi runtime is not using the mock monitor set by recordPulumi.');
  }
  return monitor as MockMonitorLike;
}

/** The URN the engine gives a resource: the parent's qualified type (outside the stack) `$` the type. */
function engineUrn(parent: string, type: string, name: string): string {
  // `urn:pulumi:<stack>::<project>::<qualified type>::<name>`; types never contain `::`, names may.
  const parentType = parent ? parent.split('::')[2] : undefined;
  const qualified = parentType && parentType !== STACK_TYPE ? `${parentType}$${type}` : type;
  return `urn:pulumi:${pulumi.getStack()}::${pulumi.getProject()}::${qualified}::${name}`;
}

/**
 * Instruments the mock monitor:
 * - URNs carry the full parent type chain (the mock monitor keeps only the parent's own type, so a grandchild's URN
 *   differs from the one `pulumi up` creates);
 * - a custom resource's response says that outputs it does not list are unknown (the engine's answer for a skipped
 *   create or read), so an output the mocks did not answer resolves as unknown instead of as a known `undefined`;
 * - `onRequest` sees each registration and read before the mocks answer it.
 */
export function instrumentMonitor(onRequest: (request: MonitorRequest) => void): void {
  const monitor = mockMonitor();
  monitor.newUrn = engineUrn;
  const wrap = (method: 'registerResource' | 'readResource'): void => {
    const original = monitor[method].bind(monitor);
    monitor[method] = (req, callback) => {
      const read = method === 'readResource';
      const custom = read || req.getCustom?.() !== false;
      const struct = read ? req.getProperties?.() : req.getObject?.();
      onRequest({
        urn: engineUrn(req.getParent(), req.getType(), req.getName()),
        type: req.getType(),
        name: req.getName(),
        custom,
        provider: req.getProvider(),
        id: (read ? req.getId?.() : req.getImportid?.()) ?? '',
        // The mocks' `args.inputs` drop unknown values outside a preview; keep them, to record them.
        inputs: struct ? pulumi.runtime.deserializeProperties(struct, true) : {},
      });
      return original(req, (err, response) => {
        if (custom && typeof response?.setUnknown === 'function') {
          response.setUnknown(true);
        }
        callback(err, response);
      });
    };
  };
  wrap('registerResource');
  wrap('readResource');
}

type FailureEvent = 'unhandledRejection' | 'uncaughtException';
const FAILURE_EVENTS: readonly FailureEvent[] = ['unhandledRejection', 'uncaughtException'];

/**
 * The process objects Node reports uncaught errors on: `process`, and the main context's process when a test runner
 * that sandboxes modules (Jest) gives the program a copy with listeners of its own.
 */
function hostProcesses(): NodeJS.Process[] {
  const found = [process];
  try {
    const main = runInThisContext('process') as NodeJS.Process | undefined;
    if (main && main !== process && typeof main.on === 'function') {
      found.push(main);
    }
  } catch {
    // No main context to reach: `process` is the one.
  }
  return found;
}

/**
 * Collects what would end the process as an uncaught error while a recording runs: the runtime re-raises a failed
 * registration, and an `apply` callback's error, as an unhandled rejection for the language host to report. Like
 * that host (and like Jest around each test), it is the only listener until disposed; the others are restored then.
 */
export class FailureCollector {
  readonly errors: unknown[] = [];
  private readonly suspended: [NodeJS.EventEmitter, FailureEvent, ((...args: unknown[]) => void)[]][] = [];
  private readonly listener = (error: unknown): void => {
    // One failure rejects several promises with the same error.
    if (!this.errors.includes(error)) {
      this.errors.push(error);
    }
  };

  constructor() {
    for (const p of hostProcesses() as NodeJS.EventEmitter[]) {
      for (const event of FAILURE_EVENTS) {
        this.suspended.push([p, event, p.listeners(event) as ((...args: unknown[]) => void)[]]);
        p.removeAllListeners(event);
        p.on(event, this.listener);
      }
    }
  }

  dispose(): void {
    for (const [p, event, listeners] of this.suspended) {
      p.off(event, this.listener);
      for (const l of listeners) {
        p.on(event, l);
      }
    }
    this.suspended.length = 0;
  }
}
