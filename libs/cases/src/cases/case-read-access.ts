import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, NotFoundError } from '@vs/platform';
import { VictimAccessService } from '@vs/victims';
import { CaseWithCrime } from '../dto/case-view.dto';
import { CrimeVictim } from '../entities/crime-victim.entity';
import { casesWithCrime, findVisibleCase } from './case-finder';

/** A case an actor may read, and whether they reached it by breaking glass. */
export interface ReadableCase {
  readonly found: CaseWithCrime;
  readonly breakGlass: boolean;
}

/**
 * Who may read a case: the case detail's rule, shared with every feature that shows part of a case
 * (code compliance's duties), so they are scoped exactly alike.
 */
@Injectable()
export class CaseReadAccess {
  constructor(private readonly victimAccess: VictimAccessService) {}

  /** Out of scope it is "not found", unless a service manager breaks glass with a stated reason. */
  async find(manager: EntityManager, actor: Actor, id: string): Promise<ReadableCase> {
    const inScope = await findVisibleCase(manager, actor, id);
    if (inScope) return { found: inScope, breakGlass: false };
    return { found: await this.findByBreakingGlass(manager, actor, id), breakGlass: true };
  }

  /**
   * Break glass reaches a case through one of its victims, on the victims' own rule of who may break
   * glass; a case without victims stays hidden. Every refusal is the same "not found".
   */
  private async findByBreakingGlass(manager: EntityManager, actor: Actor, id: string): Promise<CaseWithCrime> {
    const notFound = new NotFoundError('Case', id);
    if (actor.breakGlassReason === null) throw notFound;
    const link = await manager.findOne(CrimeVictim, { where: { crimeId: id }, order: { linkedAt: 'ASC' } });
    if (!link) throw notFound;
    const access = await this.victimAccess.assertCanAccess(manager, actor, link.victimId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? notFound : error;
    });
    if (!access.breakGlass) throw notFound;
    return (await casesWithCrime(manager).where('c.id = :id', { id }).getOneOrFail()) as CaseWithCrime;
  }
}
