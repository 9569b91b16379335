/**
 * The clusters a Pulumi `MirrorMaker2` connects to: read from the library's Pulumi `MskCluster`,
 * `MskServerlessCluster` and `SelfManagedKafkaCluster` components, or described by hand (`imported`). Values may be
 * outputs; the plan validates them once known.
 */
import * as pulumi from '@pulumi/pulumi';
import { throwInvalid } from '../../../core/issues';
import type { MskCluster } from '../../../msk/pulumi/msk-cluster';
import { MskServerlessCluster } from '../../../msk/pulumi/msk-serverless-cluster';
import type { SelfManagedKafkaCluster } from '../../../self-managed-ec2/pulumi/self-managed-kafka-cluster';
import { LISTENERS } from '../../../self-managed-ec2/defaults';
import { MSK_IAM_PORT } from '../defaults';
import type { MirrorMakerClusterSpec } from '../spec';

/** A cluster spec whose strings may be Pulumi inputs (bootstrap servers, ARNs). */
export interface MirrorMakerClusterInputSpec extends Omit<MirrorMakerClusterSpec, 'bootstrapServers' | 'auth'> {
  readonly bootstrapServers: pulumi.Input<string>;
  readonly auth: MirrorMakerAuthInput;
}

/** `MirrorMakerAuth` with inputs for its ARNs. */
export type MirrorMakerAuthInput = MirrorMakerIamAuthInput | MirrorMakerScramAuthInput | MirrorMakerMtlsAuthInput;

/** MSK IAM access control (see `MirrorMakerIamAuth`). */
export interface MirrorMakerIamAuthInput {
  readonly mechanism: 'iam';
  readonly clusterArn: pulumi.Input<string>;
}

/** SASL/SCRAM over TLS (see `MirrorMakerScramAuth`). */
export interface MirrorMakerScramAuthInput {
  readonly mechanism: 'scram';
  readonly secretArn: pulumi.Input<string>;
  /**
   * SCRAM mechanism.
   * @default 'SCRAM-SHA-512'
   */
  readonly scramMechanism?: 'SCRAM-SHA-512' | 'SCRAM-SHA-256';
  /**
   * Customer-managed KMS key of the secret.
   * @default - the AWS managed key of Secrets Manager
   */
  readonly secretKeyArn?: pulumi.Input<string>;
}

/** Mutual TLS with a client certificate (see `MirrorMakerMtlsAuth`). */
export interface MirrorMakerMtlsAuthInput {
  readonly mechanism: 'mtls';
  readonly secretArn: pulumi.Input<string>;
  /**
   * Customer-managed KMS key of the secret.
   * @default - the AWS managed key of Secrets Manager
   */
  readonly secretKeyArn?: pulumi.Input<string>;
}

/** A client secret (ARN) and its customer-managed key. */
export interface ClientSecretInput {
  readonly secretArn: pulumi.Input<string>;
  /**
   * Customer-managed KMS key of the secret.
   * @default - the AWS managed key of Secrets Manager
   */
  readonly keyArn?: pulumi.Input<string>;
}

/** One cluster of a `MirrorMaker2` deployment. */
export interface MirrorMakerCluster {
  readonly spec: MirrorMakerClusterInputSpec;
  /** Broker ports the nodes open connections to. */
  readonly ports: readonly number[];
  /**
   * The brokers' security group, when the cluster is in the deployment's region: egress goes to it only, and
   * `MirrorMaker2.allowIngressOn` can open its side.
   * @default - egress on `ports` to any IPv4 address
   */
  readonly securityGroupId?: pulumi.Input<string>;
}

/** Options common to the adapters. */
export interface ClusterAdapterOptions {
  /** Cluster alias in `mm2.properties`. */
  readonly alias: string;
  /**
   * AWS region of the cluster (Pulumi components do not know their provider's region synchronously).
   * @default - the `aws:region` stack configuration
   */
  readonly region?: string;
  /**
   * IPv4 CIDRs of the brokers, for the nodes' egress (e.g. the cluster's VPC CIDR when it is in another region).
   * @default - the cluster's security groups in the same region, else any IPv4 address on its ports
   */
  readonly networkCidrs?: readonly string[];
}

/** Options of `MirrorMakerClusters.fromMskCluster`. */
export interface FromMskClusterOptions extends ClusterAdapterOptions {
  /**
   * IAM access control, or a SCRAM / mTLS client secret (ARN, and its customer-managed key when it has one).
   * @default 'iam'
   */
  readonly auth?: 'iam' | { readonly scram: ClientSecretInput } | { readonly mtls: ClientSecretInput };
}

/** Options of `MirrorMakerClusters.fromSelfManagedCluster`. */
export interface FromSelfManagedClusterOptions extends ClusterAdapterOptions {
  /** A SCRAM user of the cluster (its secret, encrypted with the cluster key), or an mTLS client certificate secret. */
  readonly auth: { readonly scramUser: string } | { readonly mtls: ClientSecretInput };
}

/** The `aws:region` of the stack, or a clear error naming what to pass. */
export function configuredRegion(what: string): string {
  const region = new pulumi.Config('aws').get('region');
  if (!region) throwInvalid(what, 'mirror-maker/no-region', 'region', 'name the cluster\'s AWS region', undefined, 'Pass `region`, or set the `aws:region` stack configuration.');
  return region;
}

const MSK_PORTS = { iam: MSK_IAM_PORT, scram: 9096, mtls: 9094 } as const;

