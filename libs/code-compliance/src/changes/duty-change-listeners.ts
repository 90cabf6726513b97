import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DutyInstance } from '../entities/duty-instance.entity';

/** A duty instance created or changed: its status, due time, enhanced status or fulfilment. */
export interface DutyChange {
  readonly instance: DutyInstance;
  /** The instance before the change; null when it was just created. */
  readonly previous: DutyInstance | null;
}

/**
 * Told of duty changes in the transaction that makes them (through its manager), whichever path
 * made them: an event or victim link arriving, a re-assessment, a waiver, or the sweep marking
 * breaches. Its writes commit or roll back with the change.
 */
export interface DutyChangeListener {
  onDutiesChanged(manager: EntityManager, changes: readonly DutyChange[]): Promise<void>;
}

/**
 * The hook where duties change status (or timing). A feature registers its listener when its
 * module starts (breach alerts do; the Commissioner's reports may). The API and the worker each
 * hold one registry: a listener that must hear of the breaches the sweep marks registers in the
 * worker too.
 */
@Injectable()
export class DutyChangeListeners {
  private readonly listeners: DutyChangeListener[] = [];

  register(listener: DutyChangeListener): void {
    this.listeners.push(listener);
  }

  async changed(manager: EntityManager, changes: readonly DutyChange[]): Promise<void> {
    if (changes.length === 0) return;
    for (const listener of this.listeners) await listener.onDutiesChanged(manager, changes);
  }
}
