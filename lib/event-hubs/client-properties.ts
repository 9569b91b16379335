/**
 * Kafka client properties for the Event Hubs Kafka endpoint, rendered section by section with the core
 * `KafkaProperties` builder (byte-stable, duplicate-refusing).
 *
 * OAUTHBEARER uses Kafka's built-in client-credentials login (KIP-768, `OAuthBearerLoginCallbackHandler`) against
 * Entra ID. The client id and secret are read from the environment (AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, the
 * names Azure Identity uses) through Kafka's `EnvVarConfigProvider` (KIP-887, Kafka 3.5+), so the rendered file
 * holds no secret. Kafka 4.0+ clients must also allow the token endpoint with the JVM system property
 * `org.apache.kafka.sasl.oauthbearer.allowed.urls` (see `oauthAllowedUrlsJvmFlag`).
 *
 * SAS PLAIN ("Use Event Hubs from Apache Kafka applications"): username `$ConnectionString`, password = the
 * connection string. The result then holds a secret; the face marks it so.
 */
import { assertNever, KafkaProperties, OAUTHBEARER_LOGIN_MODULE, PLAIN_LOGIN_MODULE } from '../core';
import type { KafkaClientPlan } from './plan-types';

const OAUTH_LOGIN_HANDLER = 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler';
const ENV_PROVIDER = 'org.apache.kafka.common.config.provider.EnvVarConfigProvider';

/** Renders the client properties. `connectionString` is required (and only used) for SAS PLAIN. */
export function renderKafkaClientProperties(kafka: KafkaClientPlan, connectionString?: string): KafkaProperties {
  const props = new KafkaProperties();
  const connection = props.section('connection');
  connection('bootstrap.servers', kafka.bootstrapServer);
  connection('security.protocol', 'SASL_SSL');
  switch (kafka.auth) {
    case 'oauthbearer': {
      connection('sasl.mechanism', 'OAUTHBEARER');
      const providers = props.section('config providers: credentials come from the environment');
      providers('config.providers', 'env');
      providers('config.providers.env.class', ENV_PROVIDER);
      const entra = props.section('Entra ID client credentials');
      entra('sasl.login.callback.handler.class', OAUTH_LOGIN_HANDLER);
      entra('sasl.oauthbearer.token.endpoint.url', kafka.tokenEndpointUrl);
      entra('sasl.jaas.config', `${OAUTHBEARER_LOGIN_MODULE} required clientId="\${env:AZURE_CLIENT_ID}" clientSecret="\${env:AZURE_CLIENT_SECRET}" scope="${kafka.scope}";`);
      break;
    }
    case 'sas-plain': {
      if (connectionString === undefined) throw new Error('renderKafkaClientProperties: SAS PLAIN needs the connection string');
      connection('sasl.mechanism', 'PLAIN');
      const sas = props.section('SAS connection string (secret)');
      sas('sasl.jaas.config', `${PLAIN_LOGIN_MODULE} required username="$ConnectionString" password="${connectionString}";`);
      break;
    }
    default:
      assertNever(kafka.auth, 'Kafka auth mode');
  }
  return props;
}

/** The JVM flag Kafka 4.0+ clients need to call the token endpoint (absent for SAS). */
export function oauthAllowedUrlsJvmFlag(kafka: KafkaClientPlan): string | undefined {
  return kafka.auth === 'oauthbearer' ? `-Dorg.apache.kafka.sasl.oauthbearer.allowed.urls=${kafka.tokenEndpointUrl}` : undefined;
}
