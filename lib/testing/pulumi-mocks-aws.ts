/**
 * Default mock answers for `@pulumi/aws`: computed outputs in the shapes the provider reports them (ARNs per service,
 * MSK bootstrap broker strings, endpoint DNS entries, latest versions, the provisioner's invocation result) and the
 * account, region, partition and availability-zone invokes. Ids stay `${name}-id`.
 */
import type * as pulumi from '@pulumi/pulumi';
import { generateClusterId } from '../self-managed-ec2/cluster-id';
import {
  stableBytes, stableChars, stableFingerprint, stableHex, stableLowerAlnum, stableUpperAlnum, stableUuid, stringOr,
} from './pulumi-mock-values';

/** Account id used by the mocks (ARNs, `getCallerIdentity`). */
export const MOCK_ACCOUNT_ID = '123456789012';

/** Region of the default AWS provider when the `aws:region` config is not set. */
export const MOCK_REGION = 'us-east-1';

/** Availability zones returned by `getAvailabilityZones` in {@link MOCK_REGION}, in the order AWS lists them. */
export const MOCK_AVAILABILITY_ZONES: readonly string[] = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

/** Zone ids returned by `getAvailabilityZones` in {@link MOCK_REGION}, matching {@link MOCK_AVAILABILITY_ZONES}. */
export const MOCK_ZONE_IDS: readonly string[] = ['use1-az1', 'use1-az2', 'use1-az4'];

/** The password `aws.secretsmanager.getRandomPassword` returns under the default mocks. */
export const MOCK_RANDOM_PASSWORD = 'MockRandomPassw0rdFromGetRandomPassword';

type Inputs = Record<string, unknown>;
type State = Record<string, unknown>;

/** Where an AWS request runs: the region of its provider, and the partition and account that go with it. */
export interface AwsPlace {
  readonly region: string;
  readonly partition: string;
  readonly account: string;
}

