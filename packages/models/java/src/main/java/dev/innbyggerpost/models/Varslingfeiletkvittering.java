// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * Which notification channel failed, and why.
 */
public class Varslingfeiletkvittering {
    private Avsender avsender;
    private String beskrivelse;
    private Virksomhetmottaker mottaker;
    private String tidspunkt;
    private Varslingskanal varslingskanal;

    @JsonProperty("avsender")
    public Avsender getAvsender() { return avsender; }
    @JsonProperty("avsender")
    public void setAvsender(Avsender value) { this.avsender = value; }

    /**
     * Free-text description of the failure.
     */
    @JsonProperty("beskrivelse")
    public String getBeskrivelse() { return beskrivelse; }
    @JsonProperty("beskrivelse")
    public void setBeskrivelse(String value) { this.beskrivelse = value; }

    @JsonProperty("mottaker")
    public Virksomhetmottaker getMottaker() { return mottaker; }
    @JsonProperty("mottaker")
    public void setMottaker(Virksomhetmottaker value) { this.mottaker = value; }

    @JsonProperty("tidspunkt")
    public String getTidspunkt() { return tidspunkt; }
    @JsonProperty("tidspunkt")
    public void setTidspunkt(String value) { this.tidspunkt = value; }

    /**
     * The channel that failed.
     */
    @JsonProperty("varslingskanal")
    public Varslingskanal getVarslingskanal() { return varslingskanal; }
    @JsonProperty("varslingskanal")
    public void setVarslingskanal(Varslingskanal value) { this.varslingskanal = value; }
}
