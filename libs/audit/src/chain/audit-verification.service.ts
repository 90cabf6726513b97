import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '@vs/platform';
import { AuditAction } from '../audit-entry';
import { AuditService } from '../audit.service';
import { AuditChainVerifier, ChainVerification } from './audit-chain-verifier';

/** Verification on an auditor's request, itself recorded in the trail with its result. */
@Injectable()
export class AuditVerificationService {
  constructor(
    private readonly verifier: AuditChainVerifier,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async verifyFor(actor: Actor): Promise<ChainVerification> {
    const result = await this.verifier.verify();
    await this.audit.recordFor(this.dataSource.manager, actor, {
      action: AuditAction.Verify,
      entityType: 'audit_chain',
      details: {
        intact: result.intact,
        checked: result.checked,
        unsealed: result.unsealed,
        firstBrokenSeq: result.firstBroken?.seq ?? null,
      },
    });
    return result;
  }
}
