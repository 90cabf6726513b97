import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Case } from '../entities/case.entity';
import { CaseEvent } from '../entities/case-event.entity';
import { Crime } from '../entities/crime.entity';
import { CrimeVictim } from '../entities/crime-victim.entity';

/** An event just written, with its case (as read before the event) and crime. */
export interface RecordedEventContext {
  readonly case: Case;
  readonly crime: Crime;
  readonly event: CaseEvent;
}

/** A victim link just written or re-assessed, with its case and crime. */
export interface VictimLinkContext {
  readonly case: Case;
  readonly crime: Crime;
  readonly link: CrimeVictim;
}

/**
 * What a feature that depends on cases (code compliance) does as facts arrive. Each call runs in
 * the transaction that wrote the fact, through its manager: the listener's writes commit or roll
 * back with it, and a listener that throws refuses the write.
 */
export interface CaseEventListener {
  onEventRecorded(manager: EntityManager, context: RecordedEventContext): Promise<void>;
  onVictimLinked(manager: EntityManager, context: VictimLinkContext): Promise<void>;
  onEnhancedRightsAssessed(manager: EntityManager, context: VictimLinkContext): Promise<void>;
}

/**
 * The extension point of cases: features that depend on cases register a listener here when their
 * module starts, so dependencies keep pointing one way (cases never imports them). Every service
 * that writes an event or a victim link tells the registered listeners, in order.
 */
@Injectable()
export class CaseEventListeners {
  private readonly listeners: CaseEventListener[] = [];

  register(listener: CaseEventListener): void {
    this.listeners.push(listener);
  }

  async eventRecorded(manager: EntityManager, context: RecordedEventContext): Promise<void> {
    for (const listener of this.listeners) await listener.onEventRecorded(manager, context);
  }

  async victimLinked(manager: EntityManager, context: VictimLinkContext): Promise<void> {
    for (const listener of this.listeners) await listener.onVictimLinked(manager, context);
  }

  async enhancedRightsAssessed(manager: EntityManager, context: VictimLinkContext): Promise<void> {
    for (const listener of this.listeners) await listener.onEnhancedRightsAssessed(manager, context);
  }
}
