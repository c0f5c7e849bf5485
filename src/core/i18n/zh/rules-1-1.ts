/** Chinese messages of the rules added or reworded by rule catalogue 1.1 (CNS-06, CES-12, CLD-01 finance regions, GEN-04). */
export const rules11 = {
} as const;
