import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ApiError } from './api-error';

/** A command body must be one JSON object: arrays, strings and null are malformed. */
@Injectable()
export class PlainObjectBodyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body') return value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ApiError(400, 'VALIDATION_FAILED', 'the body must be a JSON object');
    }
    return value;
  }
}
