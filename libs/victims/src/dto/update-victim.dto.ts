import { ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';
import { TextRule, VersionRule } from './field-rules';
import { VictimDetailsDto } from './victim-details.dto';

/** Names may change but never be cleared; any other detail may be cleared with null. */
export class UpdateVictimDto extends VictimDetailsDto {
  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined)
  @TextRule(200)
  givenNames?: string;

  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined)
  @TextRule(200)
  familyName?: string;

  @VersionRule()
  version!: number;
}
