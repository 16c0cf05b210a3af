import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  NotAuthorizedException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const cognito = mockClient(CognitoIdentityProviderClient);
const user = { email: 'New@Example.test', userId: '01JC0000000000000000000001', tenantId: '01JC0000000000000000000002', role: 'agent' as const };

async function load() {
  vi.resetModules();
  process.env.IDENTITY_PROVIDER = 'cognito';
  process.env.COGNITO_USER_POOL_ID = 'us-east-1_pool';
  process.env.COGNITO_CLIENT_ID = 'client';
  return import('../../functions/core/identity/index.ts');
}

afterAll(() => {
  delete process.env.IDENTITY_PROVIDER;
  delete process.env.COGNITO_USER_POOL_ID;
  delete process.env.COGNITO_CLIENT_ID;
});

describe('the Cognito identity provider', () => {
  beforeEach(() => cognito.reset());

  it('creates users with admin-set custom attributes and the member ULID', async () => {
    const identity = await (await load()).identityProvider();
    await identity.createUser(user, 'a-good-password');
    const create = cognito.commandCalls(AdminCreateUserCommand)[0]?.args[0].input;
    expect(create).toMatchObject({ UserPoolId: 'us-east-1_pool', Username: 'new@example.test', MessageAction: 'SUPPRESS' });
    expect(create?.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'custom:tenantId', Value: user.tenantId },
        { Name: 'custom:userId', Value: user.userId },
        { Name: 'custom:role', Value: 'agent' },
      ]),
    );
    expect(cognito.commandCalls(AdminSetUserPasswordCommand)[0]?.args[0].input).toMatchObject({ Permanent: true });
  });

  it('sends an invitation when no password is chosen, and maps a taken email to 409', async () => {
    const identity = await (await load()).identityProvider();
    await identity.createUser(user);
    expect(cognito.commandCalls(AdminCreateUserCommand)[0]?.args[0].input.DesiredDeliveryMediums).toEqual(['EMAIL']);
    expect(cognito.commandCalls(AdminSetUserPasswordCommand)).toHaveLength(0);
    cognito.on(AdminCreateUserCommand).rejects(new UsernameExistsException({ message: 'exists', $metadata: {} }));
    await expect(identity.createUser(user, 'x-password-1')).rejects.toMatchObject({ status: 409, code: 'email_taken' });
  });

  it('deactivation disables the user and signs them out everywhere', async () => {
    const identity = await (await load()).identityProvider();
    await identity.updateUser(user.email, { role: 'manager', enabled: false });
    expect(cognito.commandCalls(AdminUpdateUserAttributesCommand)[0]?.args[0].input.UserAttributes).toEqual([
      { Name: 'custom:role', Value: 'manager' },
      { Name: 'custom:clientId', Value: '' },
    ]);
    expect(cognito.commandCalls(AdminDisableUserCommand)).toHaveLength(1);
    expect(cognito.commandCalls(AdminUserGlobalSignOutCommand)).toHaveLength(1);
  });

  it('signs in through the pool and reads the member from the ID token; a wrong password is 401', async () => {
    const claims = { sub: 'uuid', email: 'new@example.test', 'custom:tenantId': user.tenantId, 'custom:role': 'client', 'custom:clientId': '01JC0000000000000000000003', 'custom:userId': user.userId };
    const idToken = `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
    cognito.on(AdminInitiateAuthCommand).resolves({ AuthenticationResult: { IdToken: idToken } });
    const { signIn } = await load();
    const session = await signIn('new@example.test', 'pw');
    expect(session.user).toEqual({ email: 'new@example.test', userId: user.userId, tenantId: user.tenantId, role: 'client', clientId: '01JC0000000000000000000003' });
    expect(cognito.commandCalls(AdminInitiateAuthCommand)[0]?.args[0].input.AuthFlow).toBe('ADMIN_USER_PASSWORD_AUTH');
    cognito.on(AdminInitiateAuthCommand).rejects(new NotAuthorizedException({ message: 'no', $metadata: {} }));
    await expect(signIn('new@example.test', 'bad')).rejects.toMatchObject({ status: 401 });
  });
});
