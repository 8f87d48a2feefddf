// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

public class ReturpostkvitteringDocument {
    private Kvittering returpostkvittering;
    private StandardBusinessDocumentHeader standardBusinessDocumentHeader;

    @JsonProperty("returpostkvittering")
    public Kvittering getReturpostkvittering() { return returpostkvittering; }
    @JsonProperty("returpostkvittering")
    public void setReturpostkvittering(Kvittering value) { this.returpostkvittering = value; }

    @JsonProperty("standardBusinessDocumentHeader")
    public StandardBusinessDocumentHeader getStandardBusinessDocumentHeader() { return standardBusinessDocumentHeader; }
    @JsonProperty("standardBusinessDocumentHeader")
    public void setStandardBusinessDocumentHeader(StandardBusinessDocumentHeader value) { this.standardBusinessDocumentHeader = value; }
}
