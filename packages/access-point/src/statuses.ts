import { isRecord } from "@innbyggerpost/contracts";
import { apiStatusToStatus, type ApiStatusResult, type StatusEvent } from "@innbyggerpost/runtime";
import { apFail, apProblem, type AccessPointFailure } from "./errors.js";
import type { components } from "./generated/c2.js";
import { withRetries, type Resolved } from "./transport.js";

/** An access-point status as the API document names them. */
export type ApiStatus = components["schemas"]["apiStatus"];

/** One item of GET /messages/out/{id}/statuses, read leniently and mapped through the runtime's status model. */
export interface AccessPointStatus {
  /** The access point's status; anything else real access points send is `ANNET` (see `rawStatus`). */
  readonly status: ApiStatus | "ANNET";
  /** The status as it came (any JSON value; a string when it was one). */
  readonly rawStatus: unknown;
  readonly beskrivelse: string | null;
  /** The timestamp as RFC 3339 with an offset (one without an offset is read in `timeZone`), or null. */
  readonly timestamp: string | null;
  /** The timestamp as it came. */
  readonly rawTimestamp: unknown;
  /**
   * The eFormidling status it maps to (apiStatusToStatus: OPPRETTET → SENDT, SENDT → MOTTATT,
   * FEILET → FEIL, else ANNET).
   */
  readonly mapped: ApiStatusResult;
  /** The same status as a reducer event, for reduceStatus (equal statuses polled twice give equal events). */
  readonly event: StatusEvent;
}

const KNOWN: readonly string[] = ["OPPRETTET", "SENDT", "FEILET"] satisfies readonly ApiStatus[];

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset in minutes at an instant. */
function offsetMinutes(ms: number, timeZone: string): number {
  let f = offsetFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormats.set(timeZone, f);
  }
  const name = f.formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

const pad = (n: number) => String(n).padStart(2, "0");
const formatOffset = (min: number) =>
  `${min < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(min) / 60))}:${pad(Math.abs(min) % 60)}`;

/**
 * A status timestamp as RFC 3339 with an offset: as it is when it has one (`+0100` becomes `+01:00`, a
 * space becomes `T`), else the wall-clock time read in `timeZone` (real access points write Norwegian
 * local time without an offset). Null when it is not a date-time at all.
 */
export function normaliseTimestamp(value: unknown, timeZone = "Europe/Oslo"): string | null {
  if (typeof value !== "string") return null;
  const m = STAMP.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const s = Number(m[6] ?? "0");
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(wall);
  if (y < 1 || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${m[7] ?? ""}`;
  const zone = m[8];
  if (zone === "Z" || zone === "z") return `${local}Z`;
  if (zone) return `${local}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  // Wall clock to instant: the offset at the guess, corrected once for a DST change in between.
  let offset = offsetMinutes(wall, timeZone);
  const again = offsetMinutes(wall - offset * 60_000, timeZone);
  if (again !== offset) offset = again;
  return `${local}${formatOffset(offset)}`;
}

/** @internal Whether a time zone name is one Intl knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** @internal Reads one status item leniently: never drops it, unknown statuses become ANNET with the raw value. */
export function readStatus(item: unknown, messageId: string, timeZone: string): AccessPointStatus {
  const obj = isRecord(item) ? item : typeof item === "string" ? { status: item } : {};
  const rawStatus = isRecord(item) || typeof item === "string" ? obj.status : item;
  const status = typeof rawStatus === "string" && KNOWN.includes(rawStatus) ? (rawStatus as ApiStatus) : "ANNET";
  const beskrivelse = typeof obj.beskrivelse === "string" ? obj.beskrivelse : null;
  const rawTimestamp = obj.timestamp;
  const timestamp = normaliseTimestamp(rawTimestamp, timeZone);
  const forModel = { status: rawStatus, beskrivelse, timestamp: timestamp ?? rawTimestamp ?? null };
  const mapped = apiStatusToStatus(forModel, { messageId });
  const event: StatusEvent = {
    kind: "api-status",
    status: rawStatus,
    beskrivelse,
    timestamp: timestamp ?? rawTimestamp ?? undefined,
  };
  return { status, rawStatus, beskrivelse, timestamp, rawTimestamp, mapped, event };
}

/** What {@link AccessPointClient.statuses} returns. */
export type StatusesResult =
  | {
      readonly ok: true;
      readonly messageId: string;
      /** Every item, in the order given; none is dropped (unknown ones are ANNET). */
      readonly statuses: readonly AccessPointStatus[];
      /** False when the access point does not know the id (an empty list or 404). */
      readonly found: boolean;
      readonly attempts: number;
    }
  | AccessPointFailure;

/** @internal JSON text parsed, or null when it is none. */
export function parseJson(text: unknown): { value: unknown } | null {
  if (typeof text !== "string" || text.trim() === "") return null;
  try {
    return { value: JSON.parse(text) };
  } catch {
    return null;
  }
}

/** @internal GET statuses, shared by the public method and safe resend. */
export async function getStatuses(r: Resolved, messageId: string, signal?: AbortSignal): Promise<StatusesResult> {
  const { result, attempts } = await withRetries(
    r,
    (init) =>
      r.api.GET("/messages/out/{id}/statuses", { params: { path: { id: messageId } }, parseAs: "text", ...init }),
    signal,
  );
  if (!result.ok) {
    if (result.problem.code === "not-found") return { ok: true, messageId, statuses: [], found: false, attempts };
    return apFail(attempts, result.problem);
  }
  const parsed = result.status === 204 ? { value: [] } : parseJson(result.data);
  if (!parsed || !Array.isArray(parsed.value)) {
    return apFail(
      attempts,
      apProblem("", "bad-response", `the statuses answer (${result.status}) is not a JSON array`, {
        httpStatus: result.status,
      }),
    );
  }
  const statuses = parsed.value.map((item) => readStatus(item, messageId, r.timeZone));
  return { ok: true, messageId, statuses, found: statuses.length > 0, attempts };
}
