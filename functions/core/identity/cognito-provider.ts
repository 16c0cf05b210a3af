import {
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  NotAuthorizedException,
  TooManyRequestsException,
  UsernameExistsException,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { env } from '../env.ts';
import { Conflict, TooManyRequests, Unauthorized } from '../errors.ts';
import type { IdentityProvider, IdentityUser } from './provider.ts';

/**
 * The identity provider in AWS: a Cognito user pool. The claims the modules read are custom
 * attributes only an admin (this code) can set; `custom:userId` carries the member's ULID, since
 * Cognito's own `sub` is a UUID and every id in a key must be a ULID.
 */
const cognito = new CognitoIdentityProviderClient({ region: env.AWS_REGION });

function pool(): string {
  if (!env.COGNITO_USER_POOL_ID) throw new Error('COGNITO_USER_POOL_ID is not set');
  return env.COGNITO_USER_POOL_ID;
}

function attributes(user: Pick<IdentityUser, 'role' | 'clientId'>) {
  return [
    { Name: 'custom:role', Value: user.role },
    // Cognito cannot unset an attribute through an update; an empty value means "no client".
    { Name: 'custom:clientId', Value: user.clientId ?? '' },
  ];
}

export const cognitoIdentityProvider: IdentityProvider = {
  async createUser(user, password) {
    try {
      await cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: pool(),
          Username: user.email.toLowerCase(),
          UserAttributes: [
            { Name: 'email', Value: user.email.toLowerCase() },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'custom:tenantId', Value: user.tenantId },
            { Name: 'custom:userId', Value: user.userId },
            ...attributes(user),
          ],
          // With a password chosen (signup), no invitation email; otherwise Cognito emails a temporary one.
          ...(password ? { MessageAction: 'SUPPRESS' as const } : { DesiredDeliveryMediums: ['EMAIL' as const] }),
        }),
      );
    } catch (error) {
      if (error instanceof UsernameExistsException) throw new Conflict('A user with this email already exists', 'email_taken');
      throw error;
    }
    if (password) {
      await cognito.send(
        new AdminSetUserPasswordCommand({ UserPoolId: pool(), Username: user.email.toLowerCase(), Password: password, Permanent: true }),
      );
    }
    return {};
  },

  async updateUser(email, changes) {
    const Username = email.toLowerCase();
    try {
      await cognito.send(new AdminUpdateUserAttributesCommand({ UserPoolId: pool(), Username, UserAttributes: attributes(changes) }));
      await cognito.send(
        changes.enabled ? new AdminEnableUserCommand({ UserPoolId: pool(), Username }) : new AdminDisableUserCommand({ UserPoolId: pool(), Username }),
      );
      // Refresh tokens stop at once; ID tokens already out are refused by the member check on each request.
      await cognito.send(new AdminUserGlobalSignOutCommand({ UserPoolId: pool(), Username }));
    } catch (error) {
      if (!(error instanceof UserNotFoundException)) throw error;
    }
  },

  async deleteUser(email) {
    try {
      await cognito.send(new AdminDeleteUserCommand({ UserPoolId: pool(), Username: email.toLowerCase() }));
    } catch (error) {
      if (!(error instanceof UserNotFoundException)) throw error;
    }
  },
};

/** Sign-in through the pool (ADMIN_USER_PASSWORD_AUTH); the ID token carries the custom claims. */
export async function cognitoSignIn(email: string, password: string): Promise<string> {
  try {
    const result = await cognito.send(
      new AdminInitiateAuthCommand({
        UserPoolId: pool(),
        ClientId: env.COGNITO_CLIENT_ID,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email.toLowerCase(), PASSWORD: password },
      }),
    );
    const token = result.AuthenticationResult?.IdToken;
    if (!token) throw new Unauthorized('This account must finish setting its password first');
    return token;
  } catch (error) {
    if (error instanceof NotAuthorizedException || error instanceof UserNotFoundException) throw new Unauthorized('Email or password is incorrect');
    if (error instanceof TooManyRequestsException) throw new TooManyRequests('Too many sign-in attempts; try again later', 60);
    throw error;
  }
}
