// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;
import java.util.List;

/**
 * An SMS notification.
 */
public class Smsvarsel {
    private String mobiltelefonnummer;
    private List<Long> repetisjoner;
    private String varslingstekst;

    @JsonProperty("mobiltelefonnummer")
    public String getMobiltelefonnummer() { return mobiltelefonnummer; }
    @JsonProperty("mobiltelefonnummer")
    public void setMobiltelefonnummer(String value) { this.mobiltelefonnummer = value; }

    @JsonProperty("repetisjoner")
    public List<Long> getRepetisjoner() { return repetisjoner; }
    @JsonProperty("repetisjoner")
    public void setRepetisjoner(List<Long> value) { this.repetisjoner = value; }

    @JsonProperty("varslingstekst")
    public String getVarslingstekst() { return varslingstekst; }
    @JsonProperty("varslingstekst")
    public void setVarslingstekst(String value) { this.varslingstekst = value; }
}
