/**
 * Readiness per layer: applicable rules without an open error / applicable rules. A design aid shown
 * beside the findings, never to be read as the score of an official 等级测评.
 */
import type { Diagram, Level } from '../model/types.ts';
import { LAYERS, RULES, type Layer } from '../standard/catalogue.ts';
import type { Finding, LayerReadiness } from './finding.ts';

export function readinessByLayer(findings: readonly Finding[], level: Level): Record<Layer, LayerReadiness> {
  const failing = new Set<string>();
  for (const finding of findings) if (finding.severity === 'error' && !finding.waived) failing.add(finding.rule);
  const result = Object.fromEntries(LAYERS.map((layer) => [layer, { applicable: 0, passing: 0 }])) as Record<Layer, LayerReadiness>;
  for (const rule of RULES) {
    if (rule.severity[level] === null) continue;
    const entry = result[rule.layer];
    entry.applicable++;
    if (!failing.has(rule.id)) entry.passing++;
  }
  return result;
}

/**
 * A design with no product in it has nothing to assess: every rule "passes" vacuously, and full bars
 * would read as "all met". The panel says the design is empty instead.
 */
export function nothingToAssess(doc: Diagram): boolean {
  return !doc.nodes.some((n) => n.kind === 'product');
}
