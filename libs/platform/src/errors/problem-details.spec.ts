import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { ConflictError, ValidationFailedError } from './app-error';
import { toProblem } from './problem-details';

const queryError = (code: string): QueryFailedError =>
  new QueryFailedError(
    'INSERT ...',
    [],
    Object.assign(new Error('duplicate key value violates "users_email_key"'), { code }),
  );

describe('toProblem', () => {
  it('keeps an application error code, status and extensions', () => {
    const problem = toProblem(new ConflictError('stale_version', 'The case changed', { currentVersion: 4 }), 'req-1');
    expect(problem).toMatchObject({ status: 409, code: 'stale_version', currentVersion: 4, requestId: 'req-1' });
    expect(problem.type).toMatch(/stale_version$/);
  });

  it('lists fields for validation failures', () => {
    const problem = toProblem(new ValidationFailedError([{ field: 'age', messages: ['too old'] }]), 'r');
    expect(problem).toMatchObject({ status: 400, errors: [{ field: 'age', messages: ['too old'] }] });
  });

  it('turns a unique violation into 409 without the constraint text', () => {
    const problem = toProblem(queryError('23505'), 'r');
    expect(problem.status).toBe(HttpStatus.CONFLICT);
    expect(JSON.stringify(problem)).not.toContain('users_email_key');
  });

  it.each(['22P02', '22003', '22021', '22P05'])(
    'turns a malformed value reaching the database (%s) into 400',
    (code) => {
      expect(toProblem(queryError(code), 'r').status).toBe(400);
    },
  );

  it('hides unknown errors behind a generic 500', () => {
    const problem = toProblem(new Error('password=hunter2 at db.internal'), 'r');
    expect(problem).toMatchObject({ status: 500, code: 'internal_error' });
    expect(JSON.stringify(problem)).not.toContain('hunter2');
  });

  it('keeps the message of client-side HTTP exceptions but not of server-side ones', () => {
    expect(toProblem(new BadRequestException('Body is not valid JSON'), 'r').detail).toBe('Body is not valid JSON');
    expect(toProblem(new HttpException('pool exhausted', 503), 'r').detail).not.toContain('pool');
  });

  describe('a database or Redis that is down or unreachable', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const outages: [string, unknown][] = [
      ['a refused connection', refused],
      ['a server shutting down under a query', queryError('57P01')],
      ['a server still starting up', queryError('57P03')],
      ['a connection ended under a query', new Error('Connection terminated unexpectedly')],
      ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
      ['a transaction whose connection failed', new QueryRunnerAlreadyReleasedError()],
      ['every address refusing', new AggregateError([refused, refused], 'connect failed')],
    ];

    it.each(outages)('turns %s into 503, to be tried again, not 500', (_, error) => {
      const problem = toProblem(error, 'r');
      expect(problem).toMatchObject({ status: HttpStatus.SERVICE_UNAVAILABLE, code: 'service_unavailable' });
      expect(JSON.stringify(problem)).not.toContain('5432');
    });

    it('keeps other database failures a 500', () => {
      expect(toProblem(queryError('42P01'), 'r').status).toBe(HttpStatus.INTERNAL_SERVER_ERROR);
    });
  });
});
