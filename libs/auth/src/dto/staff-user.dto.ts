import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { CursorQueryDto, Role } from '@vs/platform';
import { StaffUser } from '../entities/staff-user.entity';

export class CreateStaffUserDto {
  @ApiProperty({ example: 'a.khan@solace.example' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Aisha Khan' })
  @IsString()
  @Length(1, 200)
  displayName!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role)
  role!: Role;

  @ApiProperty()
  @IsUUID()
  organisationId!: string;

  @ApiPropertyOptional({ nullable: true, example: 'North IDVA team' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  team?: string | null;

  @ApiProperty({ description: 'At least 12 characters and not a common password (NCSC guidance)' })
  @IsString()
  @MaxLength(256)
  password!: string;
}

export class UpdateStaffUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  displayName?: string;

  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsString()
  @Length(1, 100)
  team?: string | null;

  @ApiPropertyOptional({ description: 'Disabling ends every session of the user at once' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiProperty({ description: 'The version you read; a stale version gets 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class StaffUserQueryDto extends CursorQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}

/** A staff user as the API shows them: never the password hash or MFA secret. */
export class StaffUserView {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role!: Role;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ nullable: true, type: String }) team!: string | null;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ nullable: true, type: Date }) lockedUntil!: Date | null;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ nullable: true, type: Date }) lastLoginAt!: Date | null;
  @ApiProperty() version!: number;

  static of(user: StaffUser): StaffUserView {
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      organisationId: user.organisationId,
      team: user.team,
      mfaEnabled: user.mfaEnabledAt !== null,
      lockedUntil: user.lockedUntil,
      disabled: user.disabledAt !== null,
      lastLoginAt: user.lastLoginAt,
      version: user.version,
    };
  }
}

export class StaffUserPage {
  @ApiProperty({ type: [StaffUserView] }) items!: StaffUserView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
