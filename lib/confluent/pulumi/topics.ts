/**
 * Topics and mirror topics, created through the cluster's REST endpoint with the admin credentials (kept as
 * Pulumi secrets: the provider stores inline credentials in the state).
 *
 * Topics are `protect`ed and `retainOnDelete` by default (`protectTopics`): a lower partition count makes the provider
 * plan a replacement, which the engine refuses for a protected resource at preview, and a topic removed from the
 * program after `pulumi state unprotect` is forgotten, not deleted. A topic whose portable spec sets `deleteOnRemoval`
 * is neither. Mirror topics are protected and always `retainOnDelete`:
 * after a promotion or failover the topic is the only copy of its data, and removing it from the program must
 * never delete it.
 */
import * as pulumi from '@pulumi/pulumi';
import * as confluent from '@pulumi/confluentcloud';
import type { MirrorTopicPlan, TopicPlan } from '../plan-types';
import type { ClusterRef, KafkaCredentials } from './identity';

export function createTopics(name: string, topics: readonly TopicPlan[], cluster: ClusterRef, admin: KafkaCredentials, opts: pulumi.CustomResourceOptions): confluent.KafkaTopic[] {
  return topics.map((t) => new confluent.KafkaTopic(`${name}-topic-${t.name}`, {
    kafkaCluster: { id: cluster.id },
    restEndpoint: cluster.restEndpoint,
    credentials: pulumi.secret({ key: admin.key, secret: admin.secret }),
    topicName: t.name,
    partitionsCount: t.partitions,
    config: Object.keys(t.config).length > 0 ? { ...t.config } : undefined,
  }, t.deleteOnRemoval ? { ...opts, protect: false, retainOnDelete: false } : opts));
}

export function createMirrorTopics(name: string, mirrors: readonly MirrorTopicPlan[], cluster: ClusterRef, admin: KafkaCredentials, opts: pulumi.CustomResourceOptions): confluent.KafkaMirrorTopic[] {
  return mirrors.map((m) => new confluent.KafkaMirrorTopic(`${name}-mirror-${m.name}`, {
    sourceKafkaTopic: { topicName: m.sourceTopic },
    clusterLink: { linkName: m.clusterLinkName },
    kafkaCluster: { id: cluster.id, restEndpoint: cluster.restEndpoint, credentials: pulumi.secret({ key: admin.key, secret: admin.secret }) },
    mirrorTopicName: m.name === m.sourceTopic ? undefined : m.name,
    status: m.status,
  }, { ...opts, retainOnDelete: true }));
}
