import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsISO8601, IsOptional, Matches, registerDecorator, ValidationArguments } from 'class-validator';
import { BOROUGH_CODES } from '@vs/cases';
import { OffenceGroup } from '@vs/victims';
import { ReportFormat } from '../exports/report-export.entity';
import { daysCovered, ReportFilter, ReportPeriod } from '../report-filter';

/** The longest range any report covers: ten years. */
const MAX_RANGE_DAYS = 3660;

const IsLondonDate = (): PropertyDecorator =>
  applyDecorators(
    IsISO8601({ strict: true }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date, e.g. 2025-01-31' }),
  );

/** `to` is not before `from`, and the range is at most MAX_RANGE_DAYS long. */
const IsEndOfRange = (): PropertyDecorator => (target, property) =>
  registerDecorator({
    name: 'isEndOfRange',
    target: target.constructor,
    propertyName: String(property),
    options: { message: `$property must be on or after from, and the range at most ${MAX_RANGE_DAYS} days` },
    validator: {
      validate: (to: unknown, args: ValidationArguments) => {
        const from = (args.object as { from?: unknown }).from;
        if (typeof from !== 'string' || typeof to !== 'string') return true;
        const days = daysCovered({ from, to });
        return days >= 1 && days <= MAX_RANGE_DAYS;
      },
    },
  });

export class ReportFilterDto {
  @ApiProperty({ example: '2025-01-01', description: 'First day (London), included' })
  @IsLondonDate()
  from!: string;

  @ApiProperty({ example: '2025-03-31', description: 'Last day (London), included' })
  @IsLondonDate()
  @IsEndOfRange()
  to!: string;

  @ApiPropertyOptional({ example: 'E09000001', description: 'ONS code of one borough (or the City)' })
  @IsOptional()
  @IsIn(BOROUGH_CODES, { message: '$property must be the ONS code of a London borough, E09000001 to E09000033' })
  boroughCode?: string;

  @ApiPropertyOptional({ enum: OffenceGroup, enumName: 'OffenceGroup' })
  @IsOptional()
  @IsEnum(OffenceGroup)
  offenceGroup?: OffenceGroup;

  @ApiPropertyOptional({ enum: ReportPeriod, enumName: 'ReportPeriod', default: ReportPeriod.Month })
  @IsOptional()
  @IsEnum(ReportPeriod)
  period?: ReportPeriod;
}

export class ReportQueryDto extends ReportFilterDto {
  @ApiPropertyOptional({ enum: ReportFormat, enumName: 'ReportFormat', default: ReportFormat.Json })
  @IsOptional()
  @IsEnum(ReportFormat)
  format?: ReportFormat;
}

export class CreateReportExportDto extends ReportQueryDto {}

export const toReportFilter = (dto: ReportFilterDto): ReportFilter => ({
  from: dto.from,
  to: dto.to,
  boroughCode: dto.boroughCode ?? null,
  offenceGroup: dto.offenceGroup ?? null,
  period: dto.period ?? ReportPeriod.Month,
});
