/** Pulumi face of mirror-maker. */
export {};
