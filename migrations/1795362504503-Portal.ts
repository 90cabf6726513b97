import { MigrationInterface, QueryRunner } from "typeorm";

export class Portal1795362504503 implements MigrationInterface {
    name = 'Portal1795362504503'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "portal_attempt_counters" (
                "key" character varying(120) NOT NULL,
                "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "attempts" integer NOT NULL,
                "locks" integer NOT NULL DEFAULT '0',
                "locked_until" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_8ea4b01cf5e32f2fed6a07b74f4" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_challenges" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "crime_reference" character varying(40) NOT NULL,
                "code_hash" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "failed_attempts" integer NOT NULL DEFAULT '0',
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_56ec953a15997f64825e848acb9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_invitations" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "crime_id" uuid NOT NULL,
                "invited_by_user_id" uuid NOT NULL,
                "invited_by_organisation_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "accept_until" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_0e042c82439f64a25152e73b065" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "portal_invitations_victim_crime_idx" ON "portal_invitations" ("victim_id", "crime_id")
            WHERE "revoked_at" IS NULL
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."portal_message_direction" AS ENUM('from_victim', 'to_victim')
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_messages" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "direction" "public"."portal_message_direction" NOT NULL,
                "body" text NOT NULL,
                "staff_user_id" uuid,
                "staff_organisation_id" uuid,
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0a01c7f502d9f528893f979066b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "portal_messages_victim_idx" ON "portal_messages" ("victim_id", "id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."portal_messages_victim_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_messages"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."portal_message_direction"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."portal_invitations_victim_crime_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_invitations"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_challenges"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_attempt_counters"
        `);
    }

}
