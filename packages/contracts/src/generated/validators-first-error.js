// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
// Precompiled ajv standalone validators (first error only), one per titled schema. No schema compilation at run time.
import { date as qDate } from "../support/formats.js";
import { dateTime as qDateTime } from "../support/formats.js";
import { ucs2length as qLen } from "../support/ucs2length.js";
import { qErr, qFree, qNotJson, qMissing, qUp, qReset, qClear, qRefuse } from "../support/quick-check.js";
import { ucs2length } from "../support/ucs2length.js";
const schema6 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon",
  type: "object",
  additionalProperties: false,
  properties: {
    navn: { type: "string" },
    adresselinje1: { type: "string", maxLength: 100 },
    adresselinje2: { type: "string", maxLength: 100 },
    adresselinje3: { type: "string", maxLength: 100 },
    adresselinje4: { type: "string", maxLength: 100 },
    postnummer: { type: "string", pattern: "^\\d{4}$" },
    poststed: { type: "string", maxLength: 80 },
    land: { type: "string", maxLength: 80 },
    landkode: { type: "string", pattern: "^[a-zA-Z]{2}$" },
  },
  if: { required: ["navn", "adresselinje1", "postnummer", "poststed"] },
  then: {
    not: {
      if: { required: ["navn", "adresselinje1", "land"] },
      then: { not: { required: ["navn", "adresselinje1", "landkode"] } },
      else: { required: ["navn", "adresselinje1", "landkode"] },
    },
  },
  else: {
    if: { required: ["navn", "adresselinje1", "land"] },
    then: { not: { required: ["navn", "adresselinje1", "landkode"] } },
    else: { required: ["navn", "adresselinje1", "landkode"] },
  },
};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ucs2length;
const pattern0 = new RegExp("^\\d{4}$", "");
const pattern1 = new RegExp("^[a-zA-Z]{2}$", "");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon" */
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (
      (data.navn === undefined && (missing0 = "navn")) ||
      (data.adresselinje1 === undefined && (missing0 = "adresselinje1")) ||
      (data.postnummer === undefined && (missing0 = "postnummer")) ||
      (data.poststed === undefined && (missing0 = "poststed"))
    ) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    const _errs4 = errors;
    const _errs5 = errors;
    const _errs6 = errors;
    let valid2 = true;
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (
        (data.navn === undefined && (missing1 = "navn")) ||
        (data.adresselinje1 === undefined && (missing1 = "adresselinje1")) ||
        (data.land === undefined && (missing1 = "land"))
      ) {
        const err1 = {};
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid1 = _errs7 === errors;
    errors = _errs6;
    if (vErrors !== null) {
      if (_errs6) {
        vErrors.length = _errs6;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs8 = errors;
      const _errs9 = errors;
      const _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing2;
        if (
          (data.navn === undefined && (missing2 = "navn")) ||
          (data.adresselinje1 === undefined && (missing2 = "adresselinje1")) ||
          (data.landkode === undefined && (missing2 = "landkode"))
        ) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var valid3 = _errs10 === errors;
      if (valid3) {
        const err3 = {};
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
      var _valid1 = _errs8 === errors;
      valid2 = _valid1;
    } else {
      const _errs11 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing3;
        if (
          (data.navn === undefined && (missing3 = "navn")) ||
          (data.adresselinje1 === undefined && (missing3 = "adresselinje1")) ||
          (data.landkode === undefined && (missing3 = "landkode"))
        ) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      var _valid1 = _errs11 === errors;
      valid2 = _valid1;
    }
    if (!valid2) {
      const err5 = {};
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var valid1 = _errs5 === errors;
    if (valid1) {
      validate21.errors = [{ instancePath, keyword: "not", params: {} }];
      return false;
    } else {
      errors = _errs4;
      if (vErrors !== null) {
        if (_errs4) {
          vErrors.length = _errs4;
        } else {
          vErrors = null;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs12 = errors;
    const _errs13 = errors;
    let valid4 = true;
    const _errs14 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing4;
      if (
        (data.navn === undefined && (missing4 = "navn")) ||
        (data.adresselinje1 === undefined && (missing4 = "adresselinje1")) ||
        (data.land === undefined && (missing4 = "land"))
      ) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid2 = _errs14 === errors;
    errors = _errs13;
    if (vErrors !== null) {
      if (_errs13) {
        vErrors.length = _errs13;
      } else {
        vErrors = null;
      }
    }
    let ifClause2;
    if (_valid2) {
      const _errs15 = errors;
      const _errs16 = errors;
      const _errs17 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing5;
        if (
          (data.navn === undefined && (missing5 = "navn")) ||
          (data.adresselinje1 === undefined && (missing5 = "adresselinje1")) ||
          (data.landkode === undefined && (missing5 = "landkode"))
        ) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      var valid5 = _errs17 === errors;
      if (valid5) {
        validate21.errors = [{ instancePath, keyword: "not", params: {} }];
        return false;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
      var _valid2 = _errs15 === errors;
      valid4 = _valid2;
      ifClause2 = "then";
    } else {
      const _errs18 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing6;
        if (
          (data.navn === undefined && (missing6 = "navn")) ||
          (data.adresselinje1 === undefined && (missing6 = "adresselinje1")) ||
          (data.landkode === undefined && (missing6 = "landkode"))
        ) {
          validate21.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing6 } }];
          return false;
        }
      }
      var _valid2 = _errs18 === errors;
      valid4 = _valid2;
      ifClause2 = "else";
    }
    if (!valid4) {
      const err8 = { instancePath, keyword: "if", params: { failingKeyword: ifClause2 } };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
      validate21.errors = vErrors;
      return false;
    }
    var _valid0 = _errs12 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err9 = { instancePath, keyword: "if", params: { failingKeyword: ifClause0 } };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
    validate21.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs19 = errors;
      for (const key0 in data) {
        if (!func2.call(schema6.properties, key0)) {
          validate21.errors = [{ instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } }];
          return false;
          break;
        }
      }
      if (_errs19 === errors) {
        if (data.navn !== undefined) {
          const _errs20 = errors;
          if (typeof data.navn !== "string") {
            validate21.errors = [{ instancePath: instancePath + "/navn", keyword: "type", params: { type: "string" } }];
            return false;
          }
          var valid6 = _errs20 === errors;
        } else {
          var valid6 = true;
        }
        if (valid6) {
          if (data.adresselinje1 !== undefined) {
            let data1 = data.adresselinje1;
            const _errs22 = errors;
            if (errors === _errs22) {
              if (typeof data1 === "string") {
                if (data1.length > 100 && func3(data1) > 100) {
                  validate21.errors = [
                    { instancePath: instancePath + "/adresselinje1", keyword: "maxLength", params: { limit: 100 } },
                  ];
                  return false;
                }
              } else {
                validate21.errors = [
                  { instancePath: instancePath + "/adresselinje1", keyword: "type", params: { type: "string" } },
                ];
                return false;
              }
            }
            var valid6 = _errs22 === errors;
          } else {
            var valid6 = true;
          }
          if (valid6) {
            if (data.adresselinje2 !== undefined) {
              let data2 = data.adresselinje2;
              const _errs24 = errors;
              if (errors === _errs24) {
                if (typeof data2 === "string") {
                  if (data2.length > 100 && func3(data2) > 100) {
                    validate21.errors = [
                      { instancePath: instancePath + "/adresselinje2", keyword: "maxLength", params: { limit: 100 } },
                    ];
                    return false;
                  }
                } else {
                  validate21.errors = [
                    { instancePath: instancePath + "/adresselinje2", keyword: "type", params: { type: "string" } },
                  ];
                  return false;
                }
              }
              var valid6 = _errs24 === errors;
            } else {
              var valid6 = true;
            }
            if (valid6) {
              if (data.adresselinje3 !== undefined) {
                let data3 = data.adresselinje3;
                const _errs26 = errors;
                if (errors === _errs26) {
                  if (typeof data3 === "string") {
                    if (data3.length > 100 && func3(data3) > 100) {
                      validate21.errors = [
                        { instancePath: instancePath + "/adresselinje3", keyword: "maxLength", params: { limit: 100 } },
                      ];
                      return false;
                    }
                  } else {
                    validate21.errors = [
                      { instancePath: instancePath + "/adresselinje3", keyword: "type", params: { type: "string" } },
                    ];
                    return false;
                  }
                }
                var valid6 = _errs26 === errors;
              } else {
                var valid6 = true;
              }
              if (valid6) {
                if (data.adresselinje4 !== undefined) {
                  let data4 = data.adresselinje4;
                  const _errs28 = errors;
                  if (errors === _errs28) {
                    if (typeof data4 === "string") {
                      if (data4.length > 100 && func3(data4) > 100) {
                        validate21.errors = [
                          {
                            instancePath: instancePath + "/adresselinje4",
                            keyword: "maxLength",
                            params: { limit: 100 },
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate21.errors = [
                        { instancePath: instancePath + "/adresselinje4", keyword: "type", params: { type: "string" } },
                      ];
                      return false;
                    }
                  }
                  var valid6 = _errs28 === errors;
                } else {
                  var valid6 = true;
                }
                if (valid6) {
                  if (data.postnummer !== undefined) {
                    let data5 = data.postnummer;
                    const _errs30 = errors;
                    if (errors === _errs30) {
                      if (typeof data5 === "string") {
                        if (!pattern0.test(data5)) {
                          validate21.errors = [
                            {
                              instancePath: instancePath + "/postnummer",
                              keyword: "pattern",
                              params: { pattern: "^\\d{4}$" },
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate21.errors = [
                          { instancePath: instancePath + "/postnummer", keyword: "type", params: { type: "string" } },
                        ];
                        return false;
                      }
                    }
                    var valid6 = _errs30 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data.poststed !== undefined) {
                      let data6 = data.poststed;
                      const _errs32 = errors;
                      if (errors === _errs32) {
                        if (typeof data6 === "string") {
                          if (data6.length > 80 && func3(data6) > 80) {
                            validate21.errors = [
                              { instancePath: instancePath + "/poststed", keyword: "maxLength", params: { limit: 80 } },
                            ];
                            return false;
                          }
                        } else {
                          validate21.errors = [
                            { instancePath: instancePath + "/poststed", keyword: "type", params: { type: "string" } },
                          ];
                          return false;
                        }
                      }
                      var valid6 = _errs32 === errors;
                    } else {
                      var valid6 = true;
                    }
                    if (valid6) {
                      if (data.land !== undefined) {
                        let data7 = data.land;
                        const _errs34 = errors;
                        if (errors === _errs34) {
                          if (typeof data7 === "string") {
                            if (data7.length > 80 && func3(data7) > 80) {
                              validate21.errors = [
                                { instancePath: instancePath + "/land", keyword: "maxLength", params: { limit: 80 } },
                              ];
                              return false;
                            }
                          } else {
                            validate21.errors = [
                              { instancePath: instancePath + "/land", keyword: "type", params: { type: "string" } },
                            ];
                            return false;
                          }
                        }
                        var valid6 = _errs34 === errors;
                      } else {
                        var valid6 = true;
                      }
                      if (valid6) {
                        if (data.landkode !== undefined) {
                          let data8 = data.landkode;
                          const _errs36 = errors;
                          if (errors === _errs36) {
                            if (typeof data8 === "string") {
                              if (!pattern1.test(data8)) {
                                validate21.errors = [
                                  {
                                    instancePath: instancePath + "/landkode",
                                    keyword: "pattern",
                                    params: { pattern: "^[a-zA-Z]{2}$" },
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate21.errors = [
                                {
                                  instancePath: instancePath + "/landkode",
                                  keyword: "type",
                                  params: { type: "string" },
                                },
                              ];
                              return false;
                            }
                          }
                          var valid6 = _errs36 === errors;
                        } else {
                          var valid6 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate21.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}

const qa51 = validate21;

// Quick checks (see codegen/src/emit/validators-quick.ts).
const qr0 = ["businessScope", "documentIdentification", "headerVersion", "receiver", "sender"];
const qr1 = ["identifier"];
const qr2 = ["authority", "value"];
const qr3 = ["creationDateAndTime", "instanceIdentifier", "standard", "type", "typeVersion"];
const qc4 = /^(?:[Uu][Rr][Nn]:[Uu][Uu][Ii][Dd]:)?[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const qr5 = ["scope"];
const qr6 = ["type"];
const qr7 = ["standardBusinessDocumentHeader", "aapningskvittering"];
const qr8 = ["avsender", "mottaker", "tidspunkt"];
const qr9 = ["virksomhetsidentifikator"];
const qe10 = ["iso6523-actorid-upis"];
const qc11 = /[0-9]{4}:\w{1,35}/;
const qk12 = new Set(["virksomhetsidentifikator", "motakeridentifikator"]);
const qr13 = ["standardBusinessDocument"];
const qr14 = ["postkasseadresse"];
const qr15 = ["digestMethod", "digestValue"];
const qe16 = [3, 4];
const qk17 = new Set(["epostvarsel", "smsvarsel"]);
const qr18 = ["epostadresse", "varslingstekst", "repetisjoner"];
const qc19 =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const qr20 = ["mobiltelefonnummer", "varslingstekst", "repetisjoner"];
const qc21 = /^\+?[- _0-9]+$/;
const qr22 = ["standardBusinessDocumentHeader", "digital"];
const qr23 = [
  "avsender",
  "mottaker",
  "dokumentpakkefingeravtrykk",
  "maskinportentoken",
  "sikkerhetsnivaa",
  "ikkesensitivtittel",
  "spraak",
];
const qr24 = ["standardBusinessDocumentHeader", "feil"];
const qr25 = ["avsender", "mottaker", "tidspunkt", "feiltype"];
const qe26 = ["KLIENT", "SERVER"];
const qr27 = ["standardBusinessDocumentHeader", "flyttet"];
const qr28 = [
  "avsender",
  "mottaker",
  "maskinportentoken",
  "tidspunkt",
  "dokumentpakkefingeravtrykk",
  "mottakstidspunkt",
  "sikkerhetsnivaa",
  "ikkesensitivtittel",
  "spraak",
];
const qr29 = ["standardBusinessDocumentHeader", "leveringskvittering"];
const qr30 = ["standardBusinessDocumentHeader", "mottakskvittering"];
const qr31 = ["standardBusinessDocumentHeader", "returpostkvittering"];
const qr32 = ["standardBusinessDocumentHeader", "utskrift"];
const qr33 = ["avsender", "mottaker", "dokumentpakkefingeravtrykk", "maskinportentoken", "utskriftstype", "retur"];
const qc34 = /^\d{4}$/;
const qc35 = /^[a-zA-Z]{2}$/;
const qe36 = ["SORT_HVIT", "FARGE"];
const qr37 = ["mottaker", "returposthaandtering"];
const qe38 = ["DIREKTE_RETUR", "MAKULERING_MED_MELDING"];
const qe39 = ["A", "B"];
const qr40 = ["standardBusinessDocumentHeader", "varslingfeiletkvittering"];
const qr41 = ["avsender", "mottaker", "tidspunkt", "varslingskanal"];
const qe42 = ["epost", "sms"];
function q6(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["authority"] === undefined || d["value"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr2) });
    for (const k12 in d) {
      switch (k12) {
        case "authority":
        case "value":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k12 });
      }
    }
    const p13 = d["authority"];
    if (p13 !== undefined) {
      if (!(typeof p13 === "string")) return qErr("type", { type: "string" }, "authority");
    }
    const p14 = d["value"];
    if (p14 !== undefined) {
      if (!(typeof p14 === "string")) return qErr("type", { type: "string" }, "value");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q5(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["identifier"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr1) });
    for (const k10 in d) {
      switch (k10) {
        case "identifier":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k10 });
      }
    }
    const p11 = d["identifier"];
    if (p11 !== undefined) {
      if (!q6(p11)) return qUp("identifier");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q4(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (
      d["creationDateAndTime"] === undefined ||
      d["instanceIdentifier"] === undefined ||
      d["standard"] === undefined ||
      d["type"] === undefined ||
      d["typeVersion"] === undefined
    )
      return qErr("required", { missingProperty: qMissing(d, qr3) });
    for (const k15 in d) {
      switch (k15) {
        case "standard":
        case "typeVersion":
        case "instanceIdentifier":
        case "type":
        case "creationDateAndTime":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k15 });
      }
    }
    const p16 = d["standard"];
    if (p16 !== undefined) {
      if (!(typeof p16 === "string")) return qErr("type", { type: "string" }, "standard");
    }
    const p17 = d["typeVersion"];
    if (p17 !== undefined) {
      if (!(typeof p17 === "string")) return qErr("type", { type: "string" }, "typeVersion");
    }
    const p18 = d["instanceIdentifier"];
    if (p18 !== undefined) {
      if (typeof p18 === "string") {
        if (!qc4.test(p18)) return qErr("format", { format: "uuid" }, "instanceIdentifier");
      } else return qErr("type", { type: "string" }, "instanceIdentifier");
    }
    const p19 = d["type"];
    if (p19 !== undefined) {
      if (!(typeof p19 === "string")) return qErr("type", { type: "string" }, "type");
    }
    const p20 = d["creationDateAndTime"];
    if (p20 !== undefined) {
      if (typeof p20 === "string") {
        if (!qDateTime(p20)) return qErr("format", { format: "date-time" }, "creationDateAndTime");
      } else return qErr("type", { type: "string" }, "creationDateAndTime");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q3(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    for (const k32 in d) {
      switch (k32) {
        case "expectedResponseDateTime":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k32 });
      }
    }
    const p33 = d["expectedResponseDateTime"];
    if (p33 !== undefined) {
      if (!(typeof p33 === "string")) return qErr("type", { type: "string" }, "expectedResponseDateTime");
    }
  } else return qErr("type", { type: "object" });
  const j34 = qFree(d, null);
  if (j34 !== null) return qNotJson(j34);
  return true;
}
function q2(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["type"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr6) });
    for (const k25 in d) {
      switch (k25) {
        case "type":
        case "instanceIdentifier":
        case "identifier":
        case "scopeInformation":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k25 });
      }
    }
    const p26 = d["type"];
    if (p26 !== undefined) {
      if (!(typeof p26 === "string")) return qErr("type", { type: "string" }, "type");
    }
    const p27 = d["instanceIdentifier"];
    if (p27 !== undefined) {
      if (typeof p27 === "string") {
        if (!qc4.test(p27)) return qErr("format", { format: "uuid" }, "instanceIdentifier");
      } else return qErr("type", { type: "string" }, "instanceIdentifier");
    }
    const p28 = d["identifier"];
    if (p28 !== undefined) {
      if (!(typeof p28 === "string")) return qErr("type", { type: "string" }, "identifier");
    }
    const p29 = d["scopeInformation"];
    if (p29 !== undefined) {
      if (Array.isArray(p29)) {
        for (let i30 = 0; i30 < p29.length; i30++) {
          const e31 = p29[i30];
          if (!q3(e31)) return qUp(i30, "scopeInformation");
        }
      } else return qErr("type", { type: "array" }, "scopeInformation");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q1(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["scope"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr5) });
    for (const k21 in d) {
      switch (k21) {
        case "scope":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k21 });
      }
    }
    const p22 = d["scope"];
    if (p22 !== undefined) {
      if (Array.isArray(p22)) {
        for (let i23 = 0; i23 < p22.length; i23++) {
          const e24 = p22[i23];
          if (!q2(e24)) return qUp(i23, "scope");
        }
      } else return qErr("type", { type: "array" }, "scope");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q0(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (
      d["businessScope"] === undefined ||
      d["documentIdentification"] === undefined ||
      d["headerVersion"] === undefined ||
      d["receiver"] === undefined ||
      d["sender"] === undefined
    )
      return qErr("required", { missingProperty: qMissing(d, qr0) });
    for (const k0 in d) {
      switch (k0) {
        case "headerVersion":
        case "sender":
        case "receiver":
        case "documentIdentification":
        case "businessScope":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k0 });
      }
    }
    const p1 = d["headerVersion"];
    if (p1 !== undefined) {
      if (!(typeof p1 === "string")) return qErr("type", { type: "string" }, "headerVersion");
    }
    const p2 = d["sender"];
    if (p2 !== undefined) {
      if (Array.isArray(p2)) {
        if (p2.length > 1) return qErr("maxItems", { limit: 1 }, "sender");
        if (p2.length < 1) return qErr("minItems", { limit: 1 }, "sender");
        for (let i3 = 0; i3 < p2.length; i3++) {
          const e4 = p2[i3];
          if (!q5(e4)) return qUp(i3, "sender");
        }
      } else return qErr("type", { type: "array" }, "sender");
    }
    const p5 = d["receiver"];
    if (p5 !== undefined) {
      if (Array.isArray(p5)) {
        if (p5.length > 1) return qErr("maxItems", { limit: 1 }, "receiver");
        if (p5.length < 1) return qErr("minItems", { limit: 1 }, "receiver");
        for (let i6 = 0; i6 < p5.length; i6++) {
          const e7 = p5[i6];
          if (!q5(e7)) return qUp(i6, "receiver");
        }
      } else return qErr("type", { type: "array" }, "receiver");
    }
    const p8 = d["documentIdentification"];
    if (p8 !== undefined) {
      if (!q4(p8)) return qUp("documentIdentification");
    }
    const p9 = d["businessScope"];
    if (p9 !== undefined) {
      if (!q1(p9)) return qUp("businessScope");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q13(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["authority"] === undefined || d["value"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr2) });
    for (const k46 in d) {
      switch (k46) {
        case "authority":
        case "value":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k46 });
      }
    }
    const p47 = d["authority"];
    if (p47 !== undefined) {
      if (!(typeof p47 === "string")) return qErr("type", { type: "string" }, "authority");
      if (!(p47 === "iso6523-actorid-upis")) return qErr("enum", { allowedValues: qe10 }, "authority");
    }
    const p48 = d["value"];
    if (p48 !== undefined) {
      if (typeof p48 === "string") {
        if (!qc11.test(p48)) return qErr("pattern", { pattern: "[0-9]{4}:\\w{1,35}" }, "value");
      } else return qErr("type", { type: "string" }, "value");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q11(d) {
  if (typeof d === "string") {
    if (d.length > 100 && qLen(d) > 100) return qErr("maxLength", { limit: 100 });
  } else return qErr("type", { type: "string" });
  return true;
}
function q9(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["virksomhetsidentifikator"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr9) });
    for (const k42 in d) {
      switch (k42) {
        case "virksomhetsidentifikator":
        case "avsenderidentifikator":
        case "fakturaReferanse":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k42 });
      }
    }
    const p43 = d["virksomhetsidentifikator"];
    if (p43 !== undefined) {
      if (!q13(p43)) return qUp("virksomhetsidentifikator");
    }
    const p44 = d["avsenderidentifikator"];
    if (p44 !== undefined) {
      if (!q11(p44)) return qUp("avsenderidentifikator");
    }
    const p45 = d["fakturaReferanse"];
    if (p45 !== undefined) {
      if (typeof p45 === "string") {
        if (p45.length > 40 && qLen(p45) > 40) return qErr("maxLength", { limit: 40 }, "fakturaReferanse");
      } else return qErr("type", { type: "string" }, "fakturaReferanse");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q15(d) {
  if (typeof d === "string") {
    if (d.length > 100 && qLen(d) > 100) return qErr("maxLength", { limit: 100 });
  } else return qErr("type", { type: "string" });
  return true;
}
function q10(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["virksomhetsidentifikator"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr9) });
    const p49 = d["virksomhetsidentifikator"];
    if (p49 !== undefined) {
      if (!q13(p49)) return qUp("virksomhetsidentifikator");
    }
    const p50 = d["motakeridentifikator"];
    if (p50 !== undefined) {
      if (!q15(p50)) return qUp("motakeridentifikator");
    }
  } else return qErr("type", { type: "object" });
  const j51 = qFree(d, qk12);
  if (j51 !== null) return qNotJson(j51);
  return true;
}
function q17(d) {
  if (typeof d === "string") {
    if (!qDateTime(d)) return qErr("format", { format: "date-time" });
  } else return qErr("type", { type: "string" });
  return true;
}
function q19(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["avsender"] === undefined || d["mottaker"] === undefined || d["tidspunkt"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr8) });
    for (const k38 in d) {
      switch (k38) {
        case "avsender":
        case "mottaker":
        case "tidspunkt":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k38 });
      }
    }
    const p39 = d["avsender"];
    if (p39 !== undefined) {
      if (!q9(p39)) return qUp("avsender");
    }
    const p40 = d["mottaker"];
    if (p40 !== undefined) {
      if (!q10(p40)) return qUp("mottaker");
    }
    const p41 = d["tidspunkt"];
    if (p41 !== undefined) {
      if (!q17(p41)) return qUp("tidspunkt");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q7(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocumentHeader"] === undefined || d["aapningskvittering"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr7) });
    for (const k35 in d) {
      switch (k35) {
        case "standardBusinessDocumentHeader":
        case "aapningskvittering":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k35 });
      }
    }
    const p36 = d["standardBusinessDocumentHeader"];
    if (p36 !== undefined) {
      if (!q0(p36)) return qUp("standardBusinessDocumentHeader");
    }
    const p37 = d["aapningskvittering"];
    if (p37 !== undefined) {
      if (!q19(p37)) return qUp("aapningskvittering");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q8(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocument"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr13) });
    for (const k52 in d) {
      switch (k52) {
        case "standardBusinessDocument":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k52 });
      }
    }
    const p53 = d["standardBusinessDocument"];
    if (p53 !== undefined) {
      if (!q7(p53)) return qUp("standardBusinessDocument");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q14(d) {
  if (!(typeof d === "string")) return qErr("type", { type: "string" });
  return true;
}
function q12(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["postkasseadresse"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr14) });
    for (const k54 in d) {
      switch (k54) {
        case "postkasseadresse":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k54 });
      }
    }
    const p55 = d["postkasseadresse"];
    if (p55 !== undefined) {
      if (!q14(p55)) return qUp("postkasseadresse");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q16(d) {
  if (!(typeof d === "string")) return qErr("type", { type: "string" });
  return true;
}
function q18(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["digestMethod"] === undefined || d["digestValue"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr15) });
    for (const k56 in d) {
      switch (k56) {
        case "digestMethod":
        case "digestValue":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k56 });
      }
    }
    const p57 = d["digestMethod"];
    if (p57 !== undefined) {
      if (!(typeof p57 === "string")) return qErr("type", { type: "string" }, "digestMethod");
    }
    const p58 = d["digestValue"];
    if (p58 !== undefined) {
      if (!(typeof p58 === "string")) return qErr("type", { type: "string" }, "digestValue");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q20(d) {
  if (!(typeof d === "number" && d % 1 === 0 && isFinite(d))) return qErr("type", { type: "integer" });
  if (!(d === 3 || d === 4)) return qErr("enum", { allowedValues: qe16 });
  return true;
}
function q21(d) {
  if (typeof d === "string") {
    if (!qDate(d)) return qErr("format", { format: "date" });
  } else return qErr("type", { type: "string" });
  return true;
}
function q22(d) {
  if (typeof d === "string") {
    if (!qDateTime(d)) return qErr("format", { format: "date-time" });
  } else return qErr("type", { type: "string" });
  return true;
}
function q23(d) {
  if (!(typeof d === "boolean")) return qErr("type", { type: "boolean" });
  return true;
}
function q27(d) {
  if (Array.isArray(d)) {
    if (d.length > 10) return qErr("maxItems", { limit: 10 });
    if (d.length < 1) return qErr("minItems", { limit: 1 });
    for (let i66 = 0; i66 < d.length; i66++) {
      const e67 = d[i66];
      if (!(typeof e67 === "number" && e67 % 1 === 0 && isFinite(e67))) return qErr("type", { type: "integer" }, i66);
      if (e67 > 25) return qErr("maximum", { comparison: "<=", limit: 25 }, i66);
      if (e67 < 0) return qErr("minimum", { comparison: ">=", limit: 0 }, i66);
    }
  } else return qErr("type", { type: "array" });
  return true;
}
function q26(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["epostadresse"] === undefined || d["varslingstekst"] === undefined || d["repetisjoner"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr18) });
    for (const k62 in d) {
      switch (k62) {
        case "epostadresse":
        case "varslingstekst":
        case "repetisjoner":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k62 });
      }
    }
    const p63 = d["epostadresse"];
    if (p63 !== undefined) {
      if (typeof p63 === "string") {
        if (!qc19.test(p63)) return qErr("format", { format: "email" }, "epostadresse");
      } else return qErr("type", { type: "string" }, "epostadresse");
    }
    const p64 = d["varslingstekst"];
    if (p64 !== undefined) {
      if (typeof p64 === "string") {
        if (p64.length > 500 && qLen(p64) > 500) return qErr("maxLength", { limit: 500 }, "varslingstekst");
        if (p64.length < 2 && qLen(p64) < 1) return qErr("minLength", { limit: 1 }, "varslingstekst");
      } else return qErr("type", { type: "string" }, "varslingstekst");
    }
    const p65 = d["repetisjoner"];
    if (p65 !== undefined) {
      if (!q27(p65)) return qUp("repetisjoner");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q29(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["mobiltelefonnummer"] === undefined || d["varslingstekst"] === undefined || d["repetisjoner"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr20) });
    for (const k68 in d) {
      switch (k68) {
        case "mobiltelefonnummer":
        case "varslingstekst":
        case "repetisjoner":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k68 });
      }
    }
    const p69 = d["mobiltelefonnummer"];
    if (p69 !== undefined) {
      if (typeof p69 === "string") {
        if (p69.length > 20 && qLen(p69) > 20) return qErr("maxLength", { limit: 20 }, "mobiltelefonnummer");
        if (p69.length < 16 && qLen(p69) < 8) return qErr("minLength", { limit: 8 }, "mobiltelefonnummer");
        if (!qc21.test(p69)) return qErr("pattern", { pattern: "^\\+?[- _0-9]+$" }, "mobiltelefonnummer");
      } else return qErr("type", { type: "string" }, "mobiltelefonnummer");
    }
    const p70 = d["varslingstekst"];
    if (p70 !== undefined) {
      if (typeof p70 === "string") {
        if (p70.length > 160 && qLen(p70) > 160) return qErr("maxLength", { limit: 160 }, "varslingstekst");
        if (p70.length < 2 && qLen(p70) < 1) return qErr("minLength", { limit: 1 }, "varslingstekst");
      } else return qErr("type", { type: "string" }, "varslingstekst");
    }
    const p71 = d["repetisjoner"];
    if (p71 !== undefined) {
      if (!q27(p71)) return qUp("repetisjoner");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q24(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    const p59 = d["epostvarsel"];
    if (p59 !== undefined) {
      if (!q26(p59)) return qUp("epostvarsel");
    }
    const p60 = d["smsvarsel"];
    if (p60 !== undefined) {
      if (!q29(p60)) return qUp("smsvarsel");
    }
  }
  const j61 = qFree(d, qk17);
  if (j61 !== null) return qNotJson(j61);
  return true;
}
function q25(d) {
  if (typeof d === "string") {
    if (d.length > 255 && qLen(d) > 255) return qErr("maxLength", { limit: 255 });
    if (d.length < 2 && qLen(d) < 1) return qErr("minLength", { limit: 1 });
  } else return qErr("type", { type: "string" });
  return true;
}
function q28(d) {
  if (typeof d === "string") {
    if (d.length > 2 && qLen(d) > 2) return qErr("maxLength", { limit: 2 });
    if (d.length < 4 && qLen(d) < 2) return qErr("minLength", { limit: 2 });
  } else return qErr("type", { type: "string" });
  return true;
}
function q31(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (
      d["avsender"] === undefined ||
      d["mottaker"] === undefined ||
      d["dokumentpakkefingeravtrykk"] === undefined ||
      d["maskinportentoken"] === undefined ||
      d["sikkerhetsnivaa"] === undefined ||
      d["ikkesensitivtittel"] === undefined ||
      d["spraak"] === undefined
    )
      return qErr("required", { missingProperty: qMissing(d, qr23) });
    for (const k75 in d) {
      switch (k75) {
        case "avsender":
        case "mottaker":
        case "dokumentpakkefingeravtrykk":
        case "maskinportentoken":
        case "sikkerhetsnivaa":
        case "virkningsdato":
        case "virkningstidspunkt":
        case "aapningskvittering":
        case "ikkesensitivtittel":
        case "spraak":
        case "varsler":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k75 });
      }
    }
    const p76 = d["avsender"];
    if (p76 !== undefined) {
      if (!q9(p76)) return qUp("avsender");
    }
    const p77 = d["mottaker"];
    if (p77 !== undefined) {
      if (!q12(p77)) return qUp("mottaker");
    }
    const p78 = d["dokumentpakkefingeravtrykk"];
    if (p78 !== undefined) {
      if (!q18(p78)) return qUp("dokumentpakkefingeravtrykk");
    }
    const p79 = d["maskinportentoken"];
    if (p79 !== undefined) {
      if (!q16(p79)) return qUp("maskinportentoken");
    }
    const p80 = d["sikkerhetsnivaa"];
    if (p80 !== undefined) {
      if (!q20(p80)) return qUp("sikkerhetsnivaa");
    }
    const p81 = d["virkningsdato"];
    if (p81 !== undefined) {
      if (!q21(p81)) return qUp("virkningsdato");
    }
    const p82 = d["virkningstidspunkt"];
    if (p82 !== undefined) {
      if (!q22(p82)) return qUp("virkningstidspunkt");
    }
    const p83 = d["aapningskvittering"];
    if (p83 !== undefined) {
      if (!q23(p83)) return qUp("aapningskvittering");
    }
    const p84 = d["ikkesensitivtittel"];
    if (p84 !== undefined) {
      if (!q25(p84)) return qUp("ikkesensitivtittel");
    }
    const p85 = d["spraak"];
    if (p85 !== undefined) {
      if (!q28(p85)) return qUp("spraak");
    }
    const p86 = d["varsler"];
    if (p86 !== undefined) {
      if (!q24(p86)) return qUp("varsler");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q30(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocumentHeader"] === undefined || d["digital"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr22) });
    for (const k72 in d) {
      switch (k72) {
        case "standardBusinessDocumentHeader":
        case "digital":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k72 });
      }
    }
    const p73 = d["standardBusinessDocumentHeader"];
    if (p73 !== undefined) {
      if (!q0(p73)) return qUp("standardBusinessDocumentHeader");
    }
    const p74 = d["digital"];
    if (p74 !== undefined) {
      if (!q31(p74)) return qUp("digital");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q32(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocument"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr13) });
    for (const k87 in d) {
      switch (k87) {
        case "standardBusinessDocument":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k87 });
      }
    }
    const p88 = d["standardBusinessDocument"];
    if (p88 !== undefined) {
      if (!q30(p88)) return qUp("standardBusinessDocument");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q34(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (
      d["avsender"] === undefined ||
      d["mottaker"] === undefined ||
      d["tidspunkt"] === undefined ||
      d["feiltype"] === undefined
    )
      return qErr("required", { missingProperty: qMissing(d, qr25) });
    for (const k92 in d) {
      switch (k92) {
        case "avsender":
        case "mottaker":
        case "tidspunkt":
        case "feiltype":
        case "detaljer":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k92 });
      }
    }
    const p93 = d["avsender"];
    if (p93 !== undefined) {
      if (!q9(p93)) return qUp("avsender");
    }
    const p94 = d["mottaker"];
    if (p94 !== undefined) {
      if (!q10(p94)) return qUp("mottaker");
    }
    const p95 = d["tidspunkt"];
    if (p95 !== undefined) {
      if (!q17(p95)) return qUp("tidspunkt");
    }
    const p96 = d["feiltype"];
    if (p96 !== undefined) {
      if (!(typeof p96 === "string")) return qErr("type", { type: "string" }, "feiltype");
      if (!(p96 === "KLIENT" || p96 === "SERVER")) return qErr("enum", { allowedValues: qe26 }, "feiltype");
    }
    const p97 = d["detaljer"];
    if (p97 !== undefined) {
      if (!(typeof p97 === "string")) return qErr("type", { type: "string" }, "detaljer");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q33(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocumentHeader"] === undefined || d["feil"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr24) });
    for (const k89 in d) {
      switch (k89) {
        case "standardBusinessDocumentHeader":
        case "feil":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k89 });
      }
    }
    const p90 = d["standardBusinessDocumentHeader"];
    if (p90 !== undefined) {
      if (!q0(p90)) return qUp("standardBusinessDocumentHeader");
    }
    const p91 = d["feil"];
    if (p91 !== undefined) {
      if (!q34(p91)) return qUp("feil");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q35(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocument"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr13) });
    for (const k98 in d) {
      switch (k98) {
        case "standardBusinessDocument":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k98 });
      }
    }
    const p99 = d["standardBusinessDocument"];
    if (p99 !== undefined) {
      if (!q33(p99)) return qUp("standardBusinessDocument");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q37(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (
      d["avsender"] === undefined ||
      d["mottaker"] === undefined ||
      d["maskinportentoken"] === undefined ||
      d["tidspunkt"] === undefined ||
      d["dokumentpakkefingeravtrykk"] === undefined ||
      d["mottakstidspunkt"] === undefined ||
      d["sikkerhetsnivaa"] === undefined ||
      d["ikkesensitivtittel"] === undefined ||
      d["spraak"] === undefined
    )
      return qErr("required", { missingProperty: qMissing(d, qr28) });
    for (const k103 in d) {
      switch (k103) {
        case "avsender":
        case "mottaker":
        case "maskinportentoken":
        case "tidspunkt":
        case "dokumentpakkefingeravtrykk":
        case "mottakstidspunkt":
        case "aapnet":
        case "sikkerhetsnivaa":
        case "virkningsdato":
        case "virkningstidspunkt":
        case "aapningskvittering":
        case "ikkesensitivtittel":
        case "spraak":
        case "varsler":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k103 });
      }
    }
    const p104 = d["avsender"];
    if (p104 !== undefined) {
      if (!q9(p104)) return qUp("avsender");
    }
    const p105 = d["mottaker"];
    if (p105 !== undefined) {
      if (!q12(p105)) return qUp("mottaker");
    }
    const p106 = d["maskinportentoken"];
    if (p106 !== undefined) {
      if (!q16(p106)) return qUp("maskinportentoken");
    }
    const p107 = d["tidspunkt"];
    if (p107 !== undefined) {
      if (!q17(p107)) return qUp("tidspunkt");
    }
    const p108 = d["dokumentpakkefingeravtrykk"];
    if (p108 !== undefined) {
      if (!q18(p108)) return qUp("dokumentpakkefingeravtrykk");
    }
    const p109 = d["mottakstidspunkt"];
    if (p109 !== undefined) {
      if (typeof p109 === "string") {
        if (!qDate(p109)) return qErr("format", { format: "date" }, "mottakstidspunkt");
      } else return qErr("type", { type: "string" }, "mottakstidspunkt");
    }
    const p110 = d["aapnet"];
    if (p110 !== undefined) {
      if (!(typeof p110 === "boolean")) return qErr("type", { type: "boolean" }, "aapnet");
    }
    const p111 = d["sikkerhetsnivaa"];
    if (p111 !== undefined) {
      if (!q20(p111)) return qUp("sikkerhetsnivaa");
    }
    const p112 = d["virkningsdato"];
    if (p112 !== undefined) {
      if (!q21(p112)) return qUp("virkningsdato");
    }
    const p113 = d["virkningstidspunkt"];
    if (p113 !== undefined) {
      if (!q22(p113)) return qUp("virkningstidspunkt");
    }
    const p114 = d["aapningskvittering"];
    if (p114 !== undefined) {
      if (!q23(p114)) return qUp("aapningskvittering");
    }
    const p115 = d["ikkesensitivtittel"];
    if (p115 !== undefined) {
      if (!q25(p115)) return qUp("ikkesensitivtittel");
    }
    const p116 = d["spraak"];
    if (p116 !== undefined) {
      if (!q28(p116)) return qUp("spraak");
    }
    const p117 = d["varsler"];
    if (p117 !== undefined) {
      if (!q24(p117)) return qUp("varsler");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q36(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocumentHeader"] === undefined || d["flyttet"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr27) });
    for (const k100 in d) {
      switch (k100) {
        case "standardBusinessDocumentHeader":
        case "flyttet":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k100 });
      }
    }
    const p101 = d["standardBusinessDocumentHeader"];
    if (p101 !== undefined) {
      if (!q0(p101)) return qUp("standardBusinessDocumentHeader");
    }
    const p102 = d["flyttet"];
    if (p102 !== undefined) {
      if (!q37(p102)) return qUp("flyttet");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q38(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocument"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr13) });
    for (const k118 in d) {
      switch (k118) {
        case "standardBusinessDocument":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k118 });
      }
    }
    const p119 = d["standardBusinessDocument"];
    if (p119 !== undefined) {
      if (!q36(p119)) return qUp("standardBusinessDocument");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q39(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocumentHeader"] === undefined || d["leveringskvittering"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr29) });
    for (const k120 in d) {
      switch (k120) {
        case "standardBusinessDocumentHeader":
        case "leveringskvittering":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k120 });
      }
    }
    const p121 = d["standardBusinessDocumentHeader"];
    if (p121 !== undefined) {
      if (!q0(p121)) return qUp("standardBusinessDocumentHeader");
    }
    const p122 = d["leveringskvittering"];
    if (p122 !== undefined) {
      if (!q19(p122)) return qUp("leveringskvittering");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q40(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocument"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr13) });
    for (const k123 in d) {
      switch (k123) {
        case "standardBusinessDocument":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k123 });
      }
    }
    const p124 = d["standardBusinessDocument"];
    if (p124 !== undefined) {
      if (!q39(p124)) return qUp("standardBusinessDocument");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q41(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocumentHeader"] === undefined || d["mottakskvittering"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr30) });
    for (const k125 in d) {
      switch (k125) {
        case "standardBusinessDocumentHeader":
        case "mottakskvittering":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k125 });
      }
    }
    const p126 = d["standardBusinessDocumentHeader"];
    if (p126 !== undefined) {
      if (!q0(p126)) return qUp("standardBusinessDocumentHeader");
    }
    const p127 = d["mottakskvittering"];
    if (p127 !== undefined) {
      if (!q19(p127)) return qUp("mottakskvittering");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q42(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocument"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr13) });
    for (const k128 in d) {
      switch (k128) {
        case "standardBusinessDocument":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k128 });
      }
    }
    const p129 = d["standardBusinessDocument"];
    if (p129 !== undefined) {
      if (!q41(p129)) return qUp("standardBusinessDocument");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q43(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocumentHeader"] === undefined || d["returpostkvittering"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr31) });
    for (const k130 in d) {
      switch (k130) {
        case "standardBusinessDocumentHeader":
        case "returpostkvittering":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k130 });
      }
    }
    const p131 = d["standardBusinessDocumentHeader"];
    if (p131 !== undefined) {
      if (!q0(p131)) return qUp("standardBusinessDocumentHeader");
    }
    const p132 = d["returpostkvittering"];
    if (p132 !== undefined) {
      if (!q19(p132)) return qUp("returpostkvittering");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q44(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocument"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr13) });
    for (const k133 in d) {
      switch (k133) {
        case "standardBusinessDocument":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k133 });
      }
    }
    const p134 = d["standardBusinessDocument"];
    if (p134 !== undefined) {
      if (!q43(p134)) return qUp("standardBusinessDocument");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function qs146(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (
      d["navn"] === undefined ||
      d["adresselinje1"] === undefined ||
      d["postnummer"] === undefined ||
      d["poststed"] === undefined
    )
      return false;
  }
  return true;
}
function qs149(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["navn"] === undefined || d["adresselinje1"] === undefined || d["land"] === undefined) return false;
  }
  return true;
}
function qs151(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["navn"] === undefined || d["adresselinje1"] === undefined || d["landkode"] === undefined) return false;
  }
  return true;
}
function qs150(d) {
  if (qs151(d)) return false;
  qClear();
  return true;
}
function qs148(d) {
  if (qs149(d)) {
    if (!qs150(d)) return false;
  } else {
    qClear();
    if (!qs151(d)) return false;
  }
  return true;
}
function qs147(d) {
  if (qs148(d)) return false;
  qClear();
  return true;
}
function q51(d) {
  if (qs146(d)) {
    if (!qs147(d)) return qReset(qa51, d);
  } else {
    qClear();
    if (!qs148(d)) return qReset(qa51, d);
  }
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    for (const k152 in d) {
      switch (k152) {
        case "navn":
        case "adresselinje1":
        case "adresselinje2":
        case "adresselinje3":
        case "adresselinje4":
        case "postnummer":
        case "poststed":
        case "land":
        case "landkode":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k152 });
      }
    }
    const p153 = d["navn"];
    if (p153 !== undefined) {
      if (!(typeof p153 === "string")) return qErr("type", { type: "string" }, "navn");
    }
    const p154 = d["adresselinje1"];
    if (p154 !== undefined) {
      if (typeof p154 === "string") {
        if (p154.length > 100 && qLen(p154) > 100) return qErr("maxLength", { limit: 100 }, "adresselinje1");
      } else return qErr("type", { type: "string" }, "adresselinje1");
    }
    const p155 = d["adresselinje2"];
    if (p155 !== undefined) {
      if (typeof p155 === "string") {
        if (p155.length > 100 && qLen(p155) > 100) return qErr("maxLength", { limit: 100 }, "adresselinje2");
      } else return qErr("type", { type: "string" }, "adresselinje2");
    }
    const p156 = d["adresselinje3"];
    if (p156 !== undefined) {
      if (typeof p156 === "string") {
        if (p156.length > 100 && qLen(p156) > 100) return qErr("maxLength", { limit: 100 }, "adresselinje3");
      } else return qErr("type", { type: "string" }, "adresselinje3");
    }
    const p157 = d["adresselinje4"];
    if (p157 !== undefined) {
      if (typeof p157 === "string") {
        if (p157.length > 100 && qLen(p157) > 100) return qErr("maxLength", { limit: 100 }, "adresselinje4");
      } else return qErr("type", { type: "string" }, "adresselinje4");
    }
    const p158 = d["postnummer"];
    if (p158 !== undefined) {
      if (typeof p158 === "string") {
        if (!qc34.test(p158)) return qErr("pattern", { pattern: "^\\d{4}$" }, "postnummer");
      } else return qErr("type", { type: "string" }, "postnummer");
    }
    const p159 = d["poststed"];
    if (p159 !== undefined) {
      if (typeof p159 === "string") {
        if (p159.length > 80 && qLen(p159) > 80) return qErr("maxLength", { limit: 80 }, "poststed");
      } else return qErr("type", { type: "string" }, "poststed");
    }
    const p160 = d["land"];
    if (p160 !== undefined) {
      if (typeof p160 === "string") {
        if (p160.length > 80 && qLen(p160) > 80) return qErr("maxLength", { limit: 80 }, "land");
      } else return qErr("type", { type: "string" }, "land");
    }
    const p161 = d["landkode"];
    if (p161 !== undefined) {
      if (typeof p161 === "string") {
        if (!qc35.test(p161)) return qErr("pattern", { pattern: "^[a-zA-Z]{2}$" }, "landkode");
      } else return qErr("type", { type: "string" }, "landkode");
    }
  } else return qErr("type", { type: "object" });
  const j162 = qFree(d, null);
  if (j162 !== null) return qNotJson(j162);
  return true;
}
function q47(d) {
  if (!(typeof d === "string")) return qErr("type", { type: "string" });
  if (!(d === "SORT_HVIT" || d === "FARGE")) return qErr("enum", { allowedValues: qe36 });
  return true;
}
function q49(d) {
  if (!(typeof d === "string")) return qErr("type", { type: "string" });
  if (!(d === "DIREKTE_RETUR" || d === "MAKULERING_MED_MELDING")) return qErr("enum", { allowedValues: qe38 });
  return true;
}
function q48(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["mottaker"] === undefined || d["returposthaandtering"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr37) });
    for (const k163 in d) {
      switch (k163) {
        case "mottaker":
        case "returposthaandtering":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k163 });
      }
    }
    const p164 = d["mottaker"];
    if (p164 !== undefined) {
      if (!q51(p164)) return qUp("mottaker");
    }
    const p165 = d["returposthaandtering"];
    if (p165 !== undefined) {
      if (!q49(p165)) return qUp("returposthaandtering");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q50(d) {
  if (!(typeof d === "string")) return qErr("type", { type: "string" });
  if (!(d === "A" || d === "B")) return qErr("enum", { allowedValues: qe39 });
  return true;
}
function q46(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (
      d["avsender"] === undefined ||
      d["mottaker"] === undefined ||
      d["dokumentpakkefingeravtrykk"] === undefined ||
      d["maskinportentoken"] === undefined ||
      d["utskriftstype"] === undefined ||
      d["retur"] === undefined
    )
      return qErr("required", { missingProperty: qMissing(d, qr33) });
    for (const k138 in d) {
      switch (k138) {
        case "avsender":
        case "mottaker":
        case "dokumentpakkefingeravtrykk":
        case "maskinportentoken":
        case "utskriftstype":
        case "retur":
        case "posttype":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k138 });
      }
    }
    const p139 = d["avsender"];
    if (p139 !== undefined) {
      if (!q9(p139)) return qUp("avsender");
    }
    const p140 = d["mottaker"];
    if (p140 !== undefined) {
      if (!q51(p140)) return qUp("mottaker");
    }
    const p141 = d["dokumentpakkefingeravtrykk"];
    if (p141 !== undefined) {
      if (!q18(p141)) return qUp("dokumentpakkefingeravtrykk");
    }
    const p142 = d["maskinportentoken"];
    if (p142 !== undefined) {
      if (!q16(p142)) return qUp("maskinportentoken");
    }
    const p143 = d["utskriftstype"];
    if (p143 !== undefined) {
      if (!q47(p143)) return qUp("utskriftstype");
    }
    const p144 = d["retur"];
    if (p144 !== undefined) {
      if (!q48(p144)) return qUp("retur");
    }
    const p145 = d["posttype"];
    if (p145 !== undefined) {
      if (!q50(p145)) return qUp("posttype");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q45(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocumentHeader"] === undefined || d["utskrift"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr32) });
    for (const k135 in d) {
      switch (k135) {
        case "standardBusinessDocumentHeader":
        case "utskrift":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k135 });
      }
    }
    const p136 = d["standardBusinessDocumentHeader"];
    if (p136 !== undefined) {
      if (!q0(p136)) return qUp("standardBusinessDocumentHeader");
    }
    const p137 = d["utskrift"];
    if (p137 !== undefined) {
      if (!q46(p137)) return qUp("utskrift");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q52(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocument"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr13) });
    for (const k166 in d) {
      switch (k166) {
        case "standardBusinessDocument":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k166 });
      }
    }
    const p167 = d["standardBusinessDocument"];
    if (p167 !== undefined) {
      if (!q45(p167)) return qUp("standardBusinessDocument");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q54(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (
      d["avsender"] === undefined ||
      d["mottaker"] === undefined ||
      d["tidspunkt"] === undefined ||
      d["varslingskanal"] === undefined
    )
      return qErr("required", { missingProperty: qMissing(d, qr41) });
    for (const k171 in d) {
      switch (k171) {
        case "avsender":
        case "mottaker":
        case "tidspunkt":
        case "beskrivelse":
        case "varslingskanal":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k171 });
      }
    }
    const p172 = d["avsender"];
    if (p172 !== undefined) {
      if (!q9(p172)) return qUp("avsender");
    }
    const p173 = d["mottaker"];
    if (p173 !== undefined) {
      if (!q10(p173)) return qUp("mottaker");
    }
    const p174 = d["tidspunkt"];
    if (p174 !== undefined) {
      if (!q17(p174)) return qUp("tidspunkt");
    }
    const p175 = d["beskrivelse"];
    if (p175 !== undefined) {
      if (!(typeof p175 === "string")) return qErr("type", { type: "string" }, "beskrivelse");
    }
    const p176 = d["varslingskanal"];
    if (p176 !== undefined) {
      if (!(typeof p176 === "string")) return qErr("type", { type: "string" }, "varslingskanal");
      if (!(p176 === "epost" || p176 === "sms")) return qErr("enum", { allowedValues: qe42 }, "varslingskanal");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q53(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocumentHeader"] === undefined || d["varslingfeiletkvittering"] === undefined)
      return qErr("required", { missingProperty: qMissing(d, qr40) });
    for (const k168 in d) {
      switch (k168) {
        case "standardBusinessDocumentHeader":
        case "varslingfeiletkvittering":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k168 });
      }
    }
    const p169 = d["standardBusinessDocumentHeader"];
    if (p169 !== undefined) {
      if (!q0(p169)) return qUp("standardBusinessDocumentHeader");
    }
    const p170 = d["varslingfeiletkvittering"];
    if (p170 !== undefined) {
      if (!q54(p170)) return qUp("varslingfeiletkvittering");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function q55(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["standardBusinessDocument"] === undefined) return qErr("required", { missingProperty: qMissing(d, qr13) });
    for (const k177 in d) {
      switch (k177) {
        case "standardBusinessDocument":
          break;
        default:
          return qErr("additionalProperties", { additionalProperty: k177 });
      }
    }
    const p178 = d["standardBusinessDocument"];
    if (p178 !== undefined) {
      if (!q53(p178)) return qUp("standardBusinessDocument");
    }
  } else return qErr("type", { type: "object" });
  return true;
}
function StandardBusinessDocumentHeaderChecked(data) {
  if (q0(data)) {
    StandardBusinessDocumentHeaderChecked.errors = null;
    return true;
  }
  return qRefuse(StandardBusinessDocumentHeaderChecked, data);
}
export const StandardBusinessDocumentHeader = StandardBusinessDocumentHeaderChecked;
function BusinessScopeChecked(data) {
  if (q1(data)) {
    BusinessScopeChecked.errors = null;
    return true;
  }
  return qRefuse(BusinessScopeChecked, data);
}
export const BusinessScope = BusinessScopeChecked;
function ScopeChecked(data) {
  if (q2(data)) {
    ScopeChecked.errors = null;
    return true;
  }
  return qRefuse(ScopeChecked, data);
}
export const Scope = ScopeChecked;
function ScopeInformationChecked(data) {
  if (q3(data)) {
    ScopeInformationChecked.errors = null;
    return true;
  }
  return qRefuse(ScopeInformationChecked, data);
}
export const ScopeInformation = ScopeInformationChecked;
function DocumentIdentificationChecked(data) {
  if (q4(data)) {
    DocumentIdentificationChecked.errors = null;
    return true;
  }
  return qRefuse(DocumentIdentificationChecked, data);
}
export const DocumentIdentification = DocumentIdentificationChecked;
function PartnerChecked(data) {
  if (q5(data)) {
    PartnerChecked.errors = null;
    return true;
  }
  return qRefuse(PartnerChecked, data);
}
export const Partner = PartnerChecked;
function PartnerIdentificationChecked(data) {
  if (q6(data)) {
    PartnerIdentificationChecked.errors = null;
    return true;
  }
  return qRefuse(PartnerIdentificationChecked, data);
}
export const PartnerIdentification = PartnerIdentificationChecked;
function AapningskvitteringDocumentChecked(data) {
  if (q7(data)) {
    AapningskvitteringDocumentChecked.errors = null;
    return true;
  }
  return qRefuse(AapningskvitteringDocumentChecked, data);
}
export const AapningskvitteringDocument = AapningskvitteringDocumentChecked;
function AapningskvitteringMessageChecked(data) {
  if (q8(data)) {
    AapningskvitteringMessageChecked.errors = null;
    return true;
  }
  return qRefuse(AapningskvitteringMessageChecked, data);
}
export const AapningskvitteringMessage = AapningskvitteringMessageChecked;
function AvsenderChecked(data) {
  if (q9(data)) {
    AvsenderChecked.errors = null;
    return true;
  }
  return qRefuse(AvsenderChecked, data);
}
export const Avsender = AvsenderChecked;
function VirksomhetmottakerChecked(data) {
  if (q10(data)) {
    VirksomhetmottakerChecked.errors = null;
    return true;
  }
  return qRefuse(VirksomhetmottakerChecked, data);
}
export const Virksomhetmottaker = VirksomhetmottakerChecked;
function AvsenderidentifikatorChecked(data) {
  if (q11(data)) {
    AvsenderidentifikatorChecked.errors = null;
    return true;
  }
  return qRefuse(AvsenderidentifikatorChecked, data);
}
export const Avsenderidentifikator = AvsenderidentifikatorChecked;
function PersonmottakerChecked(data) {
  if (q12(data)) {
    PersonmottakerChecked.errors = null;
    return true;
  }
  return qRefuse(PersonmottakerChecked, data);
}
export const Personmottaker = PersonmottakerChecked;
function VirksomhetsidentifikatorChecked(data) {
  if (q13(data)) {
    VirksomhetsidentifikatorChecked.errors = null;
    return true;
  }
  return qRefuse(VirksomhetsidentifikatorChecked, data);
}
export const Virksomhetsidentifikator = VirksomhetsidentifikatorChecked;
function PostkasseadresseChecked(data) {
  if (q14(data)) {
    PostkasseadresseChecked.errors = null;
    return true;
  }
  return qRefuse(PostkasseadresseChecked, data);
}
export const Postkasseadresse = PostkasseadresseChecked;
function MotakeridentifikatorChecked(data) {
  if (q15(data)) {
    MotakeridentifikatorChecked.errors = null;
    return true;
  }
  return qRefuse(MotakeridentifikatorChecked, data);
}
export const Motakeridentifikator = MotakeridentifikatorChecked;
function MaskinportentokenChecked(data) {
  if (q16(data)) {
    MaskinportentokenChecked.errors = null;
    return true;
  }
  return qRefuse(MaskinportentokenChecked, data);
}
export const Maskinportentoken = MaskinportentokenChecked;
function TidspunktChecked(data) {
  if (q17(data)) {
    TidspunktChecked.errors = null;
    return true;
  }
  return qRefuse(TidspunktChecked, data);
}
export const Tidspunkt = TidspunktChecked;
function DokumentpakkefingeravtrykkChecked(data) {
  if (q18(data)) {
    DokumentpakkefingeravtrykkChecked.errors = null;
    return true;
  }
  return qRefuse(DokumentpakkefingeravtrykkChecked, data);
}
export const Dokumentpakkefingeravtrykk = DokumentpakkefingeravtrykkChecked;
function KvitteringChecked(data) {
  if (q19(data)) {
    KvitteringChecked.errors = null;
    return true;
  }
  return qRefuse(KvitteringChecked, data);
}
export const Kvittering = KvitteringChecked;
function SikkerhetsnivaaChecked(data) {
  if (q20(data)) {
    SikkerhetsnivaaChecked.errors = null;
    return true;
  }
  return qRefuse(SikkerhetsnivaaChecked, data);
}
export const Sikkerhetsnivaa = SikkerhetsnivaaChecked;
function VirkningsdatoChecked(data) {
  if (q21(data)) {
    VirkningsdatoChecked.errors = null;
    return true;
  }
  return qRefuse(VirkningsdatoChecked, data);
}
export const Virkningsdato = VirkningsdatoChecked;
function VirkningstidspunktChecked(data) {
  if (q22(data)) {
    VirkningstidspunktChecked.errors = null;
    return true;
  }
  return qRefuse(VirkningstidspunktChecked, data);
}
export const Virkningstidspunkt = VirkningstidspunktChecked;
function AapningskvitteringRequestedChecked(data) {
  if (q23(data)) {
    AapningskvitteringRequestedChecked.errors = null;
    return true;
  }
  return qRefuse(AapningskvitteringRequestedChecked, data);
}
export const AapningskvitteringRequested = AapningskvitteringRequestedChecked;
function VarslerChecked(data) {
  if (q24(data)) {
    VarslerChecked.errors = null;
    return true;
  }
  return qRefuse(VarslerChecked, data);
}
export const Varsler = VarslerChecked;
function IkkesensitivtittelChecked(data) {
  if (q25(data)) {
    IkkesensitivtittelChecked.errors = null;
    return true;
  }
  return qRefuse(IkkesensitivtittelChecked, data);
}
export const Ikkesensitivtittel = IkkesensitivtittelChecked;
function EpostvarselChecked(data) {
  if (q26(data)) {
    EpostvarselChecked.errors = null;
    return true;
  }
  return qRefuse(EpostvarselChecked, data);
}
export const Epostvarsel = EpostvarselChecked;
function RepetisjonerChecked(data) {
  if (q27(data)) {
    RepetisjonerChecked.errors = null;
    return true;
  }
  return qRefuse(RepetisjonerChecked, data);
}
export const Repetisjoner = RepetisjonerChecked;
function SpraakChecked(data) {
  if (q28(data)) {
    SpraakChecked.errors = null;
    return true;
  }
  return qRefuse(SpraakChecked, data);
}
export const Spraak = SpraakChecked;
function SmsvarselChecked(data) {
  if (q29(data)) {
    SmsvarselChecked.errors = null;
    return true;
  }
  return qRefuse(SmsvarselChecked, data);
}
export const Smsvarsel = SmsvarselChecked;
function DigitalDocumentChecked(data) {
  if (q30(data)) {
    DigitalDocumentChecked.errors = null;
    return true;
  }
  return qRefuse(DigitalDocumentChecked, data);
}
export const DigitalDocument = DigitalDocumentChecked;
function DigitalChecked(data) {
  if (q31(data)) {
    DigitalChecked.errors = null;
    return true;
  }
  return qRefuse(DigitalChecked, data);
}
export const Digital = DigitalChecked;
function DigitalMessageChecked(data) {
  if (q32(data)) {
    DigitalMessageChecked.errors = null;
    return true;
  }
  return qRefuse(DigitalMessageChecked, data);
}
export const DigitalMessage = DigitalMessageChecked;
function FeilDocumentChecked(data) {
  if (q33(data)) {
    FeilDocumentChecked.errors = null;
    return true;
  }
  return qRefuse(FeilDocumentChecked, data);
}
export const FeilDocument = FeilDocumentChecked;
function FeilChecked(data) {
  if (q34(data)) {
    FeilChecked.errors = null;
    return true;
  }
  return qRefuse(FeilChecked, data);
}
export const Feil = FeilChecked;
function FeilMessageChecked(data) {
  if (q35(data)) {
    FeilMessageChecked.errors = null;
    return true;
  }
  return qRefuse(FeilMessageChecked, data);
}
export const FeilMessage = FeilMessageChecked;
function FlyttetDocumentChecked(data) {
  if (q36(data)) {
    FlyttetDocumentChecked.errors = null;
    return true;
  }
  return qRefuse(FlyttetDocumentChecked, data);
}
export const FlyttetDocument = FlyttetDocumentChecked;
function FlyttetChecked(data) {
  if (q37(data)) {
    FlyttetChecked.errors = null;
    return true;
  }
  return qRefuse(FlyttetChecked, data);
}
export const Flyttet = FlyttetChecked;
function FlyttetMessageChecked(data) {
  if (q38(data)) {
    FlyttetMessageChecked.errors = null;
    return true;
  }
  return qRefuse(FlyttetMessageChecked, data);
}
export const FlyttetMessage = FlyttetMessageChecked;
function LeveringskvitteringDocumentChecked(data) {
  if (q39(data)) {
    LeveringskvitteringDocumentChecked.errors = null;
    return true;
  }
  return qRefuse(LeveringskvitteringDocumentChecked, data);
}
export const LeveringskvitteringDocument = LeveringskvitteringDocumentChecked;
function LeveringskvitteringMessageChecked(data) {
  if (q40(data)) {
    LeveringskvitteringMessageChecked.errors = null;
    return true;
  }
  return qRefuse(LeveringskvitteringMessageChecked, data);
}
export const LeveringskvitteringMessage = LeveringskvitteringMessageChecked;
function MottakskvitteringDocumentChecked(data) {
  if (q41(data)) {
    MottakskvitteringDocumentChecked.errors = null;
    return true;
  }
  return qRefuse(MottakskvitteringDocumentChecked, data);
}
export const MottakskvitteringDocument = MottakskvitteringDocumentChecked;
function MottakskvitteringMessageChecked(data) {
  if (q42(data)) {
    MottakskvitteringMessageChecked.errors = null;
    return true;
  }
  return qRefuse(MottakskvitteringMessageChecked, data);
}
export const MottakskvitteringMessage = MottakskvitteringMessageChecked;
function ReturpostkvitteringDocumentChecked(data) {
  if (q43(data)) {
    ReturpostkvitteringDocumentChecked.errors = null;
    return true;
  }
  return qRefuse(ReturpostkvitteringDocumentChecked, data);
}
export const ReturpostkvitteringDocument = ReturpostkvitteringDocumentChecked;
function ReturpostkvitteringMessageChecked(data) {
  if (q44(data)) {
    ReturpostkvitteringMessageChecked.errors = null;
    return true;
  }
  return qRefuse(ReturpostkvitteringMessageChecked, data);
}
export const ReturpostkvitteringMessage = ReturpostkvitteringMessageChecked;
function UtskriftDocumentChecked(data) {
  if (q45(data)) {
    UtskriftDocumentChecked.errors = null;
    return true;
  }
  return qRefuse(UtskriftDocumentChecked, data);
}
export const UtskriftDocument = UtskriftDocumentChecked;
function UtskriftChecked(data) {
  if (q46(data)) {
    UtskriftChecked.errors = null;
    return true;
  }
  return qRefuse(UtskriftChecked, data);
}
export const Utskrift = UtskriftChecked;
function UtskriftstypeChecked(data) {
  if (q47(data)) {
    UtskriftstypeChecked.errors = null;
    return true;
  }
  return qRefuse(UtskriftstypeChecked, data);
}
export const Utskriftstype = UtskriftstypeChecked;
function ReturChecked(data) {
  if (q48(data)) {
    ReturChecked.errors = null;
    return true;
  }
  return qRefuse(ReturChecked, data);
}
export const Retur = ReturChecked;
function ReturposthaandteringChecked(data) {
  if (q49(data)) {
    ReturposthaandteringChecked.errors = null;
    return true;
  }
  return qRefuse(ReturposthaandteringChecked, data);
}
export const Returposthaandtering = ReturposthaandteringChecked;
function PosttypeChecked(data) {
  if (q50(data)) {
    PosttypeChecked.errors = null;
    return true;
  }
  return qRefuse(PosttypeChecked, data);
}
export const Posttype = PosttypeChecked;
function AdresseInformasjonChecked(data) {
  if (q51(data)) {
    AdresseInformasjonChecked.errors = null;
    return true;
  }
  return qRefuse(AdresseInformasjonChecked, data);
}
export const AdresseInformasjon = AdresseInformasjonChecked;
function UtskriftMessageChecked(data) {
  if (q52(data)) {
    UtskriftMessageChecked.errors = null;
    return true;
  }
  return qRefuse(UtskriftMessageChecked, data);
}
export const UtskriftMessage = UtskriftMessageChecked;
function VarslingfeiletkvitteringDocumentChecked(data) {
  if (q53(data)) {
    VarslingfeiletkvitteringDocumentChecked.errors = null;
    return true;
  }
  return qRefuse(VarslingfeiletkvitteringDocumentChecked, data);
}
export const VarslingfeiletkvitteringDocument = VarslingfeiletkvitteringDocumentChecked;
function VarslingfeiletkvitteringChecked(data) {
  if (q54(data)) {
    VarslingfeiletkvitteringChecked.errors = null;
    return true;
  }
  return qRefuse(VarslingfeiletkvitteringChecked, data);
}
export const Varslingfeiletkvittering = VarslingfeiletkvitteringChecked;
function VarslingfeiletkvitteringMessageChecked(data) {
  if (q55(data)) {
    VarslingfeiletkvitteringMessageChecked.errors = null;
    return true;
  }
  return qRefuse(VarslingfeiletkvitteringMessageChecked, data);
}
export const VarslingfeiletkvitteringMessage = VarslingfeiletkvitteringMessageChecked;
