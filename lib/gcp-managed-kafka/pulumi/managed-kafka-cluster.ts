/**
 * `ManagedKafkaCluster`: a Google Cloud Managed Service for Apache Kafka cluster as a Pulumi component.
 * Thin: `planGcpKafkaCluster` decides everything; this file maps the plan to `@pulumi/gcp` submodule resources.
 */
import * as pulumi from '@pulumi/pulumi';
import * as managedkafka from '@pulumi/gcp/managedkafka';
import { KafkaValidationError } from '../../core/issues';
import { kmsKeyChangeIssues } from '../immutability';
import { planGcpKafkaCluster } from '../plan';
import type { GcpKafkaPlan } from '../plan-types';
import type { GcpKafkaClusterSpec, GcpKafkaConnectSpec, GcpKafkaKey, GcpKafkaMtls } from '../spec';
import { createConnect } from './connect';
import { bindClients, createAcls, createTopics, type TopicState } from './data-plane';
import { clusterKey, createServiceAgent, grantHostProjects, grantKeyToServiceAgent } from './encryption';

/** A key given by name may be a deploy-time value (e.g. a `kms.CryptoKey` id). */
export type ManagedKafkaKeyInput = Extract<GcpKafkaKey, { kind: 'create' }> | { readonly kind: 'existing'; readonly keyName: pulumi.Input<string> };

/**
 * Arguments of `ManagedKafkaCluster`: the shared spec, with deploy-time values allowed for resource names
 * (subnets, networks, key, CA pools, Connect subnet) and the project number.
 */
export interface ManagedKafkaClusterArgs extends Omit<GcpKafkaClusterSpec, 'projectNumber' | 'subnets' | 'encryptionKey' | 'mtls' | 'connect'> {
  /**
   * The project's number (for the service agent's address).
   * @default - looked up with `organizations.getProject` from `project`
   */
  readonly projectNumber?: pulumi.Input<string>;
  /** 1-10 subnets, one per VPC network, in the cluster's region. */
  readonly subnets: readonly {
    readonly subnet: pulumi.Input<string>;
    /** @default - unchecked; required when more than one subnet is given */
    readonly network?: pulumi.Input<string>;
  }[];
  /**
   * Customer-managed encryption key (immutable after creation).
   * @default { kind: 'create' } - key ring `${clusterId}-kafka` and key `${clusterId}` with 90-day rotation
   */
  readonly encryptionKey?: ManagedKafkaKeyInput;
  /**
   * Mutual TLS through CA Service pools.
   * @default - SASL only (an explicit empty TLS config is sent, which also clears an earlier mTLS setup)
   */
  readonly mtls?: Omit<GcpKafkaMtls, 'caPools'> & { readonly caPools: readonly pulumi.Input<string>[] };
  /**
   * A Kafka Connect cluster attached to this cluster.
   * @default - none
   */
  readonly connect?: Omit<GcpKafkaConnectSpec, 'primarySubnet'> & { readonly primarySubnet: pulumi.Input<string> };
}

/** Deploy-time values are deferred by the plan, never rejected. */
const isUnknown = (v: unknown): boolean => pulumi.Output.isInstance(v) || v instanceof Promise;

/**
 * A Managed Kafka cluster with its service agent, customer-managed key and key grant, host-project grants for
 * Shared VPC subnets, topics, ACLs, client role bindings and an optional Connect cluster with connectors.
 *
 * Names (a public contract): `${name}` (the cluster), `${name}-service-identity`, `${name}-keyring`, `${name}-key`,
 * `${name}-kms-grant`, `${name}-host-agent-<project>`, `${name}-topic-<topic>`, `${name}-acl-<aclId>`,
 * `${name}-client-<email>`, `${name}-connect`, `${name}-connector-<id>`. All are parented to the component.
 *
 * Immutable settings: the key is in `ignoreChanges` unless `acceptReplacementOnKeyChange` is set, so the cluster keeps
 * reporting the deployed key and a change fails the preview with `gcp-kafka/kms-key-change`; topics do the same for
 * the replication factor (`gcp-kafka/replication-factor-change`). Partition decreases are refused by the plan through
 * `partitionsFloor`, and by the API otherwise.
 */
