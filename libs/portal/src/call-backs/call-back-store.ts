import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { londonDateOf } from '@vs/code-compliance';
import { Clock, ConflictError, DataCipher, NotFoundError, ValidationFailedError } from '@vs/platform';
import { CallBackView, RequestCallBackDto } from '../dto/call-back.dto';
import { PortalCallBack } from '../entities/portal-call-back.entity';

/** Call-back requests, bound to the victim's id; the note is encrypted at rest. */
@Injectable()
export class CallBackStore {
  constructor(
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  async add(manager: EntityManager, victimId: string, dto: RequestCallBackDto): Promise<CallBackView> {
    const problems = [
      ...(dto.date < londonDateOf(this.clock.now()) ? [{ field: 'date', messages: ['date must be today or later'] }] : []),
      ...(dto.to <= dto.from ? [{ field: 'to', messages: ['to must be after from'] }] : []),
    ];
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const row = manager.create(PortalCallBack, {
      victimId,
      windowDate: dto.date,
      windowFrom: dto.from,
      windowTo: dto.to,
      note: dto.note === undefined ? null : this.cipher.encrypt(dto.note),
    });
    await manager.insert(PortalCallBack, row);
    return this.toView(await manager.findOneByOrFail(PortalCallBack, { id: row.id, victimId }));
  }

  /** Waiting ones first, then the most recent. */
  async list(manager: EntityManager, victimId: string): Promise<CallBackView[]> {
    const rows = await manager
      .createQueryBuilder(PortalCallBack, 'call_back')
      .where('call_back.victim_id = :victimId', { victimId })
      .orderBy('call_back.done_at IS NULL', 'DESC')
      .addOrderBy('call_back.window_date', 'DESC')
      .addOrderBy('call_back.window_from', 'DESC')
      .getMany();
    return rows.map((row) => this.toView(row));
  }

  async markDone(manager: EntityManager, victimId: string, callBackId: string, userId: string): Promise<CallBackView> {
    if (!(await manager.existsBy(PortalCallBack, { id: callBackId, victimId })))
      throw new NotFoundError('Call-back', callBackId);
    const result = await manager.update(
      PortalCallBack,
      { id: callBackId, victimId, doneAt: IsNull() },
      { doneAt: this.clock.now(), doneByUserId: userId },
    );
    if (result.affected === 0) throw new ConflictError('already_done', `Call-back ${callBackId} was already done`);
    return this.toView(await manager.findOneByOrFail(PortalCallBack, { id: callBackId, victimId }));
  }

  private toView(row: PortalCallBack): CallBackView {
    return {
      id: row.id,
      date: row.windowDate,
      from: row.windowFrom,
      to: row.windowTo,
      note: row.note === null ? null : this.cipher.decrypt(row.note),
      requestedAt: row.requestedAt,
      doneAt: row.doneAt,
    };
  }
}
