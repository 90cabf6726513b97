import { HttpException, Logger } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../errors/problem-details.filter';

/**
 * What the client is told when Fastify refuses a URL before any route runs. Fastify's own messages
 * echo the path back; these say what is wrong without repeating it.
 */
const DETAILS: Readonly<Record<string, string>> = {
  FST_ERR_BAD_URL: 'The URL has a malformed percent-encoding',
  FST_ERR_MAX_PARAM_LENGTH: 'A path segment of the URL is too long',
};

const logger = new Logger('Http');

/**
 * Fastify answers a malformed URL or an over-long path parameter itself, outside Nest and its
 * exception filter; this handler (Fastify's `frameworkErrors` option) gives those answers the same
 * problem+json form as every other error.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  const detail = DETAILS[error.code];
  sendProblem(detail ? new HttpException(detail, status) : error, request, reply, logger);
}
