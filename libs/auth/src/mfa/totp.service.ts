import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verifySync } from 'otplib';
import { AppConfig, DataCipher, InjectConfig } from '@vs/platform';

/** Accept the previous and next 30-second step too, for clock drift between phone and server. */
const DRIFT_SECONDS = 30;

export interface TotpEnrolment {
  readonly secret: string;
  readonly otpauthUri: string;
  /** The secret as stored: encrypted at rest. */
  readonly encryptedSecret: string;
}

/** RFC 6238 codes (authenticator apps), with secrets encrypted at rest and replay refused. */
@Injectable()
export class TotpService {
  constructor(
    private readonly cipher: DataCipher,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  startEnrolment(accountLabel: string): TotpEnrolment {
    const secret = generateSecret();
    return {
      secret,
      otpauthUri: generateURI({ secret, issuer: this.config.auth.mfaIssuer, label: accountLabel }),
      encryptedSecret: this.cipher.encrypt(secret),
    };
  }

  /** Returns the accepted time step, or null when the code is wrong or was already used. */
  verify(encryptedSecret: string, code: string, lastAcceptedStep: number | null): number | null {
    if (!/^\d{6}$/.test(code)) return null;
    const result = verifySync({
      secret: this.cipher.decrypt(encryptedSecret),
      token: code,
      epochTolerance: DRIFT_SECONDS,
      ...(lastAcceptedStep === null ? {} : { afterTimeStep: lastAcceptedStep }),
    });
    if (!result.valid) return null;
    // TOTP results carry the matched time step at run time; the shared HOTP/TOTP result type omits it.
    return (result as typeof result & { timeStep: number }).timeStep;
  }
}
