import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './data-source-options';

/**
 * The DataSource the TypeORM CLI loads to generate migrations. The `migration` command of
 * apps/cli provisions the database first and passes its address in DATABASE_URL.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required; run migrations through `npm run migration:generate`.');

export default new DataSource(buildDataSourceOptions(url, { applicationName: 'victim-services-cli' }));
