import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNumber, IsOptional, Min, registerDecorator, ValidateNested, type ValidationArguments,
} from 'class-validator';
import { DISTRICTS, type District } from '@casetrail/domain';
import { AS_OF_FIGURES, isAsOfFigure, isClaimableFigure, REPORT_FIGURE_PATHS, reportingPeriod } from '@casetrail/reporting';
import { isTimestamp, IsTimestamp } from '../http/validation/formats';
import { IsText } from '../http/validation/text';

const isPeriodName = (value: unknown) => {
  try {
    return typeof value === 'string' && reportingPeriod(value).name === value;
  } catch {
    return false;
  }
};

/**
 * `period` for a report figure, `asOf` for a figure as of a moment: the one the assertion's figure needs is
 * required and well formed, the other must be absent.
 */
function FitsFigure(kind: 'period' | 'asOf') {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: `${kind}FitsFigure`,
      target: target.constructor,
      propertyName,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const figure = (args.object as { figure?: unknown }).figure;
          if (typeof figure !== 'string' || !isClaimableFigure(figure)) return true; // the figure's own error says it
          const needed = (kind === 'asOf') === isAsOfFigure(figure);
          if (!needed) return value === undefined;
          return kind === 'asOf' ? isTimestamp(value) : isPeriodName(value);
        },
        defaultMessage(args: ValidationArguments) {
          const figure = String((args.object as { figure?: unknown }).figure);
          const needed = (kind === 'asOf') === isAsOfFigure(figure);
          if (!needed) return `${propertyName} must be absent for ${figure} (${kind === 'asOf' ? 'a report figure takes period' : 'it takes asOf'})`;
          return kind === 'asOf'
            ? `${propertyName} must be an ISO 8601 time with an offset (${figure} is as of a moment)`
            : `${propertyName} must be a reporting period like 2021-22`;
        },
      },
    });
}

export class ClaimAssertionDto {
  @ApiProperty({ example: 'convictions.total', description: `A report figure's dotted path, or ${AS_OF_FIGURES.join(', ')} (with asOf)` })
  @IsText()
  @IsIn([...REPORT_FIGURE_PATHS, ...AS_OF_FIGURES], { message: 'figure must be a report figure path (convictions.total, flags.summons_overdue, ...) or dpp.casesPending' })
  figure!: string;

  @ApiPropertyOptional({ example: '2021-22', description: 'The reporting period of a report figure' })
  @FitsFigure('period')
  period?: string;

  @ApiPropertyOptional({ example: '2021-11-08T12:00:00+02:00', description: 'The moment of a figure as of a moment (dpp.casesPending)' })
  @FitsFigure('asOf')
  asOf?: string;

  @ApiPropertyOptional({ enum: DISTRICTS, description: 'Absent: nationally' })
  @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiProperty({ example: 8 })
  @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0)
  value!: number;
}

export class MakeClaimDto {
  @ApiProperty({ example: '2021-11-08T10:00:00+02:00', description: 'When the claim was made in public' })
  @IsTimestamp()
  madeAt!: string;

  @ApiProperty({ example: 'Minister of Home Affairs', maxLength: 200 }) @IsText()
  madeBy!: string;

  @ApiProperty({ description: 'A citation or URL', maxLength: 200 }) @IsText()
  source!: string;

  @ApiProperty({ description: 'The words said', maxLength: 2000 }) @IsText()
  statement!: string;

  @ApiProperty({ type: [ClaimAssertionDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ClaimAssertionDto)
  assertions!: ClaimAssertionDto[];
}
