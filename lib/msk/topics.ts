/**
 * Native MSK topics (`AWS::MSK::Topic`, `aws.msk.Topic`) and IAM access from the portable catalog. Pure: both faces
 * call `planMskTopics` and only map the result.
 *
 * Data safety, decided here for both faces:
 * - Each topic's id (CDK construct id, Pulumi resource name) is derived from its name alone, so a renamed topic is
 *   a new resource and the old one leaves the program: it is retained (CloudFormation `Retain`, Pulumi
 *   `retainOnDelete`), never replaced in place. `deleteOnRemoval: true` lets a removed topic be deleted.
 * - Neither face can read the deployed topic at synth time: a replication factor change (which replaces the topic)
 *   is refused when `deployedReplicationFactor` records another value, unless `acknowledgeReplacement`; Pulumi also
 *   `protect`s every retained topic, so the engine refuses any replacement at preview.
 * - `partitionsFloor` records the deployed partition count: a lower `partitions` is refused before any API call.
 *
 * `Configs` is Base64 of a JSON object of string values in the MSK API and CloudFormation (the API's
 * CreateTopic/DescribeTopic; terraform-provider-aws `internal/service/kafka/topic.go` encodes its JSON `configs`
 * the same way); `aws.msk.Topic` takes the JSON itself and encodes it.
 */
import { IssueCollector, type Issue, type IsUnknown } from '../core/issues';
import { analyzeCatalog } from '../core/catalog/plan';
import type { CatalogAuthMode, CatalogTargetContext } from '../core/catalog/context';
import type { AccessIntent, KafkaCatalogPlan, TopicPlan, TopicSpec } from '../core/catalog/types';
import type { MskGrantOptions, MskIamStatementPlan } from '../aws/msk-iam-access';
import type { MskProvisionedPlan } from './plan-types';

/** One native topic, as both faces create it. */
export interface MskTopicResourcePlan {
  readonly topic: TopicPlan;
  /** Construct id (CDK) and resource-name suffix (Pulumi): the topic name itself, unique by construction. */
  readonly id: string;
  /** `Configs` as the JSON object text (`aws.msk.Topic`), keys sorted; undefined without configs. */
  readonly configsJson?: string;
  /** `Configs` as CloudFormation takes it: Base64 of `configsJson`. */
  readonly configsBase64?: string;
  /** Retained when removed from the program (every topic unless `deleteOnRemoval`). */
  readonly retain: boolean;
  /** Index of the nested stack that holds the topic (CDK, `topicStacks` > 0). */
  readonly stack?: number;
}

/** IAM grants of one `iam` intent, in the shapes `grantRead` / `grantWrite` take. */
export interface MskIntentGrantPlan {
  readonly intent: string;
  readonly principalArn: string;
  readonly read?: MskGrantOptions & { readonly groups: readonly string[] };
  readonly write?: MskGrantOptions;
  /** Topics administered: create, delete, alter, describe (IAM `kafka-cluster:*Topic*` actions). */
  readonly admin?: readonly string[];
}

export interface MskTopicsPlan {
  readonly catalog: KafkaCatalogPlan;
  readonly topics: readonly MskTopicResourcePlan[];
  readonly grants: readonly MskIntentGrantPlan[];
  readonly warnings: readonly Issue[];
  /**
   * The Kafka ACLs and client quotas of the `scram` and `mtls` intents, for the in-VPC admin function (which reaches
   * the cluster with IAM and manages no topic: topics are native resources); undefined when there are none.
   */
  readonly kafkaAccess?: KafkaCatalogPlan;
}

/** The catalog context of a provisioned cluster: its Kafka line, brokers, instance limits, tiered storage and auth modes. */
export function mskCatalogContext(plan: MskProvisionedPlan, isUnknown: IsUnknown): CatalogTargetContext {
  const authModes: CatalogAuthMode[] = [];
  if (plan.auth.iam) authModes.push('iam');
  if (plan.auth.scram) authModes.push('scram');
  if (plan.auth.tlsCertificateAuthorityArns.length > 0) authModes.push('mtls');
  return {
    kind: 'msk-provisioned',
    kafkaLine: plan.kafkaVersion.line,
    brokers: plan.brokerNodes,
    instanceType: plan.instance.instanceType,
    maxPartitionsPerBroker: plan.instance.maxPartitionsPerBroker,
    tieredStorage: plan.storage?.mode === 'TIERED',
    authModes,
    // Users of secrets passed by ARN are unknown at synth time: then no user is checked.
    scramUsers: plan.existingScramSecretArns.length > 0 ? undefined : plan.scramSecrets.map((s) => s.user),
    isUnknown,
  };
}

/** Highest nested-stack count; a catalog of 1,000 topics needs 3 (see `topicStacks`). */
export const MAX_TOPIC_STACKS = 64;
/** Topics one CloudFormation stack may hold next to its own parameters (500 resources per stack, with headroom). */
export const TOPICS_PER_STACK = 400;

/**
 * Validates topics and access against the cluster and renders each topic. Throws one `KafkaValidationError`
 * (subject first) listing every issue of the catalog and of MSK.
 */
