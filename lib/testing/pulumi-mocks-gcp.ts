/**
 * Default mock answers for `@pulumi/gcp`: resource ids and names in the provider's formats
 * (`projects/<project>/locations/<location>/...`), service agent emails, project numbers, reserved addresses and
 * Private Service Connect ids.
 */
import type * as pulumi from '@pulumi/pulumi';
import { stableDigits, stableHex, stringOr } from './pulumi-mock-values';

type Inputs = Record<string, unknown>;

/** Project id used when neither the resource nor the `gcp:project` config names one. */
export const MOCK_GCP_PROJECT = 'mock-project';

/** The project number `getProject` reports for a project id: twelve digits derived from the id. */
export function mockProjectNumber(projectId: string): string {
  return stableDigits(`gcp-project\u0000${projectId}`, 12);
}

/** `gcp-sa-managedkafka` for `managedkafka.googleapis.com`: the domain of a service's agent. */
function serviceAgentDomain(service: string): string {
  return `gcp-sa-${service.split('.')[0]}`;
}

const TIME = '2024-01-01T00:00:00Z';

/** The default id and state of a `gcp:*` custom resource; `where` gives the project and region of its provider. */
export function gcpResource(args: pulumi.runtime.MockResourceArgs, where: { project: string; region: string }): { id: string; state: Record<string, unknown> } {
  const i = (args.inputs ?? {}) as Inputs;
  const seed = `${args.type}\u0000${args.name}`;
  const project = stringOr(i.project, where.project);
  const location = stringOr(i.location, stringOr(i.region, where.region));
  const named = (id: string, state: Record<string, unknown> = {}) => ({ id, state: { name: id, project, ...state } });
  switch (args.type) {
    case 'gcp:kms/keyRing:KeyRing':
      return { id: `projects/${project}/locations/${location}/keyRings/${stringOr(i.name, args.name)}`, state: { project } };
    case 'gcp:kms/cryptoKey:CryptoKey':
      return { id: `${stringOr(i.keyRing, `projects/${project}/locations/${location}/keyRings/ring`)}/cryptoKeys/${stringOr(i.name, args.name)}`, state: { primaries: [{ name: '1', state: 'ENABLED' }] } };
    case 'gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember':
      return { id: `${String(i.cryptoKeyId)}/${String(i.role)}/${String(i.member)}`, state: { etag: `BwY${stableHex(seed, 9)}=` } };
    case 'gcp:projects/iAMMember:IAMMember':
      return { id: `${project}/${String(i.role)}/${String(i.member)}`, state: { project, etag: `BwY${stableHex(seed, 9)}=` } };
    case 'gcp:projects/serviceIdentity:ServiceIdentity': {
      const service = stringOr(i.service, 'service.googleapis.com');
      const email = `service-${mockProjectNumber(project)}@${serviceAgentDomain(service)}.iam.gserviceaccount.com`;
      return { id: `projects/${project}/services/${service}`, state: { project, email, member: `serviceAccount:${email}` } };
    }
    case 'gcp:managedkafka/cluster:Cluster':
      return named(`projects/${project}/locations/${location}/clusters/${stringOr(i.clusterId, args.name)}`, { location, state: 'ACTIVE', createTime: TIME, updateTime: TIME });
    case 'gcp:managedkafka/topic:Topic':
      return named(`projects/${project}/locations/${location}/clusters/${stringOr(i.cluster, 'cluster')}/topics/${stringOr(i.topicId, args.name)}`, { location });
    case 'gcp:managedkafka/acl:Acl': {
      const aclId = stringOr(i.aclId, args.name);
      const [kind = '', ...rest] = aclId.split('/');
      const prefixed = kind.endsWith('Prefixed');
      const resourceType = { topic: 'TOPIC', consumerGroup: 'CONSUMER_GROUP', transactionalId: 'TRANSACTIONAL_ID', allTopics: 'TOPIC', allConsumerGroups: 'CONSUMER_GROUP', allTransactionalIds: 'TRANSACTIONAL_ID', cluster: 'CLUSTER' }[kind.replace(/Prefixed$/, '')] ?? 'TOPIC';
      return named(`projects/${project}/locations/${location}/clusters/${stringOr(i.cluster, 'cluster')}/acls/${aclId}`, {
        location, etag: stableHex(seed, 16), patternType: prefixed ? 'PREFIXED' : 'LITERAL', resourceType,
        resourceName: rest.length > 0 ? rest.join('/') : resourceType === 'CLUSTER' ? 'kafka-cluster' : '*',
      });
    }
    case 'gcp:managedkafka/connectCluster:ConnectCluster':
      return named(`projects/${project}/locations/${location}/connectClusters/${stringOr(i.connectClusterId, args.name)}`, { location, state: 'ACTIVE', createTime: TIME, updateTime: TIME });
    case 'gcp:managedkafka/connector:Connector':
      return named(`projects/${project}/locations/${location}/connectClusters/${stringOr(i.connectCluster, 'connect')}/connectors/${stringOr(i.connectorId, args.name)}`, { location, state: 'RUNNING' });
    case 'gcp:compute/address:Address': {
      const name = stringOr(i.name, args.name);
      const h = parseInt(stableHex(seed, 4), 16);
      return {
        id: `projects/${project}/regions/${location}/addresses/${name}`,
        state: {
          name, project, region: location, address: stringOr(i.address, `10.${h % 256}.${(h >> 8) % 256}.${10 + (h % 200)}`), addressId: Number(stableDigits(seed, 15)),
          selfLink: `https://www.googleapis.com/compute/v1/projects/${project}/regions/${location}/addresses/${name}`, creationTimestamp: TIME,
        },
      };
    }
    case 'gcp:compute/forwardingRule:ForwardingRule': {
      const name = stringOr(i.name, args.name);
      return {
        id: `projects/${project}/regions/${location}/forwardingRules/${name}`,
        state: {
          name, project, region: location, pscConnectionId: stableDigits(seed, 17), pscConnectionStatus: 'ACCEPTED', forwardingRuleId: Number(stableDigits(`${seed}\u0000id`, 15)),
          selfLink: `https://www.googleapis.com/compute/v1/projects/${project}/regions/${location}/forwardingRules/${name}`, creationTimestamp: TIME,
        },
      };
    }
    case 'gcp:dns/managedZone:ManagedZone': {
      const name = stringOr(i.name, args.name);
      return {
        id: `projects/${project}/managedZones/${name}`,
        state: { name, project, managedZoneId: stableDigits(seed, 19), nameServers: ['ns-gcp-private.googledomains.com.'], creationTime: TIME },
      };
    }
    case 'gcp:dns/recordSet:RecordSet':
      return { id: `projects/${project}/managedZones/${String(i.managedZone)}/rrsets/${String(i.name)}/${String(i.type)}`, state: { project } };
    default:
      return { id: `projects/${project}/${args.name}`, state: { project } };
  }
}

/** Default results of the `@pulumi/gcp` invokes kafka-iac uses; `undefined` for any other token. */
export function gcpCallResult(args: pulumi.runtime.MockCallArgs, where: { project: string }): pulumi.runtime.MockCallResult | undefined {
  const i = (args.inputs ?? {}) as Inputs;
  switch (args.token) {
    case 'gcp:organizations/getProject:getProject': {
      const projectId = stringOr(i.projectId, where.project);
      return { projectId, number: mockProjectNumber(projectId), name: projectId, id: `projects/${projectId}`, labels: {}, effectiveLabels: {} };
    }
    default:
      return undefined;
  }
}
