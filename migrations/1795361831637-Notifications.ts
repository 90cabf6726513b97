import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1795361831637 implements MigrationInterface {
    name = 'Notifications1795361831637'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."notification_purpose" AS ENUM(
                'case_update',
                'hearing_update',
                'case_outcome',
                'advocate_message',
                'one_time_code',
                'new_contact_person'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'queued', 'sent', 'diverted', 'dead')
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_outbox" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "purpose" "public"."notification_purpose" NOT NULL,
                "personalisation" text NOT NULL,
                "status" "public"."outbox_status" NOT NULL,
                "not_before" TIMESTAMP WITH TIME ZONE NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" character varying(300),
                "outcome" character varying(40),
                "notify_id" character varying(64),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_83d47c7dba1da2d038749fe757e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_outbox_victim_idx" ON "notification_outbox" ("victim_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" ("not_before")
            WHERE status = 'pending'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."notification_outbox_due_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."notification_outbox_victim_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_outbox"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."outbox_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_purpose"
        `);

    }

}
