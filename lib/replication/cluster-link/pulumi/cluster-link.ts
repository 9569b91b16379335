/**
 * `ClusterLink`: a Confluent cluster link (one or two link objects, by mode), its mirror topics and their failover
 * state, as one Pulumi component. Thin: `planClusterLink` decides everything; this file maps the plan to
 * `@pulumi/confluentcloud` resources.
 */
import * as pulumi from '@pulumi/pulumi';
import * as confluent from '@pulumi/confluentcloud';
import type { ConfluentKafka } from '../../../confluent/pulumi/confluent-kafka';
import { planClusterLink } from '../plan';
import type { ClusterLinkMirrorStatus, ClusterLinkPlan, ClusterLinkSide } from '../plan-types';
import type { ClusterLinkClusterSpec, ClusterLinkCredentials, ClusterLinkSpec } from '../spec';

/** A cluster built by the library's `ConfluentKafka` component. */
export interface ClusterLinkKafkaRef {
  /** The component: its cluster id, environment, endpoints, RBAC CRN and type are read from it. */
  readonly kafka: ConfluentKafka;
  /**
   * Kafka API key the link uses on this cluster.
   * @default - a service account `<link>-<side>-link` with CloudClusterAdmin on the cluster, and its API key
   */
  readonly credentials?: ClusterLinkCredentials<pulumi.Input<string>>;
}

/** One side of the link: a `ConfluentKafka` component, or any cluster by its attributes. */
export type ClusterLinkClusterArgs = ClusterLinkKafkaRef | ClusterLinkClusterSpec<pulumi.Input<string>>;

/** Arguments of `ClusterLink`: the shared spec, with each cluster given as a component or by attributes. */
export interface ClusterLinkArgs extends Omit<ClusterLinkSpec<pulumi.Input<string>>, 'source' | 'destination'> {
  /** The cluster data is mirrored from (bidirectional: the first cluster). */
  readonly source: ClusterLinkClusterArgs;
  /** The cluster that hosts the mirror topics (bidirectional: the second cluster). */
  readonly destination: ClusterLinkClusterArgs;
}

/** Values only known at deploy time are checked then, never dropped. */
const isUnknown = (v: unknown): boolean => pulumi.Output.isInstance(v) || v instanceof Promise;

function clusterSpec(args: ClusterLinkClusterArgs): ClusterLinkClusterSpec<pulumi.Input<string>> {
  if (args && typeof args === 'object' && 'kafka' in args) {
    const k = args.kafka;
    return {
      id: k.clusterId, environmentId: k.environmentId, restEndpoint: k.restEndpoint, bootstrapEndpoint: k.bootstrapServers,
      type: k.plan.cluster.info.type, rbacCrn: k.rbacCrn, credentials: args.credentials,
    };
  }
  return args;
}

function componentOf(args: ClusterLinkClusterArgs): pulumi.Resource[] {
  return args && typeof args === 'object' && 'kafka' in args ? [args.kafka] : [];
}

interface Side {
  readonly spec: ClusterLinkClusterSpec<pulumi.Input<string>>;
  readonly credentials: pulumi.Output<{ key: string; secret: string }>;
  /** Grants and key the link must wait for (when the component created them). */
  readonly dependsOn: pulumi.Resource[];
}

/**
 * Names (a public contract: a rename replaces the resource): `${name}` (the link object on the destination),
 * `${name}-source` (source-initiated links) or `${name}-reverse` (bidirectional links) for the object on the source,
 * `${name}-mirror-<mirror topic>` and `${name}-reverse-mirror-<mirror topic>`, and for a cluster given without
 * credentials `${name}-<side>-link` (service account), `${name}-<side>-link-admin` (role binding) and
 * `${name}-<side>-link-key` (API key). All are parented to the component.
 *
 * Protection: link objects get Pulumi `protect` (default on). Mirror topics are always protected and
 * `retainOnDelete`: after a promotion or failover the topic is the only copy of its data.
 */
export class ClusterLink extends pulumi.ComponentResource {
  readonly plan: ClusterLinkPlan;
  readonly linkName: string;
  /** Confluent's id of each link object, by resource-name suffix (`''`, `-source`, `-reverse`). */
  readonly clusterLinkIds: Record<string, pulumi.Output<string>>;
  /** Mirror topic name -> the status the program asks for (ACTIVE, PAUSED, PROMOTED, FAILED_OVER). */
  readonly mirrorTopicStatuses: Record<string, ClusterLinkMirrorStatus>;
  /** API key ids the component created for the link, by side (not secret). */
  readonly apiKeyIds: Partial<Record<ClusterLinkSide, pulumi.Output<string>>>;

  constructor(name: string, args: ClusterLinkArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:replication:ClusterLink', name, {}, opts);
    const spec: ClusterLinkSpec<pulumi.Input<string>> = { ...args, source: clusterSpec(args?.source), destination: clusterSpec(args?.destination) };
    const plan = planClusterLink(spec as ClusterLinkSpec<unknown>, isUnknown, `ClusterLink '${name}'`);
    this.plan = plan;
    this.linkName = plan.name;
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);

