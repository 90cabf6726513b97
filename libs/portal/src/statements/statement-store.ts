import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DataCipher } from '@vs/platform';
import { MakeStatementDto, PersonalStatementView, StatementVersionView } from '../dto/personal-statement.dto';
import { VictimPersonalStatement } from '../entities/personal-statement.entity';

/** Victim Personal Statements: every version kept, the text encrypted at rest. */
@Injectable()
export class StatementStore {
  constructor(private readonly cipher: DataCipher) {}

  /** The victim's statements, one view per case they made one for (or only `caseId`'s). */
  async of(manager: EntityManager, victimId: string, caseId?: string): Promise<PersonalStatementView[]> {
    const rows = await manager.find(VictimPersonalStatement, {
      where: { victimId, ...(caseId ? { caseId } : {}) },
      order: { caseId: 'ASC', version: 'ASC' },
    });
    const byCase = new Map<string, StatementVersionView[]>();
    for (const row of rows) byCase.set(row.caseId, [...(byCase.get(row.caseId) ?? []), this.toView(row)]);
    return [...byCase].map(([id, versions]) => ({ caseId: id, current: versions.at(-1) ?? null, versions }));
  }

  /** Adds the next version; a concurrent update taking the same number fails on the unique key (409). */
  async addVersion(
    manager: EntityManager,
    victimId: string,
    caseId: string,
    dto: MakeStatementDto,
  ): Promise<VictimPersonalStatement> {
    const [{ latest }]: { latest: number }[] = await manager.query(
      `SELECT coalesce(max(version), 0)::int AS latest FROM victim_personal_statements
        WHERE victim_id = $1 AND case_id = $2`,
      [victimId, caseId],
    );
    const row = manager.create(VictimPersonalStatement, {
      victimId,
      caseId,
      version: latest + 1,
      text: this.cipher.encrypt(dto.text),
      readAloudInCourt: dto.readAloudInCourt,
      readAloudBy: dto.readAloudInCourt ? (dto.readAloudBy ?? null) : null,
    });
    await manager.insert(VictimPersonalStatement, row);
    return row;
  }

  private toView(row: VictimPersonalStatement): StatementVersionView {
    return {
      version: row.version,
      text: this.cipher.decrypt(row.text),
      readAloudInCourt: row.readAloudInCourt,
      readAloudBy: row.readAloudBy,
      madeAt: row.madeAt,
    };
  }
}
