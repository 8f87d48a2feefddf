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
 * Routing and identification of one business document: who sends, who receives, what it is
 * and which conversation it belongs to.
 */
public class StandardBusinessDocumentHeader {
    private BusinessScope businessScope;
    private DocumentIdentification documentIdentification;
    private String headerVersion;
    private List<Partner> receiver;
    private List<Partner> sender;

    @JsonProperty("businessScope")
    public BusinessScope getBusinessScope() { return businessScope; }
    @JsonProperty("businessScope")
    public void setBusinessScope(BusinessScope value) { this.businessScope = value; }

    @JsonProperty("documentIdentification")
    public DocumentIdentification getDocumentIdentification() { return documentIdentification; }
    @JsonProperty("documentIdentification")
    public void setDocumentIdentification(DocumentIdentification value) { this.documentIdentification = value; }

    /**
     * Always "1.0" in DPI.
     */
    @JsonProperty("headerVersion")
    public String getHeaderVersion() { return headerVersion; }
    @JsonProperty("headerVersion")
    public void setHeaderVersion(String value) { this.headerVersion = value; }

    /**
     * The technical receiver: a mailbox provider, the print service, or (for receipts) the
     * original sender.
     */
    @JsonProperty("receiver")
    public List<Partner> getReceiver() { return receiver; }
    @JsonProperty("receiver")
    public void setReceiver(List<Partner> value) { this.receiver = value; }

    /**
     * The technical sender, who signs the message and receives every receipt.
     */
    @JsonProperty("sender")
    public List<Partner> getSender() { return sender; }
    @JsonProperty("sender")
    public void setSender(List<Partner> value) { this.sender = value; }
}
