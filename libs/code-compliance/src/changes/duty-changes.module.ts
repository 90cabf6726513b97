import { Module } from '@nestjs/common';
import { BreachAlertRaiser } from '../alerts/breach-alert-raiser';
import { DutyChangeListeners } from './duty-change-listeners';

/**
 * The duty change hook and its first listener (breach alerts). Imported by both the API's and the
 * worker's code-compliance modules, so each process has exactly one registry.
 */
@Module({
  providers: [DutyChangeListeners, BreachAlertRaiser],
  exports: [DutyChangeListeners],
})
export class DutyChangesModule {}
