import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DpiType } from "@innbyggerpost/contracts";
import { validMessage } from "../test/fixtures/messages.js";
import { setAt, deleteAt } from "../test/support/pointer.js";
import { digdirDir } from "../test/support/shared.js";

/** A benchmark subject: a message as text and parsed, valid and with one realistic mistake. */
export interface Subject {
  type: DpiType;
  label: string;
  valid: unknown;
  invalid: unknown;
  text: string;
}

/** digital (the real komplette message when ../shared is there), utskrift and leveringskvittering. */
export function subjects(): Subject[] {
  const real = join(digdirDir, "examples/komplette/digital-forretningsmelding.json");
  const digital = existsSync(real) ? JSON.parse(readFileSync(real, "utf8")) : validMessage("digital");
  const digitalBad = structuredClone(digital);
  setAt(digitalBad, "/standardBusinessDocument/digital/sikkerhetsnivaa", 5);
  const utskrift = validMessage("utskrift");
  const utskriftBad = structuredClone(utskrift);
  setAt(utskriftBad, "/standardBusinessDocument/utskrift/retur/mottaker/postnummer", "12345");
  const levering = validMessage("leveringskvittering");
  const leveringBad = structuredClone(levering);
  deleteAt(leveringBad, "/standardBusinessDocument/leveringskvittering/tidspunkt");
  return [
    { type: "digital", label: existsSync(real) ? "digital (komplette example)" : "digital", valid: digital, invalid: digitalBad, text: JSON.stringify(digital) },
    { type: "utskrift", label: "utskrift", valid: utskrift, invalid: utskriftBad, text: JSON.stringify(utskrift) },
    { type: "leveringskvittering", label: "leveringskvittering", valid: levering, invalid: leveringBad, text: JSON.stringify(levering) },
  ];
}
