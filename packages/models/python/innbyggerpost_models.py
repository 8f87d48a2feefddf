# generated — do not edit.
# Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
#   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
#   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
#   schemas/dpi/varslingfeiletkvittering.schema.json
# Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.

from enum import Enum
from dataclasses import dataclass
from typing import Any, Optional, List, Union, TypeVar, Type, cast, Callable


T = TypeVar("T")
EnumT = TypeVar("EnumT", bound=Enum)


def from_str(x: Any) -> str:
    assert isinstance(x, str)
    return x


def to_enum(c: Type[EnumT], x: Any) -> EnumT:
    assert isinstance(x, c)
    return x.value


def from_none(x: Any) -> Any:
    assert x is None
    return x


def from_union(fs, x):
    for f in fs:
        try:
            return f(x)
        except:
            pass
    assert False


def to_class(c: Type[T], x: Any) -> dict:
    assert isinstance(x, c)
    return cast(Any, x).to_dict()


def from_list(f: Callable[[Any], T], x: Any) -> List[T]:
    assert isinstance(x, list)
    return [f(y) for y in x]


def from_int(x: Any) -> int:
    assert isinstance(x, int) and not isinstance(x, bool)
    return x


def from_bool(x: Any) -> bool:
    assert isinstance(x, bool)
    return x


def from_float(x: Any) -> float:
    assert isinstance(x, (float, int)) and not isinstance(x, bool)
    return float(x)


def to_float(x: Any) -> float:
    assert isinstance(x, (int, float))
    return x


class Authority(Enum):
    ISO6523_ACTORID_UPIS = "iso6523-actorid-upis"


@dataclass(kw_only=True)
class Virksomhetsidentifikator:
    """An organisation identifier: ISO 6523 ICD, colon, identifier ("0192:<organisation
    number>").
    """
    authority: Authority
    value: str
    """The wire pattern is unanchored, as upstream; the strict profile anchors it."""

    @staticmethod
    def from_dict(obj: Any) -> 'Virksomhetsidentifikator':
        assert isinstance(obj, dict)
        authority = Authority(obj.get("authority"))
        value = from_str(obj.get("value"))
        return Virksomhetsidentifikator(authority=authority, value=value)

    def to_dict(self) -> dict:
        result: dict = {}
        result["authority"] = to_enum(Authority, self.authority)
        result["value"] = from_str(self.value)
        return result


@dataclass(kw_only=True)
class Avsender:
    """The organisation responsible for the letter (behandlingsansvarlig); in receipts, the
    party issuing the receipt.
    """
    virksomhetsidentifikator: Virksomhetsidentifikator
    avsenderidentifikator: Optional[str] = None
    faktura_referanse: Optional[str] = None
    """The sender's invoice reference."""

    @staticmethod
    def from_dict(obj: Any) -> 'Avsender':
        assert isinstance(obj, dict)
        virksomhetsidentifikator = Virksomhetsidentifikator.from_dict(obj.get("virksomhetsidentifikator"))
        avsenderidentifikator = from_union([from_str, from_none], obj.get("avsenderidentifikator"))
        faktura_referanse = from_union([from_str, from_none], obj.get("fakturaReferanse"))
        return Avsender(virksomhetsidentifikator=virksomhetsidentifikator, avsenderidentifikator=avsenderidentifikator, faktura_referanse=faktura_referanse)

    def to_dict(self) -> dict:
        result: dict = {}
        result["virksomhetsidentifikator"] = to_class(Virksomhetsidentifikator, self.virksomhetsidentifikator)
        if self.avsenderidentifikator is not None:
            result["avsenderidentifikator"] = from_union([from_str, from_none], self.avsenderidentifikator)
        if self.faktura_referanse is not None:
            result["fakturaReferanse"] = from_union([from_str, from_none], self.faktura_referanse)
        return result


@dataclass(kw_only=True)
class Dokumentpakkefingeravtrykk:
    """Digest of the encrypted document package (SHA-256 over the CMS bytes, standard base64)."""

    digest_method: str
    """The digest algorithm URI: http://www.w3.org/2001/04/xmlenc#sha256."""

    digest_value: str
    """Standard base64 of the digest."""

    @staticmethod
    def from_dict(obj: Any) -> 'Dokumentpakkefingeravtrykk':
        assert isinstance(obj, dict)
        digest_method = from_str(obj.get("digestMethod"))
        digest_value = from_str(obj.get("digestValue"))
        return Dokumentpakkefingeravtrykk(digest_method=digest_method, digest_value=digest_value)

    def to_dict(self) -> dict:
        result: dict = {}
        result["digestMethod"] = from_str(self.digest_method)
        result["digestValue"] = from_str(self.digest_value)
        return result


@dataclass(kw_only=True)
class Personmottaker:
    """The citizen receiving a digital letter, by mailbox address."""

    postkasseadresse: str

    @staticmethod
    def from_dict(obj: Any) -> 'Personmottaker':
        assert isinstance(obj, dict)
        postkasseadresse = from_str(obj.get("postkasseadresse"))
        return Personmottaker(postkasseadresse=postkasseadresse)

    def to_dict(self) -> dict:
        result: dict = {}
        result["postkasseadresse"] = from_str(self.postkasseadresse)
        return result


@dataclass(kw_only=True)
class Epostvarsel:
    """An e-mail notification."""

    epostadresse: str
    repetisjoner: List[int]
    varslingstekst: str

    @staticmethod
    def from_dict(obj: Any) -> 'Epostvarsel':
        assert isinstance(obj, dict)
        epostadresse = from_str(obj.get("epostadresse"))
        repetisjoner = from_list(from_int, obj.get("repetisjoner"))
        varslingstekst = from_str(obj.get("varslingstekst"))
        return Epostvarsel(epostadresse=epostadresse, repetisjoner=repetisjoner, varslingstekst=varslingstekst)

    def to_dict(self) -> dict:
        result: dict = {}
        result["epostadresse"] = from_str(self.epostadresse)
        result["repetisjoner"] = from_list(from_int, self.repetisjoner)
        result["varslingstekst"] = from_str(self.varslingstekst)
        return result


