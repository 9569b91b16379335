/** AWS CDK face of mirror-maker. */
export {};
