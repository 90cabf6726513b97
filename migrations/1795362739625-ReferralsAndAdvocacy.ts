import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReferralsAndAdvocacy1795362739625 implements MigrationInterface {
  name = 'ReferralsAndAdvocacy1795362739625';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."referral_source" AS ENUM(
                'police',
                'hospital_youth_worker',
                'haven',
                'local_authority',
                'general_practice',
                'self_referral'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."referral_concern" AS ENUM(
                'domestic_abuse',
                'sexual_violence',
                'hate_crime',
                'stalking'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."risk_level" AS ENUM('standard', 'medium', 'high')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."referral_circumstance" AS ENUM(
                'offender_admitted_offence',
                'victim_requests_restorative_justice',
                'required_to_give_evidence',
                'needs_safe_accommodation',
                'wants_specialist_community_service'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."referral_lawful_basis" AS ENUM(
                'vital_interests',
                'safeguarding_individual_at_risk',
                'prevention_of_crime'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."support_service" AS ENUM(
                'idva',
                'isva',
                'youth_isva',
                'hcva',
                'stalking_advocacy',
                'general_victim_support',
                'haven',
                'child_house',
                'restorative_justice',
                'witness_service',
                'refuge',
                'specialist_community'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."referral_state" AS ENUM(
                'received',
                'triaged',
                'allocated',
                'accepted',
                'first_contact_made',
                'closed',
                'declined',
                'victim_declined',
                'unable_to_contact'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "referrals" (
                "id" uuid NOT NULL,
                "idempotency_key" character varying(200),
                "request_fingerprint" character(64),
                "source" "public"."referral_source" NOT NULL,
                "referred_by_user_id" uuid NOT NULL,
                "referred_by_organisation_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "crime_reference" character varying(40),
                "case_id" uuid,
                "borough_code" character(9),
                "reason" text NOT NULL,
                "concerns" "public"."referral_concern" array NOT NULL,
                "reported_risk_level" "public"."risk_level" NOT NULL,
                "dash_score" smallint,
                "risk_level" "public"."risk_level" NOT NULL,
                "risk_summary" text,
                "under18" boolean NOT NULL,
                "circumstances" "public"."referral_circumstance" array NOT NULL,
                "consent_given" boolean NOT NULL,
                "lawful_basis" "public"."referral_lawful_basis",
                "lawful_basis_reason" text,
                "safe_contact_notes" text,
                "proposed_service" "public"."support_service" NOT NULL,
                "also_refer" "public"."support_service" array NOT NULL,
                "marac_recommended" boolean NOT NULL,
                "triage_rule_id" character varying(60) NOT NULL,
                "triage_rules_version" character varying(20) NOT NULL,
                "triage_reasons" text array NOT NULL,
                "service" "public"."support_service" NOT NULL,
                "organisation_id" uuid NOT NULL,
                "state" "public"."referral_state" NOT NULL,
                "state_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "first_contact_target_working_days" smallint NOT NULL,
                "first_contact_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "first_contact_at" TIMESTAMP WITH TIME ZONE,
                "allocated_user_id" uuid,
                "allocated_team" character varying(100),
                "allocated_at" TIMESTAMP WITH TIME ZONE,
                "redirected_from_referral_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "referrals_idempotency_key" UNIQUE ("referred_by_organisation_id", "idempotency_key"),
                CONSTRAINT "referrals_dash_score_range" CHECK (
                    "dash_score" BETWEEN 0 AND 24
                ),
                CONSTRAINT "referrals_allocation_whole" CHECK (
                    ("allocated_user_id" IS NULL) = ("allocated_at" IS NULL)
                ),
                CONSTRAINT "referrals_consent_or_lawful_basis" CHECK (
                    "consent_given"
                    OR (
                        "lawful_basis" IS NOT NULL
                        AND "lawful_basis_reason" IS NOT NULL
                    )
                ),
                CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "referrals_redirected_from_idx" ON "referrals" ("redirected_from_referral_id")
            WHERE "redirected_from_referral_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "referrals_victim_idx" ON "referrals" ("victim_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "referrals_referring_organisation_idx" ON "referrals" ("referred_by_organisation_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "referrals_referrer_idx" ON "referrals" ("referred_by_user_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "referrals_allocated_idx" ON "referrals" ("allocated_user_id", "state")
            WHERE "allocated_user_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "referrals_service_queue_idx" ON "referrals" ("organisation_id", "state", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "referral_transitions" (
                "id" uuid NOT NULL,
                "referral_id" uuid NOT NULL,
                "from_state" "public"."referral_state",
                "to_state" "public"."referral_state" NOT NULL,
                "actor_user_id" uuid NOT NULL,
                "actor_organisation_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "reason" text,
                "details" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_3b5828182b4ff9ea0725db4d6bb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "referral_transitions_referral_idx" ON "referral_transitions" ("referral_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "service_provisions" (
                "id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "service" "public"."support_service" NOT NULL,
                "borough_codes" text array NOT NULL DEFAULT '{}',
                "first_contact_target_working_days" smallint NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "service_provisions_organisation_service_key" UNIQUE ("organisation_id", "service"),
                CONSTRAINT "service_provisions_target_positive" CHECK (
                    "first_contact_target_working_days" BETWEEN 1 AND 60
                ),
                CONSTRAINT "PK_3d5cf37644d3ecc1e7b698cb472" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "service_provisions_service_idx" ON "service_provisions" ("service")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."advocate_type" AS ENUM(
                'idva',
                'isva',
                'youth_isva',
                'hcva',
                'stalking_advocate',
                'caseworker'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "advocates" (
                "id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "type" "public"."advocate_type" NOT NULL,
                "borough_codes" text array NOT NULL DEFAULT '{}',
                "languages" text array NOT NULL DEFAULT '{}',
                "working_hours_fraction" numeric(3, 2) NOT NULL,
                "caseload_capacity" smallint NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_03d507aa8d079a92e502b9b4b6c" UNIQUE ("user_id"),
                CONSTRAINT "advocates_capacity_positive" CHECK ("caseload_capacity" > 0),
                CONSTRAINT "advocates_working_hours_fraction_range" CHECK (
                    "working_hours_fraction" > 0
                    AND "working_hours_fraction" <= 1
                ),
                CONSTRAINT "PK_ffd87d342a3cafe13a01bb1f5c1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "advocates_organisation_idx" ON "advocates" ("organisation_id", "active")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."closure_outcome" AS ENUM(
                'support_completed',
                'victim_disengaged',
                'moved_out_of_area',
                'referred_on'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "casework_closures" (
                "id" uuid NOT NULL,
                "referral_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "outcome" "public"."closure_outcome" NOT NULL,
                "summary" text,
                "closed_by_user_id" uuid NOT NULL,
                "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "REL_0d67ad4823c9c28ca325a0dd22" UNIQUE ("referral_id"),
                CONSTRAINT "PK_796c791dfc0de5e6bb7e63064e5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contact_method" AS ENUM(
                'phone',
                'sms',
                'email',
                'letter',
                'voicemail',
                'in_person',
                'video_call'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contact_outcome" AS ENUM(
                'made',
                'no_answer',
                'message_left',
                'unsafe_to_talk',
                'wrong_details'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "casework_contacts" (
                "id" uuid NOT NULL,
                "referral_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "method" "public"."contact_method" NOT NULL,
                "outcome" "public"."contact_outcome" NOT NULL,
                "notes" text,
                "recorded_by_user_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c8d737830571ca8148ce082e3d3" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "casework_contacts_referral_idx" ON "casework_contacts" ("referral_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "casework_notes" (
                "id" uuid NOT NULL,
                "referral_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "text" text NOT NULL,
                "author_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a0d6365db45105fd7338076ad79" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "casework_notes_referral_idx" ON "casework_notes" ("referral_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "casework_tasks" (
                "id" uuid NOT NULL,
                "referral_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "title" text NOT NULL,
                "due_on" date NOT NULL,
                "created_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "completed_by_user_id" uuid,
                "version" integer NOT NULL,
                CONSTRAINT "casework_tasks_completion_whole" CHECK (
                    ("completed_at" IS NULL) = ("completed_by_user_id" IS NULL)
                ),
                CONSTRAINT "PK_cacf59d75acddd1b5b4d0f9c9ac" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "casework_tasks_open_idx" ON "casework_tasks" ("referral_id", "due_on")
            WHERE "completed_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "lead_advocates" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "advocate_id" uuid NOT NULL,
                "grant_id" uuid NOT NULL,
                "started_by_user_id" uuid NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "ended_at" TIMESTAMP WITH TIME ZONE,
                "ended_by_user_id" uuid,
                "end_reason" text,
                "succeeded_by_id" uuid,
                CONSTRAINT "PK_0e07317ade82288ece3db68aedb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "lead_advocates_advocate_idx" ON "lead_advocates" ("advocate_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "lead_advocates_current_key" ON "lead_advocates" ("victim_id", "organisation_id")
            WHERE "ended_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."marac_criterion" AS ENUM(
                'visible_high_risk',
                'professional_judgement',
                'potential_escalation',
                'repeat'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "marac_referrals" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "referral_id" uuid NOT NULL,
                "referred_on" date NOT NULL,
                "criteria" "public"."marac_criterion" array NOT NULL,
                "recorded_by_user_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5f317c1592f2dd7d565715f484c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "marac_referrals_victim_idx" ON "marac_referrals" ("victim_id", "referred_on")
        `);
    await queryRunner.query(`
            CREATE TABLE "risk_assessments" (
                "id" uuid NOT NULL,
                "referral_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "answers" text NOT NULL,
                "yes_count" smallint NOT NULL,
                "count_level" "public"."risk_level" NOT NULL,
                "level" "public"."risk_level" NOT NULL,
                "professional_judgement" boolean NOT NULL,
                "uplift_reason" text,
                "incidents_in_last12_months" smallint NOT NULL,
                "latest_incident_on" date,
                "marac_criteria" "public"."marac_criterion" array NOT NULL,
                "recorded_by_user_id" uuid NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "risk_assessments_uplift_has_reason" CHECK (
                    "professional_judgement" = ("uplift_reason" IS NOT NULL)
                ),
                CONSTRAINT "risk_assessments_never_below_count" CHECK ("level" >= "count_level"),
                CONSTRAINT "PK_2717ff3f294d30390a712653d63" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "risk_assessments_referral_idx" ON "risk_assessments" ("referral_id", "assessed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "safety_plans" (
                "id" uuid NOT NULL,
                "referral_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "plan" text NOT NULL,
                "review_on" date,
                "updated_by_user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "UQ_3026d14ccbfc3fee0c932b7d08e" UNIQUE ("referral_id"),
                CONSTRAINT "PK_20b0f16be4a56d72a0573175c61" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."need_area" AS ENUM(
                'housing',
                'health',
                'money',
                'immigration',
                'children'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."need_status" AS ENUM('identified', 'in_progress', 'met', 'unmet')
        `);
    await queryRunner.query(`
            CREATE TABLE "support_needs" (
                "id" uuid NOT NULL,
                "referral_id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "area" "public"."need_area" NOT NULL,
                "status" "public"."need_status" NOT NULL,
                "notes" text,
                "updated_by_user_id" uuid NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "support_needs_referral_area_key" UNIQUE ("referral_id", "area"),
                CONSTRAINT "PK_6e207f17923db25bb0108730075" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_4f7e12bc95ee3fbef26068eb5c5" FOREIGN KEY ("referred_by_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_4fb1b81fbfa2e8ff4bbb7ac2fb7" FOREIGN KEY ("referred_by_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_aa68cd3adb0b5f773a40d1c4667" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_68ab334842810ff933271725799" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_061ed639f89a2f62c6e61a4ca0d" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_c5716a90a9c1fc6f34d6755cfbc" FOREIGN KEY ("allocated_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_a4b8581d8c5f73d5392cc303ed3" FOREIGN KEY ("redirected_from_referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_transitions"
            ADD CONSTRAINT "FK_c962708e06d49c04bb38e137029" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_transitions"
            ADD CONSTRAINT "FK_fbe14a4b4193e1b83446387f8a1" FOREIGN KEY ("actor_user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "service_provisions"
            ADD CONSTRAINT "FK_aa675e30d1659ecececf0c23bcd" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "advocates"
            ADD CONSTRAINT "FK_03d507aa8d079a92e502b9b4b6c" FOREIGN KEY ("user_id") REFERENCES "staff_users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "advocates"
            ADD CONSTRAINT "FK_87c92876a122d2789d2c79104ad" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "casework_closures"
            ADD CONSTRAINT "FK_0d67ad4823c9c28ca325a0dd221" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "casework_contacts"
            ADD CONSTRAINT "FK_e8f47f7f32f6ddf7344bfe436b7" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "casework_notes"
            ADD CONSTRAINT "FK_02f505b7fc426dae1731df6cae2" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "casework_tasks"
            ADD CONSTRAINT "FK_772b11e7cfe5f27ead54f368faa" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_advocates"
            ADD CONSTRAINT "FK_0db6b29c0d4781edec0dc9cb39d" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_advocates"
            ADD CONSTRAINT "FK_d13b5a1bbd1599233d4b993f21e" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_advocates"
            ADD CONSTRAINT "FK_eaf094df0e8290322ddbd5f3a88" FOREIGN KEY ("advocate_id") REFERENCES "advocates"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_advocates"
            ADD CONSTRAINT "FK_8b1f1306bcd28c7fef59f631545" FOREIGN KEY ("grant_id") REFERENCES "victim_access_grants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "marac_referrals"
            ADD CONSTRAINT "FK_e8c5114030f1980c061a71925f7" FOREIGN KEY ("victim_id") REFERENCES "victims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "marac_referrals"
            ADD CONSTRAINT "FK_b44e01529ea3a959b2716b37898" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "risk_assessments"
            ADD CONSTRAINT "FK_188aea4e5e834f40d6d46953673" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "safety_plans"
            ADD CONSTRAINT "FK_3026d14ccbfc3fee0c932b7d08e" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "support_needs"
            ADD CONSTRAINT "FK_56100b3547fc8c9e442ca06dca7" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);

  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "support_needs" DROP CONSTRAINT "FK_56100b3547fc8c9e442ca06dca7"
        `);
    await queryRunner.query(`
            ALTER TABLE "safety_plans" DROP CONSTRAINT "FK_3026d14ccbfc3fee0c932b7d08e"
        `);
    await queryRunner.query(`
            ALTER TABLE "risk_assessments" DROP CONSTRAINT "FK_188aea4e5e834f40d6d46953673"
        `);
    await queryRunner.query(`
            ALTER TABLE "marac_referrals" DROP CONSTRAINT "FK_b44e01529ea3a959b2716b37898"
        `);
    await queryRunner.query(`
            ALTER TABLE "marac_referrals" DROP CONSTRAINT "FK_e8c5114030f1980c061a71925f7"
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_advocates" DROP CONSTRAINT "FK_8b1f1306bcd28c7fef59f631545"
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_advocates" DROP CONSTRAINT "FK_eaf094df0e8290322ddbd5f3a88"
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_advocates" DROP CONSTRAINT "FK_d13b5a1bbd1599233d4b993f21e"
        `);
    await queryRunner.query(`
            ALTER TABLE "lead_advocates" DROP CONSTRAINT "FK_0db6b29c0d4781edec0dc9cb39d"
        `);
    await queryRunner.query(`
            ALTER TABLE "casework_tasks" DROP CONSTRAINT "FK_772b11e7cfe5f27ead54f368faa"
        `);
    await queryRunner.query(`
            ALTER TABLE "casework_notes" DROP CONSTRAINT "FK_02f505b7fc426dae1731df6cae2"
        `);
    await queryRunner.query(`
            ALTER TABLE "casework_contacts" DROP CONSTRAINT "FK_e8f47f7f32f6ddf7344bfe436b7"
        `);
    await queryRunner.query(`
            ALTER TABLE "casework_closures" DROP CONSTRAINT "FK_0d67ad4823c9c28ca325a0dd221"
        `);
    await queryRunner.query(`
            ALTER TABLE "advocates" DROP CONSTRAINT "FK_87c92876a122d2789d2c79104ad"
        `);
    await queryRunner.query(`
            ALTER TABLE "advocates" DROP CONSTRAINT "FK_03d507aa8d079a92e502b9b4b6c"
        `);
    await queryRunner.query(`
            ALTER TABLE "service_provisions" DROP CONSTRAINT "FK_aa675e30d1659ecececf0c23bcd"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_transitions" DROP CONSTRAINT "FK_fbe14a4b4193e1b83446387f8a1"
        `);
    await queryRunner.query(`
            ALTER TABLE "referral_transitions" DROP CONSTRAINT "FK_c962708e06d49c04bb38e137029"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_a4b8581d8c5f73d5392cc303ed3"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_c5716a90a9c1fc6f34d6755cfbc"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_061ed639f89a2f62c6e61a4ca0d"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_68ab334842810ff933271725799"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_aa68cd3adb0b5f773a40d1c4667"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_4fb1b81fbfa2e8ff4bbb7ac2fb7"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_4f7e12bc95ee3fbef26068eb5c5"
        `);
    await queryRunner.query(`
            DROP TABLE "support_needs"
        `);
    await queryRunner.query(`
            DROP TABLE "safety_plans"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."risk_assessments_referral_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "risk_assessments"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."marac_referrals_victim_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "marac_referrals"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."lead_advocates_current_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."lead_advocates_advocate_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "lead_advocates"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."casework_tasks_open_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "casework_tasks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."casework_notes_referral_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "casework_notes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."casework_contacts_referral_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "casework_contacts"
        `);
    await queryRunner.query(`
            DROP TABLE "casework_closures"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."advocates_organisation_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "advocates"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."service_provisions_service_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "service_provisions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."referral_transitions_referral_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "referral_transitions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."referrals_service_queue_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."referrals_allocated_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."referrals_referrer_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."referrals_referring_organisation_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."referrals_victim_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."referrals_redirected_from_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "referrals"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."need_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."need_area"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."marac_criterion"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."risk_level"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contact_outcome"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contact_method"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."closure_outcome"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."advocate_type"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."support_service"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."referral_state"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."referral_lawful_basis"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."referral_circumstance"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."referral_concern"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."referral_source"
        `);
  }
}
