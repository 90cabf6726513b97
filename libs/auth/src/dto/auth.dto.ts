import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Role } from '@vs/platform';

export class LoginDto {
  @ApiProperty({ example: 'advocate@demo.vs.london' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(256)
  password!: string;

  @ApiPropertyOptional({ description: 'The 6-digit code from an authenticator app, once MFA is enrolled' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totp must be 6 digits' })
  totp?: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken!: string;
}

export class MfaConfirmDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be 6 digits' })
  code!: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(256)
  currentPassword!: string;

  @ApiProperty({ description: 'At least 12 characters and not a common password (NCSC guidance)' })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}

export class TokenResponse {
  @ApiProperty() accessToken!: string;
  @ApiProperty() refreshToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
}

export class LoginResponse extends TokenResponse {
  @ApiProperty({ description: 'Enrol MFA before anything but your own session is open to you' })
  mfaEnrolmentRequired!: boolean;
}

export class MfaEnrolmentResponse {
  @ApiProperty({ description: 'Base32 secret, for manual entry' }) secret!: string;
  @ApiProperty({ description: 'otpauth:// URI for a QR code' }) otpauthUri!: string;
}

export class MeResponse {
  @ApiProperty() userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role!: Role;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ nullable: true, type: String }) team!: string | null;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ type: [String] }) permissions!: string[];
}
