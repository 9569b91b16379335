/**
 * The clusters a `MirrorMaker2` deployment connects to, read from the library's own constructs (MSK provisioned or
 * Serverless, self-managed KRaft on EC2) or described by hand (`imported`). Each adapter gives the plan its cluster
 * spec and the construct the ports it connects to.
 */
import { Stack, Token } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { MskCluster } from '../../../msk/cdk/msk-cluster';
import { MskServerlessCluster } from '../../../msk/cdk/msk-serverless-cluster';
import type { SelfManagedKafkaCluster } from '../../../self-managed-ec2/cdk/self-managed-kafka-cluster';
import { LISTENERS } from '../../../self-managed-ec2/defaults';
import { throwInvalid } from '../../../core/issues';
import { MSK_IAM_PORT } from '../defaults';
import type { MirrorMakerAuth, MirrorMakerClusterSpec } from '../spec';

/** One cluster of a `MirrorMaker2` deployment. */
export interface MirrorMakerCluster {
  /** The cluster as the plan reads it. */
  readonly spec: MirrorMakerClusterSpec;
  /** Broker ports the nodes open connections to (their security group's egress). */
  readonly ports: readonly number[];
  /**
   * The brokers' security groups when they can be referenced from the nodes' security group (same region): egress
   * then goes to them only.
   * @default - egress on `ports` to any IPv4 address (a cluster in another region or outside the app)
   */
  readonly connectable?: ec2.IConnectable;
}

/** How the nodes authenticate to an MSK cluster: IAM, or a SCRAM / mTLS client secret (`{"username","password"}` / `{"certificateChain","privateKey"}`). */
export type MskClusterAuth = 'iam' | { readonly scram: secretsmanager.ISecret } | { readonly mtls: secretsmanager.ISecret };

/** Options of `MirrorMakerClusters.fromMskCluster`. */
export interface FromMskClusterOptions {
  /** Cluster alias in `mm2.properties`. */
  readonly alias: string;
  /**
   * Authentication: MSK IAM (the nodes' role gets the flows' `kafka-cluster:*` actions), SASL/SCRAM with a secret
   * associated with the cluster, or mTLS with a client certificate secret.
   * @default 'iam'
   */
  readonly auth?: MskClusterAuth;
  /**
   * IPv4 CIDRs of the brokers, for the nodes' egress (e.g. the cluster's VPC CIDR when it is in another region).
   * @default - the cluster's security groups in the same region, else any IPv4 address on its ports
   */
  readonly networkCidrs?: readonly string[];
}

/** How the nodes authenticate to a self-managed cluster. */
export type SelfManagedClusterAuth = { readonly scramUser: string } | { readonly mtls: secretsmanager.ISecret };

/** Options of `MirrorMakerClusters.fromSelfManagedCluster`. */
export interface FromSelfManagedClusterOptions {
  /** Cluster alias in `mm2.properties`. */
  readonly alias: string;
  /** A SCRAM user of the cluster (its generated secret, encrypted with the cluster key), or an mTLS client certificate secret. */
  readonly auth: SelfManagedClusterAuth;
  /**
   * IPv4 CIDRs of the brokers, for the nodes' egress (e.g. the cluster's VPC CIDR when it is in another region).
   * @default - the cluster's security groups in the same region, else any IPv4 address on its ports
   */
  readonly networkCidrs?: readonly string[];
}

/** Default listener ports of MSK by auth mechanism (MSK developer guide, "Port information"). */
const MSK_PORTS = { iam: MSK_IAM_PORT, scram: 9096, mtls: 9094 } as const;

/** Ports of `host:port,...` when known, else the default port of the mechanism. */
function portsOf(bootstrapServers: string, auth: MirrorMakerAuth): number[] {
  if (!Token.isUnresolved(bootstrapServers)) {
    const ports = bootstrapServers.split(',').map((s) => Number(s.slice(s.lastIndexOf(':') + 1))).filter((p) => Number.isInteger(p) && p > 0);
    if (ports.length > 0) return [...new Set(ports)].sort((a, b) => a - b);
  }
  return [MSK_PORTS[auth.mechanism]];
}

