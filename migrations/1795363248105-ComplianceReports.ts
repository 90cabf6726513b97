import { MigrationInterface, QueryRunner } from 'typeorm';

export class ComplianceReports1795363248105 implements MigrationInterface {
  name = 'ComplianceReports1795363248105';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."compliance_report_export_status" AS ENUM('queued', 'running', 'ready', 'failed')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."compliance_report_format" AS ENUM('json', 'csv')
        `);
    await queryRunner.query(`
            CREATE TABLE "compliance_report_exports" (
                "id" uuid NOT NULL,
                "requested_by_user_id" uuid NOT NULL,
                "status" "public"."compliance_report_export_status" NOT NULL,
                "format" "public"."compliance_report_format" NOT NULL,
                "filters" jsonb NOT NULL,
                "content" text,
                "failure_reason" character varying(200),
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_bdc316a214c932e4adf5ffeea87" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "compliance_report_exports_requester_idx" ON "compliance_report_exports" ("requested_by_user_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_report_facts" (
                "case_id" uuid NOT NULL,
                "reported_day" date NOT NULL,
                "borough_code" character(9) NOT NULL,
                "offence_group" "public"."offence_group" NOT NULL,
                "referral_seconds" integer,
                "withdrawn_from_stage" "public"."case_stage",
                "victim_links" smallint NOT NULL,
                "repeat_victim_links" smallint NOT NULL,
                CONSTRAINT "PK_91a9bcdce48a9d081463aeebf6e" PRIMARY KEY ("case_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "case_report_facts_reported_day_idx" ON "case_report_facts" ("reported_day")
        `);
    await queryRunner.query(`
            CREATE TABLE "report_refresh_marks" (
                "name" character varying(64) NOT NULL,
                "refreshed_through" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_2efbd633277a9f06eac34da7468" PRIMARY KEY ("name")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."duty_rollup_grain" AS ENUM('day', 'week', 'month')
        `);
    await queryRunner.query(`
            CREATE TABLE "duty_compliance_rollup" (
                "grain" "public"."duty_rollup_grain" NOT NULL,
                "period_start" date NOT NULL,
                "deadline_source" "public"."code_deadline_source" NOT NULL,
                "right" smallint NOT NULL,
                "duty_code" character varying(64) NOT NULL,
                "agency" "public"."code_agency" NOT NULL,
                "borough_code" character(9) NOT NULL,
                "offence_group" "public"."duty_offence_group" NOT NULL,
                "enhanced" boolean NOT NULL,
                "met" integer NOT NULL DEFAULT '0',
                "met_late" integer NOT NULL DEFAULT '0',
                "breached" integer NOT NULL DEFAULT '0',
                "pending" integer NOT NULL DEFAULT '0',
                "waived" integer NOT NULL DEFAULT '0',
                "not_applicable" integer NOT NULL DEFAULT '0',
                CONSTRAINT "PK_835b02ce03d679b0fcaca696a38" PRIMARY KEY (
                    "grain",
                    "period_start",
                    "deadline_source",
                    "right",
                    "duty_code",
                    "agency",
                    "borough_code",
                    "offence_group",
                    "enhanced"
                )
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "compliance_report_exports"
            ADD CONSTRAINT "FK_805303130ec3611d0263a4e31dd" FOREIGN KEY ("requested_by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_report_facts"
            ADD CONSTRAINT "FK_91a9bcdce48a9d081463aeebf6e" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Duties recorded before the rollup existed are counted in now; from here on the duty change hook
    // keeps it in step. The case facts fill themselves on the worker's first refresh.
    await queryRunner.query(`
            INSERT INTO "duty_compliance_rollup"
            SELECT 'day', ("triggered_at" AT TIME ZONE 'Europe/London')::date, "deadline_source", "right", "duty_code",
                   "agency", "borough_code", "offence_group", "enhanced",
                   count(*) FILTER (WHERE "status" = 'met'), count(*) FILTER (WHERE "status" = 'met_late'),
                   count(*) FILTER (WHERE "status" = 'breached'), count(*) FILTER (WHERE "status" = 'pending'),
                   count(*) FILTER (WHERE "status" = 'waived'), count(*) FILTER (WHERE "status" = 'not_applicable')
              FROM "duty_instances"
             GROUP BY 2, 3, 4, 5, 6, 7, 8, 9
        `);
    for (const grain of ['week', 'month']) {
      await queryRunner.query(`
                INSERT INTO "duty_compliance_rollup"
                SELECT '${grain}', date_trunc('${grain}', "period_start")::date, "deadline_source", "right", "duty_code",
                       "agency", "borough_code", "offence_group", "enhanced", sum("met"), sum("met_late"),
                       sum("breached"), sum("pending"), sum("waived"), sum("not_applicable")
                  FROM "duty_compliance_rollup"
                 WHERE "grain" = 'day'
                 GROUP BY 2, 3, 4, 5, 6, 7, 8, 9
            `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "case_report_facts" DROP CONSTRAINT "FK_91a9bcdce48a9d081463aeebf6e"
        `);
    await queryRunner.query(`
            ALTER TABLE "compliance_report_exports" DROP CONSTRAINT "FK_805303130ec3611d0263a4e31dd"
        `);
    await queryRunner.query(`
            DROP TABLE "duty_compliance_rollup"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."duty_rollup_grain"
        `);
    await queryRunner.query(`
            DROP TABLE "report_refresh_marks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_report_facts_reported_day_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "case_report_facts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."compliance_report_exports_requester_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "compliance_report_exports"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."compliance_report_format"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."compliance_report_export_status"
        `);
  }
}
