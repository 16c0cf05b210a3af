import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/**
 * The attributes the token carries into every request's TenantContext (functions/core/identity/claims.ts).
 * No user may write them: tenantId never changes; role and clientId change only through the admin
 * API, when an owner edits a member (the identity provider's `updateUser`).
 */
export const TENANCY_ATTRIBUTES = ['tenantId', 'role', 'clientId'] as const;

/**
 * Cognito: who a user is, and the tenant, role and client the JWT authorizer hands to the functions.
 * Users are made by the product (signup creates a tenant and its owner; owners invite members), never
 * by self-service sign-up, which would let a caller choose their own attributes.
 */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly portalClient: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Long passphrases over character classes (NIST SP 800-63B); the demo password passes.
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireDigits: true,
        requireUppercase: false,
        requireSymbols: false,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      customAttributes: {
        // A ULID; immutable, so not even an admin can move a user to another tenant.
        tenantId: new StringAttribute({ minLen: 26, maxLen: 26, mutable: false }),
        role: new StringAttribute({ minLen: 1, maxLen: 16, mutable: true }),
        clientId: new StringAttribute({ maxLen: 26, mutable: true }),
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.portalClient = this.userPool.addClient('PortalClient', {
      // A browser app cannot keep a secret.
      generateSecret: false,
      authFlows: { userSrp: true },
      // Sign-in happens in the portal, not the hosted UI.
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      // The portal sends the ID token: it is the one that carries the custom attributes.
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(...TENANCY_ATTRIBUTES),
      // Not email either: the identity provider finds users by email, so a user may not change it alone.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });
  }

  /** The JWT issuer URL API Gateway verifies tokens against. */
  get issuerUrl(): string {
    return this.userPool.userPoolProviderUrl;
  }
}
