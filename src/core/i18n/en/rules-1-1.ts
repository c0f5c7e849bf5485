/** English messages of the rules added or reworded by rule catalogue 1.1 (CNS-06, CES-12, CLD-01 finance regions, GEN-04). */
import type { rules11 as zh } from '../zh/rules-1-1.ts';

export const rules11: Record<keyof typeof zh, string> = {
  'rule.CNS-06': 'Level 4 requires cryptographic operations and key management for important communication to be based on a hardware cryptographic module, and the design has none. Add Cloud Hardware Security Module, or use the hardware key management edition of Key Management Service.',
  'rule.CES-12': 'Level 4 requires an off-site disaster recovery centre that can switch the business application over in real time, but {nodes}, which serve business traffic, have no compute node in another region. Run standby compute (Elastic Compute Service or Container Service for Kubernetes) that runs the application in another region, not only copies of the data.',
  'rule.CLD-01.notFinance': '{region} uses {name} ({regionId}), which is not a finance cloud region. A level-4 system on the finance cloud runs in the finance cloud\'s isolated resource pool: use a finance cloud region (e.g. China East 2 Finance).',
  'rule.GEN-04': '{node} receives business traffic but sends none on: the path stops here, so the checks of the path behind it see nothing. Draw the connection behind it (e.g. Server Load Balancer → Elastic Compute Service), or remove the incomplete path.',
};
