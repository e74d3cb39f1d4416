import { Injectable, type PipeTransform } from '@nestjs/common';
import { ApiError } from '../http/api-error';
import { REF_PATTERN } from '../http/validation/formats';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `:caseId` must be a UUID. */
@Injectable()
export class CaseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new ApiError(400, 'VALIDATION_FAILED', 'caseId must be a UUID');
    return value.toLowerCase();
  }
}

/** `:victimRef`, `:suspectRef`, `:summonsRef`, `:appealRef`, `:subjectRef`. */
@Injectable()
export class RefPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!REF_PATTERN.test(value)) throw new ApiError(400, 'VALIDATION_FAILED', `not a valid reference: ${value.slice(0, 64)}`);
    return value;
  }
}

/** `:claimId` must be a UUID. */
@Injectable()
export class ClaimIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new ApiError(400, 'VALIDATION_FAILED', 'claimId must be a UUID');
    return value.toLowerCase();
  }
}
