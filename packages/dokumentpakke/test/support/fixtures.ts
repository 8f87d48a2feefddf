import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { digdirDir } from "../../../../test/support/shared.js";

/** Where the four official complete messages are (../shared, never copied into the repo). */
export const komplette = join(digdirDir, "examples/komplette");
export const OFFICIAL = ["digital", "digital-avsenderidentifikator", "digital-pa-vegne-av", "utskrift"] as const;
export const hasOfficial = existsSync(join(komplette, "digital-dokumentpakke.zip"));
export const officialSkipReason = `official packages not found in ${komplette}: the official-package tests are skipped`;
export const manifestXsd = join(digdirDir, "xsd/sdp-manifest.xsd");

export function officialZip(name: string): Buffer {
  return readFileSync(join(komplette, `${name}-dokumentpakke.zip`));
}

export function officialLetter(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(komplette, `${name}-forretningsmelding.json`), "utf8")) as Record<
    string,
    unknown
  >;
}

/** True when a system tool answers. */
export function hasTool(tool: string, args: string[] = ["--version"]): boolean {
  try {
    execFileSync(tool, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A digital letter (the official example's shape, without reading ../shared). */
export function digitalLetter(): Record<string, unknown> {
  return {
    standardBusinessDocument: {
      standardBusinessDocumentHeader: { headerVersion: "1.0" },
      digital: {
        avsender: {
          virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: "0192:991825827" },
          avsenderidentifikator: "avs-1",
        },
        mottaker: { postkasseadresse: "ola.nordmann#1A2B" },
        dokumentpakkefingeravtrykk: { digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256", digestValue: "" },
        sikkerhetsnivaa: 3,
        ikkesensitivtittel: "Brev",
        spraak: "no",
      },
    },
  };
}

/** An utskrift letter: no mottaker in the manifest. */
export function printLetter(): Record<string, unknown> {
  return {
    standardBusinessDocument: {
      standardBusinessDocumentHeader: { headerVersion: "1.0" },
      utskrift: {
        avsender: { virksomhetsidentifikator: { authority: "iso6523-actorid-upis", value: "0192:991825827" } },
        mottaker: { navn: "Ola Nordmann", adresselinje1: "Liksomveien 22", postnummer: "1234", poststed: "Nordby" },
        dokumentpakkefingeravtrykk: { digestMethod: "http://www.w3.org/2001/04/xmlenc#sha256", digestValue: "" },
        utskriftstype: "SORT_HVIT",
        posttype: "B",
      },
    },
  };
}
