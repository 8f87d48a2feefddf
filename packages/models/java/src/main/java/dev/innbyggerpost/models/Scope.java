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
 * One scope. For DPI: type ConversationId, the conversation id and the DPI process
 * identifier.
 */
public class Scope {
    private String identifier;
    private String instanceIdentifier;
    private List<ScopeInformation> scopeInformation;
    private String type;

    /**
     * The process identifier (a DPI process URN).
     */
    @JsonProperty("identifier")
    public String getIdentifier() { return identifier; }
    @JsonProperty("identifier")
    public void setIdentifier(String value) { this.identifier = value; }

    /**
     * The conversation id: created by the sender, reused by every receipt and error in the
     * conversation.
     */
    @JsonProperty("instanceIdentifier")
    public String getInstanceIdentifier() { return instanceIdentifier; }
    @JsonProperty("instanceIdentifier")
    public void setInstanceIdentifier(String value) { this.instanceIdentifier = value; }

    @JsonProperty("scopeInformation")
    public List<ScopeInformation> getScopeInformation() { return scopeInformation; }
    @JsonProperty("scopeInformation")
    public void setScopeInformation(List<ScopeInformation> value) { this.scopeInformation = value; }

    /**
     * Scope type, "ConversationId" in DPI (eFormidling also uses SenderRef, ReceiverRef and
     * others).
     */
    @JsonProperty("type")
    public String getType() { return type; }
    @JsonProperty("type")
    public void setType(String value) { this.type = value; }
}
