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
 * KLIENT: the sender must fix its input and send a new message. SERVER: a fault in the
 * infrastructure or at the provider.
 */
public enum Feiltype {
    KLIENT, SERVER;

    @JsonValue
    public String toValue() {
        switch (this) {
            case KLIENT: return "KLIENT";
            case SERVER: return "SERVER";
        }
        return null;
    }

    @JsonCreator
    public static Feiltype forValue(String value) throws IOException {
        if (value.equals("KLIENT")) return KLIENT;
        if (value.equals("SERVER")) return SERVER;
        throw new IOException("Cannot deserialize Feiltype");
    }
}
