import { HttpException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { isUnavailableDependency } from './unavailable-dependency';

/** An RFC 9457 problem document. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  [extension: string]: unknown;
}

const PROBLEM_BASE = 'https://victim-services.london/problems/';

const problem = (
  status: number,
  code: string,
  title: string,
  detail: string,
  requestId: string,
  extensions: Record<string, unknown> = {},
): ProblemDocument => ({
  type: `${PROBLEM_BASE}${code}`,
  title,
  status,
  detail,
  code,
  requestId,
  ...extensions,
});

/** Postgres error codes that mean the client sent something the database rightly refused. */
const POSTGRES_CLIENT_ERRORS: Record<string, { status: number; code: string; title: string; detail: string }> = {
  '23505': {
    status: HttpStatus.CONFLICT,
    code: 'duplicate',
    title: 'Conflict',
    detail: 'A record with these details already exists',
  },
  '23503': {
    status: HttpStatus.CONFLICT,
    code: 'reference_conflict',
    title: 'Conflict',
    detail: 'The record refers to, or is referred to by, another record',
  },
  '22P02': {
    status: HttpStatus.BAD_REQUEST,
    code: 'invalid_value',
    title: 'Bad request',
    detail: 'A value has the wrong format',
  },
  '22001': {
    status: HttpStatus.BAD_REQUEST,
    code: 'value_too_long',
    title: 'Bad request',
    detail: 'A value is too long',
  },
  // Text with a character PostgreSQL cannot store (NUL), reaching it from a query or path parameter.
  '22021': {
    status: HttpStatus.BAD_REQUEST,
    code: 'invalid_value',
    title: 'Bad request',
    detail: 'A value contains a character that cannot be stored',
  },
  '22P05': {
    status: HttpStatus.BAD_REQUEST,
    code: 'invalid_value',
    title: 'Bad request',
    detail: 'A value contains a character that cannot be stored',
  },
  // A number beyond its column (an integer field without a maximum, e.g. a version of 2^53).
  '22003': {
    status: HttpStatus.BAD_REQUEST,
    code: 'invalid_value',
    title: 'Bad request',
    detail: 'A number is out of range',
  },
  '22007': {
    status: HttpStatus.BAD_REQUEST,
    code: 'invalid_value',
    title: 'Bad request',
    detail: 'A date or time is invalid',
  },
  '22008': {
    status: HttpStatus.BAD_REQUEST,
    code: 'invalid_value',
    title: 'Bad request',
    detail: 'A date or time is out of range',
  },
};

const HTTP_TITLES: Partial<Record<number, string>> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  429: 'Too many requests',
  503: 'Service unavailable',
};

const codeFromTitle = (title: string): string => title.toLowerCase().replace(/[^a-z]+/g, '_');

/**
 * Maps anything thrown while serving a request to a problem document. Never exposes a stack
 * trace or an internal message: unknown errors become a generic 500 and are logged by the caller.
 */
export function toProblem(error: unknown, requestId: string): ProblemDocument {
  if (error instanceof AppError) {
    return problem(error.status, error.code, error.title, error.message, requestId, error.extensions);
  }
  // Nest hands Fastify's own client errors (body too large, malformed JSON) over as HttpExceptions
  // carrying Fastify's fixed, safe message.
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const title = HTTP_TITLES[status] ?? (status < 500 ? 'Bad request' : 'Internal server error');
    const detail = status < 500 ? error.message : 'The server could not complete the request';
    return problem(status, codeFromTitle(title), title, detail, requestId);
  }
  if (isUnavailableDependency(error)) {
    return problem(
      HttpStatus.SERVICE_UNAVAILABLE,
      'service_unavailable',
      'Service unavailable',
      'A service this request needs is briefly unavailable; please try again shortly',
      requestId,
    );
  }
  if (error instanceof QueryFailedError) {
    const pgCode = (error.driverError as { code?: string } | undefined)?.code ?? '';
    const known = POSTGRES_CLIENT_ERRORS[pgCode];
    if (known) return problem(known.status, known.code, known.title, known.detail, requestId);
  }
  return problem(
    HttpStatus.INTERNAL_SERVER_ERROR,
    'internal_error',
    'Internal server error',
    'The server could not complete the request',
    requestId,
  );
}
