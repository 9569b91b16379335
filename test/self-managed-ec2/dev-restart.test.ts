/**
 * The single-node development cluster restarts by itself after losing its volume: its boot script formats a blank
 * volume as the only voter even when the SSM markers say it was formatted before; production controllers never do.
 */
import { planSelfManagedCluster } from '../../lib/self-managed-ec2';
import { renderBootScript } from '../../lib/self-managed-ec2/render/boot-script';
import { devSpec, kraftSpec } from '../../examples/self-managed-specs';

/** The lines of the branch that formats blank storage (between `else` after the meta.properties check and `fi`). */
function formatBranch(script: string): string[] {
  const lines = script.split('\n');
  const start = lines.findIndex((l) => l.startsWith('  FORMAT_ARGS=('));
  const end = lines.findIndex((l, i) => i > start && l.includes('kafka-storage.sh format'));
  return lines.slice(start, end + 1);
}

test('development (combined) node: formatted before or not, a blank volume is formatted as the only voter with its SCRAM users', () => {
  const plan = planSelfManagedCluster(devSpec);
  expect(plan.combined).toBe(true);
  const branch = formatBranch(renderBootScript(plan, plan.nodes[0]!));
  expect(branch).toContain('  if [ "$OWN" = "$CLUSTER_ID" ] || [ "$FORMED" -gt 0 ]; then');
  expect(branch.join('\n')).toMatch(/formatting it again as the only voter/);
  // The flags are added after the if/fi, on both paths: no observer format, no approval wait.
  const fi = branch.indexOf('  fi');
  expect(branch.slice(fi)).toEqual(expect.arrayContaining(['  FORMAT_ARGS+=(--standalone)', '  FORMAT_ARGS+=("@$SCRAM_ARGS")']));
  expect(branch.join('\n')).not.toMatch(/--no-initial-controllers|APPROVAL_PARAM/);
});

test('production controller: a blank volume formatted before still rejoins as an observer (never a silent initial format)', () => {
  const plan = planSelfManagedCluster(kraftSpec);
  const controller = plan.nodes.find((n) => n.role === 'controller')!;
  const branch = formatBranch(renderBootScript(plan, controller)).join('\n');
  expect(branch).not.toMatch(/only voter/);
  expect(branch).toMatch(plan.quorum.mode === 'static' ? /APPROVAL_PARAM/ : /--no-initial-controllers/);
});
