/**
 * Typed domain errors. Services throw these; `http-errors.ts` turns them into the contract's
 * `{"error": {"code", "message", "details"?}}` in one place.
 */
export interface FieldIssue {
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;
  abstract readonly code: string;
  readonly details?: unknown;
  readonly retryAfterSeconds?: number;
}

export class Invalid extends DomainError {
  readonly status = 400;
  readonly code = 'validation_error';
  constructor(
    message: string,
    override readonly details?: FieldIssue[],
  ) {
    super(message);
  }
}

export class Unauthorized extends DomainError {
  readonly status = 401;
  readonly code = 'unauthorized';
  constructor(message = 'Sign in to continue') {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly status = 403;
  readonly code = 'forbidden';
  constructor(message = 'Your role does not allow this') {
    super(message);
  }
}

/** Also what another tenant's or another client's resource answers: indistinguishable from a missing one. */
export class NotFound extends DomainError {
  readonly status = 404;
  readonly code = 'not_found';
  constructor(what = 'Resource') {
    super(`${what} not found`);
  }
}

export class Conflict extends DomainError {
  readonly status = 409;
  readonly code: string;
  constructor(message: string, code = 'conflict') {
    super(message);
    this.code = code;
  }
}

export class PayloadTooLarge extends DomainError {
  readonly status = 413;
  readonly code = 'payload_too_large';
}

export class IdempotencyKeyReused extends DomainError {
  readonly status = 422;
  readonly code = 'idempotency_key_reused';
  constructor() {
    super('This Idempotency-Key was used with a different request body');
  }
}

export class TooManyRequests extends DomainError {
  readonly status = 429;
  readonly code = 'too_many_requests';
  constructor(
    message: string,
    override readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class ServiceUnavailable extends DomainError {
  readonly status = 503;
  readonly code = 'service_unavailable';
  constructor(
    message: string,
    override readonly retryAfterSeconds = 1,
  ) {
    super(message);
  }
}
