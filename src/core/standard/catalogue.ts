/**
 * The rule catalogue of `shared/spec/rules.md` as data: ids, layers, clauses, control points and the
 * severity per level. The standard's side of each rule; its logic is in `rules/layers/` (one unit per
 * id, registered in `rules/registry.ts`). This table is what waivers, the product catalog's "helps
 * satisfy" lists, reports and the findings panel read, below both the file format and the catalog.
 * Ids are never reused for another meaning; `RuleId` and `ManualItemId` are derived from the table, so a
 * misspelt id does not compile.
 */
import type { Level } from '../model/types.ts';
import type { Localized } from '../model/localized.ts';

export const LAYERS = ['CNS', 'ABS', 'CES', 'SMC', 'CLD', 'GEN'] as const;
export type Layer = (typeof LAYERS)[number];

/** E error, W warning, I information, null: the rule does not apply at that level. */
export type SeverityCode = 'E' | 'W' | 'I' | null;

export interface ClauseRef {
  /** Clause number written the level-3 way (8.1.x.y); see `clauseForLevel`. */
  ref: string;
  point: Localized;
}

export interface RuleInfo {
  readonly id: RuleId;
  readonly layer: Layer;
  readonly clauses: readonly ClauseRef[];
  readonly severity: Readonly<Record<Level, SeverityCode>>;
}

interface RuleRow {
  readonly id: string;
  readonly layer: Layer;
  readonly clauses: readonly ClauseRef[];
  readonly severity: Readonly<Record<Level, SeverityCode>>;
}

const P = {
  network: { zh: '网络架构', en: 'Network architecture' },
  transport: { zh: '通信传输', en: 'Communication transmission' },
  backup: { zh: '数据备份恢复', en: 'Data backup and recovery' },
  confidentiality: { zh: '数据保密性', en: 'Data confidentiality' },
  integrity: { zh: '数据完整性', en: 'Data integrity' },
  boundary: { zh: '边界防护', en: 'Boundary protection' },
  access: { zh: '访问控制', en: 'Access control' },
  intrusion: { zh: '入侵防范', en: 'Intrusion prevention' },
  malware: { zh: '恶意代码防范', en: 'Malicious code prevention' },
  audit: { zh: '安全审计', en: 'Security audit' },
  authentication: { zh: '身份鉴别', en: 'Identification and authentication' },
  central: { zh: '集中管控', en: 'Centralized management and control' },
  location: { zh: '基础设施位置', en: 'Infrastructure location' },
  cloudData: { zh: '数据完整性和保密性（云）', en: 'Data integrity and confidentiality (cloud)' },
  personal: { zh: '个人信息保护', en: 'Personal information protection' },
  residual: { zh: '剩余信息保护', en: 'Residual information protection' },
  admin: { zh: '系统管理、审计管理、安全管理', en: 'System, audit and security management' },
  trusted: { zh: '可信验证', en: 'Trusted verification' },
  management: {
    zh: '安全管理制度、机构、人员、建设管理、运维管理',
    en: 'Security policies, organization, personnel, construction and operations management',
  },
} satisfies Record<string, Localized>;

const c = (ref: string, point: Localized): ClauseRef => ({ ref, point });
const sev = (l2: SeverityCode, l3: SeverityCode, l4: SeverityCode): Record<Level, SeverityCode> => ({ 2: l2, 3: l3, 4: l4 });

