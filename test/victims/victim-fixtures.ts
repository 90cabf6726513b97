import { randomInt } from 'node:crypto';
import { SignedIn, TestApp } from '@vs/testing';

/** A distinct person each call, so tests never trip over each other's duplicates. */
export function aVictim(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const n = randomInt(100_000, 999_999);
  return {
    givenNames: `Amara ${n}`,
    familyName: 'Okafor',
    dateOfBirth: '1991-06-14',
    preferredLanguage: 'en',
    contactChannels: [
      {
        channel: 'phone',
        value: `07700 9${String(n).slice(0, 5)}`,
        safe: true,
        safeTimes: [{ days: ['monday', 'friday'], from: '09:00', to: '12:30' }],
        codeWord: 'Bluebell',
      },
      { channel: 'email', value: `amara.${n}@example.org`, safe: false, notes: 'Partner reads this inbox' },
    ],
    ...overrides,
  };
}

export const victimsApi = (app: TestApp, session: SignedIn) => ({
  create: (body: object) => app.http().post('/api/v1/victims').set(session.auth).send(body),
  get: (id: string, headers: Record<string, string> = {}) =>
    app.http().get(`/api/v1/victims/${id}`).set(session.auth).set(headers),
  list: (query = '') => app.http().get(`/api/v1/victims${query}`).set(session.auth),
  patch: (id: string, body: object) => app.http().patch(`/api/v1/victims/${id}`).set(session.auth).send(body),
  putChannel: (id: string, channel: string, body: object) =>
    app.http().put(`/api/v1/victims/${id}/contact-channels/${channel}`).set(session.auth).send(body),
  deleteChannel: (id: string, channel: string, version: number) =>
    app.http().delete(`/api/v1/victims/${id}/contact-channels/${channel}?version=${version}`).set(session.auth),
  override: (id: string, body: object) =>
    app.http().put(`/api/v1/victims/${id}/enhanced-rights-override`).set(session.auth).send(body),
  consent: (id: string, body: object) => app.http().post(`/api/v1/victims/${id}/consents`).set(session.auth).send(body),
  withdraw: (id: string, consentId: string, body: object = {}) =>
    app.http().post(`/api/v1/victims/${id}/consents/${consentId}/withdraw`).set(session.auth).send(body),
});

export interface AuditRow {
  action: string;
  actor_user_id: string;
  entity_type: string;
  entity_id: string;
  changed_fields: string[];
  details: Record<string, unknown>;
  break_glass_reason: string | null;
  flagged_for_review: boolean;
}

export const auditOf = (app: TestApp, victimId: string): Promise<AuditRow[]> =>
  app.dataSource.query(
    `SELECT action, actor_user_id, entity_type, entity_id, changed_fields, details, break_glass_reason, flagged_for_review
       FROM audit_events WHERE victim_id = $1 ORDER BY id`,
    [victimId],
  );
