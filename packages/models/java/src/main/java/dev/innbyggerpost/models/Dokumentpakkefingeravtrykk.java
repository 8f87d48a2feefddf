// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * Digest of the encrypted document package (SHA-256 over the CMS bytes, standard base64).
 */
public class Dokumentpakkefingeravtrykk {
    private String digestMethod;
    private String digestValue;

    /**
     * The digest algorithm URI: http://www.w3.org/2001/04/xmlenc#sha256.
     */
    @JsonProperty("digestMethod")
    public String getDigestMethod() { return digestMethod; }
    @JsonProperty("digestMethod")
    public void setDigestMethod(String value) { this.digestMethod = value; }

    /**
     * Standard base64 of the digest.
     */
    @JsonProperty("digestValue")
    public String getDigestValue() { return digestValue; }
    @JsonProperty("digestValue")
    public void setDigestValue(String value) { this.digestValue = value; }
}
