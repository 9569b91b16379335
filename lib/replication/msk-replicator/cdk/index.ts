/** AWS CDK face of msk-replicator. */
export {};
