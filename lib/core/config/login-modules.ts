/**
 * Kafka's JAAS login modules, named in the `sasl.jaas.config` of the client properties several targets render.
 */

/** SASL/PLAIN (`org.apache.kafka.common.security.plain`). */
export const PLAIN_LOGIN_MODULE = 'org.apache.kafka.common.security.plain.PlainLoginModule';

/** SASL/OAUTHBEARER (`org.apache.kafka.common.security.oauthbearer`). */
export const OAUTHBEARER_LOGIN_MODULE = 'org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule';
