import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AuditEventFilterDto, AuditEventQueryDto, BreakGlassQueryDto } from './audit-event-query.dto';

type QueryClass = typeof AuditEventQueryDto | typeof AuditEventFilterDto | typeof BreakGlassQueryDto;

/** The options of the global validation pipe (libs/platform/src/errors/validation.ts). */
async function invalidFields(dto: QueryClass, query: Record<string, string>): Promise<string[]> {
  const instance = plainToInstance(dto, query, { enableImplicitConversion: false });
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  return errors.map((error) => error.property).sort();
}

const uuid = '01956a4e-0000-7000-8000-000000000003';

describe('audit query DTOs', () => {
  it('accept every filter with paging', async () => {
    const query = {
      victimId: uuid,
      actorId: uuid,
      entityType: 'victim',
      entityId: uuid,
      action: 'read',
      from: '2025-03-01',
      to: '2025-03-02T10:00:00.123456+01:00',
      limit: '20',
      cursor: '1024',
    };
    expect(await invalidFields(AuditEventQueryDto, query)).toEqual([]);
    expect(plainToInstance(AuditEventQueryDto, query).limit).toBe(20);
  });

  it('name each malformed field', async () => {
    const query = {
      victimId: 'victim-1',
      actorId: '',
      action: 'peek',
      from: '2025-02-30',
      to: 'yesterday',
      limit: 'ten',
      cursor: '-1',
    };
    expect(await invalidFields(AuditEventQueryDto, query)).toEqual([
      'action',
      'actorId',
      'cursor',
      'from',
      'limit',
      'to',
      'victimId',
    ]);
  });

  it('refuse a date-time without an offset, which would mean the server time zone', async () => {
    expect(await invalidFields(AuditEventFilterDto, { from: '2025-03-01T09:00:00' })).toEqual(['from']);
  });

  it('require entityType with entityId', async () => {
    expect(await invalidFields(AuditEventFilterDto, { entityId: uuid })).toEqual(['entityType']);
    expect(await invalidFields(AuditEventFilterDto, { entityType: 'Victim; DROP' })).toEqual(['entityType']);
  });

  it('keep the page size and the cursor within bounds', async () => {
    expect(await invalidFields(AuditEventQueryDto, { limit: '0' })).toEqual(['limit']);
    expect(await invalidFields(AuditEventQueryDto, { limit: '501' })).toEqual(['limit']);
    // 19 digits could overflow a bigint and reach the database as a 500.
    expect(await invalidFields(AuditEventQueryDto, { cursor: '9999999999999999999' })).toEqual(['cursor']);
  });

  it('refuse paging on the export and unknown filters on the break-glass list', async () => {
    expect(await invalidFields(AuditEventFilterDto, { limit: '10' })).toEqual(['limit']);
    expect(await invalidFields(BreakGlassQueryDto, { victimId: uuid, from: '2025-03-01' })).toEqual(['victimId']);
  });
});
