import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * The attributes the token carries into every request's TenantContext (functions/core/identity/claims.ts).
 * No user may write them: tenantId and userId (the member's ULID; Cognito's own `sub` is a UUID) never
 * change; role and clientId change only through the admin API, when an owner edits a member (the
 * identity provider's `updateUser`).
 */
export const TENANCY_ATTRIBUTES = ['tenantId', 'userId', 'role', 'clientId'] as const;

/**
 * The admin calls functions/core/identity/cognito-provider.ts makes, by who makes them. Signup creates
 * the owner with a password and signs them in (deleting the user again if the tenant write fails);
 * member administration invites, updates, enables, disables and signs out.
 */
export const IDENTITY_ADMIN_ACTIONS = {
  onboarding: [
    'cognito-idp:AdminCreateUser',
    'cognito-idp:AdminSetUserPassword',
    'cognito-idp:AdminDeleteUser',
    'cognito-idp:AdminInitiateAuth',
  ],
  memberAdministration: [
    'cognito-idp:AdminCreateUser',
    'cognito-idp:AdminSetUserPassword',
    'cognito-idp:AdminDeleteUser',
    'cognito-idp:AdminUpdateUserAttributes',
    'cognito-idp:AdminEnableUser',
    'cognito-idp:AdminDisableUser',
    'cognito-idp:AdminUserGlobalSignOut',
  ],
} as const;
export type IdentityAdminRole = keyof typeof IDENTITY_ADMIN_ACTIONS;

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
        // The member's ULID, the id every key uses; a member never changes id.
        userId: new StringAttribute({ minLen: 26, maxLen: 26, mutable: false }),
        role: new StringAttribute({ minLen: 1, maxLen: 16, mutable: true }),
        clientId: new StringAttribute({ maxLen: 26, mutable: true }),
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG1',
      reason:
        'Length over composition (NIST SP 800-63B): at least 12 characters with a lowercase letter and a digit; symbol and uppercase rules push users toward predictable passwords.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is optional (TOTP) so that each firm can require it of its people; requiring it pool-wide would block client reviewers who sign in a few times a year.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        "Threat protection (Plus plan) is billed per active user and judges risk from the browser's context data, which the sign-in route does not yet pass to AdminInitiateAuth; docs/operations.md covers turning it on.",
    });

    this.portalClient = this.userPool.addClient('PortalClient', {
      // A browser app cannot keep a secret.
      generateSecret: false,
      // SRP for the browser; ADMIN_USER_PASSWORD_AUTH for the control plane's sign-in route
      // (AdminInitiateAuth), which only a caller holding the IAM permission can use.
      authFlows: { userSrp: true, adminUserPassword: true },
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

  /** The Cognito admin calls one kind of function makes, on this pool only. */
  grantIdentityAdmin(grantee: IGrantable, role: IdentityAdminRole): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: [...IDENTITY_ADMIN_ACTIONS[role]],
      resourceArns: [this.userPool.userPoolArn],
    });
  }

  /** The JWT issuer URL API Gateway verifies tokens against. */
  get issuerUrl(): string {
    return this.userPool.userPoolProviderUrl;
  }
}
