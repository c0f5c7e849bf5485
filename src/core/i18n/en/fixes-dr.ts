/** English messages: the disaster-recovery site quick fix (CES-10) and the findings row extras of issue 12. */
export const fixesDr = {
  'fix.drSite': 'Add a disaster-recovery site in {region} with a real-time backup of {node}',
  'readiness.empty': 'Nothing in the design yet (no products): no readiness to show',
  'findings.clauseOnRow': 'Clause {clause}',
} as const;
