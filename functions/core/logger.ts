import { Logger } from '@aws-lambda-powertools/logger';

/**
 * What never reaches a log line, whoever logs what: values under keys that name a secret (passwords,
 * tokens, authorization headers, cookies, signatures, keys), JWTs and bearer credentials anywhere in
 * a string (an error message, a stack), and the signature and credential of a presigned S3 URL.
 * Nothing logs request bodies or headers on purpose; this is the net under that rule, for an event
 * logged while debugging or an error whose message quotes its input.
 */
const SECRET_KEY = /pass(word|phrase)?|secret|token|authorization|cookie|credential|signature|private.?key|api.?key|session/i;
const JWT = /\beyJ[\w-]+\.eyJ[\w-]+\.[\w-]*/g;
const BEARER = /\b(Bearer|Basic)\s+[\w\-.~+/=]+/gi;
const PRESIGNED = /\b(X-Amz-(?:Signature|Credential|Security-Token))=[^&\s"'<>]*/gi;
/** `password=…`, `"password":"…"` and the like inside a string (a query string, a JSON body quoted in a message). */
const ASSIGNED = /(["']?\b(?:pass(?:word|phrase)?|secret|token|api.?key|private.?key)["']?\s*[:=]\s*["']?)[^"'&\s,;}]+/gi;

export function redact(key: string, value: unknown): unknown {
  if (key && SECRET_KEY.test(key) && value !== null && value !== undefined && typeof value !== 'boolean' && typeof value !== 'number') {
    return '[REDACTED]';
  }
  if (typeof value === 'string') {
    return value
      .replace(JWT, '[REDACTED JWT]')
      .replace(BEARER, '$1 [REDACTED]')
      .replace(PRESIGNED, '$1=[REDACTED]')
      .replace(ASSIGNED, '$1[REDACTED]');
  }
  return value;
}

/**
 * One structured logger. Request logs carry method, route, status and the caller's ids only; every
 * line passes through `redact` on its way out.
 */
export const logger = new Logger({
  serviceName: 'backdesk',
  logLevel: (process.env.LOG_LEVEL as 'INFO' | undefined) ?? (process.env.VITEST ? 'SILENT' : 'INFO'),
  jsonReplacerFn: redact,
});
