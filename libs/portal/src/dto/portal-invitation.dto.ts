import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class CreatePortalInvitationDto {
  @ApiProperty({ description: 'The case (crime) the victim is invited to follow' })
  @IsUUID()
  caseId!: string;
}

export class PortalInvitationView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  victimId!: string;

  @ApiProperty()
  caseId!: string;

  @ApiProperty({ description: 'The victim can start signing in until then' })
  acceptUntil!: Date;
}
