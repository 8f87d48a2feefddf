/**
 * The MIME types a DPI document package may carry (docs/dokumentpakke/mimetypes.md): the one table of them.
 * `extension` marks the metadata documents (`data`, docs/utvidelser), which only a document's `data` may use.
 */
export const MIME_TYPES: readonly {
  readonly mimeType: string;
  readonly fileType: string;
  readonly extension: boolean;
}[] = [
  { fileType: "pdf", mimeType: "application/pdf", extension: false },
  { fileType: "html", mimeType: "text/html", extension: false },
  { fileType: "xml", mimeType: "application/ehf+xml", extension: false },
  { fileType: "txt", mimeType: "text/plain", extension: false },
  { fileType: "odf", mimeType: "application/vnd.oasis.opendocument.formula", extension: false },
  { fileType: "odt", mimeType: "application/vnd.oasis.opendocument.text", extension: false },
  { fileType: "fods", mimeType: "application/vnd.oasis.opendocument.spreadsheet", extension: false },
  { fileType: "fodp", mimeType: "application/vnd.oasis.opendocument.presentation", extension: false },
  { fileType: "fodg", mimeType: "application/vnd.oasis.opendocument.graphics", extension: false },
  { fileType: "gif", mimeType: "image/gif", extension: false },
  { fileType: "jpeg", mimeType: "image/jpeg", extension: false },
  { fileType: "png", mimeType: "image/png", extension: false },
  { fileType: "doc", mimeType: "application/msword", extension: false },
  {
    fileType: "docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: false,
  },
  { fileType: "xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: false },
  {
    fileType: "pptx",
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    extension: false,
  },
  { fileType: "zip", mimeType: "application/octet-stream", extension: false },
  { fileType: "xml", mimeType: "application/vnd.difi.dpi.bevis+xml", extension: true },
  { fileType: "xml", mimeType: "application/vnd.difi.dpi.lenke+xml", extension: true },
  { fileType: "xml", mimeType: "application/vnd.difi.dpi.arrangement+xml", extension: true },
];

const documents = new Set(MIME_TYPES.filter((m) => !m.extension).map((m) => m.mimeType));
const extensions = new Set(MIME_TYPES.filter((m) => m.extension).map((m) => m.mimeType));

/** True when a document or attachment may have this MIME type. */
export function isDocumentMimeType(mimeType: string): boolean {
  return documents.has(mimeType);
}

/** True when a `data` metadata document may have this MIME type. */
export function isDataMimeType(mimeType: string): boolean {
  return extensions.has(mimeType);
}
