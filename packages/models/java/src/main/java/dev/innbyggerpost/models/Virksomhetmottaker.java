// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * An organisation receiving a receipt or error: the original sender. The wire schema leaves
 * this object open.
 */
public class Virksomhetmottaker {
    private String motakeridentifikator;
    private Virksomhetsidentifikator virksomhetsidentifikator;

    @JsonProperty("motakeridentifikator")
    public String getMotakeridentifikator() { return motakeridentifikator; }
    @JsonProperty("motakeridentifikator")
    public void setMotakeridentifikator(String value) { this.motakeridentifikator = value; }

    @JsonProperty("virksomhetsidentifikator")
    public Virksomhetsidentifikator getVirksomhetsidentifikator() { return virksomhetsidentifikator; }
    @JsonProperty("virksomhetsidentifikator")
    public void setVirksomhetsidentifikator(Virksomhetsidentifikator value) { this.virksomhetsidentifikator = value; }
}
