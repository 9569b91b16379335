/** IPv4 CIDR arithmetic shared by the network plans (VPCs, peering, firewall rules). Pure. */

/** Parses `a.b.c.d/p` into a 32-bit network and prefix, or undefined when malformed. */
export function parseIpv4Cidr(cidr: string): { readonly address: number; readonly prefix: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  return { address, prefix };
}

/** Formats a 32-bit address and prefix as `a.b.c.d/p`. */
export function formatIpv4Cidr(address: number, prefix: number): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256);
  return `${octets.join('.')}/${prefix}`;
}

/** Whether two CIDR ranges share an address (false when either is malformed). */
export function ipv4CidrsOverlap(a: string, b: string): boolean {
  const x = parseIpv4Cidr(a);
  const y = parseIpv4Cidr(b);
  if (!x || !y) return false;
  const prefix = Math.min(x.prefix, y.prefix);
  const block = 2 ** (32 - prefix);
  return Math.floor(x.address / block) === Math.floor(y.address / block);
}

/** The private (RFC 1918) ranges `freeIpv4Cidr` searches, in order. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const;

/**
 * The first block of `prefix` bits inside the RFC 1918 ranges (10.0.0.0/8 first) that overlaps none of `taken`
 * (malformed entries are ignored), or undefined when every block is taken. Used to suggest, and to default to, a
 * range a peered network does not use.
 */
export function freeIpv4Cidr(taken: readonly string[], prefix = 16): string | undefined {
  for (const range of PRIVATE_RANGES) {
    const r = parseIpv4Cidr(range)!;
    if (prefix < r.prefix) continue;
    const step = 2 ** (32 - prefix);
    for (let address = r.address; address < r.address + 2 ** (32 - r.prefix); address += step) {
      const candidate = formatIpv4Cidr(address, prefix);
      if (!taken.some((t) => ipv4CidrsOverlap(candidate, t))) return candidate;
    }
  }
  return undefined;
}
