import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../audit-entry';
import { AuditService } from '../audit.service';

interface Waiting {
  readonly entry: AuditEntry;
  readonly committed: () => void;
  readonly failed: (error: unknown) => void;
}

/** Bounds one INSERT's size (15 parameters a record, well under PostgreSQL's 65,535). */
const MAX_RECORDS_PER_COMMIT = 500;

/**
 * Group commit for audit records that have no transaction of their own to ride in (a read): each
 * caller waits until the commit holding its record has returned, so nothing is answered on a record
 * that could still be lost, while concurrent callers share one multi-row INSERT and one commit.
 * A commit starts at once when none is running, so a lone caller waits for no timer; records that
 * arrive while one runs go together in the next. A failed commit fails every caller in it.
 */
@Injectable()
export class AuditGroupCommit {
  private waiting: Waiting[] = [];
  private committing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Resolves once the record is committed; rejects if its commit failed. */
  record(entry: AuditEntry): Promise<void> {
    return new Promise<void>((committed, failed) => {
      this.waiting.push({ entry, committed, failed });
      if (!this.committing) void this.commitWaiting();
    });
  }

  private async commitWaiting(): Promise<void> {
    this.committing = true;
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, MAX_RECORDS_PER_COMMIT);
      try {
        // Outside any transaction the INSERT is its own transaction: durable once it returns.
        await this.audit.insert(
          this.dataSource.manager,
          group.map((waiting) => waiting.entry),
        );
        for (const waiting of group) waiting.committed();
      } catch (error) {
        for (const waiting of group) waiting.failed(error);
      }
    }
    this.committing = false;
  }
}
