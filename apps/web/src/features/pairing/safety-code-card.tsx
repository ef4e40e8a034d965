// The safety code both partners compare in person, and whether they have.
import { safetyCode, type PublicIdentity } from '@hearth/crypto';
import { useId, useState } from 'react';
import { FormError } from '../../components/notice';
import { keyVault } from '../../lib/key-vault';
import { writeRecord } from '../../lib/records';
import type { PartnerKeysPayload } from '../../lib/record-payloads';
import { useAction } from '../../lib/use-action';
import { partnerKeyStatus } from './partner-identity';

interface Props {
  coupleId: string;
  partner: PublicIdentity;
  partnerName: string;
  baseline: PartnerKeysPayload | null;
  baselineRecordId: string | null;
  /** Ticking is only offered once the couple is set up (both keys final). */
  canVerify: boolean;
}

export function SafetyCodeCard({
  coupleId,
  partner,
  partnerName,
  baseline,
  baselineRecordId,
  canVerify,
}: Props) {
  const me = keyVault.requireKeys().identity;
  const code = safetyCode(coupleId, me, partner);
  const status = partnerKeyStatus(partner, baseline);
  // Shows the tick at once while the (encrypted, local-first) write completes.
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const { error, run } = useAction();
  const checkboxId = useId();

  const setVerified = async (verified: boolean) => {
    setOptimistic(verified);
    // Ticking records the keys the code was made from; a later change of keys then shows.
    await run(() =>
      writeRecord(
        'user',
        {
          type: 'partner-keys',
          coupleId,
          partnerUserId: partner.userId,
          name: baseline?.name ?? partnerName,
          ed25519: partner.ed25519,
          x25519: partner.x25519,
          verified,
          verifiedAt: verified ? new Date().toISOString() : null,
        },
        baselineRecordId ?? undefined,
      ),
    );
    setOptimistic(null);
  };

  const verified = optimistic ?? status === 'verified';
  return (
    <section className="card safety-card" aria-labelledby="safety-title">
      <h2 id="safety-title" className="card-title">
        Safety code
      </h2>
      <p className="safety-code" aria-label={`Safety code: ${code.split(' ').join(', ')}`}>
        {code.split(' ').map((group, i) => (
          <span key={i}>{group}</span>
        ))}
      </p>
      {status === 'changed' ? (
        <p className="notice notice-warning" role="alert">
          {partnerName}’s security keys have changed since you last compared. This can happen if they reset
          their account — or if someone is trying to listen in. Compare the code in person again before
          sharing anything sensitive.
        </p>
      ) : status === 'verified' ? (
        <p className="status-ok">Verified — you compared this code in person.</p>
      ) : (
        <p className="status-pending">Not verified yet — compare this code in person.</p>
      )}
      <p className="muted">
        When you are together, check that {partnerName}’s screen shows exactly the same numbers.
      </p>
      {canVerify ? (
        <div className="checkbox-row">
          <input
            id={checkboxId}
            type="checkbox"
            checked={verified}
            onChange={(e) => void setVerified(e.target.checked)}
          />
          <label htmlFor={checkboxId}>We compared it and it matches</label>
        </div>
      ) : null}
      <FormError message={error} />
    </section>
  );
}
