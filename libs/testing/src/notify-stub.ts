import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

export interface StubNotification {
  readonly id: string;
  readonly type: 'sms' | 'email';
  readonly to: string;
  readonly reference: string;
  readonly templateId: string;
  readonly personalisation: Record<string, string>;
}

/**
 * A local stand-in for the GOV.UK Notify API (a real HTTP server): it accepts sends, answers
 * look-ups by reference, and can fail on purpose, including after recording (a lost response).
 */
export class NotifyStub {
  readonly sent: StubNotification[] = [];
  /** Fail the next N sends without recording them. */
  failNext = 0;
  /** Record the next N sends, then answer 500 as if the response were lost. */
  loseNextResponses = 0;
  /**
   * Take this long over each send before recording it, like a slow network: a sender killed
   * meanwhile leaves a message that went out but whose answer it never read.
   */
  delayMs = 0;
  private server?: Server;

  get url(): string {
    const address = this.server?.address();
    if (!address || typeof address === 'string') throw new Error('stub not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** A key in Notify's format (name-serviceId-secret): the client reads ids from fixed positions. */
  readonly apiKey = `test_key-${randomUUID()}-${randomUUID()}`;

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  sentWithReference(reference: string): StubNotification[] {
    return this.sent.filter((notification) => notification.reference === reference);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://stub');
    const reply = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (request.method === 'GET' && url.pathname === '/v2/notifications') {
      const reference = url.searchParams.get('reference');
      return reply(200, {
        notifications: this.sent.filter((item) => item.reference === reference).map(({ id }) => ({ id })),
      });
    }
    const type = url.pathname.match(/^\/v2\/notifications\/(sms|email)$/)?.[1] as 'sms' | 'email' | undefined;
    if (request.method !== 'POST' || !type) return reply(404, { errors: [{ error: 'NotFound' }] });
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>;
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failNext > 0) {
      this.failNext--;
      return reply(500, { errors: [{ error: 'Exception', message: 'stub failure' }] });
    }
    const notification: StubNotification = {
      id: randomUUID(),
      type,
      to: String(type === 'sms' ? body.phone_number : body.email_address),
      reference: String(body.reference),
      templateId: String(body.template_id),
      personalisation: (body.personalisation ?? {}) as Record<string, string>,
    };
    this.sent.push(notification);
    if (this.loseNextResponses > 0) {
      this.loseNextResponses--;
      return reply(500, { errors: [{ error: 'Exception', message: 'response lost' }] });
    }
    return reply(201, { id: notification.id, reference: notification.reference, content: {}, uri: '', template: {} });
  }
}
