// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * Identifies a party: authority iso6523-actorid-upis and value 0192:<organisation number>
 * for organisations.
 */
public class PartnerIdentification {
    private String authority;
    private String value;

    /**
     * The identifier scheme, "iso6523-actorid-upis" for organisation numbers.
     */
    @JsonProperty("authority")
    public String getAuthority() { return authority; }
    @JsonProperty("authority")
    public void setAuthority(String value) { this.authority = value; }

    /**
     * The identifier, "0192:<organisation number>" for Norwegian organisations.
     */
    @JsonProperty("value")
    public String getValue() { return value; }
    @JsonProperty("value")
    public void setValue(String value) { this.value = value; }
}
