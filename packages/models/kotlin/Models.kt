// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

// To parse the JSON, install jackson-module-kotlin and do:
//
//   val digitalMessage = DigitalMessage.fromJson(jsonString)
//   val utskriftMessage = UtskriftMessage.fromJson(jsonString)
//   val flyttetMessage = FlyttetMessage.fromJson(jsonString)
//   val feilMessage = FeilMessage.fromJson(jsonString)
//   val leveringskvitteringMessage = LeveringskvitteringMessage.fromJson(jsonString)
//   val aapningskvitteringMessage = AapningskvitteringMessage.fromJson(jsonString)
//   val varslingfeiletkvitteringMessage = VarslingfeiletkvitteringMessage.fromJson(jsonString)
//   val mottakskvitteringMessage = MottakskvitteringMessage.fromJson(jsonString)
//   val returpostkvitteringMessage = ReturpostkvitteringMessage.fromJson(jsonString)

package dev.innbyggerpost.models

import com.fasterxml.jackson.annotation.*
import com.fasterxml.jackson.core.*
import com.fasterxml.jackson.databind.*
import com.fasterxml.jackson.databind.deser.std.StdDeserializer
import com.fasterxml.jackson.databind.module.SimpleModule
import com.fasterxml.jackson.databind.node.*
import com.fasterxml.jackson.databind.ser.std.StdSerializer
import com.fasterxml.jackson.module.kotlin.*


@Suppress("UNCHECKED_CAST")
private fun <T> ObjectMapper.convert(k: kotlin.reflect.KClass<*>, fromJson: (JsonNode) -> T, toJson: (T) -> String, isUnion: Boolean = false) = registerModule(SimpleModule().apply {
    addSerializer(k.java as Class<T>, object : StdSerializer<T>(k.java as Class<T>) {
            override fun serialize(value: T, gen: JsonGenerator, provider: SerializerProvider) = gen.writeRawValue(toJson(value))
    })
    addDeserializer(k.java as Class<T>, object : StdDeserializer<T>(k.java as Class<T>) {
            override fun deserialize(p: JsonParser, ctxt: DeserializationContext) = fromJson(p.readValueAsTree())
    })
})

val mapper = jacksonObjectMapper().apply {
    propertyNamingStrategy = PropertyNamingStrategy.LOWER_CAMEL_CASE
    setSerializationInclusion(JsonInclude.Include.NON_NULL)
    convert(Authority::class,            { Authority.fromValue(it.asText()) },            { "\"${it.value}\"" })
    convert(Posttype::class,             { Posttype.fromValue(it.asText()) },             { "\"${it.value}\"" })
    convert(Returposthaandtering::class, { Returposthaandtering.fromValue(it.asText()) }, { "\"${it.value}\"" })
    convert(Utskriftstype::class,        { Utskriftstype.fromValue(it.asText()) },        { "\"${it.value}\"" })
    convert(Feiltype::class,             { Feiltype.fromValue(it.asText()) },             { "\"${it.value}\"" })
    convert(Varslingskanal::class,       { Varslingskanal.fromValue(it.asText()) },       { "\"${it.value}\"" })
    convert(Varsler::class,              { Varsler.fromJson(it) },                        { it.toJson() }, true)
}

/**
 * A letter to a citizen's digital mailbox (Digipost, e-Boks).
 */
data class DigitalMessage (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocument: DigitalDocument
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<DigitalMessage>(json)
    }
}

data class DigitalDocument (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val digital: Digital,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocumentHeader: StandardBusinessDocumentHeader
)

/**
 * The digital letter: sender, recipient mailbox, package digest, authorisation and
 * presentation.
 */
data class Digital (
    val aapningskvittering: Boolean? = null,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val avsender: Avsender,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val ikkesensitivtittel: String,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val maskinportentoken: String,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mottaker: Personmottaker,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val sikkerhetsnivaa: Long,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val spraak: String,

    val varsler: Varsler? = null,
    val virkningsdato: String? = null,
    val virkningstidspunkt: String? = null
)

/**
 * The organisation responsible for the letter (behandlingsansvarlig); in receipts, the
 * party issuing the receipt.
 */
data class Avsender (
    val avsenderidentifikator: String? = null,

    /**
     * The sender's invoice reference.
     */
    val fakturaReferanse: String? = null,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val virksomhetsidentifikator: Virksomhetsidentifikator
)

/**
 * An organisation identifier: ISO 6523 ICD, colon, identifier ("0192:<organisation
 * number>").
 */
