import { DataSource } from 'typeorm';
import { ADVOCACY_DEMO_SEEDER } from '@vs/advocacy';
import { AUTH_DEMO_LOGINS, AUTH_DEMO_SEEDER } from '@vs/auth';
import { DemoDataSeeder, DemoLogin } from '@vs/platform';

/** Every feature's demo data, in dependency order. */
export const DEMO_SEEDERS: readonly DemoDataSeeder[] = [AUTH_DEMO_SEEDER, ADVOCACY_DEMO_SEEDER];

export const DEMO_LOGINS: readonly DemoLogin[] = [...AUTH_DEMO_LOGINS];

export async function seedDemoData(dataSource: DataSource): Promise<void> {
  for (const seeder of DEMO_SEEDERS) await seeder.seed(dataSource);
}