/** The partition of a region (`aws-cn` for `cn-*`, `aws-us-gov` for `us-gov-*`, else `aws`). */
export function partitionOf(region: string): string {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

/** The place of a request in `region`, under the mocks' account. */
export function awsPlace(region: string): AwsPlace {
  return { region, partition: partitionOf(region), account: MOCK_ACCOUNT_ID };
}

const DNS_SUFFIX: Record<string, string> = { aws: 'amazonaws.com', 'aws-cn': 'amazonaws.com.cn', 'aws-us-gov': 'amazonaws.com' };

/** `euc1` for `eu-central-1`, `apse2` for `ap-southeast-2`: the prefix of the region's zone ids. */
function zoneIdPrefix(region: string): string {
  const [area = '', ...rest] = region.split('-');
  const number = rest.pop() ?? '';
  const words = rest.map((w) => (w === 'gov' ? 'g' : w.replace(/^(north|south)?(east|west|central)?$/, (_, ns?: string, ew?: string) => `${ns?.[0] ?? ''}${ew?.[0] ?? ''}`)));
  return `${area}${words.join('')}${number}`;
}

/** The availability zones of a region and their ids (three zones, as MSK and KafkaVpc use by default). */
export function availabilityZones(region: string): { names: string[]; zoneIds: string[] } {
  if (region === MOCK_REGION) {
    return { names: [...MOCK_AVAILABILITY_ZONES], zoneIds: [...MOCK_ZONE_IDS] };
  }
  return { names: ['a', 'b', 'c'].map((z) => `${region}${z}`), zoneIds: [1, 2, 3].map((i) => `${zoneIdPrefix(region)}-az${i}`) };
}

/** `s3` for `aws:s3/bucket:Bucket`. */
function serviceOf(type: string): string {
  const service = (type.split(':')[1] ?? '').split('/')[0]!;
  return service === 'index' ? 'aws' : service;
}

const arn = (p: AwsPlace, service: string, resource: string, regional = true): string =>
  `arn:${p.partition}:${service}:${regional ? p.region : ''}:${p.account}:${resource}`;

/** MSK's broker host names: `b-<n>.<cluster>.<id>.c<m>.kafka.<region>.amazonaws.com`. */
function mskBrokers(inputs: Inputs, p: AwsPlace, port: (broker: number) => number, host = ''): string {
  const name = stringOr(inputs.clusterName, 'cluster');
  const label = name.toLowerCase().replace(/[^a-z0-9-]/g, '');
  const count = Math.min(Number(inputs.numberOfBrokerNodes ?? 3) || 3, 3);
  const domain = `${label}.${stableLowerAlnum(name, 6)}.c${1 + (parseInt(stableHex(name, 2), 16) % 3)}.kafka.${p.region}.${DNS_SUFFIX[p.partition]}`;
  return Array.from({ length: count }, (_, i) => `b-${i + 1}${host}.${domain}:${port(i + 1)}`).join(',');
}

/** The bootstrap broker strings of an `aws.msk.Cluster`: set for the enabled listeners, empty for the others. */
function mskBootstrap(inputs: Inputs, p: AwsPlace): State {
  const auth = (inputs.clientAuthentication ?? {}) as { sasl?: { iam?: boolean; scram?: boolean }; tls?: { certificateAuthorityArns?: unknown[] }; unauthenticated?: boolean };
  const encryption = (inputs.encryptionInfo ?? {}) as { encryptionInTransit?: { clientBroker?: string } };
  const connectivity = ((inputs.brokerNodeGroupInfo ?? {}) as { connectivityInfo?: { networkType?: string; publicAccess?: { type?: string }; vpcConnectivity?: { clientAuthentication?: typeof auth } } }).connectivityInfo;
  // MSK's default in-transit setting is TLS; a cluster without client authentication admits unauthenticated clients.
  const clientBroker = encryption.encryptionInTransit?.clientBroker ?? 'TLS';
  const tlsAuth = (auth.tls?.certificateAuthorityArns?.length ?? 0) > 0 || auth.unauthenticated === true || inputs.clientAuthentication === undefined;
  const on = {
    plaintext: clientBroker !== 'TLS',
    tls: clientBroker !== 'PLAINTEXT' && tlsAuth,
    scram: auth.sasl?.scram === true,
    iam: auth.sasl?.iam === true,
  };
  const isPublic = connectivity?.publicAccess?.type === 'SERVICE_PROVIDED_EIPS';
  const dual = connectivity?.networkType === 'DUAL';
  const vpc = connectivity?.vpcConnectivity?.clientAuthentication;
  const brokers = (enabled: boolean, port: number, host = '') => (enabled ? mskBrokers(inputs, p, () => port, host) : '');
  const multiVpc = (enabled: boolean | undefined) => (enabled ? mskBrokers(inputs, p, (b) => 14000 + b) : '');
  return {
    bootstrapBrokers: brokers(on.plaintext, 9092),
    bootstrapBrokersTls: brokers(on.tls, 9094),
    bootstrapBrokersSaslScram: brokers(on.scram, 9096),
    bootstrapBrokersSaslIam: brokers(on.iam, 9098),
    bootstrapBrokersPublicTls: brokers(isPublic && on.tls, 9194, '-public'),
    bootstrapBrokersPublicSaslScram: brokers(isPublic && on.scram, 9196, '-public'),
    bootstrapBrokersPublicSaslIam: brokers(isPublic && on.iam, 9198, '-public'),
    bootstrapBrokersVpcConnectivityTls: multiVpc((vpc?.tls as boolean | undefined) === true),
    bootstrapBrokersVpcConnectivitySaslScram: multiVpc(vpc?.sasl?.scram),
    bootstrapBrokersVpcConnectivitySaslIam: multiVpc(vpc?.sasl?.iam),
    // A dual-stack cluster (networkType DUAL) also publishes IPv6 bootstrap strings for its enabled listeners.
    bootstrapBrokersIpv6: brokers(dual && on.plaintext, 9092, '-ipv6'),
    bootstrapBrokersTlsIpv6: brokers(dual && on.tls, 9094, '-ipv6'),
    bootstrapBrokersSaslScramIpv6: brokers(dual && on.scram, 9096, '-ipv6'),
    bootstrapBrokersSaslIamIpv6: brokers(dual && on.iam, 9098, '-ipv6'),
    zookeeperConnectString: '', zookeeperConnectStringTls: '',
  };
}

/** The result of the kafka-iac provisioner function (see `self-managed-ec2/provisioner`) for an invocation input. */
function provisionerResult(input: unknown): string | undefined {
  let event: { Action?: string; ClusterId?: string; ParameterName?: string; CaSecretArn?: string; Nodes?: unknown[]; Secrets?: unknown[] };
  try {
    event = JSON.parse(String(input)) as typeof event;
  } catch {
    return undefined;
  }
  switch (event?.Action) {
    case 'cluster-id':
      return JSON.stringify({ ClusterId: event.ClusterId ?? generateClusterId((n) => stableBytes(String(event.ParameterName), n)) });
    case 'tls':
      return JSON.stringify({ Issued: String(event.Nodes?.length ?? 0), CaFingerprint: stableFingerprint(String(event.CaSecretArn)) });
    case 'passwords':
      return JSON.stringify({ Created: String(event.Secrets?.length ?? 0) });
    default:
      return undefined;
  }
}

/**
 * The label and region of an endpoint service: `com.amazonaws.<region>.<service>` and
 * `com.amazonaws.vpce.<region>.vpce-svc-<id>` (an endpoint lives in its service's region).
 */
function endpointService(serviceName: string, fallbackRegion: string): { label: string; region: string } {
  const parts = serviceName.split('.');
  const region = parts[2] === 'vpce' ? parts[3] : parts[2];
  return { label: parts[parts.length - 1] ?? serviceName, region: region && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : fallbackRegion };
}

/** Type-specific computed outputs; `name` is the resource's name input, or its logical name. */
function typeState(args: pulumi.runtime.MockResourceArgs, p: AwsPlace, name: string): State {
  const i = (args.inputs ?? {}) as Inputs;
  const seed = `${args.type}\u0000${args.name}`;
  const uuid = stableUuid(seed);
  switch (args.type) {
    case 'aws:msk/cluster:Cluster':
      return {
        arn: arn(p, 'kafka', `cluster/${stringOr(i.clusterName, name)}/${uuid}-${1 + (parseInt(stableHex(seed, 2), 16) % 9)}`),
        clusterUuid: `${uuid}-1`, currentVersion: `K${stableUpperAlnum(seed, 13)}`, storageMode: i.storageMode ?? 'LOCAL',
        ...mskBootstrap(i, p),
      };
    case 'aws:msk/serverlessCluster:ServerlessCluster':
      return {
        arn: arn(p, 'kafka', `cluster/${stringOr(i.clusterName, name)}/${uuid}-s1`), clusterUuid: `${uuid}-s1`,
        bootstrapBrokersSaslIam: `boot-${stableLowerAlnum(seed, 8)}.c1.kafka-serverless.${p.region}.${DNS_SUFFIX[p.partition]}:9098`,
      };
    case 'aws:msk/configuration:Configuration':
      return { arn: arn(p, 'kafka', `configuration/${name}/${uuid}-1`), latestRevision: 1 };
    case 'aws:mskconnect/customPlugin:CustomPlugin':
      return { arn: arn(p, 'kafkaconnect', `custom-plugin/${name}/${uuid}-1`), latestRevision: 1, state: 'ACTIVE' };
    case 'aws:mskconnect/workerConfiguration:WorkerConfiguration':
      return { arn: arn(p, 'kafkaconnect', `worker-configuration/${name}/${uuid}-1`), latestRevision: 1 };
    case 'aws:mskconnect/connector:Connector':
      return { arn: arn(p, 'kafkaconnect', `connector/${name}/${uuid}-1`), version: `K${stableUpperAlnum(seed, 13)}` };
    case 'aws:msk/replicator:Replicator':
      return { arn: arn(p, 'kafka', `replicator/${stringOr(i.replicatorName, name)}/${uuid}`), currentVersion: `K${stableUpperAlnum(seed, 13)}` };
    case 'aws:msk/clusterPolicy:ClusterPolicy':
      return { currentVersion: `K${stableUpperAlnum(seed, 13)}` };
    case 'aws:msk/vpcConnection:VpcConnection':
      return { arn: arn(p, 'kafka', `vpc-connection/${p.account}/${name}/${uuid}`) };
    case 'aws:secretsmanager/secret:Secret':
      return { arn: arn(p, 'secretsmanager', `secret:${name}-${stableChars(seed, 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}`) };
    case 'aws:secretsmanager/secretVersion:SecretVersion':
      return { arn: i.secretId, versionId: stableUuid(`${seed}\u0000version`), versionStages: ['AWSCURRENT'] };
    case 'aws:kms/key:Key':
      return { arn: arn(p, 'kms', `key/${uuid}`), keyId: uuid };
    case 'aws:kms/alias:Alias':
      return { arn: arn(p, 'kms', name), targetKeyArn: arn(p, 'kms', `key/${stableUuid(String(i.targetKeyId))}`) };
    case 'aws:iam/role:Role':
      return { arn: arn(p, 'iam', `role${stringOr(i.path, '/')}${name}`, false), uniqueId: `AROA${stableUpperAlnum(seed, 17)}`, createDate: '2024-01-01T00:00:00Z' };
    case 'aws:iam/policy:Policy':
      return { arn: arn(p, 'iam', `policy${stringOr(i.path, '/')}${name}`, false), policyId: `ANPA${stableUpperAlnum(seed, 17)}`, attachmentCount: 0 };
    case 'aws:iam/instanceProfile:InstanceProfile':
      return { arn: arn(p, 'iam', `instance-profile${stringOr(i.path, '/')}${name}`, false), uniqueId: `AIPA${stableUpperAlnum(seed, 17)}`, createDate: '2024-01-01T00:00:00Z' };
    case 'aws:cloudwatch/logGroup:LogGroup':
      return { arn: arn(p, 'logs', `log-group:${name}`) };
    case 'aws:cloudwatch/metricAlarm:MetricAlarm':
      return { arn: arn(p, 'cloudwatch', `alarm:${stringOr(i.name, name)}`) };
    case 'aws:lambda/function:Function': {
      const fnArn = arn(p, 'lambda', `function:${name}`);
      return {
        arn: fnArn, qualifiedArn: `${fnArn}:$LATEST`, version: '$LATEST',
        invokeArn: `arn:${p.partition}:apigateway:${p.region}:lambda:path/2015-03-31/functions/${fnArn}/invocations`,
        sourceCodeHash: Buffer.from(stableHex(seed, 64), 'hex').toString('base64'), lastModified: '2024-01-01T00:00:00.000+0000',
      };
    }
    case 'aws:lambda/invocation:Invocation': {
      const result = provisionerResult(i.input);
      return result === undefined ? {} : { result };
    }
    case 'aws:s3/bucket:Bucket': {
      const bucket = stringOr(i.bucket, name);
      return {
        bucket, arn: `arn:${p.partition}:s3:::${bucket}`, bucketDomainName: `${bucket}.s3.${DNS_SUFFIX[p.partition]}`,
        bucketRegionalDomainName: `${bucket}.s3.${p.region}.${DNS_SUFFIX[p.partition]}`, bucketRegion: p.region, hostedZoneId: 'Z3AQBSTGFYJSTF',
      };
    }
    case 'aws:sns/topic:Topic':
      return { arn: arn(p, 'sns', name), owner: p.account };
    case 'aws:ssm/parameter:Parameter':
      return { arn: arn(p, 'ssm', `parameter/${name.replace(/^\//, '')}`), version: 1 };
    case 'aws:ssm/document:Document':
      return {
        arn: arn(p, 'ssm', `document/${name}`), latestVersion: '1', defaultVersion: '1', documentVersion: '1', status: 'Active',
        hash: stableHex(`${seed}\u0000${String(i.content)}`, 64), hashType: 'Sha256', owner: p.account, createdDate: '2024-01-01T00:00:00Z',
      };
    case 'aws:autoscaling/group:Group':
      return { arn: arn(p, 'autoscaling', `autoScalingGroup:${uuid}:autoScalingGroupName/${name}`) };
    case 'aws:glue/registry:Registry':
      return { arn: arn(p, 'glue', `registry/${stringOr(i.registryName, args.name)}`) };
    case 'aws:glue/schema:Schema': {
      const registry = String(i.registryArn ?? '').split('/').pop() || 'default-registry';
      return { arn: arn(p, 'glue', `schema/${registry}/${stringOr(i.schemaName, args.name)}`), registryName: registry, latestSchemaVersion: 1, nextSchemaVersion: 2, schemaCheckpoint: 1 };
    }
    case 'aws:ec2/vpc:Vpc':
      return {
        arn: arn(p, 'ec2', `vpc/${args.name}-id`), ownerId: p.account, defaultSecurityGroupId: `${args.name}-default-sg-id`,
        defaultRouteTableId: `${args.name}-default-rtb-id`, mainRouteTableId: `${args.name}-default-rtb-id`, defaultNetworkAclId: `${args.name}-default-acl-id`,
        dhcpOptionsId: `${args.name}-dopt-id`, ipv6AssociationId: '', ipv6CidrBlock: '',
      };
    case 'aws:ec2/subnet:Subnet':
      return { arn: arn(p, 'ec2', `subnet/${args.name}-id`), ownerId: p.account };
    case 'aws:ec2/securityGroup:SecurityGroup':
      return { arn: arn(p, 'ec2', `security-group/${args.name}-id`), ownerId: p.account };
    case 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule':
    case 'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule': {
      const ruleId = `sgr-${stableHex(seed, 17)}`;
      return { arn: arn(p, 'ec2', `security-group-rule/${ruleId}`), securityGroupRuleId: ruleId };
    }
    case 'aws:ec2/launchTemplate:LaunchTemplate':
      return { arn: arn(p, 'ec2', `launch-template/${args.name}-id`), latestVersion: 1, defaultVersion: 1 };
    case 'aws:ec2/networkInterface:NetworkInterface': {
      const ip = Array.isArray(i.privateIps) && typeof i.privateIps[0] === 'string' ? i.privateIps[0] : stringOr(i.privateIp, privateIpOf(seed));
      return {
        arn: arn(p, 'ec2', `network-interface/${args.name}-id`), privateIp: ip, privateIps: [ip], ownerId: p.account,
        privateDnsName: `ip-${ip.replace(/\./g, '-')}.${p.region === 'us-east-1' ? 'ec2.internal' : `${p.region}.compute.internal`}`,
        macAddress: stableHex(seed, 12).match(/../g)!.join(':'),
      };
    }
    case 'aws:ec2/eip:Eip':
      return { arn: arn(p, 'ec2', `elastic-ip/${args.name}-id`), allocationId: `${args.name}-id`, publicIp: `203.0.113.${1 + (parseInt(stableHex(seed, 2), 16) % 254)}` };
    case 'aws:ec2/natGateway:NatGateway':
      return { privateIp: privateIpOf(seed), publicIp: `203.0.113.${1 + (parseInt(stableHex(`${seed}\u0000eip`, 2), 16) % 254)}`, networkInterfaceId: `${args.name}-eni-id` };
    case 'aws:ec2/vpcEndpoint:VpcEndpoint': {
      const service = endpointService(String(i.serviceName ?? ''), p.region);
      const host = `vpce-${stableHex(seed, 17)}-${stableLowerAlnum(seed, 8)}`;
      const zone = `Z${stableUpperAlnum(`${service.region}\u0000vpce`, 13)}`;
      const domain = `${service.label}.${service.region}.vpce.${DNS_SUFFIX[p.partition]}`;
      const interfaceEndpoint = (i.vpcEndpointType ?? 'Gateway') === 'Interface';
      return {
        arn: arn(p, 'ec2', `vpc-endpoint/${args.name}-id`), ownerId: p.account, state: 'available', requesterManaged: false,
        dnsEntries: interfaceEndpoint
          ? [{ dnsName: `${host}.${domain}`, hostedZoneId: zone }, ...availabilityZones(service.region).names.map((az) => ({ dnsName: `${host}-${az}.${domain}`, hostedZoneId: zone }))]
          : [],
        networkInterfaceIds: interfaceEndpoint ? ((i.subnetIds as unknown[] | undefined) ?? []).map((_, n) => `${args.name}-eni-${n}-id`) : [],
        prefixListId: interfaceEndpoint ? '' : `pl-${stableHex(seed, 8)}`,
      };
    }
    case 'aws:ebs/volume:Volume':
      return { arn: arn(p, 'ec2', `volume/${args.name}-id`) };
    case 'aws:route53/zone:Zone': {
      const zoneId = `Z${stableUpperAlnum(seed, 20)}`;
      return {
        zoneId, arn: `arn:${p.partition}:route53:::hostedzone/${zoneId}`, primaryNameServer: 'ns-0.awsdns-00.com.',
        nameServers: ['ns-0.awsdns-00.com.', 'ns-512.awsdns-00.net.', 'ns-1024.awsdns-00.org.', 'ns-1536.awsdns-00.co.uk.'],
      };
    }
    case 'aws:route53/record:Record':
      return { fqdn: String(i.name ?? name).replace(/\.$/, '') };
    case 'aws:appautoscaling/policy:Policy':
      return { arn: arn(p, 'autoscaling', `scalingPolicy:${uuid}:resource/${String(i.serviceNamespace ?? 'kafka')}/${String(i.resourceId ?? '')}:policyName/${name}`), alarmArns: [] };
    case 'aws:appautoscaling/target:Target':
      return { arn: arn(p, 'application-autoscaling', `scalable-target/${stableLowerAlnum(seed, 32)}`) };
    default:
      return {};
  }
}

/** An address in 10.0.0.0/16 derived from `seed`, outside the addresses AWS reserves in each subnet. */
function privateIpOf(seed: string): string {
  const h = parseInt(stableHex(seed, 4), 16);
  return `10.0.${h % 256}.${4 + (h >> 8) % 250}`;
}

/** Default computed outputs of an `aws:*` custom resource (the inputs are added by the caller). */
export function awsResourceState(args: pulumi.runtime.MockResourceArgs, p: AwsPlace): State {
  const inputs = (args.inputs ?? {}) as Inputs;
  const name = stringOr(inputs.name, args.name);
  return {
    // Every resource of the provider reports its region and its tags including the provider's default tags.
    region: p.region,
    tagsAll: inputs.tags ?? {},
    name,
    arn: arn(p, serviceOf(args.type), args.name),
    ...typeState(args, p, name),
  };
}

/** Default results of the `@pulumi/aws` invokes kafka-iac uses; `undefined` for any other token. */
export function awsCallResult(args: pulumi.runtime.MockCallArgs, p: AwsPlace): pulumi.runtime.MockCallResult | undefined {
  switch (args.token) {
    case 'aws:index/getRegion:getRegion':
      return { name: p.region, region: p.region, id: p.region, description: p.region === MOCK_REGION ? 'US East (N. Virginia)' : p.region, endpoint: `ec2.${p.region}.${DNS_SUFFIX[p.partition]}` };
    case 'aws:index/getCallerIdentity:getCallerIdentity':
      return { accountId: p.account, arn: `arn:${p.partition}:iam::${p.account}:user/mock`, userId: 'AIDAMOCKUSERID', id: p.account };
    case 'aws:index/getPartition:getPartition':
      return { partition: p.partition, dnsSuffix: DNS_SUFFIX[p.partition], reverseDnsPrefix: p.partition === 'aws-cn' ? 'cn.com.amazonaws' : 'com.amazonaws', id: p.partition };
    case 'aws:index/getAvailabilityZones:getAvailabilityZones':
      return { ...availabilityZones(p.region), id: p.region, groupNames: [p.region] };
    case 'aws:secretsmanager/getRandomPassword:getRandomPassword':
      return { randomPassword: MOCK_RANDOM_PASSWORD, id: 'random-password' };
    default:
      return undefined;
  }
}
