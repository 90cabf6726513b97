import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { BOROUGH_CODES } from '@vs/cases';
import { SupportService } from '../model/support-service';

export class ServiceProvisionParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;

  @ApiProperty({ enum: SupportService, enumName: 'SupportService' })
  @IsEnum(SupportService)
  service!: SupportService;
}

export class PutServiceProvisionDto {
  @ApiPropertyOptional({
    enum: BOROUGH_CODES,
    isArray: true,
    description: 'ONS codes of the boroughs served; empty or left out: the whole of London',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(BOROUGH_CODES, { each: true, message: 'each of $property must be the ONS code of a London borough' })
  boroughCodes?: string[];

  @ApiPropertyOptional({
    minimum: 1,
    maximum: 60,
    description: 'Working days from receipt to first contact; the service type’s default when left out',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  firstContactTargetWorkingDays?: number;
}

export class ServiceProvisionQueryDto {
  @ApiPropertyOptional({ enum: SupportService, enumName: 'SupportService' })
  @IsOptional()
  @IsEnum(SupportService)
  service?: SupportService;
}

export class ServiceProvisionView {
  @ApiProperty() organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: SupportService, enumName: 'SupportService' }) service!: SupportService;
  @ApiProperty({ type: [String] }) boroughCodes!: string[];
  @ApiProperty() firstContactTargetWorkingDays!: number;
  @ApiProperty() version!: number;
}
