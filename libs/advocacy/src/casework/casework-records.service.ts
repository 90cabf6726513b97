import { Injectable } from '@nestjs/common';
import { AuditAction } from '@vs/audit';
import { Actor, ConflictError, DataCipher, NotFoundError, updateVersioned, ValidationFailedError } from '@vs/platform';
import { ALLOCATED_STATES } from '@vs/referrals';
import { AddNoteDto, AddTaskDto, PutNeedDto, PutSafetyPlanDto, VersionDto } from '../dto/casework.dto';
import { NeedView, NoteView, SafetyPlanView, TaskView } from '../dto/casework.view';
import { CaseworkNote } from '../entities/casework-note.entity';
import { CaseworkTask } from '../entities/casework-task.entity';
import { SafetyPlan } from '../entities/safety-plan.entity';
import { SupportNeed } from '../entities/support-need.entity';
import { NeedArea } from '../model/casework';
import { CaseworkViews } from './casework-views';
import { CaseworkWriter } from './casework-writer';

const VERSION_NEEDED = 'the version you read is required to change what is already recorded';

/**
 * What an advocate keeps while working a referral: the safety plan, the victim's needs, notes and
 * tasks. Personal content is encrypted; a plan or need changed by two people at once is refused
 * to the second (optimistic locking), never silently overwritten.
 */
@Injectable()
export class CaseworkRecordsService {
  constructor(
    private readonly writer: CaseworkWriter,
    private readonly views: CaseworkViews,
    private readonly cipher: DataCipher,
  ) {}

  putSafetyPlan(actor: Actor, referralId: string, dto: PutSafetyPlanDto): Promise<SafetyPlanView> {
    const write = { states: ALLOCATED_STATES, entityType: 'safety_plan', changedFields: ['plan', 'reviewOn'] };
    return this.writer.write(actor, referralId, write, async (manager, referral) => {
      const columns = {
        plan: this.cipher.encrypt(dto.plan),
        reviewOn: dto.reviewOn ?? null,
        updatedByUserId: actor.userId,
      };
      const id = await this.upsert(
        await manager.findOneBy(SafetyPlan, { referralId }),
        dto.version,
        (existing, version) => updateVersioned(manager, SafetyPlan, 'Safety plan', existing, version, columns),
        async () => {
          const plan = manager.create(SafetyPlan, { referralId, victimId: referral.victimId, ...columns });
          await manager.insert(SafetyPlan, plan);
          return plan.id;
        },
      );
      return { entityId: id, value: this.views.safetyPlan(await manager.findOneByOrFail(SafetyPlan, { id })) };
    });
  }

  putNeed(actor: Actor, referralId: string, area: NeedArea, dto: PutNeedDto): Promise<NeedView> {
    const write = { states: ALLOCATED_STATES, entityType: 'support_need', changedFields: [`needs.${area}`] };
    return this.writer.write(actor, referralId, write, async (manager, referral) => {
      const columns = {
        status: dto.status,
        notes: dto.notes === undefined ? null : this.cipher.encrypt(dto.notes),
        updatedByUserId: actor.userId,
      };
      const id = await this.upsert(
        await manager.findOneBy(SupportNeed, { referralId, area }),
        dto.version,
        (existing, version) => updateVersioned(manager, SupportNeed, 'Need', existing, version, columns),
        async () => {
          const need = manager.create(SupportNeed, { referralId, victimId: referral.victimId, area, ...columns });
          await manager.insert(SupportNeed, need);
          return need.id;
        },
      );
      return { entityId: id, value: this.views.need(await manager.findOneByOrFail(SupportNeed, { id })) };
    });
  }

  addNote(actor: Actor, referralId: string, dto: AddNoteDto): Promise<NoteView> {
    const write = { states: ALLOCATED_STATES, entityType: 'casework_note', changedFields: ['notes'] };
    return this.writer.write(actor, referralId, write, async (manager, referral) => {
      const note = manager.create(CaseworkNote, {
        referralId,
        victimId: referral.victimId,
        text: this.cipher.encrypt(dto.text),
        authorUserId: actor.userId,
      });
      await manager.insert(CaseworkNote, note);
      return { entityId: note.id, value: this.views.note(note) };
    });
  }

  addTask(actor: Actor, referralId: string, dto: AddTaskDto): Promise<TaskView> {
    const write = { states: ALLOCATED_STATES, entityType: 'casework_task', changedFields: ['tasks'] };
    return this.writer.write(actor, referralId, write, async (manager, referral) => {
      const task = manager.create(CaseworkTask, {
        referralId,
        victimId: referral.victimId,
        title: this.cipher.encrypt(dto.title),
        dueOn: dto.dueOn,
        createdByUserId: actor.userId,
      });
      await manager.insert(CaseworkTask, task);
      return { entityId: task.id, value: this.views.task(task) };
    });
  }

  completeTask(actor: Actor, referralId: string, taskId: string, dto: VersionDto): Promise<TaskView> {
    const write = {
      states: ALLOCATED_STATES,
      entityType: 'casework_task',
      changedFields: ['completedAt'],
      action: AuditAction.Update,
    };
    return this.writer.write(actor, referralId, write, async (manager, referral) => {
      const task = await manager.findOneBy(CaseworkTask, { id: taskId, referralId: referral.id });
      if (!task) throw new NotFoundError('Task', taskId);
      if (task.completedAt !== null)
        throw new ConflictError('task_already_completed', `Task ${taskId} is already done`);
      await updateVersioned(manager, CaseworkTask, 'Task', taskId, dto.version, {
        completedAt: () => 'now()',
        completedByUserId: actor.userId,
      });
      return { entityId: taskId, value: this.views.task(await manager.findOneByOrFail(CaseworkTask, { id: taskId })) };
    });
  }

  /**
   * Changes what is recorded, at the version the caller read; or records it first, which needs no
   * version (a version sent for it means the caller read something that is not there).
   */
  private async upsert(
    existing: { id: string } | null,
    version: number | undefined,
    update: (id: string, version: number) => Promise<void>,
    insert: () => Promise<string>,
  ): Promise<string> {
    if (existing) {
      if (version === undefined) throw new ValidationFailedError([{ field: 'version', messages: [VERSION_NEEDED] }]);
      await update(existing.id, version);
      return existing.id;
    }
    if (version !== undefined)
      throw new ConflictError('stale_version', 'Nothing is recorded yet: leave the version out to record it first', {
        currentVersion: null,
      });
    return insert();
  }
}
