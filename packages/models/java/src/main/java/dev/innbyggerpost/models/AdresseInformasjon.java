// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

package dev.innbyggerpost.models;

import com.fasterxml.jackson.annotation.*;

/**
 * A postal address: Norwegian (postnummer and poststed) or foreign (land or landkode). The
 * oneOf is kept exactly as upstream, so a Norwegian address that also names a land is
 * refused.
 */
public class AdresseInformasjon {
    private String adresselinje1;
    private String adresselinje2;
    private String adresselinje3;
    private String adresselinje4;
    private String land;
    private String landkode;
    private String navn;
    private String postnummer;
    private String poststed;

    @JsonProperty("adresselinje1")
    public String getAdresselinje1() { return adresselinje1; }
    @JsonProperty("adresselinje1")
    public void setAdresselinje1(String value) { this.adresselinje1 = value; }

    @JsonProperty("adresselinje2")
    public String getAdresselinje2() { return adresselinje2; }
    @JsonProperty("adresselinje2")
    public void setAdresselinje2(String value) { this.adresselinje2 = value; }

    @JsonProperty("adresselinje3")
    public String getAdresselinje3() { return adresselinje3; }
    @JsonProperty("adresselinje3")
    public void setAdresselinje3(String value) { this.adresselinje3 = value; }

    @JsonProperty("adresselinje4")
    public String getAdresselinje4() { return adresselinje4; }
    @JsonProperty("adresselinje4")
    public void setAdresselinje4(String value) { this.adresselinje4 = value; }

    @JsonProperty("land")
    public String getLand() { return land; }
    @JsonProperty("land")
    public void setLand(String value) { this.land = value; }

    /**
     * ISO 3166-1 alpha-2 country code.
     */
    @JsonProperty("landkode")
    public String getLandkode() { return landkode; }
    @JsonProperty("landkode")
    public void setLandkode(String value) { this.landkode = value; }

    @JsonProperty("navn")
    public String getNavn() { return navn; }
    @JsonProperty("navn")
    public void setNavn(String value) { this.navn = value; }

    @JsonProperty("postnummer")
    public String getPostnummer() { return postnummer; }
    @JsonProperty("postnummer")
    public void setPostnummer(String value) { this.postnummer = value; }

    @JsonProperty("poststed")
    public String getPoststed() { return poststed; }
    @JsonProperty("poststed")
    public void setPoststed(String value) { this.poststed = value; }
}
