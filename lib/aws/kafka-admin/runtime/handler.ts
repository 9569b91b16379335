/**
 * The admin function's Lambda handler (bundled by `scripts/bundle-functions.mjs` into
 * `dist/functions/kafka-admin/index.js`). For a CloudFormation custom resource it answers at the response URL; for a
 * Pulumi invocation it returns the summary or throws, which fails the deployment either way with the reason.
 * Credentials are read at run time (Secrets Manager, the MSK IAM signer) and never logged or returned: every message
 * that leaves the function has the secret values it read scrubbed out.
 */
import * as https from 'https';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { generateAuthToken } from 'aws-msk-iam-sasl-signer-js';
import { parseKafkaAdminEvent, type KafkaAdminConnection } from '../input';
import type { KafkaAdminPort } from '../port';
import { reconcile, type ReconcileSummary } from '../reconcile';
import { DEFAULT_RETRY, waitForCluster, type ReadinessClock } from '../retry';
import { adminClientOptions, credentialsFromSecret, type AdminClientOptions, type KafkaAdminCredentials } from './client-options';
import { needsCluster, Scrubber, summaryData } from './outcome';
import { PlatformaticAdminPort } from './platformatic-port';

/** Physical id of a custom resource whose create failed: its delete has nothing to undo. */
export const CREATE_FAILED_ID = 'kafka-iac-admin-create-failed';

/** Credentials and CA read at run time. */
export interface ReadCredentials {
  readonly credentials: KafkaAdminCredentials;
  /**
   * The cluster CA certificate (PEM).
   * @default - none (Node.js's trusted CAs)
   */
  readonly ca?: string;
}

async function readCredentials(c: KafkaAdminConnection, scrub: Scrubber): Promise<ReadCredentials> {
  let ca: string | undefined;
  if (c.caCertificateParameter) {
    const ssm = new SSMClient({ region: c.region });
    ca = (await ssm.send(new GetParameterCommand({ Name: c.caCertificateParameter }))).Parameter?.Value;
    if (!ca?.includes('-----BEGIN CERTIFICATE')) throw new Error(`The CA parameter ${c.caCertificateParameter} must hold a PEM certificate, got: none. Deploy the cluster's provisioner first.`);
  }
  if (c.auth === 'iam') {
    return { ca, credentials: { kind: 'iam', token: async () => scrub.add((await generateAuthToken({ region: c.region })).token) } };
  }
  if (!c.secretArn) throw new Error(`\`connection.secretArn\` must name the admin secret for ${c.auth}, got: undefined. Pass the admin secret.`);
  const sm = new SecretsManagerClient({ region: c.region });
  const secret = (await sm.send(new GetSecretValueCommand({ SecretId: c.secretArn }))).SecretString;
  scrub.add(secret);
  const credentials = credentialsFromSecret(c.auth, secret);
  if (credentials.kind === 'scram') scrub.add(credentials.password);
  if (credentials.kind === 'mtls') scrub.add(credentials.privateKey);
  return { credentials, ca };
}

/** What the handler reaches outside itself (tests replace both). */
export interface HandlerDeps {
  readonly readCredentials: (c: KafkaAdminConnection, scrub: Scrubber) => Promise<ReadCredentials>;
  readonly openPort: (options: AdminClientOptions) => KafkaAdminPort & { close(): Promise<void> };
  /**
   * The clock of the readiness wait.
   * @default - the system clock
   */
  readonly clock?: ReadinessClock;
}
const AWS_DEPS: HandlerDeps = { readCredentials, openPort: (options) => new PlatformaticAdminPort(options) };

function respond(event: Record<string, unknown>, status: 'SUCCESS' | 'FAILED', physicalId: string, data: Record<string, string>, reason: string): Promise<void> {
  const body = JSON.stringify({
    Status: status, Reason: reason, PhysicalResourceId: physicalId, StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, Data: data,
  });
  return new Promise((resolve, reject) => {
    const req = https.request(event.ResponseURL as string, { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function handle(event: Record<string, unknown>, deps: HandlerDeps = AWS_DEPS): Promise<ReconcileSummary | Record<string, never>> {
  const scrub = new Scrubber();
  const cfn = typeof event.ResponseURL === 'string';
  // A create that fails answers CREATE_FAILED_ID; an update or delete keeps the id it was given (never a replacement).
  const givenId = typeof event.PhysicalResourceId === 'string' ? event.PhysicalResourceId : undefined;
  let physicalId = givenId ?? CREATE_FAILED_ID;
  try {
    const request = parseKafkaAdminEvent(event);
    let summary: ReconcileSummary | Record<string, never> = {};
    // Nothing to undo (a failed create, or a catalog without deletable topics, ACLs or quotas): no connection at all.
    const skipDelete = request.type === 'Delete' && (givenId === CREATE_FAILED_ID || !needsCluster(request.previous));
    if (!skipDelete) {
      const { credentials, ca } = await deps.readCredentials(request.connection, scrub);
      const port = deps.openPort(adminClientOptions(request.connection, credentials, ca));
      try {
        const wait = request.connection.waitForClusterSeconds;
        if (wait !== undefined && wait > 0 && request.type !== 'Delete') await waitForCluster(() => port.listTopics(), wait, deps.clock);
        summary = await reconcile(port, request.desired, request.previous, DEFAULT_RETRY);
      } finally {
        await port.close().catch(() => undefined);
      }
    }
    physicalId = givenId ?? request.catalogId;
    console.log(scrub.clean(`kafka-iac admin ${request.type} ${request.catalogId}: ${JSON.stringify(summary)}`));
    if (cfn) await respond(event, 'SUCCESS', physicalId, summaryData(summary), 'OK');
    return summary;
  } catch (e) {
    const reason = scrub.clean(`${e instanceof Error ? e.message : String(e)}`).slice(0, 3500);
    console.log(`kafka-iac admin failed: ${reason}`);
    if (!cfn) throw new Error(reason);
    await respond(event, 'FAILED', physicalId, {}, reason);
    return {};
  }
}

export const handler = (event: Record<string, unknown>) => handle(event);
export { PlatformaticAdminPort } from './platformatic-port';
