import { applyDecorators, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse,
  ApiOperation, ApiPreconditionFailedResponse, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Role } from '@casetrail/domain';
import { Roles } from '../auth/roles.decorator';
import { CommandAnswerDto, ErrorDto } from './dto/command-answer.dto';
import { VersionETag } from './version-etag.interceptor';

/** A command route: POST, its roles, the new version as ETag, and its place in the OpenAPI description. */
export function CommandRoute(path: string, summary: string, ...roles: Role[]) {
  return applyDecorators(
    Post(path),
    HttpCode(201),
    Roles(...roles),
    UseInterceptors(VersionETag),
    ApiBearerAuth(),
    ApiOperation({ summary, description: `Roles: ${roles.join(', ')}` }),
    ApiHeader({ name: 'If-Match', required: false, description: 'Apply only at this version, e.g. "3"; 412 otherwise' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Up to 128 characters' }),
    ApiCreatedResponse({ type: CommandAnswerDto, description: 'Stored; the ETag header holds the new version' }),
    ApiBadRequestResponse({ type: ErrorDto, description: 'VALIDATION_FAILED' }),
    ApiUnauthorizedResponse({ type: ErrorDto }),
    ApiForbiddenResponse({ type: ErrorDto }),
    ApiNotFoundResponse({ type: ErrorDto, description: 'CASE_NOT_FOUND (also outside your district)' }),
    ApiPreconditionFailedResponse({ type: ErrorDto, description: 'VERSION_CONFLICT' }),
    ApiUnprocessableEntityResponse({ type: ErrorDto, description: "A rule of the domain, named in `code`" }),
  );
}
