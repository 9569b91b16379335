/** Pulumi face of msk-replicator. */
export {};
