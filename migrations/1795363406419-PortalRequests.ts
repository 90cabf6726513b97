import { MigrationInterface, QueryRunner } from "typeorm";

export class PortalRequests1795363406419 implements MigrationInterface {
    name = 'PortalRequests1795363406419'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."statement_reader" AS ENUM('myself', 'prosecutor', 'someone_else')
        `);
        await queryRunner.query(`
            CREATE TABLE "victim_personal_statements" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "text" text NOT NULL,
                "read_aloud_in_court" boolean NOT NULL,
                "read_aloud_by" "public"."statement_reader",
                "made_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "victim_personal_statements_version_key" UNIQUE ("victim_id", "case_id", "version"),
                CONSTRAINT "victim_personal_statements_reader" CHECK (
                    "read_aloud_in_court" = ("read_aloud_by" IS NOT NULL)
                ),
                CONSTRAINT "PK_d156b4421676c991d901418c3c0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "victim_personal_statements_case_idx" ON "victim_personal_statements" ("case_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_call_backs" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "window_date" date NOT NULL,
                "window_from" character varying(5) NOT NULL,
                "window_to" character varying(5) NOT NULL,
                "note" text,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "done_at" TIMESTAMP WITH TIME ZONE,
                "done_by_user_id" uuid,
                CONSTRAINT "portal_call_backs_window_order" CHECK ("window_from" < "window_to"),
                CONSTRAINT "PK_73da36376c1b87bea204e4a7a7a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "portal_call_backs_victim_idx" ON "portal_call_backs" ("victim_id", "requested_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."portal_request_kind" AS ENUM('complaint', 'right_to_review')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."portal_request_agency" AS ENUM(
                'police',
                'crown_prosecution_service',
                'witness_care_unit',
                'court',
                'probation',
                'support_service'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."portal_reviewed_decision" AS ENUM(
                'not_to_charge',
                'discontinue',
                'offer_no_evidence'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."portal_request_outcome" AS ENUM(
                'upheld',
                'partly_upheld',
                'not_upheld',
                'decision_upheld',
                'decision_overturned'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_requests" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "kind" "public"."portal_request_kind" NOT NULL,
                "agency" "public"."portal_request_agency" NOT NULL,
                "decision" "public"."portal_reviewed_decision",
                "details" text NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "acknowledge_by" TIMESTAMP WITH TIME ZONE NOT NULL,
                "answer_by" TIMESTAMP WITH TIME ZONE NOT NULL,
                "acknowledged_at" TIMESTAMP WITH TIME ZONE,
                "acknowledged_by_user_id" uuid,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "answer" text,
                "outcome" "public"."portal_request_outcome",
                "answered_by_user_id" uuid,
                "answered_by_organisation_id" uuid,
                CONSTRAINT "portal_requests_answer_complete" CHECK (
                    ("answered_at" IS NULL) = ("answer" IS NULL)
                    AND ("answered_at" IS NULL) = ("outcome" IS NULL)
                ),
                CONSTRAINT "portal_requests_review_names_decision" CHECK (
                    ("kind" = 'right_to_review') = ("decision" IS NOT NULL)
                ),
                CONSTRAINT "PK_da428c754fad0c57d58897c91ae" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "portal_requests_victim_idx" ON "portal_requests" ("victim_id", "received_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."survey_point" AS ENUM('after_referral', 'after_outcome')
        `);
        await queryRunner.query(`
            CREATE TABLE "portal_survey_answers" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "point" "public"."survey_point" NOT NULL,
                "organisation_id" uuid,
                "overall" smallint NOT NULL,
                "kept_informed" smallint NOT NULL,
                "treated_with_respect" smallint NOT NULL,
                "comment" text,
                "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "portal_survey_answers_once_key" UNIQUE ("victim_id", "case_id", "point"),
                CONSTRAINT "portal_survey_answers_ratings" CHECK (
                    "overall" BETWEEN 1 AND 5
                    AND "kept_informed" BETWEEN 1 AND 5
                    AND "treated_with_respect" BETWEEN 1 AND 5
                ),
                CONSTRAINT "PK_446482b99534018bdb8772667ad" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "portal_survey_answers_organisation_idx" ON "portal_survey_answers" ("organisation_id", "answered_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."portal_survey_answers_organisation_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_survey_answers"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."survey_point"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."portal_requests_victim_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_requests"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."portal_request_outcome"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."portal_reviewed_decision"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."portal_request_agency"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."portal_request_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."portal_call_backs_victim_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "portal_call_backs"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."victim_personal_statements_case_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "victim_personal_statements"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."statement_reader"
        `);
    }

}
