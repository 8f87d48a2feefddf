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
 * The digital letter: sender, recipient mailbox, package digest, authorisation and
 * presentation.
 */
public class Digital {
    private Boolean aapningskvittering;
    private Avsender avsender;
    private Dokumentpakkefingeravtrykk dokumentpakkefingeravtrykk;
    private String ikkesensitivtittel;
    private String maskinportentoken;
    private Personmottaker mottaker;
    private long sikkerhetsnivaa;
    private String spraak;
    private Varsler varsler;
    private String virkningsdato;
    private String virkningstidspunkt;

    @JsonProperty("aapningskvittering")
    public Boolean getAapningskvittering() { return aapningskvittering; }
    @JsonProperty("aapningskvittering")
    public void setAapningskvittering(Boolean value) { this.aapningskvittering = value; }

    @JsonProperty("avsender")
    public Avsender getAvsender() { return avsender; }
    @JsonProperty("avsender")
    public void setAvsender(Avsender value) { this.avsender = value; }

    @JsonProperty("dokumentpakkefingeravtrykk")
    public Dokumentpakkefingeravtrykk getDokumentpakkefingeravtrykk() { return dokumentpakkefingeravtrykk; }
    @JsonProperty("dokumentpakkefingeravtrykk")
    public void setDokumentpakkefingeravtrykk(Dokumentpakkefingeravtrykk value) { this.dokumentpakkefingeravtrykk = value; }

    @JsonProperty("ikkesensitivtittel")
    public String getIkkesensitivtittel() { return ikkesensitivtittel; }
    @JsonProperty("ikkesensitivtittel")
    public void setIkkesensitivtittel(String value) { this.ikkesensitivtittel = value; }

    @JsonProperty("maskinportentoken")
    public String getMaskinportentoken() { return maskinportentoken; }
    @JsonProperty("maskinportentoken")
    public void setMaskinportentoken(String value) { this.maskinportentoken = value; }

    @JsonProperty("mottaker")
    public Personmottaker getMottaker() { return mottaker; }
    @JsonProperty("mottaker")
    public void setMottaker(Personmottaker value) { this.mottaker = value; }

    @JsonProperty("sikkerhetsnivaa")
    public long getSikkerhetsnivaa() { return sikkerhetsnivaa; }
    @JsonProperty("sikkerhetsnivaa")
    public void setSikkerhetsnivaa(long value) { this.sikkerhetsnivaa = value; }

    @JsonProperty("spraak")
    public String getSpraak() { return spraak; }
    @JsonProperty("spraak")
    public void setSpraak(String value) { this.spraak = value; }

    @JsonProperty("varsler")
    public Varsler getVarsler() { return varsler; }
    @JsonProperty("varsler")
    public void setVarsler(Varsler value) { this.varsler = value; }

    @JsonProperty("virkningsdato")
    public String getVirkningsdato() { return virkningsdato; }
    @JsonProperty("virkningsdato")
    public void setVirkningsdato(String value) { this.virkningsdato = value; }

    @JsonProperty("virkningstidspunkt")
    public String getVirkningstidspunkt() { return virkningstidspunkt; }
    @JsonProperty("virkningstidspunkt")
    public void setVirkningstidspunkt(String value) { this.virkningstidspunkt = value; }
}
