import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from './app-error';

/** Flattens nested class-validator errors into one entry per field, named by its dotted path. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldProblem[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return own.concat(toFieldProblems(error.children ?? [], field));
  });
}

/** The one global pipe: unknown fields are refused, payloads are transformed into DTO classes. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(toFieldProblems(errors)),
  });
}
