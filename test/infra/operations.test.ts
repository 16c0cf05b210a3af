import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../functions/manifest.ts';
import { ALARM_THRESHOLDS } from '../../infra/constructs/monitoring.ts';
import {
  asArray,
  functionName,
  logicalIdOf,
  ofType as ofTypeIn,
  only as onlyIn,
  type Props,
  type Resource,
  roleOfFunction,
  STUB_SCHEDULED,
  type Synthesized,
  statementsOfRole,
  synthesize,
} from './synth.ts';

/** The scheduled system functions, their dead-letter queues, and the alarms and dashboard that watch it all. */
let synth: Synthesized;
let resources: Record<string, Resource>;
const ofType = (type: string) => ofTypeIn(resources, type);
const only = (type: string) => onlyIn(resources, type);

beforeAll(() => {
  synth = synthesize({ stackProps: { scheduledFunctions: STUB_SCHEDULED, alarmEmail: 'ops@backdesk.test' } });
  resources = synth.resources;
});
afterAll(() => synth?.cleanup());

const stub = STUB_SCHEDULED[0] as (typeof STUB_SCHEDULED)[number];
const scheduledFunction = (): [string, Resource] => {
  const found = ofType('AWS::Lambda::Function').find(([id]) => functionName(resources, id) === stub.name);
  expect(found, `a function for ${stub.name}`).toBeDefined();
  return found as [string, Resource];
};

describe('a scheduled function', () => {
  it('is invoked by an EventBridge rule on its schedule, with a dead-letter queue and bounded retries', () => {
    const [functionId] = scheduledFunction();
    const [, rule] = only('AWS::Events::Rule');
    expect(rule.Properties.ScheduleExpression).toBe(stub.schedule);
    expect(rule.Properties.State).toBe('ENABLED');
    const targets = rule.Properties.Targets as Props[];
    expect(targets).toHaveLength(1);
    const [target] = targets as [Props];
    expect(logicalIdOf(target.Arn)).toBe(functionId);
    const [queueId] = only('AWS::SQS::Queue');
    expect(logicalIdOf(target.DeadLetterConfig?.Arn)).toBe(queueId);
    expect(target.RetryPolicy.MaximumRetryAttempts).toBeLessThanOrEqual(3);

    // EventBridge may invoke the function, and only this rule.
    const permission = ofType('AWS::Lambda::Permission').find(
      ([, candidate]) => candidate.Properties.Principal === 'events.amazonaws.com' && logicalIdOf(candidate.Properties.FunctionName) === functionId,
    );
    expect(logicalIdOf(permission?.[1].Properties.SourceArn)).toBe(only('AWS::Events::Rule')[0]);
  });

  it('sends a failed run to the same queue instead of retrying it', () => {
    const [functionId] = scheduledFunction();
    const [queueId] = only('AWS::SQS::Queue');
    const [, config] = only('AWS::Lambda::EventInvokeConfig');
    expect(logicalIdOf(config.Properties.FunctionName)).toBe(functionId);
    expect(config.Properties.MaximumRetryAttempts).toBe(0);
    expect(logicalIdOf(config.Properties.DestinationConfig.OnFailure.Destination)).toBe(queueId);
  });

  it('has a dead-letter queue that is encrypted, TLS-only, and writable only by its rule and its function', () => {
    const [queueId, queue] = only('AWS::SQS::Queue');
    expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    expect(queue.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);
    const [, policy] = only('AWS::SQS::QueuePolicy');
    expect(asArray(policy.Properties.Queues).map(logicalIdOf)).toEqual([queueId]);
    const statements = policy.Properties.PolicyDocument.Statement as Props[];
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 'sqs:*',
        Principal: { AWS: '*' },
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    const allows = statements.filter((statement) => statement.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]?.Principal).toEqual({ Service: 'events.amazonaws.com' });
    expect(logicalIdOf(allows[0]?.Condition.ArnEquals['aws:SourceArn'])).toBe(only('AWS::Events::Rule')[0]);
  });

  it('runs through the same function wrapper, with most of a minute to finish', () => {
    const [functionId, fn] = scheduledFunction();
    expect(fn.Properties.Runtime).toBe('nodejs24.x');
    expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(fn.Properties.Timeout).toBeGreaterThan(10);
    expect(fn.Properties.Timeout).toBeLessThan(60);
    const sqs = statementsOfRole(resources, roleOfFunction(resources, functionId)).filter((statement) =>
      JSON.stringify(statement.Action).includes('sqs:'),
    );
    expect(sqs.flatMap((statement) => asArray(statement.Action))).toContain('sqs:SendMessage');
  });
});

