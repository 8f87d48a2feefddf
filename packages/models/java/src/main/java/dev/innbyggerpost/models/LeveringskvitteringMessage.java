// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * Delivery receipt: the mailbox has made the letter available, or the print service has it
 * ready for posting.
 */
public class LeveringskvitteringMessage {
    private LeveringskvitteringDocument standardBusinessDocument;

    @JsonProperty("standardBusinessDocument")
    public LeveringskvitteringDocument getStandardBusinessDocument() { return standardBusinessDocument; }
    @JsonProperty("standardBusinessDocument")
    public void setStandardBusinessDocument(LeveringskvitteringDocument value) { this.standardBusinessDocument = value; }
}