@dataclass(kw_only=True)
class Smsvarsel:
    """An SMS notification."""

    mobiltelefonnummer: str
    repetisjoner: List[int]
    varslingstekst: str

    @staticmethod
    def from_dict(obj: Any) -> 'Smsvarsel':
        assert isinstance(obj, dict)
        mobiltelefonnummer = from_str(obj.get("mobiltelefonnummer"))
        repetisjoner = from_list(from_int, obj.get("repetisjoner"))
        varslingstekst = from_str(obj.get("varslingstekst"))
        return Smsvarsel(mobiltelefonnummer=mobiltelefonnummer, repetisjoner=repetisjoner, varslingstekst=varslingstekst)

    def to_dict(self) -> dict:
        result: dict = {}
        result["mobiltelefonnummer"] = from_str(self.mobiltelefonnummer)
        result["repetisjoner"] = from_list(from_int, self.repetisjoner)
        result["varslingstekst"] = from_str(self.varslingstekst)
        return result


@dataclass(kw_only=True)
class VarslerClass:
    epostvarsel: Optional[Epostvarsel] = None
    smsvarsel: Optional[Smsvarsel] = None

    @staticmethod
    def from_dict(obj: Any) -> 'VarslerClass':
        assert isinstance(obj, dict)
        epostvarsel = from_union([Epostvarsel.from_dict, from_none], obj.get("epostvarsel"))
        smsvarsel = from_union([Smsvarsel.from_dict, from_none], obj.get("smsvarsel"))
        return VarslerClass(epostvarsel=epostvarsel, smsvarsel=smsvarsel)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.epostvarsel is not None:
            result["epostvarsel"] = from_union([lambda x: to_class(Epostvarsel, x), from_none], self.epostvarsel)
        if self.smsvarsel is not None:
            result["smsvarsel"] = from_union([lambda x: to_class(Smsvarsel, x), from_none], self.smsvarsel)
        return result


@dataclass(kw_only=True)
class Digital:
    """The digital letter: sender, recipient mailbox, package digest, authorisation and
    presentation.
    """
    avsender: Avsender
    dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk
    ikkesensitivtittel: str
    maskinportentoken: str
    mottaker: Personmottaker
    sikkerhetsnivaa: int
    spraak: str
    aapningskvittering: Optional[bool] = None
    varsler: Optional[Union[float, int, bool, str, List[Any], VarslerClass]] = None
    virkningsdato: Optional[str] = None
    virkningstidspunkt: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'Digital':
        assert isinstance(obj, dict)
        avsender = Avsender.from_dict(obj.get("avsender"))
        dokumentpakkefingeravtrykk = Dokumentpakkefingeravtrykk.from_dict(obj.get("dokumentpakkefingeravtrykk"))
        ikkesensitivtittel = from_str(obj.get("ikkesensitivtittel"))
        maskinportentoken = from_str(obj.get("maskinportentoken"))
        mottaker = Personmottaker.from_dict(obj.get("mottaker"))
        sikkerhetsnivaa = from_int(obj.get("sikkerhetsnivaa"))
        spraak = from_str(obj.get("spraak"))
        aapningskvittering = from_union([from_bool, from_none], obj.get("aapningskvittering"))
        varsler = from_union([from_none, from_float, from_int, from_bool, from_str, lambda x: from_list(lambda x: x, x), VarslerClass.from_dict], obj.get("varsler"))
        virkningsdato = from_union([from_str, from_none], obj.get("virkningsdato"))
        virkningstidspunkt = from_union([from_str, from_none], obj.get("virkningstidspunkt"))
        return Digital(avsender=avsender, dokumentpakkefingeravtrykk=dokumentpakkefingeravtrykk, ikkesensitivtittel=ikkesensitivtittel, maskinportentoken=maskinportentoken, mottaker=mottaker, sikkerhetsnivaa=sikkerhetsnivaa, spraak=spraak, aapningskvittering=aapningskvittering, varsler=varsler, virkningsdato=virkningsdato, virkningstidspunkt=virkningstidspunkt)

    def to_dict(self) -> dict:
        result: dict = {}
        result["avsender"] = to_class(Avsender, self.avsender)
        result["dokumentpakkefingeravtrykk"] = to_class(Dokumentpakkefingeravtrykk, self.dokumentpakkefingeravtrykk)
        result["ikkesensitivtittel"] = from_str(self.ikkesensitivtittel)
        result["maskinportentoken"] = from_str(self.maskinportentoken)
        result["mottaker"] = to_class(Personmottaker, self.mottaker)
        result["sikkerhetsnivaa"] = from_int(self.sikkerhetsnivaa)
        result["spraak"] = from_str(self.spraak)
        if self.aapningskvittering is not None:
            result["aapningskvittering"] = from_union([from_bool, from_none], self.aapningskvittering)
        if self.varsler is not None:
            result["varsler"] = from_union([from_none, to_float, from_int, from_bool, from_str, lambda x: from_list(lambda x: x, x), lambda x: to_class(VarslerClass, x)], self.varsler)
        if self.virkningsdato is not None:
            result["virkningsdato"] = from_union([from_str, from_none], self.virkningsdato)
        if self.virkningstidspunkt is not None:
            result["virkningstidspunkt"] = from_union([from_str, from_none], self.virkningstidspunkt)
        return result


@dataclass(kw_only=True)
class ScopeInformation:
    """Correlation information for a scope."""

    expected_response_date_time: Optional[str] = None
    """When a response is expected (eFormidling: the delivery deadline; LEVETID_UTLOPT after it)."""

    @staticmethod
    def from_dict(obj: Any) -> 'ScopeInformation':
        assert isinstance(obj, dict)
        expected_response_date_time = from_union([from_str, from_none], obj.get("expectedResponseDateTime"))
        return ScopeInformation(expected_response_date_time=expected_response_date_time)

    def to_dict(self) -> dict:
        result: dict = {}
        if self.expected_response_date_time is not None:
            result["expectedResponseDateTime"] = from_union([from_str, from_none], self.expected_response_date_time)
        return result


