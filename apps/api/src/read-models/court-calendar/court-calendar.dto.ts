import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, registerDecorator, type ValidationArguments } from 'class-validator';
import { DISTRICTS, type District } from '@casetrail/domain';
import { isCalendarDay, IsCalendarDay, IsTimestamp } from '../../http/validation/formats';
import { IsText } from '../../http/validation/text';
import { ReadModelQueryDto } from '../read-model-query.dto';

/** The longest window the calendar answers, in days counted inclusively (a leap year). */
export const MAX_CALENDAR_DAYS = 366;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** `to` is a day from `from` up to the window's last day; said only when both are dates (otherwise each says so). */
function IsWindowEnd() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isWindowEnd',
      target: target.constructor,
      propertyName,
      validator: {
        validate: (to: unknown, args: ValidationArguments) => {
          const from = (args.object as { from?: unknown }).from;
          if (!isCalendarDay(to) || !isCalendarDay(from)) return true;
          const days = dayNumber(to) - dayNumber(from) + 1;
          return days >= 1 && days <= MAX_CALENDAR_DAYS;
        },
        defaultMessage: () => `to must be on or after from, at most ${MAX_CALENDAR_DAYS} days from it counting both`,
      },
    });
}

export class CourtCalendarQueryDto extends ReadModelQueryDto {
  @ApiProperty({ description: 'First day of the window (YYYY-MM-DD, Lesotho date, inclusive)', example: '2021-04-01' })
  @IsCalendarDay()
  from!: string;

  @ApiProperty({ description: `Last day of the window (inclusive), on or after from; at most ${MAX_CALENDAR_DAYS} days in all`, example: '2021-04-30' })
  @IsCalendarDay() @IsWindowEnd()
  to!: string;

  @ApiPropertyOptional({ enum: DISTRICTS, description: 'A district-scoped caller always gets their own' })
  @IsOptional() @IsIn(DISTRICTS)
  district?: District;

  @ApiPropertyOptional({ maxLength: 200, description: 'Only this court' }) @IsOptional() @IsText()
  court?: string;

  @ApiPropertyOptional({ description: 'The calendar as it stood then: only summonses issued and hearings adjourned by then (as corrected)' })
  @IsOptional() @IsTimestamp()
  asOf?: string;

  @ApiPropertyOptional({ description: 'As the record stood then: only events and corrections recorded by then' })
  @IsOptional() @IsTimestamp()
  knownAt?: string;

  @ApiPropertyOptional({ type: String, pattern: '^[1-9][0-9]{0,2}$', description: '1 to 500 (default 50)' })
  @IsOptional() @Matches(/^(?:[1-9]\d?|[1-4]\d\d|500)$/, { message: 'limit must be a whole number from 1 to 500' })
  limit?: string;

  @ApiPropertyOptional({ description: "Opaque: the previous page's nextCursor" })
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,1024}$/, { message: 'cursor must be a nextCursor as given' })
  cursor?: string;
}
