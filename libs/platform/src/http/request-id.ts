import type { IncomingMessage } from 'node:http';
import { newId } from '../ids/uuid';

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's id is kept only if it is short and plain, so it can never inject into logs or headers.
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Takes the caller's request id when acceptable, otherwise makes one, and writes it back to the
 * raw request headers so the HTTP logger (pino-http) and the handlers see the same id.
 */
export function assignRequestId(request: IncomingMessage): string {
  const offered = request.headers[REQUEST_ID_HEADER];
  const id = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : newId();
  request.headers[REQUEST_ID_HEADER] = id;
  return id;
}
