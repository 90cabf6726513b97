import { Injectable } from '@nestjs/common';

/** The source of "now"; injected so that deadline logic can be tested at a fixed time. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
