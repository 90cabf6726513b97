import { MigrationInterface, QueryRunner } from 'typeorm';

export class CasesAndJourney1795360656612 implements MigrationInterface {
  name = 'CasesAndJourney1795360656612';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."offence_group" AS ENUM(
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
            CREATE TYPE "public"."hate_crime_strand" AS ENUM(
                'race',
                'religion',
                'sexual_orientation',
                'disability',
                'transgender',
                'alternative_subculture'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "crimes" (
                "id" uuid NOT NULL,
                "crime_reference" character varying(40) NOT NULL,
                "offence" character varying(200) NOT NULL,
                "offence_group" "public"."offence_group" NOT NULL,
                "hate_crime_strand" "public"."hate_crime_strand",
                "borough_code" character(9) NOT NULL,
                "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "officer_in_case_id" uuid NOT NULL,
                "recording_organisation_id" uuid NOT NULL,
                "recorded_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_4a70a4fbc67953860730bb4de42" UNIQUE ("crime_reference"),
                CONSTRAINT "crimes_reported_before_recorded" CHECK ("reported_at" <= "recorded_at"),
                CONSTRAINT "crimes_strand_iff_hate_crime" CHECK (
                    ("hate_crime_strand" IS NOT NULL) = ("offence_group" = 'hate_crime')
                ),
                CONSTRAINT "PK_0229c1128bfa90ffc7d6fce50ea" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "crimes_recording_organisation_idx" ON "crimes" ("recording_organisation_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "crimes_officer_idx" ON "crimes" ("officer_in_case_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "crimes_offence_group_idx" ON "crimes" ("offence_group", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "crimes_borough_idx" ON "crimes" ("borough_code", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."case_stage" AS ENUM(
                'reported',
                'under_investigation',
                'no_further_action',
                'suspect_charged',
                'awaiting_first_hearing',
                'awaiting_trial',
                'trial',
                'acquitted',
                'convicted',
                'sentenced',
                'post_sentence',
                'closed',
                'withdrawn_by_victim'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cases" (
                "id" uuid NOT NULL,
                "stage" "public"."case_stage" NOT NULL,
                "stage_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "cases_stage_idx" ON "cases" ("stage", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."hearing_type" AS ENUM(
                'first_hearing',
                'plea',
                'trial',
                'sentencing',
                'appeal',
                'other'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."hearing_status" AS ENUM('listed', 'held', 'cancelled')
        `);
    await queryRunner.query(`
            CREATE TABLE "hearings" (
                "id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "court" character varying(200) NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "type" "public"."hearing_type" NOT NULL,
                "status" "public"."hearing_status" NOT NULL,
                "outcome" character varying(1000),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "PK_79d1a17d4ddd70a11c44bf3b42c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "hearings_case_idx" ON "hearings" ("case_id", "starts_at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."case_event_type" AS ENUM(
                'crime_recorded',
                'stage_changed',
                'written_confirmation_sent',
                'compensation_information_given',
                'needs_assessment_done',
                'referral_sent',
                'suspect_arrested',
                'suspect_interviewed',
                'suspect_released',
                'suspect_bailed',
                'released_under_investigation',
                'bail_changed',
                'decision_not_to_investigate',
                'decision_to_charge',
                'decision_not_to_charge',
                'charge_dropped_or_altered',
                'victim_personal_statement_offered',
                'hearing_listed',
                'hearing_moved',
                'hearing_cancelled',
                'hearing_outcome',
                'required_to_give_evidence',
                'special_measures_decided',
                'court_bail_outcome',
                'verdict',
                'sentence',
                'appeal_lodged',
                'appeal_outcome',
                'vcs_referral',
                'right_to_review_requested',
                'right_to_review_outcome',
                'victim_informed',
                'probation_victim_contact'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "case_events" (
                "id" uuid NOT NULL,
                "case_id" uuid NOT NULL,
                "type" "public"."case_event_type" NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "recorded_by_organisation_id" uuid NOT NULL,
                "recorded_by_user_id" uuid NOT NULL,
                "sender_system" character varying(100),
                "from_stage" "public"."case_stage",
                "to_stage" "public"."case_stage",
                "hearing_id" uuid,
                "visible_to_victim" boolean NOT NULL,
                "victim_line" character varying(1000),
                "details" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "case_events_stage_change_whole" CHECK (("from_stage" IS NULL) = ("to_stage" IS NULL)),
                CONSTRAINT "case_events_line_iff_visible" CHECK (
                    "visible_to_victim" = ("victim_line" IS NOT NULL)
                ),
                CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "case_events_case_idx" ON "case_events" ("case_id", "occurred_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "crime_victims" (
                "id" uuid NOT NULL,
                "crime_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "enhanced_rights_eligible" boolean NOT NULL,
                "enhanced_rights_reasons" text array NOT NULL,
                "enhanced_rights_assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "repeat_victim" boolean NOT NULL,
                "linked_by_user_id" uuid NOT NULL,
                "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "crime_victims_pair_key" UNIQUE ("crime_id", "victim_id"),
                CONSTRAINT "PK_d79076de6994878705cf0514429" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "crime_victims_victim_idx" ON "crime_victims" ("victim_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."partner_event_rejection_code" AS ENUM(
                'missing_sender_identity',
                'invalid_event',
                'unknown_crime_reference',
                'impossible_transition'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "partner_event_rejections" (
                "id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "received_by_user_id" uuid NOT NULL,
                "sender_system" character varying(100),
                "sender_event_id" character varying(200),
                "crime_reference" character varying(100),
                "reason_code" "public"."partner_event_rejection_code" NOT NULL,
                "reason" character varying(2000) NOT NULL,
                "payload" jsonb NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5787a016650420bea18146546e9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "partner_event_rejections_organisation_idx" ON "partner_event_rejections" ("organisation_id", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."partner_event_outcome" AS ENUM('accepted', 'rejected')
        `);
    await queryRunner.query(`
            CREATE TABLE "partner_event_receipts" (
                "id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "sender_system" character varying(100) NOT NULL,
                "sender_event_id" character varying(200) NOT NULL,
                "outcome" "public"."partner_event_outcome" NOT NULL,
                "case_event_id" uuid,
                "rejection_id" uuid,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "partner_event_receipts_sender_key" UNIQUE (
                    "organisation_id",
                    "sender_system",
                    "sender_event_id"
                ),
                CONSTRAINT "partner_event_receipts_outcome_has_target" CHECK (
                    ("case_event_id" IS NOT NULL) = ("outcome" = 'accepted')
                    AND ("rejection_id" IS NOT NULL) = ("outcome" = 'rejected')
                ),
                CONSTRAINT "PK_541b46d93b460bfddaa8b531818" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "crimes"
            ADD CONSTRAINT "FK_044aa2d9523b291e1013452e55d" FOREIGN KEY ("officer_in_case_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "crimes"
            ADD CONSTRAINT "FK_4f59c6677a87bf540bc417b0bec" FOREIGN KEY ("recording_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "crimes"
            ADD CONSTRAINT "FK_6af874951a96c8ba99659a9471c" FOREIGN KEY ("recorded_by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_264acb3048c240fb89aa34626db" FOREIGN KEY ("id") REFERENCES "crimes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "hearings"
            ADD CONSTRAINT "FK_94fa64845b03d2f95a78bf21797" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events"
            ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events"
            ADD CONSTRAINT "FK_2431d359b400113a9be4ae69c46" FOREIGN KEY ("recorded_by_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events"
            ADD CONSTRAINT "FK_d6ea37957351c3c9bcfde7bcecf" FOREIGN KEY ("recorded_by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events"
            ADD CONSTRAINT "FK_7c0e1c7b7598396968fda7c9b01" FOREIGN KEY ("hearing_id") REFERENCES "hearings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "crime_victims"
            ADD CONSTRAINT "FK_2fba9699a6167210af68d7e48d1" FOREIGN KEY ("crime_id") REFERENCES "crimes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "crime_victims"
            ADD CONSTRAINT "FK_908ab5670048f11bad2d8174804" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "crime_victims"
            ADD CONSTRAINT "FK_b9e6eecf6e531c152ce776bc4de" FOREIGN KEY ("linked_by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_event_rejections"
            ADD CONSTRAINT "FK_3f67b0618b38eb704b483cf2274" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_event_rejections"
            ADD CONSTRAINT "FK_0376a4306d3a3fe640f0cedb342" FOREIGN KEY ("received_by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_event_receipts"
            ADD CONSTRAINT "FK_67b860336c31497c1a8b705fc29" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_event_receipts"
            ADD CONSTRAINT "FK_8f91cbcbfb813ba2ffebc81cf69" FOREIGN KEY ("case_event_id") REFERENCES "case_events"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_event_receipts"
            ADD CONSTRAINT "FK_fce8dc2fa34c8702f50a428ca25" FOREIGN KEY ("rejection_id") REFERENCES "partner_event_rejections"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "partner_event_receipts" DROP CONSTRAINT "FK_fce8dc2fa34c8702f50a428ca25"
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_event_receipts" DROP CONSTRAINT "FK_8f91cbcbfb813ba2ffebc81cf69"
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_event_receipts" DROP CONSTRAINT "FK_67b860336c31497c1a8b705fc29"
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_event_rejections" DROP CONSTRAINT "FK_0376a4306d3a3fe640f0cedb342"
        `);
    await queryRunner.query(`
            ALTER TABLE "partner_event_rejections" DROP CONSTRAINT "FK_3f67b0618b38eb704b483cf2274"
        `);
    await queryRunner.query(`
            ALTER TABLE "crime_victims" DROP CONSTRAINT "FK_b9e6eecf6e531c152ce776bc4de"
        `);
    await queryRunner.query(`
            ALTER TABLE "crime_victims" DROP CONSTRAINT "FK_908ab5670048f11bad2d8174804"
        `);
    await queryRunner.query(`
            ALTER TABLE "crime_victims" DROP CONSTRAINT "FK_2fba9699a6167210af68d7e48d1"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events" DROP CONSTRAINT "FK_7c0e1c7b7598396968fda7c9b01"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events" DROP CONSTRAINT "FK_d6ea37957351c3c9bcfde7bcecf"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events" DROP CONSTRAINT "FK_2431d359b400113a9be4ae69c46"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"
        `);
    await queryRunner.query(`
            ALTER TABLE "hearings" DROP CONSTRAINT "FK_94fa64845b03d2f95a78bf21797"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_264acb3048c240fb89aa34626db"
        `);
    await queryRunner.query(`
            ALTER TABLE "crimes" DROP CONSTRAINT "FK_6af874951a96c8ba99659a9471c"
        `);
    await queryRunner.query(`
            ALTER TABLE "crimes" DROP CONSTRAINT "FK_4f59c6677a87bf540bc417b0bec"
        `);
    await queryRunner.query(`
            ALTER TABLE "crimes" DROP CONSTRAINT "FK_044aa2d9523b291e1013452e55d"
        `);
    await queryRunner.query(`
            DROP TABLE "partner_event_receipts"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."partner_event_outcome"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."partner_event_rejections_organisation_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "partner_event_rejections"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."partner_event_rejection_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."crime_victims_victim_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "crime_victims"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."case_events_case_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "case_events"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_event_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."hearings_case_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "hearings"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."hearing_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."hearing_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."cases_stage_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "cases"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."case_stage"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."crimes_borough_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."crimes_offence_group_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."crimes_officer_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."crimes_recording_organisation_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "crimes"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."hate_crime_strand"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."offence_group"
        `);
  }
}
