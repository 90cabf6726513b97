import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEnum, ValidateIf } from 'class-validator';
import { TextRule } from '@vs/victims';
import { StatementReader } from '../entities/personal-statement.entity';

export class MakeStatementDto {
  @ApiProperty({ maxLength: 20000, description: 'How the crime has affected you, in your own words' })
  @TextRule(20000)
  text!: string;

  @ApiProperty({ description: 'Whether you want your statement read aloud in court' })
  @IsBoolean()
  readAloudInCourt!: boolean;

  @ApiPropertyOptional({
    enum: StatementReader,
    nullable: true,
    description: 'Needed when it is to be read aloud; otherwise not kept, but still one of these when sent',
  })
  // Not kept unless read aloud, yet checked whenever sent: a wrong value is a client's mistake to report.
  @ValidateIf((dto: MakeStatementDto) => dto.readAloudInCourt === true || (dto.readAloudBy ?? null) !== null)
  @IsEnum(StatementReader)
  readAloudBy?: StatementReader | null;
}

export class StatementVersionView {
  @ApiProperty()
  version!: number;

  @ApiProperty()
  text!: string;

  @ApiProperty()
  readAloudInCourt!: boolean;

  @ApiPropertyOptional({ enum: StatementReader, nullable: true })
  readAloudBy!: StatementReader | null;

  @ApiProperty()
  madeAt!: Date;
}

export class PersonalStatementView {
  @ApiProperty()
  caseId!: string;

  @ApiPropertyOptional({ type: StatementVersionView, nullable: true, description: 'The version that stands' })
  current!: StatementVersionView | null;

  @ApiProperty({ type: [StatementVersionView], description: 'Every version, oldest first' })
  versions!: StatementVersionView[];
}
