import { DataSource } from 'typeorm';

/** A feature's demo records: inserted only when absent, so a second run changes nothing. */
export interface DemoDataSeeder {
  readonly name: string;
  seed(dataSource: DataSource): Promise<void>;
}

/** Demo logins printed by the quickstart; every one of them is created by a seeder below. */
export interface DemoLogin {
  readonly role: string;
  readonly email: string;
  readonly password: string;
}

export const DEMO_SEEDERS: readonly DemoDataSeeder[] = [];

export const DEMO_LOGINS: readonly DemoLogin[] = [];

export async function seedDemoData(dataSource: DataSource): Promise<void> {
  for (const seeder of DEMO_SEEDERS) await seeder.seed(dataSource);
}
