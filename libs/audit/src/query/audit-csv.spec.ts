import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { AuditEvent } from '../entities/audit-event.entity';
import { AUDIT_CSV_HEADER, auditEventsCsv, neutraliseFormula } from './audit-csv';

const auditEvent = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id: '12',
  occurredAt: new Date('2025-03-01T09:15:30.123Z'),
  actorUserId: '01956a4e-0000-7000-8000-000000000001',
  actorRole: 'advocate',
  actorOrganisationId: '01956a4e-0000-7000-8000-000000000002',
  action: 'update',
  outcome: 'success',
  entityType: 'case',
  entityId: '01956a4e-0000-7000-8000-000000000003',
  victimId: null,
  purpose: null,
  breakGlassReason: null,
  flaggedForReview: false,
  requestId: 'req-12345678',
  clientIp: '10.1.2.3',
  changedFields: ['status', 'nextHearingAt'],
  details: { version: 3 },
  ...overrides,
});

const from = (events: AuditEvent[]): AsyncIterable<AuditEvent> => Readable.from(events);

describe('audit CSV', () => {
  it('writes a header, then one row per event with empty cells for nulls', async () => {
    const lines = (await text(auditEventsCsv(from([auditEvent()])))).trimEnd().split('\n');
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(','));
    expect(lines[1]).toBe(
      '12,2025-03-01T09:15:30.123Z,01956a4e-0000-7000-8000-000000000001,advocate,01956a4e-0000-7000-8000-000000000002,' +
        'update,success,case,01956a4e-0000-7000-8000-000000000003,,,,false,req-12345678,10.1.2.3,status nextHearingAt,"{""version"":3}"',
    );
  });

  it('quotes free text containing commas, quotes and line breaks', async () => {
    const csv = await text(
      auditEventsCsv(from([auditEvent({ breakGlassReason: 'urgent, "safeguarding"\nrisk', flaggedForReview: true })])),
    );
    expect(csv).toContain('"urgent, ""safeguarding""\nrisk"');
  });

  it('writes only the header when nothing matches', async () => {
    expect(await text(auditEventsCsv(from([])))).toBe(`${AUDIT_CSV_HEADER.join(',')}\n`);
  });

  it('fails the stream when reading the events fails', async () => {
    function* failing(): Generator<AuditEvent> {
      yield auditEvent();
      throw new Error('database went away');
    }
    await expect(text(auditEventsCsv(Readable.from(failing())))).rejects.toThrow('database went away');
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tcmd'])(
    'keeps %p from running as a spreadsheet formula',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('court listing moved')).toBe('court listing moved');
  });
});
