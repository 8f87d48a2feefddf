// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

/**
 * Black and white or colour printing.
 */
public enum Utskriftstype {
    FARGE, SORT_HVIT;

    @JsonValue
    public String toValue() {
        switch (this) {
            case FARGE: return "FARGE";
            case SORT_HVIT: return "SORT_HVIT";
        }
        return null;
    }

    @JsonCreator
    public static Utskriftstype forValue(String value) throws IOException {
        if (value.equals("FARGE")) return FARGE;
        if (value.equals("SORT_HVIT")) return SORT_HVIT;
        throw new IOException("Cannot deserialize Utskriftstype");
    }
}
