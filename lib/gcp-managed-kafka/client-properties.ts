/**
 * Bootstrap address and ready-to-use Kafka client properties: SASL_SSL with OAUTHBEARER and Google credentials
 * (Application Default Credentials, e.g. workload identity), rendered with the core `KafkaProperties`.
 */
import { KafkaProperties } from '../core';
import { GCP_KAFKA_PORTS, GOOGLE_LOGIN_CALLBACK_HANDLER, OAUTHBEARER_JAAS, derivedBootstrapAddress } from './limits';

/**
 * The security settings of a Google-authenticated client, in output order. Clients need Google's
 * `managed-kafka-auth-login-handler` library on the class path for the callback handler.
 */
export function googleOAuthSettings(): [string, string][] {
  return [
    ['security.protocol', 'SASL_SSL'],
    ['sasl.mechanism', 'OAUTHBEARER'],
    ['sasl.login.callback.handler.class', GOOGLE_LOGIN_CALLBACK_HANDLER],
    ['sasl.jaas.config', OAUTHBEARER_JAAS],
  ];
}

/** The SASL bootstrap address: the given one (a port added when missing), else the derived legacy form. */
export function bootstrapAddressOf(given: string | undefined, project: string, region: string, clusterId: string): { address: string; source: 'given' | 'derived' } {
  if (given !== undefined) {
    return { address: /:\d+$/.test(given) ? given : `${given}:${GCP_KAFKA_PORTS.sasl}`, source: 'given' };
  }
  return { address: derivedBootstrapAddress(project, region, clusterId), source: 'derived' };
}

/** Client properties for `bootstrapAddress`. */
export function renderClientProperties(bootstrapAddress: string): KafkaProperties {
  const props = new KafkaProperties();
  props.section('connection')('bootstrap.servers', bootstrapAddress);
  const security = props.section('security (SASL/OAUTHBEARER with Google credentials)');
  for (const [key, value] of googleOAuthSettings()) security(key, value);
  return props;
}
