/**
 * A Standard cluster for development: public endpoints, single zone and Stream Governance ESSENTIALS, all chosen
 * explicitly (the defaults are multi-zone and ADVANCED). One application produces and consumes `events`.
 * In your own program, import from `kafka-iac/confluent/pulumi`.
 */
import { ConfluentKafka } from '../../../lib/confluent/pulumi';

export function program() {
  const kafka = new ConfluentKafka('dev', {
    environment: { kind: 'create', displayName: 'dev', streamGovernance: 'ESSENTIALS' },
    cluster: { type: 'standard', cloud: 'AWS', region: 'us-east-2', displayName: 'dev', availability: 'single-zone' },
    applications: {
      'events-app': { produce: { topics: ['events'] }, consume: { topics: ['events'], groups: ['events-app'] } },
    },
    topics: [{ name: 'events', partitions: 3, retentionHours: 24 }],
  });
  return {
    bootstrapServers: kafka.bootstrapServers,
    clientProperties: kafka.clientProperties,
  };
}
