import { HttpStatus } from '@nestjs/common';

export interface FieldProblem {
  /** Dotted path of the offending field, e.g. `victim.dateOfBirth`. */
  readonly field: string;
  readonly messages: string[];
}

/**
 * A failure the caller can act on. Each feature declares its codes in `<feature>.errors.ts`;
 * the problem-details filter turns them into RFC 9457 responses.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: HttpStatus,
    readonly title: string,
    detail: string,
    /** Extra members of the problem document, e.g. the current version on a conflict. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'AppError';
  }
}

export class ValidationFailedError extends AppError {
  constructor(readonly fields: FieldProblem[]) {
    super(
      'validation_failed',
      HttpStatus.BAD_REQUEST,
      'Validation failed',
      `Invalid request: ${fields.map((problem) => problem.field).join(', ')}`,
      { errors: fields },
    );
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string) {
    super('not_found', HttpStatus.NOT_FOUND, 'Not found', `${entity} ${id} was not found`);
  }
}

export class ConflictError extends AppError {
  constructor(code: string, detail: string, extensions: Record<string, unknown> = {}) {
    super(code, HttpStatus.CONFLICT, 'Conflict', detail, extensions);
  }
}
