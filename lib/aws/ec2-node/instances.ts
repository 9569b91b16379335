/**
 * EC2 instance types as data (conventions §6): vCPU, memory and CPU architecture, read by validation (heap
 * fits in memory) and by the heap defaults. Source: AWS documentation "Amazon EC2 instance types", general
 * purpose and memory optimized specifications tables (checked 2026-11). Unknown types are described with
 * `instanceCapabilities`.
 */

export interface Ec2InstanceInfo {
  readonly instanceType: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
  readonly architecture: 'arm64' | 'x86_64';
}

type Row = [string, number, number];
const arm: Row[] = [
  ['t4g.medium', 2, 4], ['t4g.large', 2, 8], ['t4g.xlarge', 4, 16],
  ['m6g.large', 2, 8], ['m6g.xlarge', 4, 16], ['m6g.2xlarge', 8, 32], ['m6g.4xlarge', 16, 64],
  ['m7g.medium', 1, 4], ['m7g.large', 2, 8], ['m7g.xlarge', 4, 16], ['m7g.2xlarge', 8, 32], ['m7g.4xlarge', 16, 64], ['m7g.8xlarge', 32, 128],
  ['m8g.medium', 1, 4], ['m8g.large', 2, 8], ['m8g.xlarge', 4, 16], ['m8g.2xlarge', 8, 32], ['m8g.4xlarge', 16, 64],
  ['r6g.large', 2, 16], ['r6g.xlarge', 4, 32], ['r6g.2xlarge', 8, 64],
  ['r7g.medium', 1, 8], ['r7g.large', 2, 16], ['r7g.xlarge', 4, 32], ['r7g.2xlarge', 8, 64], ['r7g.4xlarge', 16, 128],
  ['c7g.large', 2, 4], ['c7g.xlarge', 4, 8], ['c7g.2xlarge', 8, 16],
];
const x86: Row[] = [
  ['t3.medium', 2, 4], ['t3.large', 2, 8],
  ['m6i.large', 2, 8], ['m6i.xlarge', 4, 16], ['m6i.2xlarge', 8, 32], ['m6i.4xlarge', 16, 64],
  ['m7i.large', 2, 8], ['m7i.xlarge', 4, 16], ['m7i.2xlarge', 8, 32], ['m7i.4xlarge', 16, 64],
  ['r6i.large', 2, 16], ['r6i.xlarge', 4, 32], ['r6i.2xlarge', 8, 64],
  ['r7i.large', 2, 16], ['r7i.xlarge', 4, 32], ['r7i.2xlarge', 8, 64],
];

export const EC2_INSTANCES: readonly Ec2InstanceInfo[] = [
  ...arm.map(([instanceType, vcpu, memoryGiB]) => ({ instanceType, vcpu, memoryGiB, architecture: 'arm64' as const })),
  ...x86.map(([instanceType, vcpu, memoryGiB]) => ({ instanceType, vcpu, memoryGiB, architecture: 'x86_64' as const })),
];

export function findEc2Instance(instanceType: string): Ec2InstanceInfo | undefined {
  return EC2_INSTANCES.find((i) => i.instanceType === instanceType);
}
