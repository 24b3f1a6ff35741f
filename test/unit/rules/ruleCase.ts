import * as assert from 'node:assert/strict';
import type { RuleId, Severity } from '../../../src/core/types';
import { check, findingsOf, textAt, toYaml } from '../manifests';

/** One case of a rule: a manifest that triggers it and a near-identical one that does not. */
export interface RuleCase {
  name: string;
  /** The manifest (object or YAML text) that triggers the rule. */
  triggers: () => unknown;
  /** A near-identical manifest that does not. */
  control: () => unknown;
  severity: Severity;
  /** The text the finding's range covers. */
  rangeText: string;
  /** Part of the message (English) that must be there: the field and article. */
  mentions: string[];
  count?: number;
}

export function with_<T>(value: T, change: (value: T) => void): T {
  change(value);
  return value;
}

/** One `it` per case: the trigger reports the rule (severity, range, message in both languages), the control does not. */
export function describeRuleCases(rule: RuleId, cases: RuleCase[]): void {
  describe(`rule ${rule} (cases)`, () => {
    for (const c of cases) {
      it(`${rule}: ${c.name}`, () => {
        const triggered = c.triggers();
        const text = typeof triggered === 'string' ? triggered : toYaml(triggered);
        const found = findingsOf(check(text), rule);
        assert.equal(
          found.length,
          c.count ?? 1,
          `expected ${rule} in:\n${text}\ngot ${JSON.stringify(check(text).findings.map((f) => f.ruleId))}`,
        );
        const [finding] = found;
        assert.equal(finding.severity, c.severity);
        if (c.rangeText) assert.equal(textAt(text, finding.range), c.rangeText);
        for (const mention of c.mentions)
          assert.ok(finding.message.en.includes(mention), `message lacks '${mention}': ${finding.message.en}`);
        assert.ok(finding.message.da.length > 0 && finding.message.da !== finding.message.en, 'a Danish message');
        assert.deepEqual(findingsOf(check(c.control()), rule), [], 'the near-identical control must not trigger it');
      });
    }
  });
}