/** Builds the `clusters` entries of `MirrorMaker2`. */
export class MirrorMakerClusters {
  /**
   * An MSK cluster of this app. Bootstrap brokers, cluster ARN, Kafka version and broker count are read from it; egress
   * goes to its security groups when it is in the deployment's region.
   */
  static fromMskCluster(cluster: MskCluster | MskServerlessCluster, options: FromMskClusterOptions): MirrorMakerCluster {
    const a = options.auth ?? 'iam';
    let auth: MirrorMakerAuth;
    let bootstrapServers: string;
    if (a === 'iam') {
      auth = { mechanism: 'iam', clusterArn: cluster.clusterArn };
      bootstrapServers = cluster.bootstrapBrokersSaslIam;
    } else if (cluster instanceof MskServerlessCluster) {
      throwInvalid(`MirrorMakerClusters.fromMskCluster(${options.alias})`, 'mirror-maker/serverless-iam-only', 'auth', `be 'iam' for MSK Serverless cluster '${cluster.node.path}'`,
        'scram' in a ? 'scram' : 'mtls', 'MSK Serverless offers IAM access control only.');
    } else if ('scram' in a) {
      auth = { mechanism: 'scram', secretArn: a.scram.secretArn, ...(a.scram.encryptionKey ? { secretKeyArn: a.scram.encryptionKey.keyArn } : {}) };
      bootstrapServers = cluster.bootstrapBrokersSaslScram;
    } else {
      auth = { mechanism: 'mtls', secretArn: a.mtls.secretArn, ...(a.mtls.encryptionKey ? { secretKeyArn: a.mtls.encryptionKey.keyArn } : {}) };
      bootstrapServers = cluster.bootstrapBrokersTls;
    }
    const provisioned = cluster instanceof MskServerlessCluster ? undefined : cluster.plan;
    return {
      spec: {
        alias: options.alias, bootstrapServers, region: Stack.of(cluster).region, auth, ...(options.networkCidrs ? { networkCidrs: options.networkCidrs } : {}),
        ...(provisioned ? { kafkaVersion: provisioned.kafkaVersion.version, brokerCount: provisioned.brokerNodes } : {}),
      },
      ports: [MSK_PORTS[auth.mechanism]],
      connectable: cluster,
    };
  }

  /**
   * A self-managed KRaft cluster of this app: the SCRAM (or mTLS) listener's stable DNS names, the CA certificate
   * parameter the nodes trust, the Kafka version and broker count.
   */
  static fromSelfManagedCluster(cluster: SelfManagedKafkaCluster, options: FromSelfManagedClusterOptions): MirrorMakerCluster {
    const a = options.auth;
    let auth: MirrorMakerAuth;
    let bootstrapServers: string;
    let port: number;
    if ('scramUser' in a) {
      const secret = cluster.scramSecrets[a.scramUser];
      if (!secret) {
        throwInvalid(`MirrorMakerClusters.fromSelfManagedCluster(${options.alias})`, 'mirror-maker/unknown-scram-user', 'auth.scramUser',
          `name a SCRAM user of cluster '${cluster.clusterName}' (${Object.keys(cluster.scramSecrets).join(', ') || 'none'})`, a.scramUser, 'Add the user to the cluster\'s clientAuthentication.scram.users.');
      }
      auth = { mechanism: 'scram', secretArn: secret.secretArn, scramMechanism: 'SCRAM-SHA-512', secretKeyArn: cluster.encryptionKey.keyArn };
      bootstrapServers = cluster.bootstrapServersScram;
      port = LISTENERS.scram.port;
    } else {
      auth = { mechanism: 'mtls', secretArn: a.mtls.secretArn, ...(a.mtls.encryptionKey ? { secretKeyArn: a.mtls.encryptionKey.keyArn } : {}) };
      bootstrapServers = cluster.bootstrapServersMtls;
      port = LISTENERS.mtls.port;
    }
    return {
      spec: {
        alias: options.alias, bootstrapServers, region: Stack.of(cluster).region, auth, ...(options.networkCidrs ? { networkCidrs: options.networkCidrs } : {}),
        kafkaVersion: cluster.plan.kafkaVersion,
        trustedCaParameter: cluster.caCertificateParameterName,
        brokerCount: cluster.plan.nodes.filter((n) => n.processRoles.includes('broker')).length,
      },
      ports: [port],
      connectable: cluster,
    };
  }

  /** A cluster outside this app, described by hand; egress goes to its bootstrap ports on any address unless `connectable` is given. */
  static imported(spec: MirrorMakerClusterSpec, connectable?: ec2.IConnectable): MirrorMakerCluster {
    return { spec, ports: portsOf(spec.bootstrapServers, spec.auth), ...(connectable ? { connectable } : {}) };
  }
}
