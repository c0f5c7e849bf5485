/** English messages of the rules added or reworded by rule catalogue 1.1 (CNS-06, CES-12, CLD-01 finance regions, GEN-04). */
import type { rules11 as zh } from '../zh/rules-1-1.ts';

export const rules11: Record<keyof typeof zh, string> = {
};