export function planMskTopics(
  plan: MskProvisionedPlan,
  spec: {
    readonly topics?: readonly TopicSpec[]; readonly access?: readonly AccessIntent[]; readonly topicStacks?: number;
    /** The face deploys through CloudFormation (500 resources per stack): more than 400 topics need `topicStacks`. */
    readonly cloudFormation?: boolean;
  },
  isUnknown: IsUnknown, subject: string,
): MskTopicsPlan {
  const { plan: catalog, issues } = analyzeCatalog({ topics: spec.topics, access: spec.access }, mskCatalogContext(plan, isUnknown));
  const c = new IssueCollector().addAll(issues);
  const stacks = spec.topicStacks ?? 0;
  if (!Number.isInteger(stacks) || stacks < 0 || stacks > MAX_TOPIC_STACKS) {
    c.error('msk/topic-stacks', 'topicStacks', `be an integer from 0 to ${MAX_TOPIC_STACKS}`, spec.topicStacks, 'Use 0 (topics in the cluster\'s stack) or e.g. 4.');
  } else if (spec.cloudFormation && stacks === 0 && catalog.topics.length > TOPICS_PER_STACK) {
    c.error('msk/topic-stacks', 'topicStacks', `be set for more than ${TOPICS_PER_STACK} topics (a CloudFormation stack holds at most 500 resources)`, spec.topicStacks,
      `Set topicStacks to ${Math.ceil((catalog.topics.length * 2) / TOPICS_PER_STACK)} or more before the first deployment of the topics, and never change it afterwards.`);
  }
  const kafkaAccess = catalog.acls.length > 0 || catalog.quotas.length > 0;
  if (kafkaAccess && !plan.auth.iam) {
    c.error('msk/catalog-acls', 'access',
      'name only iam principals on a cluster without IAM access control (the in-VPC admin function applies the Kafka ACLs and quotas of scram and mtls principals as an IAM-authenticated admin)',
      [...new Set([...catalog.acls.map((a) => a.principal), ...catalog.quotas.map((q) => `User:${q.user}`)])].sort(),
      'Turn on IAM access control next to SCRAM or mTLS (`clientAuthentication: { iam: true, ... }`; IAM identities are still authorized by IAM policies only), or grant iam principals only.');
  }
  const topics = catalog.topics.map((t): MskTopicResourcePlan => {
    const keys = Object.keys(t.configs);
    const configsJson = keys.length > 0 ? JSON.stringify(t.configs) : undefined;
    return {
      topic: t, id: t.name, configsJson, configsBase64: configsJson && Buffer.from(configsJson, 'utf8').toString('base64'),
      retain: !t.deleteOnRemoval, stack: stacks > 0 ? topicStackOf(t.name, stacks) : undefined,
    };
  });
  if (stacks > 0) {
    const counts = new Map<number, number>();
    for (const t of topics) counts.set(t.stack!, (counts.get(t.stack!) ?? 0) + 1);
    for (const [stack, count] of counts) {
      if (count > TOPICS_PER_STACK) {
        c.error('msk/topic-stacks', 'topicStacks', `spread the topics at most ${TOPICS_PER_STACK} per nested stack (stack ${stack} would hold ${count})`, stacks,
          'A deployed topicStacks cannot change (its topics would move between stacks): start with more stacks, or put further topics on another cluster construct.');
      }
    }
  }
  c.throwIfErrors(subject);
  return {
    catalog, topics, grants: mskIntentGrants(catalog), warnings: c.warnings,
    kafkaAccess: kafkaAccess ? { topics: [], acls: catalog.acls, quotas: catalog.quotas, grants: [] } : undefined,
  };
}

/** The nested stack of a topic: FNV-1a of its name modulo the stack count, so adding a topic never moves another. */
export function topicStackOf(name: string, stacks: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % stacks;
}

/** The catalog context of an MSK Serverless cluster: IAM access control only, no ACLs or quotas. */
export function serverlessCatalogContext(isUnknown: IsUnknown): CatalogTargetContext {
  return { kind: 'msk-serverless', authModes: ['iam'], isUnknown };
}

/** IAM grants of the `iam` intents of a validated catalog (what `grantRead` / `grantWrite` write for each). */
export function mskIntentGrants(catalog: KafkaCatalogPlan): MskIntentGrantPlan[] {
  return catalog.grants.filter((g) => g.principal.kind === 'iam').map(grantOf);
}

function grantOf(a: AccessIntent): MskIntentGrantPlan {
  const arn = a.principal.kind === 'iam' ? a.principal.arn : '';
  const produce = a.produce ?? [];
  const consume = a.consume ?? [];
  return {
    intent: a.name,
    principalArn: arn,
    read: consume.length > 0 ? { topics: consume, groups: a.groups ?? [] } : undefined,
    write: produce.length > 0 ? { topics: produce, transactionalIds: a.transactionalIds } : undefined,
    admin: (a.admin ?? []).length > 0 ? a.admin : undefined,
  };
}

/** IAM statements of an `admin` intent: connect, and manage the topics (MSK IAM access control topic actions). */
export function topicAdminStatements(topics: readonly string[]): MskIamStatementPlan[] {
  return [
    { actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'], resource: 'cluster', names: [] },
    {
      actions: ['kafka-cluster:CreateTopic', 'kafka-cluster:DeleteTopic', 'kafka-cluster:AlterTopic', 'kafka-cluster:DescribeTopic',
        'kafka-cluster:DescribeTopicDynamicConfiguration', 'kafka-cluster:AlterTopicDynamicConfiguration'],
      resource: 'topic', names: topics,
    },
  ];
}