@dataclass(kw_only=True)
class Scope:
    """One scope. For DPI: type ConversationId, the conversation id and the DPI process
    identifier.
    """
    type: str
    """Scope type, "ConversationId" in DPI (eFormidling also uses SenderRef, ReceiverRef and
    others).
    """
    identifier: Optional[str] = None
    """The process identifier (a DPI process URN)."""

    instance_identifier: Optional[str] = None
    """The conversation id: created by the sender, reused by every receipt and error in the
    conversation.
    """
    scope_information: Optional[List[ScopeInformation]] = None

    @staticmethod
    def from_dict(obj: Any) -> 'Scope':
        assert isinstance(obj, dict)
        type = from_str(obj.get("type"))
        identifier = from_union([from_str, from_none], obj.get("identifier"))
        instance_identifier = from_union([from_str, from_none], obj.get("instanceIdentifier"))
        scope_information = from_union([lambda x: from_list(ScopeInformation.from_dict, x), from_none], obj.get("scopeInformation"))
        return Scope(type=type, identifier=identifier, instance_identifier=instance_identifier, scope_information=scope_information)

    def to_dict(self) -> dict:
        result: dict = {}
        result["type"] = from_str(self.type)
        if self.identifier is not None:
            result["identifier"] = from_union([from_str, from_none], self.identifier)
        if self.instance_identifier is not None:
            result["instanceIdentifier"] = from_union([from_str, from_none], self.instance_identifier)
        if self.scope_information is not None:
            result["scopeInformation"] = from_union([lambda x: from_list(lambda x: to_class(ScopeInformation, x), x), from_none], self.scope_information)
        return result


@dataclass(kw_only=True)
class BusinessScope:
    """The scopes the document belongs to; DPI uses one scope of type ConversationId."""

    scope: List[Scope]

    @staticmethod
    def from_dict(obj: Any) -> 'BusinessScope':
        assert isinstance(obj, dict)
        scope = from_list(Scope.from_dict, obj.get("scope"))
        return BusinessScope(scope=scope)

    def to_dict(self) -> dict:
        result: dict = {}
        result["scope"] = from_list(lambda x: to_class(Scope, x), self.scope)
        return result


@dataclass(kw_only=True)
class DocumentIdentification:
    """What the document is: its standard, type, version, id and creation time."""

    creation_date_and_time: str
    """When the document was created, with a time zone offset."""

    instance_identifier: str
    """The message id: unique per message, created by the sender of that message."""

    standard: str
    """The document-type URN, e.g.
    urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:digital::1.0.
    """
    type: str
    """The payload key (digital, utskrift, flyttet, feil, leveringskvittering, ...)."""

    type_version: str
    """"1.0" in DPI."""

    @staticmethod
    def from_dict(obj: Any) -> 'DocumentIdentification':
        assert isinstance(obj, dict)
        creation_date_and_time = from_str(obj.get("creationDateAndTime"))
        instance_identifier = from_str(obj.get("instanceIdentifier"))
        standard = from_str(obj.get("standard"))
        type = from_str(obj.get("type"))
        type_version = from_str(obj.get("typeVersion"))
        return DocumentIdentification(creation_date_and_time=creation_date_and_time, instance_identifier=instance_identifier, standard=standard, type=type, type_version=type_version)

    def to_dict(self) -> dict:
        result: dict = {}
        result["creationDateAndTime"] = from_str(self.creation_date_and_time)
        result["instanceIdentifier"] = from_str(self.instance_identifier)
        result["standard"] = from_str(self.standard)
        result["type"] = from_str(self.type)
        result["typeVersion"] = from_str(self.type_version)
        return result


@dataclass(kw_only=True)
class PartnerIdentification:
    """Identifies a party: authority iso6523-actorid-upis and value 0192:<organisation number>
    for organisations.
    """
    authority: str
    """The identifier scheme, "iso6523-actorid-upis" for organisation numbers."""

    value: str
    """The identifier, "0192:<organisation number>" for Norwegian organisations."""

    @staticmethod
    def from_dict(obj: Any) -> 'PartnerIdentification':
        assert isinstance(obj, dict)
        authority = from_str(obj.get("authority"))
        value = from_str(obj.get("value"))
        return PartnerIdentification(authority=authority, value=value)

    def to_dict(self) -> dict:
        result: dict = {}
        result["authority"] = from_str(self.authority)
        result["value"] = from_str(self.value)
        return result


@dataclass(kw_only=True)
class Partner:
    """A sender or receiver in the header."""

    identifier: PartnerIdentification

    @staticmethod
    def from_dict(obj: Any) -> 'Partner':
        assert isinstance(obj, dict)
        identifier = PartnerIdentification.from_dict(obj.get("identifier"))
        return Partner(identifier=identifier)

    def to_dict(self) -> dict:
        result: dict = {}
        result["identifier"] = to_class(PartnerIdentification, self.identifier)
        return result


@dataclass(kw_only=True)
class StandardBusinessDocumentHeader:
    """Routing and identification of one business document: who sends, who receives, what it is
    and which conversation it belongs to.
    """
    business_scope: BusinessScope
    document_identification: DocumentIdentification
    header_version: str
    """Always "1.0" in DPI."""

    receiver: List[Partner]
    """The technical receiver: a mailbox provider, the print service, or (for receipts) the
    original sender.
    """
    sender: List[Partner]
    """The technical sender, who signs the message and receives every receipt."""

    @staticmethod
    def from_dict(obj: Any) -> 'StandardBusinessDocumentHeader':
        assert isinstance(obj, dict)
        business_scope = BusinessScope.from_dict(obj.get("businessScope"))
        document_identification = DocumentIdentification.from_dict(obj.get("documentIdentification"))
        header_version = from_str(obj.get("headerVersion"))
        receiver = from_list(Partner.from_dict, obj.get("receiver"))
        sender = from_list(Partner.from_dict, obj.get("sender"))
        return StandardBusinessDocumentHeader(business_scope=business_scope, document_identification=document_identification, header_version=header_version, receiver=receiver, sender=sender)

    def to_dict(self) -> dict:
        result: dict = {}
        result["businessScope"] = to_class(BusinessScope, self.business_scope)
        result["documentIdentification"] = to_class(DocumentIdentification, self.document_identification)
        result["headerVersion"] = from_str(self.header_version)
        result["receiver"] = from_list(lambda x: to_class(Partner, x), self.receiver)
        result["sender"] = from_list(lambda x: to_class(Partner, x), self.sender)
        return result


