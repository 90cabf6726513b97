/** Each run's names and keys start with this, so runs on the same data folder never collide. */
export const RUN = Date.now().toString(36);

/** Letters only: a victim's name is unique by it, and names with digits could normalise alike. */
const nameOf = (n: number): string => {
  let name = '';
  for (let rest = n; name.length < 7; rest = Math.floor(rest / 26)) name = String.fromCharCode(97 + (rest % 26)) + name;
  return `${RUN.replace(/\d/g, (digit) => 'klmnopqrst'[Number(digit)])} ${name}`;
};

/** A police referral of a new victim (number n of this run), for a domestic abuse service. */
export const referralBody = (n: number, prefix: string, boroughCode?: string): Record<string, unknown> => ({
  source: 'police',
  victim: { givenNames: `Bench ${prefix}`, familyName: nameOf(n), dateOfBirth: '1990-02-03' },
  reason: 'Assaulted by a partner; wants support.',
  risk: { level: n % 4 === 0 ? 'high' : 'medium', concerns: ['domestic_abuse'] },
  consent: { given: true },
  ...(boroughCode === undefined ? {} : { boroughCode }),
});

/** The same referrals as rows of a CSV import file. */
export function referralCsv(rows: number, prefix: string): string {
  const header =
    'idempotency_key,source,given_names,family_name,date_of_birth,reason,risk_level,concerns,consent_given';
  const lines = Array.from(
    { length: rows },
    (_, n) =>
      `bench-${RUN}-${prefix}-${n},police,Bench ${prefix},${nameOf(n)},1990-02-03,Assaulted by a partner,` +
      `${n % 4 === 0 ? 'high' : 'medium'},domestic_abuse,yes`,
  );
  return [header, ...lines].join('\n');
}
