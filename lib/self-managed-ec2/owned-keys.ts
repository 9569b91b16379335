/**
 * Keys the self-managed renderers own (conventions §2): a user's extra property may not override them, and the
 * error names the prop that controls the key. Prefix rules cover the per-listener and plugin families.
 */
import { Issue, IssueCollector, ServerPropertiesSpec } from '../core';

export const SELF_MANAGED_OWNED_KEYS: Readonly<Record<string, string>> = {
  'process.roles': 'combinedMode',
  'node.id': 'brokers.count',
  'broker.id': 'brokers.count',
  listeners: 'clientAuthentication',
  'advertised.listeners': 'dnsZoneName',
  'listener.security.protocol.map': 'clientAuthentication',
  'controller.listener.names': 'controllerListenerAuthentication',
  'inter.broker.listener.name': 'clientAuthentication',
  'security.inter.broker.protocol': 'clientAuthentication',
  'early.start.listeners': 'controllerListenerAuthentication',
  'controller.quorum.voters': 'quorum',
  'controller.quorum.bootstrap.servers': 'quorum',
  'log.dirs': 'brokers.volume',
  'log.dir': 'brokers.volume',
  'metadata.log.dir': 'controllers.volume',
  'broker.rack': 'availabilityZones',
  'authorizer.class.name': 'superUsers',
  'allow.everyone.if.no.acl.found': 'superUsers',
  'super.users': 'superUsers',
  'sasl.enabled.mechanisms': 'clientAuthentication',
  'sasl.mechanism.controller.protocol': 'controllerListenerAuthentication',
  'sasl.mechanism.inter.broker.protocol': 'clientAuthentication',
  'remote.log.storage.system.enable': 'tieredStorage',
  'remote.log.metadata.manager.listener.name': 'tieredStorage',
};

const OWNED_PREFIXES: readonly [string, string][] = [
  ['listener.name.', 'clientAuthentication'],
  ['ssl.', 'clientAuthentication'],
  ['sasl.', 'clientAuthentication'],
  ['config.providers', 'clientAuthentication (secrets are read through config providers)'],
  ['remote.log.storage.manager.', 'tieredStorage'],
  ['remote.log.metadata.manager.', 'tieredStorage'],
  ['rsm.config.', 'tieredStorage'],
  ['rlmm.config.', 'tieredStorage'],
];

/** The prop that controls a key, when the library owns it. */
export function ownerOf(key: string): string | undefined {
  return SELF_MANAGED_OWNED_KEYS[key] ?? OWNED_PREFIXES.find(([p]) => key.startsWith(p))?.[1];
}

/**
 * Refuses owned keys among the extras (same code and grammar as the core check) and returns the spec without
 * them, so the core validation does not report them a second time as unknown.
 */
export function checkOwnedExtras(spec: ServerPropertiesSpec, path: string): { issues: Issue[]; rest: ServerPropertiesSpec } {
  const c = new IssueCollector();
  const extra = spec.extraProperties ?? {};
  const kept: Record<string, string | number | boolean> = {};
  for (const key of Object.keys(extra).sort()) {
    const owner = ownerOf(key);
    if (owner !== undefined) {
      c.error('core/owned-property', `${path}.extraProperties.${key}`, 'not override a key the library sets', key, `Use \`${owner}\` instead.`);
    } else {
      kept[key] = extra[key];
    }
  }
  return { issues: [...c.issues], rest: { ...spec, extraProperties: kept } };
}