@dataclass(kw_only=True)
class DigitalDocument:
    digital: Digital
    standard_business_document_header: StandardBusinessDocumentHeader

    @staticmethod
    def from_dict(obj: Any) -> 'DigitalDocument':
        assert isinstance(obj, dict)
        digital = Digital.from_dict(obj.get("digital"))
        standard_business_document_header = StandardBusinessDocumentHeader.from_dict(obj.get("standardBusinessDocumentHeader"))
        return DigitalDocument(digital=digital, standard_business_document_header=standard_business_document_header)

    def to_dict(self) -> dict:
        result: dict = {}
        result["digital"] = to_class(Digital, self.digital)
        result["standardBusinessDocumentHeader"] = to_class(StandardBusinessDocumentHeader, self.standard_business_document_header)
        return result


@dataclass(kw_only=True)
class DigitalMessage:
    """A letter to a citizen's digital mailbox (Digipost, e-Boks)."""

    standard_business_document: DigitalDocument

    @staticmethod
    def from_dict(obj: Any) -> 'DigitalMessage':
        assert isinstance(obj, dict)
        standard_business_document = DigitalDocument.from_dict(obj.get("standardBusinessDocument"))
        return DigitalMessage(standard_business_document=standard_business_document)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocument"] = to_class(DigitalDocument, self.standard_business_document)
        return result


@dataclass(kw_only=True)
class AdresseInformasjon:
    """A postal address: Norwegian (postnummer and poststed) or foreign (land or landkode). The
    oneOf is kept exactly as upstream, so a Norwegian address that also names a land is
    refused.
    """
    adresselinje1: str
    navn: str
    adresselinje2: Optional[str] = None
    adresselinje3: Optional[str] = None
    adresselinje4: Optional[str] = None
    land: Optional[str] = None
    landkode: Optional[str] = None
    """ISO 3166-1 alpha-2 country code."""

    postnummer: Optional[str] = None
    poststed: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'AdresseInformasjon':
        assert isinstance(obj, dict)
        adresselinje1 = from_str(obj.get("adresselinje1"))
        navn = from_str(obj.get("navn"))
        adresselinje2 = from_union([from_str, from_none], obj.get("adresselinje2"))
        adresselinje3 = from_union([from_str, from_none], obj.get("adresselinje3"))
        adresselinje4 = from_union([from_str, from_none], obj.get("adresselinje4"))
        land = from_union([from_str, from_none], obj.get("land"))
        landkode = from_union([from_str, from_none], obj.get("landkode"))
        postnummer = from_union([from_str, from_none], obj.get("postnummer"))
        poststed = from_union([from_str, from_none], obj.get("poststed"))
        return AdresseInformasjon(adresselinje1=adresselinje1, navn=navn, adresselinje2=adresselinje2, adresselinje3=adresselinje3, adresselinje4=adresselinje4, land=land, landkode=landkode, postnummer=postnummer, poststed=poststed)

    def to_dict(self) -> dict:
        result: dict = {}
        result["adresselinje1"] = from_str(self.adresselinje1)
        result["navn"] = from_str(self.navn)
        if self.adresselinje2 is not None:
            result["adresselinje2"] = from_union([from_str, from_none], self.adresselinje2)
        if self.adresselinje3 is not None:
            result["adresselinje3"] = from_union([from_str, from_none], self.adresselinje3)
        if self.adresselinje4 is not None:
            result["adresselinje4"] = from_union([from_str, from_none], self.adresselinje4)
        if self.land is not None:
            result["land"] = from_union([from_str, from_none], self.land)
        if self.landkode is not None:
            result["landkode"] = from_union([from_str, from_none], self.landkode)
        if self.postnummer is not None:
            result["postnummer"] = from_union([from_str, from_none], self.postnummer)
        if self.poststed is not None:
            result["poststed"] = from_union([from_str, from_none], self.poststed)
        return result


class Posttype(Enum):
    """A = A-prioritert, B = B-økonomi."""

    A = "A"
    B = "B"


class Returposthaandtering(Enum):
    """DIREKTE_RETUR: back to the return address. MAKULERING_MED_MELDING: scanned, reported
    (returpostkvittering) and shredded.
    """
    DIREKTE_RETUR = "DIREKTE_RETUR"
    MAKULERING_MED_MELDING = "MAKULERING_MED_MELDING"


@dataclass(kw_only=True)
class Retur:
    """Where returned letters go and how they are handled."""

    mottaker: AdresseInformasjon
    returposthaandtering: Returposthaandtering

    @staticmethod
    def from_dict(obj: Any) -> 'Retur':
        assert isinstance(obj, dict)
        mottaker = AdresseInformasjon.from_dict(obj.get("mottaker"))
        returposthaandtering = Returposthaandtering(obj.get("returposthaandtering"))
        return Retur(mottaker=mottaker, returposthaandtering=returposthaandtering)

    def to_dict(self) -> dict:
        result: dict = {}
        result["mottaker"] = to_class(AdresseInformasjon, self.mottaker)
        result["returposthaandtering"] = to_enum(Returposthaandtering, self.returposthaandtering)
        return result


class Utskriftstype(Enum):
    """Black and white or colour printing."""

    FARGE = "FARGE"
    SORT_HVIT = "SORT_HVIT"


@dataclass(kw_only=True)
class Utskrift:
    """The print letter: sender, postal address, package digest, authorisation, colour, return
    handling and postage class.
    """
    avsender: Avsender
    dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk
    maskinportentoken: str
    mottaker: AdresseInformasjon
    retur: Retur
    utskriftstype: Utskriftstype
    posttype: Optional[Posttype] = None

    @staticmethod
    def from_dict(obj: Any) -> 'Utskrift':
        assert isinstance(obj, dict)
        avsender = Avsender.from_dict(obj.get("avsender"))
        dokumentpakkefingeravtrykk = Dokumentpakkefingeravtrykk.from_dict(obj.get("dokumentpakkefingeravtrykk"))
        maskinportentoken = from_str(obj.get("maskinportentoken"))
        mottaker = AdresseInformasjon.from_dict(obj.get("mottaker"))
        retur = Retur.from_dict(obj.get("retur"))
        utskriftstype = Utskriftstype(obj.get("utskriftstype"))
        posttype = from_union([Posttype, from_none], obj.get("posttype"))
        return Utskrift(avsender=avsender, dokumentpakkefingeravtrykk=dokumentpakkefingeravtrykk, maskinportentoken=maskinportentoken, mottaker=mottaker, retur=retur, utskriftstype=utskriftstype, posttype=posttype)

    def to_dict(self) -> dict:
        result: dict = {}
        result["avsender"] = to_class(Avsender, self.avsender)
        result["dokumentpakkefingeravtrykk"] = to_class(Dokumentpakkefingeravtrykk, self.dokumentpakkefingeravtrykk)
        result["maskinportentoken"] = from_str(self.maskinportentoken)
        result["mottaker"] = to_class(AdresseInformasjon, self.mottaker)
        result["retur"] = to_class(Retur, self.retur)
        result["utskriftstype"] = to_enum(Utskriftstype, self.utskriftstype)
        if self.posttype is not None:
            result["posttype"] = from_union([lambda x: to_enum(Posttype, x), from_none], self.posttype)
        return result


