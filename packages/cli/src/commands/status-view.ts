/**
 * How `status` presents the reducer's events: every time in one zone, and no synthetic event before its
 * cause. The reducer derives a synthetic MOTTATT at LEVERT − 1 s, which can be earlier than the letter
 * (OPPRETTET) or than the event applied before it; and it applies a letter whose creation time is later
 * than LEVERT after the synthetic MOTTATT it implies. Presented, the letter comes first and a synthetic
 * event is never stamped earlier than what precedes it; the reducer's own time stays as `derivedTime`.
 */
import type { ReducedEvent } from "@innbyggerpost/runtime";
import { parseDateTimeText } from "../options.js";
import { formatInstant } from "../time-format.js";

/** One event as `status` prints it: the reducer's event, its files, its place and its presented time. */
export type PresentedEvent = Omit<ReducedEvent, "time"> & {
  /** Position in the reducer's order (the order applied). */
  applied: number;
  /** The files it came from. */
  files: string[];
  /** Its time in the output's zone (a synthetic event's never before the event printed before it). */
  time: string | null;
  /** The time as the input (or the reducer) wrote it, when that differs from `time`. */
  originalTime?: string;
  /** For a synthetic event shown later than derived: the reducer's derived time, in the output's zone. */
  derivedTime?: string;
};

/** A time string in `zone`, or unchanged when it is not an RFC 3339 date-time. */
export function inZone(time: string | null, zone: string): string | null {
  if (time === null) return null;
  const ms = parseDateTimeText(time);
  return ms === null ? time : formatInstant(ms, zone);
}

/** The presentation order: the reducer's, with the letter moved before any synthetic event ahead of it. */
function presentationOrder(events: readonly ReducedEvent[]): number[] {
  const order = events.map((_, i) => i);
  const firstSynthetic = events.findIndex((e) => e.synthetic);
  if (firstSynthetic < 0) return order;
  const lateLetters = order.filter((i) => i > firstSynthetic && events[i]!.kind === "message");
  const rest = order.filter((i) => !lateLetters.includes(i));
  return [...rest.slice(0, firstSynthetic), ...lateLetters, ...rest.slice(firstSynthetic)];
}

/** The reducer's events as presented, with the files each came from (by event id). */
export function presentEvents(
  events: readonly ReducedEvent[],
  filesOf: ReadonlyMap<string, string[]>,
  zone: string,
): PresentedEvent[] {
  let latest = -Infinity;
  return presentationOrder(events).map((i) => {
    const e = events[i]!;
    let ms = e.time === null ? null : parseDateTimeText(e.time);
    let derivedTime: string | undefined;
    if (ms !== null && e.synthetic && ms < latest) {
      derivedTime = formatInstant(ms, zone);
      ms = latest;
    }
    if (ms !== null) latest = Math.max(latest, ms);
    const time = ms === null ? e.time : formatInstant(ms, zone);
    const { time: original, ...rest } = e;
    const presented: PresentedEvent = { applied: i, files: filesOf.get(e.id) ?? [], ...rest, time };
    if (original !== null && original !== time && derivedTime === undefined) presented.originalTime = original;
    if (derivedTime !== undefined) presented.derivedTime = derivedTime;
    return presented;
  });
}
