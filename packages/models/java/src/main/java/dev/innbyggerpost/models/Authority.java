// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import java.io.IOException;
import com.fasterxml.jackson.annotation.*;

public enum Authority {
    ISO6523_ACTORID_UPIS;

    @JsonValue
    public String toValue() {
        switch (this) {
            case ISO6523_ACTORID_UPIS: return "iso6523-actorid-upis";
        }
        return null;
    }

    @JsonCreator
    public static Authority forValue(String value) throws IOException {
        if (value.equals("iso6523-actorid-upis")) return ISO6523_ACTORID_UPIS;
        throw new IOException("Cannot deserialize Authority");
    }
}
