import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsUUID, Matches } from 'class-validator';
import { IsCrimeReference } from '@vs/cases';

export class StartPortalAccessDto {
  @ApiProperty({ example: '5212345/25' })
  @IsCrimeReference()
  crimeReference!: string;

  @ApiProperty({ example: '1988-03-14', description: 'YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' })
  dateOfBirth!: string;
}

export class VerifyPortalAccessDto {
  @ApiProperty()
  @IsUUID()
  challengeId!: string;

  @ApiProperty({ example: '042917' })
  @Matches(/^\d{6}$/, { message: '$property must be the six digits sent to you' })
  code!: string;
}

/** The same for every request, whatever matched: it must never tell a guesser anything. */
export class PortalChallengeView {
  @ApiProperty()
  challengeId!: string;

  @ApiProperty()
  expiresInSeconds!: number;

  @ApiProperty()
  message!: string;
}

export class PortalTokenView {
  @ApiProperty()
  accessToken!: string;

  @ApiProperty()
  expiresIn!: number;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';
}
