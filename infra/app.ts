import { App, Tags } from 'aws-cdk-lib';
import { BackdeskStack } from './backdesk-stack.ts';

/**
 * The CDK app (`npm run synth`, `npx cdk deploy`). The stack name can be changed per deployment
 * with `-c stackName=Backdesk-staging`; account and region come from the deploying credentials.
 */
const app = new App();
const stackName = (app.node.tryGetContext('stackName') as string | undefined) ?? 'Backdesk';

new BackdeskStack(app, stackName, {
  description: 'Backdesk: serverless multi-tenant back office (API, functions, data, portal)',
});
Tags.of(app).add('project', 'backdesk');

app.synth();