@dataclass(kw_only=True)
class UtskriftDocument:
    standard_business_document_header: StandardBusinessDocumentHeader
    utskrift: Utskrift

    @staticmethod
    def from_dict(obj: Any) -> 'UtskriftDocument':
        assert isinstance(obj, dict)
        standard_business_document_header = StandardBusinessDocumentHeader.from_dict(obj.get("standardBusinessDocumentHeader"))
        utskrift = Utskrift.from_dict(obj.get("utskrift"))
        return UtskriftDocument(standard_business_document_header=standard_business_document_header, utskrift=utskrift)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocumentHeader"] = to_class(StandardBusinessDocumentHeader, self.standard_business_document_header)
        result["utskrift"] = to_class(Utskrift, self.utskrift)
        return result


@dataclass(kw_only=True)
class UtskriftMessage:
    """A letter to be printed and posted by the print service."""

    standard_business_document: UtskriftDocument

    @staticmethod
    def from_dict(obj: Any) -> 'UtskriftMessage':
        assert isinstance(obj, dict)
        standard_business_document = UtskriftDocument.from_dict(obj.get("standardBusinessDocument"))
        return UtskriftMessage(standard_business_document=standard_business_document)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocument"] = to_class(UtskriftDocument, self.standard_business_document)
        return result


@dataclass(kw_only=True)
class Flyttet:
    """The moved letter: the original letter's fields plus when it was received and whether it
    was opened.
    """
    avsender: Avsender
    dokumentpakkefingeravtrykk: Dokumentpakkefingeravtrykk
    ikkesensitivtittel: str
    maskinportentoken: str
    mottaker: Personmottaker
    mottakstidspunkt: str
    """The date the first mailbox received the letter (a date, despite the name)."""

    sikkerhetsnivaa: int
    spraak: str
    tidspunkt: str
    aapnet: Optional[bool] = None
    """Whether the citizen had already opened the letter."""

    aapningskvittering: Optional[bool] = None
    varsler: Optional[Union[float, int, bool, str, List[Any], VarslerClass]] = None
    virkningsdato: Optional[str] = None
    virkningstidspunkt: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'Flyttet':
        assert isinstance(obj, dict)
        avsender = Avsender.from_dict(obj.get("avsender"))
        dokumentpakkefingeravtrykk = Dokumentpakkefingeravtrykk.from_dict(obj.get("dokumentpakkefingeravtrykk"))
        ikkesensitivtittel = from_str(obj.get("ikkesensitivtittel"))
        maskinportentoken = from_str(obj.get("maskinportentoken"))
        mottaker = Personmottaker.from_dict(obj.get("mottaker"))
        mottakstidspunkt = from_str(obj.get("mottakstidspunkt"))
        sikkerhetsnivaa = from_int(obj.get("sikkerhetsnivaa"))
        spraak = from_str(obj.get("spraak"))
        tidspunkt = from_str(obj.get("tidspunkt"))
        aapnet = from_union([from_bool, from_none], obj.get("aapnet"))
        aapningskvittering = from_union([from_bool, from_none], obj.get("aapningskvittering"))
        varsler = from_union([from_none, from_float, from_int, from_bool, from_str, lambda x: from_list(lambda x: x, x), VarslerClass.from_dict], obj.get("varsler"))
        virkningsdato = from_union([from_str, from_none], obj.get("virkningsdato"))
        virkningstidspunkt = from_union([from_str, from_none], obj.get("virkningstidspunkt"))
        return Flyttet(avsender=avsender, dokumentpakkefingeravtrykk=dokumentpakkefingeravtrykk, ikkesensitivtittel=ikkesensitivtittel, maskinportentoken=maskinportentoken, mottaker=mottaker, mottakstidspunkt=mottakstidspunkt, sikkerhetsnivaa=sikkerhetsnivaa, spraak=spraak, tidspunkt=tidspunkt, aapnet=aapnet, aapningskvittering=aapningskvittering, varsler=varsler, virkningsdato=virkningsdato, virkningstidspunkt=virkningstidspunkt)

    def to_dict(self) -> dict:
        result: dict = {}
        result["avsender"] = to_class(Avsender, self.avsender)
        result["dokumentpakkefingeravtrykk"] = to_class(Dokumentpakkefingeravtrykk, self.dokumentpakkefingeravtrykk)
        result["ikkesensitivtittel"] = from_str(self.ikkesensitivtittel)
        result["maskinportentoken"] = from_str(self.maskinportentoken)
        result["mottaker"] = to_class(Personmottaker, self.mottaker)
        result["mottakstidspunkt"] = from_str(self.mottakstidspunkt)
        result["sikkerhetsnivaa"] = from_int(self.sikkerhetsnivaa)
        result["spraak"] = from_str(self.spraak)
        result["tidspunkt"] = from_str(self.tidspunkt)
        if self.aapnet is not None:
            result["aapnet"] = from_union([from_bool, from_none], self.aapnet)
        if self.aapningskvittering is not None:
            result["aapningskvittering"] = from_union([from_bool, from_none], self.aapningskvittering)
        if self.varsler is not None:
            result["varsler"] = from_union([from_none, to_float, from_int, from_bool, from_str, lambda x: from_list(lambda x: x, x), lambda x: to_class(VarslerClass, x)], self.varsler)
        if self.virkningsdato is not None:
            result["virkningsdato"] = from_union([from_str, from_none], self.virkningsdato)
        if self.virkningstidspunkt is not None:
            result["virkningstidspunkt"] = from_union([from_str, from_none], self.virkningstidspunkt)
        return result


