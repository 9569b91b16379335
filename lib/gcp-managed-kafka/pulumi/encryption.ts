/**
 * The Managed Kafka service agent, the customer-managed key and the key grant the cluster is created after.
 */
import * as pulumi from '@pulumi/pulumi';
import * as kms from '@pulumi/gcp/kms';
import * as organizations from '@pulumi/gcp/organizations';
import * as projects from '@pulumi/gcp/projects';
import { GCP_KAFKA_ROLES, MANAGED_KAFKA_SERVICE, managedKafkaServiceAgent } from '../limits';
import type { GcpKafkaPlan } from '../plan-types';

export interface ServiceAgent {
  readonly identity: projects.ServiceIdentity;
  readonly email: pulumi.Output<string>;
}

/**
 * Makes sure the service agent exists before anything is granted to it: the service creates it only with the
 * first cluster, but the key grant must come before that cluster.
 */
export function createServiceAgent(name: string, plan: GcpKafkaPlan, projectNumber: pulumi.Input<string> | undefined, parent: pulumi.Resource): ServiceAgent {
  const identity = new projects.ServiceIdentity(`${name}-service-identity`, { project: plan.project, service: MANAGED_KAFKA_SERVICE }, { parent });
  const number = projectNumber ?? organizations.getProjectOutput({ projectId: plan.project }, { parent }).number;
  const email = pulumi.output(number).apply((n) => {
    // Never `service-undefined@...`: a grant to that member would fail only at deploy time.
    if (!n) throw new Error(`ManagedKafkaCluster '${name}': no project number for project '${plan.project}' (getProject returned none). Set \`projectNumber\`.`);
    return managedKafkaServiceAgent(n);
  });
  return { identity, email };
}

/** The key's name: created (key ring + key with rotation, protected like the cluster) or the given one. */
export function clusterKey(name: string, plan: GcpKafkaPlan, keyName: pulumi.Input<string> | undefined, parent: pulumi.Resource): pulumi.Input<string> {
  const k = plan.encryptionKey;
  if (k.kind === 'existing') return keyName ?? k.keyName;
  // Key rings and keys cannot be deleted in Cloud KMS (only their versions destroyed, which makes the cluster's
  // data unreadable): protect them with the cluster.
  const opts = { parent, protect: plan.protect, retainOnDelete: plan.protect };
  const ring = new kms.KeyRing(`${name}-keyring`, { name: k.keyRingId, location: plan.region, project: plan.project }, opts);
  const key = new kms.CryptoKey(
    `${name}-key`,
    { name: k.keyId, keyRing: ring.id, purpose: 'ENCRYPT_DECRYPT', rotationPeriod: k.rotationPeriod, labels: { ...plan.labels } },
    opts,
  );
  return key.id;
}

/** `roles/cloudkms.cryptoKeyEncrypterDecrypter` for the service agent on the key. */
export function grantKeyToServiceAgent(name: string, keyName: pulumi.Input<string>, agent: ServiceAgent, parent: pulumi.Resource): kms.CryptoKeyIAMMember {
  return new kms.CryptoKeyIAMMember(
    `${name}-kms-grant`,
    { cryptoKeyId: keyName, role: GCP_KAFKA_ROLES.kmsEncrypterDecrypter, member: pulumi.interpolate`serviceAccount:${agent.email}` },
    { parent, dependsOn: [agent.identity] },
  );
}

/** `roles/managedkafka.serviceAgent` on every other project that owns a subnet (Shared VPC host, peer VPC). */
export function grantHostProjects(name: string, plan: GcpKafkaPlan, agent: ServiceAgent, parent: pulumi.Resource): projects.IAMMember[] {
  if (plan.hostProjectServiceAgentRole !== 'grant') return [];
  return plan.hostProjects.map(
    (host) =>
      new projects.IAMMember(
        `${name}-host-agent-${host}`,
        { project: host, role: GCP_KAFKA_ROLES.serviceAgent, member: pulumi.interpolate`serviceAccount:${agent.email}` },
        { parent, dependsOn: [agent.identity] },
      ),
  );
}
