// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * Opening receipt: the citizen opened the letter (only when the sender asked for one).
 */
public class AapningskvitteringMessage {
    private AapningskvitteringDocument standardBusinessDocument;

    @JsonProperty("standardBusinessDocument")
    public AapningskvitteringDocument getStandardBusinessDocument() { return standardBusinessDocument; }
    @JsonProperty("standardBusinessDocument")
    public void setStandardBusinessDocument(AapningskvitteringDocument value) { this.standardBusinessDocument = value; }
}
