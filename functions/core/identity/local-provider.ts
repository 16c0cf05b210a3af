import { importJWK, type JWK, SignJWT } from 'jose';
import { countAttempt, deleteIdentityItem, getItem, updateItem, writeItems } from '../db.ts';
import { env } from '../env.ts';
import { Conflict, TooManyRequests, Unauthorized } from '../errors.ts';
import { nowIso } from '../ids.ts';
import { identityKeys } from '../keys.ts';
import type { Claims } from './claims.ts';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, TOKEN_LIFETIME_SECONDS } from './claims.ts';
import { hashPassword, temporaryPassword, verifyPassword } from './passwords.ts';
import type { IdentityProvider, IdentityUser } from './provider.ts';

/** Failed sign-ins allowed per email in one window before the email is locked for the rest of it. */
export const LOGIN_ATTEMPT_LIMIT = 5;
export const LOGIN_WINDOW_SECONDS = 300;

interface LoginRecord extends IdentityUser {
  passwordHash: string;
  enabled: boolean;
}

const emailTaken = () => new Conflict('A user with this email already exists', 'email_taken');

let signingKey: Promise<CryptoKey | Uint8Array> | undefined;
function privateKey() {
  if (!env.LOCAL_JWT_PRIVATE_KEY) throw new Error('LOCAL_JWT_PRIVATE_KEY is not set');
  signingKey ??= importJWK(JSON.parse(env.LOCAL_JWT_PRIVATE_KEY) as JWK, 'ES256');
  return signingKey;
}

function claimsOf(user: IdentityUser): Claims {
  return {
    sub: user.userId,
    email: user.email,
    'custom:tenantId': user.tenantId,
    'custom:role': user.role,
    ...(user.clientId ? { 'custom:clientId': user.clientId } : {}),
  };
}

export async function signToken(user: IdentityUser): Promise<string> {
  const key = await privateKey();
  const jwk = JSON.parse(env.LOCAL_JWT_PRIVATE_KEY ?? '{}') as JWK;
  return new SignJWT({ ...claimsOf(user), token_use: 'id' })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT', ...(jwk.kid ? { kid: jwk.kid } : {}) })
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_LIFETIME_SECONDS}s`)
    .sign(key);
}

/**
 * Sign-in for the local provider. Failed attempts are counted per email; past the limit the email
 * answers 429 until its window ends, whatever the password, so guessing cannot go on at speed.
 */
export async function localSignIn(email: string, password: string): Promise<{ token: string; user: IdentityUser }> {
  const nowSeconds = Math.floor(Date.now() / 1000);
  const attempts = await getItem<{ count: number; windowStart: number }>(null, identityKeys.loginAttempts(email));
  if (attempts && attempts.count >= LOGIN_ATTEMPT_LIMIT && attempts.windowStart + LOGIN_WINDOW_SECONDS > nowSeconds) {
    throw new TooManyRequests(
      'Too many sign-in attempts for this email; try again later',
      attempts.windowStart + LOGIN_WINDOW_SECONDS - nowSeconds,
    );
  }
  const record = await getItem<LoginRecord>(null, identityKeys.login(email));
  const valid = record?.enabled === true && (await verifyPassword(password, record.passwordHash));
  if (!record || !valid) {
    await countAttempt(identityKeys.loginAttempts(email), LOGIN_WINDOW_SECONDS, nowSeconds);
    throw new Unauthorized('Email or password is incorrect');
  }
  const user: IdentityUser = {
    email: record.email,
    userId: record.userId,
    tenantId: record.tenantId,
    role: record.role,
    ...(record.clientId ? { clientId: record.clientId } : {}),
  };
  return { token: await signToken(user), user };
}

export const localIdentityProvider: IdentityProvider = {
  async createUser(user, password) {
    const initialPassword = password ?? temporaryPassword();
    const record: LoginRecord = { ...user, email: user.email.toLowerCase(), passwordHash: await hashPassword(initialPassword), enabled: true };
    await writeItems(null, [
      {
        put: { ...identityKeys.login(user.email), ...record, createdAt: nowIso() },
        condition: 'absent',
        onConflict: emailTaken,
      },
    ]);
    return password ? {} : { temporaryPassword: initialPassword };
  },

  async updateUser(email, changes) {
    // One conditional UpdateItem: a user without a sign-in record (none was ever created) is left alone.
    await updateItem(
      null,
      identityKeys.login(email),
      {
        update: `SET #role = :role, #enabled = :enabled${changes.clientId ? ', #clientId = :clientId' : ''}${changes.clientId ? '' : ' REMOVE #clientId'}`,
        condition: 'attribute_exists(pk)',
        names: { '#role': 'role', '#enabled': 'enabled', '#clientId': 'clientId' },
        values: { ':role': changes.role, ':enabled': changes.enabled, ...(changes.clientId ? { ':clientId': changes.clientId } : {}) },
      },
      'NONE',
    );
  },

  async deleteUser(email) {
    await deleteIdentityItem(identityKeys.login(email));
  },
};

