import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrail1795359740124 implements MigrationInterface {
  name = 'AuditTrail1795359740124';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_user_id" uuid,
                "actor_role" character varying(40),
                "actor_organisation_id" uuid,
                "action" character varying(40) NOT NULL,
                "outcome" character varying(16) NOT NULL,
                "entity_type" character varying(64) NOT NULL,
                "entity_id" uuid,
                "victim_id" uuid,
                "purpose" character varying(200),
                "break_glass_reason" character varying(500),
                "flagged_for_review" boolean NOT NULL,
                "request_id" character varying(64) NOT NULL,
                "client_ip" character varying(64) NOT NULL,
                "changed_fields" text array NOT NULL,
                "details" jsonb NOT NULL,
                CONSTRAINT "audit_events_flag_follows_break_glass" CHECK (
                    "flagged_for_review" = ("break_glass_reason" IS NOT NULL)
                ),
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_flagged_idx" ON "audit_events" ("id")
            WHERE "flagged_for_review"
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_occurred_at_idx" ON "audit_events" ("occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_entity_idx" ON "audit_events" ("entity_type", "entity_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_actor_idx" ON "audit_events" ("actor_user_id", "id")
            WHERE "actor_user_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "audit_events_victim_idx" ON "audit_events" ("victim_id", "id")
            WHERE "victim_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_unsealed" (
                "audit_event_id" bigint NOT NULL,
                CONSTRAINT "PK_22d64a0e0b063b5eeabfc19c032" PRIMARY KEY ("audit_event_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_seals" (
                "seq" bigint NOT NULL,
                "audit_event_id" bigint NOT NULL,
                "hash" character varying(64) NOT NULL,
                "previous_hash" character varying(64) NOT NULL,
                "sealed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_23b73bec4f23d7c4d0e8fb49234" UNIQUE ("audit_event_id"),
                CONSTRAINT "PK_984a8f9a6be3eecbe41144634af" PRIMARY KEY ("seq")
            )
        `);

    // Reviewed, hand-written part: what the database itself enforces, whatever the application does.
    // Statement-level triggers fire even when no row matches, so every attempt is refused.
    await queryRunner.query(`
            CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% on % refused: the audit trail is append-only', TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_events"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_seals"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()
        `);
    // Every new event joins the sealer's queue in the inserting transaction, one statement per INSERT.
    await queryRunner.query(`
            CREATE FUNCTION audit_enqueue_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "audit_unsealed" ("audit_event_id") SELECT "id" FROM inserted_events;
                RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_events_enqueue_unsealed AFTER INSERT ON "audit_events"
            REFERENCING NEW TABLE AS inserted_events
            FOR EACH STATEMENT EXECUTE FUNCTION audit_enqueue_unsealed()
        `);
    // An event leaves the queue only once sealed, so no event can be kept out of the chain unnoticed.
    await queryRunner.query(`
            CREATE FUNCTION audit_unsealed_refuse_unsealed_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM "audit_seals" WHERE "audit_event_id" = OLD."audit_event_id") THEN
                    RAISE EXCEPTION 'audit event % is not sealed: it stays in the queue', OLD."audit_event_id"
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN OLD;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_unsealed_delete_only_sealed BEFORE DELETE ON "audit_unsealed"
            FOR EACH ROW EXECUTE FUNCTION audit_unsealed_refuse_unsealed_delete()
        `);
    await queryRunner.query(`
            CREATE TRIGGER audit_unsealed_no_update BEFORE UPDATE OR TRUNCATE ON "audit_unsealed"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_unsealed_no_update ON "audit_unsealed"`);
    await queryRunner.query(`DROP TRIGGER audit_unsealed_delete_only_sealed ON "audit_unsealed"`);
    await queryRunner.query(`DROP FUNCTION audit_unsealed_refuse_unsealed_delete()`);
    await queryRunner.query(`DROP TRIGGER audit_events_enqueue_unsealed ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_enqueue_unsealed()`);
    await queryRunner.query(`DROP TRIGGER audit_seals_append_only ON "audit_seals"`);
    await queryRunner.query(`DROP TRIGGER audit_events_append_only ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_refuse_change()`);
    await queryRunner.query(`
            DROP TABLE "audit_seals"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_unsealed"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_victim_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_actor_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_entity_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_occurred_at_idx"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."audit_events_flagged_idx"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
  }
}
