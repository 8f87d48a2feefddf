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
 * DIREKTE_RETUR: back to the return address. MAKULERING_MED_MELDING: scanned, reported
 * (returpostkvittering) and shredded.
 */
public enum Returposthaandtering {
    DIREKTE_RETUR, MAKULERING_MED_MELDING;

    @JsonValue
    public String toValue() {
        switch (this) {
            case DIREKTE_RETUR: return "DIREKTE_RETUR";
            case MAKULERING_MED_MELDING: return "MAKULERING_MED_MELDING";
        }
        return null;
    }

    @JsonCreator
    public static Returposthaandtering forValue(String value) throws IOException {
        if (value.equals("DIREKTE_RETUR")) return DIREKTE_RETUR;
        if (value.equals("MAKULERING_MED_MELDING")) return MAKULERING_MED_MELDING;
        throw new IOException("Cannot deserialize Returposthaandtering");
    }
}
