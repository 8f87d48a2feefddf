import { describe, expectTypeOf, it } from "vitest";
import type { AccessPointErrorCode, AccessPointFailure, AccessPointProblem } from "@innbyggerpost/access-point";
import type {
  Failure as ContractsFailure,
  FlyttetRuleCode,
  InvalidResult,
  Issue,
  Problem as ContractsProblem,
} from "@innbyggerpost/contracts";
import type { DokumentpakkeErrorCode, VerifyPackageResult } from "@innbyggerpost/dokumentpakke";
import type {
  Anomaly,
  AnomalyCode,
  Failure,
  FlyttetErrorCode,
  FlyttetFailure,
  FlyttetReason,
  ParseErrorCode,
  ParseResult,
  Problem,
  RuleIssue,
} from "@innbyggerpost/runtime";

type Refused<R> = Extract<R, { ok: false }>;

describe("one result shape across packages", () => {
  it("contracts' Issue and runtime's Problem are contracts' Problem", () => {
    expectTypeOf<Issue>().toEqualTypeOf<ContractsProblem>();
    expectTypeOf<Problem>().toEqualTypeOf<ContractsProblem>();
    expectTypeOf<Problem<"x">>().toEqualTypeOf<ContractsProblem<"x">>();
    expectTypeOf<Failure<"x">>().toEqualTypeOf<ContractsFailure<"x">>();
  });

  it("is {pointer, code, message} (rule only for invalid-message)", () => {
    expectTypeOf<Problem<"x">>().toEqualTypeOf<{
      readonly pointer: string;
      readonly code: "x";
      readonly message: string;
      readonly rule?: string;
    }>();
  });

  it("every package's failure is a Failure of its own codes", () => {
    expectTypeOf<InvalidResult>().toExtend<ContractsFailure>();
    expectTypeOf<Refused<ParseResult>>().toExtend<Failure<ParseErrorCode>>();
    expectTypeOf<FlyttetFailure>().toExtend<Failure<FlyttetErrorCode>>();
    expectTypeOf<AccessPointFailure>().toExtend<Failure<AccessPointErrorCode>>();
    expectTypeOf<AccessPointProblem>().toExtend<Problem<AccessPointErrorCode>>();
    expectTypeOf<Refused<VerifyPackageResult>>().toEqualTypeOf<Failure<DokumentpakkeErrorCode>>();
  });

  it("reasons, rule issues and anomalies are problems too", () => {
    expectTypeOf<FlyttetReason>().toEqualTypeOf<Problem<FlyttetRuleCode | "invalid-input">>();
    expectTypeOf<RuleIssue>().toExtend<Problem>();
    // An anomaly names its event by eventId; a pointer only for invalid input.
    expectTypeOf<Anomaly>().toExtend<Omit<Problem<AnomalyCode>, "pointer" | "rule">>();
    expectTypeOf<Anomaly["pointer"]>().toEqualTypeOf<string | undefined>();
  });
});
