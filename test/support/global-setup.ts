/** Jest global setup: runs once before any test file, in the parent process (workers inherit its environment). */
import ensureFunctionBundles from './function-bundles';
import preferShimmedInterpreter from './python-shims';

export default function globalSetup(): void {
  ensureFunctionBundles();
  preferShimmedInterpreter();
}
