// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * What the document is: its standard, type, version, id and creation time.
 */
public class DocumentIdentification {
    private String creationDateAndTime;
    private String instanceIdentifier;
    private String standard;
    private String type;
    private String typeVersion;

    /**
     * When the document was created, with a time zone offset.
     */
    @JsonProperty("creationDateAndTime")
    public String getCreationDateAndTime() { return creationDateAndTime; }
    @JsonProperty("creationDateAndTime")
    public void setCreationDateAndTime(String value) { this.creationDateAndTime = value; }

    /**
     * The message id: unique per message, created by the sender of that message.
     */
    @JsonProperty("instanceIdentifier")
    public String getInstanceIdentifier() { return instanceIdentifier; }
    @JsonProperty("instanceIdentifier")
    public void setInstanceIdentifier(String value) { this.instanceIdentifier = value; }

    /**
     * The document-type URN, e.g.
     * urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:digital::1.0.
     */
    @JsonProperty("standard")
    public String getStandard() { return standard; }
    @JsonProperty("standard")
    public void setStandard(String value) { this.standard = value; }

    /**
     * The payload key (digital, utskrift, flyttet, feil, leveringskvittering, ...).
     */
    @JsonProperty("type")
    public String getType() { return type; }
    @JsonProperty("type")
    public void setType(String value) { this.type = value; }

    /**
     * "1.0" in DPI.
     */
    @JsonProperty("typeVersion")
    public String getTypeVersion() { return typeVersion; }
    @JsonProperty("typeVersion")
    public void setTypeVersion(String value) { this.typeVersion = value; }
}
