// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * The error: who reports it, for whom, when, whose fault, and details.
 */
public class Feil {
    private Avsender avsender;
    private String detaljer;
    private Feiltype feiltype;
    private Virksomhetmottaker mottaker;
    private String tidspunkt;

    @JsonProperty("avsender")
    public Avsender getAvsender() { return avsender; }
    @JsonProperty("avsender")
    public void setAvsender(Avsender value) { this.avsender = value; }

    /**
     * Details of the error.
     */
    @JsonProperty("detaljer")
    public String getDetaljer() { return detaljer; }
    @JsonProperty("detaljer")
    public void setDetaljer(String value) { this.detaljer = value; }

    /**
     * KLIENT: the sender must fix its input and send a new message. SERVER: a fault in the
     * infrastructure or at the provider.
     */
    @JsonProperty("feiltype")
    public Feiltype getFeiltype() { return feiltype; }
    @JsonProperty("feiltype")
    public void setFeiltype(Feiltype value) { this.feiltype = value; }

    @JsonProperty("mottaker")
    public Virksomhetmottaker getMottaker() { return mottaker; }
    @JsonProperty("mottaker")
    public void setMottaker(Virksomhetmottaker value) { this.mottaker = value; }

    @JsonProperty("tidspunkt")
    public String getTidspunkt() { return tidspunkt; }
    @JsonProperty("tidspunkt")
    public void setTidspunkt(String value) { this.tidspunkt = value; }
}
