/** Which values a Pulumi program only knows at deploy time, for the plans' `isUnknown` (conventions §5). */
import * as pulumi from '@pulumi/pulumi';

/** True for values only known at deploy time: outputs and promises. */
export const isUnknown = (v: unknown): boolean => pulumi.Output.isInstance(v) || v instanceof Promise;
