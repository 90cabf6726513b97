import type { IncomingMessage } from 'node:http';
import { assignRequestId } from './request-id';

const requestWith = (id?: string): IncomingMessage =>
  ({ headers: id === undefined ? {} : { 'x-request-id': id } }) as IncomingMessage;

describe('assignRequestId', () => {
  it('keeps a plain caller id and writes it back to the headers', () => {
    const request = requestWith('abc-12345678');
    expect(assignRequestId(request)).toBe('abc-12345678');
    expect(request.headers['x-request-id']).toBe('abc-12345678');
  });

  it.each(['short', 'has space inside', 'x'.repeat(65), 'new\nline-123456'])(
    'replaces an unusable id %p',
    (offered) => {
      expect(assignRequestId(requestWith(offered))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    },
  );

  it('makes a UUIDv7 when none is offered', () => {
    expect(assignRequestId(requestWith())).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });
});
