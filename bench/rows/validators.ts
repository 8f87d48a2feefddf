import { validate } from "@innbyggerpost/contracts";
import { ajvAtRuntime, schemasafeValidators, typeboxValidators } from "../competitors.js";
import { nsPerOp, opsPerSec, times, type BenchMode, type Row } from "../harness.js";
import { subjects } from "../messages.js";

/** Our validators against the alternatives, valid and invalid input, plus the JSON.parse floor. */
export async function validatorRows(mode: BenchMode): Promise<Row[]> {
  const rows: Row[] = [];
  const ajvFirst = ajvAtRuntime(false);
  const ajvAll = ajvAtRuntime(true);
  const others = [
    { label: ajvFirst.label, byType: ajvFirst.byType },
    { label: "@exodus/schemasafe (our schemas)", byType: schemasafeValidators() },
    { label: "TypeBox compiler (our schemas)", byType: typeboxValidators() },
  ];
  for (const s of subjects()) {
    const ours = await nsPerOp(() => validate(s.valid, { profile: "wire" }), mode);
    for (const o of others) {
      const theirs = await nsPerOp(() => o.byType[s.type](s.valid), mode);
      rows.push({
        section: `valid ${s.label}`,
        name: `validate(wire) vs ${o.label}`,
        measured: opsPerSec(ours),
        baseline: opsPerSec(theirs),
        value: theirs / ours,
        target: "≥ 1.00× (aim 1.25×)",
        met: (v) => v >= 1,
      });
    }
    const first = await nsPerOp(() => validate(s.invalid, { profile: "wire", allErrors: false }), mode);
    const ajvFirstNs = await nsPerOp(() => ajvFirst.byType[s.type](s.invalid), mode);
    rows.push({
      section: `invalid ${s.label}`,
      name: `first error vs ${ajvFirst.label}`,
      measured: opsPerSec(first),
      baseline: opsPerSec(ajvFirstNs),
      value: ajvFirstNs / first,
      target: "≥ 1.00×",
      met: (v) => v >= 1,
    });
    const all = await nsPerOp(() => validate(s.invalid, { profile: "wire" }), mode);
    const ajvAllNs = await nsPerOp(() => ajvAll.byType[s.type](s.invalid), mode);
    rows.push({
      section: `invalid ${s.label}`,
      name: `all errors vs ${ajvAll.label}`,
      measured: opsPerSec(all),
      baseline: opsPerSec(ajvAllNs),
      value: ajvAllNs / all,
      target: "reported",
      met: () => true,
    });
    const parse = await nsPerOp(() => JSON.parse(s.text), mode);
    rows.push({
      section: `floor ${s.label}`,
      name: "validate(wire) cost / JSON.parse of the same text",
      measured: `${Math.round(ours)} ns`,
      baseline: `JSON.parse ${Math.round(parse)} ns`,
      value: ours / parse,
      target: "≤ 0.35×",
      met: (v) => v <= 0.35,
    });
    const strict = await nsPerOp(() => validate(s.valid), mode);
    rows.push({
      section: `floor ${s.label}`,
      name: "validate(strict) cost / JSON.parse of the same text",
      measured: `${Math.round(strict)} ns`,
      baseline: `JSON.parse ${Math.round(parse)} ns`,
      value: strict / parse,
      target: "reported",
      met: () => true,
    });
  }
  void times;
  return rows;
}
