/**
 * `kafka-iac review` of a Pulumi program reads the region the program deploys each cluster to: for AWS, the explicit
 * `aws` provider the component was given, else the stack's `aws:region` config, else MSK is priced in us-east-1,
 * marked as assumed; for Event Hubs, the namespace's `location`, else the stack's `azure-native:location`.
 * In-process (`reviewModule` with the program as the loaded module), under the default mocks.
 */
import * as aws from '@pulumi/aws';
import { reviewModule, type ReviewArgs, type ReviewedCluster } from '../../lib/cli/review/review';
import { EventHubsNamespace } from '../../lib/event-hubs/pulumi';
import { KafkaVpc, MskCluster } from '../../lib/msk/pulumi';

function program() {
  const ireland = new aws.Provider('ireland', { region: 'eu-west-1' });
  const dublinNet = new KafkaVpc('dublin-network', {}, { provider: ireland });
  new MskCluster('dublin', { kind: 'express', clusterName: 'dublin', vpc: dublinNet, allowedClientCidrs: [dublinNet.vpcCidr] }, { provider: ireland });
  const defaultNet = new KafkaVpc('default-network', {});
  new MskCluster('default', { kind: 'express', clusterName: 'by-config', vpc: defaultNet, allowedClientCidrs: [defaultNet.vpcCidr] });
  return {};
}

const review = (args: Partial<ReviewArgs>) => reviewModule('program.ts', { module: 'program.ts', json: false, ...args }, () => ({ program }));
const regions = (clusters: readonly ReviewedCluster[]) => clusters
  .map((c) => [c.name, 'estimate' in c.cost ? c.cost.estimate.region : c.cost.error.codes.join(','), c.regionFrom])
  .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('the region of a Pulumi program', () => {
  test('an explicit aws provider\'s region wins; otherwise the stack\'s aws:region config', async () => {
    expect(regions(await review({ config: { 'aws:region': 'eu-central-1' } }))).toEqual([
      ['by-config', 'eu-central-1', 'program'],
      ['dublin', 'eu-west-1', 'program'],
    ]);
  });

  test('without config, the cluster on the default provider is priced in us-east-1, marked as assumed', async () => {
    expect(regions(await review({}))).toEqual([
      ['by-config', 'us-east-1', 'assumed'],
      ['dublin', 'eu-west-1', 'program'],
    ]);
  });

  test('--region wins over both', async () => {
    expect(regions(await review({ region: 'us-east-1' }))).toEqual([
      ['by-config', 'us-east-1', 'option'],
      ['dublin', 'us-east-1', 'option'],
    ]);
  });
});

describe('the location of an Event Hubs namespace in a Pulumi program', () => {
  const RG = 'rg-kafka';
  function eventHubs() {
    new EventHubsNamespace('weu', { resourceGroupName: RG, location: 'westeurope', namespaceName: 'contoso-weu', tier: 'Standard', lock: false });
    new EventHubsNamespace('by-config', { resourceGroupName: RG, namespaceName: 'contoso-by-config', tier: 'Standard', lock: false });
    return {};
  }
  const reviewHubs = (config: Record<string, string>) => reviewModule('hubs.ts', { module: 'hubs.ts', json: false, config }, () => ({ program: eventHubs }));

  test('the namespace\'s location, else the stack\'s azure-native:location; without either, the cost says the region is needed', async () => {
    expect(regions(await reviewHubs({ 'azure-native:location': 'eastus' }))).toEqual([
      ['contoso-by-config', 'eastus', 'program'],
      ['contoso-weu', 'westeurope', 'program'],
    ]);
    expect(regions(await reviewHubs({}))).toEqual([
      ['contoso-by-config', 'cost/region-needed', 'plan'],
      ['contoso-weu', 'westeurope', 'program'],
    ]);
  });

  test('priced in eastus from the table: 1 TU for 730 hours, ingress events reported as needed', async () => {
    const [byConfig] = (await reviewHubs({ 'azure-native:location': 'eastus' })).filter((c) => c.name === 'contoso-by-config');
    const estimate = 'estimate' in byConfig!.cost ? byConfig!.cost.estimate : undefined;
    expect(estimate?.lineItems.map((l) => [l.dimension, l.quantity, l.unitUsd])).toEqual([['throughput-unit-hour:standard', 730, 0.03]]);
    expect(estimate?.issues.map((i) => i.path)).toEqual(['usage.ingressMillionEvents']);
  });
});
