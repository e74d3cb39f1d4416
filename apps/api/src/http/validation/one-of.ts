import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** A field that takes one of the domain's values: documented and checked from the same list. */
export const OneOf = (values: readonly string[]) => applyDecorators(ApiProperty({ enum: values }), IsIn(values));

/** `OneOf`, or absent. */
export const OptionalOneOf = (values: readonly string[]) =>
  applyDecorators(ApiPropertyOptional({ enum: values }), IsOptional(), IsIn(values));
