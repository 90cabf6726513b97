import { riskRank } from '../model/risk';
import { TriageCondition, TriageFacts, TriageProposal, TriageRuleSet } from './triage-rule';

export function conditionHolds(condition: TriageCondition, facts: TriageFacts): boolean {
  if (condition.concern !== undefined && !facts.concerns.includes(condition.concern)) return false;
  if (condition.minimumRisk !== undefined && riskRank(facts.riskLevel) < riskRank(condition.minimumRisk)) return false;
  if (condition.under18 !== undefined && facts.under18 !== condition.under18) return false;
  return (condition.circumstances ?? []).every((circumstance) => facts.circumstances.includes(circumstance));
}

/** Applies the rules to a referral's facts: the main route (first match) and every additional service. */
export function proposeRoute(rules: TriageRuleSet, facts: TriageFacts): TriageProposal {
  const route = rules.routing.find((rule) => conditionHolds(rule.when, facts));
  if (!route) throw new Error(`Triage rules ${rules.version} have no rule for every referral`);
  const additional = rules.additional.filter((rule) => conditionHolds(rule.when, facts));
  const alsoRefer = [...new Set([...route.alsoRefer, ...additional.map((rule) => rule.service)])].filter(
    (service) => service !== route.service,
  );
  return {
    rulesVersion: rules.version,
    ruleId: route.id,
    service: route.service,
    alsoRefer,
    maracReferral: route.maracReferral,
    reasons: [route.description, ...additional.map((rule) => rule.description)],
  };
}
