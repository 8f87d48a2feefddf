// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * An organisation identifier: ISO 6523 ICD, colon, identifier ("0192:<organisation
 * number>").
 */
public class Virksomhetsidentifikator {
    private Authority authority;
    private String value;

    @JsonProperty("authority")
    public Authority getAuthority() { return authority; }
    @JsonProperty("authority")
    public void setAuthority(Authority value) { this.authority = value; }

    /**
     * The wire pattern is unanchored, as upstream; the strict profile anchors it.
     */
    @JsonProperty("value")
    public String getValue() { return value; }
    @JsonProperty("value")
    public void setValue(String value) { this.value = value; }
}
