import { MigrationInterface, QueryRunner } from 'typeorm';

export class CodeCompliance1795362102671 implements MigrationInterface {
  name = 'CodeCompliance1795362102671';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."code_agency" AS ENUM(
                'police',
                'witness_care_unit',
                'crown_prosecution_service',
                'courts',
                'probation'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."code_deadline_source" AS ENUM('code', 'local_target')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."duty_status" AS ENUM(
                'pending',
                'met',
                'met_late',
                'breached',
                'not_applicable',
                'waived'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."duty_offence_group" AS ENUM(
                'domestic_abuse',
                'sexual_offences',
                'hate_crime',
                'stalking_harassment',
                'knife_crime',
                'child_sexual_exploitation',
                'modern_slavery',
                'fraud',
                'homicide_bereaved',
                'attempted_murder',
                'terrorism',
                'road_death_bereaved',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "duty_instances" (
                "id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "duty_code" character varying(64) NOT NULL,
                "catalogue_version" character varying(16) NOT NULL,
                "right" smallint NOT NULL,
                "agency" "public"."code_agency" NOT NULL,
                "deadline_source" "public"."code_deadline_source" NOT NULL,
                "trigger_key" character varying(64) NOT NULL,
                "triggered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE,
                "status" "public"."duty_status" NOT NULL,
                "fulfilled_at" TIMESTAMP WITH TIME ZONE,
                "fulfilment_recorded_at" TIMESTAMP WITH TIME ZONE,
                "fulfilled_by_event_id" uuid,
                "waiver_reason" text,
                "waived_by_user_id" uuid,
                "waived_at" TIMESTAMP WITH TIME ZONE,
                "enhanced" boolean NOT NULL,
                "borough_code" character(9) NOT NULL,
                "offence_group" "public"."duty_offence_group" NOT NULL,
                "responsible_organisation_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c4036de8c7c5d9ddbc6b42efc28" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "duty_instances_report_idx" ON "duty_instances" ("triggered_at", "right", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "duty_instances_pending_due_idx" ON "duty_instances" ("due_at")
            WHERE status = 'pending'
        `);
    await queryRunner.query(`
            CREATE INDEX "duty_instances_victim_idx" ON "duty_instances" ("victim_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "duty_instances_case_idx" ON "duty_instances" ("case_id", "victim_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "duty_instances_trigger_uniq" ON "duty_instances" (
                "case_id",
                "victim_id",
                "duty_code",
                "trigger_key"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "duty_alerts" (
                "id" uuid NOT NULL,
                "duty_instance_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "duty_code" character varying(64) NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                "read_by_user_id" uuid,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_by_user_id" uuid,
                CONSTRAINT "duty_alerts_instance_key" UNIQUE ("duty_instance_id"),
                CONSTRAINT "PK_bb96e878ff175f48d53388ea1a4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "duty_alerts_open_idx" ON "duty_alerts" ("organisation_id", "id")
            WHERE acknowledged_at IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "duty_alerts_organisation_idx" ON "duty_alerts" ("organisation_id", "id")
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_instances"
            ADD CONSTRAINT "FK_650ccf078476c0da686fbabdf80" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_instances"
            ADD CONSTRAINT "FK_9f58c59406c1079f241be340e7d" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_instances"
            ADD CONSTRAINT "FK_778c1c3af831e278927aa564ddc" FOREIGN KEY ("waived_by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_instances"
            ADD CONSTRAINT "FK_e26f79fdec5205e2de2d6aea637" FOREIGN KEY ("responsible_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_alerts"
            ADD CONSTRAINT "FK_fdf04f12534d32c63ee2fa8ba9d" FOREIGN KEY ("duty_instance_id") REFERENCES "duty_instances"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_alerts"
            ADD CONSTRAINT "FK_ae70c87544cef808db99cb124a7" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_alerts"
            ADD CONSTRAINT "FK_3d5a1e5a025d3616b7c7c3a8dfd" FOREIGN KEY ("read_by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_alerts"
            ADD CONSTRAINT "FK_2cbf32bbc5460ee5308a037900b" FOREIGN KEY ("acknowledged_by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "duty_alerts" DROP CONSTRAINT "FK_2cbf32bbc5460ee5308a037900b"
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_alerts" DROP CONSTRAINT "FK_3d5a1e5a025d3616b7c7c3a8dfd"
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_alerts" DROP CONSTRAINT "FK_ae70c87544cef808db99cb124a7"
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_alerts" DROP CONSTRAINT "FK_fdf04f12534d32c63ee2fa8ba9d"
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_instances" DROP CONSTRAINT "FK_e26f79fdec5205e2de2d6aea637"
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_instances" DROP CONSTRAINT "FK_778c1c3af831e278927aa564ddc"
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_instances" DROP CONSTRAINT "FK_9f58c59406c1079f241be340e7d"
        `);
    await queryRunner.query(`
            ALTER TABLE "duty_instances" DROP CONSTRAINT "FK_650ccf078476c0da686fbabdf80"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."duty_alerts_organisation_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."duty_alerts_open_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "duty_alerts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."duty_instances_trigger_uniq"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."duty_instances_case_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."duty_instances_victim_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."duty_instances_pending_due_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."duty_instances_report_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "duty_instances"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."duty_offence_group"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."duty_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."code_deadline_source"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."code_agency"
        `);
  }
}
