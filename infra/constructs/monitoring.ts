import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Stats,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ModuleFunction } from './module-function.ts';

/** Where the thresholds come from; docs/operations.md says what to do when each fires. */
export const ALARM_THRESHOLDS = {
  /** Percent of API requests answered 5xx over 5 minutes, once there are enough requests to judge. */
  api5xxPercent: 5,
  api5xxMinimumRequests: 20,
  /** p99 of the API's end-to-end latency, in ms, three 5-minute periods in a row. */
  apiP99LatencyMs: 2_500,
};

export interface MonitoringProps {
  httpApi: HttpApi;
  functions: ModuleFunction[];
  deadLetterQueues: { name: string; queue: IQueue }[];
  table: Table;
  /** Subscribed to the alarm topic when given (`-c alarmEmail=ops@example.com`). */
  alarmEmail?: string;
}

/**
 * Alarms and a dashboard. Every alarm notifies one SNS topic: subscribe an address at deploy time,
 * or a pager later. What an alarm means and what to do about it: docs/operations.md.
 */
export class Monitoring extends Construct {
  readonly alarmTopic: Topic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const { httpApi, functions, deadLetterQueues, table } = props;

    this.alarmTopic = new Topic(this, 'AlarmTopic', { displayName: 'Backdesk alarms', enforceSSL: true });
    Validations.of(this.alarmTopic).acknowledge({
      id: 'AwsSolutions-SNS2',
      reason:
        'Alarm notifications carry alarm names and metric values, no customer data; CloudWatch cannot publish to a topic under the AWS-managed SNS key, and a customer-managed key costs $1 a month at rest.',
    });
    // A topic policy replaces SNS's default one, so CloudWatch's right to publish is spelled out.
    const stack = Stack.of(this);
    this.alarmTopic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.alarmTopic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': stack.account },
          ArnLike: { 'aws:SourceArn': `arn:${stack.partition}:cloudwatch:${stack.region}:${stack.account}:alarm:*` },
        },
      }),
    );
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));
    const notify = new SnsAction(this.alarmTopic);
    const alarm = (alarmId: string, alarmProps: ConstructorParameters<typeof Alarm>[2]): Alarm => {
      const created = new Alarm(this, alarmId, alarmProps);
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      this.alarms.push(created);
      return created;
    };

    const fiveMinutes = Duration.minutes(5);
    const requests = httpApi.metricCount({ statistic: Stats.SUM, period: fiveMinutes });
    const serverErrors = httpApi.metricServerError({ statistic: Stats.SUM, period: fiveMinutes });
    const clientErrors = httpApi.metricClientError({ statistic: Stats.SUM, period: fiveMinutes });
    const latencyP99 = httpApi.metricLatency({ statistic: Stats.p(99), period: fiveMinutes });
    const latencyP50 = httpApi.metricLatency({ statistic: Stats.p(50), period: fiveMinutes });
    const serverErrorRate = new MathExpression({
      // Quiet periods do not alarm on one failed request out of three.
      expression: `IF(requests >= ${ALARM_THRESHOLDS.api5xxMinimumRequests}, 100 * errors / requests, 0)`,
      usingMetrics: { requests, errors: serverErrors },
      label: 'API 5xx (%)',
      period: fiveMinutes,
    });

    alarm('Api5xxRate', {
      alarmDescription: `More than ${ALARM_THRESHOLDS.api5xxPercent}% of API requests answered 5xx over 5 minutes. Bad input never yields a 5xx, so this is a fault on our side.`,
      metric: serverErrorRate,
      threshold: ALARM_THRESHOLDS.api5xxPercent,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm('ApiP99Latency', {
      alarmDescription: `API p99 latency above ${ALARM_THRESHOLDS.apiP99LatencyMs} ms for 15 minutes.`,
      metric: latencyP99,
      threshold: ALARM_THRESHOLDS.apiP99LatencyMs,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    for (const fn of functions) {
      const name = pascalCase(fn.name);
      alarm(`${name}Errors`, {
        alarmDescription: `The ${fn.name} function failed (an unhandled error, a timeout or a crash; a handled error is a response, not this).`,
        metric: fn.handler.metricErrors({ statistic: Stats.SUM, period: fiveMinutes }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm(`${name}Throttles`, {
        alarmDescription: `The ${fn.name} function was throttled: the account's concurrency is exhausted.`,
        metric: fn.handler.metricThrottles({ statistic: Stats.SUM, period: fiveMinutes }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    }

    for (const { name, queue } of deadLetterQueues) {
      alarm(`${pascalCase(name)}DeadLetters`, {
        alarmDescription: `A scheduled run of ${name} failed or was never delivered; the event and error are in its dead-letter queue.`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ statistic: Stats.MAXIMUM, period: Duration.minutes(1) }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
    }

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `${Stack.of(this).stackName}-operations`,
      defaultInterval: Duration.hours(6),
    });
    const perFunction = (metricOf: (fn: ModuleFunction) => IMetric) => functions.map(metricOf);
    this.dashboard.addWidgets(
      new TextWidget({
        markdown: '# Backdesk\nAPI, functions, scheduled runs and the table. Runbook: `docs/operations.md`.',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'API requests and errors', left: [requests, clientErrors, serverErrors], width: 8 }),
      new GraphWidget({ title: 'API 5xx rate (%)', left: [serverErrorRate], width: 8 }),
      new GraphWidget({ title: 'API latency (ms)', left: [latencyP50, latencyP99], width: 8 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Function errors',
        left: perFunction((fn) => fn.handler.metricErrors({ statistic: Stats.SUM, label: fn.name })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Function throttles',
        left: perFunction((fn) => fn.handler.metricThrottles({ statistic: Stats.SUM, label: fn.name })),
        width: 8,
      }),
      new GraphWidget({
        title: 'Function duration p99 (ms)',
        left: perFunction((fn) => fn.handler.metricDuration({ statistic: Stats.p(99), label: fn.name })),
        width: 8,
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Dead-letter queues (messages)',
        left: deadLetterQueues.map(({ name, queue }) =>
          queue.metricApproximateNumberOfMessagesVisible({ statistic: Stats.MAXIMUM, label: name }),
        ),
        width: 8,
      }),
      new GraphWidget({
        title: 'Table capacity consumed',
        left: [table.metricConsumedReadCapacityUnits({ statistic: Stats.SUM })],
        right: [table.metricConsumedWriteCapacityUnits({ statistic: Stats.SUM })],
        width: 8,
      }),
      new GraphWidget({
        title: 'Function invocations',
        left: perFunction((fn) => fn.handler.metricInvocations({ statistic: Stats.SUM, label: fn.name })),
        width: 8,
      }),
    );
  }
}

/** `control-plane` → `ControlPlane`, for readable logical ids. */
export function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, letter: string) => letter.toUpperCase());
}
