/**
 * Which kind of infrastructure file a text is, by its content only (a file name can lie, and a drop
 * has none worth trusting): Terraform's `terraform show -json` output or a ROS template.
 */
import { parseInfraText } from './parse-text.ts';
import type { ImportSource } from './types.ts';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Terraform JSON output: `format_version` and one of `values`, `planned_values`, `resource_changes`. */
export function looksLikeTerraform(value: unknown): boolean {
  return isObject(value) && typeof value['format_version'] === 'string' && ('values' in value || 'planned_values' in value || 'resource_changes' in value);
}

/** A ROS template: `ROSTemplateFormatVersion`, or `Resources` of which one has a `Type: ALIYUN::…`. */
export function looksLikeRos(value: unknown): boolean {
  if (!isObject(value)) return false;
  if ('ROSTemplateFormatVersion' in value) return true;
  const resources = value['Resources'];
  return isObject(resources) && Object.values(resources).some((r) => isObject(r) && typeof r['Type'] === 'string' && r['Type'].startsWith('ALIYUN::'));
}

export function sourceOfValue(value: unknown): ImportSource | null {
  if (looksLikeTerraform(value)) return 'terraform';
  if (looksLikeRos(value)) return 'ros';
  return null;
}

/** 'terraform', 'ros', or null when the text is neither (or not JSON/YAML at all). */
export function detectImportSource(text: string): ImportSource | null {
  const parsed = parseInfraText(text);
  return parsed.ok ? sourceOfValue(parsed.value) : null;
}
