// Deep equality for uniqueItems/const/enum, the same function ajv's own runtime uses.
import fastDeepEqual from "fast-deep-equal";

export const equal: (a: unknown, b: unknown) => boolean = fastDeepEqual;
