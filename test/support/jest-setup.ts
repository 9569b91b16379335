/**
 * Jest setup file (each test file's environment, before its first import): two costs that buy no check.
 *
 * - CDK's built-in CloudFormation validator runs on every `App` synthesis unless turned off. Without the
 *   `@aws-cdk/core:strictCfnValidateErrors` context its findings are warnings on the console and never fail a
 *   synthesis, yet starting its engine costs seconds per test file. It is off for the apps a test builds in this
 *   process (`CDK_VALIDATION=false`, not passed on to child processes); the strict checks register it explicitly
 *   (`strictApp` in test/support/cdk-examples.ts), which this switch does not affect.
 * - The Pulumi SDK records a stack trace on every promise it makes (`debuggablePromise`; read only to describe a
 *   leaked promise when the process exits) and reads it at once. Under Jest each read runs Jest's source-map
 *   formatter over up to 100 frames, which is most of the time a Pulumi recording takes. Those traces keep their top
 *   10 frames (Node's default depth), each as function, file, line and column; every other stack trace still goes to the
 *   formatter Jest installs in the main realm, source-mapped and at Jest's depth.
 */
import * as vm from 'vm';

// Not enumerable: `{ ...process.env }` handed to a child process (a packed install, a CLI run) leaves it out.
Object.defineProperty(process.env, 'CDK_VALIDATION', { value: 'false', enumerable: false, writable: true, configurable: true });

type Prepare = (error: Error, trace: NodeJS.CallSite[]) => unknown;

const mainError = vm.runInThisContext('Error') as ErrorConstructor & { prepareStackTrace?: Prepare };
const PULUMI_DEBUG_FRAMES = 10;

const isPulumiDebugTrace = (trace: NodeJS.CallSite[]) => trace[0]?.getFunctionName() === 'debuggablePromise'
  && /[\\/]@pulumi[\\/]pulumi[\\/]runtime[\\/]debuggable\.js$/.test(trace[0].getFileName() ?? '');

const plain = (error: Error, trace: NodeJS.CallSite[]) => `${String(error)}${trace.map((frame) => `\n    at ${String(frame)}`).join('')}`;

/** `at function (file:line:column)`, without the receiver's type and method name (finding those is the slow part). */
const brief = (error: Error, trace: NodeJS.CallSite[]) => `${String(error)}${trace.map((frame) =>
  `\n    at ${frame.getFunctionName() ?? '<anonymous>'} (${frame.getFileName() ?? '<unknown>'}:${frame.getLineNumber()}:${frame.getColumnNumber()})`).join('')}`;

Error.prepareStackTrace = (error, trace) => {
  if (isPulumiDebugTrace(trace)) return brief(error, trace.slice(0, PULUMI_DEBUG_FRAMES));
  const jest = mainError.prepareStackTrace;
  return typeof jest === 'function' && jest !== Error.prepareStackTrace ? jest(error, trace) : plain(error, trace);
};