@dataclass(kw_only=True)
class FlyttetDocument:
    flyttet: Flyttet
    standard_business_document_header: StandardBusinessDocumentHeader

    @staticmethod
    def from_dict(obj: Any) -> 'FlyttetDocument':
        assert isinstance(obj, dict)
        flyttet = Flyttet.from_dict(obj.get("flyttet"))
        standard_business_document_header = StandardBusinessDocumentHeader.from_dict(obj.get("standardBusinessDocumentHeader"))
        return FlyttetDocument(flyttet=flyttet, standard_business_document_header=standard_business_document_header)

    def to_dict(self) -> dict:
        result: dict = {}
        result["flyttet"] = to_class(Flyttet, self.flyttet)
        result["standardBusinessDocumentHeader"] = to_class(StandardBusinessDocumentHeader, self.standard_business_document_header)
        return result


@dataclass(kw_only=True)
class FlyttetMessage:
    """A digital letter moved from one mailbox provider to another when the citizen changes
    provider (provider to provider only).
    """
    standard_business_document: FlyttetDocument

    @staticmethod
    def from_dict(obj: Any) -> 'FlyttetMessage':
        assert isinstance(obj, dict)
        standard_business_document = FlyttetDocument.from_dict(obj.get("standardBusinessDocument"))
        return FlyttetMessage(standard_business_document=standard_business_document)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocument"] = to_class(FlyttetDocument, self.standard_business_document)
        return result


class Feiltype(Enum):
    """KLIENT: the sender must fix its input and send a new message. SERVER: a fault in the
    infrastructure or at the provider.
    """
    KLIENT = "KLIENT"
    SERVER = "SERVER"


@dataclass(kw_only=True)
class Virksomhetmottaker:
    """An organisation receiving a receipt or error: the original sender. The wire schema leaves
    this object open.
    """
    virksomhetsidentifikator: Virksomhetsidentifikator
    motakeridentifikator: Optional[str] = None

    @staticmethod
    def from_dict(obj: Any) -> 'Virksomhetmottaker':
        assert isinstance(obj, dict)
        virksomhetsidentifikator = Virksomhetsidentifikator.from_dict(obj.get("virksomhetsidentifikator"))
        motakeridentifikator = from_union([from_str, from_none], obj.get("motakeridentifikator"))
        return Virksomhetmottaker(virksomhetsidentifikator=virksomhetsidentifikator, motakeridentifikator=motakeridentifikator)

    def to_dict(self) -> dict:
        result: dict = {}
        result["virksomhetsidentifikator"] = to_class(Virksomhetsidentifikator, self.virksomhetsidentifikator)
        if self.motakeridentifikator is not None:
            result["motakeridentifikator"] = from_union([from_str, from_none], self.motakeridentifikator)
        return result


@dataclass(kw_only=True)
class Feil:
    """The error: who reports it, for whom, when, whose fault, and details."""

    avsender: Avsender
    feiltype: Feiltype
    """KLIENT: the sender must fix its input and send a new message. SERVER: a fault in the
    infrastructure or at the provider.
    """
    mottaker: Virksomhetmottaker
    tidspunkt: str
    detaljer: Optional[str] = None
    """Details of the error."""

    @staticmethod
    def from_dict(obj: Any) -> 'Feil':
        assert isinstance(obj, dict)
        avsender = Avsender.from_dict(obj.get("avsender"))
        feiltype = Feiltype(obj.get("feiltype"))
        mottaker = Virksomhetmottaker.from_dict(obj.get("mottaker"))
        tidspunkt = from_str(obj.get("tidspunkt"))
        detaljer = from_union([from_str, from_none], obj.get("detaljer"))
        return Feil(avsender=avsender, feiltype=feiltype, mottaker=mottaker, tidspunkt=tidspunkt, detaljer=detaljer)

    def to_dict(self) -> dict:
        result: dict = {}
        result["avsender"] = to_class(Avsender, self.avsender)
        result["feiltype"] = to_enum(Feiltype, self.feiltype)
        result["mottaker"] = to_class(Virksomhetmottaker, self.mottaker)
        result["tidspunkt"] = from_str(self.tidspunkt)
        if self.detaljer is not None:
            result["detaljer"] = from_union([from_str, from_none], self.detaljer)
        return result


@dataclass(kw_only=True)
class FeilDocument:
    feil: Feil
    standard_business_document_header: StandardBusinessDocumentHeader

    @staticmethod
    def from_dict(obj: Any) -> 'FeilDocument':
        assert isinstance(obj, dict)
        feil = Feil.from_dict(obj.get("feil"))
        standard_business_document_header = StandardBusinessDocumentHeader.from_dict(obj.get("standardBusinessDocumentHeader"))
        return FeilDocument(feil=feil, standard_business_document_header=standard_business_document_header)

    def to_dict(self) -> dict:
        result: dict = {}
        result["feil"] = to_class(Feil, self.feil)
        result["standardBusinessDocumentHeader"] = to_class(StandardBusinessDocumentHeader, self.standard_business_document_header)
        return result


@dataclass(kw_only=True)
class FeilMessage:
    """Error from a mailbox or the print service about a letter that cannot be handled."""

    standard_business_document: FeilDocument

    @staticmethod
    def from_dict(obj: Any) -> 'FeilMessage':
        assert isinstance(obj, dict)
        standard_business_document = FeilDocument.from_dict(obj.get("standardBusinessDocument"))
        return FeilMessage(standard_business_document=standard_business_document)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocument"] = to_class(FeilDocument, self.standard_business_document)
        return result


@dataclass(kw_only=True)
class Kvittering:
    """A receipt: who issues it, whom it is for, and when."""

    avsender: Avsender
    mottaker: Virksomhetmottaker
    tidspunkt: str

    @staticmethod
    def from_dict(obj: Any) -> 'Kvittering':
        assert isinstance(obj, dict)
        avsender = Avsender.from_dict(obj.get("avsender"))
        mottaker = Virksomhetmottaker.from_dict(obj.get("mottaker"))
        tidspunkt = from_str(obj.get("tidspunkt"))
        return Kvittering(avsender=avsender, mottaker=mottaker, tidspunkt=tidspunkt)

    def to_dict(self) -> dict:
        result: dict = {}
        result["avsender"] = to_class(Avsender, self.avsender)
        result["mottaker"] = to_class(Virksomhetmottaker, self.mottaker)
        result["tidspunkt"] = from_str(self.tidspunkt)
        return result


