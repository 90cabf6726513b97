import { HttpStatus } from '@nestjs/common';
import { AppError, ConflictError } from '@vs/platform';
import { ReportExportStatus } from './exports/report-export.entity';

export class ExportRequiredError extends AppError {
  constructor(days: number, limit: number) {
    super(
      'export_required',
      HttpStatus.UNPROCESSABLE_ENTITY,
      'Unprocessable content',
      `The range covers ${days} days; reports over ${limit} days are built as exports: POST /api/v1/compliance-reports/exports`,
      { maxDays: limit },
    );
  }
}

export class ExportNotReadyError extends ConflictError {
  constructor(status: ReportExportStatus) {
    super('export_not_ready', `The export is ${status}; download it once it is ready`, { exportStatus: status });
  }
}

export class ExportQueueUnavailableError extends AppError {
  constructor() {
    super(
      'export_queue_unavailable',
      HttpStatus.SERVICE_UNAVAILABLE,
      'Service unavailable',
      'The export could not be queued; please ask again shortly',
    );
  }
}
