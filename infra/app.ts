import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BackdeskStack } from './backdesk-stack.ts';

/**
 * The CDK app (`npm run synth`, `npm run deploy`). The stack name can be changed per deployment
 * with `-c stackName=Backdesk-staging`, and `-c alarmEmail=ops@example.com` subscribes an address to
 * the alarms; account and region come from the deploying credentials.
 *
 * cdk-nag's AwsSolutions pack runs as a policy-validation plugin: synthesis fails on any finding that
 * is not acknowledged, and every acknowledgement in infra/ carries its reason.
 */
const app = new App();
const stackName = (app.node.tryGetContext('stackName') as string | undefined) ?? 'Backdesk';
const alarmEmail = app.node.tryGetContext('alarmEmail') as string | undefined;

new BackdeskStack(app, stackName, {
  description: 'Backdesk: serverless multi-tenant back office (API, functions, data, portal)',
  ...(alarmEmail ? { alarmEmail } : {}),
});
Tags.of(app).add('project', 'backdesk');
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
