import type { Finding } from '../model/index.js';
import type { RecordRuleViolation } from './violation.js';

const label = (f: Finding) =>
  f.kind === 'cause_of_concern'
    ? 'cause of concern'
    : f.kind === 'recommendation'
      ? 'recommendation'
      : 'area for improvement';

/** Causes of concern, their recommendations, acceptances and refs. */
export function findingRules(findings: readonly Finding[]): RecordRuleViolation[] {
  const out: RecordRuleViolation[] = [];
  const byRef = new Map<string, Finding>();
  findings.forEach((f, i) => {
    if (byRef.has(f.ref)) {
      out.push({
        code: 'DUPLICATE_FINDING_REF',
        severity: 'error',
        path: `findings[${i}].ref`,
        ref: f.ref,
        message: `two findings share the reference "${f.ref}"; each needs its own`,
      });
    } else byRef.set(f.ref, f);
  });
  const answered = new Set(
    findings.filter((f) => f.kind === 'recommendation').map((f) => f.causeOfConcernRef),
  );
  findings.forEach((f, i) => {
    const at = `findings[${i}]`;
    if (f.kind === 'cause_of_concern' && !answered.has(f.ref)) {
      out.push({
        code: 'CAUSE_WITHOUT_RECOMMENDATION',
        severity: 'error',
        path: at,
        ref: f.ref,
        message: `cause of concern "${f.ref}" has no recommendation; a cause of concern always comes with at least one`,
      });
    }
    if (f.causeOfConcernRef !== null) {
      if (f.kind !== 'recommendation') {
        out.push({
          code: 'CAUSE_REF_NOT_RECOMMENDATION',
          severity: 'error',
          path: `${at}.causeOfConcernRef`,
          ref: f.ref,
          message: `only a recommendation can sit under a cause of concern, and "${f.ref}" is a ${label(f)}`,
        });
      } else {
        const cause = byRef.get(f.causeOfConcernRef);
        if (cause?.kind !== 'cause_of_concern') {
          const what = cause
            ? `"${cause.ref}" is a ${label(cause)}`
            : `no finding is "${f.causeOfConcernRef}"`;
          out.push({
            code: 'UNKNOWN_CAUSE_OF_CONCERN',
            severity: 'error',
            path: `${at}.causeOfConcernRef`,
            ref: f.ref,
            message: `recommendation "${f.ref}" names cause of concern "${f.causeOfConcernRef}", but ${what}`,
          });
        }
      }
    }
    if (f.acceptance !== null && f.kind !== 'recommendation') {
      out.push({
        code: 'ACCEPTANCE_NOT_RECOMMENDATION',
        severity: 'error',
        path: `${at}.acceptance`,
        ref: f.ref,
        message: `only a recommendation takes an acceptance, and "${f.ref}" is a ${label(f)}`,
      });
    }
  });
  return out;
}
