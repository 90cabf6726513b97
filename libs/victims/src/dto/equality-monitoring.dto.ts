import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  DISABILITY_ANSWERS,
  EqualityMonitoring,
  ETHNICITIES,
  GENDER_IDENTITIES,
  RELIGIONS,
  SEXES,
  SEXUAL_ORIENTATIONS,
} from '../model/equality-monitoring';

/** Every question optional; every answer may be prefer_not_to_say. */
export class EqualityMonitoringDto implements EqualityMonitoring {
  @ApiPropertyOptional({ enum: ETHNICITIES })
  @IsOptional()
  @IsIn(ETHNICITIES)
  ethnicity?: EqualityMonitoring['ethnicity'];

  @ApiPropertyOptional({ enum: SEXES })
  @IsOptional()
  @IsIn(SEXES)
  sex?: EqualityMonitoring['sex'];

  @ApiPropertyOptional({ enum: GENDER_IDENTITIES })
  @IsOptional()
  @IsIn(GENDER_IDENTITIES)
  genderIdentity?: EqualityMonitoring['genderIdentity'];

  @ApiPropertyOptional({ enum: SEXUAL_ORIENTATIONS })
  @IsOptional()
  @IsIn(SEXUAL_ORIENTATIONS)
  sexualOrientation?: EqualityMonitoring['sexualOrientation'];

  @ApiPropertyOptional({ enum: RELIGIONS })
  @IsOptional()
  @IsIn(RELIGIONS)
  religion?: EqualityMonitoring['religion'];

  @ApiPropertyOptional({ enum: DISABILITY_ANSWERS })
  @IsOptional()
  @IsIn(DISABILITY_ANSWERS)
  disability?: EqualityMonitoring['disability'];
}