const RULE_TABLE = [
  { id: 'CNS-01', layer: 'CNS', clauses: [c('8.1.2.1 c)', P.network)], severity: sev('E', 'E', 'E') },
  { id: 'CNS-02', layer: 'CNS', clauses: [c('8.1.2.1 d)', P.network)], severity: sev('E', 'E', 'E') },
  { id: 'CNS-03', layer: 'CNS', clauses: [c('8.1.2.1 e)', P.network), c('8.1.4.9 c)', P.backup)], severity: sev(null, 'E', 'E') },
  { id: 'CNS-04', layer: 'CNS', clauses: [c('8.1.2.2 a) b)', P.transport)], severity: sev('W', 'E', 'E') },
  { id: 'CNS-05', layer: 'CNS', clauses: [c('8.1.4.8 a)', P.confidentiality)], severity: sev(null, 'W', 'E') },
  // A level-4 item (1.1): the clause is written the level-3 way and printed 9.1.2.2 d) at level 4.
  { id: 'CNS-06', layer: 'CNS', clauses: [c('8.1.2.2 d)', P.transport)], severity: sev(null, null, 'E') },
  { id: 'ABS-01', layer: 'ABS', clauses: [c('8.1.3.1 a)', P.boundary)], severity: sev('E', 'E', 'E') },
  { id: 'ABS-02', layer: 'ABS', clauses: [c('8.1.3.1 a)', P.boundary), c('8.1.2.1 d)', P.network)], severity: sev('W', 'W', 'E') },
  { id: 'ABS-03', layer: 'ABS', clauses: [c('8.1.3.2 a) c) d)', P.access)], severity: sev('I', 'E', 'E') },
  { id: 'ABS-04', layer: 'ABS', clauses: [c('8.1.3.2 c)', P.access), c('8.1.4.4 b)', P.intrusion)], severity: sev('E', 'E', 'E') },
  { id: 'ABS-05', layer: 'ABS', clauses: [c('8.1.3.2 e)', P.access), c('8.1.3.4 a)', P.malware)], severity: sev('W', 'E', 'E') },
  { id: 'ABS-06', layer: 'ABS', clauses: [c('8.1.3.3 a)', P.intrusion)], severity: sev(null, 'W', 'E') },
  { id: 'ABS-07', layer: 'ABS', clauses: [c('8.1.3.3 b)', P.intrusion)], severity: sev(null, 'E', 'E') },
  { id: 'ABS-08', layer: 'ABS', clauses: [c('8.1.3.1 c)', P.boundary)], severity: sev(null, 'E', 'E') },
  { id: 'ABS-09', layer: 'ABS', clauses: [c('8.1.3.5 a) b) c)', P.audit)], severity: sev('E', 'E', 'E') },
  { id: 'CES-01', layer: 'CES', clauses: [c('8.1.4.1', P.authentication), c('8.1.4.4 c)', P.intrusion)], severity: sev('W', 'E', 'E') },
  { id: 'CES-02', layer: 'CES', clauses: [c('8.1.4.1 c)', P.authentication)], severity: sev('E', 'E', 'E') },
  { id: 'CES-03', layer: 'CES', clauses: [c('8.1.4.1 d)', P.authentication)], severity: sev(null, 'E', 'E') },
  { id: 'CES-04', layer: 'CES', clauses: [c('8.1.4.3 a)', P.audit)], severity: sev('E', 'E', 'E') },
  { id: 'CES-05', layer: 'CES', clauses: [c('8.1.4.4 e) f)', P.intrusion)], severity: sev('E', 'E', 'E') },
  { id: 'CES-06', layer: 'CES', clauses: [c('8.1.4.5', P.malware)], severity: sev('E', 'E', 'E') },
  { id: 'CES-07', layer: 'CES', clauses: [c('8.1.4.8 b)', P.confidentiality), c('8.1.4.7 b)', P.integrity)], severity: sev(null, 'E', 'E') },
  { id: 'CES-08', layer: 'CES', clauses: [c('8.2.4.5 d)', P.cloudData)], severity: sev(null, 'W', 'E') },
  { id: 'CES-09', layer: 'CES', clauses: [c('8.1.4.9 a)', P.backup)], severity: sev('E', 'E', 'E') },
  { id: 'CES-10', layer: 'CES', clauses: [c('8.1.4.9 b)', P.backup)], severity: sev('W', 'E', 'E') },
  { id: 'CES-11', layer: 'CES', clauses: [c('8.1.4.11', P.personal)], severity: sev('I', 'I', 'I') },
  // A level-4 item (1.1): printed 9.1.4.9 d) at level 4.
  { id: 'CES-12', layer: 'CES', clauses: [c('8.1.4.9 d)', P.backup)], severity: sev(null, null, 'E') },
  { id: 'SMC-01', layer: 'SMC', clauses: [c('8.1.5.4 a)', P.central)], severity: sev(null, 'E', 'E') },
  { id: 'SMC-02', layer: 'SMC', clauses: [c('8.1.5.4 c)', P.central)], severity: sev('W', 'E', 'E') },
  { id: 'SMC-03', layer: 'SMC', clauses: [c('8.1.5.4 d)', P.central)], severity: sev('W', 'E', 'E') },
  { id: 'SMC-04', layer: 'SMC', clauses: [c('8.1.5.4 e) f)', P.central)], severity: sev(null, 'E', 'E') },
  { id: 'CLD-01', layer: 'CLD', clauses: [c('8.2.1.1', P.location), c('8.2.2.1 a)', P.network)], severity: sev('E', 'E', 'E') },
  { id: 'CLD-02', layer: 'CLD', clauses: [c('8.2.2.1 b)', P.network), c('8.2.3.1 a)', P.access)], severity: sev('E', 'E', 'E') },
  { id: 'GEN-01', layer: 'GEN', clauses: [], severity: sev('W', 'W', 'W') },
  { id: 'GEN-02', layer: 'GEN', clauses: [], severity: sev('W', 'W', 'W') },
  { id: 'GEN-03', layer: 'GEN', clauses: [], severity: sev('W', 'W', 'W') },
  { id: 'GEN-04', layer: 'GEN', clauses: [], severity: sev('W', 'W', 'W') },
] as const satisfies readonly RuleRow[];

