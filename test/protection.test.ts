/**
 * Data safety on the Pulumi faces of the examples: every data-holding resource (the types in
 * test/support/data-holding.ts) is `protect`ed and `retainOnDelete`, and the network of a retained cluster is retained;
 * an example that opts out (`removal: 'destroy'`, `protect: false`) has neither. The CDK faces' DeletionPolicy is in the
 * example snapshots and test/aws/cdk/kafka-vpc.test.ts.
 */
import * as path from 'path';
import { PULUMI_EXAMPLE_CONFIG, PULUMI_EXAMPLES_DIR } from './support/pulumi-examples';
import { recordRegistrations, type Registration } from './support/pulumi-registrations';
import { PULUMI_DATA_HOLDING_TYPES } from './support/data-holding';

/** Types that are network (retained with the cluster, protected only where they hold data). */
const NETWORK = new Set(['aws:ec2/vpc:Vpc', 'aws:ec2/subnet:Subnet', 'aws:ec2/routeTable:RouteTable', 'aws:ec2/vpcEndpoint:VpcEndpoint']);

async function record(example: string): Promise<Registration[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each example's program, found on disk
  const { program } = require(path.join(PULUMI_EXAMPLES_DIR, example, 'program')) as { program: () => unknown };
  return (await recordRegistrations(program, { project: 'proj', stack: 'dev', config: PULUMI_EXAMPLE_CONFIG[example] })).registrations;
}

/** Data-holding registrations of a kafka-iac component (the examples' own alarm topics and keys are left out). */
const held = (regs: Registration[]) => regs.filter((r) => r.type in PULUMI_DATA_HOLDING_TYPES && r.parent.includes('::kafka-iac:') && !clientSide(r));

/** The client side of a Confluent PrivateLink (an endpoint and zone in the user's VPC): no cluster data lives there. */
const clientSide = (r: Registration) => r.parent.includes('::kafka-iac:confluent:') && r.type.startsWith('aws:');

const PROTECTED = ['express-default', 'express-topics', 'schema-registry-glue', 'archival-express-s3', 'archival-standard-connect', 'msk-lambda-consumer', 'provisioned-tiered-scram', 'serverless-client', 'self-managed-kraft', 'event-hubs-premium', 'gcp-managed-kafka-production', 'confluent-dedicated-privatelink'];

describe.each(PROTECTED)('examples/pulumi/%s (defaults)', (example) => {
  let regs: Registration[];
  beforeAll(async () => {
    regs = await record(example);
  }, 300_000);

  test('every data-holding resource is retained, and protected unless it is network', () => {
    const data = held(regs);
    expect(data.length).toBeGreaterThan(0);
    expect(data.filter((r) => !r.retainOnDelete).map((r) => `${r.type} ${r.name}`)).toEqual([]);
    expect(data.filter((r) => !NETWORK.has(r.type) && !r.protect).map((r) => `${r.type} ${r.name}`)).toEqual([]);
  });
});

describe.each(['self-managed-dev', 'event-hubs-standard-dev'])('examples/pulumi/%s (removal: destroy)', (example) => {
  test('nothing is retained or protected', async () => {
    const regs = await record(example);
    expect(held(regs).length).toBeGreaterThan(0);
    expect(regs.filter((r) => r.protect || r.retainOnDelete).map((r) => `${r.type} ${r.name}`)).toEqual([]);
  }, 300_000);
});
