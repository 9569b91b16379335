/**
 * The clusters a CDK `MskReplicator` accepts: the library's `MskCluster` / `MskServerlessCluster` constructs, whose
 * plans already hold every fact the replicator checks, an existing MSK cluster described by its attributes, or an
 * Apache Kafka cluster outside MSK as the source (the library's `SelfManagedKafkaCluster` through
 * `MskReplicatorClusters.fromSelfManagedCluster`, or one described by hand).
 */
import { Stack } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { MskCluster, MskServerlessCluster } from '../../../msk/cdk';
import type { SelfManagedKafkaCluster } from '../../../self-managed-ec2/cdk/self-managed-kafka-cluster';
import { throwInvalid } from '../../../core/issues';
import type { MskReplicatorScramMechanism } from '../limits';
import type {
  MskReplicatorAnyClusterSpec, MskReplicatorApacheKafkaClusterSpec, MskReplicatorClusterKind, MskReplicatorClusterRole, MskReplicatorClusterSpec,
} from '../spec';

/** An MSK cluster that is not built by this library (or lives in another app), described by its attributes. */
export interface MskReplicatorClusterAttributes {
  /** ARN of the cluster. */
  readonly clusterArn: string;
  /**
   * Cluster name, for descriptions.
   * @default - the name in `clusterArn`
   */
  readonly clusterName?: string;
  /** Provisioned (Standard or Express brokers) or Serverless. */
  readonly kind: MskReplicatorClusterKind;
  /** Whether IAM access control is on: MSK Replicator needs it. */
  readonly iamAuthentication: boolean;
  /** Client subnets of the cluster (2 or 3), where the replicator's network interfaces go. */
  readonly subnetIds: string[];
  /**
   * VPC of `subnetIds`: the replicator's security group is created there.
   * @default - none: pass `securityGroups` on the replicator instead
   */
  readonly vpc?: ec2.IVpc;
  /**
   * Security groups of the cluster, opened to the replicator on port 9098.
   * @default - none: open port 9098 to the replicator's security group yourself
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
  /**
   * Region of the cluster.
   * @default - the Region in `clusterArn`
   */
  readonly region?: string;
  /**
   * Broker count (provisioned).
   * @default - not checked
   */
  readonly brokerNodes?: number;
  /**
   * AZs the brokers span (provisioned).
   * @default - not checked
   */
  readonly azCount?: number;
  /**
   * Broker instance type (provisioned).
   * @default - not checked
   */
  readonly instanceType?: string;
  /**
   * Kafka version as MSK names it (provisioned).
   * @default - not checked
   */
  readonly kafkaVersion?: string;
  /**
   * Multi-VPC private connectivity for IAM is on (a provisioned source in another Region needs it).
   * @default - unknown: a warning reminds you of it for a cross-region source
   */
  readonly multiVpcIam?: boolean;
}

/** How the replicator authenticates to an Apache Kafka cluster (over TLS), with secrets in Secrets Manager. */
export type MskReplicatorApacheKafkaAuth =
  /** SASL/SCRAM: the secret holds `username` and `password`. */
  | { readonly scram: secretsmanager.ISecret; readonly mechanism: MskReplicatorScramMechanism }
  /** Mutual TLS: the secret holds the client certificate and key in MSK Replicator's format. */
  | { readonly mtls: secretsmanager.ISecret };

/**
 * An Apache Kafka cluster outside MSK (self-managed, on premises), as a replicator source. A secret encrypted with a
 * customer-managed key must carry it (`Secret.fromSecretAttributes({ secretCompleteArn, encryptionKey })`), so that
 * the execution role may decrypt it.
 */
export interface MskReplicatorApacheKafkaSource {
  readonly kind: 'apache-kafka';
  /** The cluster's own id (`cluster.id`), which MSK Replicator checks. */
  readonly clusterId: string;
  /** `host:port,...` of the TLS listener of `auth`. */
  readonly bootstrapBrokers: string;
  readonly auth: MskReplicatorApacheKafkaAuth;
  /**
   * Secret whose `certificate` key holds the CA chain (PEM) of the brokers' certificates.
   * @default - none: a public CA
   */
  readonly rootCaCertificate?: secretsmanager.ISecret;
  /**
   * The brokers' certificates come from a private CA (then `rootCaCertificate` is required).
   * @default false
   */
  readonly privateCa?: boolean;
  /**
   * The brokers, when they are in this app: their security groups admit the replicator on the listener's ports.
   * @default - none: egress to `networkCidrs`, else to any IPv4 address on those ports
   */
  readonly connectable?: ec2.IConnectable;
  /**
   * IPv4 ranges of the brokers, for the egress of the replicator's security groups.
   * @default - none
   */
  readonly networkCidrs?: string[];
  /**
   * Ports of the listener when `bootstrapBrokers` is a deploy-time value.
   * @default - the ports in `bootstrapBrokers`
   */
  readonly ports?: number[];
  /**
   * Apache Kafka version of the cluster.
   * @default - not checked
   */
  readonly kafkaVersion?: string;
  /**
   * The replicator's principal already has its ACLs (or is a super user).
   * @default false - a warning lists the ACLs
   */
  readonly aclsGranted?: boolean;
  /**
   * Name for descriptions.
   * @default - the cluster id
   */
  readonly clusterName?: string;
}

