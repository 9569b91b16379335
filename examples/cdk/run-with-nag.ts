/**
 * How every CDK example runs on its own (`npx cdk synth`, `npx tsx examples/cdk/<name>.ts`): a new App with the
 * cdk-nag AwsSolutions checks, so an unacknowledged finding stops synthesis.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';

export function runWithNag(buildApp: (app: App) => Stack): void {
  const app = new App();
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  buildApp(app);
  app.synth();
}
