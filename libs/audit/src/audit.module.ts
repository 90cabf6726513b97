import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { AuditChainVerifier } from './chain/audit-chain-verifier';
import { AuditVerificationService } from './chain/audit-verification.service';
import { AuditEvent } from './entities/audit-event.entity';
import { AuditGroupCommit } from './group-commit/audit-group-commit';
import { AuditQueryService } from './query/audit-query.service';

/** The API's half of the audit trail: recording (for every feature), queries, export and verification. */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditController],
  providers: [AuditService, AuditGroupCommit, AuditQueryService, AuditChainVerifier, AuditVerificationService],
  exports: [AuditService, AuditGroupCommit],
})
export class AuditModule {}
