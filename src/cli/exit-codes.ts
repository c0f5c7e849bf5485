/** Exit status of `shared/spec/cli.md`. */
export const EXIT_OK = 0;
/** `check` found open (unwaived) errors. */
export const EXIT_FINDINGS = 1;
/** The arguments are wrong or the file cannot be used. */
export const EXIT_UNUSABLE = 2;