/** Options of `MskReplicatorClusters.fromSelfManagedCluster`. */
export interface MskReplicatorSelfManagedSourceOptions {
  /** A SCRAM user of the cluster (its generated secret, SCRAM-SHA-512, encrypted with the cluster key), or an mTLS client secret. */
  readonly auth: { readonly scramUser: string } | { readonly mtls: secretsmanager.ISecret };
  /**
   * Secret whose `certificate` key holds the cluster's CA certificate (PEM), the value of its CA certificate
   * parameter (`caCertificateParameterName`). The cluster's own CA secret also holds the CA's private key: never
   * hand that one to the replicator.
   */
  readonly caCertificate: secretsmanager.ISecret;
  /**
   * IPv4 ranges of the brokers, when the target is in another VPC or Region (open the brokers' listener to the
   * target's subnets yourself, e.g. `allowClientsFrom`).
   * @default - none: the brokers' security group admits the replicator's (same Region)
   */
  readonly networkCidrs?: string[];
}

/** Sources of `MskReplicator` that are not MSK clusters. */
export class MskReplicatorClusters {
  /**
   * A `SelfManagedKafkaCluster` of this app as the source: its cluster id, the SASL_SSL (or mTLS) listener's stable
   * DNS names, the user's secret and the cluster key, the Kafka version; its brokers' security group admits the
   * replicator. A SCRAM user that is a super user needs no ACLs.
   */
  static fromSelfManagedCluster(cluster: SelfManagedKafkaCluster, options: MskReplicatorSelfManagedSourceOptions): MskReplicatorApacheKafkaSource {
    const a = options.auth;
    let auth: MskReplicatorApacheKafkaAuth;
    let bootstrapBrokers: string;
    let aclsGranted = false;
    if ('scramUser' in a) {
      const secret = cluster.scramSecrets[a.scramUser];
      if (!secret) {
        throwInvalid(`MskReplicatorClusters.fromSelfManagedCluster(${cluster.clusterName})`, 'msk-replicator/unknown-scram-user', 'auth.scramUser',
          `name a SCRAM user of cluster '${cluster.clusterName}' (${Object.keys(cluster.scramSecrets).join(', ') || 'none'})`, a.scramUser,
          'Add the user to the cluster\'s clientAuthentication.scram.users.');
      }
      auth = { scram: secret, mechanism: 'SHA512' };
      bootstrapBrokers = cluster.bootstrapServersScram;
      aclsGranted = cluster.plan.superUsers.includes(`User:${a.scramUser}`);
    } else {
      auth = { mtls: a.mtls };
      bootstrapBrokers = cluster.bootstrapServersMtls;
    }
    return {
      kind: 'apache-kafka', clusterId: cluster.provisioner.clusterId.getAttString('ClusterId'), bootstrapBrokers, auth, rootCaCertificate: options.caCertificate,
      privateCa: true, kafkaVersion: cluster.plan.kafkaVersion, aclsGranted, clusterName: cluster.clusterName,
      // Ranges for a cluster in another VPC or Region; else its brokers' security group admits the replicator's.
      ...(options.networkCidrs ? { networkCidrs: options.networkCidrs } : { connectable: cluster }),
    };
  }

  /** An Apache Kafka cluster outside this app, described by hand. */
  static apacheKafka(source: Omit<MskReplicatorApacheKafkaSource, 'kind'>): MskReplicatorApacheKafkaSource {
    return { kind: 'apache-kafka', ...source };
  }
}

/** A cluster the replicator copies from or to (an Apache Kafka cluster outside MSK as the source only). */
export type MskReplicatorClusterInput = MskCluster | MskServerlessCluster | MskReplicatorClusterAttributes | MskReplicatorApacheKafkaSource;

