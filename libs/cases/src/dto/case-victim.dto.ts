import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class LinkVictimDto {
  @ApiProperty({ format: 'uuid', description: 'A victim record you can see' })
  @IsUUID()
  victimId!: string;
}