describe('alarms', () => {
  const alarms = () => ofType('AWS::CloudWatch::Alarm').map(([id, alarm]) => ({ id, props: alarm.Properties }));
  const metricAlarm = (metricName: string, namespace: string) =>
    alarms().filter(({ props }) => props.MetricName === metricName && props.Namespace === namespace);

  it('watch the API 5xx rate, once there are enough requests to judge', () => {
    const [apiId] = only('AWS::ApiGatewayV2::Api');
    const rate = alarms().find(({ id }) => id.includes('Api5xxRate'));
    expect(rate).toBeDefined();
    const metrics = rate?.props.Metrics as Props[];
    const expression = metrics.find((metric) => metric.Expression)?.Expression as string;
    expect(expression).toContain('100 * errors / requests');
    expect(expression).toContain(`requests >= ${ALARM_THRESHOLDS.api5xxMinimumRequests}`);
    const errors = metrics.find((metric) => metric.Id === 'errors')?.MetricStat.Metric;
    expect(errors.MetricName).toBe('5xx');
    expect(errors.Namespace).toBe('AWS/ApiGateway');
    expect(errors.Dimensions).toEqual([{ Name: 'ApiId', Value: { Ref: apiId } }]);
    expect(rate?.props.Threshold).toBe(ALARM_THRESHOLDS.api5xxPercent);
  });

  it('watch the API p99 latency', () => {
    const [latency] = metricAlarm('Latency', 'AWS/ApiGateway');
    expect(latency?.props.ExtendedStatistic).toBe('p99');
    expect(latency?.props.Threshold).toBe(ALARM_THRESHOLDS.apiP99LatencyMs);
  });

  it('watch errors and throttles of every function', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(functions).toHaveLength(modules.length + STUB_SCHEDULED.length);
    for (const metricName of ['Errors', 'Throttles']) {
      const watched = metricAlarm(metricName, 'AWS/Lambda').map(({ props }) =>
        logicalIdOf((props.Dimensions as Props[]).find((dimension) => dimension.Name === 'FunctionName')?.Value),
      );
      expect(watched.sort(), metricName).toEqual(functions.map(([id]) => id).sort());
    }
  });

  it('fire as soon as a dead-letter queue holds a message', () => {
    const [queueId] = only('AWS::SQS::Queue');
    const [depth] = metricAlarm('ApproximateNumberOfMessagesVisible', 'AWS/SQS');
    expect(depth?.props.Threshold).toBe(0);
    expect(depth?.props.ComparisonOperator).toBe('GreaterThanThreshold');
    expect(depth?.props.Dimensions).toEqual([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }]);
  });

  it('all notify the alarm topic, going off and coming back, and stay quiet without data', () => {
    const [topicId] = only('AWS::SNS::Topic');
    expect(alarms().length).toBeGreaterThanOrEqual(2 + 2 * ofType('AWS::Lambda::Function').length + 1);
    for (const { id, props } of alarms()) {
      expect(props.AlarmActions, id).toEqual([{ Ref: topicId }]);
      expect(props.OKActions, id).toEqual([{ Ref: topicId }]);
      expect(props.TreatMissingData, id).toBe('notBreaching');
    }
  });

  it('reach a topic that CloudWatch may publish to, over TLS only, with the deploy-time address subscribed', () => {
    const [topicId] = only('AWS::SNS::Topic');
    const [, policy] = only('AWS::SNS::TopicPolicy');
    const statements = policy.Properties.PolicyDocument.Statement as Props[];
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const publish = statements.find((statement) => statement.Effect === 'Allow');
    expect(publish?.Principal).toEqual({ Service: 'cloudwatch.amazonaws.com' });
    expect(publish?.Action).toBe('sns:Publish');
    expect(publish?.Condition.StringEquals['aws:SourceAccount']).toEqual({ Ref: 'AWS::AccountId' });
    const [, subscription] = only('AWS::SNS::Subscription');
    expect(subscription.Properties).toMatchObject({ Protocol: 'email', Endpoint: 'ops@backdesk.test', TopicArn: { Ref: topicId } });
  });
});

describe('the dashboard', () => {
  it('shows the API, every function, the dead-letter queues and the table', () => {
    const [, dashboard] = only('AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(dashboard.Properties.DashboardBody);
    for (const name of ['5xx', 'Latency', 'Errors', 'Throttles', 'Duration', 'ApproximateNumberOfMessagesVisible', 'ConsumedWriteCapacityUnits']) {
      expect(body, name).toContain(name);
    }
    for (const [id] of ofType('AWS::Lambda::Function')) expect(body, id).toContain(id);
  });
});
