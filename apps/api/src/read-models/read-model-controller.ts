import { applyDecorators, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

/** A read model's controller at `path`: listed under "read models" in /docs, every route behind a token. */
export const ReadModelController = (path: string) => applyDecorators(ApiTags('read models'), ApiBearerAuth(), Controller(path));
