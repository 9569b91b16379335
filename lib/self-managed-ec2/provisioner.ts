/**
 * The provisioner: one small Node.js function both faces deploy (CDK: custom resources; Pulumi:
 * `aws.lambda.Invocation`). It does, at deploy time, the two things no template may contain:
 * - `cluster-id`: generates the KRaft cluster id ONCE (16 random bytes, URL-safe base64, never a leading '-') into
 *   the cluster-id SSM parameter, and never changes an existing one;
 * - `tls`: creates the cluster CA (ECDSA P-256) in its secret, then a key and certificate per node (CN and SAN = the
 *   node's DNS name, serverAuth + clientAuth) into the node's secret, filling only secrets that hold none yet (or
 *   that carry an older `generation`), and publishes the CA certificate in an SSM parameter for clients.
 * - `ca-certificate-secret`: copies the CA certificate (never its key) into a certificate-only secret
 *   (`{"certificate"}`), the root CA a Lambda event source mapping trusts; rewritten only when the CA changed.
 * - `passwords`: writes `{"username","password"}` (32 random letters and digits) into each listed secret that holds no
 *   password yet (the Pulumi face's SCRAM and controller secrets, so that no password is ever in Pulumi state).
 * Keys never leave the function except into Secrets Manager; nothing secret is logged or returned.
 *
 * The source is plain JavaScript (no dependencies beyond the Lambda runtime's AWS SDK v3), kept inline so both faces
 * deploy it without assets, as a deploy-time function (`lib/aws/deploy-time-function.ts`). Tests run it in a VM with
 * fake SDK clients and check the certificates with node:crypto.
 */
import { DEPLOY_TIME_FUNCTION_HANDLER, DEPLOY_TIME_FUNCTION_RUNTIME, type DeployTimeFunctionSpec } from '../aws/deploy-time-function';
import { CONTROLLER_PLAIN_USER } from './defaults';
import type { SelfManagedClusterPlan } from './plan-types';

export const PROVISIONER_RUNTIME = DEPLOY_TIME_FUNCTION_RUNTIME;
export const PROVISIONER_HANDLER = DEPLOY_TIME_FUNCTION_HANDLER;
export const PROVISIONER_TIMEOUT_SECONDS = 300;
export const PROVISIONER_MEMORY_MB = 256;

/** The provisioner of a cluster, as both faces deploy it. */
export function provisionerFunction(plan: SelfManagedClusterPlan): DeployTimeFunctionSpec {
  return {
    name: 'provisioner',
    description: `kafka-iac ${plan.clusterName}: cluster id and TLS material (never logged or returned)`,
    roleDescription: `kafka-iac ${plan.clusterName}: generates the cluster id and TLS material at deploy time`,
    source: PROVISIONER_SOURCE,
    timeoutSeconds: PROVISIONER_TIMEOUT_SECONDS,
    memoryMb: PROVISIONER_MEMORY_MB,
  };
}

export interface ClusterIdInput {
  readonly Action: 'cluster-id';
  readonly ParameterName: string;
  /** The spec's id (adoption); absent: generate one. */
  readonly ClusterId?: string;
  readonly RetainOnDelete: 'true' | 'false';
}

export interface TlsNodeInput {
  readonly Name: string;
  readonly SecretArn: string;
  readonly DnsName: string;
}

export interface TlsInput {
  readonly Action: 'tls';
  readonly CaSecretArn: string;
  readonly CaCommonName: string;
  readonly CaValidityDays: string;
  readonly ValidityDays: string;
  readonly Generation: string;
  readonly CaCertificateParameter: string;
  readonly Nodes: TlsNodeInput[];
}

export interface PasswordsInput {
  readonly Action: 'passwords';
  readonly Name: string;
  readonly Secrets: { readonly SecretArn: string; readonly Username: string }[];
}

/** The shared credential secrets of the plan (SCRAM users, controller PLAIN user), for the `passwords` action. */
export function passwordSecrets(plan: SelfManagedClusterPlan): { secretName: string; username: string }[] {
  return [
    ...plan.scramUsers.map((u) => ({ secretName: u.secretName, username: u.user })),
    ...(plan.controllerPasswordSecretName ? [{ secretName: plan.controllerPasswordSecretName, username: CONTROLLER_PLAIN_USER }] : []),
  ];
}