/** The secret of a SCRAM or mTLS auth, without an undefined key. */
function secretAuth(s: ClientSecretInput): Pick<MirrorMakerMtlsAuthInput, 'secretArn' | 'secretKeyArn'> {
  return { secretArn: s.secretArn, ...(s.keyArn !== undefined ? { secretKeyArn: s.keyArn } : {}) };
}

/** A listener the chosen auth needs; a clear error when the cluster has it off. */
function required<T>(v: T | undefined, subject: string, listener: string): T {
  if (v === undefined) throwInvalid(subject, 'mirror-maker/listener-off', 'auth', `use a listener the cluster has on (${listener} is off)`, listener, 'Enable it on the cluster, or pick another auth.');
  return v;
}

/** Builds the `clusters` entries of `MirrorMaker2`. */
export class MirrorMakerClusters {
  /** A Pulumi `MskCluster` or `MskServerlessCluster`: bootstrap brokers, ARN, version and broker count, and its created security group. */
  static fromMskCluster(cluster: MskCluster | MskServerlessCluster, o: FromMskClusterOptions): MirrorMakerCluster {
    const region = o.region ?? configuredRegion(`MirrorMakerClusters.fromMskCluster(${o.alias})`);
    const a = o.auth ?? 'iam';
    const subject = `MirrorMakerClusters.fromMskCluster(${o.alias})`;
    let spec: MirrorMakerClusterInputSpec;
    const serverless = cluster instanceof MskServerlessCluster;
    if (a === 'iam') {
      spec = { alias: o.alias, region, bootstrapServers: required(cluster.bootstrapBrokersSaslIam, subject, 'IAM'), auth: { mechanism: 'iam', clusterArn: cluster.clusterArn } };
    } else if (serverless) {
      throwInvalid(subject, 'mirror-maker/serverless-iam-only', 'auth', "be 'iam' for MSK Serverless", 'scram' in a ? 'scram' : 'mtls', 'MSK Serverless offers IAM access control only.');
    } else if ('scram' in a) {
      spec = { alias: o.alias, region, bootstrapServers: required(cluster.bootstrapBrokersSaslScram, subject, 'SASL/SCRAM'), auth: { mechanism: 'scram', ...secretAuth(a.scram) } };
    } else {
      spec = { alias: o.alias, region, bootstrapServers: required(cluster.bootstrapBrokersTls, subject, 'TLS'), auth: { mechanism: 'mtls', ...secretAuth(a.mtls) } };
    }
    const provisioned = serverless ? undefined : (cluster as MskCluster).plan;
    return {
      spec: { ...spec, ...(o.networkCidrs ? { networkCidrs: o.networkCidrs } : {}), ...(provisioned ? { kafkaVersion: provisioned.kafkaVersion.version, brokerCount: provisioned.brokerNodes } : {}) },
      ports: [MSK_PORTS[spec.auth.mechanism]],
      ...(cluster.securityGroupId ? { securityGroupId: cluster.securityGroupId } : {}),
    };
  }

  /** A Pulumi `SelfManagedKafkaCluster`: the listener's stable DNS names, the CA certificate parameter, version, broker count and broker security group. */
  static fromSelfManagedCluster(cluster: SelfManagedKafkaCluster, o: FromSelfManagedClusterOptions): MirrorMakerCluster {
    const region = o.region ?? configuredRegion(`MirrorMakerClusters.fromSelfManagedCluster(${o.alias})`);
    const a = o.auth;
    const what = `MirrorMakerClusters.fromSelfManagedCluster(${o.alias})`;
    const common = {
      alias: o.alias, region, ...(o.networkCidrs ? { networkCidrs: o.networkCidrs } : {}), kafkaVersion: cluster.plan.kafkaVersion, trustedCaParameter: cluster.caCertificateParameterName,
      brokerCount: cluster.plan.nodes.filter((n) => n.processRoles.includes('broker')).length,
    };
    if ('scramUser' in a) {
      const secretArn = cluster.scramSecretArns[a.scramUser];
      if (!secretArn) {
        throwInvalid(what, 'mirror-maker/unknown-scram-user', 'auth.scramUser', `name a SCRAM user of the cluster (${Object.keys(cluster.scramSecretArns).join(', ') || 'none'})`, a.scramUser,
          'Add the user to the cluster\'s clientAuthentication.scram.users.');
      }
      return {
        spec: { ...common, bootstrapServers: required(cluster.bootstrapServersScram, what, 'SCRAM'), auth: { mechanism: 'scram', secretArn, scramMechanism: 'SCRAM-SHA-512', secretKeyArn: cluster.keyArn } },
        ports: [LISTENERS.scram.port], securityGroupId: cluster.brokerSecurityGroupId,
      };
    }
    return {
      spec: { ...common, bootstrapServers: required(cluster.bootstrapServersMtls, what, 'mTLS'), auth: { mechanism: 'mtls', ...secretAuth(a.mtls) } },
      ports: [LISTENERS.mtls.port], securityGroupId: cluster.brokerSecurityGroupId,
    };
  }

  /** A cluster outside this program; egress goes to its bootstrap ports (the mechanism's MSK port while unknown) on any address. */
  static imported(spec: MirrorMakerClusterInputSpec, securityGroupId?: pulumi.Input<string>): MirrorMakerCluster {
    const known = typeof spec.bootstrapServers === 'string' ? spec.bootstrapServers.split(',').map((s) => Number(s.slice(s.lastIndexOf(':') + 1))).filter((p) => p > 0) : [];
    return { spec, ports: known.length > 0 ? [...new Set(known)].sort((x, y) => x - y) : [MSK_PORTS[spec.auth.mechanism]], ...(securityGroupId ? { securityGroupId } : {}) };
  }
}