export class ManagedKafkaCluster extends pulumi.ComponentResource {
  readonly plan: GcpKafkaPlan;
  readonly cluster: managedkafka.Cluster;
  /** Full resource name, `projects/<p>/locations/<region>/clusters/<id>`. */
  readonly clusterName: pulumi.Output<string>;
  readonly clusterId: pulumi.Output<string>;
  /** SASL bootstrap address (`host:9092`), available once the cluster exists. See `plan.bootstrapAddressSource`. */
  readonly bootstrapAddress: pulumi.Output<string>;
  /** Ready-to-use `.properties` text for Java clients (SASL_SSL OAUTHBEARER with Google credentials). */
  readonly clientProperties: pulumi.Output<string>;
  /** The same properties as a map, e.g. for non-Java clients or Kubernetes config maps. */
  readonly clientPropertiesRecord: pulumi.Output<Record<string, string>>;
  /** The key the cluster is encrypted with (a refused key change fails here). */
  readonly kmsKeyName: pulumi.Output<string>;
  /** `service-<project-number>@gcp-sa-managedkafka.iam.gserviceaccount.com`. */
  readonly serviceAgentEmail: pulumi.Output<string>;
  /** Deployed partitions and replication factor of each topic (a refused replication factor change fails here). */
  readonly topics: pulumi.Output<TopicState>;
  /** The Connect cluster's resource name, when one is configured. */
  readonly connectClusterName?: pulumi.Output<string>;

  constructor(name: string, args: ManagedKafkaClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:gcp:ManagedKafkaCluster', name, {}, opts);
    const subject = `ManagedKafkaCluster '${name}'`;
    const spec = args as unknown as GcpKafkaClusterSpec;
    const plan = planGcpKafkaCluster(spec, isUnknown, subject);
    this.plan = plan;
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);

    const agent = createServiceAgent(name, plan, args.projectNumber, this);
    const keyName = clusterKey(name, plan, args.encryptionKey?.kind === 'existing' ? args.encryptionKey.keyName : undefined, this);
    const kmsGrant = grantKeyToServiceAgent(name, keyName, agent, this);
    const hostGrants = grantHostProjects(name, plan, agent, this);

    const cluster = new managedkafka.Cluster(
      name,
      {
        clusterId: plan.clusterId,
        location: plan.region,
        project: plan.project,
        capacityConfig: { vcpuCount: String(plan.vcpuCount), memoryBytes: plan.memoryBytes },
        brokerCapacityConfig: plan.brokerDiskGiB === undefined ? undefined : { diskSizeGib: String(plan.brokerDiskGiB) },
        gcpConfig: {
          accessConfig: { networkConfigs: plan.subnets.map((s) => ({ subnet: s.subnet })) },
          kmsKey: keyName,
        },
        rebalanceConfig: { mode: plan.rebalanceMode },
        deletionPolicy: plan.deletionPolicy,
        labels: { ...plan.labels },
        // The provider clears an earlier mTLS setup only when it receives an explicit empty TLS config.
        tlsConfig: plan.tls
          ? {
              trustConfig: { casConfigs: plan.tls.caPools.map((caPool) => ({ caPool })) },
              sslPrincipalMappingRules: plan.tls.sslPrincipalMappingRules,
            }
          : {},
      },
      {
        parent: this,
        protect: plan.protect,
        retainOnDelete: plan.protect,
        // The service agent must hold the key (and its host-project role) before the cluster is created.
        dependsOn: [kmsGrant, ...hostGrants],
        ...(plan.keyChange === 'refuse'
          ? { ignoreChanges: ['gcpConfig.kmsKey'] }
          : { replaceOnChanges: ['gcpConfig.kmsKey'], deleteBeforeReplace: true }),
      },
    );
    this.cluster = cluster;

    this.kmsKeyName = pulumi.all([cluster.gcpConfig, keyName]).apply(([deployed, desired]) => {
      const issues = plan.keyChange === 'refuse' ? kmsKeyChangeIssues(desired, deployed?.kmsKey) : [];
      if (issues.length > 0) throw new KafkaValidationError(subject, issues);
      return desired;
    });
    // Everything inside the cluster waits for the key check: a refused key change changes nothing downstream.
    const clusterRef = pulumi.all([cluster.clusterId, this.kmsKeyName]).apply(([id]) => id);

    this.topics = createTopics(name, plan, clusterRef, this);
    createAcls(name, plan, clusterRef, this);
    bindClients(name, plan, this);
    if (plan.connect && args.connect) {
      const connect = createConnect(name, plan, plan.connect, args.connect.primarySubnet, clusterRef, this);
      this.connectClusterName = connect.cluster.name;
    }

    this.clusterName = cluster.name;
    this.clusterId = cluster.clusterId;
    this.serviceAgentEmail = agent.email;
    this.bootstrapAddress = clusterRef.apply(() => plan.bootstrapAddress);
    this.clientProperties = clusterRef.apply(() => plan.clientProperties);
    this.clientPropertiesRecord = clusterRef.apply(() => ({ ...plan.clientPropertiesRecord }));

    this.registerOutputs({
      clusterName: this.clusterName,
      clusterId: this.clusterId,
      bootstrapAddress: this.bootstrapAddress,
      clientProperties: this.clientProperties,
      kmsKeyName: this.kmsKeyName,
      serviceAgentEmail: this.serviceAgentEmail,
      topics: this.topics,
      connectClusterName: this.connectClusterName,
    });
  }
}
