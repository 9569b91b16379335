/** Shared inputs of the Managed Kafka tests. */
import type { GcpKafkaClusterSpec } from '../../lib/gcp-managed-kafka';

export const PROJECT = 'orders-prod-123';
export const PROJECT_NUMBER = '123456789012';
export const REGION = 'europe-west1';
export const SUBNET = `projects/${PROJECT}/regions/${REGION}/subnetworks/kafka`;
export const NETWORK = `projects/${PROJECT}/global/networks/main`;
export const HOST_PROJECT = 'net-host-456';
export const SHARED_SUBNET = `projects/${HOST_PROJECT}/regions/${REGION}/subnetworks/shared-kafka`;
export const SHARED_NETWORK = `projects/${HOST_PROJECT}/global/networks/shared`;
export const KEY = `projects/${PROJECT}/locations/${REGION}/keyRings/kafka/cryptoKeys/orders`;
export const CA_POOL = `projects/${PROJECT}/locations/${REGION}/caPools/clients`;
export const APP_SA = `orders-api@${PROJECT}.iam.gserviceaccount.com`;

/** The smallest valid spec. */
export const MINIMAL: GcpKafkaClusterSpec = { clusterId: 'orders', project: PROJECT, region: REGION, subnets: [{ subnet: SUBNET }] };

export function spec(extra: Partial<GcpKafkaClusterSpec> = {}): GcpKafkaClusterSpec {
  return { ...MINIMAL, projectNumber: PROJECT_NUMBER, ...extra };
}

export const TOPIC = { name: 'orders', retentionHours: 168 } as const;
