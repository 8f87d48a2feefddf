// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * The print letter: sender, postal address, package digest, authorisation, colour, return
 * handling and postage class.
 */
public class Utskrift {
    private Avsender avsender;
    private Dokumentpakkefingeravtrykk dokumentpakkefingeravtrykk;
    private String maskinportentoken;
    private AdresseInformasjon mottaker;
    private Posttype posttype;
    private Retur retur;
    private Utskriftstype utskriftstype;

    @JsonProperty("avsender")
    public Avsender getAvsender() { return avsender; }
    @JsonProperty("avsender")
    public void setAvsender(Avsender value) { this.avsender = value; }

    @JsonProperty("dokumentpakkefingeravtrykk")
    public Dokumentpakkefingeravtrykk getDokumentpakkefingeravtrykk() { return dokumentpakkefingeravtrykk; }
    @JsonProperty("dokumentpakkefingeravtrykk")
    public void setDokumentpakkefingeravtrykk(Dokumentpakkefingeravtrykk value) { this.dokumentpakkefingeravtrykk = value; }

    @JsonProperty("maskinportentoken")
    public String getMaskinportentoken() { return maskinportentoken; }
    @JsonProperty("maskinportentoken")
    public void setMaskinportentoken(String value) { this.maskinportentoken = value; }

    @JsonProperty("mottaker")
    public AdresseInformasjon getMottaker() { return mottaker; }
    @JsonProperty("mottaker")
    public void setMottaker(AdresseInformasjon value) { this.mottaker = value; }

    @JsonProperty("posttype")
    public Posttype getPosttype() { return posttype; }
    @JsonProperty("posttype")
    public void setPosttype(Posttype value) { this.posttype = value; }

    @JsonProperty("retur")
    public Retur getRetur() { return retur; }
    @JsonProperty("retur")
    public void setRetur(Retur value) { this.retur = value; }

    @JsonProperty("utskriftstype")
    public Utskriftstype getUtskriftstype() { return utskriftstype; }
    @JsonProperty("utskriftstype")
    public void setUtskriftstype(Utskriftstype value) { this.utskriftstype = value; }
}
