import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DutyStatus } from '../catalogue/duty-evaluation';
import { DutyChange, DutyChangeListener, DutyChangeListeners } from '../changes/duty-change-listeners';
import { DutyAlert } from '../entities/duty-alert.entity';

const becameBreached = ({ instance, previous }: DutyChange): boolean =>
  instance.status === DutyStatus.Breached && previous?.status !== DutyStatus.Breached;

/**
 * Raises an alert for the answerable organisation when a duty becomes breached, whoever noticed
 * (the sweep, or an event arriving after the deadline). The alert's unique key makes raising it
 * twice a no-op, so two paths noticing the same breach still make one alert.
 */
@Injectable()
export class BreachAlertRaiser implements DutyChangeListener, OnModuleInit {
  constructor(private readonly changeListeners: DutyChangeListeners) {}

  onModuleInit(): void {
    this.changeListeners.register(this);
  }

  async onDutiesChanged(manager: EntityManager, changes: readonly DutyChange[]): Promise<void> {
    const alerts = changes.filter(becameBreached).flatMap(({ instance }) =>
      instance.responsibleOrganisationId === null || instance.dueAt === null
        ? []
        : [
            manager.create(DutyAlert, {
              dutyInstanceId: instance.id,
              organisationId: instance.responsibleOrganisationId,
              caseId: instance.caseId,
              victimId: instance.victimId,
              dutyCode: instance.dutyCode,
              dueAt: instance.dueAt,
            }),
          ],
    );
    if (alerts.length === 0) return;
    await manager.createQueryBuilder().insert().into(DutyAlert).values(alerts).orIgnore().execute();
  }
}
