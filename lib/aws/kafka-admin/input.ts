/**
 * What the admin function is given (CDK: the custom resource's properties; Pulumi: the invocation's input) and how it
 * reads an event of either kind. Pure: the faces build the input, the runtime parses events, tests do both.
 * The input holds no secret: credentials are named by ARN and read at run time.
 */
import type { KafkaCatalogPlan } from '../../core/catalog/types';
import { EMPTY_CATALOG } from './reconcile';

/** How the function authenticates to the brokers (TLS always). */
export type KafkaAdminAuth = 'iam' | 'scram' | 'mtls';

/** Where the cluster is and how to reach it. */
export interface KafkaAdminConnection {
  /** `host:port[,host:port...]` of the listener matching `auth`. */
  readonly bootstrapBrokers: string;
  readonly auth: KafkaAdminAuth;
  /** Region of the cluster (IAM token signing, Secrets Manager, SSM). */
  readonly region: string;
  /**
   * `scram`: secret `{"username","password"}` of an admin user (SCRAM-SHA-512); `mtls`: secret
   * `{"certificateChain","privateKey"}` (PEM, unencrypted PKCS#8 key) of an admin client certificate.
   * @default - none (required for `scram` and `mtls`)
   */
  readonly secretArn?: string;
  /**
   * SSM parameter holding the cluster CA certificate (PEM): the self-managed cluster's CA.
   * @default - Node.js's trusted CAs (MSK brokers present Amazon Trust Services certificates)
   */
  readonly caCertificateParameter?: string;
  /**
   * On create and update, how long to wait for the cluster to answer before reconciling: a self-managed cluster's
   * nodes may still be booting when the function first runs (their instances exist before Kafka is up).
   * @default - no wait: the requests' own retries only
   */
  readonly waitForClusterSeconds?: number;
}

/** The properties of the custom resource / the invocation's input. Strings only: CloudFormation stringifies every scalar. */
export interface KafkaAdminInput {
  /** A name for the catalog, unique per cluster; the custom resource's physical id. */
  readonly CatalogId: string;
  /** `KafkaAdminConnection`, as JSON. */
  readonly Connection: string;
  /** `KafkaCatalogPlan`, as JSON (only topics, ACLs and quotas: IAM grants are the faces' business). */
  readonly Catalog: string;
}

export function kafkaAdminInput(catalogId: string, connection: KafkaAdminConnection, catalog: KafkaCatalogPlan): KafkaAdminInput {
  return {
    CatalogId: catalogId,
    Connection: JSON.stringify(connection),
    Catalog: JSON.stringify({ topics: catalog.topics, acls: catalog.acls, quotas: catalog.quotas, grants: [] } satisfies KafkaCatalogPlan),
  };
}

export type KafkaAdminRequestType = 'Create' | 'Update' | 'Delete';

/** An event, read: what to reconcile to, from what. */
export interface KafkaAdminRequest {
  readonly type: KafkaAdminRequestType;
  /** True for a CloudFormation custom resource (answer at `responseUrl`), false for a Pulumi invocation (return or throw). */
  readonly cfn: boolean;
  readonly catalogId: string;
  readonly connection: KafkaAdminConnection;
  /** The catalog to apply: empty when the resource is deleted. */
  readonly desired: KafkaCatalogPlan;
  /** The catalog the previous deployment applied: empty on create. */
  readonly previous: KafkaCatalogPlan;
}

const TF_ACTIONS: Record<string, KafkaAdminRequestType> = { create: 'Create', update: 'Update', delete: 'Delete' };

/** What the AWS provider adds to an `aws.lambda.Invocation` input with lifecycle scope CRUD. */
interface TerraformInvocationFields {
  /**
   * `create`, `update` or `delete`.
   * @default 'create'
   */
  readonly action?: string;
  /**
   * The input of the previous apply (update).
   * @default - none
   */
  readonly prev_input?: Partial<KafkaAdminInput>;
}

/**
 * Reads a CloudFormation custom resource event (`RequestType`, `ResourceProperties`, `OldResourceProperties`) or a
 * Pulumi `aws.lambda.Invocation` event with lifecycle scope CRUD (the input, plus `tf.action` and `tf.prev_input`).
 */
export function parseKafkaAdminEvent(event: Record<string, unknown>): KafkaAdminRequest {
  const cfn = typeof event.ResponseURL === 'string';
  const tf = (event.tf ?? {}) as TerraformInvocationFields;
  const type: KafkaAdminRequestType = cfn ? (event.RequestType as KafkaAdminRequestType) : TF_ACTIONS[tf.action ?? 'create'] ?? 'Create';
  const props = (cfn ? event.ResourceProperties : event) as Partial<KafkaAdminInput>;
  const old = (cfn ? event.OldResourceProperties : tf.prev_input) as Partial<KafkaAdminInput> | undefined;
  if (typeof props.Connection !== 'string' || typeof props.Catalog !== 'string' || typeof props.CatalogId !== 'string') {
    throw new Error('The event must carry CatalogId, Connection and Catalog (strings), got: ' + Object.keys(props).sort().join(', ') + '. Deploy it with the kafka-iac constructs.');
  }
  const current = readCatalog(props.Catalog);
  const before = type === 'Create' || typeof old?.Catalog !== 'string' ? EMPTY_CATALOG : readCatalog(old.Catalog);
  return {
    type, cfn, catalogId: props.CatalogId, connection: JSON.parse(props.Connection) as KafkaAdminConnection,
    // Deleting the resource is removing every topic, ACL and quota of its catalog from it: the same rules apply.
    desired: type === 'Delete' ? EMPTY_CATALOG : current,
    previous: type === 'Delete' ? current : before,
  };
}

function readCatalog(json: string): KafkaCatalogPlan {
  const c = JSON.parse(json) as Partial<KafkaCatalogPlan>;
  return { topics: c.topics ?? [], acls: c.acls ?? [], quotas: c.quotas ?? [], grants: [] };
}
