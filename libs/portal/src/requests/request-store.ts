import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Clock, ConflictError, DataCipher, NotFoundError, ValidationFailedError } from '@vs/platform';
import { AnswerRequestDto, PortalRequestView } from '../dto/portal-request.dto';
import { PortalRequest, PortalRequestKind, RequestAgency, ReviewedDecision } from '../entities/portal-request.entity';
import { dueDates, OUTCOMES_OF } from './request-targets';
import { toRequestView } from './request-views';

export interface NewRequest {
  readonly victimId: string;
  readonly caseId: string;
  readonly kind: PortalRequestKind;
  readonly agency: RequestAgency;
  readonly decision: ReviewedDecision | null;
  readonly details: string;
}

export interface StaffMember {
  readonly userId: string;
  readonly organisationId: string;
}

/** Complaints and review requests: every lookup is bound to the victim's id. */
@Injectable()
export class RequestStore {
  constructor(
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  async add(manager: EntityManager, request: NewRequest): Promise<PortalRequestView> {
    const receivedAt = this.clock.now();
    const row = manager.create(PortalRequest, {
      ...request,
      details: this.cipher.encrypt(request.details),
      receivedAt,
      ...dueDates(request.kind, receivedAt),
    });
    await manager.insert(PortalRequest, row);
    return this.one(manager, request.victimId, row.id);
  }

  async list(manager: EntityManager, victimId: string): Promise<PortalRequestView[]> {
    const rows = await manager.find(PortalRequest, { where: { victimId }, order: { receivedAt: 'DESC', id: 'ASC' } });
    return rows.map((row) => this.toView(row));
  }

  async one(manager: EntityManager, victimId: string, requestId: string): Promise<PortalRequestView> {
    const row = await manager.findOneBy(PortalRequest, { id: requestId, victimId });
    if (!row) throw new NotFoundError('Request', requestId);
    return this.toView(row);
  }

  /** Only once: a second acknowledgement would move the date the victim was told about. */
  async acknowledge(manager: EntityManager, victimId: string, requestId: string, by: StaffMember): Promise<PortalRequestView> {
    await this.one(manager, victimId, requestId);
    const result = await manager.update(
      PortalRequest,
      { id: requestId, victimId, acknowledgedAt: IsNull() },
      { acknowledgedAt: this.clock.now(), acknowledgedByUserId: by.userId },
    );
    if (result.affected === 0) throw new ConflictError('already_acknowledged', `Request ${requestId} was already acknowledged`);
    return this.one(manager, victimId, requestId);
  }

  /** Answering acknowledges too, if nobody did; an answer is final. */
  async answer(
    manager: EntityManager,
    victimId: string,
    requestId: string,
    dto: AnswerRequestDto,
    by: StaffMember,
  ): Promise<PortalRequestView> {
    const current = await manager.findOneBy(PortalRequest, { id: requestId, victimId });
    if (!current) throw new NotFoundError('Request', requestId);
    if (!OUTCOMES_OF[current.kind].includes(dto.outcome))
      throw new ValidationFailedError([
        { field: 'outcome', messages: [`outcome must be one of ${OUTCOMES_OF[current.kind].join(', ')}`] },
      ]);
    const now = this.clock.now();
    const result = await manager.update(
      PortalRequest,
      { id: requestId, victimId, answeredAt: IsNull() },
      {
        answeredAt: now,
        answer: this.cipher.encrypt(dto.answer),
        outcome: dto.outcome,
        answeredByUserId: by.userId,
        answeredByOrganisationId: by.organisationId,
        acknowledgedAt: current.acknowledgedAt ?? now,
        acknowledgedByUserId: current.acknowledgedByUserId ?? by.userId,
      },
    );
    if (result.affected === 0) throw new ConflictError('already_answered', `Request ${requestId} was already answered`);
    return this.one(manager, victimId, requestId);
  }

  private toView(row: PortalRequest): PortalRequestView {
    const answer = row.answer === null ? null : this.cipher.decrypt(row.answer);
    return toRequestView(row, { details: this.cipher.decrypt(row.details), answer }, this.clock.now());
  }
}
