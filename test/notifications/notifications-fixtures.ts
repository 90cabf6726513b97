import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  DeliverJob,
  NotificationOutbox,
  NotificationPurpose,
  NotificationsProcessor,
  NotifyGateway,
  OutboxDelivery,
  OutboxOrphanSweep,
  OutboxRelay,
} from '@vs/notifications';
import { AppConfig, DatabaseModule, PlatformConfigModule, QueueModule, QueueName, Role } from '@vs/platform';
import { NotifyStub, signInAs, startTestApp, TestApp } from '@vs/testing';
import { Queue } from 'bullmq';
import { createApiApp } from '../../apps/api/src/api-app';

/** The delivery service alone, on the test app's database, with no relay running behind the test's back. */
@Module({})
class DeliveryOnlyModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DeliveryOnlyModule,
      imports: [PlatformConfigModule.forRoot(config), DatabaseModule.forRoot('test-delivery')],
      providers: [OutboxDelivery, NotifyGateway],
    };
  }
}

export const startDeliveryContext = (config: AppConfig): Promise<INestApplicationContext> =>
  NestFactory.createApplicationContext(DeliveryOnlyModule.forRoot(config), { logger: false });

/**
 * The worker's notification half without its schedule: a BullMQ worker runs the delivery jobs,
 * while the relay runs only when the test calls it.
 */
@Module({})
class RelayAndWorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: RelayAndWorkerModule,
      imports: [
        PlatformConfigModule.forRoot(config),
        DatabaseModule.forRoot('test-relay'),
        QueueModule.forRoot(),
        BullModule.registerQueue({ name: QueueName.Notifications }),
      ],
      providers: [OutboxRelay, OutboxOrphanSweep, OutboxDelivery, NotifyGateway, NotificationsProcessor],
    };
  }
}

export const startRelayAndWorker = (config: AppConfig): Promise<INestApplicationContext> =>
  NestFactory.createApplicationContext(RelayAndWorkerModule.forRoot(config), { logger: false });

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the check holds or the time runs out; work in other processes gives no event to wait for. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(250);
  }
  return false;
}

export const notifyVariables = (stub: { url: string; apiKey: string }): Record<string, string> => ({
  NOTIFY_API_KEY: stub.apiKey,
  NOTIFY_BASE_URL: stub.url,
  NOTIFY_TEMPLATE_IDS:
    'case_update=11111111-1111-4111-8111-111111111111,hearing_update=22222222-2222-4222-8222-222222222222',
});

export interface ChannelSpec {
  channel: 'sms' | 'email' | 'phone';
  value: string;
  safe: boolean;
  safeTimes?: { days: string[]; from: string; to: string }[];
}

/** A victim with the given contact channels, created through the API by a police officer. */
export async function victimWithChannels(app: TestApp, channels: ChannelSpec[]): Promise<string> {
  const officer = await signInAs(app, Role.PoliceCaseOfficer);
  const response = await app
    .http()
    .post('/api/v1/victims')
    .set(officer.auth)
    .send({
      givenNames: `Notify ${Math.random().toString(36).slice(2, 8)}`,
      familyName: 'Tester',
      dateOfBirth: '1988-03-14',
      contactChannels: channels,
    });
  if (response.status !== 201)
    throw new Error(`victim not created: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

/** Writes messages the way every feature does: in a transaction, through the outbox. */
export async function enqueueUpdate(app: TestApp, victimId: string, line = 'Your case has an update'): Promise<string> {
  const outbox = app.app.get(NotificationOutbox);
  const [id] = await app.dataSource.transaction((manager) =>
    outbox.enqueue(manager, [{ victimId, purpose: NotificationPurpose.CaseUpdate, personalisation: { update: line } }]),
  );
  return id;
}

/** What the relay does before a delivery job runs. */
export const markQueued = (app: TestApp, id: string): Promise<unknown> =>
  app.dataSource.query(`UPDATE notification_outbox SET status = 'queued' WHERE id = $1`, [id]);

export const outboxRow = async (app: TestApp, id: string): Promise<Record<string, unknown>> =>
  (await app.dataSource.query<Record<string, unknown>[]>('SELECT * FROM notification_outbox WHERE id = $1', [id]))[0];

/** The API, a worker that relays and delivers when a test says, its queue, and the Notify stub they send to. */
export interface DeliveryHarness {
  readonly stub: NotifyStub;
  readonly app: TestApp;
  readonly worker: INestApplicationContext;
  readonly queue: Queue<DeliverJob>;
  close(): Promise<void>;
}

export async function startDeliveryHarness(): Promise<DeliveryHarness> {
  const stub = new NotifyStub();
  await stub.start();
  const app = await startTestApp(createApiApp, { variables: notifyVariables(stub) });
  const worker = await startRelayAndWorker(app.config);
  return {
    stub,
    app,
    worker,
    queue: worker.get<Queue<DeliverJob>>(getQueueToken(QueueName.Notifications)),
    close: async () => {
      await worker.close();
      await app.close();
      await stub.stop();
    },
  };
}
