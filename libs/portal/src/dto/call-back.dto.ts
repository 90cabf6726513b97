import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CalendarDateRule, TextRule } from '@vs/victims';

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class RequestCallBackDto {
  @ApiProperty({ example: '2026-03-10', description: 'The day to call, today or later' })
  @CalendarDateRule()
  date!: string;

  @ApiProperty({ example: '13:00', description: 'Safe to call from (London time)' })
  @Matches(LOCAL_TIME, { message: 'from must be a time as HH:MM' })
  from!: string;

  @ApiProperty({ example: '14:30', description: 'Safe to call until (London time), after `from`' })
  @Matches(LOCAL_TIME, { message: 'to must be a time as HH:MM' })
  to!: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'What you would like to talk about' })
  @IsOptional()
  @TextRule(1000)
  note?: string;
}

export class CallBackView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-03-10' }) date!: string;
  @ApiProperty({ example: '13:00' }) from!: string;
  @ApiProperty({ example: '14:30' }) to!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() requestedAt!: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) doneAt!: Date | null;
}
