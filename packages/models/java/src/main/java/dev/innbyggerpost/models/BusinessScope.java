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
 * The scopes the document belongs to; DPI uses one scope of type ConversationId.
 */
public class BusinessScope {
    private List<Scope> scope;

    @JsonProperty("scope")
    public List<Scope> getScope() { return scope; }
    @JsonProperty("scope")
    public void setScope(List<Scope> value) { this.scope = value; }
}
