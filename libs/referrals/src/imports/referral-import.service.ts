import { Readable, pipeline } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { CastingContext, CsvError, Info, parse } from 'csv-parse';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditAction, AuditService } from '@vs/audit';
import { Actor, AppError, newId, ValidationFailedError } from '@vs/platform';
import { ImportReportView, ImportRowStatus, ImportRowView } from '../dto/import-report.view';
import { ReferralIntake } from '../intake/referral-intake';
import { ImportTooLargeError, MalformedCsvError } from '../referrals.errors';
import { byteLimit } from './byte-limit';
import { OrderedBatches } from './ordered-batches';
import { referralBodyOf, unknownColumns } from './csv-columns';
import { RowValidation, validateRow } from './row-validation';
import { atomically } from './savepoint';

export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Rows per transaction: each row is still whole or absent (a savepoint), but commits are shared. */
const ROWS_PER_TRANSACTION = 100;
/**
 * Transactions at once. Rows wait on the database, not the CPU, so a few run side by side; two rows
 * about the same person or key in different transactions queue on their locks as single requests do.
 */
const PARALLEL_TRANSACTIONS = 4;
/** PostgreSQL's code for a deadlock, which it breaks by failing one side. */
const DEADLOCK_DETECTED = '40P01';

interface ParsedRow {
  readonly line: number;
  readonly key: string | null;
  readonly validation: RowValidation;
}

const result = (row: ParsedRow, status: ImportRowStatus, referralId: string | null, reasons: string[] = []) => ({
  line: row.line,
  idempotencyKey: row.key,
  status,
  referralId,
  reasons,
});

/** What a refused row is told: the field problems of a validation failure, else the error's own words. */
const reasonsOf = (error: AppError): string[] =>
  error instanceof ValidationFailedError
    ? error.fields.flatMap(({ field, messages }) => messages.map((message) => `${field}: ${message}`))
    : [`${error.code}: ${error.message}`];

const DEADLOCK_REASON =
  'deadlock: the row waited on another row of the file about the same person or key; send it again';

const isDeadlock = (error: unknown): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === DEADLOCK_DETECTED;

/**
 * POST /referrals/imports: a CSV file of referrals, parsed and validated row by row as it streams
 * in. Each row is imported whole (victim, grants, event, referral, history, audit) or not at all,
 * and is idempotent by its key, so resending a file, or its rest after a failure, is always safe.
 */
@Injectable()
export class ReferralImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: ReferralIntake,
    private readonly audit: AuditService,
  ) {}

  /** `declaredBytes`: the Content-Length, when sent, so an oversized file is refused before any row. */
  async import(actor: Actor, body: Readable, declaredBytes: number | null): Promise<ImportReportView> {
    if (declaredBytes !== null && declaredBytes > MAX_IMPORT_BYTES)
      throw new ImportTooLargeError(MAX_IMPORT_BYTES, MAX_IMPORT_ROWS);
    const parser = parse({
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      max_record_size: 64 * 1024,
      columns: (header: string[]) => this.checkedHeader(header),
      cast: (value: string, context: CastingContext) => (context.header || value !== '' ? value : undefined),
    });
    pipeline(
      body,
      byteLimit(MAX_IMPORT_BYTES, () => new ImportTooLargeError(MAX_IMPORT_BYTES, MAX_IMPORT_ROWS)),
      parser,
      () => {
        // Errors reach the loop below through the parser, which the pipeline destroys with them.
      },
    );
    const batches = new OrderedBatches<ImportRowView>(PARALLEL_TRANSACTIONS);
    let pending: ParsedRow[] = [];
    let rowsRead = 0;
    let misshapenSoFar = 0;
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: Record<string, string | undefined>;
        info: Info;
      }>) {
        if (++rowsRead > MAX_IMPORT_ROWS) throw new ImportTooLargeError(MAX_IMPORT_BYTES, MAX_IMPORT_ROWS);
        // csv-parse counts rows with the wrong number of fields; a rise means this row is one.
        const misshapen = info.invalid_field_length > misshapenSoFar;
        misshapenSoFar = info.invalid_field_length;
        pending.push(await this.parsedRow(record, info.lines, misshapen));
        if (pending.length === ROWS_PER_TRANSACTION) {
          const rows = pending;
          pending = [];
          await batches.start(() => this.importRows(actor, rows));
        }
      }
    } catch (error) {
      await batches.drain();
      if (error instanceof CsvError)
        throw new MalformedCsvError(
          `${error.message}; the ${rowsRead - pending.length} rows before it were handled and stand`,
        );
      throw error;
    }
    await batches.start(() => this.importRows(actor, pending));
    const results = await batches.results();
    return this.report(actor, results);
  }

  private checkedHeader(header: string[]): string[] {
    const columns = header.map((column) => column.trim().toLowerCase());
    const unknown = unknownColumns(columns);
    if (unknown.length > 0) throw new MalformedCsvError(`Unknown columns: ${unknown.join(', ')}`);
    return columns;
  }

  private async parsedRow(
    record: Record<string, string | undefined>,
    line: number,
    misshapen: boolean,
  ): Promise<ParsedRow> {
    const key = record.idempotency_key ?? null;
    if (misshapen)
      return { line, key, validation: { problems: ['the row does not have as many fields as the header'] } };
    if (key === null) return { line, key, validation: { problems: ['idempotency_key: every row needs its own key'] } };
    return { line, key, validation: await validateRow(referralBodyOf(record)) };
  }

  private importRows(actor: Actor, rows: ParsedRow[]): Promise<ImportRowView[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return this.dataSource.transaction(async (manager) => {
      const results: ImportRowView[] = [];
      for (const row of rows) results.push(await this.importRow(manager, actor, row));
      return results;
    });
  }

  private async importRow(manager: EntityManager, actor: Actor, row: ParsedRow): Promise<ImportRowView> {
    const { validation } = row;
    if (validation.problems !== null) return result(row, ImportRowStatus.Rejected, null, validation.problems);
    try {
      const { referral, replayed } = await atomically(manager, () =>
        this.intake.takeIn(manager, actor, validation.dto, row.key!),
      );
      return result(row, replayed ? ImportRowStatus.Duplicate : ImportRowStatus.Imported, referral.id);
    } catch (error) {
      // A refusal of this row (a duplicate victim, a reused key) rejects it alone, as does losing a
      // deadlock to another row of the file in a parallel transaction; anything else is a fault.
      if (isDeadlock(error)) return result(row, ImportRowStatus.Rejected, null, [DEADLOCK_REASON]);
      if (!(error instanceof AppError)) throw error;
      return result(row, ImportRowStatus.Rejected, null, reasonsOf(error));
    }
  }

  private async report(actor: Actor, results: ImportRowView[]): Promise<ImportReportView> {
    const count = (status: ImportRowStatus): number => results.filter((row) => row.status === status).length;
    const report = {
      rows: results.length,
      imported: count(ImportRowStatus.Imported),
      duplicates: count(ImportRowStatus.Duplicate),
      rejected: count(ImportRowStatus.Rejected),
      results,
    };
    await this.audit.recordFor(this.dataSource.manager, actor, {
      action: AuditAction.Create,
      entityType: 'referral_import',
      entityId: newId(),
      details: {
        rows: report.rows,
        imported: report.imported,
        duplicates: report.duplicates,
        rejected: report.rejected,
      },
    });
    return report;
  }
}
