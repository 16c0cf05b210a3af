import { Duration, Validations } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ScheduledFunctionDefinition } from '../../functions/manifest.ts';
import { ModuleFunction } from './module-function.ts';

export interface ScheduledFunctionProps {
  definition: Pick<ScheduledFunctionDefinition, 'name' | 'entry' | 'schedule'>;
  /** Settings the stack owns, as for the module functions. */
  environment?: Record<string, string>;
}

/**
 * A system function on a schedule: the same function wrapper as the modules, an EventBridge rule with
 * the manifest's schedule expression, and a dead-letter queue (encrypted, TLS-only) for invocations
 * that never ran or failed. A failed run is not retried: the next scheduled run does the same work on
 * fresher data, and a retried run would overlap it. The DLQ depth alarm (constructs/monitoring.ts) says when one failed.
 */
export class ScheduledFunction extends Construct {
  readonly function: ModuleFunction;
  readonly rule: Rule;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ScheduledFunctionProps) {
    super(scope, id);
    const { definition } = props;

    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // SQS's longest: time to look into a failure that happened before a long weekend.
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the scheduled rule and its function.',
    });

    this.function = new ModuleFunction(this, 'Function', {
      module: definition,
      description: `Backdesk ${definition.name} scheduled function`,
      environment: props.environment,
      // A sweep on a one-minute schedule gets most of its minute, and never the API's 10 seconds.
      timeout: Duration.seconds(50),
    });
    // Lambda's side of the asynchronous invocation: a run that failed is not retried (see above), and
    // its event, with the error, goes to the same queue.
    this.function.handler.configureAsyncInvoke({
      retryAttempts: 0,
      maxEventAge: Duration.minutes(5),
      onFailure: new SqsDestination(this.deadLetterQueue),
    });

    this.rule = new Rule(this, 'Schedule', {
      description: `Runs Backdesk ${definition.name}: ${definition.schedule}`,
      schedule: Schedule.expression(definition.schedule),
      targets: [
        new LambdaFunction(this.function.handler, {
          // EventBridge's side: an invocation it could not deliver (throttled, function missing).
          deadLetterQueue: this.deadLetterQueue,
          retryAttempts: 2,
          maxEventAge: Duration.minutes(5),
        }),
      ],
    });
  }
}
