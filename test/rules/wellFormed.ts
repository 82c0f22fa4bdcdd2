import { expect } from 'vitest';
import type { Finding } from '../../src/core/rules/types.js';

/**
 * Every finding reads as a finished sentence in both languages: no `{placeholder}` left unfilled, a title in
 * each language, and the pack version recorded.
 */
export function expectWellFormed(findings: Finding[]): void {
  for (const finding of findings) {
    for (const text of [finding.explanation, finding.es.explanation]) {
      expect(text, `${finding.ruleId}/${finding.outcome}`).not.toMatch(/\{[A-Za-z][\w.]*\}/);
    }
    expect(finding.title).not.toBe('');
    expect(finding.es.title).not.toBe(finding.title);
    expect(finding.packVersion).toBe('2026.11');
    expect(finding.citations.length).toBeGreaterThan(0);
  }
}
