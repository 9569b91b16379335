/**
 * The rendered Kafka client properties: every key is a Kafka 3.9 client key (reference/kafka-config-keys/
 * clients-3.9.0-rc3.txt) or a config-provider key, which AbstractConfig handles for every config (patterns.txt);
 * output is byte-stable; secrets stay out of the OAUTHBEARER file.
 */
import { parseProperties } from '../../lib/core';
import { oauthAllowedUrlsJvmFlag, planEventHubsNamespace, renderKafkaClientProperties } from '../../lib/event-hubs';
import { invalidClientKeys as invalid, readPatterns } from '../support/kafka-keys';

const CONFIG_PROVIDER_PATTERNS = readPatterns().filter((p) => p.re.source.startsWith('^config\\.providers'));

const oauthPlan = planEventHubsNamespace({ namespaceName: 'contoso-orders', kafkaClient: { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' } });
const sasPlan = planEventHubsNamespace({
  namespaceName: 'contoso-orders', eventHubs: [{ name: 'orders', partitions: 2 }],
  sas: { rules: [{ name: 'app', rights: ['Send'], eventHub: 'orders' }] }, kafkaClient: { auth: 'sas-plain', sasRuleName: 'app' },
});
const CS = 'Endpoint=sb://contoso-orders.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=abc=;EntityPath=orders';

test('the config-provider patterns were found in patterns.txt', () => expect(CONFIG_PROVIDER_PATTERNS.length).toBe(3));

test('OAUTHBEARER: exact properties, all keys valid, no secret in the file', () => {
  const props = renderKafkaClientProperties(oauthPlan.kafka);
  expect(props.toRecord()).toEqual({
    'bootstrap.servers': 'contoso-orders.servicebus.windows.net:9093',
    'security.protocol': 'SASL_SSL',
    'sasl.mechanism': 'OAUTHBEARER',
    'config.providers': 'env',
    'config.providers.env.class': 'org.apache.kafka.common.config.provider.EnvVarConfigProvider',
    'sasl.login.callback.handler.class': 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler',
    'sasl.oauthbearer.token.endpoint.url': 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token',
    'sasl.jaas.config': 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId="${env:AZURE_CLIENT_ID}" clientSecret="${env:AZURE_CLIENT_SECRET}" scope="https://contoso-orders.servicebus.windows.net/.default";',
  });
  expect(invalid(props.keys())).toEqual([]);
  expect(oauthAllowedUrlsJvmFlag(oauthPlan.kafka)).toBe('-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token');
});

test('SAS PLAIN: $ConnectionString user, the connection string as password, all keys valid', () => {
  const props = renderKafkaClientProperties(sasPlan.kafka, CS);
  expect(props.get('sasl.mechanism')).toBe('PLAIN');
  expect(props.get('sasl.jaas.config')).toBe(`org.apache.kafka.common.security.plain.PlainLoginModule required username="$ConnectionString" password="${CS}";`);
  expect(invalid(props.keys())).toEqual([]);
  expect(oauthAllowedUrlsJvmFlag(sasPlan.kafka)).toBeUndefined();
  expect(() => renderKafkaClientProperties(sasPlan.kafka)).toThrow('needs the connection string');
});

test('serialized files parse back to the same map and are byte-stable', () => {
  for (const [plan, cs] of [[oauthPlan, undefined], [sasPlan, CS]] as const) {
    const a = renderKafkaClientProperties(plan.kafka, cs).serialize();
    expect(renderKafkaClientProperties(plan.kafka, cs).serialize()).toBe(a);
    expect(Object.fromEntries(parseProperties(a))).toEqual(renderKafkaClientProperties(plan.kafka, cs).toRecord());
  }
});
