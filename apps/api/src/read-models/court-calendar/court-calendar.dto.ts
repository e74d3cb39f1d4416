import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, registerDecorator, type ValidationArguments } from 'class-validator';
import type { District } from '@casetrail/domain';
import { isCalendarDay, IsCalendarDay } from '../../http/validation/formats';
import { IsText } from '../../http/validation/text';
import { ReadModelQueryDto } from '../read-model-query.dto';
import { DistrictFilter, OptionalMoment, PageCursor, PageLimit } from '../../http/validation/query-fields';

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

  @DistrictFilter()
  district?: District;

  @ApiPropertyOptional({ maxLength: 200, description: 'Only this court' }) @IsOptional() @IsText()
  court?: string;

  @OptionalMoment('The calendar as it stood then: only summonses issued and hearings adjourned by then (as corrected)')
  asOf?: string;

  @OptionalMoment('As the record stood then: only events and corrections recorded by then')
  knownAt?: string;

  @PageLimit()
  limit?: string;

  @PageCursor(1024)
  cursor?: string;
}
