import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { CursorQueryDto } from '@vs/platform';
import { ReferralState } from '../model/referral-state';
import { SupportService } from '../model/support-service';

const BOOLEAN_TEXT: Readonly<Record<string, boolean>> = { true: true, false: false };

export class ReferralQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: ReferralState, enumName: 'ReferralState' })
  @IsOptional()
  @IsEnum(ReferralState)
  state?: ReferralState;

  @ApiPropertyOptional({ enum: SupportService, enumName: 'SupportService' })
  @IsOptional()
  @IsEnum(SupportService)
  service?: SupportService;

  @ApiPropertyOptional({ description: 'Only referrals whose first contact is overdue' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (BOOLEAN_TEXT[value] ?? value) : value))
  @IsBoolean()
  overdue?: boolean;
}
