import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DataCipher } from '@vs/platform';
import { VictimAccessBasis } from '@vs/victims';
import { AnswerSurveyDto, SurveyAnswerView } from '../dto/survey.dto';
import { PortalSurveyAnswer } from '../entities/portal-survey-answer.entity';

/** Survey answers, bound to the victim's id. */
@Injectable()
export class SurveyStore {
  constructor(private readonly cipher: DataCipher) {}

  /** The victim's answers, oldest first; with `caseId`, on that case only. */
  async of(manager: EntityManager, victimId: string, caseId?: string): Promise<SurveyAnswerView[]> {
    const rows = await manager.find(PortalSurveyAnswer, {
      where: { victimId, ...(caseId ? { caseId } : {}) },
      order: { answeredAt: 'ASC', id: 'ASC' },
    });
    return rows.map((row) => this.toView(row));
  }

  /** A second answer at the same point breaks the unique key: 409. */
  async add(manager: EntityManager, victimId: string, caseId: string, dto: AnswerSurveyDto): Promise<SurveyAnswerView> {
    const row = manager.create(PortalSurveyAnswer, {
      victimId,
      caseId,
      point: dto.point,
      organisationId: await this.supportingOrganisation(manager, victimId),
      overall: dto.overall,
      keptInformed: dto.keptInformed,
      treatedWithRespect: dto.treatedWithRespect,
      comment: dto.comment === undefined ? null : this.cipher.encrypt(dto.comment),
    });
    await manager.insert(PortalSurveyAnswer, row);
    return this.toView(await manager.findOneByOrFail(PortalSurveyAnswer, { id: row.id, victimId }));
  }

  /** The organisation that most recently took on supporting the victim (its grant may have ended since). */
  private async supportingOrganisation(manager: EntityManager, victimId: string): Promise<string | null> {
    const rows: { organisation_id: string }[] = await manager.query(
      `SELECT organisation_id FROM victim_access_grants WHERE victim_id = $1 AND basis = $2
        ORDER BY granted_at DESC, id LIMIT 1`,
      [victimId, VictimAccessBasis.Supporting],
    );
    return rows[0]?.organisation_id ?? null;
  }

  private toView(row: PortalSurveyAnswer): SurveyAnswerView {
    return {
      id: row.id,
      caseId: row.caseId,
      point: row.point,
      overall: row.overall,
      keptInformed: row.keptInformed,
      treatedWithRespect: row.treatedWithRespect,
      comment: row.comment === null ? null : this.cipher.decrypt(row.comment),
      answeredAt: row.answeredAt,
    };
  }
}