    this.apiKeyIds = {};
    const sides = {} as Record<ClusterLinkSide, Side>;
    for (const side of ['source', 'destination'] as const) {
      const s = spec[side];
      // A library-built cluster is ready, with its topics, only once the whole component is: mirror topics need
      // their source topic to exist.
      const component = componentOf(args[side]);
      if (s.credentials) {
        sides[side] = { spec: s, credentials: pulumi.secret(pulumi.output({ key: s.credentials.key, secret: s.credentials.secret })), dependsOn: component };
        continue;
      }
      const created = linkCredentials(`${name}-${side}-link`, plan.clusters[side].serviceAccountName!, s, this);
      this.apiKeyIds[side] = created.key.id;
      sides[side] = {
        spec: s, dependsOn: [...component, created.binding, created.key],
        credentials: pulumi.secret(pulumi.output({ key: created.key.id, secret: created.key.secret })),
      };
    }

    const links: Record<string, confluent.ClusterLink> = {};
    this.clusterLinkIds = {};
    for (const o of plan.objects) {
      const local = sides[o.local];
      const remote = sides[o.remote];
      const localBlock = { id: local.spec.id, restEndpoint: local.spec.restEndpoint, credentials: local.credentials };
      const remoteBlock = { id: remote.spec.id, bootstrapEndpoint: remote.spec.bootstrapEndpoint, credentials: o.remoteCredentials ? remote.credentials : undefined };
      const blocks = o.blocks === 'local-remote'
        ? { localKafkaCluster: localBlock, remoteKafkaCluster: remoteBlock }
        : { [`${o.local}KafkaCluster`]: localBlock, [`${o.remote}KafkaCluster`]: remoteBlock };
      const link = new confluent.ClusterLink(`${name}${o.suffix}`, {
        link: plan.name,
        linkMode: o.linkMode,
        connectionMode: o.connectionMode,
        config: Object.keys(o.config).length > 0 ? { ...o.config } : undefined,
        ...blocks,
      }, {
        parent: this,
        protect: plan.protect,
        dependsOn: [...local.dependsOn, ...(o.remoteCredentials ? remote.dependsOn : []), ...(o.afterDestinationObject ? [links['']!] : [])],
      });
      links[o.suffix] = link;
      this.clusterLinkIds[o.suffix] = link.clusterLinkId;
    }

    this.mirrorTopicStatuses = {};
    const allLinks = Object.values(links);
    for (const m of plan.mirrorTopics) {
      const host = sides[m.on];
      new confluent.KafkaMirrorTopic(`${name}-${m.id}`, {
        sourceKafkaTopic: { topicName: m.sourceTopic },
        clusterLink: { linkName: links[m.linkObject]!.link },
        kafkaCluster: { id: host.spec.id, restEndpoint: host.spec.restEndpoint, credentials: host.credentials },
        mirrorTopicName: m.mirrorTopicName === m.sourceTopic ? undefined : m.mirrorTopicName,
        status: m.status,
      }, { parent: this, dependsOn: allLinks, protect: true, retainOnDelete: true });
      this.mirrorTopicStatuses[m.mirrorTopicName] = m.status;
    }

    this.registerOutputs({
      linkName: this.linkName,
      clusterLinkIds: this.clusterLinkIds,
      mirrorTopicStatuses: this.mirrorTopicStatuses,
      apiKeyIds: this.apiKeyIds,
    });
  }
}

/**
 * A service account with CloudClusterAdmin on one cluster and its Kafka API key, as the provider's cluster link
 * examples grant it. The key is created after the binding, so it works as soon as the link uses it.
 */
function linkCredentials(prefix: string, displayName: string, cluster: ClusterLinkClusterSpec<pulumi.Input<string>>, parent: pulumi.Resource) {
  const sa = new confluent.ServiceAccount(prefix, { displayName, description: 'Cluster link principal, managed by kafka-iac' }, { parent });
  const binding = new confluent.RoleBinding(`${prefix}-admin`, {
    principal: pulumi.interpolate`User:${sa.id}`, roleName: 'CloudClusterAdmin', crnPattern: cluster.rbacCrn!,
  }, { parent });
  const key = new confluent.ApiKey(`${prefix}-key`, {
    displayName,
    description: `Kafka API key of ${displayName}, managed by kafka-iac`,
    owner: { id: sa.id, apiVersion: 'iam/v2', kind: 'ServiceAccount' },
    managedResource: { id: cluster.id, apiVersion: 'cmk/v2', kind: 'Cluster', environment: { id: cluster.environmentId } },
  }, { parent, dependsOn: [binding], additionalSecretOutputs: ['secret'] });
  return { binding, key };
}
