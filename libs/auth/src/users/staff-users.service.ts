import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere, MoreThan } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import {
  Actor,
  Clock,
  ConflictError,
  DEFAULT_PAGE_SIZE,
  NotFoundError,
  Page,
  toPage,
  updateKeepingVersion,
  updateVersioned,
} from '@vs/platform';
import { WeakPasswordError } from '../auth.errors';
import { CreateStaffUserDto, StaffUserQueryDto, StaffUserView, UpdateStaffUserDto } from '../dto/staff-user.dto';
import { Organisation } from '../entities/organisation.entity';
import { StaffUser } from '../entities/staff-user.entity';
import { PasswordHasher } from '../passwords/password-hasher';
import { passwordProblem } from '../passwords/password-policy';
import { SessionService } from '../sessions/session.service';

const ENTITY = 'staff_user';
const LABEL = 'Staff user';

/** Administration of staff accounts. */
@Injectable()
export class StaffUsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateStaffUserDto): Promise<StaffUserView> {
    const email = dto.email.trim().toLowerCase();
    const problem = passwordProblem(dto.password, email);
    if (problem) throw new WeakPasswordError('password', problem);
    const passwordHash = await this.hasher.hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      await this.requireOrganisation(manager, dto.organisationId);
      if (await manager.existsBy(StaffUser, { email })) {
        throw new ConflictError('duplicate_email', 'A staff user with this email already exists');
      }
      const user = manager.create(StaffUser, {
        email,
        displayName: dto.displayName,
        role: dto.role,
        organisationId: dto.organisationId,
        team: dto.team ?? null,
        passwordHash,
      });
      await manager.insert(StaffUser, user);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Create,
        entityType: ENTITY,
        entityId: user.id,
        changedFields: ['email', 'displayName', 'role', 'organisationId', 'team', 'password'],
      });
      return StaffUserView.of(await manager.findOneByOrFail(StaffUser, { id: user.id }));
    });
  }

  async list(query: StaffUserQueryDto): Promise<Page<StaffUserView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const where: FindOptionsWhere<StaffUser> = {};
    if (query.organisationId) where.organisationId = query.organisationId;
    if (query.role) where.role = query.role;
    if (query.cursor) where.id = MoreThan(query.cursor);
    const rows = await this.dataSource.getRepository(StaffUser).find({ where, order: { id: 'ASC' }, take: limit + 1 });
    return toPage(rows, limit, (row) => StaffUserView.of(row));
  }

  /** A read of one person's account is audited, in the same transaction as the read. */
  get(actor: Actor, id: string): Promise<StaffUserView> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(StaffUser, { id });
      if (!user) throw new NotFoundError(LABEL, id);
      await this.audit.recordFor(manager, actor, { action: AuditAction.Read, entityType: ENTITY, entityId: id });
      return StaffUserView.of(user);
    });
  }

  update(actor: Actor, id: string, dto: UpdateStaffUserDto): Promise<StaffUserView> {
    const { version, disabled, ...rest } = dto;
    return this.dataSource.transaction(async (manager) => {
      if (rest.organisationId) await this.requireOrganisation(manager, rest.organisationId);
      const changes: Partial<StaffUser> = { ...rest };
      if (disabled !== undefined) changes.disabledAt = disabled ? this.clock.now() : null;
      await updateVersioned(manager, StaffUser, LABEL, id, version, changes);
      // A new role, organisation or a disabled account must not keep old sessions' refresh tokens.
      if (disabled || rest.role || rest.organisationId) await this.sessions.revokeAllOf(manager, id, 'account_changed');
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: ENTITY,
        entityId: id,
        changedFields: Object.keys(dto).filter((field) => field !== 'version'),
      });
      return StaffUserView.of(await manager.findOneByOrFail(StaffUser, { id }));
    });
  }

  /** Lifts a lockout early (for example after the user proved who they are by phone). */
  unlock(actor: Actor, id: string): Promise<StaffUserView> {
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateKeepingVersion(manager, StaffUser, id, {
        lockedUntil: null,
        failedLoginCount: 0,
        lockoutCount: 0,
      });
      if (updated !== 1) throw new NotFoundError(LABEL, id);
      await this.audit.recordFor(manager, actor, {
        action: AuditAction.Update,
        entityType: ENTITY,
        entityId: id,
        changedFields: ['lockedUntil', 'failedLoginCount'],
      });
      return StaffUserView.of(await manager.findOneByOrFail(StaffUser, { id }));
    });
  }

  private async requireOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
    if (!(await manager.existsBy(Organisation, { id: organisationId })))
      throw new NotFoundError('Organisation', organisationId);
  }
}
