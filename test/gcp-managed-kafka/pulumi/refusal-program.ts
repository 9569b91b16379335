/**
 * Run by managed-kafka-cluster.test.ts in a child process: a program whose "deployed" state (mocked) differs from
 * the desired one in an immutable setting. Like `pulumi up`, the process must fail with the validation message.
 * argv[2]: 'key' | 'replication-factor'.
 */
import { ManagedKafkaCluster } from '../../../lib/gcp-managed-kafka/pulumi';
import { recordPulumi } from '../../../lib/testing/pulumi';
import { KEY, PROJECT, REGION, SUBNET } from '../fixtures';
import { gcpMocks } from './support';

const scenario = process.argv[2];
const deployedKey = `projects/${PROJECT}/locations/${REGION}/keyRings/kafka/cryptoKeys/old`;
const mocks = scenario === 'key'
  ? gcpMocks({ clusterState: (i) => ({ gcpConfig: { ...i.gcpConfig, kmsKey: deployedKey } }) })
  : gcpMocks({ topicState: (i) => ({ ...i, replicationFactor: 1 }) });

void recordPulumi(() => {
  new ManagedKafkaCluster('kafka', {
    clusterId: 'orders', project: PROJECT, region: REGION, projectNumber: '123456789012', subnets: [{ subnet: SUBNET }],
    encryptionKey: { kind: 'existing', keyName: KEY }, topics: [{ name: 'orders', retentionHours: 168 }],
  });
  return {};
}, { mocks }).then((r) => {
  // Reached only if nothing failed: print what was registered so that the test shows it.
  process.stdout.write(`registered ${r.resources.length} resources\n`);
});
