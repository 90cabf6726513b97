import { ApiProperty } from '@nestjs/swagger';

/** One time someone looked at or changed the victim's record: the role and organisation, never a name. */
export class AccessLogEntryView {
  @ApiProperty()
  at!: Date;

  @ApiProperty({ example: 'An advocate' })
  who!: string;

  @ApiProperty({ example: 'Hackney Independent Domestic Violence Advocacy' })
  organisation!: string;

  @ApiProperty({ example: 'read', description: 'What they did: read, create, update, export...' })
  action!: string;
}
