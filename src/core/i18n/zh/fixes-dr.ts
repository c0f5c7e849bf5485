/** Chinese messages: the disaster-recovery site quick fix (CES-10) and the findings row extras of issue 12. */
export const fixesDr = {
  'fix.drSite': '在 {region} 新建灾备站点，实时备份 {node}',
  'readiness.empty': '设计中还没有内容（没有任何产品），尚无就绪度可言',
  'findings.clauseOnRow': '条款 {clause}',
} as const;
