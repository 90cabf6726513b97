import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditAction } from '@vs/audit';
import {
  Actor,
  Clock,
  CombinedRead,
  DataCipher,
  DEFAULT_PAGE_SIZE,
  holdAdvisoryLocks,
  Page,
  toPage,
  WriteBatch,
} from '@vs/platform';
import { VictimAccessService } from '../access/victim-access.service';
import { victimScope } from '../access/victim-scope';
import { ContactChannelColumnsBuilder } from '../contact-channels/contact-channel-columns';
import { NewContactChannelDto } from '../dto/contact-channel.dto';
import { CreateVictimDto } from '../dto/create-victim.dto';
import { PutEnhancedRightsOverrideDto } from '../dto/enhanced-rights-override.dto';
import { UpdateVictimDto } from '../dto/update-victim.dto';
import { VictimDetailsDto } from '../dto/victim-details.dto';
import { VictimQueryDto } from '../dto/victim-query.dto';
import { VictimSummaryView, VictimView } from '../dto/victim.view';
import { VictimContactChannel } from '../entities/victim-contact-channel.entity';
import { Victim } from '../entities/victim.entity';
import { DuplicateFinder } from '../matching/duplicate-finder';
import { VictimMatchKeys } from '../matching/match-keys';
import { encryptJson, encryptOptional } from '../protection/optional-encryption';
import { contactValueProblems, dateOfBirthProblems, throwIfAny } from './input-checks';
import { VictimAudit } from './victim-audit';
import { VictimEditor } from './victim-editor';
import { VictimRecording } from './victim-recording';
import { VictimViews } from './victim-views';

/** Fields of a request that are about the request, not the victim: never audited as changed. */
const REQUEST_FIELDS = new Set(['version', 'createAnyway', 'reason']);
const changedFieldsOf = (dto: object): string[] =>
  Object.entries(dto)
    .filter(([field, value]) => value !== undefined && !REQUEST_FIELDS.has(field))
    .map(([field]) => field);

