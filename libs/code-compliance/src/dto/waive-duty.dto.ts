import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class WaiveDutyDto {
  @ApiProperty({
    maxLength: 1000,
    example: 'Told the officer she does not want to be referred to a support service for now.',
    description: 'The victim’s decision to decline the duty, as they gave it (kept encrypted)',
  })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason!: string;
}
