import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
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
});
