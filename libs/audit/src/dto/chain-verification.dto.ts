import { ApiProperty } from '@nestjs/swagger';
import { ChainBreakReason } from '../chain/chain-check';

export class ChainBreakDto {
  @ApiProperty({ description: 'Chain position of the first broken seal', example: '17' })
  seq!: string;

  @ApiProperty({ description: 'The audit event that seal covers', example: '42' })
  auditEventId!: string;

  @ApiProperty({ enum: ChainBreakReason })
  reason!: ChainBreakReason;
}

export class ChainVerificationDto {
  @ApiProperty({ description: 'Every seal checked follows its predecessor and matches its event' })
  intact!: boolean;

  @ApiProperty({ description: 'Seals examined, up to and including the first broken one' })
  checked!: number;

  @ApiProperty({ description: 'Events recorded but not yet sealed, so not covered by this check' })
  unsealed!: number;

  @ApiProperty({ type: ChainBreakDto, nullable: true })
  firstBroken!: ChainBreakDto | null;
}
