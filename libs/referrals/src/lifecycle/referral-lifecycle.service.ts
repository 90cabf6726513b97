import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Actor, Clock, DataCipher, updateVersioned } from '@vs/platform';
import { ReferralTransition, TransitionDetails } from '../entities/referral-transition.entity';
import { Referral } from '../entities/referral.entity';
import { ReferralState } from '../model/referral-state';
import { ImpossibleReferralTransitionError } from '../referrals.errors';
import { canMoveReferral } from './referral-transitions';

export interface ReferralMove {
  readonly to: ReferralState;
  /** The version the caller read: a stale one is refused with 409 and the current version. */
  readonly expectedVersion: number;
  readonly reason?: string | null;
  readonly details?: TransitionDetails;
  /** Other columns that change with the state (the allocated advocate, the first contact). */
  readonly columns?: QueryDeepPartialEntity<Referral>;
}

/**
 * The one way a referral changes state: only along the allowed transitions, at the version the
 * caller read, with a history row saying who moved it, when and why. Exported for libs/advocacy,
 * whose allocation, contacts and closure move referrals too.
 */
@Injectable()
export class ReferralLifecycle {
  constructor(
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  async recordArrival(
    manager: EntityManager,
    actor: Actor,
    referral: Referral,
    details: TransitionDetails = {},
  ): Promise<void> {
    await manager.insert(ReferralTransition, this.arrival(actor, referral, details));
  }

  /** The history row of a referral's arrival, for a caller that writes it with other rows. */
  arrival(actor: Actor, referral: Referral, details: TransitionDetails = {}): ReferralTransition {
    return this.transition(actor, referral.id, null, referral.state, null, details);
  }

  /** `referral` must have been read in this transaction; returns it as it now is. */
  async move(manager: EntityManager, actor: Actor, referral: Referral, move: ReferralMove): Promise<Referral> {
    // The versioned write goes first, so a stale caller is told to reload before anything else; a
    // refused transition below rolls it back with the transaction.
    await updateVersioned(manager, Referral, 'Referral', referral.id, move.expectedVersion, {
      ...move.columns,
      state: move.to,
      stateChangedAt: this.clock.now(),
    });
    if (!canMoveReferral(referral.state, move.to)) throw new ImpossibleReferralTransitionError(referral.state, move.to);
    await this.insertTransition(
      manager,
      actor,
      referral.id,
      referral.state,
      move.to,
      move.reason ?? null,
      move.details ?? {},
    );
    return manager.findOneByOrFail(Referral, { id: referral.id });
  }

  /**
   * Hands an allocated referral to another advocate without changing its state (a transfer of the
   * victim's lead); the history records it as a step from the state to itself.
   */
  async reassign(
    manager: EntityManager,
    actor: Actor,
    referral: Referral,
    to: { readonly userId: string; readonly team: string | null },
    reason: string,
  ): Promise<void> {
    await updateVersioned(manager, Referral, 'Referral', referral.id, referral.version, {
      allocatedUserId: to.userId,
      allocatedTeam: to.team,
      allocatedAt: this.clock.now(),
    });
    await this.insertTransition(manager, actor, referral.id, referral.state, referral.state, reason, {
      reassignedToUserId: to.userId,
    });
  }

  private async insertTransition(
    manager: EntityManager,
    actor: Actor,
    referralId: string,
    fromState: ReferralState | null,
    toState: ReferralState,
    reason: string | null,
    details: TransitionDetails,
  ): Promise<void> {
    await manager.insert(ReferralTransition, this.transition(actor, referralId, fromState, toState, reason, details));
  }

  private transition(
    actor: Actor,
    referralId: string,
    fromState: ReferralState | null,
    toState: ReferralState,
    reason: string | null,
    details: TransitionDetails,
  ): ReferralTransition {
    return Object.assign(new ReferralTransition(), {
      referralId,
      fromState,
      toState,
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      reason: reason === null ? null : this.cipher.encrypt(reason),
      details,
    });
  }
}