@dataclass(kw_only=True)
class LeveringskvitteringDocument:
    leveringskvittering: Kvittering
    standard_business_document_header: StandardBusinessDocumentHeader

    @staticmethod
    def from_dict(obj: Any) -> 'LeveringskvitteringDocument':
        assert isinstance(obj, dict)
        leveringskvittering = Kvittering.from_dict(obj.get("leveringskvittering"))
        standard_business_document_header = StandardBusinessDocumentHeader.from_dict(obj.get("standardBusinessDocumentHeader"))
        return LeveringskvitteringDocument(leveringskvittering=leveringskvittering, standard_business_document_header=standard_business_document_header)

    def to_dict(self) -> dict:
        result: dict = {}
        result["leveringskvittering"] = to_class(Kvittering, self.leveringskvittering)
        result["standardBusinessDocumentHeader"] = to_class(StandardBusinessDocumentHeader, self.standard_business_document_header)
        return result


@dataclass(kw_only=True)
class LeveringskvitteringMessage:
    """Delivery receipt: the mailbox has made the letter available, or the print service has it
    ready for posting.
    """
    standard_business_document: LeveringskvitteringDocument

    @staticmethod
    def from_dict(obj: Any) -> 'LeveringskvitteringMessage':
        assert isinstance(obj, dict)
        standard_business_document = LeveringskvitteringDocument.from_dict(obj.get("standardBusinessDocument"))
        return LeveringskvitteringMessage(standard_business_document=standard_business_document)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocument"] = to_class(LeveringskvitteringDocument, self.standard_business_document)
        return result


@dataclass(kw_only=True)
class AapningskvitteringDocument:
    aapningskvittering: Kvittering
    standard_business_document_header: StandardBusinessDocumentHeader

    @staticmethod
    def from_dict(obj: Any) -> 'AapningskvitteringDocument':
        assert isinstance(obj, dict)
        aapningskvittering = Kvittering.from_dict(obj.get("aapningskvittering"))
        standard_business_document_header = StandardBusinessDocumentHeader.from_dict(obj.get("standardBusinessDocumentHeader"))
        return AapningskvitteringDocument(aapningskvittering=aapningskvittering, standard_business_document_header=standard_business_document_header)

    def to_dict(self) -> dict:
        result: dict = {}
        result["aapningskvittering"] = to_class(Kvittering, self.aapningskvittering)
        result["standardBusinessDocumentHeader"] = to_class(StandardBusinessDocumentHeader, self.standard_business_document_header)
        return result


@dataclass(kw_only=True)
class AapningskvitteringMessage:
    """Opening receipt: the citizen opened the letter (only when the sender asked for one)."""

    standard_business_document: AapningskvitteringDocument

    @staticmethod
    def from_dict(obj: Any) -> 'AapningskvitteringMessage':
        assert isinstance(obj, dict)
        standard_business_document = AapningskvitteringDocument.from_dict(obj.get("standardBusinessDocument"))
        return AapningskvitteringMessage(standard_business_document=standard_business_document)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocument"] = to_class(AapningskvitteringDocument, self.standard_business_document)
        return result


class Varslingskanal(Enum):
    """The channel that failed."""

    EPOST = "epost"
    SMS = "sms"


@dataclass(kw_only=True)
class Varslingfeiletkvittering:
    """Which notification channel failed, and why."""

    avsender: Avsender
    mottaker: Virksomhetmottaker
    tidspunkt: str
    varslingskanal: Varslingskanal
    """The channel that failed."""

    beskrivelse: Optional[str] = None
    """Free-text description of the failure."""

    @staticmethod
    def from_dict(obj: Any) -> 'Varslingfeiletkvittering':
        assert isinstance(obj, dict)
        avsender = Avsender.from_dict(obj.get("avsender"))
        mottaker = Virksomhetmottaker.from_dict(obj.get("mottaker"))
        tidspunkt = from_str(obj.get("tidspunkt"))
        varslingskanal = Varslingskanal(obj.get("varslingskanal"))
        beskrivelse = from_union([from_str, from_none], obj.get("beskrivelse"))
        return Varslingfeiletkvittering(avsender=avsender, mottaker=mottaker, tidspunkt=tidspunkt, varslingskanal=varslingskanal, beskrivelse=beskrivelse)

    def to_dict(self) -> dict:
        result: dict = {}
        result["avsender"] = to_class(Avsender, self.avsender)
        result["mottaker"] = to_class(Virksomhetmottaker, self.mottaker)
        result["tidspunkt"] = from_str(self.tidspunkt)
        result["varslingskanal"] = to_enum(Varslingskanal, self.varslingskanal)
        if self.beskrivelse is not None:
            result["beskrivelse"] = from_union([from_str, from_none], self.beskrivelse)
        return result


@dataclass(kw_only=True)
class VarslingfeiletkvitteringDocument:
    standard_business_document_header: StandardBusinessDocumentHeader
    varslingfeiletkvittering: Varslingfeiletkvittering

    @staticmethod
    def from_dict(obj: Any) -> 'VarslingfeiletkvitteringDocument':
        assert isinstance(obj, dict)
        standard_business_document_header = StandardBusinessDocumentHeader.from_dict(obj.get("standardBusinessDocumentHeader"))
        varslingfeiletkvittering = Varslingfeiletkvittering.from_dict(obj.get("varslingfeiletkvittering"))
        return VarslingfeiletkvitteringDocument(standard_business_document_header=standard_business_document_header, varslingfeiletkvittering=varslingfeiletkvittering)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocumentHeader"] = to_class(StandardBusinessDocumentHeader, self.standard_business_document_header)
        result["varslingfeiletkvittering"] = to_class(Varslingfeiletkvittering, self.varslingfeiletkvittering)
        return result


