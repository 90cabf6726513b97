import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseEvent, CrimeVictim } from '@vs/cases';
import { Clock } from '@vs/platform';
import { DutyChange, DutyChangeListeners } from '../changes/duty-change-listeners';
import { DutyInstance } from '../entities/duty-instance.entity';
import { changedColumns, CrimeFacts, dutyKey, planDuties } from './duty-plan';

/**
 * Keeps a case's duty instances in line with its record, inside the transaction that changed the
 * record. Its cost is a constant handful of statements plus one per changed instance, and grows
 * with the events of one case, never with the whole table.
 */
@Injectable()
export class DutyReconciler {
  constructor(
    private readonly clock: Clock,
    private readonly changeListeners: DutyChangeListeners,
  ) {}

  /**
   * Serialises the engine per case, so a second writer waits and then sees this one's events and
   * instances. NO KEY UPDATE, because writing the event already took KEY SHARE on the row (its
   * foreign key): two writers each upgrading that to FOR UPDATE would deadlock.
   */
  async lockCase(manager: EntityManager, caseId: string): Promise<void> {
    await manager.query('SELECT 1 FROM cases WHERE id = $1 FOR NO KEY UPDATE', [caseId]);
  }

  /** Brings the duties of every victim of the case (or of one of them) in line with its events. */
  async reconcile(manager: EntityManager, crime: CrimeFacts, victimId?: string): Promise<void> {
    await this.lockCase(manager, crime.id);
    const links = await manager.findBy(CrimeVictim, victimId ? { crimeId: crime.id, victimId } : { crimeId: crime.id });
    if (links.length === 0) return;
    const events = await manager.find(CaseEvent, {
      where: { caseId: crime.id },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
    const recorded = await this.lockRecorded(manager, crime.id, victimId);
    const now = this.clock.now();
    const created: DutyInstance[] = [];
    const changes: DutyChange[] = [];
    for (const link of links) {
      const victim = { victimId: link.victimId, enhanced: link.enhancedRightsEligible };
      for (const planned of planDuties(crime, victim, events, recorded, now)) {
        const previous = recorded.get(dutyKey(planned));
        if (!previous) {
          created.push(manager.create(DutyInstance, planned));
          continue;
        }
        const changed = changedColumns(previous, planned);
        if (Object.keys(changed).length === 0) continue;
        await manager.update(DutyInstance, { id: previous.id }, changed);
        changes.push({ instance: { ...previous, ...changed }, previous });
      }
    }
    if (created.length > 0) await manager.insert(DutyInstance, created);
    changes.push(...created.map((instance) => ({ instance, previous: null })));
    await this.changeListeners.changed(manager, changes);
  }

  /** Locked, so the sweep skips them until this transaction ends rather than marking them under it. */
  private async lockRecorded(
    manager: EntityManager,
    caseId: string,
    victimId: string | undefined,
  ): Promise<Map<string, DutyInstance>> {
    const query = manager
      .createQueryBuilder(DutyInstance, 'd')
      .setLock('pessimistic_write')
      .where('d.case_id = :caseId', { caseId });
    if (victimId) query.andWhere('d.victim_id = :victimId', { victimId });
    return new Map((await query.getMany()).map((instance) => [dutyKey(instance), instance]));
  }
}
