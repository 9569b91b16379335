/** The plugin checksum function's inline source, run in a sandbox with a stand-in S3 client (no network). */
import { createHash } from 'crypto';
import * as vm from 'vm';
import { PLUGIN_CHECK_FUNCTION, pluginCheckInput } from '../../lib/pipelines';
import { PLUGIN } from './archival-connect-rows';

const ZIP = Buffer.from('PK\u0003\u0004 a plugin');
const SHA = createHash('sha256').update(ZIP).digest('hex');

function load(requests: unknown[]): (event: unknown) => Promise<unknown> {
  class GetObjectCommand { constructor(readonly input: unknown) {} }
  const s3 = {
    S3Client: class { send(cmd: GetObjectCommand) { requests.push(cmd.input); return Promise.resolve({ Body: (async function* () { yield ZIP.subarray(0, 4); yield ZIP.subarray(4); })() }); } },
    GetObjectCommand,
  };
  const mod = { exports: {} as { handler?: (event: unknown) => Promise<unknown> } };
  const req = (name: string) => (name === '@aws-sdk/client-s3' ? s3 : require(name));
  vm.runInNewContext(PLUGIN_CHECK_FUNCTION.source, { require: req, module: mod, exports: mod.exports, Buffer, console: { log: () => undefined } });
  return (mod.exports as { handler: (event: unknown) => Promise<unknown> }).handler;
}

describe('plugin checksum function (Pulumi invocation path)', () => {
  test('the pinned digest: passes, reading exactly the pinned object version', async () => {
    const requests: unknown[] = [];
    const input = pluginCheckInput({ ...PLUGIN, sha256: SHA });
    await expect(load(requests)({ ...input, tf: { action: 'create' } })).resolves.toEqual({ Sha256: SHA });
    expect(requests).toEqual([{ Bucket: PLUGIN.bucketName, Key: PLUGIN.key, VersionId: PLUGIN.objectVersion }]);
  });

  test('another digest: fails with both digests', async () => {
    await expect(load([])({ ...pluginCheckInput(PLUGIN), tf: { action: 'update' } })).rejects.toThrow(`Error: s3://${PLUGIN.bucketName}/${PLUGIN.key} version v1 has SHA-256 ${SHA}, pinned: ${PLUGIN.sha256}`);
  });

  test('delete: reads nothing', async () => {
    const requests: unknown[] = [];
    await expect(load(requests)({ ...pluginCheckInput(PLUGIN), tf: { action: 'delete' } })).resolves.toEqual({});
    expect(requests).toEqual([]);
  });
});
