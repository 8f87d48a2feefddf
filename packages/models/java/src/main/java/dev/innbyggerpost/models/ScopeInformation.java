// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * Correlation information for a scope.
 */
public class ScopeInformation {
    private String expectedResponseDateTime;

    /**
     * When a response is expected (eFormidling: the delivery deadline; LEVETID_UTLOPT after it).
     */
    @JsonProperty("expectedResponseDateTime")
    public String getExpectedResponseDateTime() { return expectedResponseDateTime; }
    @JsonProperty("expectedResponseDateTime")
    public void setExpectedResponseDateTime(String value) { this.expectedResponseDateTime = value; }
}
