import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class PortalCaseView {
  @ApiProperty()
  id!: string;

  @ApiProperty()
  crimeReference!: string;

  @ApiProperty({ example: 'Domestic abuse: Assault occasioning actual bodily harm' })
  offence!: string;

  @ApiProperty({ example: 'The police are investigating' })
  stage!: string;

  @ApiProperty()
  stageSince!: Date;
}

export class TimelineEntryView {
  @ApiProperty()
  occurredAt!: Date;

  @ApiProperty()
  line!: string;
}

export class NextHearingView {
  @ApiProperty()
  court!: string;

  @ApiProperty({ example: 'Tuesday 3 June 2025' })
  date!: string;

  @ApiProperty({ example: '10:00', description: 'London time' })
  time!: string;

  @ApiProperty()
  startsAt!: Date;

  @ApiProperty()
  mustGiveEvidence!: boolean;
}

export class AdvocateView {
  @ApiProperty()
  name!: string;

  @ApiProperty()
  organisation!: string;

  @ApiProperty({ example: 'Send a message in the portal (Messages)' })
  howToReach!: string;
}

export class RightOccasionView {
  @ApiProperty()
  status!: string;

  @ApiProperty({ description: 'In plain words' })
  statusInWords!: string;

  @ApiPropertyOptional({ nullable: true, type: Date })
  dueAt!: Date | null;
}

export class RightView {
  @ApiProperty({ description: "The Victims' Code right, 1 to 12" })
  right!: number;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: [RightOccasionView] })
  occasions!: RightOccasionView[];
}

export class CaseProgressView {
  @ApiProperty({ type: PortalCaseView })
  case!: PortalCaseView;

  @ApiProperty({ type: [TimelineEntryView] })
  timeline!: TimelineEntryView[];

  @ApiPropertyOptional({ type: NextHearingView, nullable: true })
  nextHearing!: NextHearingView | null;

  @ApiProperty({ type: [AdvocateView] })
  advocates!: AdvocateView[];

  @ApiProperty({ type: [RightView] })
  rights!: RightView[];
}