data class Virksomhetsidentifikator (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val authority: Authority,

    /**
     * The wire pattern is unanchored, as upstream; the strict profile anchors it.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val value: String
)

enum class Authority(val value: String) {
    Iso6523ActoridUpis("iso6523-actorid-upis");

    companion object {
        fun fromValue(value: String): Authority = when (value) {
            "iso6523-actorid-upis" -> Iso6523ActoridUpis
            else                   -> throw IllegalArgumentException()
        }
    }
}

/**
 * Digest of the encrypted document package (SHA-256 over the CMS bytes, standard base64).
 */
data class Dokumentpakkefingeravtrykk (
    /**
     * The digest algorithm URI: http://www.w3.org/2001/04/xmlenc#sha256.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val digestMethod: String,

    /**
     * Standard base64 of the digest.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val digestValue: String
)

/**
 * The citizen receiving a digital letter, by mailbox address.
 */
data class Personmottaker (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val postkasseadresse: String
)

/**
 * Notifications the mailbox sends the citizen. Upstream gives this no type; the strict
 * profile requires an object.
 */
sealed class Varsler {
    class AnythingArrayValue(val value: List<Any?>)  : Varsler()
    class BoolValue(val value: Boolean)              : Varsler()
    class DoubleValue(val value: Double)             : Varsler()
    class IntegerValue(val value: Long)              : Varsler()
    class StringValue(val value: String)             : Varsler()
    class VarslerClassValue(val value: VarslerClass) : Varsler()
    class NullValue()                                : Varsler()

    fun toJson(): String = mapper.writeValueAsString(when (this) {
        is AnythingArrayValue -> this.value
        is BoolValue          -> this.value
        is DoubleValue        -> this.value
        is IntegerValue       -> this.value
        is StringValue        -> this.value
        is VarslerClassValue  -> this.value
        is NullValue          -> "null"
    })

    companion object {
        fun fromJson(jn: JsonNode): Varsler = when (jn) {
            is ArrayNode            -> AnythingArrayValue(mapper.treeToValue(jn))
            is BooleanNode          -> BoolValue(mapper.treeToValue(jn))
            is DoubleNode           -> DoubleValue(mapper.treeToValue(jn))
            is IntNode, is LongNode -> IntegerValue(mapper.treeToValue(jn))
            is TextNode             -> StringValue(mapper.treeToValue(jn))
            is ObjectNode           -> VarslerClassValue(mapper.treeToValue(jn))
            null                    -> NullValue()
            else                    -> throw IllegalArgumentException()
        }
    }
}

data class VarslerClass (
    val epostvarsel: Epostvarsel? = null,
    val smsvarsel: Smsvarsel? = null
)

/**
 * An e-mail notification.
 */
data class Epostvarsel (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val epostadresse: String,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val repetisjoner: List<Long>,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val varslingstekst: String
)

/**
 * An SMS notification.
 */
data class Smsvarsel (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mobiltelefonnummer: String,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val repetisjoner: List<Long>,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val varslingstekst: String
)

/**
 * Routing and identification of one business document: who sends, who receives, what it is
 * and which conversation it belongs to.
 */
data class StandardBusinessDocumentHeader (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val businessScope: BusinessScope,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val documentIdentification: DocumentIdentification,

    /**
     * Always "1.0" in DPI.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val headerVersion: String,

    /**
     * The technical receiver: a mailbox provider, the print service, or (for receipts) the
     * original sender.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val receiver: List<Partner>,

    /**
     * The technical sender, who signs the message and receives every receipt.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val sender: List<Partner>
)

/**
 * The scopes the document belongs to; DPI uses one scope of type ConversationId.
 */
data class BusinessScope (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val scope: List<Scope>
)

/**
 * One scope. For DPI: type ConversationId, the conversation id and the DPI process
 * identifier.
 */
data class Scope (
    /**
     * The process identifier (a DPI process URN).
     */
    val identifier: String? = null,

    /**
     * The conversation id: created by the sender, reused by every receipt and error in the
     * conversation.
     */
    val instanceIdentifier: String? = null,

    val scopeInformation: List<ScopeInformation>? = null,

    /**
     * Scope type, "ConversationId" in DPI (eFormidling also uses SenderRef, ReceiverRef and
     * others).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val type: String
)

/**
 * Correlation information for a scope.
 */
data class ScopeInformation (
    /**
     * When a response is expected (eFormidling: the delivery deadline; LEVETID_UTLOPT after it).
     */
    val expectedResponseDateTime: String? = null
)

/**
 * What the document is: its standard, type, version, id and creation time.
 */
data class DocumentIdentification (
    /**
     * When the document was created, with a time zone offset.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val creationDateAndTime: String,

    /**
     * The message id: unique per message, created by the sender of that message.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val instanceIdentifier: String,

    /**
     * The document-type URN, e.g.
     * urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:digital::1.0.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standard: String,

    /**
     * The payload key (digital, utskrift, flyttet, feil, leveringskvittering, ...).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val type: String,

    /**
     * "1.0" in DPI.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val typeVersion: String
)

/**
 * A sender or receiver in the header.
 */
data class Partner (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val identifier: PartnerIdentification
)

/**
 * Identifies a party: authority iso6523-actorid-upis and value 0192:<organisation number>
 * for organisations.
 */
data class PartnerIdentification (
    /**
     * The identifier scheme, "iso6523-actorid-upis" for organisation numbers.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val authority: String,

    /**
     * The identifier, "0192:<organisation number>" for Norwegian organisations.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val value: String
)

/**
 * A letter to be printed and posted by the print service.
 */
data class UtskriftMessage (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocument: UtskriftDocument
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<UtskriftMessage>(json)
    }
}

data class UtskriftDocument (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocumentHeader: StandardBusinessDocumentHeader,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val utskrift: Utskrift
)

/**
 * The print letter: sender, postal address, package digest, authorisation, colour, return
 * handling and postage class.
 */
data class Utskrift (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val avsender: Avsender,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val maskinportentoken: String,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mottaker: AdresseInformasjon,

    val posttype: Posttype? = null,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val retur: Retur,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val utskriftstype: Utskriftstype
)

/**
 * A postal address: Norwegian (postnummer and poststed) or foreign (land or landkode). The
 * oneOf is kept exactly as upstream, so a Norwegian address that also names a land is
 * refused.
 */
data class AdresseInformasjon (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val adresselinje1: String,

    val adresselinje2: String? = null,
    val adresselinje3: String? = null,
    val adresselinje4: String? = null,
    val land: String? = null,

    /**
     * ISO 3166-1 alpha-2 country code.
     */
    val landkode: String? = null,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val navn: String,

    val postnummer: String? = null,
    val poststed: String? = null
)

/**
 * A = A-prioritert, B = B-økonomi.
 */
enum class Posttype(val value: String) {
    A("A"),
    B("B");

    companion object {
        fun fromValue(value: String): Posttype = when (value) {
            "A"  -> A
            "B"  -> B
            else -> throw IllegalArgumentException()
        }
    }
}

/**
 * Where returned letters go and how they are handled.
 */
data class Retur (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mottaker: AdresseInformasjon,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val returposthaandtering: Returposthaandtering
)

/**
 * DIREKTE_RETUR: back to the return address. MAKULERING_MED_MELDING: scanned, reported
 * (returpostkvittering) and shredded.
 */
enum class Returposthaandtering(val value: String) {
    DirekteRetur("DIREKTE_RETUR"),
    MakuleringMedMelding("MAKULERING_MED_MELDING");

    companion object {
        fun fromValue(value: String): Returposthaandtering = when (value) {
            "DIREKTE_RETUR"          -> DirekteRetur
            "MAKULERING_MED_MELDING" -> MakuleringMedMelding
            else                     -> throw IllegalArgumentException()
        }
    }
}

/**
 * Black and white or colour printing.
 */
enum class Utskriftstype(val value: String) {
    Farge("FARGE"),
    SortHvit("SORT_HVIT");

    companion object {
        fun fromValue(value: String): Utskriftstype = when (value) {
            "FARGE"     -> Farge
            "SORT_HVIT" -> SortHvit
            else        -> throw IllegalArgumentException()
        }
    }
}

/**
 * A digital letter moved from one mailbox provider to another when the citizen changes
 * provider (provider to provider only).
 */
data class FlyttetMessage (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocument: FlyttetDocument
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<FlyttetMessage>(json)
    }
}

data class FlyttetDocument (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val flyttet: Flyttet,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocumentHeader: StandardBusinessDocumentHeader
)

/**
 * The moved letter: the original letter's fields plus when it was received and whether it
 * was opened.
 */
data class Flyttet (
    /**
     * Whether the citizen had already opened the letter.
     */
    val aapnet: Boolean? = null,

    val aapningskvittering: Boolean? = null,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val avsender: Avsender,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val ikkesensitivtittel: String,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val maskinportentoken: String,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mottaker: Personmottaker,

    /**
     * The date the first mailbox received the letter (a date, despite the name).
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mottakstidspunkt: String,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val sikkerhetsnivaa: Long,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val spraak: String,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val tidspunkt: String,

    val varsler: Varsler? = null,
    val virkningsdato: String? = null,
    val virkningstidspunkt: String? = null
)

/**
 * Error from a mailbox or the print service about a letter that cannot be handled.
 */
data class FeilMessage (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocument: FeilDocument
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<FeilMessage>(json)
    }
}

data class FeilDocument (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val feil: Feil,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocumentHeader: StandardBusinessDocumentHeader
)

/**
 * The error: who reports it, for whom, when, whose fault, and details.
 */
data class Feil (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val avsender: Avsender,

    /**
     * Details of the error.
     */
    val detaljer: String? = null,

    /**
     * KLIENT: the sender must fix its input and send a new message. SERVER: a fault in the
     * infrastructure or at the provider.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val feiltype: Feiltype,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mottaker: Virksomhetmottaker,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val tidspunkt: String
)

/**
 * KLIENT: the sender must fix its input and send a new message. SERVER: a fault in the
 * infrastructure or at the provider.
 */
enum class Feiltype(val value: String) {
    Klient("KLIENT"),
    Server("SERVER");

    companion object {
        fun fromValue(value: String): Feiltype = when (value) {
            "KLIENT" -> Klient
            "SERVER" -> Server
            else     -> throw IllegalArgumentException()
        }
    }
}

/**
 * An organisation receiving a receipt or error: the original sender. The wire schema leaves
 * this object open.
 */
data class Virksomhetmottaker (
    val motakeridentifikator: String? = null,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val virksomhetsidentifikator: Virksomhetsidentifikator
)

/**
 * Delivery receipt: the mailbox has made the letter available, or the print service has it
 * ready for posting.
 */
data class LeveringskvitteringMessage (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocument: LeveringskvitteringDocument
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<LeveringskvitteringMessage>(json)
    }
}

data class LeveringskvitteringDocument (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val leveringskvittering: Kvittering,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocumentHeader: StandardBusinessDocumentHeader
)

/**
 * A receipt: who issues it, whom it is for, and when.
 */
data class Kvittering (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val avsender: Avsender,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mottaker: Virksomhetmottaker,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val tidspunkt: String
)

/**
 * Opening receipt: the citizen opened the letter (only when the sender asked for one).
 */
data class AapningskvitteringMessage (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocument: AapningskvitteringDocument
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<AapningskvitteringMessage>(json)
    }
}

data class AapningskvitteringDocument (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val aapningskvittering: Kvittering,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocumentHeader: StandardBusinessDocumentHeader
)

/**
 * Notification-failed receipt: one notification on one channel could not be sent. The
 * letter itself stays available.
 */
data class VarslingfeiletkvitteringMessage (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocument: VarslingfeiletkvitteringDocument
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<VarslingfeiletkvitteringMessage>(json)
    }
}

data class VarslingfeiletkvitteringDocument (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocumentHeader: StandardBusinessDocumentHeader,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val varslingfeiletkvittering: Varslingfeiletkvittering
)

/**
 * Which notification channel failed, and why.
 */
data class Varslingfeiletkvittering (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val avsender: Avsender,

    /**
     * Free-text description of the failure.
     */
    val beskrivelse: String? = null,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mottaker: Virksomhetmottaker,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val tidspunkt: String,

    /**
     * The channel that failed.
     */
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val varslingskanal: Varslingskanal
)

/**
 * The channel that failed.
 */
enum class Varslingskanal(val value: String) {
    Epost("epost"),
    SMS("sms");

    companion object {
        fun fromValue(value: String): Varslingskanal = when (value) {
            "epost" -> Epost
            "sms"   -> SMS
            else    -> throw IllegalArgumentException()
        }
    }
}

/**
 * Reception receipt: the print service received and validated the letter and queued it for
 * printing.
 */
data class MottakskvitteringMessage (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocument: MottakskvitteringDocument
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<MottakskvitteringMessage>(json)
    }
}

data class MottakskvitteringDocument (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val mottakskvittering: Kvittering,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocumentHeader: StandardBusinessDocumentHeader
)

/**
 * Returned-mail receipt: the printed letter came back, was registered and shredded (only
 * with MAKULERING_MED_MELDING).
 */
data class ReturpostkvitteringMessage (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocument: ReturpostkvitteringDocument
) {
    fun toJson() = mapper.writeValueAsString(this)

    companion object {
        fun fromJson(json: String) = mapper.readValue<ReturpostkvitteringMessage>(json)
    }
}

data class ReturpostkvitteringDocument (
    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val returpostkvittering: Kvittering,

    @get:JsonProperty(required=true)@field:JsonProperty(required=true)
    val standardBusinessDocumentHeader: StandardBusinessDocumentHeader
)
