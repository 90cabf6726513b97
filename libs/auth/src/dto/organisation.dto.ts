import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { Organisation, OrganisationKind } from '../entities/organisation.entity';

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Solace Women’s Aid — IDVA service' })
  @IsString()
  @Length(2, 200)
  name!: string;

  @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' })
  @IsEnum(OrganisationKind)
  kind!: OrganisationKind;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ enum: OrganisationKind, enumName: 'OrganisationKind' })
  @IsOptional()
  @IsEnum(OrganisationKind)
  kind?: OrganisationKind;

  @ApiProperty({ description: 'The version you read; a stale version gets 409' })
  @IsInt()
  @Min(1)
  version!: number;
}

export class OrganisationView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: OrganisationKind, enumName: 'OrganisationKind' }) kind!: OrganisationKind;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;

  static of(organisation: Organisation): OrganisationView {
    const { id, name, kind, version, createdAt } = organisation;
    return { id, name, kind, version, createdAt };
  }
}

export class OrganisationPage {
  @ApiProperty({ type: [OrganisationView] }) items!: OrganisationView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
