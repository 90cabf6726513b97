import { Body, Controller, DynamicModule, Get, Module, Post } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { createApiApp } from '../../apps/api/src/api-app';
import { AppConfig, createHttpApp, PlatformModule, PublicRoute } from '@vs/platform';
import { startTestApp, TestApp } from '@vs/testing';

class ProbeAddressDto {
  @IsString()
  @MaxLength(10)
  postcode!: string;
}

class ProbeDto {
  @IsString()
  name!: string;

  @IsInt()
  @Min(0)
  @Max(120)
  age!: number;

  @ValidateNested()
  @Type(() => ProbeAddressDto)
  address!: ProbeAddressDto;
}

/** Routes that exercise the shared HTTP pipeline; mounted on the same createHttpApp as the API. */
@Controller('probe')
@PublicRoute()
class ProbeController {
  @Post()
  echo(@Body() body: ProbeDto): ProbeDto {
    return body;
  }

  @Get('fail')
  fail(): never {
    throw new Error('connection to 10.0.0.7 refused: internal secret detail');
  }
}

@Module({})
class ProbeAppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ProbeAppModule,
      imports: [PlatformModule.forRoot(config, 'probe')],
      controllers: [ProbeController],
    };
  }
}

describe('HTTP pipeline shared by every surface', () => {
  let probe: TestApp;
  let api: TestApp;

  beforeAll(async () => {
    probe = await startTestApp(
      (config) => createHttpApp(ProbeAppModule.forRoot(config), config, { title: 'probe', withDocs: false }),
      { variables: { BODY_LIMIT_BYTES: '2048' } },
    );
    api = await startTestApp(createApiApp);
  });

  afterAll(async () => {
    await probe?.close();
    await api?.close();
  });

  const valid = { name: 'A', age: 30, address: { postcode: 'E1 6AN' } };

  it('accepts a valid body and returns it transformed', async () => {
    const response = await probe.http().post('/api/v1/probe').send(valid).expect(201);
    expect(response.body).toEqual(valid);
  });

  it('refuses an unknown field with 400, naming the field', async () => {
    const response = await probe
      .http()
      .post('/api/v1/probe')
      .send({ ...valid, address: { ...valid.address, flat: '2' }, isAdmin: true })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.code).toBe('validation_failed');
    const fields = response.body.errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['isAdmin', 'address.flat']));
  });

  it('names every invalid field, nested ones by their dotted path', async () => {
    const response = await probe
      .http()
      .post('/api/v1/probe')
      .send({ name: 7, age: 300, address: { postcode: 'far too long for a postcode' } })
      .expect(400);
    const fields = response.body.errors.map((error: { field: string }) => error.field).sort();
    expect(fields).toEqual(['address.postcode', 'age', 'name']);
  });

  it('answers 413 with a problem document when the body exceeds the limit', async () => {
    const response = await probe
      .http()
      .post('/api/v1/probe')
      .send({ ...valid, name: 'x'.repeat(4096) })
      .expect(413);
    expect(response.body).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('answers 400 to malformed JSON', async () => {
    const response = await probe
      .http()
      .post('/api/v1/probe')
      .set('content-type', 'application/json')
      .send('{"name": ')
      .expect(400);
    expect(response.body).toMatchObject({ status: 400, code: 'bad_request' });
    expect(response.body.detail).toMatch(/not valid JSON/);
  });

  it('never puts a stack trace or an internal message in an error body', async () => {
    const response = await probe.http().get('/api/v1/probe/fail').expect(500);
    const text = JSON.stringify(response.body);
    expect(response.body).toMatchObject({ status: 500, code: 'internal_error' });
    expect(text).not.toMatch(/stack|at Probe|\.ts:\d+|10\.0\.0\.7|secret/);
  });

  it('returns the request id in the header and the problem body, keeping a sane caller id', async () => {
    const response = await probe.http().get('/api/v1/nowhere').set('x-request-id', 'trace-1234abcd').expect(404);
    expect(response.headers['x-request-id']).toBe('trace-1234abcd');
    expect(response.body.requestId).toBe('trace-1234abcd');
    const replaced = await probe.http().get('/api/v1/nowhere').set('x-request-id', 'bad id\twith tab');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const response = await api.http().get('/health/live').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('serves OpenAPI 3 at /docs/openapi.json and the UI at /docs', async () => {
    const spec = await api.http().get('/docs/openapi.json').expect(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
    const ui = await api.http().get('/docs').expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('reports ready when the database and Redis answer', async () => {
    const response = await api.http().get('/health/ready').expect(200);
    expect(response.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });
});
