/**
 * `pulumi up` entry point (see Pulumi.yaml: node runs this file through tsx). Stack outputs are the
 * program's return value.
 */
import { program } from './program';

export = program();
