import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseEventListener, CaseEventListeners, RecordedEventContext, VictimLinkContext } from '@vs/cases';
import { DutyReconciler } from './duty-reconciler';

/**
 * Code compliance's half of the cases extension point: as events and victim links arrive, the
 * duties they trigger, fulfil, bound or re-time are written in the same transaction.
 */
@Injectable()
export class DutyEngineListener implements CaseEventListener, OnModuleInit {
  constructor(
    private readonly caseEvents: CaseEventListeners,
    private readonly reconciler: DutyReconciler,
  ) {}

  onModuleInit(): void {
    this.caseEvents.register(this);
  }

  onEventRecorded(manager: EntityManager, { crime }: RecordedEventContext): Promise<void> {
    return this.reconciler.reconcile(manager, crime);
  }

  onVictimLinked(manager: EntityManager, { crime, link }: VictimLinkContext): Promise<void> {
    return this.reconciler.reconcile(manager, crime, link.victimId);
  }

  onEnhancedRightsAssessed(manager: EntityManager, { crime, link }: VictimLinkContext): Promise<void> {
    return this.reconciler.reconcile(manager, crime, link.victimId);
  }
}
