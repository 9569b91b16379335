/**
 * The provisioner's inline JavaScript, run in a VM with fake SSM and Secrets Manager clients: the cluster id is
 * generated once and kept; the CA and node certificates are valid X.509 (checked by node:crypto and openssl), named
 * after the node's DNS name, and re-issued only for blank secrets or a higher generation. Nothing secret is logged.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import {
  caCertificateSecretInput, clusterIdInput, isValidClusterId, passwordsInput, planSelfManagedCluster, PROVISIONER_SOURCE, tlsInput,
} from '../../lib/self-managed-ec2';
import { spec } from './fixtures';

type Store = { params: Map<string, string>; secrets: Map<string, string>; logs: string[] };
type Handler = (event: unknown) => Promise<Record<string, string>>;

function load(store: Store): Handler {
  const command = (name: string) => class { constructor(readonly input: Record<string, string>) {} static kind = name; };
  const err = (name: string) => Object.assign(new Error(name), { name });
  const ssm = {
    SSMClient: class {
      async send(c: { input: Record<string, string>; constructor: { kind: string } }) {
        const { Name, Value, Overwrite } = c.input as unknown as { Name: string; Value: string; Overwrite?: boolean };
        switch (c.constructor.kind) {
          case 'GetParameter': if (!store.params.has(Name)) throw err('ParameterNotFound'); return { Parameter: { Value: store.params.get(Name) } };
          case 'PutParameter': if (store.params.has(Name) && !Overwrite) throw err('ParameterAlreadyExists'); store.params.set(Name, Value); return {};
          case 'DeleteParameter': if (!store.params.delete(Name)) throw err('ParameterNotFound'); return {};
          default: throw new Error(c.constructor.kind);
        }
      }
    },
    GetParameterCommand: command('GetParameter'), PutParameterCommand: command('PutParameter'), DeleteParameterCommand: command('DeleteParameter'),
  };
  const sm = {
    SecretsManagerClient: class {
      async send(c: { input: Record<string, string>; constructor: { kind: string } }) {
        const { SecretId, SecretString } = c.input;
        if (!store.secrets.has(SecretId)) throw err('ResourceNotFoundException');
        if (c.constructor.kind === 'GetSecretValue') return { SecretString: store.secrets.get(SecretId) };
        store.secrets.set(SecretId, SecretString);
        return {};
      }
    },
    GetSecretValueCommand: command('GetSecretValue'), PutSecretValueCommand: command('PutSecretValue'),
  };
  const modules: Record<string, unknown> = { crypto, https: {}, '@aws-sdk/client-ssm': ssm, '@aws-sdk/client-secrets-manager': sm };
  const mod = { exports: {} as { handler?: Handler } };
  const context = vm.createContext({
    module: mod, exports: mod.exports, Buffer, Date, Math, JSON, Promise, Error,
    require: (m: string) => { if (!(m in modules)) throw new Error(`unexpected require ${m}`); return modules[m]; },
    console: { log: (s: string) => store.logs.push(s) },
  });
  vm.runInContext(PROVISIONER_SOURCE, context);
  return mod.exports.handler!;
}

const plan = planSelfManagedCluster(spec());
const arnOf = (name: string) => `arn:aws:secretsmanager:eu-west-1:123456789012:secret:${name}-AbCdEf`;
const placeholder = JSON.stringify({ state: 'pending', placeholder: 'x' });

function fresh(): Store {
  const secrets = new Map<string, string>([[arnOf(plan.tls.caSecretName), placeholder], ...plan.nodes.map((n) => [arnOf(n.tlsSecretName), placeholder] as [string, string])]);
  return { params: new Map(), secrets, logs: [] };
}
const tls = (generation = 1) => {
  const input = tlsInput(plan, arnOf(plan.tls.caSecretName), (name) => arnOf(plan.nodes.find((n) => n.name === name)!.tlsSecretName));
  return { ...input, Generation: String(generation) };
};

describe('cluster id', () => {
  test('generated once, valid, kept on update; never regenerated', async () => {
    const store = fresh();
    const handler = load(store);
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const s = fresh();
      const id = (await load(s)(clusterIdInput(plan))).ClusterId;
      expect(isValidClusterId(id)).toBe(true);
      ids.add(id);
    }
    expect(ids.size).toBe(200);
    const first = await handler(clusterIdInput(plan));
    const again = await handler({ ...clusterIdInput(plan), tf: { action: 'update' } });
    expect(again.ClusterId).toBe(first.ClusterId);
    expect(store.params.get(plan.clusterId.parameterName)).toBe(first.ClusterId);
  });
  test('an explicit id is written; a different existing one is refused', async () => {
    const store = fresh();
    const handler = load(store);
    expect((await handler({ ...clusterIdInput(plan), ClusterId: 'MkU3OEVBNTcwNTJENDM2Qg' })).ClusterId).toBe('MkU3OEVBNTcwNTJENDM2Qg');
    await expect(handler({ ...clusterIdInput(plan), ClusterId: 'AAAAAAAAAAAAAAAAAAAAAg' })).rejects.toThrow(/refusing to change it/);
  });
  test('delete keeps the parameter when retained, removes it otherwise', async () => {
    const store = fresh();
    const handler = load(store);
    await handler(clusterIdInput(plan));
    await handler({ ...clusterIdInput(plan), tf: { action: 'delete' } });
    expect(store.params.has(plan.clusterId.parameterName)).toBe(true);
    await handler({ ...clusterIdInput(plan), RetainOnDelete: 'false', tf: { action: 'delete' } });
    expect(store.params.has(plan.clusterId.parameterName)).toBe(false);
  });
});

describe('TLS material', () => {
  const store = fresh();
  let result: Record<string, string>;
  beforeAll(async () => { result = await load(store)(tls()); });
  const secret = (name: string) => JSON.parse(store.secrets.get(arnOf(name))!);

  test('a CA and one certificate per node, chained to the CA, CN and SAN = the node DNS name, EC P-256', () => {
    expect(result.Issued).toBe(String(plan.nodes.length));
    const ca = new crypto.X509Certificate(secret(plan.tls.caSecretName).certificate);
    expect(ca.ca).toBe(true);
    expect(ca.subject).toBe(`CN=${plan.tls.caCommonName}`);
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(store.params.get(plan.tls.caCertificateParameter)).toBe(secret(plan.tls.caSecretName).certificate);
    for (const n of plan.nodes) {
      const s = secret(n.tlsSecretName);
      expect(Object.keys(s).sort()).toEqual(['caCertificates', 'certificateChain', 'generation', 'privateKey']);
      const cert = new crypto.X509Certificate(s.certificateChain);
      expect(cert.ca).toBe(false);
      expect(`User:${cert.subject}`).toBe(n.principal);
      expect(cert.subjectAltName).toBe(`DNS:${n.dnsName}`);
      expect(cert.checkIssued(ca)).toBe(true);
      expect(cert.verify(ca.publicKey)).toBe(true);
      expect(cert.checkPrivateKey(crypto.createPrivateKey(s.privateKey))).toBe(true);
      expect(s.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
      expect(crypto.createPrivateKey(s.privateKey).asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
      const days = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / 86400000;
      expect(days).toBe(plan.tls.certificateValidityDays);
    }
  });
  test('openssl verifies every node certificate for TLS server and client use against the CA', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-tls-'));
    try {
      fs.writeFileSync(path.join(dir, 'ca.pem'), secret(plan.tls.caSecretName).certificate);
      for (const n of plan.nodes.slice(0, 2)) {
        const f = path.join(dir, `${n.name}.pem`);
        fs.writeFileSync(f, secret(n.tlsSecretName).certificateChain);
        for (const purpose of ['sslserver', 'sslclient']) {
          const r = spawnSync('openssl', ['verify', '-CAfile', path.join(dir, 'ca.pem'), '-purpose', purpose, '-verify_hostname', n.dnsName, f], { encoding: 'utf8' });
          expect(r.stdout.trim()).toBe(`${f}: OK`);
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  test('a second run issues nothing; a blank node secret gets a new certificate from the same CA; a new generation re-issues all', async () => {
    const handler = load(store);
    const before = secret(plan.nodes[0].tlsSecretName).certificateChain;
    expect((await handler(tls())).Issued).toBe('0');
    store.secrets.set(arnOf(plan.nodes[1].tlsSecretName), '{}');
    expect((await handler(tls())).Issued).toBe('1');
    expect(secret(plan.nodes[0].tlsSecretName).certificateChain).toBe(before);
    expect((await handler(tls(2))).Issued).toBe(String(plan.nodes.length));
    expect(secret(plan.nodes[0].tlsSecretName).certificateChain).not.toBe(before);
    expect(secret(plan.nodes[0].tlsSecretName).caCertificates).toBe(secret(plan.tls.caSecretName).certificate);
  });
  test('nothing is logged on success; failures log the error name only, never key material', async () => {
    expect(store.logs).toEqual([]);
    const broken = fresh();
    broken.secrets.delete(arnOf(plan.nodes[0].tlsSecretName));
    await expect(load(broken)(tls())).rejects.toThrow(/ResourceNotFoundException/);
    expect(broken.logs.join('\n')).not.toMatch(/PRIVATE KEY|CERTIFICATE/);
  });
});

describe('passwords (Pulumi face: no password in state)', () => {
  test('fills only secrets without a password, 32 letters and digits, never logged', async () => {
    const p = planSelfManagedCluster(spec({ controllerListenerAuthentication: 'sasl-plain' }));
    const store: Store = { params: new Map(), secrets: new Map(), logs: [] };
    const input = passwordsInput(p, (name) => arnOf(name));
    for (const s of input.Secrets) store.secrets.set(s.SecretArn, '');
    const handler = load(store);
    expect((await handler(input)).Created).toBe('3');
    const values = input.Secrets.map((s) => JSON.parse(store.secrets.get(s.SecretArn)!));
    expect(values.map((v) => v.username).sort()).toEqual(['audit', 'kafka_controller', 'orders-app']);
    for (const v of values) expect(v.password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect((await handler(input)).Created).toBe('0');
    expect(store.logs).toEqual([]);
  });
});

describe('ca-certificate-secret (the root CA of Lambda consumers)', () => {
  const target = arnOf('kafka-iac/orders/ca-certificate');
  const input = () => caCertificateSecretInput(plan, arnOf(plan.tls.caSecretName), target, 'fingerprint');

  test('copies the CA certificate alone (never its key) once the CA exists; a second run writes nothing', async () => {
    const store = fresh();
    store.secrets.set(target, placeholder);
    const handler = load(store);
    await handler(tls());
    expect(await handler(input())).toEqual({ Written: 'true' });
    const ca = JSON.parse(store.secrets.get(arnOf(plan.tls.caSecretName))!);
    const copy = JSON.parse(store.secrets.get(target)!);
    expect(copy).toEqual({ certificate: ca.certificate });
    expect(new crypto.X509Certificate(copy.certificate).ca).toBe(true);
    expect(JSON.stringify(copy)).not.toMatch(/PRIVATE KEY/);
    expect(await handler(input())).toEqual({ Written: 'false' });
    expect(store.logs).toEqual([]);
  });

  test('before the CA exists it fails with the reason, and logs no material', async () => {
    const store = fresh();
    store.secrets.set(target, placeholder);
    await expect(load(store)(input())).rejects.toThrow('Error: the cluster CA is not issued yet: the tls action runs first');
    expect(store.secrets.get(target)).toBe(placeholder);
  });

  test('input: the action, a name under the prefix, both secrets and the fingerprint', () => {
    expect(input()).toEqual({ Action: 'ca-certificate-secret', Name: 'kafka-iac/orders/ca-certificate', CaSecretArn: arnOf(plan.tls.caSecretName), SecretArn: target, CaFingerprint: 'fingerprint' });
  });
});