export interface CaCertificateSecretInput {
  readonly Action: 'ca-certificate-secret';
  readonly Name: string;
  readonly CaSecretArn: string;
  readonly SecretArn: string;
  /** Fingerprint of the CA the tls action returned: a new CA runs the copy again. */
  readonly CaFingerprint: string;
}

/** Input of the copy of the CA certificate into the certificate-only secret of the cluster's Lambda consumers. */
export function caCertificateSecretInput(plan: SelfManagedClusterPlan, caSecretArn: string, secretArn: string, caFingerprint: string): CaCertificateSecretInput {
  return { Action: 'ca-certificate-secret', Name: `${plan.secretPrefix}/ca-certificate`, CaSecretArn: caSecretArn, SecretArn: secretArn, CaFingerprint: caFingerprint };
}

export function passwordsInput(plan: SelfManagedClusterPlan, secretArn: (secretName: string) => string): PasswordsInput {
  return { Action: 'passwords', Name: `${plan.secretPrefix}/passwords`, Secrets: passwordSecrets(plan).map((s) => ({ SecretArn: secretArn(s.secretName), Username: s.username })) };
}

export function clusterIdInput(plan: SelfManagedClusterPlan): ClusterIdInput {
  return {
    Action: 'cluster-id',
    ParameterName: plan.clusterId.parameterName,
    ...(plan.clusterId.value ? { ClusterId: plan.clusterId.value } : {}),
    RetainOnDelete: plan.removal === 'retain' ? 'true' : 'false',
  };
}

export function tlsInput(plan: SelfManagedClusterPlan, caSecretArn: string, nodeSecretArn: (nodeName: string) => string): TlsInput {
  return {
    Action: 'tls',
    CaSecretArn: caSecretArn,
    CaCommonName: plan.tls.caCommonName,
    CaValidityDays: String(plan.tls.caValidityDays),
    ValidityDays: String(plan.tls.certificateValidityDays),
    Generation: String(plan.tls.generation),
    CaCertificateParameter: plan.tls.caCertificateParameter,
    Nodes: plan.nodes.map((n) => ({ Name: n.name, SecretArn: nodeSecretArn(n.name), DnsName: n.dnsName })),
  };
}

