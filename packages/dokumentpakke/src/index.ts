// @innbyggerpost/dokumentpakke: the DPI document package (ASiC-E, XAdES-BES, CMS EnvelopedData).
export {
  buildPackage,
  createPackage,
  encryptPackage,
  type BuildPackageInput,
  type BuildPackageResult,
  type CreatePackageInput,
  type CreatePackageResult,
  type EncryptPackageInput,
  type EncryptPackageResult,
} from "./build.js";
export { openPackage, verifyPackage } from "./verify.js";
export type {
  DocumentInput,
  DokumentpakkeErrorCode,
  OpenedDocument,
  OpenPackageInput,
  OpenPackageResult,
  PackageSigner,
  Signer,
  VerifiedPackage,
  VerifyPackageInput,
  VerifyPackageResult,
} from "./types.js";
export type { CertificateInput, PrivateKeyInput } from "./keys.js";
export type { Manifest, ManifestDocument } from "./manifest.js";
export type { ZipLimits } from "./zip-read.js";
export { MIME_TYPES, isDataMimeType, isDocumentMimeType } from "./mime-types.js";
export { ASICE_MIMETYPE, DEFAULT_MAX_BYTES, MAX_ATTACHMENTS } from "./profile.js";
