/** One row per cluster (or MSK Replicator): the facts a reviewer checks, from the plan alone. */
import type { ClusterPlan, FoundCluster } from './clusters';
import { topicCountOf } from './clusters';

export interface ClusterFacts {
  readonly kind: string;
  readonly brokersPerAz: string;
  readonly auth: string;
  readonly encryption: string;
  readonly storage: string;
  readonly topics: string;
  /** `[code] message` of every plan warning. */
  readonly warnings: readonly string[];
}

const list = (xs: readonly (string | false | undefined)[]) => xs.filter(Boolean).join(', ') || 'none';

export function factsOf(c: ClusterPlan): ClusterFacts {
  const topics = (c as Partial<FoundCluster>).topicCount ?? topicCountOf(c.plan);
  const common = { topics: topics === undefined ? '-' : String(topics), warnings: c.plan.warnings.map((w) => `[${w.code}] ${w.message}`) };
  switch (c.target) {
    case 'msk': {
      const p = c.plan;
      const atRest = p.encryptionKey.kind === 'create' ? 'at rest: new KMS key' : 'at rest: your KMS key';
      if (p.kind === 'serverless') {
        return { ...common, kind: 'MSK Serverless', brokersPerAz: `- (${p.azCount} AZs)`, auth: 'IAM', encryption: `TLS; ${atRest}`, storage: 'managed by MSK' };
      }
      const perAz = p.brokerNodes / p.azCount;
      const storage = p.kind === 'express'
        ? 'managed by MSK (billed per GB kept)'
        : `${p.storage!.volumeSizeGiB} GiB EBS per broker${p.storage!.autoScaling ? ` (auto-scaling to ${p.storage!.autoScaling.maxVolumeSizeGiB})` : ''}${p.storage!.provisionedThroughputMiBps ? `, ${p.storage!.provisionedThroughputMiBps} MiB/s` : ''}, ${p.storage!.mode === 'TIERED' ? 'tiered' : 'local only'}`;
      return {
        ...common,
        kind: `MSK ${p.kind === 'express' ? 'Express' : 'Standard'}, ${p.instance.instanceType}, Kafka ${p.kafkaVersion.version}`,
        brokersPerAz: `${perAz} x ${p.azCount} AZs`,
        auth: list([p.auth.iam && 'IAM', p.auth.scram && 'SASL/SCRAM', p.auth.tlsCertificateAuthorityArns.length > 0 && 'mTLS', p.auth.unauthenticated && 'UNAUTHENTICATED']),
        encryption: `client-broker ${p.encryptionInTransit.clientBroker}, in-cluster ${p.encryptionInTransit.inCluster ? 'TLS' : 'off'}; ${atRest}`,
        storage,
      };
    }
    case 'self-managed-ec2': {
      const p = c.plan;
      const brokers = p.nodes.filter((n) => n.processRoles.includes('broker'));
      const v = brokers[0]?.volume;
      const client = p.listeners.filter((l) => l.audience === 'clients');
      return {
        ...common,
        kind: `self-managed KRaft ${p.kafkaVersion} on EC2, ${brokers[0]?.instance.instanceType ?? '-'}${p.combined ? ' (combined)' : ''}`,
        brokersPerAz: `${brokers.length / p.brokerAzCount} x ${p.brokerAzCount} AZs${p.combined ? '' : ` (+${p.nodes.length - brokers.length} controllers)`}`,
        auth: list(client.map((l) => (l.saslMechanism ? `SASL/${l.saslMechanism}` : l.mutualTls ? 'mTLS' : l.name))),
        encryption: 'TLS on every listener; encrypted EBS',
        storage: v ? `${v.sizeGiB} GiB ${v.type} per broker${v.throughputMiBps ? `, ${v.throughputMiBps} MiB/s` : ''}, ${p.tieredStorage ? `tiered to s3://${p.tieredStorage.bucketName}` : 'local only'}` : '-',
      };
    }
    case 'confluent': {
      const p = c.plan;
      const shape = p.cluster.shape.block === 'dedicated' ? `${p.cluster.shape.value.cku} CKU` : 'elastic eCKUs';
      return {
        ...common,
        kind: `Confluent ${p.cluster.info.type} (${shape}), ${p.cluster.cloud} ${p.cluster.region}, ${p.cluster.availability}`,
        brokersPerAz: '- (managed)',
        auth: `API keys, ${p.accessControl === 'rbac' ? 'RBAC' : 'ACLs'}`,
        encryption: `TLS; at rest: ${p.cluster.byok ? 'your key (BYOK)' : 'Confluent-managed keys'}`,
        storage: `managed; networking ${p.networking.kind}`,
      };
    }
    case 'event-hubs': {
      const p = c.plan;
      return {
        ...common,
        kind: `Event Hubs ${p.tier}${p.dedicatedCluster ? ' (Dedicated cluster)' : ''}, ${p.sku.capacity} ${p.tier === 'Premium' ? 'PU' : 'TU'}`,
        brokersPerAz: p.zoneRedundant ? '- (zone-redundant)' : '-',
        auth: p.disableLocalAuth ? 'Microsoft Entra ID (OAuth)' : 'Microsoft Entra ID and SAS',
        encryption: `TLS ${p.minimumTlsVersion}+; at rest: ${p.encryption ? 'your Key Vault key' : 'Microsoft-managed keys'}`,
        storage: `managed; ${p.eventHubs.length} event hubs`,
      };
    }
    case 'gcp-managed-kafka': {
      const p = c.plan;
      return {
        ...common,
        kind: `Google Cloud Managed Kafka, ${p.vcpuCount} vCPU, ${Number(p.memoryBytes) / 2 ** 30} GiB, ${p.region}`,
        brokersPerAz: '- (managed, 3 zones)',
        auth: list(['IAM (SASL/OAUTHBEARER, SASL/PLAIN)', p.tls && 'mTLS']),
        encryption: `TLS; at rest: ${p.encryptionKey.kind === 'create' ? 'new Cloud KMS key' : 'your Cloud KMS key'}`,
        storage: `managed${p.brokerDiskGiB ? `, ${p.brokerDiskGiB} GiB broker disk` : ''}`,
      };
    }
    case 'msk-replicator': {
      const p = c.plan;
      const external = p.source.kind === 'apache-kafka' ? p.source.auth : undefined;
      const sourceAuth = !external ? 'IAM' : 'scram' in external ? `SASL/${external.scram.mechanism}` : 'mTLS';
      return {
        ...common,
        kind: `MSK Replicator, ${p.source.kind === 'apache-kafka' ? 'Apache Kafka' : 'MSK'} -> MSK, ${p.crossRegion ? 'cross-Region' : 'same Region'}`,
        brokersPerAz: '- (managed)',
        auth: `source ${sourceAuth}, target IAM`,
        encryption: 'TLS in transit; keeps no data at rest',
        storage: `none; ${p.topicReplication.include.length} topic pattern(s), compression ${p.compression}`,
      };
    }
  }
}
