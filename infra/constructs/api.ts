import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { ModuleDefinition } from '../../functions/manifest.ts';

export interface ApiModule {
  module: Pick<ModuleDefinition, 'name' | 'routes' | 'public'>;
  handler: IFunction;
}

export interface ApiProps {
  userPool: UserPool;
  portalClient: UserPoolClient;
  modules: ApiModule[];
  /** Steady-state requests per second across the stage, and the burst above it. */
  throttle?: { rateLimit: number; burstLimit: number };
}

/**
 * One JSON line per request, from HTTP API context variables (the CDK's default format uses REST API
 * ones). Authorizer errors show why a request got a 401 before any function ran.
 */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    method: '$context.httpMethod',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
  }),
);

/**
 * The HTTP API: one Lambda integration per module and one route per route key in the manifest, so
 * every route reaches the module that declares it and no route is wired by hand. Every route is
 * behind the Cognito JWT authorizer unless its module is marked public in the manifest.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);

    // Verifies signature, expiry, issuer and audience (`aud`, or `client_id` on access tokens). Only
    // the ID token carries the custom:* claims the functions read, so the portal sends that one.
    const jwtAuthorizer = new HttpJwtAuthorizer('CognitoJwt', props.userPool.userPoolProviderUrl, {
      jwtAudience: [props.portalClient.userPoolClientId],
    });

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Backdesk API',
      // A route added without saying otherwise is protected.
      defaultAuthorizer: jwtAuthorizer,
      // The stage is declared below, to give it throttling and access logs.
      createDefaultStage: false,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? { rateLimit: 100, burstLimit: 200 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });

    const none = new HttpNoneAuthorizer();
    for (const { module, handler } of props.modules) {
      const integration = new HttpLambdaIntegration(`${module.name}-integration`, handler, {
        // One invoke permission per function for the whole API instead of one per route: a module
        // with dozens of routes would otherwise push the function's resource policy toward its 20 KB limit.
        scopePermissionToRoute: false,
      });
      const authorizer: IHttpRouteAuthorizer = module.public ? none : jwtAuthorizer;
      for (const routeKey of module.routes) {
        const { method, path } = parseRouteKey(routeKey);
        const [route] = this.httpApi.addRoutes({ path, methods: [method], integration, authorizer });
        if (module.public && route) {
          Validations.of(route).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason: `Public by the API contract (DESIGN.md): ${routeKey} serves callers who have no token yet, and its module (${module.name}) is marked public in functions/manifest.ts.`,
          });
        }
      }
    }
  }

  /** The API's own endpoint (`https://{apiId}.execute-api.{region}.amazonaws.com`). */
  get endpoint(): string {
    return this.httpApi.apiEndpoint;
  }
}

/** `GET /api/clients/{clientId}` → method and path; a typo in the manifest fails the synth, not a request. */
export function parseRouteKey(routeKey: string): { method: HttpMethod; path: string } {
  const match = /^([A-Z]+) (\/\S*)$/.exec(routeKey);
  const method = match?.[1];
  const path = match?.[2];
  if (!method || !path || !Object.values<string>(HttpMethod).includes(method) || method === HttpMethod.ANY) {
    throw new Error(`Route key "${routeKey}" is not "METHOD /path" with an HTTP method`);
  }
  return { method: method as HttpMethod, path };
}
