import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiError } from '../api-error';

function fieldsOf(errors: ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...fieldsOf(error.children ?? [], field + '.')];
  });
}

export function validationFailed(errors: ValidationError[]): ApiError {
  const fields = fieldsOf(errors);
  const message = fields.map((f) => f.problems.join('; ')).join('; ');
  return new ApiError(400, 'VALIDATION_FAILED', message || 'the request is malformed', { fields });
}

/** Bodies are checked against their DTO; unknown properties are refused, never silently dropped. */
export function strictValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: validationFailed,
  });
}
