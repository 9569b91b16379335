/**
 * The clusters a Pulumi `MskReplicator` accepts: the library's `MskCluster` / `MskServerlessCluster` components
 * (with the Region of their provider, which a component does not know), an existing MSK cluster by its attributes,
 * or an Apache Kafka cluster outside MSK as the source (the library's `SelfManagedKafkaCluster` through
 * `MskReplicatorClusters.fromSelfManagedCluster`, or one described by hand).
 */
import * as pulumi from '@pulumi/pulumi';
import { throwInvalid } from '../../../core/issues';
import { MskCluster, MskServerlessCluster } from '../../../msk/pulumi';
import type { SelfManagedKafkaCluster } from '../../../self-managed-ec2/pulumi/self-managed-kafka-cluster';
import type { MskReplicatorScramMechanism } from '../limits';
import type {
  MskReplicatorAnyClusterSpec, MskReplicatorApacheKafkaClusterSpec, MskReplicatorClusterKind, MskReplicatorClusterRole, MskReplicatorClusterSpec,
} from '../spec';

/** A library cluster component and the Region its provider deploys to. */
export interface MskReplicatorComponentCluster {
  readonly cluster: MskCluster | MskServerlessCluster;
  /** Region of the cluster's provider (a component cannot read it at plan time). */
  readonly region: string;
  /**
   * The cluster's client subnets, where the replicator's network interfaces go.
   * @default - the component's broker subnets (`brokerSubnetIds`)
   */
  readonly subnetIds?: pulumi.Input<string>[];
  /**
   * VPC of those subnets, for the replicator's security group.
   * @default - the component's `vpcId` (its `vpcId` argument, or the given or created `KafkaVpc`)
   */
  readonly vpcId?: pulumi.Input<string>;
}

