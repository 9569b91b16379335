/** The listeners of a self-managed cluster and the security-group rules that follow from them (pure, read by the plan). */
import * as D from './defaults';
import type { ListenerPlan, SecurityGroupRulePlan } from './plan-types';

/** Listeners: the controller listener, the inter-broker (replication) listener, one per client auth mode. */
export function listenersFor(controllerAuth: 'ssl' | 'sasl-plain', scram: boolean, mtls: boolean): ListenerPlan[] {
  const L = D.LISTENERS;
  const out: ListenerPlan[] = [
    controllerAuth === 'ssl'
      ? { name: L.controller.name, port: L.controller.port, protocol: 'SSL', on: 'controllers', audience: 'cluster-nodes', mutualTls: true }
      : { name: L.controller.name, port: L.controller.port, protocol: 'SASL_SSL', on: 'controllers', audience: 'cluster-nodes', mutualTls: false, saslMechanism: 'PLAIN' },
    { name: L.replication.name, port: L.replication.port, protocol: 'SSL', on: 'brokers', audience: 'brokers', mutualTls: true },
  ];
  if (scram) out.push({ name: L.scram.name, port: L.scram.port, protocol: 'SASL_SSL', on: 'brokers', audience: 'clients', mutualTls: false, saslMechanism: 'SCRAM-SHA-512' });
  if (mtls) out.push({ name: L.mtls.name, port: L.mtls.port, protocol: 'SSL', on: 'brokers', audience: 'clients', mutualTls: true });
  return out;
}

/** Clients reach only client listeners on brokers; controllers are reachable only from cluster nodes. */
export function securityGroupRules(listeners: readonly ListenerPlan[], combined: boolean): SecurityGroupRulePlan[] {
  const out: SecurityGroupRulePlan[] = [];
  for (const l of listeners) {
    if (l.on === 'controllers') {
      const target = combined ? 'brokers' : 'controllers';
      out.push({ target, source: 'brokers', port: l.port, description: `${l.name}: brokers to controllers (KRaft)` });
      if (!combined) out.push({ target, source: 'controllers', port: l.port, description: `${l.name}: controller quorum (Raft)` });
    } else if (l.audience === 'brokers') {
      out.push({ target: 'brokers', source: 'brokers', port: l.port, description: `${l.name}: replication between brokers` });
      // The rolling-restart document runs on controllers too: it asks the brokers (this listener, node certificate) for
      // under-replicated partitions and the quorum status before and after restarting a controller.
      if (!combined) out.push({ target: 'brokers', source: 'controllers', port: l.port, description: `${l.name}: restart checks from controllers (URP, quorum status)` });
    } else {
      out.push({ target: 'brokers', source: 'clients', port: l.port, description: `${l.name}: Kafka clients (${l.saslMechanism ?? 'mTLS'} over TLS)` });
    }
  }
  return out;
}
