/**
 * Output property of `aws.msk.Cluster` for each bootstrap field of the plan (Pulumi only: the CDK face reads the
 * same fields from `kafka:GetBootstrapBrokers`).
 */
import type { BootstrapField } from '../plan-types';

export const BOOTSTRAP_OUTPUTS = {
  BootstrapBrokerString: 'bootstrapBrokers',
  BootstrapBrokerStringTls: 'bootstrapBrokersTls',
  BootstrapBrokerStringSaslScram: 'bootstrapBrokersSaslScram',
  BootstrapBrokerStringSaslIam: 'bootstrapBrokersSaslIam',
  BootstrapBrokerStringPublicTls: 'bootstrapBrokersPublicTls',
  BootstrapBrokerStringPublicSaslScram: 'bootstrapBrokersPublicSaslScram',
  BootstrapBrokerStringPublicSaslIam: 'bootstrapBrokersPublicSaslIam',
  BootstrapBrokerStringVpcConnectivityTls: 'bootstrapBrokersVpcConnectivityTls',
  BootstrapBrokerStringVpcConnectivitySaslScram: 'bootstrapBrokersVpcConnectivitySaslScram',
  BootstrapBrokerStringVpcConnectivitySaslIam: 'bootstrapBrokersVpcConnectivitySaslIam',
  BootstrapBrokerStringIpv6: 'bootstrapBrokersIpv6',
  BootstrapBrokerStringTlsIpv6: 'bootstrapBrokersTlsIpv6',
  BootstrapBrokerStringSaslScramIpv6: 'bootstrapBrokersSaslScramIpv6',
  BootstrapBrokerStringSaslIamIpv6: 'bootstrapBrokersSaslIamIpv6',
} as const satisfies Record<BootstrapField, string>;

export type BootstrapOutputName = (typeof BOOTSTRAP_OUTPUTS)[BootstrapField];
