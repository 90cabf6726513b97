import { MigrationInterface, QueryRunner } from 'typeorm';

export class Victims1795360472533 implements MigrationInterface {
  name = 'Victims1795360472533';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."victim_disability_kind" AS ENUM(
                'mobility',
                'visual',
                'hearing',
                'learning',
                'mental_health',
                'neurodivergent',
                'long_term_condition',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."victim_vulnerability_flag" AS ENUM(
                'under_18',
                'disability',
                'mental_health',
                'learning_disability',
                'physical_disability',
                'intimidated',
                'persistently_targeted'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "victims" (
                "id" uuid NOT NULL,
                "given_names" text NOT NULL,
                "family_name" text NOT NULL,
                "name_index" character varying(64) NOT NULL,
                "date_of_birth" date,
                "preferred_language" character varying(2),
                "interpreter_needed" boolean NOT NULL DEFAULT false,
                "disabilities" "public"."victim_disability_kind" array NOT NULL DEFAULT '{}',
                "support_needs" text,
                "equality_monitoring" text,
                "vulnerability_flags" "public"."victim_vulnerability_flag" array NOT NULL DEFAULT '{}',
                "enhanced_rights_override" boolean,
                "enhanced_rights_override_reason" text,
                "enhanced_rights_override_by_user_id" uuid,
                "enhanced_rights_override_at" TIMESTAMP WITH TIME ZONE,
                "create_anyway_reason" text,
                "created_by_user_id" uuid NOT NULL,
                "created_by_organisation_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "victims_override_has_reason" CHECK (
                    ("enhanced_rights_override" IS NULL) = ("enhanced_rights_override_reason" IS NULL)
                ),
                CONSTRAINT "PK_36e54b9fe73d6e09c30f964507d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "victims_date_of_birth_idx" ON "victims" ("date_of_birth")
        `);
    await queryRunner.query(`
            CREATE INDEX "victims_name_match_idx" ON "victims" ("name_index", "date_of_birth")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."victim_access_basis" AS ENUM('recorded', 'referred', 'supporting')
        `);
    await queryRunner.query(`
            CREATE TABLE "victim_access_grants" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "user_id" uuid,
                "team" character varying(100),
                "basis" "public"."victim_access_basis" NOT NULL,
                "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_8195caf04ae97ccfcb2edda1e7a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "victim_access_grants_user_idx" ON "victim_access_grants" ("user_id", "victim_id")
            WHERE "revoked_at" IS NULL
                AND "user_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "victim_access_grants_organisation_idx" ON "victim_access_grants" ("organisation_id", "victim_id")
            WHERE "revoked_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "victim_access_grants_victim_idx" ON "victim_access_grants" ("victim_id")
            WHERE "revoked_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."victim_consent_subject" AS ENUM(
                'referral_to_support_services',
                'information_sharing_with_partners',
                'contact_by_support_service',
                'victim_contact_scheme',
                'restorative_justice',
                'portal_access'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "victim_consents" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "subject" "public"."victim_consent_subject" NOT NULL,
                "given_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "notes" text,
                "recorded_by_user_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "withdrawn_by_user_id" uuid,
                "withdrawal_recorded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "victim_consents_withdrawal_complete" CHECK (
                    ("withdrawn_at" IS NULL) = ("withdrawn_by_user_id" IS NULL)
                ),
                CONSTRAINT "PK_2cf114c83cef2ded61863b973d2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "victim_consents_victim_idx" ON "victim_consents" ("victim_id", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."victim_contact_channel_kind" AS ENUM('phone', 'sms', 'email', 'letter', 'voicemail')
        `);
    await queryRunner.query(`
            CREATE TABLE "victim_contact_channels" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "channel" "public"."victim_contact_channel_kind" NOT NULL,
                "value" text NOT NULL,
                "match_index" character varying(64),
                "safe" boolean NOT NULL,
                "safe_times" jsonb NOT NULL DEFAULT '[]',
                "code_word" text,
                "notes" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "victim_contact_channels_one_per_channel" UNIQUE ("victim_id", "channel"),
                CONSTRAINT "PK_87f6b9be34e135ee6d5240cb4c8" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "victim_contact_channels_match_idx" ON "victim_contact_channels" ("match_index")
            WHERE "match_index" IS NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "victim_access_grants"
            ADD CONSTRAINT "FK_e7f2f6f43a6fd5ec42b0751af1a" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "victim_access_grants"
            ADD CONSTRAINT "FK_9363b07f0dbfcb27709fb562995" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "victim_access_grants"
            ADD CONSTRAINT "FK_e7b12d31dac583f33952971ffa1" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "victim_consents"
            ADD CONSTRAINT "FK_b18054d018bd3535cec4395b1c8" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "victim_contact_channels"
            ADD CONSTRAINT "FK_905fbc295e01d6062e02f0a6d9d" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "victim_contact_channels" DROP CONSTRAINT "FK_905fbc295e01d6062e02f0a6d9d"
        `);
    await queryRunner.query(`
            ALTER TABLE "victim_consents" DROP CONSTRAINT "FK_b18054d018bd3535cec4395b1c8"
        `);
    await queryRunner.query(`
            ALTER TABLE "victim_access_grants" DROP CONSTRAINT "FK_e7b12d31dac583f33952971ffa1"
        `);
    await queryRunner.query(`
            ALTER TABLE "victim_access_grants" DROP CONSTRAINT "FK_9363b07f0dbfcb27709fb562995"
        `);
    await queryRunner.query(`
            ALTER TABLE "victim_access_grants" DROP CONSTRAINT "FK_e7f2f6f43a6fd5ec42b0751af1a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."victim_contact_channels_match_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "victim_contact_channels"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."victim_contact_channel_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."victim_consents_victim_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "victim_consents"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."victim_consent_subject"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."victim_access_grants_victim_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."victim_access_grants_organisation_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."victim_access_grants_user_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "victim_access_grants"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."victim_access_basis"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."victims_name_match_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."victims_date_of_birth_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "victims"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."victim_vulnerability_flag"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."victim_disability_kind"
        `);
  }
}
