import { QueryRunnerAlreadyReleasedError } from 'typeorm';

/**
 * PostgreSQL's SQLSTATEs for a server that is shutting down, starting up or crashed (57P01-57P03)
 * and for a connection that could not be made or was lost (class 08).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/** Socket errors of a connection to PostgreSQL or Redis that was refused, cut or timed out. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/**
 * node-postgres reports some lost connections by message only: a connection ended under a query,
 * a pool that could not connect in time.
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
];

/** The errors an error wraps: TypeORM's driver error, a cause, the attempts of an AggregateError. */
function wrapped(error: object): unknown[] {
  const { driverError, cause, errors } = error as { driverError?: unknown; cause?: unknown; errors?: unknown };
  return [driverError, cause, ...(Array.isArray(errors) ? (errors as unknown[]) : [])].filter(
    (inner) => inner !== undefined,
  );
}

/**
 * Whether an error means that a service the request needs (the database, Redis) is down or
 * unreachable for now, rather than that the request or the code is wrong: the caller should try
 * again shortly (503), not report a bug (500).
 */
export function isUnavailableDependency(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  // TypeORM releases a transaction's query runner when its connection fails; the transaction's
  // next statement then finds it released.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  return wrapped(error).some((inner) => isUnavailableDependency(inner, depth + 1));
}
