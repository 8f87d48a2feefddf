import {
  C14nCanonicalization,
  C14nCanonicalizationWithComments,
  ExclusiveCanonicalization,
  ExclusiveCanonicalizationWithComments,
} from "xml-crypto";
import { C14N_10 } from "./profile.js";

const C14N_11 = "http://www.w3.org/2006/12/xml-c14n11";
const EXC = "http://www.w3.org/2001/10/xml-exc-c14n#";

type Canonicalizer = { process(node: Node, options: Record<string, unknown>): string };

// C14N 1.1 differs from 1.0 only in how inherited xml:* attributes are treated; the verifier refuses
// xml:* attributes on ancestors of a signed subset, so 1.0 serves for both.
const ALGORITHMS: Record<string, { make: () => Canonicalizer; inclusive: boolean }> = {
  [C14N_10]: { make: () => new C14nCanonicalization(), inclusive: true },
  [`${C14N_10}#WithComments`]: { make: () => new C14nCanonicalizationWithComments(), inclusive: true },
  [C14N_11]: { make: () => new C14nCanonicalization(), inclusive: true },
  [`${C14N_11}#WithComments`]: { make: () => new C14nCanonicalizationWithComments(), inclusive: true },
  [EXC]: { make: () => new ExclusiveCanonicalization(), inclusive: false },
  [`${EXC}WithComments`]: { make: () => new ExclusiveCanonicalizationWithComments(), inclusive: false },
};

/** @internal True when the canonicalization URI is one this verifier implements. */
export function isCanonicalization(uri: string): boolean {
  return Object.hasOwn(ALGORITHMS, uri);
}

/** @internal The namespace declarations in scope at an element from its ancestors (nearest wins). */
function ancestorNamespaces(el: Element): { prefix: string; namespaceURI: string }[] {
  const found = new Map<string, string>();
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const attrs = (p as Element).attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs.item(i)!;
      const prefix = a.name === "xmlns" ? "" : a.name.startsWith("xmlns:") ? a.name.slice(6) : null;
      if (prefix !== null && !found.has(prefix)) found.set(prefix, a.value);
    }
  }
  // xml-crypto renders an unprefixed apex's own namespace itself; an inherited default is passed only for a
  // prefixed apex that declares none (inclusive C14N renders every namespace in scope).
  const ownDefault = el.hasAttribute("xmlns");
  if (!el.prefix || ownDefault) found.delete("");
  return [...found].filter(([, uri]) => uri !== "").map(([prefix, namespaceURI]) => ({ prefix, namespaceURI }));
}

/** @internal True when an ancestor carries an xml:* attribute (whose inheritance C14N versions treat differently). */
export function hasInheritedXmlAttributes(el: Element): boolean {
  for (let p = el.parentNode; p && p.nodeType === 1; p = p.parentNode) {
    const attrs = (p as Element).attributes;
    for (let i = 0; i < attrs.length; i++) if (attrs.item(i)!.name.startsWith("xml:")) return true;
  }
  return false;
}

/** @internal The canonical form of an element as a document subset, by the given algorithm. */
export function canonicalize(el: Element, algorithm: string): string {
  const a = ALGORITHMS[algorithm];
  if (!a) throw new Error(`unsupported canonicalization ${algorithm}`);
  return a.make().process(el, a.inclusive ? { ancestorNamespaces: ancestorNamespaces(el) } : {});
}