/** An MSK cluster that is not a component of this program, described by its attributes. */
export interface MskReplicatorClusterAttributesArgs {
  readonly clusterArn: pulumi.Input<string>;
  /** Region of the cluster. */
  readonly region: string;
  readonly kind: MskReplicatorClusterKind;
  /** Whether IAM access control is on: MSK Replicator needs it. */
  readonly iamAuthentication: boolean;
  /** Client subnets (2 or 3), where the replicator's network interfaces go. */
  readonly subnetIds: pulumi.Input<string>[];
  /**
   * VPC of `subnetIds`, for the replicator's security group.
   * @default - none: pass the replicator's `securityGroupIds`
   */
  readonly vpcId?: pulumi.Input<string>;
  /**
   * Security groups of the cluster, opened to the replicator on port 9098.
   * @default - none: open port 9098 to the replicator's security group yourself
   */
  readonly securityGroupIds?: pulumi.Input<string>[];
  /**
   * Cluster name, for descriptions.
   * @default - the name in `clusterArn` when it is a plain string
   */
  readonly clusterName?: string;
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
export type MskReplicatorApacheKafkaAuthArgs =
  /** SASL/SCRAM: the secret holds `username` and `password`. */
  | { readonly scram: { readonly secretArn: pulumi.Input<string>; readonly mechanism: MskReplicatorScramMechanism } }
  /** Mutual TLS: the secret holds the client certificate and key in MSK Replicator's format. */
  | { readonly mtls: { readonly secretArn: pulumi.Input<string> } };

/** An Apache Kafka cluster outside MSK (self-managed, on premises), as a replicator source. */
export interface MskReplicatorApacheKafkaSourceArgs {
  readonly kind: 'apache-kafka';
  /** The cluster's own id (`cluster.id`), which MSK Replicator checks. */
  readonly clusterId: pulumi.Input<string>;
  /** `host:port,...` of the TLS listener of `auth`. */
  readonly bootstrapBrokers: pulumi.Input<string>;
  readonly auth: MskReplicatorApacheKafkaAuthArgs;
  /**
   * Secret whose `certificate` key holds the CA chain (PEM) of the brokers' certificates.
   * @default - none: a public CA
   */
  readonly rootCaCertificateSecretArn?: pulumi.Input<string>;
  /**
   * Customer-managed KMS keys of those secrets.
   * @default - none: the AWS managed key
   */
  readonly secretKeyArns?: pulumi.Input<string>[];
  /**
   * The brokers' certificates come from a private CA (then `rootCaCertificateSecretArn` is required).
   * @default false
   */
  readonly privateCa?: boolean;
  /**
   * Security groups of the brokers, in the target's Region: they admit the replicator on the listener's ports.
   * @default - none: egress to `networkCidrs`, else to any IPv4 address on those ports
   */
  readonly brokerSecurityGroupIds?: pulumi.Input<string>[];
  /**
   * IPv4 ranges of the brokers, for the egress of the replicator's security groups.
   * @default - none
   */
  readonly networkCidrs?: string[];
  /**
   * Ports of the listener when `bootstrapBrokers` is an output.
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

/** An mTLS client secret in MSK Replicator's format, and its key. */
export interface MskReplicatorMtlsSecretArgs {
  readonly secretArn: pulumi.Input<string>;
  /**
   * Customer-managed key of the secret.
   * @default - the AWS managed key
   */
  readonly keyArn?: pulumi.Input<string>;
}

/** Options of `MskReplicatorClusters.fromSelfManagedCluster`. */
export interface MskReplicatorSelfManagedSourceArgs {
  /** A SCRAM user of the cluster (its generated secret, SCRAM-SHA-512, encrypted with the cluster key), or an mTLS client secret. */
  readonly auth: { readonly scramUser: string } | { readonly mtls: MskReplicatorMtlsSecretArgs };
  /**
   * Secret whose `certificate` key holds the cluster's CA certificate (PEM), the value of its CA certificate
   * parameter (`caCertificateParameterName`). Never the cluster's CA secret, which holds the CA's private key too.
   */
  readonly caCertificateSecretArn: pulumi.Input<string>;
  /**
   * Customer-managed key of that secret.
   * @default - the AWS managed key
   */
  readonly caCertificateKeyArn?: pulumi.Input<string>;
  /**
   * IPv4 ranges of the brokers, when the target is in another VPC or Region (open the listener to it yourself).
   * @default - none: the brokers' security group admits the replicator's (same Region)
   */
  readonly networkCidrs?: string[];
}

/** Sources of `MskReplicator` that are not MSK clusters. */
export class MskReplicatorClusters {
  /**
   * A `SelfManagedKafkaCluster` component as the source: its cluster id, the SASL_SSL (or mTLS) listener's stable
   * DNS names, the user's secret and the cluster key, the Kafka version; its brokers' security group admits the
   * replicator. A SCRAM user that is a super user needs no ACLs.
   */
  static fromSelfManagedCluster(cluster: SelfManagedKafkaCluster, args: MskReplicatorSelfManagedSourceArgs): MskReplicatorApacheKafkaSourceArgs {
    const subject = `MskReplicatorClusters.fromSelfManagedCluster(${cluster.plan.clusterName})`;
    const a = args.auth;
    let auth: MskReplicatorApacheKafkaAuthArgs;
    let bootstrapBrokers: string | undefined;
    const keys: pulumi.Input<string>[] = [];
    let aclsGranted = false;
    if ('scramUser' in a) {
      const secretArn = cluster.scramSecretArns[a.scramUser];
      if (!secretArn) {
        throwInvalid(subject, 'msk-replicator/unknown-scram-user', 'auth.scramUser',
          `name a SCRAM user of cluster '${cluster.plan.clusterName}' (${Object.keys(cluster.scramSecretArns).join(', ') || 'none'})`, a.scramUser,
          'Add the user to the cluster\'s clientAuthentication.scram.users.');
      }
      auth = { scram: { secretArn, mechanism: 'SHA512' } };
      bootstrapBrokers = cluster.bootstrapServersScram;
      keys.push(cluster.keyArn);
      aclsGranted = cluster.plan.superUsers.includes(`User:${a.scramUser}`);
    } else {
      auth = { mtls: { secretArn: a.mtls.secretArn } };
      bootstrapBrokers = cluster.bootstrapServersMtls;
      if (a.mtls.keyArn !== undefined) keys.push(a.mtls.keyArn);
    }
    if (bootstrapBrokers === undefined) {
      throwInvalid(subject, 'msk-replicator/listener-off', 'auth', `use a listener that is on in cluster '${cluster.plan.clusterName}'`, 'scramUser' in a ? 'scram' : 'mtls',
        'Enable it in the cluster\'s clientAuthentication.');
    }
    if (args.caCertificateKeyArn !== undefined) keys.push(args.caCertificateKeyArn);
    return {
      kind: 'apache-kafka', clusterId: cluster.clusterId, bootstrapBrokers, auth, rootCaCertificateSecretArn: args.caCertificateSecretArn, secretKeyArns: keys,
      privateCa: true, kafkaVersion: cluster.plan.kafkaVersion, aclsGranted, clusterName: cluster.plan.clusterName,
      ...(args.networkCidrs ? { networkCidrs: args.networkCidrs } : { brokerSecurityGroupIds: [cluster.brokerSecurityGroupId] }),
    };
  }

