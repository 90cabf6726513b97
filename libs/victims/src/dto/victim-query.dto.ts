import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CursorQueryDto } from '@vs/platform';
import { CalendarDateRule, TextRule } from './field-rules';

/** Search is by exact match only, through the blind index: personal data is never scanned with LIKE. */
export class VictimQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({
    description: 'Full name, given names then family name; case, accents and spacing are ignored',
  })
  @IsOptional()
  @TextRule(400)
  name?: string;

  @ApiPropertyOptional({ example: '1990-04-21' })
  @IsOptional()
  @CalendarDateRule()
  dateOfBirth?: string;
}
