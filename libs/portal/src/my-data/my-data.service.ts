import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { DataCipher, VictimPrincipal } from '@vs/platform';
import { Victim, VictimConsent, VictimContactChannel } from '@vs/victims';
import { PortalAudit } from '../audit/portal-audit';
import { accessLogOf } from '../access-log/access-log.service';
import { followedCases, victimTimeline } from '../cases/portal-case-queries';
import { TimelineEntryView } from '../dto/portal-case.view';
import { CallBackStore } from '../call-backs/call-back-store';
import { MessageStore } from '../messages/message-store';
import { RequestStore } from '../requests/request-store';
import { StatementStore } from '../statements/statement-store';
import { SurveyStore } from '../surveys/survey-store';

export type MyData = Record<string, unknown>;

/**
 * A copy of the victim's own data (a subject access request they can serve themselves): their
 * record, contact channels, consents, followed cases with what they may see of them, messages,
 * what they sent through the portal (statements, complaints, reviews, call-backs, survey answers) and
 * who has looked at their record. Staff notes about them are not theirs to download here.
 */
@Injectable()
export class MyDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: DataCipher,
    private readonly messages: MessageStore,
    private readonly statements: StatementStore,
    private readonly requests: RequestStore,
    private readonly callBacks: CallBackStore,
    private readonly surveys: SurveyStore,
    private readonly audit: PortalAudit,
  ) {}

  export(victim: VictimPrincipal): Promise<MyData> {
    return this.dataSource.transaction(async (manager) => {
      const data = await this.collect(manager, victim.victimId);
      await this.audit.record(manager, victim, {
        action: AuditAction.Export,
        entityType: 'victim',
        entityId: victim.victimId,
      });
      return data;
    });
  }

  private async collect(manager: EntityManager, victimId: string): Promise<MyData> {
    const record = await manager.findOneByOrFail(Victim, { id: victimId });
    const channels = await manager.find(VictimContactChannel, { where: { victimId }, order: { channel: 'ASC' } });
    const consents = await manager.find(VictimConsent, { where: { victimId }, order: { givenAt: 'ASC' } });
    const cases = await followedCases(manager, victimId);
    const timelines: TimelineEntryView[][] = [];
    for (const found of cases) timelines.push(await victimTimeline(manager, victimId, found.id));
    const open = (value: string | null): string | null => (value === null ? null : this.cipher.decrypt(value));
    return {
      exportedAt: new Date(),
      you: {
        givenNames: open(record.givenNames),
        familyName: open(record.familyName),
        dateOfBirth: record.dateOfBirth,
        preferredLanguage: record.preferredLanguage,
        interpreterNeeded: record.interpreterNeeded,
        disabilities: record.disabilities,
        supportNeeds: open(record.supportNeeds),
      },
      contactChannels: channels.map((channel) => ({
        channel: channel.channel,
        value: open(channel.value),
        safe: channel.safe,
        safeTimes: channel.safeTimes,
        codeWord: open(channel.codeWord),
      })),
      consents: consents.map((consent) => ({
        subject: consent.subject,
        givenAt: consent.givenAt,
        withdrawnAt: consent.withdrawnAt,
      })),
      cases: cases.map((found, index) => ({ ...found, timeline: timelines[index] })),
      messages: await this.messages.conversation(manager, victimId),
      personalStatements: await this.statements.of(manager, victimId),
      complaintsAndReviews: await this.requests.list(manager, victimId),
      callBacks: await this.callBacks.list(manager, victimId),
      surveyAnswers: await this.surveys.of(manager, victimId),
      accessLog: await accessLogOf(manager, victimId),
    };
  }
}
