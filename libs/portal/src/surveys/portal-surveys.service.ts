import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction } from '@vs/audit';
import { VictimPrincipal } from '@vs/platform';
import { PortalAudit } from '../audit/portal-audit';
import { assertFollows } from '../cases/followed-case-guard';
import { AnswerSurveyDto, SurveyAnswerView } from '../dto/survey.dto';
import { SurveyStore } from './survey-store';

const SURVEY_ENTITY = 'portal_survey_answer';

/** The victim's satisfaction survey answers on a case they follow. */
@Injectable()
export class PortalSurveysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: SurveyStore,
    private readonly audit: PortalAudit,
  ) {}

  list(victim: VictimPrincipal, caseId: string): Promise<SurveyAnswerView[]> {
    return this.dataSource.transaction(async (manager) => {
      await assertFollows(manager, victim.victimId, caseId);
      const answers = await this.store.of(manager, victim.victimId, caseId);
      await this.audit.record(manager, victim, { action: AuditAction.Read, entityType: SURVEY_ENTITY, entityId: caseId });
      return answers;
    });
  }

  answer(victim: VictimPrincipal, caseId: string, dto: AnswerSurveyDto): Promise<SurveyAnswerView> {
    return this.dataSource.transaction(async (manager) => {
      await assertFollows(manager, victim.victimId, caseId);
      const answer = await this.store.add(manager, victim.victimId, caseId, dto);
      await this.audit.record(manager, victim, { action: AuditAction.Create, entityType: SURVEY_ENTITY, entityId: answer.id });
      return answer;
    });
  }
}
