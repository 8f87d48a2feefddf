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
 * The channel that failed.
 */
public enum Varslingskanal {
    EPOST, SMS;

    @JsonValue
    public String toValue() {
        switch (this) {
            case EPOST: return "epost";
            case SMS: return "sms";
        }
        return null;
    }

    @JsonCreator
    public static Varslingskanal forValue(String value) throws IOException {
        if (value.equals("epost")) return EPOST;
        if (value.equals("sms")) return SMS;
        throw new IOException("Cannot deserialize Varslingskanal");
    }
}
