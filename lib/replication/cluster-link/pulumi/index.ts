/** Pulumi face of Confluent Cluster Linking. */
export {};
