/**
 * What every kafka-iac EC2 node shares (the self-managed brokers and controllers, the MirrorMaker 2 nodes): the
 * service user, the AMI, the JVM's config-provider allow-list, the metrics interval and the user-data limit, each
 * with the reason behind it.
 */

/** The unprivileged user and group every Kafka process and its files belong to. */
export const KAFKA_USER = 'kafka';
/** Open files: every partition segment and socket is a descriptor (checklist: >= 100000). */
export const LIMIT_NOFILE = 1000000;

/** Amazon Linux 2023 AMIs as SSM public parameters (AL2023 user guide, "Launching AL2023 using the SSM parameter"). */
export const AL2023_AMI_PARAMETER = {
  arm64: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64',
  x86_64: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
} as const;

/** Config providers Kafka may instantiate (system property from CVE-2024-31141; explicit on every version). */
export const CONFIG_PROVIDER_ALLOW_LIST =
  'org.apache.kafka.common.config.provider.DirectoryConfigProvider,org.apache.kafka.common.config.provider.FileConfigProvider';

/** Metrics publisher on every node (each node kind renders its own). */
export const METRICS_PUBLISH_INTERVAL_SECONDS = 60;

/** EC2 user data limit (EC2 docs, "Run commands on your Linux instance at launch"): 16 KB before base64. */
export const USER_DATA_LIMIT_BYTES = 16384;
