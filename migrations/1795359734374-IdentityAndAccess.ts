import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAndAccess1795359734374 implements MigrationInterface {
  name = 'IdentityAndAccess1795359734374';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."organisation_kind" AS ENUM(
                'victim_service',
                'police_unit',
                'witness_care_unit',
                'crown_prosecution_service',
                'commissioner_office',
                'system_administration'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organisations" (
                "id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "kind" "public"."organisation_kind" NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_4a3dcb66f1630f551b81bca1b34" UNIQUE ("name"),
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."staff_role" AS ENUM(
                'referrer',
                'police_case_officer',
                'advocate',
                'service_manager',
                'commissioner',
                'auditor',
                'admin'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "staff_users" (
                "id" uuid NOT NULL,
                "email" character varying(254) NOT NULL,
                "display_name" character varying(200) NOT NULL,
                "role" "public"."staff_role" NOT NULL,
                "organisation_id" uuid NOT NULL,
                "team" character varying(100),
                "password_hash" character varying(200) NOT NULL,
                "mfa_secret" text,
                "mfa_pending_secret" text,
                "mfa_enabled_at" TIMESTAMP WITH TIME ZONE,
                "mfa_last_time_step" bigint,
                "failed_login_count" integer NOT NULL DEFAULT '0',
                "lockout_count" integer NOT NULL DEFAULT '0',
                "locked_until" TIMESTAMP WITH TIME ZONE,
                "disabled_at" TIMESTAMP WITH TIME ZONE,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_4f32dd66546226ea64f5573b770" UNIQUE ("email"),
                CONSTRAINT "PK_c6b167335377df69f7910c2c75e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c1e6255693b537b1ec472e235c" ON "staff_users" ("organisation_id", "role")
        `);
    await queryRunner.query(`
            CREATE TABLE "staff_sessions" (
                "id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "mfa_satisfied" boolean NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_reason" character varying(40),
                CONSTRAINT "PK_b9be2467392ab95efaa3661cce2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_2d3e82105bee50ac45fe3ed597" ON "staff_sessions" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL,
                "session_id" uuid NOT NULL,
                "secret_hash" character(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3bf308fa93da3966f9e76fcfba" ON "refresh_tokens" ("session_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_users"
            ADD CONSTRAINT "FK_050ea36338f3e093a8e625cab45" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_sessions"
            ADD CONSTRAINT "FK_2d3e82105bee50ac45fe3ed5975" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "staff_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_sessions" DROP CONSTRAINT "FK_2d3e82105bee50ac45fe3ed5975"
        `);
    await queryRunner.query(`
            ALTER TABLE "staff_users" DROP CONSTRAINT "FK_050ea36338f3e093a8e625cab45"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3bf308fa93da3966f9e76fcfba"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_2d3e82105bee50ac45fe3ed597"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c1e6255693b537b1ec472e235c"
        `);
    await queryRunner.query(`
            DROP TABLE "staff_users"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."staff_role"
        `);
    await queryRunner.query(`
            DROP TABLE "organisations"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."organisation_kind"
        `);
  }
}
