/**
 * Ready-to-use Kafka client properties for an application (SASL_SSL, PLAIN with its API key), rendered with the
 * core `KafkaProperties` builder. Pure: the face calls it inside an `apply` and wraps the result as a secret.
 */
import { PLAIN_LOGIN_MODULE } from '../core/config/login-modules';
import { KafkaProperties } from '../core/config/properties';
import type { ClusterTypeInfo } from './limits';

export interface ClientPropertiesInput {
  /** `bootstrapEndpoint` of the cluster; a `SASL_SSL://` scheme is stripped. */
  readonly bootstrapEndpoint: string;
  readonly apiKey: string;
  readonly apiSecret: string;
  readonly info: Pick<ClusterTypeInfo, 'idempotentProducer'>;
}

/** `SASL_SSL://pkc-1.us-east-2.aws.confluent.cloud:9092` -> `pkc-1.us-east-2.aws.confluent.cloud:9092`. */
export function bootstrapServers(endpoint: string): string {
  return (endpoint ?? '').replace(/^[A-Za-z_]+:\/\//, '');
}

/** The client properties as ordered sections; throws on a value that would break the file. */
export function clientProperties(input: ClientPropertiesInput): KafkaProperties {
  for (const [k, v] of Object.entries({ apiKey: input.apiKey, apiSecret: input.apiSecret })) {
    if (/['\\\r\n]/.test(v)) throw new Error(`Confluent ${k} holds a character that cannot be quoted in sasl.jaas.config`);
  }
  const p = new KafkaProperties();
  const connection = p.section('connection');
  connection('bootstrap.servers', bootstrapServers(input.bootstrapEndpoint));
  // Confluent Cloud brokers sit behind load balancers with several addresses per name.
  connection('client.dns.lookup', 'use_all_dns_ips');
  const security = p.section('security');
  security('security.protocol', 'SASL_SSL');
  security('sasl.mechanism', 'PLAIN');
  security('sasl.jaas.config', `${PLAIN_LOGIN_MODULE} required username='${input.apiKey}' password='${input.apiSecret}';`);
  const reliability = p.section('reliability');
  reliability('acks', 'all');
  // Freight clusters do not support the idempotent producer (Confluent "Freight cluster considerations").
  reliability('enable.idempotence', input.info.idempotentProducer ? undefined : 'false');
  return p;
}

/** The `.properties` text. */
export function renderClientProperties(input: ClientPropertiesInput): string {
  return clientProperties(input).serialize();
}
