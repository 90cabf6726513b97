import { MigrationInterface, QueryRunner } from "typeorm";

export class PortalSessions1795362182660 implements MigrationInterface {
    name = 'PortalSessions1795362182660'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "portal_sessions" (
                "id" uuid NOT NULL,
                "victim_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_379dfbd23aa9d6e2503df20cb3d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d61fe0a9f51d3eb70baa4ab99d" ON "portal_sessions" ("victim_id")
        `);

    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "portal_sessions"
        `);
    }

}
