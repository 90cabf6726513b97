import { DataSource } from 'typeorm';

/** A feature's demo records for the quickstart: inserted only when absent, so a second run changes nothing. */
export interface DemoDataSeeder {
  readonly name: string;
  seed(dataSource: DataSource): Promise<void>;
}

/** A demo login the quickstart prints; the seeder that lists it creates it. */
export interface DemoLogin {
  readonly role: string;
  readonly email: string;
  readonly password: string;
}
