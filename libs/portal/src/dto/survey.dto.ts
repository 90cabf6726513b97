import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { Omittable } from '@vs/platform';
import { TextRule } from '@vs/victims';
import { SurveyPoint } from '../entities/portal-survey-answer.entity';

const Rating = (question: string): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ minimum: 1, maximum: 5, description: `${question} 1 (not at all) to 5 (very)` }),
    IsInt(),
    Min(1),
    Max(5),
  );

export class AnswerSurveyDto {
  @ApiProperty({ enum: SurveyPoint, enumName: 'SurveyPoint' })
  @IsEnum(SurveyPoint)
  point!: SurveyPoint;

  @Rating('How satisfied are you with the support overall?')
  overall!: number;

  @Rating('How well were you kept informed?')
  keptInformed!: number;

  @Rating('How well were you treated with respect?')
  treatedWithRespect!: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @Omittable()
  @TextRule(2000)
  comment?: string;
}

export class SurveyAnswerView {
  @ApiProperty() id!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: SurveyPoint }) point!: SurveyPoint;
  @ApiProperty() overall!: number;
  @ApiProperty() keptInformed!: number;
  @ApiProperty() treatedWithRespect!: number;
  @ApiPropertyOptional({ nullable: true, type: String }) comment!: string | null;
  @ApiProperty() answeredAt!: Date;
}
