/**
 * A Dedicated multi-zone Confluent cluster on AWS, reachable only through PrivateLink: the library creates the
 * Confluent network, allows this AWS account, and builds the AWS half (interface VPC endpoint, its security group
 * and a Route 53 private hosted zone). Data at rest is encrypted with your KMS key (BYOK). Two applications get
 * least-privilege access: `payments` writes payments and reads refunds, `ledger` only reads payments; access intents
 * add a refunds writer with a client quota and read access for an existing audit account.
 * Run `pulumi up` from inside the VPC (topics and key readiness go through the private endpoint).
 * In your own program, import from `kafka-iac/confluent/pulumi`.
 */
import { ConfluentKafka } from '../../../lib/confluent/pulumi';

export function program() {
  const kafka = new ConfluentKafka('payments', {
    environment: { kind: 'create', displayName: 'payments-prod' },
    cluster: {
      type: 'dedicated',
      cloud: 'AWS',
      region: 'us-east-2',
      displayName: 'payments',
      cku: 2,
      // The key policy must let Confluent's roles use the key (see the Confluent BYOK guide for AWS).
      byok: { kind: 'aws', keyArn: 'arn:aws:kms:us-east-2:123456789012:key/11111111-2222-3333-4444-555555555555' },
    },
    networking: {
      kind: 'privatelink',
      allowedAccounts: ['123456789012'],
      endpoint: { cloud: 'AWS', vpcId: 'vpc-0payments', subnetIds: ['subnet-0a', 'subnet-0b', 'subnet-0c'], allowedCidrs: ['10.20.0.0/16'] },
    },
    applications: {
      payments: { produce: { topics: ['payments'] }, consume: { topics: ['refunds'], groups: ['payments'] } },
      ledger: { consume: { topics: ['payments'], groups: ['ledger'] } },
    },
    // The portable catalog's access intents next to the applications: the refunds service gets its own service
    // account, writes refunds under a client quota (Dedicated clusters have client quotas); the existing audit
    // account reads every topic with consumer groups starting with "audit.".
    access: [
      { name: 'refunds-writer', principal: { kind: 'native', id: 'refunds' }, produce: ['refunds'], quota: { produceBytesPerSecond: 5_000_000, consumeBytesPerSecond: 5_000_000 } },
      { name: 'audit', principal: { kind: 'native', id: 'sa-audit01' }, consume: ['*'], groups: ['audit.*'] },
    ],
    topics: [
      { name: 'payments', partitions: 12, partitionsFloor: 12, retentionHours: 168 },
      { name: 'refunds', partitions: 6, partitionsFloor: 6 },
    ],
  });
  return {
    bootstrapServers: kafka.bootstrapServers,
    restEndpoint: kafka.restEndpoint,
    privateDnsDomain: kafka.privateDnsDomain,
    // Secrets: `pulumi stack output --show-secrets clientProperties`.
    clientProperties: kafka.clientProperties,
  };
}