export const PROVISIONER_SOURCE = String.raw`'use strict';
// kafka-iac provisioner: cluster id and TLS material at deploy time. Never logs or returns key material.
const crypto = require('crypto');
const https = require('https');
const ssmSdk = require('@aws-sdk/client-ssm');
const smSdk = require('@aws-sdk/client-secrets-manager');
const ssm = new ssmSdk.SSMClient({});
const sm = new smSdk.SecretsManagerClient({});
const VALID_ID = /^[A-Za-z0-9_][A-Za-z0-9_-]{20}[AQgw]$/;
const RESERVED = ['AAAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAAAAAAAQ'];

function b64u(b) { return b.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''); }
function newClusterId() {
  for (;;) { const id = b64u(crypto.randomBytes(16)); if (id[0] !== '-' && RESERVED.indexOf(id) < 0) return id; }
}

// Minimal DER writer for X.509 v3 certificates.
function len(n) { if (n < 128) return Buffer.from([n]); const b = []; while (n > 0) { b.unshift(n & 255); n = Math.floor(n / 256); } return Buffer.from([128 | b.length].concat(b)); }
function tlv(tag) { const body = Buffer.concat(Array.prototype.slice.call(arguments, 1)); return Buffer.concat([Buffer.from([tag]), len(body.length), body]); }
function seq() { return tlv.apply(null, [0x30].concat(Array.prototype.slice.call(arguments))); }
function oid(s) {
  const a = s.split('.').map(Number); const out = [40 * a[0] + a[1]];
  a.slice(2).forEach(function (v) { const b = [v & 127]; v = Math.floor(v / 128); while (v > 0) { b.unshift(128 | (v & 127)); v = Math.floor(v / 128); } Array.prototype.push.apply(out, b); });
  return tlv(6, Buffer.from(out));
}
function int(b) { return tlv(2, b[0] & 128 ? Buffer.concat([Buffer.from([0]), b]) : b); }
function time(d) {
  const s = d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z';
  return d.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(s.slice(2))) : tlv(0x18, Buffer.from(s));
}
function dn(cn) { return seq(tlv(0x31, seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from(cn, 'utf8'))))); }
function ext(id, critical, value) { return critical ? seq(oid(id), tlv(1, Buffer.from([255])), tlv(4, value)) : seq(oid(id), tlv(4, value)); }
const ECDSA_SHA256 = seq(oid('1.2.840.10045.4.3.2'));
function keyId(publicKey) { return crypto.createHash('sha1').update(publicKey.export({ type: 'spki', format: 'der' })).digest(); }
function pem(der) { return '-----BEGIN CERTIFICATE-----\n' + der.toString('base64').match(/.{1,64}/g).join('\n') + '\n-----END CERTIFICATE-----\n'; }

function certificate(o) {
  const notBefore = new Date(Date.now() - 3600 * 1000);
  const notAfter = new Date(notBefore.getTime() + o.days * 86400 * 1000);
  const exts = [
    ext('2.5.29.19', true, o.ca ? seq(tlv(1, Buffer.from([255]))) : seq()),
    ext('2.5.29.15', true, o.ca ? tlv(3, Buffer.from([1, 0x06])) : tlv(3, Buffer.from([7, 0x80]))),
    ext('2.5.29.14', false, tlv(4, keyId(o.publicKey))),
  ];
  if (!o.ca) {
    exts.push(ext('2.5.29.37', false, seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))));
    exts.push(ext('2.5.29.17', false, seq(tlv(0x82, Buffer.from(o.dnsName, 'ascii')))));
    exts.push(ext('2.5.29.35', false, seq(tlv(0x80, o.issuerKeyId))));
  }
  const serial = crypto.randomBytes(16); serial[0] = (serial[0] & 0x7f) | 0x40;
  const tbs = seq(tlv(0xa0, int(Buffer.from([2]))), int(serial), ECDSA_SHA256, dn(o.issuer), seq(time(notBefore), time(notAfter)), dn(o.subject),
    o.publicKey.export({ type: 'spki', format: 'der' }), tlv(0xa3, seq.apply(null, exts)));
  const signature = crypto.sign('sha256', tbs, o.signingKey);
  return pem(seq(tbs, ECDSA_SHA256, tlv(3, Buffer.concat([Buffer.from([0]), signature]))));
}
function ecKeys() { return crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }); }
function pkcs8(k) { return k.export({ type: 'pkcs8', format: 'pem' }); }

function missing(e) { return e && (e.name === 'ParameterNotFound' || e.name === 'ResourceNotFoundException'); }
async function getParameter(name) {
  try { return (await ssm.send(new ssmSdk.GetParameterCommand({ Name: name }))).Parameter.Value; } catch (e) { if (missing(e)) return undefined; throw e; }
}
async function readJson(arn) {
  let s;
  try { s = (await sm.send(new smSdk.GetSecretValueCommand({ SecretId: arn }))).SecretString; } catch (e) { if (missing(e)) return {}; throw e; }
  try { const v = JSON.parse(s || '{}'); return v && typeof v === 'object' ? v : {}; } catch (e) { return {}; }
}
async function putJson(arn, value) { await sm.send(new smSdk.PutSecretValueCommand({ SecretId: arn, SecretString: JSON.stringify(value) })); }

async function clusterId(type, p) {
  if (type === 'Delete') {
    if (p.RetainOnDelete !== 'true') { try { await ssm.send(new ssmSdk.DeleteParameterCommand({ Name: p.ParameterName })); } catch (e) { if (!missing(e)) throw e; } }
    return {};
  }
  const existing = await getParameter(p.ParameterName);
  if (existing !== undefined) {
    if (!VALID_ID.test(existing)) throw new Error(p.ParameterName + ' holds a malformed cluster id');
    if (p.ClusterId && p.ClusterId !== existing) throw new Error(p.ParameterName + ' already holds another cluster id than the one given: refusing to change it');
    return { ClusterId: existing };
  }
  const id = p.ClusterId || newClusterId();
  await ssm.send(new ssmSdk.PutParameterCommand({ Name: p.ParameterName, Value: id, Type: 'String', Overwrite: false, Description: 'KRaft cluster id (kafka-iac): never change it' }));
  return { ClusterId: id };
}

async function tls(type, p) {
  if (type === 'Delete') return {};
  const generation = Number(p.Generation || 1);
  let ca = await readJson(p.CaSecretArn);
  if (!ca.certificate || !ca.privateKey) {
    const k = ecKeys();
    ca = { certificate: certificate({ ca: true, subject: p.CaCommonName, issuer: p.CaCommonName, publicKey: k.publicKey, signingKey: k.privateKey, days: Number(p.CaValidityDays) }), privateKey: pkcs8(k.privateKey) };
    await putJson(p.CaSecretArn, ca);
  }
  const caCert = new crypto.X509Certificate(ca.certificate);
  const caKey = crypto.createPrivateKey(ca.privateKey);
  const issuer = caCert.subject.replace(/^CN=/, '');
  const issuerKeyId = keyId(caCert.publicKey);
  let issued = 0;
  for (const n of p.Nodes || []) {
    const cur = await readJson(n.SecretArn);
    if (cur.certificateChain && cur.privateKey && cur.caCertificates === ca.certificate && Number(cur.generation || 1) >= generation) continue;
    const k = ecKeys();
    const cert = certificate({ subject: n.DnsName, issuer: issuer, publicKey: k.publicKey, signingKey: caKey, days: Number(p.ValidityDays), dnsName: n.DnsName, issuerKeyId: issuerKeyId });
    await putJson(n.SecretArn, { certificateChain: cert + ca.certificate, privateKey: pkcs8(k.privateKey), caCertificates: ca.certificate, generation: generation });
    issued++;
  }
  await ssm.send(new ssmSdk.PutParameterCommand({ Name: p.CaCertificateParameter, Value: ca.certificate, Type: 'String', Overwrite: true }));
  return { Issued: String(issued), CaFingerprint: caCert.fingerprint256 };
}

async function caCertificateSecret(type, p) {
  if (type === 'Delete') return {};
  const ca = await readJson(p.CaSecretArn);
  if (!ca.certificate) throw new Error('the cluster CA is not issued yet: the tls action runs first');
  const cur = await readJson(p.SecretArn);
  if (cur.certificate === ca.certificate && Object.keys(cur).length === 1) return { Written: 'false' };
  await putJson(p.SecretArn, { certificate: ca.certificate });
  return { Written: 'true' };
}

async function passwords(type, p) {
  if (type === 'Delete') return {};
  let created = 0;
  for (const s of p.Secrets || []) {
    const cur = await readJson(s.SecretArn);
    if (cur.password) continue;
    let password = '';
    while (password.length < 32) password += crypto.randomBytes(48).toString('base64').replace(/[^A-Za-z0-9]/g, '');
    await putJson(s.SecretArn, { username: s.Username, password: password.slice(0, 32) });
    created++;
  }
  return { Created: String(created) };
}

function respond(event, status, physicalId, data, reason) {
  const body = JSON.stringify({ Status: status, Reason: reason, PhysicalResourceId: physicalId, StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, Data: data });
  return new Promise(function (resolve, reject) {
    const req = https.request(event.ResponseURL, { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } }, function (res) { res.resume(); res.on('end', resolve); });
    req.on('error', reject); req.end(body);
  });
}

const TYPES = { create: 'Create', update: 'Update', delete: 'Delete' };
exports.handler = async function (event) {
  // CloudFormation custom resource (ResponseURL) or a direct invocation (Pulumi aws.lambda.Invocation, CRUD scope).
  const cfn = typeof event.ResponseURL === 'string';
  const p = cfn ? event.ResourceProperties : event;
  const type = cfn ? event.RequestType : (event.tf && TYPES[event.tf.action]) || 'Create';
  const physicalId = p.Action === 'cluster-id' ? p.ParameterName : p.Action === 'tls' ? p.CaSecretArn : p.Name;
  try {
    let data;
    if (p.Action === 'cluster-id') data = await clusterId(type, p);
    else if (p.Action === 'tls') data = await tls(type, p);
    else if (p.Action === 'passwords') data = await passwords(type, p);
    else if (p.Action === 'ca-certificate-secret') data = await caCertificateSecret(type, p);
    else throw new Error('unknown Action');
    if (!cfn) return data;
    await respond(event, 'SUCCESS', physicalId, data, 'OK');
  } catch (e) {
    const reason = String((e && e.name) || 'Error') + ': ' + String((e && e.message) || '').slice(0, 300);
    console.log('kafka-iac provisioner ' + p.Action + ' ' + type + ' failed: ' + reason);
    if (!cfn) throw new Error(reason);
    await respond(event, 'FAILED', physicalId || 'kafka-iac-provisioner', {}, reason);
  }
};
`;
