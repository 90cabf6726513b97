import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toProblem } from './problem-details';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** How long a client should wait before trying a request that met an unavailable service again. */
export const RETRY_AFTER_SECONDS = 5;

/** Sends a problem document for a request, logging server faults with their stack (never sent). */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const body = toProblem(error, String(request.id));
  if (body.status === 503) {
    // An outage is no fault of the code, and TypeORM's and the queues' error logs already report it;
    // a line for every refused request would flood the log while it lasts.
    void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  } else if (body.status >= 500) {
    logger.error({ err: error, requestId: request.id }, 'request failed');
  }
  void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), this.logger);
  }
}
