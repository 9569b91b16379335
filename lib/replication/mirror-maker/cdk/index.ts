/** MirrorMaker 2 on EC2 for AWS CDK (part of `kafka-iac/replication/cdk`). */
export * from './mirror-maker-2';
export * from './clusters';
export { mirrorMakerPolicyStatements, s3ArtifactArns, ssmParameterArn, UNSCOPED_MIRROR_MAKER_ACTIONS, type MirrorMakerPolicyRefs } from '../node-policy';