/** A cluster input with every fact the plan and the face need. */
export interface ResolvedReplicatorCluster {
  readonly spec: MskReplicatorAnyClusterSpec;
  /**
   * VPC for the replicator's security group next to this cluster.
   * @default - unknown (an imported cluster without `vpc`, or a Serverless cluster in a VPC you passed)
   */
  readonly vpc?: ec2.IVpc;
  /** The cluster's own security groups (opened on 9098 to the replicator). */
  readonly clusterSecurityGroups: readonly ec2.ISecurityGroup[];
  /**
   * The brokers of an Apache Kafka source in this app, opened to the replicator on their listener's ports.
   * @default - none
   */
  readonly brokers?: ec2.IConnectable;
}

/** A secret as IAM names it: its full ARN, or its partial ARN with the 6-character suffix as `-??????`. */
function policyArnOf(secret: secretsmanager.ISecret): string {
  return secret.secretFullArn ?? `${secret.secretArn}-??????`;
}

/** The secrets' customer-managed keys: those the imported or created secrets carry. */
function secretKeyArns(secrets: readonly (secretsmanager.ISecret | undefined)[]): string[] {
  return secrets.flatMap((x) => (x?.encryptionKey ? [x.encryptionKey.keyArn] : []));
}

function apacheKafkaSpec(input: MskReplicatorApacheKafkaSource, role: MskReplicatorClusterRole): MskReplicatorApacheKafkaClusterSpec {
  const secret = 'scram' in input.auth ? input.auth.scram : input.auth.mtls;
  return {
    role, kind: 'apache-kafka', clusterId: input.clusterId, bootstrapBrokers: input.bootstrapBrokers,
    auth: 'scram' in input.auth ? { scram: { secretArn: secret.secretArn, mechanism: input.auth.mechanism } } : { mtls: { secretArn: secret.secretArn } },
    ...(input.rootCaCertificate ? { rootCaCertificateSecretArn: input.rootCaCertificate.secretArn } : {}),
    secretKeyArns: secretKeyArns([secret, input.rootCaCertificate]),
    secretPolicyArns: [secret, input.rootCaCertificate].flatMap((x) => (x ? [policyArnOf(x)] : [])),
    ...(input.privateCa !== undefined ? { privateCa: input.privateCa } : {}),
    ...(input.ports ? { ports: input.ports } : {}),
    ...(input.networkCidrs ? { networkCidrs: input.networkCidrs } : {}),
    ...(input.kafkaVersion !== undefined ? { kafkaVersion: input.kafkaVersion } : {}),
    ...(input.aclsGranted !== undefined ? { aclsGranted: input.aclsGranted } : {}),
    ...(input.clusterName !== undefined ? { clusterName: input.clusterName } : {}),
  };
}

/** Resolves a cluster input for `role`. */
export function resolveCluster(input: MskReplicatorClusterInput, role: MskReplicatorClusterRole): ResolvedReplicatorCluster {
  if (!(input instanceof MskCluster) && !(input instanceof MskServerlessCluster) && input.kind === 'apache-kafka') {
    return { spec: apacheKafkaSpec(input, role), clusterSecurityGroups: [], ...(input.connectable ? { brokers: input.connectable } : {}) };
  }
  if (input instanceof MskCluster) {
    const p = input.plan;
    return {
      spec: {
        role, clusterArn: input.clusterArn, clusterName: input.clusterName, region: Stack.of(input).region, kind: 'provisioned', iamAuthentication: p.auth.iam,
        brokerNodes: p.brokerNodes, azCount: p.azCount, instanceType: p.instance.instanceType, kafkaVersion: p.kafkaVersion.version,
        multiVpcIam: p.connectivity.multiVpc?.iam ?? false, subnetIds: p.subnets.map((s) => s.subnetId),
      },
      vpc: input.vpc,
      clusterSecurityGroups: input.securityGroups,
    };
  }
  if (input instanceof MskServerlessCluster) {
    const first = input.plan.vpcConfigs[0];
    return {
      spec: {
        role, clusterArn: input.clusterArn, clusterName: input.clusterName, region: Stack.of(input).region, kind: 'serverless', iamAuthentication: true,
        subnetIds: (first?.subnets ?? []).map((s) => s.subnetId),
      },
      vpc: input.vpc,
      clusterSecurityGroups: input.securityGroups,
    };
  }
  const { vpc, securityGroups, ...attrs } = input as MskReplicatorClusterAttributes;
  const spec: MskReplicatorClusterSpec = { role, ...attrs };
  return { spec, vpc, clusterSecurityGroups: securityGroups ?? [] };
}
