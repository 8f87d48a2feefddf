// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * The organisation responsible for the letter (behandlingsansvarlig); in receipts, the
 * party issuing the receipt.
 */
public class Avsender {
    private String avsenderidentifikator;
    private String fakturaReferanse;
    private Virksomhetsidentifikator virksomhetsidentifikator;

    @JsonProperty("avsenderidentifikator")
    public String getAvsenderidentifikator() { return avsenderidentifikator; }
    @JsonProperty("avsenderidentifikator")
    public void setAvsenderidentifikator(String value) { this.avsenderidentifikator = value; }

    /**
     * The sender's invoice reference.
     */
    @JsonProperty("fakturaReferanse")
    public String getFakturaReferanse() { return fakturaReferanse; }
    @JsonProperty("fakturaReferanse")
    public void setFakturaReferanse(String value) { this.fakturaReferanse = value; }

    @JsonProperty("virksomhetsidentifikator")
    public Virksomhetsidentifikator getVirksomhetsidentifikator() { return virksomhetsidentifikator; }
    @JsonProperty("virksomhetsidentifikator")
    public void setVirksomhetsidentifikator(Virksomhetsidentifikator value) { this.virksomhetsidentifikator = value; }
}
