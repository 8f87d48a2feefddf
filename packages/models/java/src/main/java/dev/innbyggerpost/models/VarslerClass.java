// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

public class VarslerClass {
    private Epostvarsel epostvarsel;
    private Smsvarsel smsvarsel;

    @JsonProperty("epostvarsel")
    public Epostvarsel getEpostvarsel() { return epostvarsel; }
    @JsonProperty("epostvarsel")
    public void setEpostvarsel(Epostvarsel value) { this.epostvarsel = value; }

    @JsonProperty("smsvarsel")
    public Smsvarsel getSmsvarsel() { return smsvarsel; }
    @JsonProperty("smsvarsel")
    public void setSmsvarsel(Smsvarsel value) { this.smsvarsel = value; }
}
