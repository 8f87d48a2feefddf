import { HREF_MAX, HREF_MIN, MIME_MAX, SDP_NS, TITLE_MAX } from "./profile.js";
import type { LetterParties } from "./letter.js";
import { attributesOf, childElements, hasStrayContent, isElement, textOf } from "./xml-dom.js";
import { escapeAttribute as attr, escapeText as text } from "./xml-text.js";

/** One document's entry in manifest.xml. */
export interface ManifestDocument {
  readonly href: string;
  readonly mime: string;
  /** The title, when the manifest gives one (the schema makes it optional; we always write one). */
  readonly title?: string;
  readonly lang?: string;
  readonly data?: { readonly href: string; readonly mime: string };
}

/** manifest.xml as read (or written). */
export interface Manifest {
  readonly mottaker?: { readonly personidentifikator?: string; readonly postkasseadresse: string };
  readonly avsender: {
    readonly organisasjon: string;
    readonly authority: string;
    readonly avsenderidentifikator?: string;
    readonly fakturaReferanse?: string;
  };
  readonly hoveddokument: ManifestDocument;
  readonly vedlegg: readonly ManifestDocument[];
  readonly lenke?: {
    readonly url: string;
    readonly beskrivelse?: string;
    readonly knappTekst?: string;
    readonly frist?: string;
  };
}

/** @internal The manifest a letter and its documents give. */
export function manifestOf(
  parties: LetterParties,
  hoveddokument: ManifestDocument,
  vedlegg: readonly ManifestDocument[],
): Manifest {
  return {
    ...(parties.postkasseadresse !== undefined ? { mottaker: { postkasseadresse: parties.postkasseadresse } } : {}),
    avsender: {
      organisasjon: parties.organisation,
      authority: parties.authority,
      ...(parties.avsenderidentifikator !== undefined ? { avsenderidentifikator: parties.avsenderidentifikator } : {}),
      ...(parties.fakturaReferanse !== undefined ? { fakturaReferanse: parties.fakturaReferanse } : {}),
    },
    hoveddokument,
    vedlegg,
  };
}

function writeDocument(name: string, d: ManifestDocument): string {
  const title = d.title !== undefined ? `<tittel lang="${attr(d.lang ?? "no")}">${text(d.title)}</tittel>` : "";
  const data = d.data ? `<data href="${attr(d.data.href)}" mime="${attr(d.data.mime)}"></data>` : "";
  return `<${name} href="${attr(d.href)}" mime="${attr(d.mime)}">${title}${data}</${name}>`;
}

const element = (name: string, value: string | undefined): string =>
  value === undefined ? "" : `<${name}>${text(value)}</${name}>`;