  /** An Apache Kafka cluster outside this program, described by hand. */
  static apacheKafka(source: Omit<MskReplicatorApacheKafkaSourceArgs, 'kind'>): MskReplicatorApacheKafkaSourceArgs {
    return { kind: 'apache-kafka', ...source };
  }
}

/** A cluster the replicator copies from or to (an Apache Kafka cluster outside MSK as the source only). */
export type MskReplicatorClusterInput = MskReplicatorComponentCluster | MskReplicatorClusterAttributesArgs | MskReplicatorApacheKafkaSourceArgs;

/** A cluster input with what the plan and the face need. */
export interface ResolvedPulumiCluster {
  /** The spec the plan validates; `subnetIds` holds placeholders (`#0`, ...) for `subnetIds` below. */
  readonly spec: MskReplicatorAnyClusterSpec;
  readonly subnetIds: pulumi.Input<string>[];
  /**
   * VPC for the replicator's security group.
   * @default - unknown
   */
  readonly vpcId?: pulumi.Input<string>;
  /** Cluster security groups to open on 9098. */
  readonly clusterSecurityGroupIds: pulumi.Input<string>[];
}

function isComponent(input: MskReplicatorClusterInput): input is MskReplicatorComponentCluster {
  return (input as MskReplicatorComponentCluster).cluster !== undefined;
}

/** Inputs that may be outputs reach the plan as they are: it skips the checks of unknown values. */
const asPlanValue = (v: pulumi.Input<string>) => v as unknown as string;

function apacheKafkaSpec(input: MskReplicatorApacheKafkaSourceArgs, role: MskReplicatorClusterRole): MskReplicatorApacheKafkaClusterSpec {
  const { brokerSecurityGroupIds: _sgs, kind, clusterId, bootstrapBrokers, auth, rootCaCertificateSecretArn, secretKeyArns, ...rest } = input;
  void _sgs;
  return {
    ...rest, role, kind, clusterId: asPlanValue(clusterId), bootstrapBrokers: asPlanValue(bootstrapBrokers),
    auth: 'scram' in auth ? { scram: { ...auth.scram, secretArn: asPlanValue(auth.scram.secretArn) } } : { mtls: { secretArn: asPlanValue(auth.mtls.secretArn) } },
    ...(rootCaCertificateSecretArn !== undefined ? { rootCaCertificateSecretArn: asPlanValue(rootCaCertificateSecretArn) } : {}),
    secretKeyArns: (secretKeyArns ?? []).map(asPlanValue),
  };
}

/** Resolves a cluster input for `role`; the plan sees placeholders for subnet ids that are outputs. */
export function resolveCluster(input: MskReplicatorClusterInput, role: MskReplicatorClusterRole): ResolvedPulumiCluster {
  if (!isComponent(input) && input.kind === 'apache-kafka') {
    return { spec: apacheKafkaSpec(input, role), subnetIds: [], clusterSecurityGroupIds: [...(input.brokerSecurityGroupIds ?? [])] };
  }
  if (isComponent(input)) {
    const c = input.cluster;
    const subnetIds = input.subnetIds ?? c.brokerSubnetIds;
    const placeholders = subnetIds.map((_, i) => `#${i}`);
    const common = { role, clusterArn: c.clusterArn as unknown as string, region: input.region, subnetIds: placeholders };
    const spec: MskReplicatorClusterSpec = c instanceof MskCluster
      ? {
        ...common, clusterName: c.plan.clusterName, kind: 'provisioned', iamAuthentication: c.plan.auth.iam, brokerNodes: c.plan.brokerNodes, azCount: c.plan.azCount,
        instanceType: c.plan.instance.instanceType, kafkaVersion: c.plan.kafkaVersion.version, multiVpcIam: c.plan.connectivity.multiVpc?.iam ?? false,
      }
      : { ...common, clusterName: c.plan.clusterName, kind: 'serverless', iamAuthentication: true };
    return { spec, subnetIds, vpcId: input.vpcId ?? c.vpcId, clusterSecurityGroupIds: c.securityGroupId ? [c.securityGroupId] : [] };
  }
  const { subnetIds, vpcId, securityGroupIds, ...attrs } = input as MskReplicatorClusterAttributesArgs;
  const spec: MskReplicatorClusterSpec = { role, ...attrs, clusterArn: attrs.clusterArn as string, subnetIds: subnetIds.map((_, i) => `#${i}`) };
  return {
    spec,
    subnetIds,
    vpcId,
    clusterSecurityGroupIds: securityGroupIds ?? [],
  };
}