/** Victim records: creation with duplicate matching, reads within scope, and changes. */
@Injectable()
export class VictimsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
    private readonly keys: VictimMatchKeys,
    private readonly duplicates: DuplicateFinder,
    private readonly access: VictimAccessService,
    private readonly audit: VictimAudit,
    private readonly views: VictimViews,
    private readonly editor: VictimEditor,
    private readonly channelColumns: ContactChannelColumnsBuilder,
  ) {}

  create(actor: Actor, dto: CreateVictimDto): Promise<VictimView> {
    return this.dataSource.transaction(async (manager) => {
      const recording = this.startRecording(actor, dto);
      await holdAdvisoryLocks(manager, recording.lockKeys);
      const read = new CombinedRead();
      recording.readMatchesIn(read);
      await read.run(manager);
      await recording.refuseIfLikelyDuplicate(manager);
      const batch = new WriteBatch(manager);
      recording.writeIn(batch);
      await batch.run();
      await this.audit.recordEntries(manager, [recording.auditEntry()]);
      return this.views.load(manager, recording.id);
    });
  }

  /**
   * Checks, encrypts and indexes a new victim, for recording inside a transaction: here for POST
   * /victims, and by features that record a victim as part of something larger (a referral), so
   * both commit or neither does. Matching, the creator's grant and the audit record are the same.
   */
  startRecording(actor: Actor, dto: CreateVictimDto): VictimRecording {
    const channels = dto.contactChannels ?? [];
    throwIfAny([
      ...dateOfBirthProblems(dto.dateOfBirth, this.clock.now()),
      ...contactValueProblems(channels, (index) => `contactChannels.${index}.value`),
    ]);
    const victim: Victim = Object.assign(new Victim(), {
      ...this.detailColumns(dto),
      givenNames: this.cipher.encrypt(dto.givenNames),
      familyName: this.cipher.encrypt(dto.familyName),
      nameIndex: this.keys.fullName(dto.givenNames, dto.familyName),
      createAnywayReason: dto.createAnyway ? this.cipher.encrypt(dto.reason!) : null,
      createdByUserId: actor.userId,
      createdByOrganisationId: actor.organisationId,
    });
    return new VictimRecording(
      actor,
      {
        victim,
        channels: channels.map((channel) => this.channelRow(victim.id, channel)),
        createAnyway: dto.createAnyway === true,
        changedFields: changedFieldsOf(dto),
      },
      { duplicates: this.duplicates, access: this.access, audit: this.audit },
    );
  }

  get(actor: Actor, victimId: string): Promise<VictimView> {
    return this.dataSource.transaction(async (manager) => {
      const { breakGlass } = await this.access.assertCanAccess(manager, actor, victimId);
      await this.audit.record(manager, actor, victimId, AuditAction.Read, { breakGlass });
      return this.views.load(manager, victimId);
    });
  }

  /** The victims in the caller's scope, optionally those with one exact name and/or date of birth. */
  list(actor: Actor, query: VictimQueryDto): Promise<Page<VictimSummaryView>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return this.dataSource.transaction(async (manager) => {
      const scope = victimScope(actor, 'victim.id');
      const select = manager.createQueryBuilder(Victim, 'victim').where(scope.sql, scope.params);
      if (query.name !== undefined)
        select.andWhere('victim.nameIndex = :nameIndex', { nameIndex: this.keys.searchedName(query.name) });
      if (query.dateOfBirth !== undefined)
        select.andWhere('victim.dateOfBirth = :dateOfBirth', { dateOfBirth: query.dateOfBirth });
      if (query.cursor !== undefined) select.andWhere('victim.id > :cursor', { cursor: query.cursor });
      const rows = await select
        .orderBy('victim.id', 'ASC')
        .limit(limit + 1)
        .getMany();
      const page = toPage(rows, limit, (row) => this.views.summary(row));
      await this.audit.recordListRead(
        manager,
        actor,
        page.items.map((item) => item.id),
      );
      return page;
    });
  }

  update(actor: Actor, victimId: string, dto: UpdateVictimDto): Promise<VictimView> {
    throwIfAny(dateOfBirthProblems(dto.dateOfBirth, this.clock.now()));
    return this.editor.edit(actor, victimId, {
      version: dto.version,
      changedFields: changedFieldsOf(dto),
      changes: (current) => ({ ...this.detailColumns(dto), ...this.nameColumns(current, dto) }),
    });
  }

  setEnhancedRightsOverride(actor: Actor, victimId: string, dto: PutEnhancedRightsOverrideDto): Promise<VictimView> {
    const cleared = dto.enhanced === null;
    return this.editor.edit(actor, victimId, {
      version: dto.version,
      changedFields: ['enhancedRightsOverride'],
      changes: () => ({
        enhancedRightsOverride: dto.enhanced,
        enhancedRightsOverrideReason: cleared ? null : this.cipher.encrypt(dto.reason!),
        enhancedRightsOverrideByUserId: cleared ? null : actor.userId,
        enhancedRightsOverrideAt: cleared ? null : this.clock.now(),
      }),
    });
  }

  /** Columns for the optional details present in a request (undefined: leave alone; null: clear). */
  private detailColumns(dto: VictimDetailsDto): Partial<Victim> {
    const columns: Partial<Victim> = {};
    if (dto.dateOfBirth !== undefined) columns.dateOfBirth = dto.dateOfBirth;
    if (dto.preferredLanguage !== undefined) columns.preferredLanguage = dto.preferredLanguage;
    if (dto.interpreterNeeded !== undefined) columns.interpreterNeeded = dto.interpreterNeeded;
    if (dto.disabilities !== undefined) columns.disabilities = dto.disabilities;
    if (dto.supportNeeds !== undefined) columns.supportNeeds = encryptOptional(this.cipher, dto.supportNeeds);
    if (dto.equalityMonitoring !== undefined)
      columns.equalityMonitoring = encryptJson(this.cipher, dto.equalityMonitoring);
    if (dto.vulnerabilityFlags !== undefined) columns.vulnerabilityFlags = dto.vulnerabilityFlags;
    return columns;
  }

  /** New names are encrypted and re-indexed together: the index covers the full name. */
  private nameColumns(current: Victim, dto: UpdateVictimDto): QueryDeepPartialEntity<Victim> {
    if (dto.givenNames === undefined && dto.familyName === undefined) return {};
    const givenNames = dto.givenNames ?? this.cipher.decrypt(current.givenNames);
    const familyName = dto.familyName ?? this.cipher.decrypt(current.familyName);
    return {
      givenNames: this.cipher.encrypt(givenNames),
      familyName: this.cipher.encrypt(familyName),
      nameIndex: this.keys.fullName(givenNames, familyName),
    };
  }

  private channelRow(victimId: string, channel: NewContactChannelDto): VictimContactChannel {
    return Object.assign(new VictimContactChannel(), {
      victimId,
      channel: channel.channel,
      ...this.channelColumns.of(channel.channel, channel),
    });
  }
}
