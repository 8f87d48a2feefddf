/** Help text every command shares, so each states the same rules in the same words. */

/** How files are read and output is written; appended to the usage of every command that reads files. */
export const INPUT_RULES = `Files: - reads standard input (at most once per run).
Every input (files, standard input, --cert) must be UTF-8; one leading byte-order mark is skipped;
anything else (e.g. a Latin-1 file) is refused as not UTF-8 (exit 2).
Control characters from inputs are printed as \\uXXXX escapes; --json output is exact JSON.`;

/** What the exit codes mean, in every command. */
export const EXIT_RULES =
  "Exit 0 when all is good, 1 when something is invalid, 2 on a usage error or unreadable input.";
