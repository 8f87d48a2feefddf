// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * Where returned letters go and how they are handled.
 */
public class Retur {
    private AdresseInformasjon mottaker;
    private Returposthaandtering returposthaandtering;

    @JsonProperty("mottaker")
    public AdresseInformasjon getMottaker() { return mottaker; }
    @JsonProperty("mottaker")
    public void setMottaker(AdresseInformasjon value) { this.mottaker = value; }

    @JsonProperty("returposthaandtering")
    public Returposthaandtering getReturposthaandtering() { return returposthaandtering; }
    @JsonProperty("returposthaandtering")
    public void setReturposthaandtering(Returposthaandtering value) { this.returposthaandtering = value; }
}
