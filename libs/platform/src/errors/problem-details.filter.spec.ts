import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RETRY_AFTER_SECONDS, sendProblem } from './problem-details.filter';

/** The few reply methods sendProblem uses, recording what it sent. */
function recordingReply() {
  const sent = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const reply = {
    status: (code: number) => ((sent.status = code), reply),
    header: (name: string, value: string) => ((sent.headers[name] = value), reply),
    send: (body: unknown) => ((sent.body = body), reply),
  };
  return { sent, reply: reply as unknown as FastifyReply };
}

describe('sendProblem', () => {
  const request = { id: 'req-9' } as FastifyRequest;
  const logger = { error: jest.fn() } as unknown as Logger & { error: jest.Mock };

  beforeEach(() => logger.error.mockClear());

  it('tells the client when to try again while the database is unreachable', () => {
    const { sent, reply } = recordingReply();
    sendProblem(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), request, reply, logger);
    expect(sent.status).toBe(503);
    expect(sent.headers).toEqual({
      'retry-after': String(RETRY_AFTER_SECONDS),
      'content-type': 'application/problem+json',
    });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('logs a fault of the code, with no Retry-After', () => {
    const { sent, reply } = recordingReply();
    sendProblem(new Error('undefined is not a function'), request, reply, logger);
    expect(sent.status).toBe(500);
    expect(sent.headers['retry-after']).toBeUndefined();
    expect(logger.error).toHaveBeenCalledTimes(1);
  });
});
