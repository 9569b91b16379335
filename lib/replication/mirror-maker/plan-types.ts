/**
 * The validated plan of a MirrorMaker 2 deployment: what both faces map to resources and what the renderers write.
 */
import type { AlarmPlan, Issue, KafkaLine, KeyListId } from '../../core';
import type { MskIamStatementPlan } from '../../aws/msk-iam-access';
import type { Ec2InstanceInfo } from '../../aws/ec2-node/instances';
import type { ArtifactSource, MirrorMakerAuth, MirrorMakerReplicationPolicy } from './spec';

/** One cluster this deployment connects to. */
export interface MirrorMakerClusterPlan {
  readonly alias: string;
  readonly bootstrapServers: string;
  readonly region: string;
  readonly auth: MirrorMakerAuth;
  /** `target`: the cluster this deployment runs next to; `source`: a cluster a local flow reads from. */
  readonly role: 'source' | 'target';
  readonly securityProtocol: 'SASL_SSL' | 'SSL';
  readonly saslMechanism?: 'AWS_MSK_IAM' | 'SCRAM-SHA-512' | 'SCRAM-SHA-256';
  /** SCRAM: properties file holding `sasl.jaas.config` (read through the FileConfigProvider). */
  readonly credentialsFile?: string;
  /** mTLS: PEM file holding the private key and the certificate chain. */
  readonly keystoreFile?: string;
  /** Private CA: PEM trust store written from `trustedCaParameter`. */
  readonly truststoreFile?: string;
  readonly trustedCaParameter?: string;
  /** Release line of the brokers, when known. */
  readonly kafkaLine?: KafkaLine;
  /** Where the nodes' egress to this cluster goes, when given (see the spec). */
  readonly networkCidrs?: readonly string[];
}

/** One flow this deployment runs. */
export interface MirrorMakerFlowPlan {
  /** `source->target`. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly topics: readonly string[];
  /** MirrorMaker 2's exclusions plus the user's. */
  readonly topicsExclude: readonly string[];
  readonly groups: readonly string[];
  readonly groupsExclude: readonly string[];
}

/** A secret the nodes read at boot. */
export interface MirrorMakerSecretRead {
  readonly alias: string;
  readonly kind: 'scram' | 'mtls';
  readonly secretArn: string;
  /** Region of the secret (a source cluster's secret may live in the source region): the boot script reads it there. */
  readonly region: string;
  readonly keyArn?: string;
}

/** An SSM parameter the nodes read at boot (a private CA certificate), in its cluster's region. */
export interface MirrorMakerParameterRead {
  readonly alias: string;
  readonly name: string;
  readonly region: string;
}

/** The `kafka-cluster:*` statements of the nodes' role on one MSK cluster (IAM access control). */
export interface MirrorMakerIamGrant {
  readonly alias: string;
  readonly clusterArn: string;
  readonly statements: readonly MskIamStatementPlan[];
}

export interface MirrorMaker2Plan {
  readonly name: string;
  readonly region: string;
  readonly targetCluster: string;
  /** The clusters of the local flows, sorted by alias. */
  readonly clusters: readonly MirrorMakerClusterPlan[];
  /** The flows into `targetCluster`, sorted by id. */
  readonly flows: readonly MirrorMakerFlowPlan[];
  readonly replicationPolicy: MirrorMakerReplicationPolicy;
  readonly replicationFactor: number;
  readonly nodes: number;
  readonly tasksMax: number;
  readonly exactlyOnce: boolean;
  readonly offsetSyncIntervalSeconds: number;
  /** Connect's internal REST (dedicated mode, KIP-710): on when more than one node. */
  readonly internalRest: boolean;
  readonly restPort: number;
  readonly kafkaVersion: string;
  readonly keyList: KeyListId;
  readonly javaVersion: 17 | 21;
  readonly heapMiB: number;
  readonly instance: Ec2InstanceInfo;
  readonly distribution: ArtifactSource;
  readonly iamAuthLibrary?: ArtifactSource;
  readonly jmxExporter?: { readonly source: ArtifactSource; readonly port: number };
  /** User entries for `mm2.properties`, validated, sorted by key. */
  readonly extraProperties: Readonly<Record<string, string>>;
  readonly secretReads: readonly MirrorMakerSecretRead[];
  /** SSM parameters the nodes read at boot (private CA certificates, with `--region`), sorted by alias. */
  readonly parameterReads: readonly MirrorMakerParameterRead[];
  readonly iamGrants: readonly MirrorMakerIamGrant[];
  /** Node-down and replication-latency alarms. */
  readonly alarms: readonly AlarmPlan[];
  /** Whether the nodes need internet egress (an artifact downloaded by URL). */
  readonly internetEgress: boolean;
  readonly warnings: readonly Issue[];
}