/** A rule id of the catalogue ('CNS-01' … 'GEN-04'). */
export type RuleId = (typeof RULE_TABLE)[number]['id'];

export const RULES: readonly RuleInfo[] = RULE_TABLE;

export interface ManualItemInfo {
  readonly id: ManualItemId;
  readonly clauses: readonly ClauseRef[];
}

/** "Checked by a person": listed in the report, never failed by the checker. */
const MANUAL_TABLE = [
  { id: 'MAN-01', clauses: [c('8.1.2.1 a) b)', P.network)] },
  { id: 'MAN-02', clauses: [c('8.1.4.1 a) b)', P.authentication)] },
  { id: 'MAN-03', clauses: [c('8.1.4.2 a)–c)', P.access)] },
  { id: 'MAN-04', clauses: [c('8.1.4.2 e)–g)', P.access)] },
  { id: 'MAN-05', clauses: [c('8.1.4.4 a) b) d)', P.intrusion)] },
  { id: 'MAN-06', clauses: [c('8.1.4.10', P.residual)] },
  { id: 'MAN-07', clauses: [c('8.1.4.11', P.personal)] },
  { id: 'MAN-08', clauses: [c('8.1.5.1–8.1.5.3', P.admin)] },
  { id: 'MAN-09', clauses: [c('', P.trusted)] },
  { id: 'MAN-10', clauses: [c('', P.management)] },
] as const satisfies readonly { id: string; clauses: readonly ClauseRef[] }[];

/** A manual check item id ('MAN-01' … 'MAN-10'). */
export type ManualItemId = (typeof MANUAL_TABLE)[number]['id'];

export const MANUAL_ITEMS: readonly ManualItemInfo[] = MANUAL_TABLE;

const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
const MANUAL_ITEM_IDS: ReadonlySet<string> = new Set(MANUAL_ITEMS.map((m) => m.id));

/** Whether a string read from a file (a waiver, a catalog's "satisfies" list) names a rule of the table. */
export function isRuleId(id: string): id is RuleId {
  return RULE_IDS.has(id);
}

/** Whether a string read from a file names a manual check item of the table. */
export function isManualItemId(id: string): id is ManualItemId {
  return MANUAL_ITEM_IDS.has(id);
}

const RULE_BY_ID: ReadonlyMap<string, RuleInfo> = new Map(RULES.map((r) => [r.id, r]));

export function ruleInfo(id: RuleId): RuleInfo;
export function ruleInfo(id: string): RuleInfo | undefined;
export function ruleInfo(id: string): RuleInfo | undefined {
  return RULE_BY_ID.get(id);
}

/**
 * A clause number as written for a level-n system: the leading 8 (level 3) becomes n + 5, so 8.1.2.1 is
 * 7.1.2.1 at level 2 and 9.1.2.1 at level 4. Ranges such as "8.1.5.1–8.1.5.3" have every number rewritten.
 */
export function clauseForLevel(ref: string, level: Level): string {
  return ref.replace(/(^|[–\s])8\.(\d)/g, (_m, pre: string, rest: string) => `${pre}${level + 5}.${rest}`);
}