@dataclass(kw_only=True)
class VarslingfeiletkvitteringMessage:
    """Notification-failed receipt: one notification on one channel could not be sent. The
    letter itself stays available.
    """
    standard_business_document: VarslingfeiletkvitteringDocument

    @staticmethod
    def from_dict(obj: Any) -> 'VarslingfeiletkvitteringMessage':
        assert isinstance(obj, dict)
        standard_business_document = VarslingfeiletkvitteringDocument.from_dict(obj.get("standardBusinessDocument"))
        return VarslingfeiletkvitteringMessage(standard_business_document=standard_business_document)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocument"] = to_class(VarslingfeiletkvitteringDocument, self.standard_business_document)
        return result


@dataclass(kw_only=True)
class MottakskvitteringDocument:
    mottakskvittering: Kvittering
    standard_business_document_header: StandardBusinessDocumentHeader

    @staticmethod
    def from_dict(obj: Any) -> 'MottakskvitteringDocument':
        assert isinstance(obj, dict)
        mottakskvittering = Kvittering.from_dict(obj.get("mottakskvittering"))
        standard_business_document_header = StandardBusinessDocumentHeader.from_dict(obj.get("standardBusinessDocumentHeader"))
        return MottakskvitteringDocument(mottakskvittering=mottakskvittering, standard_business_document_header=standard_business_document_header)

    def to_dict(self) -> dict:
        result: dict = {}
        result["mottakskvittering"] = to_class(Kvittering, self.mottakskvittering)
        result["standardBusinessDocumentHeader"] = to_class(StandardBusinessDocumentHeader, self.standard_business_document_header)
        return result


@dataclass(kw_only=True)
class MottakskvitteringMessage:
    """Reception receipt: the print service received and validated the letter and queued it for
    printing.
    """
    standard_business_document: MottakskvitteringDocument

    @staticmethod
    def from_dict(obj: Any) -> 'MottakskvitteringMessage':
        assert isinstance(obj, dict)
        standard_business_document = MottakskvitteringDocument.from_dict(obj.get("standardBusinessDocument"))
        return MottakskvitteringMessage(standard_business_document=standard_business_document)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocument"] = to_class(MottakskvitteringDocument, self.standard_business_document)
        return result


@dataclass(kw_only=True)
class ReturpostkvitteringDocument:
    returpostkvittering: Kvittering
    standard_business_document_header: StandardBusinessDocumentHeader

    @staticmethod
    def from_dict(obj: Any) -> 'ReturpostkvitteringDocument':
        assert isinstance(obj, dict)
        returpostkvittering = Kvittering.from_dict(obj.get("returpostkvittering"))
        standard_business_document_header = StandardBusinessDocumentHeader.from_dict(obj.get("standardBusinessDocumentHeader"))
        return ReturpostkvitteringDocument(returpostkvittering=returpostkvittering, standard_business_document_header=standard_business_document_header)

    def to_dict(self) -> dict:
        result: dict = {}
        result["returpostkvittering"] = to_class(Kvittering, self.returpostkvittering)
        result["standardBusinessDocumentHeader"] = to_class(StandardBusinessDocumentHeader, self.standard_business_document_header)
        return result


@dataclass(kw_only=True)
class ReturpostkvitteringMessage:
    """Returned-mail receipt: the printed letter came back, was registered and shredded (only
    with MAKULERING_MED_MELDING).
    """
    standard_business_document: ReturpostkvitteringDocument

    @staticmethod
    def from_dict(obj: Any) -> 'ReturpostkvitteringMessage':
        assert isinstance(obj, dict)
        standard_business_document = ReturpostkvitteringDocument.from_dict(obj.get("standardBusinessDocument"))
        return ReturpostkvitteringMessage(standard_business_document=standard_business_document)

    def to_dict(self) -> dict:
        result: dict = {}
        result["standardBusinessDocument"] = to_class(ReturpostkvitteringDocument, self.standard_business_document)
        return result


def digital_message_from_dict(s: Any) -> DigitalMessage:
    return DigitalMessage.from_dict(s)


def digital_message_to_dict(x: DigitalMessage) -> Any:
    return to_class(DigitalMessage, x)


def utskrift_message_from_dict(s: Any) -> UtskriftMessage:
    return UtskriftMessage.from_dict(s)


def utskrift_message_to_dict(x: UtskriftMessage) -> Any:
    return to_class(UtskriftMessage, x)


def flyttet_message_from_dict(s: Any) -> FlyttetMessage:
    return FlyttetMessage.from_dict(s)


def flyttet_message_to_dict(x: FlyttetMessage) -> Any:
    return to_class(FlyttetMessage, x)


def feil_message_from_dict(s: Any) -> FeilMessage:
    return FeilMessage.from_dict(s)


def feil_message_to_dict(x: FeilMessage) -> Any:
    return to_class(FeilMessage, x)


def leveringskvittering_message_from_dict(s: Any) -> LeveringskvitteringMessage:
    return LeveringskvitteringMessage.from_dict(s)


def leveringskvittering_message_to_dict(x: LeveringskvitteringMessage) -> Any:
    return to_class(LeveringskvitteringMessage, x)


def aapningskvittering_message_from_dict(s: Any) -> AapningskvitteringMessage:
    return AapningskvitteringMessage.from_dict(s)


def aapningskvittering_message_to_dict(x: AapningskvitteringMessage) -> Any:
    return to_class(AapningskvitteringMessage, x)


def varslingfeiletkvittering_message_from_dict(s: Any) -> VarslingfeiletkvitteringMessage:
    return VarslingfeiletkvitteringMessage.from_dict(s)


def varslingfeiletkvittering_message_to_dict(x: VarslingfeiletkvitteringMessage) -> Any:
    return to_class(VarslingfeiletkvitteringMessage, x)


def mottakskvittering_message_from_dict(s: Any) -> MottakskvitteringMessage:
    return MottakskvitteringMessage.from_dict(s)


def mottakskvittering_message_to_dict(x: MottakskvitteringMessage) -> Any:
    return to_class(MottakskvitteringMessage, x)


def returpostkvittering_message_from_dict(s: Any) -> ReturpostkvitteringMessage:
    return ReturpostkvitteringMessage.from_dict(s)


def returpostkvittering_message_to_dict(x: ReturpostkvitteringMessage) -> Any:
    return to_class(ReturpostkvitteringMessage, x)