/** @internal manifest.xml bytes, in the schema's element order. */
export function writeManifest(m: Manifest): Uint8Array {
  const a = m.avsender;
  const mottaker = m.mottaker
    ? `<mottaker><person>${element("personidentifikator", m.mottaker.personidentifikator)}` +
      `<postkasseadresse>${text(m.mottaker.postkasseadresse)}</postkasseadresse></person></mottaker>`
    : "";
  const avsender =
    `<avsender><organisasjon authority="${attr(a.authority)}">${text(a.organisasjon)}</organisasjon>` +
    (a.avsenderidentifikator !== undefined
      ? `<avsenderidentifikator>${text(a.avsenderidentifikator)}</avsenderidentifikator>`
      : "") +
    (a.fakturaReferanse !== undefined ? `<fakturaReferanse>${text(a.fakturaReferanse)}</fakturaReferanse>` : "") +
    "</avsender>";
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><manifest xmlns="${SDP_NS}">${mottaker}${avsender}` +
    writeDocument("hoveddokument", m.hoveddokument) +
    `${m.vedlegg.map((v) => writeDocument("vedlegg", v)).join("")}</manifest>`;
  return new TextEncoder().encode(xml);
}

/** @internal Reads manifest.xml by the rules of sdp-manifest.xsd; a list of what breaks them. */
export function readManifest(doc: Document): { ok: true; manifest: Manifest } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const root = doc.documentElement;
  if (!isElement(root, SDP_NS, "manifest")) return { ok: false, problems: [`the root is {${SDP_NS}}manifest`] };
  const kids = childElements(root);
  if (hasStrayContent(root)) problems.push("text inside <manifest>");
  let i = 0;
  const next = (local: string): Element | undefined => (isElement(kids[i], SDP_NS, local) ? kids[i++] : undefined);
  const leaf = (el: Element, where: string): string => {
    if (childElements(el).length) problems.push(`${where} holds elements`);
    return textOf(el);
  };
  const onlyAttributes = (el: Element, allowed: string[], where: string): Map<string, string> => {
    const attrs = attributesOf(el);
    for (const k of attrs.keys()) if (!allowed.includes(k)) problems.push(`${where} has an unknown attribute ${k}`);
    return attrs;
  };
  let mottaker: Manifest["mottaker"];
  const m = next("mottaker");
  if (m) {
    const [person, ...rest] = childElements(m);
    if (!isElement(person, SDP_NS, "person") || rest.length) problems.push("<mottaker> holds one <person>");
    else {
      const pk = childElements(person);
      let j = 0;
      let personidentifikator: string | undefined;
      if (isElement(pk[j], SDP_NS, "personidentifikator")) {
        personidentifikator = leaf(pk[j++]!, "<personidentifikator>");
        if (!/^[0-9]{11}$/.test(personidentifikator)) problems.push("<personidentifikator> is 11 digits");
      }
      const adr = isElement(pk[j], SDP_NS, "postkasseadresse") ? leaf(pk[j++]!, "<postkasseadresse>") : undefined;
      if (adr === undefined) problems.push("<person> holds a <postkasseadresse>");
      if (j !== pk.length) problems.push("<person> holds unexpected elements");
      if (adr !== undefined)
        mottaker = { ...(personidentifikator !== undefined ? { personidentifikator } : {}), postkasseadresse: adr };
    }
  }
  let avsender: Manifest["avsender"] | undefined;
  const av = next("avsender");
  if (!av) problems.push("<manifest> holds an <avsender> (after an optional <mottaker>)");
  else {
    const ak = childElements(av);
    let j = 0;
    const org = isElement(ak[j], SDP_NS, "organisasjon") ? ak[j++]! : undefined;
    if (!org) problems.push("<avsender> starts with <organisasjon>");
    const organisasjon = org ? leaf(org, "<organisasjon>") : "";
    const authority = org
      ? (onlyAttributes(org, ["authority"], "<organisasjon>").get("authority") ?? "iso6523-actorid-upis")
      : "";
    if (org && !/^[0-9]{4}:[\p{L}\p{N}_\p{Mn}\p{Pc}]{1,35}$/u.test(organisasjon))
      problems.push("<organisasjon> is NNNN:<id>");
    if (org && authority !== "iso6523-actorid-upis") problems.push("<organisasjon authority> is iso6523-actorid-upis");
    const avsId = isElement(ak[j], SDP_NS, "avsenderidentifikator")
      ? leaf(ak[j++]!, "<avsenderidentifikator>")
      : undefined;
    const faktura = isElement(ak[j], SDP_NS, "fakturaReferanse") ? leaf(ak[j++]!, "<fakturaReferanse>") : undefined;
    if (avsId !== undefined && [...avsId].length > 100)
      problems.push("<avsenderidentifikator> is at most 100 characters");
    if (faktura !== undefined && [...faktura].length > 40) problems.push("<fakturaReferanse> is at most 40 characters");
    if (j !== ak.length) problems.push("<avsender> holds unexpected elements");
    avsender = {
      organisasjon,
      authority,
      ...(avsId !== undefined ? { avsenderidentifikator: avsId } : {}),
      ...(faktura !== undefined ? { fakturaReferanse: faktura } : {}),
    };
  }
  const readDocument = (el: Element, where: string): ManifestDocument => {
    const attrs = onlyAttributes(el, ["href", "mime"], where);
    const href = attrs.get("href");
    const mime = attrs.get("mime");
    if (href === undefined || [...href].length < HREF_MIN || [...href].length > HREF_MAX)
      problems.push(`${where} href is ${HREF_MIN}..${HREF_MAX} characters`);
    if (mime === undefined || !mime.length || [...mime].length > MIME_MAX)
      problems.push(`${where} mime is 1..${MIME_MAX} characters`);
    const dk = childElements(el);
    let j = 0;
    let title: string | undefined;
    let lang: string | undefined;
    if (isElement(dk[j], SDP_NS, "tittel")) {
      const t = dk[j++]!;
      title = leaf(t, `${where} <tittel>`);
      lang = onlyAttributes(t, ["lang"], `${where} <tittel>`).get("lang");
      if (!title.length || [...title].length > TITLE_MAX)
        problems.push(`${where} <tittel> is 1..${TITLE_MAX} characters`);
      if (lang === undefined || [...lang].length !== 2) problems.push(`${where} <tittel lang> is 2 characters`);
    }
    let data: ManifestDocument["data"];
    if (isElement(dk[j], SDP_NS, "data")) {
      const d = dk[j++]!;
      const da = onlyAttributes(d, ["href", "mime"], `${where} <data>`);
      const dh = da.get("href");
      const dm = da.get("mime");
      if (childElements(d).length || hasStrayContent(d)) problems.push(`${where} <data> is empty`);
      if (dh === undefined || [...dh].length < HREF_MIN || [...dh].length > HREF_MAX)
        problems.push(`${where} <data href> is ${HREF_MIN}..${HREF_MAX} characters`);
      if (dm === undefined || !dm.length || [...dm].length > MIME_MAX)
        problems.push(`${where} <data mime> is 1..${MIME_MAX} characters`);
      data = { href: dh ?? "", mime: dm ?? "" };
    }
    if (j !== dk.length || hasStrayContent(el)) problems.push(`${where} holds unexpected content`);
    return {
      href: href ?? "",
      mime: mime ?? "",
      ...(title !== undefined ? { title } : {}),
      ...(lang !== undefined ? { lang } : {}),
      ...(data ? { data } : {}),
    };
  };
  const h = next("hoveddokument");
  if (!h) problems.push("<manifest> holds a <hoveddokument> after <avsender>");
  const hoveddokument = h ? readDocument(h, "<hoveddokument>") : undefined;
  const vedlegg: ManifestDocument[] = [];
  for (let v = next("vedlegg"); v; v = next("vedlegg"))
    vedlegg.push(readDocument(v, `<vedlegg> ${vedlegg.length + 1}`));
  if (vedlegg.length > 200) problems.push("at most 200 <vedlegg>");
  let lenke: Manifest["lenke"];
  const l = next("lenke");
  if (l) {
    const lk = childElements(l);
    const get = (name: string): string | undefined => {
      const el = lk.find((e) => isElement(e, SDP_NS, name));
      return el ? textOf(el) : undefined;
    };
    const url = get("url");
    if (url === undefined || !/^https?:\/\/.+/.test(url)) problems.push("<lenke> holds an http(s) <url>");
    const order = ["url", "beskrivelse", "knappTekst", "frist"];
    let last = -1;
    for (const e of lk) {
      const k = e.namespaceURI === SDP_NS ? order.indexOf(e.localName ?? "") : -1;
      if (k <= last) problems.push("<lenke> holds url, beskrivelse?, knappTekst?, frist? in that order");
      last = k;
    }
    const beskrivelse = get("beskrivelse");
    const knappTekst = get("knappTekst");
    const frist = get("frist");
    lenke = {
      url: url ?? "",
      ...(beskrivelse !== undefined ? { beskrivelse } : {}),
      ...(knappTekst !== undefined ? { knappTekst } : {}),
      ...(frist !== undefined ? { frist } : {}),
    };
  }
  if (i !== kids.length) problems.push(`unexpected element <${kids[i]!.localName}> in <manifest>`);
  if (problems.length || !avsender || !hoveddokument) return { ok: false, problems };
  return {
    ok: true,
    manifest: { ...(mottaker ? { mottaker } : {}), avsender, hoveddokument, vedlegg, ...(lenke ? { lenke } : {}) },
  };
}
