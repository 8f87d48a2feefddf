/** Problems as the commands print them. */
import type { Problem } from "@innbyggerpost/runtime";

/** One problem with a file, as printed: a {@link Problem}'s pointer, code and message. */
export type ReportedError = Pick<Problem, "pointer" | "code" | "message">;

/** The printed part of a problem: other fields (HTTP details, the schema rule) stay out of `--json`. */
export const plainProblem = (e: ReportedError): ReportedError => ({
  pointer: e.pointer,
  code: e.code,
  message: e.message,
});
