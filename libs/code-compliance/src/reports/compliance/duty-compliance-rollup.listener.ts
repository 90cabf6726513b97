import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DutyChange, DutyChangeListener, DutyChangeListeners } from '../../changes/duty-change-listeners';
import { applyRollupChanges } from './duty-compliance-rollup';

/**
 * Keeps the compliance rollup in step with duty_instances: hears every change (engine,
 * re-assessments, waivers, sweep) in the transaction that makes it, in the API and the worker alike.
 * Changes of due time or fulfilment alone move no count and write nothing.
 */
@Injectable()
export class DutyComplianceRollupListener implements DutyChangeListener, OnModuleInit {
  constructor(private readonly changeListeners: DutyChangeListeners) {}

  onModuleInit(): void {
    this.changeListeners.register(this);
  }

  onDutiesChanged(manager: EntityManager, changes: readonly DutyChange[]): Promise<void> {
    return applyRollupChanges(
      manager,
      changes.map(({ instance, previous }) => ({ before: previous, after: instance })),
    );
  }
}
