// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * A sender or receiver in the header.
 */
public class Partner {
    private PartnerIdentification identifier;

    @JsonProperty("identifier")
    public PartnerIdentification getIdentifier() { return identifier; }
    @JsonProperty("identifier")
    public void setIdentifier(PartnerIdentification value) { this.identifier = value; }
}
