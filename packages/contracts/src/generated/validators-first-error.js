// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
// Precompiled ajv standalone validators (first error only), one per titled schema. No schema compilation at run time.
import { fullFormats } from "../support/formats.js";
import { ucs2length } from "../support/ucs2length.js";
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/actor" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.identifier === undefined && (missing0 = "identifier")) {
        validate11.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "identifier")) {
            validate11.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.identifier !== undefined) {
            let data0 = data.identifier;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if (
                  (data0.authority === undefined && (missing1 = "authority")) ||
                  (data0.value === undefined && (missing1 = "value"))
                ) {
                  validate11.errors = [
                    {
                      instancePath: instancePath + "/identifier",
                      keyword: "required",
                      params: { missingProperty: missing1 },
                    },
                  ];
                  return false;
                } else {
                  const _errs5 = errors;
                  for (const key1 in data0) {
                    if (!(key1 === "authority" || key1 === "value")) {
                      validate11.errors = [
                        {
                          instancePath: instancePath + "/identifier",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key1 },
                        },
                      ];
                      return false;
                      break;
                    }
                  }
                  if (_errs5 === errors) {
                    if (data0.authority !== undefined) {
                      const _errs6 = errors;
                      if (typeof data0.authority !== "string") {
                        validate11.errors = [
                          {
                            instancePath: instancePath + "/identifier/authority",
                            keyword: "type",
                            params: { type: "string" },
                          },
                        ];
                        return false;
                      }
                      var valid2 = _errs6 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.value !== undefined) {
                        const _errs8 = errors;
                        if (typeof data0.value !== "string") {
                          validate11.errors = [
                            {
                              instancePath: instancePath + "/identifier/value",
                              keyword: "type",
                              params: { type: "string" },
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs8 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              } else {
                validate11.errors = [
                  { instancePath: instancePath + "/identifier", keyword: "type", params: { type: "object" } },
                ];
                return false;
              }
            }
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
const formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/scope" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === undefined && (missing0 = "type")) {
        validate15.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(key0 === "type" || key0 === "instanceIdentifier" || key0 === "identifier" || key0 === "scopeInformation")
          ) {
            validate15.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.type !== undefined) {
            const _errs2 = errors;
            if (typeof data.type !== "string") {
              validate15.errors = [
                { instancePath: instancePath + "/type", keyword: "type", params: { type: "string" } },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.instanceIdentifier !== undefined) {
              let data1 = data.instanceIdentifier;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (errors === _errs4) {
                  if (typeof data1 === "string") {
                    if (!formats0.test(data1)) {
                      validate15.errors = [
                        {
                          instancePath: instancePath + "/instanceIdentifier",
                          keyword: "format",
                          params: { format: "uuid" },
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate15.errors = [
                      {
                        instancePath: instancePath + "/instanceIdentifier",
                        keyword: "type",
                        params: { type: "string" },
                      },
                    ];
                    return false;
                  }
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.identifier !== undefined) {
                const _errs6 = errors;
                if (typeof data.identifier !== "string") {
                  validate15.errors = [
                    { instancePath: instancePath + "/identifier", keyword: "type", params: { type: "string" } },
                  ];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.scopeInformation !== undefined) {
                  let data3 = data.scopeInformation;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data3)) {
                      var valid1 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data4 = data3[i0];
                        const _errs10 = errors;
                        const _errs11 = errors;
                        if (errors === _errs11) {
                          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                            const _errs13 = errors;
                            for (const key1 in data4) {
                              if (!(key1 === "expectedResponseDateTime")) {
                                validate15.errors = [
                                  {
                                    instancePath: instancePath + "/scopeInformation/" + i0,
                                    keyword: "additionalProperties",
                                    params: { additionalProperty: key1 },
                                  },
                                ];
                                return false;
                                break;
                              }
                            }
                            if (_errs13 === errors) {
                              if (data4.expectedResponseDateTime !== undefined) {
                                if (typeof data4.expectedResponseDateTime !== "string") {
                                  validate15.errors = [
                                    {
                                      instancePath:
                                        instancePath + "/scopeInformation/" + i0 + "/expectedResponseDateTime",
                                      keyword: "type",
                                      params: { type: "string" },
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          } else {
                            validate15.errors = [
                              {
                                instancePath: instancePath + "/scopeInformation/" + i0,
                                keyword: "type",
                                params: { type: "object" },
                              },
                            ];
                            return false;
                          }
                        }
                        var valid1 = _errs10 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate15.errors = [
                        {
                          instancePath: instancePath + "/scopeInformation",
                          keyword: "type",
                          params: { type: "array" },
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate15.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/businessScope" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.scope === undefined && (missing0 = "scope")) {
        validate14.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "scope")) {
            validate14.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.scope !== undefined) {
            let data0 = data.scope;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (Array.isArray(data0)) {
                var valid1 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs4 = errors;
                  if (
                    !validate15(data0[i0], {
                      instancePath: instancePath + "/scope/" + i0,
                      parentData: data0,
                      parentDataProperty: i0,
                      rootData,
                    })
                  ) {
                    vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                    errors = vErrors.length;
                  }
                  var valid1 = _errs4 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate14.errors = [
                  { instancePath: instancePath + "/scope", keyword: "type", params: { type: "array" } },
                ];
                return false;
              }
            }
          }
        }
      }
    } else {
      validate14.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate14.errors = vErrors;
  return errors === 0;
}
const formats2 = fullFormats["date-time"];
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/standardBusinessDocumentHeader" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.businessScope === undefined && (missing0 = "businessScope")) ||
        (data.documentIdentification === undefined && (missing0 = "documentIdentification")) ||
        (data.headerVersion === undefined && (missing0 = "headerVersion")) ||
        (data.receiver === undefined && (missing0 = "receiver")) ||
        (data.sender === undefined && (missing0 = "sender"))
      ) {
        validate10.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === "headerVersion" ||
              key0 === "sender" ||
              key0 === "receiver" ||
              key0 === "documentIdentification" ||
              key0 === "businessScope"
            )
          ) {
            validate10.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.headerVersion !== undefined) {
            const _errs2 = errors;
            if (typeof data.headerVersion !== "string") {
              validate10.errors = [
                { instancePath: instancePath + "/headerVersion", keyword: "type", params: { type: "string" } },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.sender !== undefined) {
              let data1 = data.sender;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (Array.isArray(data1)) {
                  if (data1.length > 1) {
                    validate10.errors = [
                      { instancePath: instancePath + "/sender", keyword: "maxItems", params: { limit: 1 } },
                    ];
                    return false;
                  } else {
                    if (data1.length < 1) {
                      validate10.errors = [
                        { instancePath: instancePath + "/sender", keyword: "minItems", params: { limit: 1 } },
                      ];
                      return false;
                    } else {
                      var valid1 = true;
                      const len0 = data1.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs6 = errors;
                        if (
                          !validate11(data1[i0], {
                            instancePath: instancePath + "/sender/" + i0,
                            parentData: data1,
                            parentDataProperty: i0,
                            rootData,
                          })
                        ) {
                          vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                          errors = vErrors.length;
                        }
                        var valid1 = _errs6 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    }
                  }
                } else {
                  validate10.errors = [
                    { instancePath: instancePath + "/sender", keyword: "type", params: { type: "array" } },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.receiver !== undefined) {
                let data3 = data.receiver;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (Array.isArray(data3)) {
                    if (data3.length > 1) {
                      validate10.errors = [
                        { instancePath: instancePath + "/receiver", keyword: "maxItems", params: { limit: 1 } },
                      ];
                      return false;
                    } else {
                      if (data3.length < 1) {
                        validate10.errors = [
                          { instancePath: instancePath + "/receiver", keyword: "minItems", params: { limit: 1 } },
                        ];
                        return false;
                      } else {
                        var valid2 = true;
                        const len1 = data3.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          const _errs9 = errors;
                          if (
                            !validate11(data3[i1], {
                              instancePath: instancePath + "/receiver/" + i1,
                              parentData: data3,
                              parentDataProperty: i1,
                              rootData,
                            })
                          ) {
                            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                            errors = vErrors.length;
                          }
                          var valid2 = _errs9 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      }
                    }
                  } else {
                    validate10.errors = [
                      { instancePath: instancePath + "/receiver", keyword: "type", params: { type: "array" } },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.documentIdentification !== undefined) {
                  let data5 = data.documentIdentification;
                  const _errs10 = errors;
                  const _errs11 = errors;
                  if (errors === _errs11) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      let missing1;
                      if (
                        (data5.creationDateAndTime === undefined && (missing1 = "creationDateAndTime")) ||
                        (data5.instanceIdentifier === undefined && (missing1 = "instanceIdentifier")) ||
                        (data5.standard === undefined && (missing1 = "standard")) ||
                        (data5.type === undefined && (missing1 = "type")) ||
                        (data5.typeVersion === undefined && (missing1 = "typeVersion"))
                      ) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + "/documentIdentification",
                            keyword: "required",
                            params: { missingProperty: missing1 },
                          },
                        ];
                        return false;
                      } else {
                        const _errs13 = errors;
                        for (const key1 in data5) {
                          if (
                            !(
                              key1 === "standard" ||
                              key1 === "typeVersion" ||
                              key1 === "instanceIdentifier" ||
                              key1 === "type" ||
                              key1 === "creationDateAndTime"
                            )
                          ) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + "/documentIdentification",
                                keyword: "additionalProperties",
                                params: { additionalProperty: key1 },
                              },
                            ];
                            return false;
                            break;
                          }
                        }
                        if (_errs13 === errors) {
                          if (data5.standard !== undefined) {
                            const _errs14 = errors;
                            if (typeof data5.standard !== "string") {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + "/documentIdentification/standard",
                                  keyword: "type",
                                  params: { type: "string" },
                                },
                              ];
                              return false;
                            }
                            var valid4 = _errs14 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data5.typeVersion !== undefined) {
                              const _errs16 = errors;
                              if (typeof data5.typeVersion !== "string") {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + "/documentIdentification/typeVersion",
                                    keyword: "type",
                                    params: { type: "string" },
                                  },
                                ];
                                return false;
                              }
                              var valid4 = _errs16 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data5.instanceIdentifier !== undefined) {
                                let data8 = data5.instanceIdentifier;
                                const _errs18 = errors;
                                if (errors === _errs18) {
                                  if (errors === _errs18) {
                                    if (typeof data8 === "string") {
                                      if (!formats0.test(data8)) {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + "/documentIdentification/instanceIdentifier",
                                            keyword: "format",
                                            params: { format: "uuid" },
                                          },
                                        ];
                                        return false;
                                      }
                                    } else {
                                      validate10.errors = [
                                        {
                                          instancePath: instancePath + "/documentIdentification/instanceIdentifier",
                                          keyword: "type",
                                          params: { type: "string" },
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                }
                                var valid4 = _errs18 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data5.type !== undefined) {
                                  const _errs20 = errors;
                                  if (typeof data5.type !== "string") {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + "/documentIdentification/type",
                                        keyword: "type",
                                        params: { type: "string" },
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid4 = _errs20 === errors;
                                } else {
                                  var valid4 = true;
                                }
                                if (valid4) {
                                  if (data5.creationDateAndTime !== undefined) {
                                    let data10 = data5.creationDateAndTime;
                                    const _errs22 = errors;
                                    if (errors === _errs22) {
                                      if (errors === _errs22) {
                                        if (typeof data10 === "string") {
                                          if (!formats2.validate(data10)) {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + "/documentIdentification/creationDateAndTime",
                                                keyword: "format",
                                                params: { format: "date-time" },
                                              },
                                            ];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + "/documentIdentification/creationDateAndTime",
                                              keyword: "type",
                                              params: { type: "string" },
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid4 = _errs22 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + "/documentIdentification",
                          keyword: "type",
                          params: { type: "object" },
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.businessScope !== undefined) {
                    const _errs24 = errors;
                    if (
                      !validate14(data.businessScope, {
                        instancePath: instancePath + "/businessScope",
                        parentData: data,
                        parentDataProperty: "businessScope",
                        rootData,
                      })
                    ) {
                      vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs24 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/scopeInformation" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs1 = errors;
      for (const key0 in data) {
        if (!(key0 === "expectedResponseDateTime")) {
          validate18.errors = [{ instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } }];
          return false;
          break;
        }
      }
      if (_errs1 === errors) {
        if (data.expectedResponseDateTime !== undefined) {
          if (typeof data.expectedResponseDateTime !== "string") {
            validate18.errors = [
              { instancePath: instancePath + "/expectedResponseDateTime", keyword: "type", params: { type: "string" } },
            ];
            return false;
          }
        }
      }
    } else {
      validate18.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.creationDateAndTime === undefined && (missing0 = "creationDateAndTime")) ||
        (data.instanceIdentifier === undefined && (missing0 = "instanceIdentifier")) ||
        (data.standard === undefined && (missing0 = "standard")) ||
        (data.type === undefined && (missing0 = "type")) ||
        (data.typeVersion === undefined && (missing0 = "typeVersion"))
      ) {
        validate19.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === "standard" ||
              key0 === "typeVersion" ||
              key0 === "instanceIdentifier" ||
              key0 === "type" ||
              key0 === "creationDateAndTime"
            )
          ) {
            validate19.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standard !== undefined) {
            const _errs2 = errors;
            if (typeof data.standard !== "string") {
              validate19.errors = [
                { instancePath: instancePath + "/standard", keyword: "type", params: { type: "string" } },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.typeVersion !== undefined) {
              const _errs4 = errors;
              if (typeof data.typeVersion !== "string") {
                validate19.errors = [
                  { instancePath: instancePath + "/typeVersion", keyword: "type", params: { type: "string" } },
                ];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.instanceIdentifier !== undefined) {
                let data2 = data.instanceIdentifier;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (errors === _errs6) {
                    if (typeof data2 === "string") {
                      if (!formats0.test(data2)) {
                        validate19.errors = [
                          {
                            instancePath: instancePath + "/instanceIdentifier",
                            keyword: "format",
                            params: { format: "uuid" },
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate19.errors = [
                        {
                          instancePath: instancePath + "/instanceIdentifier",
                          keyword: "type",
                          params: { type: "string" },
                        },
                      ];
                      return false;
                    }
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.type !== undefined) {
                  const _errs8 = errors;
                  if (typeof data.type !== "string") {
                    validate19.errors = [
                      { instancePath: instancePath + "/type", keyword: "type", params: { type: "string" } },
                    ];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.creationDateAndTime !== undefined) {
                    let data4 = data.creationDateAndTime;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (errors === _errs10) {
                        if (typeof data4 === "string") {
                          if (!formats2.validate(data4)) {
                            validate19.errors = [
                              {
                                instancePath: instancePath + "/creationDateAndTime",
                                keyword: "format",
                                params: { format: "date-time" },
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate19.errors = [
                            {
                              instancePath: instancePath + "/creationDateAndTime",
                              keyword: "type",
                              params: { type: "string" },
                            },
                          ];
                          return false;
                        }
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate19.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/identifier" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.authority === undefined && (missing0 = "authority")) ||
        (data.value === undefined && (missing0 = "value"))
      ) {
        validate20.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "authority" || key0 === "value")) {
            validate20.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.authority !== undefined) {
            const _errs2 = errors;
            if (typeof data.authority !== "string") {
              validate20.errors = [
                { instancePath: instancePath + "/authority", keyword: "type", params: { type: "string" } },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.value !== undefined) {
              const _errs4 = errors;
              if (typeof data.value !== "string") {
                validate20.errors = [
                  { instancePath: instancePath + "/value", keyword: "type", params: { type: "string" } },
                ];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate20.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate20.errors = vErrors;
  return errors === 0;
}
const schema24 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator",
  type: "object",
  additionalProperties: false,
  properties: {
    authority: { type: "string", enum: ["iso6523-actorid-upis"] },
    value: { type: "string", pattern: "[0-9]{4}:\\w{1,35}" },
  },
  required: ["authority", "value"],
};
const pattern0 = new RegExp("[0-9]{4}:\\w{1,35}", "");
const func2 = ucs2length;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.virksomhetsidentifikator === undefined && (missing0 = "virksomhetsidentifikator")) {
        validate24.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(key0 === "virksomhetsidentifikator" || key0 === "avsenderidentifikator" || key0 === "fakturaReferanse")
          ) {
            validate24.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.virksomhetsidentifikator !== undefined) {
            let data0 = data.virksomhetsidentifikator;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing1;
                if (
                  (data0.authority === undefined && (missing1 = "authority")) ||
                  (data0.value === undefined && (missing1 = "value"))
                ) {
                  validate24.errors = [
                    {
                      instancePath: instancePath + "/virksomhetsidentifikator",
                      keyword: "required",
                      params: { missingProperty: missing1 },
                    },
                  ];
                  return false;
                } else {
                  const _errs5 = errors;
                  for (const key1 in data0) {
                    if (!(key1 === "authority" || key1 === "value")) {
                      validate24.errors = [
                        {
                          instancePath: instancePath + "/virksomhetsidentifikator",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key1 },
                        },
                      ];
                      return false;
                      break;
                    }
                  }
                  if (_errs5 === errors) {
                    if (data0.authority !== undefined) {
                      let data1 = data0.authority;
                      const _errs6 = errors;
                      if (typeof data1 !== "string") {
                        validate24.errors = [
                          {
                            instancePath: instancePath + "/virksomhetsidentifikator/authority",
                            keyword: "type",
                            params: { type: "string" },
                          },
                        ];
                        return false;
                      }
                      if (!(data1 === "iso6523-actorid-upis")) {
                        validate24.errors = [
                          {
                            instancePath: instancePath + "/virksomhetsidentifikator/authority",
                            keyword: "enum",
                            params: { allowedValues: schema24.properties.authority.enum },
                          },
                        ];
                        return false;
                      }
                      var valid2 = _errs6 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.value !== undefined) {
                        let data2 = data0.value;
                        const _errs8 = errors;
                        if (errors === _errs8) {
                          if (typeof data2 === "string") {
                            if (!pattern0.test(data2)) {
                              validate24.errors = [
                                {
                                  instancePath: instancePath + "/virksomhetsidentifikator/value",
                                  keyword: "pattern",
                                  params: { pattern: "[0-9]{4}:\\w{1,35}" },
                                },
                              ];
                              return false;
                            }
                          } else {
                            validate24.errors = [
                              {
                                instancePath: instancePath + "/virksomhetsidentifikator/value",
                                keyword: "type",
                                params: { type: "string" },
                              },
                            ];
                            return false;
                          }
                        }
                        var valid2 = _errs8 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              } else {
                validate24.errors = [
                  {
                    instancePath: instancePath + "/virksomhetsidentifikator",
                    keyword: "type",
                    params: { type: "object" },
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.avsenderidentifikator !== undefined) {
              let data3 = data.avsenderidentifikator;
              const _errs10 = errors;
              const _errs11 = errors;
              if (errors === _errs11) {
                if (typeof data3 === "string") {
                  if (data3.length > 100 && func2(data3) > 100) {
                    validate24.errors = [
                      {
                        instancePath: instancePath + "/avsenderidentifikator",
                        keyword: "maxLength",
                        params: { limit: 100 },
                      },
                    ];
                    return false;
                  }
                } else {
                  validate24.errors = [
                    {
                      instancePath: instancePath + "/avsenderidentifikator",
                      keyword: "type",
                      params: { type: "string" },
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs10 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.fakturaReferanse !== undefined) {
                let data4 = data.fakturaReferanse;
                const _errs13 = errors;
                if (errors === _errs13) {
                  if (typeof data4 === "string") {
                    if (data4.length > 40 && func2(data4) > 40) {
                      validate24.errors = [
                        {
                          instancePath: instancePath + "/fakturaReferanse",
                          keyword: "maxLength",
                          params: { limit: 40 },
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate24.errors = [
                      { instancePath: instancePath + "/fakturaReferanse", keyword: "type", params: { type: "string" } },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs13 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate24.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetmottaker" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.virksomhetsidentifikator === undefined && (missing0 = "virksomhetsidentifikator")) {
        validate26.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        if (data.virksomhetsidentifikator !== undefined) {
          let data0 = data.virksomhetsidentifikator;
          const _errs1 = errors;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.authority === undefined && (missing1 = "authority")) ||
                (data0.value === undefined && (missing1 = "value"))
              ) {
                validate26.errors = [
                  {
                    instancePath: instancePath + "/virksomhetsidentifikator",
                    keyword: "required",
                    params: { missingProperty: missing1 },
                  },
                ];
                return false;
              } else {
                const _errs4 = errors;
                for (const key0 in data0) {
                  if (!(key0 === "authority" || key0 === "value")) {
                    validate26.errors = [
                      {
                        instancePath: instancePath + "/virksomhetsidentifikator",
                        keyword: "additionalProperties",
                        params: { additionalProperty: key0 },
                      },
                    ];
                    return false;
                    break;
                  }
                }
                if (_errs4 === errors) {
                  if (data0.authority !== undefined) {
                    let data1 = data0.authority;
                    const _errs5 = errors;
                    if (typeof data1 !== "string") {
                      validate26.errors = [
                        {
                          instancePath: instancePath + "/virksomhetsidentifikator/authority",
                          keyword: "type",
                          params: { type: "string" },
                        },
                      ];
                      return false;
                    }
                    if (!(data1 === "iso6523-actorid-upis")) {
                      validate26.errors = [
                        {
                          instancePath: instancePath + "/virksomhetsidentifikator/authority",
                          keyword: "enum",
                          params: { allowedValues: schema24.properties.authority.enum },
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs5 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.value !== undefined) {
                      let data2 = data0.value;
                      const _errs7 = errors;
                      if (errors === _errs7) {
                        if (typeof data2 === "string") {
                          if (!pattern0.test(data2)) {
                            validate26.errors = [
                              {
                                instancePath: instancePath + "/virksomhetsidentifikator/value",
                                keyword: "pattern",
                                params: { pattern: "[0-9]{4}:\\w{1,35}" },
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate26.errors = [
                            {
                              instancePath: instancePath + "/virksomhetsidentifikator/value",
                              keyword: "type",
                              params: { type: "string" },
                            },
                          ];
                          return false;
                        }
                      }
                      var valid2 = _errs7 === errors;
                    } else {
                      var valid2 = true;
                    }
                  }
                }
              }
            } else {
              validate26.errors = [
                {
                  instancePath: instancePath + "/virksomhetsidentifikator",
                  keyword: "type",
                  params: { type: "object" },
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.motakeridentifikator !== undefined) {
            let data3 = data.motakeridentifikator;
            const _errs9 = errors;
            const _errs10 = errors;
            if (errors === _errs10) {
              if (typeof data3 === "string") {
                if (data3.length > 100 && func2(data3) > 100) {
                  validate26.errors = [
                    {
                      instancePath: instancePath + "/motakeridentifikator",
                      keyword: "maxLength",
                      params: { limit: 100 },
                    },
                  ];
                  return false;
                }
              } else {
                validate26.errors = [
                  { instancePath: instancePath + "/motakeridentifikator", keyword: "type", params: { type: "string" } },
                ];
                return false;
              }
            }
            var valid0 = _errs9 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate26.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/kvittering" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.avsender === undefined && (missing0 = "avsender")) ||
        (data.mottaker === undefined && (missing0 = "mottaker")) ||
        (data.tidspunkt === undefined && (missing0 = "tidspunkt"))
      ) {
        validate23.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "avsender" || key0 === "mottaker" || key0 === "tidspunkt")) {
            validate23.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.avsender !== undefined) {
            const _errs2 = errors;
            if (
              !validate24(data.avsender, {
                instancePath: instancePath + "/avsender",
                parentData: data,
                parentDataProperty: "avsender",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mottaker !== undefined) {
              const _errs3 = errors;
              if (
                !validate26(data.mottaker, {
                  instancePath: instancePath + "/mottaker",
                  parentData: data,
                  parentDataProperty: "mottaker",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.tidspunkt !== undefined) {
                let data2 = data.tidspunkt;
                const _errs4 = errors;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (errors === _errs5) {
                    if (typeof data2 === "string") {
                      if (!formats2.validate(data2)) {
                        validate23.errors = [
                          {
                            instancePath: instancePath + "/tidspunkt",
                            keyword: "format",
                            params: { format: "date-time" },
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate23.errors = [
                        { instancePath: instancePath + "/tidspunkt", keyword: "type", params: { type: "string" } },
                      ];
                      return false;
                    }
                  }
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate23.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.standardBusinessDocumentHeader === undefined && (missing0 = "standardBusinessDocumentHeader")) ||
        (data.aapningskvittering === undefined && (missing0 = "aapningskvittering"))
      ) {
        validate21.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocumentHeader" || key0 === "aapningskvittering")) {
            validate21.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocumentHeader !== undefined) {
            const _errs2 = errors;
            if (
              !validate10(data.standardBusinessDocumentHeader, {
                instancePath: instancePath + "/standardBusinessDocumentHeader",
                parentData: data,
                parentDataProperty: "standardBusinessDocumentHeader",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.aapningskvittering !== undefined) {
              const _errs3 = errors;
              if (
                !validate23(data.aapningskvittering, {
                  instancePath: instancePath + "/aapningskvittering",
                  parentData: data,
                  parentDataProperty: "aapningskvittering",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
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
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.standardBusinessDocument === undefined && (missing0 = "standardBusinessDocument")) {
        validate29.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocument")) {
            validate29.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocument !== undefined) {
            if (
              !validate21(data.standardBusinessDocument, {
                instancePath: instancePath + "/standardBusinessDocument",
                parentData: data,
                parentDataProperty: "standardBusinessDocument",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate29.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsenderidentifikator" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (data.length > 100 && func2(data) > 100) {
        validate31.errors = [{ instancePath, keyword: "maxLength", params: { limit: 100 } }];
        return false;
      }
    } else {
      validate31.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/personmottaker" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.postkasseadresse === undefined && (missing0 = "postkasseadresse")) {
        validate32.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "postkasseadresse")) {
            validate32.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.postkasseadresse !== undefined) {
            if (typeof data.postkasseadresse !== "string") {
              validate32.errors = [
                { instancePath: instancePath + "/postkasseadresse", keyword: "type", params: { type: "string" } },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate32.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.authority === undefined && (missing0 = "authority")) ||
        (data.value === undefined && (missing0 = "value"))
      ) {
        validate33.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "authority" || key0 === "value")) {
            validate33.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.authority !== undefined) {
            let data0 = data.authority;
            const _errs2 = errors;
            if (typeof data0 !== "string") {
              validate33.errors = [
                { instancePath: instancePath + "/authority", keyword: "type", params: { type: "string" } },
              ];
              return false;
            }
            if (!(data0 === "iso6523-actorid-upis")) {
              validate33.errors = [
                {
                  instancePath: instancePath + "/authority",
                  keyword: "enum",
                  params: { allowedValues: schema24.properties.authority.enum },
                },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.value !== undefined) {
              let data1 = data.value;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (!pattern0.test(data1)) {
                    validate33.errors = [
                      {
                        instancePath: instancePath + "/value",
                        keyword: "pattern",
                        params: { pattern: "[0-9]{4}:\\w{1,35}" },
                      },
                    ];
                    return false;
                  }
                } else {
                  validate33.errors = [
                    { instancePath: instancePath + "/value", keyword: "type", params: { type: "string" } },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate33.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/postkasseadresse" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate34.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
    return false;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/motakeridentifikator" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (data.length > 100 && func2(data) > 100) {
        validate35.errors = [{ instancePath, keyword: "maxLength", params: { limit: 100 } }];
        return false;
      }
    } else {
      validate35.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate36.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
    return false;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats2.validate(data)) {
          validate37.errors = [{ instancePath, keyword: "format", params: { format: "date-time" } }];
          return false;
        }
      } else {
        validate37.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.digestMethod === undefined && (missing0 = "digestMethod")) ||
        (data.digestValue === undefined && (missing0 = "digestValue"))
      ) {
        validate38.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "digestMethod" || key0 === "digestValue")) {
            validate38.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.digestMethod !== undefined) {
            const _errs2 = errors;
            if (typeof data.digestMethod !== "string") {
              validate38.errors = [
                { instancePath: instancePath + "/digestMethod", keyword: "type", params: { type: "string" } },
              ];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.digestValue !== undefined) {
              const _errs4 = errors;
              if (typeof data.digestValue !== "string") {
                validate38.errors = [
                  { instancePath: instancePath + "/digestValue", keyword: "type", params: { type: "string" } },
                ];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate38.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
const schema40 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa",
  type: "integer",
  enum: [3, 4],
};
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa" */
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data))) {
    validate39.errors = [{ instancePath, keyword: "type", params: { type: "integer" } }];
    return false;
  }
  if (!(data === 3 || data === 4)) {
    validate39.errors = [{ instancePath, keyword: "enum", params: { allowedValues: schema40.enum } }];
    return false;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
const formats14 = fullFormats.date;
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats14.validate(data)) {
          validate40.errors = [{ instancePath, keyword: "format", params: { format: "date" } }];
          return false;
        }
      } else {
        validate40.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (errors === 0) {
      if (typeof data === "string") {
        if (!formats2.validate(data)) {
          validate41.errors = [{ instancePath, keyword: "format", params: { format: "date-time" } }];
          return false;
        }
      } else {
        validate41.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
        return false;
      }
    }
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/aapningskvittering" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "boolean") {
    validate42.errors = [{ instancePath, keyword: "type", params: { type: "boolean" } }];
    return false;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
const formats18 =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/epostvarsel" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.epostadresse === undefined && (missing0 = "epostadresse")) ||
        (data.varslingstekst === undefined && (missing0 = "varslingstekst")) ||
        (data.repetisjoner === undefined && (missing0 = "repetisjoner"))
      ) {
        validate44.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "epostadresse" || key0 === "varslingstekst" || key0 === "repetisjoner")) {
            validate44.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.epostadresse !== undefined) {
            let data0 = data.epostadresse;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (errors === _errs2) {
                if (typeof data0 === "string") {
                  if (!formats18.test(data0)) {
                    validate44.errors = [
                      { instancePath: instancePath + "/epostadresse", keyword: "format", params: { format: "email" } },
                    ];
                    return false;
                  }
                } else {
                  validate44.errors = [
                    { instancePath: instancePath + "/epostadresse", keyword: "type", params: { type: "string" } },
                  ];
                  return false;
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.varslingstekst !== undefined) {
              let data1 = data.varslingstekst;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (data1.length > 500 && func2(data1) > 500) {
                    validate44.errors = [
                      { instancePath: instancePath + "/varslingstekst", keyword: "maxLength", params: { limit: 500 } },
                    ];
                    return false;
                  } else {
                    if (data1.length < 2 && func2(data1) < 1) {
                      validate44.errors = [
                        { instancePath: instancePath + "/varslingstekst", keyword: "minLength", params: { limit: 1 } },
                      ];
                      return false;
                    }
                  }
                } else {
                  validate44.errors = [
                    { instancePath: instancePath + "/varslingstekst", keyword: "type", params: { type: "string" } },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.repetisjoner !== undefined) {
                let data2 = data.repetisjoner;
                const _errs6 = errors;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (Array.isArray(data2)) {
                    if (data2.length > 10) {
                      validate44.errors = [
                        { instancePath: instancePath + "/repetisjoner", keyword: "maxItems", params: { limit: 10 } },
                      ];
                      return false;
                    } else {
                      if (data2.length < 1) {
                        validate44.errors = [
                          { instancePath: instancePath + "/repetisjoner", keyword: "minItems", params: { limit: 1 } },
                        ];
                        return false;
                      } else {
                        var valid2 = true;
                        const len0 = data2.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data3 = data2[i0];
                          const _errs9 = errors;
                          if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
                            validate44.errors = [
                              {
                                instancePath: instancePath + "/repetisjoner/" + i0,
                                keyword: "type",
                                params: { type: "integer" },
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs9) {
                            if (typeof data3 == "number" && isFinite(data3)) {
                              if (data3 > 25 || isNaN(data3)) {
                                validate44.errors = [
                                  {
                                    instancePath: instancePath + "/repetisjoner/" + i0,
                                    keyword: "maximum",
                                    params: { comparison: "<=", limit: 25 },
                                  },
                                ];
                                return false;
                              } else {
                                if (data3 < 0 || isNaN(data3)) {
                                  validate44.errors = [
                                    {
                                      instancePath: instancePath + "/repetisjoner/" + i0,
                                      keyword: "minimum",
                                      params: { comparison: ">=", limit: 0 },
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid2 = _errs9 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      }
                    }
                  } else {
                    validate44.errors = [
                      { instancePath: instancePath + "/repetisjoner", keyword: "type", params: { type: "array" } },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate44.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
const pattern3 = new RegExp("^\\+?[- _0-9]+$", "");
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/smsvarsel" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.mobiltelefonnummer === undefined && (missing0 = "mobiltelefonnummer")) ||
        (data.varslingstekst === undefined && (missing0 = "varslingstekst")) ||
        (data.repetisjoner === undefined && (missing0 = "repetisjoner"))
      ) {
        validate46.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "mobiltelefonnummer" || key0 === "varslingstekst" || key0 === "repetisjoner")) {
            validate46.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.mobiltelefonnummer !== undefined) {
            let data0 = data.mobiltelefonnummer;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (data0.length > 20 && func2(data0) > 20) {
                  validate46.errors = [
                    { instancePath: instancePath + "/mobiltelefonnummer", keyword: "maxLength", params: { limit: 20 } },
                  ];
                  return false;
                } else {
                  if (data0.length < 16 && func2(data0) < 8) {
                    validate46.errors = [
                      {
                        instancePath: instancePath + "/mobiltelefonnummer",
                        keyword: "minLength",
                        params: { limit: 8 },
                      },
                    ];
                    return false;
                  } else {
                    if (!pattern3.test(data0)) {
                      validate46.errors = [
                        {
                          instancePath: instancePath + "/mobiltelefonnummer",
                          keyword: "pattern",
                          params: { pattern: "^\\+?[- _0-9]+$" },
                        },
                      ];
                      return false;
                    }
                  }
                }
              } else {
                validate46.errors = [
                  { instancePath: instancePath + "/mobiltelefonnummer", keyword: "type", params: { type: "string" } },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.varslingstekst !== undefined) {
              let data1 = data.varslingstekst;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (data1.length > 160 && func2(data1) > 160) {
                    validate46.errors = [
                      { instancePath: instancePath + "/varslingstekst", keyword: "maxLength", params: { limit: 160 } },
                    ];
                    return false;
                  } else {
                    if (data1.length < 2 && func2(data1) < 1) {
                      validate46.errors = [
                        { instancePath: instancePath + "/varslingstekst", keyword: "minLength", params: { limit: 1 } },
                      ];
                      return false;
                    }
                  }
                } else {
                  validate46.errors = [
                    { instancePath: instancePath + "/varslingstekst", keyword: "type", params: { type: "string" } },
                  ];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.repetisjoner !== undefined) {
                let data2 = data.repetisjoner;
                const _errs6 = errors;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (Array.isArray(data2)) {
                    if (data2.length > 10) {
                      validate46.errors = [
                        { instancePath: instancePath + "/repetisjoner", keyword: "maxItems", params: { limit: 10 } },
                      ];
                      return false;
                    } else {
                      if (data2.length < 1) {
                        validate46.errors = [
                          { instancePath: instancePath + "/repetisjoner", keyword: "minItems", params: { limit: 1 } },
                        ];
                        return false;
                      } else {
                        var valid2 = true;
                        const len0 = data2.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data3 = data2[i0];
                          const _errs9 = errors;
                          if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
                            validate46.errors = [
                              {
                                instancePath: instancePath + "/repetisjoner/" + i0,
                                keyword: "type",
                                params: { type: "integer" },
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs9) {
                            if (typeof data3 == "number" && isFinite(data3)) {
                              if (data3 > 25 || isNaN(data3)) {
                                validate46.errors = [
                                  {
                                    instancePath: instancePath + "/repetisjoner/" + i0,
                                    keyword: "maximum",
                                    params: { comparison: "<=", limit: 25 },
                                  },
                                ];
                                return false;
                              } else {
                                if (data3 < 0 || isNaN(data3)) {
                                  validate46.errors = [
                                    {
                                      instancePath: instancePath + "/repetisjoner/" + i0,
                                      keyword: "minimum",
                                      params: { comparison: ">=", limit: 0 },
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid2 = _errs9 === errors;
                          if (!valid2) {
                            break;
                          }
                        }
                      }
                    }
                  } else {
                    validate46.errors = [
                      { instancePath: instancePath + "/repetisjoner", keyword: "type", params: { type: "array" } },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate46.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/varsler" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.epostvarsel !== undefined) {
      const _errs0 = errors;
      if (
        !validate44(data.epostvarsel, {
          instancePath: instancePath + "/epostvarsel",
          parentData: data,
          parentDataProperty: "epostvarsel",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
      var valid0 = _errs0 === errors;
    } else {
      var valid0 = true;
    }
    if (valid0) {
      if (data.smsvarsel !== undefined) {
        const _errs1 = errors;
        if (
          !validate46(data.smsvarsel, {
            instancePath: instancePath + "/smsvarsel",
            parentData: data,
            parentDataProperty: "smsvarsel",
            rootData,
          })
        ) {
          vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
          errors = vErrors.length;
        }
        var valid0 = _errs1 === errors;
      } else {
        var valid0 = true;
      }
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (data.length > 255 && func2(data) > 255) {
        validate48.errors = [{ instancePath, keyword: "maxLength", params: { limit: 255 } }];
        return false;
      } else {
        if (data.length < 2 && func2(data) < 1) {
          validate48.errors = [{ instancePath, keyword: "minLength", params: { limit: 1 } }];
          return false;
        }
      }
    } else {
      validate48.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (Array.isArray(data)) {
      if (data.length > 10) {
        validate49.errors = [{ instancePath, keyword: "maxItems", params: { limit: 10 } }];
        return false;
      } else {
        if (data.length < 1) {
          validate49.errors = [{ instancePath, keyword: "minItems", params: { limit: 1 } }];
          return false;
        } else {
          var valid0 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            const _errs1 = errors;
            if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
              validate49.errors = [
                { instancePath: instancePath + "/" + i0, keyword: "type", params: { type: "integer" } },
              ];
              return false;
            }
            if (errors === _errs1) {
              if (typeof data0 == "number" && isFinite(data0)) {
                if (data0 > 25 || isNaN(data0)) {
                  validate49.errors = [
                    {
                      instancePath: instancePath + "/" + i0,
                      keyword: "maximum",
                      params: { comparison: "<=", limit: 25 },
                    },
                  ];
                  return false;
                } else {
                  if (data0 < 0 || isNaN(data0)) {
                    validate49.errors = [
                      {
                        instancePath: instancePath + "/" + i0,
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 0 },
                      },
                    ];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
              break;
            }
          }
        }
      }
    } else {
      validate49.errors = [{ instancePath, keyword: "type", params: { type: "array" } }];
      return false;
    }
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (typeof data === "string") {
      if (data.length > 2 && func2(data) > 2) {
        validate50.errors = [{ instancePath, keyword: "maxLength", params: { limit: 2 } }];
        return false;
      } else {
        if (data.length < 4 && func2(data) < 2) {
          validate50.errors = [{ instancePath, keyword: "minLength", params: { limit: 2 } }];
          return false;
        }
      }
    } else {
      validate50.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
      return false;
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
const schema53 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/digital.schema.json/definitions/digital",
  type: "object",
  additionalProperties: false,
  properties: {
    avsender: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender" },
    mottaker: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/personmottaker" },
    dokumentpakkefingeravtrykk: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk",
    },
    maskinportentoken: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken",
    },
    sikkerhetsnivaa: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa" },
    virkningsdato: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato" },
    virkningstidspunkt: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt",
    },
    aapningskvittering: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/aapningskvittering",
    },
    ikkesensitivtittel: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel",
    },
    spraak: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak" },
    varsler: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/varsler" },
  },
  required: [
    "avsender",
    "mottaker",
    "dokumentpakkefingeravtrykk",
    "maskinportentoken",
    "sikkerhetsnivaa",
    "ikkesensitivtittel",
    "spraak",
  ],
};
const func17 = Object.prototype.hasOwnProperty;
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/digital.schema.json/definitions/digital" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.avsender === undefined && (missing0 = "avsender")) ||
        (data.mottaker === undefined && (missing0 = "mottaker")) ||
        (data.dokumentpakkefingeravtrykk === undefined && (missing0 = "dokumentpakkefingeravtrykk")) ||
        (data.maskinportentoken === undefined && (missing0 = "maskinportentoken")) ||
        (data.sikkerhetsnivaa === undefined && (missing0 = "sikkerhetsnivaa")) ||
        (data.ikkesensitivtittel === undefined && (missing0 = "ikkesensitivtittel")) ||
        (data.spraak === undefined && (missing0 = "spraak"))
      ) {
        validate53.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func17.call(schema53.properties, key0)) {
            validate53.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.avsender !== undefined) {
            const _errs2 = errors;
            if (
              !validate24(data.avsender, {
                instancePath: instancePath + "/avsender",
                parentData: data,
                parentDataProperty: "avsender",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mottaker !== undefined) {
              const _errs3 = errors;
              if (
                !validate32(data.mottaker, {
                  instancePath: instancePath + "/mottaker",
                  parentData: data,
                  parentDataProperty: "mottaker",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.dokumentpakkefingeravtrykk !== undefined) {
                let data2 = data.dokumentpakkefingeravtrykk;
                const _errs4 = errors;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    let missing1;
                    if (
                      (data2.digestMethod === undefined && (missing1 = "digestMethod")) ||
                      (data2.digestValue === undefined && (missing1 = "digestValue"))
                    ) {
                      validate53.errors = [
                        {
                          instancePath: instancePath + "/dokumentpakkefingeravtrykk",
                          keyword: "required",
                          params: { missingProperty: missing1 },
                        },
                      ];
                      return false;
                    } else {
                      const _errs7 = errors;
                      for (const key1 in data2) {
                        if (!(key1 === "digestMethod" || key1 === "digestValue")) {
                          validate53.errors = [
                            {
                              instancePath: instancePath + "/dokumentpakkefingeravtrykk",
                              keyword: "additionalProperties",
                              params: { additionalProperty: key1 },
                            },
                          ];
                          return false;
                          break;
                        }
                      }
                      if (_errs7 === errors) {
                        if (data2.digestMethod !== undefined) {
                          const _errs8 = errors;
                          if (typeof data2.digestMethod !== "string") {
                            validate53.errors = [
                              {
                                instancePath: instancePath + "/dokumentpakkefingeravtrykk/digestMethod",
                                keyword: "type",
                                params: { type: "string" },
                              },
                            ];
                            return false;
                          }
                          var valid2 = _errs8 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.digestValue !== undefined) {
                            const _errs10 = errors;
                            if (typeof data2.digestValue !== "string") {
                              validate53.errors = [
                                {
                                  instancePath: instancePath + "/dokumentpakkefingeravtrykk/digestValue",
                                  keyword: "type",
                                  params: { type: "string" },
                                },
                              ];
                              return false;
                            }
                            var valid2 = _errs10 === errors;
                          } else {
                            var valid2 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate53.errors = [
                      {
                        instancePath: instancePath + "/dokumentpakkefingeravtrykk",
                        keyword: "type",
                        params: { type: "object" },
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.maskinportentoken !== undefined) {
                  const _errs12 = errors;
                  if (typeof data.maskinportentoken !== "string") {
                    validate53.errors = [
                      {
                        instancePath: instancePath + "/maskinportentoken",
                        keyword: "type",
                        params: { type: "string" },
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.sikkerhetsnivaa !== undefined) {
                    let data6 = data.sikkerhetsnivaa;
                    const _errs15 = errors;
                    if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                      validate53.errors = [
                        {
                          instancePath: instancePath + "/sikkerhetsnivaa",
                          keyword: "type",
                          params: { type: "integer" },
                        },
                      ];
                      return false;
                    }
                    if (!(data6 === 3 || data6 === 4)) {
                      validate53.errors = [
                        {
                          instancePath: instancePath + "/sikkerhetsnivaa",
                          keyword: "enum",
                          params: { allowedValues: schema40.enum },
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs15 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.virkningsdato !== undefined) {
                      let data7 = data.virkningsdato;
                      const _errs18 = errors;
                      const _errs19 = errors;
                      if (errors === _errs19) {
                        if (errors === _errs19) {
                          if (typeof data7 === "string") {
                            if (!formats14.validate(data7)) {
                              validate53.errors = [
                                {
                                  instancePath: instancePath + "/virkningsdato",
                                  keyword: "format",
                                  params: { format: "date" },
                                },
                              ];
                              return false;
                            }
                          } else {
                            validate53.errors = [
                              {
                                instancePath: instancePath + "/virkningsdato",
                                keyword: "type",
                                params: { type: "string" },
                              },
                            ];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs18 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.virkningstidspunkt !== undefined) {
                        let data8 = data.virkningstidspunkt;
                        const _errs21 = errors;
                        const _errs22 = errors;
                        if (errors === _errs22) {
                          if (errors === _errs22) {
                            if (typeof data8 === "string") {
                              if (!formats2.validate(data8)) {
                                validate53.errors = [
                                  {
                                    instancePath: instancePath + "/virkningstidspunkt",
                                    keyword: "format",
                                    params: { format: "date-time" },
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate53.errors = [
                                {
                                  instancePath: instancePath + "/virkningstidspunkt",
                                  keyword: "type",
                                  params: { type: "string" },
                                },
                              ];
                              return false;
                            }
                          }
                        }
                        var valid0 = _errs21 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.aapningskvittering !== undefined) {
                          const _errs24 = errors;
                          if (typeof data.aapningskvittering !== "boolean") {
                            validate53.errors = [
                              {
                                instancePath: instancePath + "/aapningskvittering",
                                keyword: "type",
                                params: { type: "boolean" },
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs24 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.ikkesensitivtittel !== undefined) {
                            let data10 = data.ikkesensitivtittel;
                            const _errs27 = errors;
                            const _errs28 = errors;
                            if (errors === _errs28) {
                              if (typeof data10 === "string") {
                                if (data10.length > 255 && func2(data10) > 255) {
                                  validate53.errors = [
                                    {
                                      instancePath: instancePath + "/ikkesensitivtittel",
                                      keyword: "maxLength",
                                      params: { limit: 255 },
                                    },
                                  ];
                                  return false;
                                } else {
                                  if (data10.length < 2 && func2(data10) < 1) {
                                    validate53.errors = [
                                      {
                                        instancePath: instancePath + "/ikkesensitivtittel",
                                        keyword: "minLength",
                                        params: { limit: 1 },
                                      },
                                    ];
                                    return false;
                                  }
                                }
                              } else {
                                validate53.errors = [
                                  {
                                    instancePath: instancePath + "/ikkesensitivtittel",
                                    keyword: "type",
                                    params: { type: "string" },
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid0 = _errs27 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.spraak !== undefined) {
                              let data11 = data.spraak;
                              const _errs30 = errors;
                              const _errs31 = errors;
                              if (errors === _errs31) {
                                if (typeof data11 === "string") {
                                  if (data11.length > 2 && func2(data11) > 2) {
                                    validate53.errors = [
                                      {
                                        instancePath: instancePath + "/spraak",
                                        keyword: "maxLength",
                                        params: { limit: 2 },
                                      },
                                    ];
                                    return false;
                                  } else {
                                    if (data11.length < 4 && func2(data11) < 2) {
                                      validate53.errors = [
                                        {
                                          instancePath: instancePath + "/spraak",
                                          keyword: "minLength",
                                          params: { limit: 2 },
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                } else {
                                  validate53.errors = [
                                    {
                                      instancePath: instancePath + "/spraak",
                                      keyword: "type",
                                      params: { type: "string" },
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid0 = _errs30 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.varsler !== undefined) {
                                const _errs33 = errors;
                                if (
                                  !validate43(data.varsler, {
                                    instancePath: instancePath + "/varsler",
                                    parentData: data,
                                    parentDataProperty: "varsler",
                                    rootData,
                                  })
                                ) {
                                  vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs33 === errors;
                              } else {
                                var valid0 = true;
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
          }
        }
      }
    } else {
      validate53.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/digital.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.standardBusinessDocumentHeader === undefined && (missing0 = "standardBusinessDocumentHeader")) ||
        (data.digital === undefined && (missing0 = "digital"))
      ) {
        validate51.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocumentHeader" || key0 === "digital")) {
            validate51.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocumentHeader !== undefined) {
            const _errs2 = errors;
            if (
              !validate10(data.standardBusinessDocumentHeader, {
                instancePath: instancePath + "/standardBusinessDocumentHeader",
                parentData: data,
                parentDataProperty: "standardBusinessDocumentHeader",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.digital !== undefined) {
              const _errs3 = errors;
              if (
                !validate53(data.digital, {
                  instancePath: instancePath + "/digital",
                  parentData: data,
                  parentDataProperty: "digital",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate51.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/digital.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.standardBusinessDocument === undefined && (missing0 = "standardBusinessDocument")) {
        validate58.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocument")) {
            validate58.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocument !== undefined) {
            if (
              !validate51(data.standardBusinessDocument, {
                instancePath: instancePath + "/standardBusinessDocument",
                parentData: data,
                parentDataProperty: "standardBusinessDocument",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate58.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
const schema64 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/feil.schema.json/definitions/feil",
  type: "object",
  additionalProperties: false,
  properties: {
    avsender: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender" },
    mottaker: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetmottaker" },
    tidspunkt: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt" },
    feiltype: { type: "string", enum: ["KLIENT", "SERVER"] },
    detaljer: { type: "string" },
  },
  required: ["avsender", "mottaker", "tidspunkt", "feiltype"],
};
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/feil.schema.json/definitions/feil" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.avsender === undefined && (missing0 = "avsender")) ||
        (data.mottaker === undefined && (missing0 = "mottaker")) ||
        (data.tidspunkt === undefined && (missing0 = "tidspunkt")) ||
        (data.feiltype === undefined && (missing0 = "feiltype"))
      ) {
        validate62.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === "avsender" ||
              key0 === "mottaker" ||
              key0 === "tidspunkt" ||
              key0 === "feiltype" ||
              key0 === "detaljer"
            )
          ) {
            validate62.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.avsender !== undefined) {
            const _errs2 = errors;
            if (
              !validate24(data.avsender, {
                instancePath: instancePath + "/avsender",
                parentData: data,
                parentDataProperty: "avsender",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mottaker !== undefined) {
              const _errs3 = errors;
              if (
                !validate26(data.mottaker, {
                  instancePath: instancePath + "/mottaker",
                  parentData: data,
                  parentDataProperty: "mottaker",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.tidspunkt !== undefined) {
                let data2 = data.tidspunkt;
                const _errs4 = errors;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (errors === _errs5) {
                    if (typeof data2 === "string") {
                      if (!formats2.validate(data2)) {
                        validate62.errors = [
                          {
                            instancePath: instancePath + "/tidspunkt",
                            keyword: "format",
                            params: { format: "date-time" },
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate62.errors = [
                        { instancePath: instancePath + "/tidspunkt", keyword: "type", params: { type: "string" } },
                      ];
                      return false;
                    }
                  }
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.feiltype !== undefined) {
                  let data3 = data.feiltype;
                  const _errs7 = errors;
                  if (typeof data3 !== "string") {
                    validate62.errors = [
                      { instancePath: instancePath + "/feiltype", keyword: "type", params: { type: "string" } },
                    ];
                    return false;
                  }
                  if (!(data3 === "KLIENT" || data3 === "SERVER")) {
                    validate62.errors = [
                      {
                        instancePath: instancePath + "/feiltype",
                        keyword: "enum",
                        params: { allowedValues: schema64.properties.feiltype.enum },
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.detaljer !== undefined) {
                    const _errs9 = errors;
                    if (typeof data.detaljer !== "string") {
                      validate62.errors = [
                        { instancePath: instancePath + "/detaljer", keyword: "type", params: { type: "string" } },
                      ];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate62.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate62.errors = vErrors;
  return errors === 0;
}
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/feil.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.standardBusinessDocumentHeader === undefined && (missing0 = "standardBusinessDocumentHeader")) ||
        (data.feil === undefined && (missing0 = "feil"))
      ) {
        validate60.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocumentHeader" || key0 === "feil")) {
            validate60.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocumentHeader !== undefined) {
            const _errs2 = errors;
            if (
              !validate10(data.standardBusinessDocumentHeader, {
                instancePath: instancePath + "/standardBusinessDocumentHeader",
                parentData: data,
                parentDataProperty: "standardBusinessDocumentHeader",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.feil !== undefined) {
              const _errs3 = errors;
              if (
                !validate62(data.feil, {
                  instancePath: instancePath + "/feil",
                  parentData: data,
                  parentDataProperty: "feil",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate60.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate60.errors = vErrors;
  return errors === 0;
}
function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/feil.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.standardBusinessDocument === undefined && (missing0 = "standardBusinessDocument")) {
        validate66.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocument")) {
            validate66.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocument !== undefined) {
            if (
              !validate60(data.standardBusinessDocument, {
                instancePath: instancePath + "/standardBusinessDocument",
                parentData: data,
                parentDataProperty: "standardBusinessDocument",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate66.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate66.errors = vErrors;
  return errors === 0;
}
const schema68 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json/definitions/flyttet",
  type: "object",
  additionalProperties: false,
  properties: {
    avsender: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender" },
    mottaker: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/personmottaker" },
    maskinportentoken: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken",
    },
    tidspunkt: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt" },
    dokumentpakkefingeravtrykk: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk",
    },
    mottakstidspunkt: { type: "string", format: "date" },
    aapnet: { type: "boolean" },
    sikkerhetsnivaa: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa" },
    virkningsdato: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato" },
    virkningstidspunkt: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt",
    },
    aapningskvittering: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/aapningskvittering",
    },
    ikkesensitivtittel: {
      $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel",
    },
    spraak: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak" },
    varsler: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/varsler" },
  },
  required: [
    "avsender",
    "mottaker",
    "maskinportentoken",
    "tidspunkt",
    "dokumentpakkefingeravtrykk",
    "mottakstidspunkt",
    "sikkerhetsnivaa",
    "ikkesensitivtittel",
    "spraak",
  ],
};
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json/definitions/flyttet" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.avsender === undefined && (missing0 = "avsender")) ||
        (data.mottaker === undefined && (missing0 = "mottaker")) ||
        (data.maskinportentoken === undefined && (missing0 = "maskinportentoken")) ||
        (data.tidspunkt === undefined && (missing0 = "tidspunkt")) ||
        (data.dokumentpakkefingeravtrykk === undefined && (missing0 = "dokumentpakkefingeravtrykk")) ||
        (data.mottakstidspunkt === undefined && (missing0 = "mottakstidspunkt")) ||
        (data.sikkerhetsnivaa === undefined && (missing0 = "sikkerhetsnivaa")) ||
        (data.ikkesensitivtittel === undefined && (missing0 = "ikkesensitivtittel")) ||
        (data.spraak === undefined && (missing0 = "spraak"))
      ) {
        validate70.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func17.call(schema68.properties, key0)) {
            validate70.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.avsender !== undefined) {
            const _errs2 = errors;
            if (
              !validate24(data.avsender, {
                instancePath: instancePath + "/avsender",
                parentData: data,
                parentDataProperty: "avsender",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mottaker !== undefined) {
              const _errs3 = errors;
              if (
                !validate32(data.mottaker, {
                  instancePath: instancePath + "/mottaker",
                  parentData: data,
                  parentDataProperty: "mottaker",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.maskinportentoken !== undefined) {
                const _errs4 = errors;
                if (typeof data.maskinportentoken !== "string") {
                  validate70.errors = [
                    { instancePath: instancePath + "/maskinportentoken", keyword: "type", params: { type: "string" } },
                  ];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.tidspunkt !== undefined) {
                  let data3 = data.tidspunkt;
                  const _errs7 = errors;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (errors === _errs8) {
                      if (typeof data3 === "string") {
                        if (!formats2.validate(data3)) {
                          validate70.errors = [
                            {
                              instancePath: instancePath + "/tidspunkt",
                              keyword: "format",
                              params: { format: "date-time" },
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate70.errors = [
                          { instancePath: instancePath + "/tidspunkt", keyword: "type", params: { type: "string" } },
                        ];
                        return false;
                      }
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.dokumentpakkefingeravtrykk !== undefined) {
                    let data4 = data.dokumentpakkefingeravtrykk;
                    const _errs10 = errors;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        let missing1;
                        if (
                          (data4.digestMethod === undefined && (missing1 = "digestMethod")) ||
                          (data4.digestValue === undefined && (missing1 = "digestValue"))
                        ) {
                          validate70.errors = [
                            {
                              instancePath: instancePath + "/dokumentpakkefingeravtrykk",
                              keyword: "required",
                              params: { missingProperty: missing1 },
                            },
                          ];
                          return false;
                        } else {
                          const _errs13 = errors;
                          for (const key1 in data4) {
                            if (!(key1 === "digestMethod" || key1 === "digestValue")) {
                              validate70.errors = [
                                {
                                  instancePath: instancePath + "/dokumentpakkefingeravtrykk",
                                  keyword: "additionalProperties",
                                  params: { additionalProperty: key1 },
                                },
                              ];
                              return false;
                              break;
                            }
                          }
                          if (_errs13 === errors) {
                            if (data4.digestMethod !== undefined) {
                              const _errs14 = errors;
                              if (typeof data4.digestMethod !== "string") {
                                validate70.errors = [
                                  {
                                    instancePath: instancePath + "/dokumentpakkefingeravtrykk/digestMethod",
                                    keyword: "type",
                                    params: { type: "string" },
                                  },
                                ];
                                return false;
                              }
                              var valid4 = _errs14 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data4.digestValue !== undefined) {
                                const _errs16 = errors;
                                if (typeof data4.digestValue !== "string") {
                                  validate70.errors = [
                                    {
                                      instancePath: instancePath + "/dokumentpakkefingeravtrykk/digestValue",
                                      keyword: "type",
                                      params: { type: "string" },
                                    },
                                  ];
                                  return false;
                                }
                                var valid4 = _errs16 === errors;
                              } else {
                                var valid4 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate70.errors = [
                          {
                            instancePath: instancePath + "/dokumentpakkefingeravtrykk",
                            keyword: "type",
                            params: { type: "object" },
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.mottakstidspunkt !== undefined) {
                      let data7 = data.mottakstidspunkt;
                      const _errs18 = errors;
                      if (errors === _errs18) {
                        if (errors === _errs18) {
                          if (typeof data7 === "string") {
                            if (!formats14.validate(data7)) {
                              validate70.errors = [
                                {
                                  instancePath: instancePath + "/mottakstidspunkt",
                                  keyword: "format",
                                  params: { format: "date" },
                                },
                              ];
                              return false;
                            }
                          } else {
                            validate70.errors = [
                              {
                                instancePath: instancePath + "/mottakstidspunkt",
                                keyword: "type",
                                params: { type: "string" },
                              },
                            ];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs18 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.aapnet !== undefined) {
                        const _errs20 = errors;
                        if (typeof data.aapnet !== "boolean") {
                          validate70.errors = [
                            { instancePath: instancePath + "/aapnet", keyword: "type", params: { type: "boolean" } },
                          ];
                          return false;
                        }
                        var valid0 = _errs20 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.sikkerhetsnivaa !== undefined) {
                          let data9 = data.sikkerhetsnivaa;
                          const _errs22 = errors;
                          if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                            validate70.errors = [
                              {
                                instancePath: instancePath + "/sikkerhetsnivaa",
                                keyword: "type",
                                params: { type: "integer" },
                              },
                            ];
                            return false;
                          }
                          if (!(data9 === 3 || data9 === 4)) {
                            validate70.errors = [
                              {
                                instancePath: instancePath + "/sikkerhetsnivaa",
                                keyword: "enum",
                                params: { allowedValues: schema40.enum },
                              },
                            ];
                            return false;
                          }
                          var valid0 = _errs22 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.virkningsdato !== undefined) {
                            let data10 = data.virkningsdato;
                            const _errs25 = errors;
                            const _errs26 = errors;
                            if (errors === _errs26) {
                              if (errors === _errs26) {
                                if (typeof data10 === "string") {
                                  if (!formats14.validate(data10)) {
                                    validate70.errors = [
                                      {
                                        instancePath: instancePath + "/virkningsdato",
                                        keyword: "format",
                                        params: { format: "date" },
                                      },
                                    ];
                                    return false;
                                  }
                                } else {
                                  validate70.errors = [
                                    {
                                      instancePath: instancePath + "/virkningsdato",
                                      keyword: "type",
                                      params: { type: "string" },
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                            var valid0 = _errs25 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.virkningstidspunkt !== undefined) {
                              let data11 = data.virkningstidspunkt;
                              const _errs28 = errors;
                              const _errs29 = errors;
                              if (errors === _errs29) {
                                if (errors === _errs29) {
                                  if (typeof data11 === "string") {
                                    if (!formats2.validate(data11)) {
                                      validate70.errors = [
                                        {
                                          instancePath: instancePath + "/virkningstidspunkt",
                                          keyword: "format",
                                          params: { format: "date-time" },
                                        },
                                      ];
                                      return false;
                                    }
                                  } else {
                                    validate70.errors = [
                                      {
                                        instancePath: instancePath + "/virkningstidspunkt",
                                        keyword: "type",
                                        params: { type: "string" },
                                      },
                                    ];
                                    return false;
                                  }
                                }
                              }
                              var valid0 = _errs28 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.aapningskvittering !== undefined) {
                                const _errs31 = errors;
                                if (typeof data.aapningskvittering !== "boolean") {
                                  validate70.errors = [
                                    {
                                      instancePath: instancePath + "/aapningskvittering",
                                      keyword: "type",
                                      params: { type: "boolean" },
                                    },
                                  ];
                                  return false;
                                }
                                var valid0 = _errs31 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.ikkesensitivtittel !== undefined) {
                                  let data13 = data.ikkesensitivtittel;
                                  const _errs34 = errors;
                                  const _errs35 = errors;
                                  if (errors === _errs35) {
                                    if (typeof data13 === "string") {
                                      if (data13.length > 255 && func2(data13) > 255) {
                                        validate70.errors = [
                                          {
                                            instancePath: instancePath + "/ikkesensitivtittel",
                                            keyword: "maxLength",
                                            params: { limit: 255 },
                                          },
                                        ];
                                        return false;
                                      } else {
                                        if (data13.length < 2 && func2(data13) < 1) {
                                          validate70.errors = [
                                            {
                                              instancePath: instancePath + "/ikkesensitivtittel",
                                              keyword: "minLength",
                                              params: { limit: 1 },
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate70.errors = [
                                        {
                                          instancePath: instancePath + "/ikkesensitivtittel",
                                          keyword: "type",
                                          params: { type: "string" },
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs34 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.spraak !== undefined) {
                                    let data14 = data.spraak;
                                    const _errs37 = errors;
                                    const _errs38 = errors;
                                    if (errors === _errs38) {
                                      if (typeof data14 === "string") {
                                        if (data14.length > 2 && func2(data14) > 2) {
                                          validate70.errors = [
                                            {
                                              instancePath: instancePath + "/spraak",
                                              keyword: "maxLength",
                                              params: { limit: 2 },
                                            },
                                          ];
                                          return false;
                                        } else {
                                          if (data14.length < 4 && func2(data14) < 2) {
                                            validate70.errors = [
                                              {
                                                instancePath: instancePath + "/spraak",
                                                keyword: "minLength",
                                                params: { limit: 2 },
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                      } else {
                                        validate70.errors = [
                                          {
                                            instancePath: instancePath + "/spraak",
                                            keyword: "type",
                                            params: { type: "string" },
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs37 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.varsler !== undefined) {
                                      const _errs40 = errors;
                                      if (
                                        !validate43(data.varsler, {
                                          instancePath: instancePath + "/varsler",
                                          parentData: data,
                                          parentDataProperty: "varsler",
                                          rootData,
                                        })
                                      ) {
                                        vErrors =
                                          vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid0 = _errs40 === errors;
                                    } else {
                                      var valid0 = true;
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
                }
              }
            }
          }
        }
      }
    } else {
      validate70.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate70.errors = vErrors;
  return errors === 0;
}
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.standardBusinessDocumentHeader === undefined && (missing0 = "standardBusinessDocumentHeader")) ||
        (data.flyttet === undefined && (missing0 = "flyttet"))
      ) {
        validate68.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocumentHeader" || key0 === "flyttet")) {
            validate68.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocumentHeader !== undefined) {
            const _errs2 = errors;
            if (
              !validate10(data.standardBusinessDocumentHeader, {
                instancePath: instancePath + "/standardBusinessDocumentHeader",
                parentData: data,
                parentDataProperty: "standardBusinessDocumentHeader",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flyttet !== undefined) {
              const _errs3 = errors;
              if (
                !validate70(data.flyttet, {
                  instancePath: instancePath + "/flyttet",
                  parentData: data,
                  parentDataProperty: "flyttet",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate68.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate68.errors = vErrors;
  return errors === 0;
}
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.standardBusinessDocument === undefined && (missing0 = "standardBusinessDocument")) {
        validate75.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocument")) {
            validate75.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocument !== undefined) {
            if (
              !validate68(data.standardBusinessDocument, {
                instancePath: instancePath + "/standardBusinessDocument",
                parentData: data,
                parentDataProperty: "standardBusinessDocument",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate75.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate75.errors = vErrors;
  return errors === 0;
}
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.standardBusinessDocumentHeader === undefined && (missing0 = "standardBusinessDocumentHeader")) ||
        (data.leveringskvittering === undefined && (missing0 = "leveringskvittering"))
      ) {
        validate77.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocumentHeader" || key0 === "leveringskvittering")) {
            validate77.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocumentHeader !== undefined) {
            const _errs2 = errors;
            if (
              !validate10(data.standardBusinessDocumentHeader, {
                instancePath: instancePath + "/standardBusinessDocumentHeader",
                parentData: data,
                parentDataProperty: "standardBusinessDocumentHeader",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.leveringskvittering !== undefined) {
              const _errs3 = errors;
              if (
                !validate23(data.leveringskvittering, {
                  instancePath: instancePath + "/leveringskvittering",
                  parentData: data,
                  parentDataProperty: "leveringskvittering",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate77.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate77.errors = vErrors;
  return errors === 0;
}
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.standardBusinessDocument === undefined && (missing0 = "standardBusinessDocument")) {
        validate80.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocument")) {
            validate80.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocument !== undefined) {
            if (
              !validate77(data.standardBusinessDocument, {
                instancePath: instancePath + "/standardBusinessDocument",
                parentData: data,
                parentDataProperty: "standardBusinessDocument",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate80.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate80.errors = vErrors;
  return errors === 0;
}
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.standardBusinessDocumentHeader === undefined && (missing0 = "standardBusinessDocumentHeader")) ||
        (data.mottakskvittering === undefined && (missing0 = "mottakskvittering"))
      ) {
        validate82.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocumentHeader" || key0 === "mottakskvittering")) {
            validate82.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocumentHeader !== undefined) {
            const _errs2 = errors;
            if (
              !validate10(data.standardBusinessDocumentHeader, {
                instancePath: instancePath + "/standardBusinessDocumentHeader",
                parentData: data,
                parentDataProperty: "standardBusinessDocumentHeader",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mottakskvittering !== undefined) {
              const _errs3 = errors;
              if (
                !validate23(data.mottakskvittering, {
                  instancePath: instancePath + "/mottakskvittering",
                  parentData: data,
                  parentDataProperty: "mottakskvittering",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate82.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate82.errors = vErrors;
  return errors === 0;
}
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.standardBusinessDocument === undefined && (missing0 = "standardBusinessDocument")) {
        validate85.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocument")) {
            validate85.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocument !== undefined) {
            if (
              !validate82(data.standardBusinessDocument, {
                instancePath: instancePath + "/standardBusinessDocument",
                parentData: data,
                parentDataProperty: "standardBusinessDocument",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate85.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate85.errors = vErrors;
  return errors === 0;
}
function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.standardBusinessDocumentHeader === undefined && (missing0 = "standardBusinessDocumentHeader")) ||
        (data.returpostkvittering === undefined && (missing0 = "returpostkvittering"))
      ) {
        validate87.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocumentHeader" || key0 === "returpostkvittering")) {
            validate87.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocumentHeader !== undefined) {
            const _errs2 = errors;
            if (
              !validate10(data.standardBusinessDocumentHeader, {
                instancePath: instancePath + "/standardBusinessDocumentHeader",
                parentData: data,
                parentDataProperty: "standardBusinessDocumentHeader",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.returpostkvittering !== undefined) {
              const _errs3 = errors;
              if (
                !validate23(data.returpostkvittering, {
                  instancePath: instancePath + "/returpostkvittering",
                  parentData: data,
                  parentDataProperty: "returpostkvittering",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate87.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate87.errors = vErrors;
  return errors === 0;
}
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.standardBusinessDocument === undefined && (missing0 = "standardBusinessDocument")) {
        validate90.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocument")) {
            validate90.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocument !== undefined) {
            if (
              !validate87(data.standardBusinessDocument, {
                instancePath: instancePath + "/standardBusinessDocument",
                parentData: data,
                parentDataProperty: "standardBusinessDocument",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate90.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate90.errors = vErrors;
  return errors === 0;
}
const schema87 = {
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
const schema90 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskriftstype",
  type: "string",
  enum: ["SORT_HVIT", "FARGE"],
};
const schema94 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/posttype",
  type: "string",
  enum: ["A", "B"],
};
const schema93 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/returposthaandtering",
  type: "string",
  enum: ["DIREKTE_RETUR", "MAKULERING_MED_MELDING"],
};
const pattern4 = new RegExp("^\\d{4}$", "");
const pattern5 = new RegExp("^[a-zA-Z]{2}$", "");
function validate96(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/retur" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.mottaker === undefined && (missing0 = "mottaker")) ||
        (data.returposthaandtering === undefined && (missing0 = "returposthaandtering"))
      ) {
        validate96.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "mottaker" || key0 === "returposthaandtering")) {
            validate96.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.mottaker !== undefined) {
            let data0 = data.mottaker;
            const _errs2 = errors;
            const _errs3 = errors;
            const _errs5 = errors;
            let valid2 = true;
            const _errs6 = errors;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.navn === undefined && (missing1 = "navn")) ||
                (data0.adresselinje1 === undefined && (missing1 = "adresselinje1")) ||
                (data0.postnummer === undefined && (missing1 = "postnummer")) ||
                (data0.poststed === undefined && (missing1 = "poststed"))
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
            var _valid0 = _errs6 === errors;
            errors = _errs5;
            if (vErrors !== null) {
              if (_errs5) {
                vErrors.length = _errs5;
              } else {
                vErrors = null;
              }
            }
            let ifClause0;
            if (_valid0) {
              const _errs7 = errors;
              const _errs8 = errors;
              const _errs9 = errors;
              const _errs10 = errors;
              let valid4 = true;
              const _errs11 = errors;
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing2;
                if (
                  (data0.navn === undefined && (missing2 = "navn")) ||
                  (data0.adresselinje1 === undefined && (missing2 = "adresselinje1")) ||
                  (data0.land === undefined && (missing2 = "land"))
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
              var _valid1 = _errs11 === errors;
              errors = _errs10;
              if (vErrors !== null) {
                if (_errs10) {
                  vErrors.length = _errs10;
                } else {
                  vErrors = null;
                }
              }
              if (_valid1) {
                const _errs12 = errors;
                const _errs13 = errors;
                const _errs14 = errors;
                if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                  let missing3;
                  if (
                    (data0.navn === undefined && (missing3 = "navn")) ||
                    (data0.adresselinje1 === undefined && (missing3 = "adresselinje1")) ||
                    (data0.landkode === undefined && (missing3 = "landkode"))
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
                var valid5 = _errs14 === errors;
                if (valid5) {
                  const err3 = {};
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                } else {
                  errors = _errs13;
                  if (vErrors !== null) {
                    if (_errs13) {
                      vErrors.length = _errs13;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var _valid1 = _errs12 === errors;
                valid4 = _valid1;
              } else {
                const _errs15 = errors;
                if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                  let missing4;
                  if (
                    (data0.navn === undefined && (missing4 = "navn")) ||
                    (data0.adresselinje1 === undefined && (missing4 = "adresselinje1")) ||
                    (data0.landkode === undefined && (missing4 = "landkode"))
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
                var _valid1 = _errs15 === errors;
                valid4 = _valid1;
              }
              if (!valid4) {
                const err5 = {};
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              var valid3 = _errs9 === errors;
              if (valid3) {
                validate96.errors = [{ instancePath: instancePath + "/mottaker", keyword: "not", params: {} }];
                return false;
              } else {
                errors = _errs8;
                if (vErrors !== null) {
                  if (_errs8) {
                    vErrors.length = _errs8;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var _valid0 = _errs7 === errors;
              valid2 = _valid0;
              ifClause0 = "then";
            } else {
              const _errs16 = errors;
              const _errs17 = errors;
              let valid6 = true;
              const _errs18 = errors;
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                let missing5;
                if (
                  (data0.navn === undefined && (missing5 = "navn")) ||
                  (data0.adresselinje1 === undefined && (missing5 = "adresselinje1")) ||
                  (data0.land === undefined && (missing5 = "land"))
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
              var _valid2 = _errs18 === errors;
              errors = _errs17;
              if (vErrors !== null) {
                if (_errs17) {
                  vErrors.length = _errs17;
                } else {
                  vErrors = null;
                }
              }
              let ifClause2;
              if (_valid2) {
                const _errs19 = errors;
                const _errs20 = errors;
                const _errs21 = errors;
                if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                  let missing6;
                  if (
                    (data0.navn === undefined && (missing6 = "navn")) ||
                    (data0.adresselinje1 === undefined && (missing6 = "adresselinje1")) ||
                    (data0.landkode === undefined && (missing6 = "landkode"))
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
                var valid7 = _errs21 === errors;
                if (valid7) {
                  validate96.errors = [{ instancePath: instancePath + "/mottaker", keyword: "not", params: {} }];
                  return false;
                } else {
                  errors = _errs20;
                  if (vErrors !== null) {
                    if (_errs20) {
                      vErrors.length = _errs20;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var _valid2 = _errs19 === errors;
                valid6 = _valid2;
                ifClause2 = "then";
              } else {
                const _errs22 = errors;
                if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                  let missing7;
                  if (
                    (data0.navn === undefined && (missing7 = "navn")) ||
                    (data0.adresselinje1 === undefined && (missing7 = "adresselinje1")) ||
                    (data0.landkode === undefined && (missing7 = "landkode"))
                  ) {
                    validate96.errors = [
                      {
                        instancePath: instancePath + "/mottaker",
                        keyword: "required",
                        params: { missingProperty: missing7 },
                      },
                    ];
                    return false;
                  }
                }
                var _valid2 = _errs22 === errors;
                valid6 = _valid2;
                ifClause2 = "else";
              }
              if (!valid6) {
                const err8 = {
                  instancePath: instancePath + "/mottaker",
                  keyword: "if",
                  params: { failingKeyword: ifClause2 },
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
                validate96.errors = vErrors;
                return false;
              }
              var _valid0 = _errs16 === errors;
              valid2 = _valid0;
              ifClause0 = "else";
            }
            if (!valid2) {
              const err9 = {
                instancePath: instancePath + "/mottaker",
                keyword: "if",
                params: { failingKeyword: ifClause0 },
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              validate96.errors = vErrors;
              return false;
            }
            if (errors === _errs3) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                const _errs23 = errors;
                for (const key1 in data0) {
                  if (!func17.call(schema87.properties, key1)) {
                    validate96.errors = [
                      {
                        instancePath: instancePath + "/mottaker",
                        keyword: "additionalProperties",
                        params: { additionalProperty: key1 },
                      },
                    ];
                    return false;
                    break;
                  }
                }
                if (_errs23 === errors) {
                  if (data0.navn !== undefined) {
                    const _errs24 = errors;
                    if (typeof data0.navn !== "string") {
                      validate96.errors = [
                        { instancePath: instancePath + "/mottaker/navn", keyword: "type", params: { type: "string" } },
                      ];
                      return false;
                    }
                    var valid8 = _errs24 === errors;
                  } else {
                    var valid8 = true;
                  }
                  if (valid8) {
                    if (data0.adresselinje1 !== undefined) {
                      let data2 = data0.adresselinje1;
                      const _errs26 = errors;
                      if (errors === _errs26) {
                        if (typeof data2 === "string") {
                          if (data2.length > 100 && func2(data2) > 100) {
                            validate96.errors = [
                              {
                                instancePath: instancePath + "/mottaker/adresselinje1",
                                keyword: "maxLength",
                                params: { limit: 100 },
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate96.errors = [
                            {
                              instancePath: instancePath + "/mottaker/adresselinje1",
                              keyword: "type",
                              params: { type: "string" },
                            },
                          ];
                          return false;
                        }
                      }
                      var valid8 = _errs26 === errors;
                    } else {
                      var valid8 = true;
                    }
                    if (valid8) {
                      if (data0.adresselinje2 !== undefined) {
                        let data3 = data0.adresselinje2;
                        const _errs28 = errors;
                        if (errors === _errs28) {
                          if (typeof data3 === "string") {
                            if (data3.length > 100 && func2(data3) > 100) {
                              validate96.errors = [
                                {
                                  instancePath: instancePath + "/mottaker/adresselinje2",
                                  keyword: "maxLength",
                                  params: { limit: 100 },
                                },
                              ];
                              return false;
                            }
                          } else {
                            validate96.errors = [
                              {
                                instancePath: instancePath + "/mottaker/adresselinje2",
                                keyword: "type",
                                params: { type: "string" },
                              },
                            ];
                            return false;
                          }
                        }
                        var valid8 = _errs28 === errors;
                      } else {
                        var valid8 = true;
                      }
                      if (valid8) {
                        if (data0.adresselinje3 !== undefined) {
                          let data4 = data0.adresselinje3;
                          const _errs30 = errors;
                          if (errors === _errs30) {
                            if (typeof data4 === "string") {
                              if (data4.length > 100 && func2(data4) > 100) {
                                validate96.errors = [
                                  {
                                    instancePath: instancePath + "/mottaker/adresselinje3",
                                    keyword: "maxLength",
                                    params: { limit: 100 },
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate96.errors = [
                                {
                                  instancePath: instancePath + "/mottaker/adresselinje3",
                                  keyword: "type",
                                  params: { type: "string" },
                                },
                              ];
                              return false;
                            }
                          }
                          var valid8 = _errs30 === errors;
                        } else {
                          var valid8 = true;
                        }
                        if (valid8) {
                          if (data0.adresselinje4 !== undefined) {
                            let data5 = data0.adresselinje4;
                            const _errs32 = errors;
                            if (errors === _errs32) {
                              if (typeof data5 === "string") {
                                if (data5.length > 100 && func2(data5) > 100) {
                                  validate96.errors = [
                                    {
                                      instancePath: instancePath + "/mottaker/adresselinje4",
                                      keyword: "maxLength",
                                      params: { limit: 100 },
                                    },
                                  ];
                                  return false;
                                }
                              } else {
                                validate96.errors = [
                                  {
                                    instancePath: instancePath + "/mottaker/adresselinje4",
                                    keyword: "type",
                                    params: { type: "string" },
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid8 = _errs32 === errors;
                          } else {
                            var valid8 = true;
                          }
                          if (valid8) {
                            if (data0.postnummer !== undefined) {
                              let data6 = data0.postnummer;
                              const _errs34 = errors;
                              if (errors === _errs34) {
                                if (typeof data6 === "string") {
                                  if (!pattern4.test(data6)) {
                                    validate96.errors = [
                                      {
                                        instancePath: instancePath + "/mottaker/postnummer",
                                        keyword: "pattern",
                                        params: { pattern: "^\\d{4}$" },
                                      },
                                    ];
                                    return false;
                                  }
                                } else {
                                  validate96.errors = [
                                    {
                                      instancePath: instancePath + "/mottaker/postnummer",
                                      keyword: "type",
                                      params: { type: "string" },
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid8 = _errs34 === errors;
                            } else {
                              var valid8 = true;
                            }
                            if (valid8) {
                              if (data0.poststed !== undefined) {
                                let data7 = data0.poststed;
                                const _errs36 = errors;
                                if (errors === _errs36) {
                                  if (typeof data7 === "string") {
                                    if (data7.length > 80 && func2(data7) > 80) {
                                      validate96.errors = [
                                        {
                                          instancePath: instancePath + "/mottaker/poststed",
                                          keyword: "maxLength",
                                          params: { limit: 80 },
                                        },
                                      ];
                                      return false;
                                    }
                                  } else {
                                    validate96.errors = [
                                      {
                                        instancePath: instancePath + "/mottaker/poststed",
                                        keyword: "type",
                                        params: { type: "string" },
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid8 = _errs36 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data0.land !== undefined) {
                                  let data8 = data0.land;
                                  const _errs38 = errors;
                                  if (errors === _errs38) {
                                    if (typeof data8 === "string") {
                                      if (data8.length > 80 && func2(data8) > 80) {
                                        validate96.errors = [
                                          {
                                            instancePath: instancePath + "/mottaker/land",
                                            keyword: "maxLength",
                                            params: { limit: 80 },
                                          },
                                        ];
                                        return false;
                                      }
                                    } else {
                                      validate96.errors = [
                                        {
                                          instancePath: instancePath + "/mottaker/land",
                                          keyword: "type",
                                          params: { type: "string" },
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid8 = _errs38 === errors;
                                } else {
                                  var valid8 = true;
                                }
                                if (valid8) {
                                  if (data0.landkode !== undefined) {
                                    let data9 = data0.landkode;
                                    const _errs40 = errors;
                                    if (errors === _errs40) {
                                      if (typeof data9 === "string") {
                                        if (!pattern5.test(data9)) {
                                          validate96.errors = [
                                            {
                                              instancePath: instancePath + "/mottaker/landkode",
                                              keyword: "pattern",
                                              params: { pattern: "^[a-zA-Z]{2}$" },
                                            },
                                          ];
                                          return false;
                                        }
                                      } else {
                                        validate96.errors = [
                                          {
                                            instancePath: instancePath + "/mottaker/landkode",
                                            keyword: "type",
                                            params: { type: "string" },
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid8 = _errs40 === errors;
                                  } else {
                                    var valid8 = true;
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
                validate96.errors = [
                  { instancePath: instancePath + "/mottaker", keyword: "type", params: { type: "object" } },
                ];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.returposthaandtering !== undefined) {
              let data10 = data.returposthaandtering;
              const _errs42 = errors;
              if (typeof data10 !== "string") {
                validate96.errors = [
                  { instancePath: instancePath + "/returposthaandtering", keyword: "type", params: { type: "string" } },
                ];
                return false;
              }
              if (!(data10 === "DIREKTE_RETUR" || data10 === "MAKULERING_MED_MELDING")) {
                validate96.errors = [
                  {
                    instancePath: instancePath + "/returposthaandtering",
                    keyword: "enum",
                    params: { allowedValues: schema93.enum },
                  },
                ];
                return false;
              }
              var valid0 = _errs42 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate96.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate96.errors = vErrors;
  return errors === 0;
}
function validate94(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskrift" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.avsender === undefined && (missing0 = "avsender")) ||
        (data.mottaker === undefined && (missing0 = "mottaker")) ||
        (data.dokumentpakkefingeravtrykk === undefined && (missing0 = "dokumentpakkefingeravtrykk")) ||
        (data.maskinportentoken === undefined && (missing0 = "maskinportentoken")) ||
        (data.utskriftstype === undefined && (missing0 = "utskriftstype")) ||
        (data.retur === undefined && (missing0 = "retur"))
      ) {
        validate94.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === "avsender" ||
              key0 === "mottaker" ||
              key0 === "dokumentpakkefingeravtrykk" ||
              key0 === "maskinportentoken" ||
              key0 === "utskriftstype" ||
              key0 === "retur" ||
              key0 === "posttype"
            )
          ) {
            validate94.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.avsender !== undefined) {
            const _errs2 = errors;
            if (
              !validate24(data.avsender, {
                instancePath: instancePath + "/avsender",
                parentData: data,
                parentDataProperty: "avsender",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mottaker !== undefined) {
              let data1 = data.mottaker;
              const _errs3 = errors;
              const _errs4 = errors;
              const _errs6 = errors;
              let valid2 = true;
              const _errs7 = errors;
              if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                let missing1;
                if (
                  (data1.navn === undefined && (missing1 = "navn")) ||
                  (data1.adresselinje1 === undefined && (missing1 = "adresselinje1")) ||
                  (data1.postnummer === undefined && (missing1 = "postnummer")) ||
                  (data1.poststed === undefined && (missing1 = "poststed"))
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
              var _valid0 = _errs7 === errors;
              errors = _errs6;
              if (vErrors !== null) {
                if (_errs6) {
                  vErrors.length = _errs6;
                } else {
                  vErrors = null;
                }
              }
              let ifClause0;
              if (_valid0) {
                const _errs8 = errors;
                const _errs9 = errors;
                const _errs10 = errors;
                const _errs11 = errors;
                let valid4 = true;
                const _errs12 = errors;
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing2;
                  if (
                    (data1.navn === undefined && (missing2 = "navn")) ||
                    (data1.adresselinje1 === undefined && (missing2 = "adresselinje1")) ||
                    (data1.land === undefined && (missing2 = "land"))
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
                var _valid1 = _errs12 === errors;
                errors = _errs11;
                if (vErrors !== null) {
                  if (_errs11) {
                    vErrors.length = _errs11;
                  } else {
                    vErrors = null;
                  }
                }
                if (_valid1) {
                  const _errs13 = errors;
                  const _errs14 = errors;
                  const _errs15 = errors;
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing3;
                    if (
                      (data1.navn === undefined && (missing3 = "navn")) ||
                      (data1.adresselinje1 === undefined && (missing3 = "adresselinje1")) ||
                      (data1.landkode === undefined && (missing3 = "landkode"))
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
                  var valid5 = _errs15 === errors;
                  if (valid5) {
                    const err3 = {};
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  } else {
                    errors = _errs14;
                    if (vErrors !== null) {
                      if (_errs14) {
                        vErrors.length = _errs14;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var _valid1 = _errs13 === errors;
                  valid4 = _valid1;
                } else {
                  const _errs16 = errors;
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing4;
                    if (
                      (data1.navn === undefined && (missing4 = "navn")) ||
                      (data1.adresselinje1 === undefined && (missing4 = "adresselinje1")) ||
                      (data1.landkode === undefined && (missing4 = "landkode"))
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
                  var _valid1 = _errs16 === errors;
                  valid4 = _valid1;
                }
                if (!valid4) {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var valid3 = _errs10 === errors;
                if (valid3) {
                  validate94.errors = [{ instancePath: instancePath + "/mottaker", keyword: "not", params: {} }];
                  return false;
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
                var _valid0 = _errs8 === errors;
                valid2 = _valid0;
                ifClause0 = "then";
              } else {
                const _errs17 = errors;
                const _errs18 = errors;
                let valid6 = true;
                const _errs19 = errors;
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing5;
                  if (
                    (data1.navn === undefined && (missing5 = "navn")) ||
                    (data1.adresselinje1 === undefined && (missing5 = "adresselinje1")) ||
                    (data1.land === undefined && (missing5 = "land"))
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
                var _valid2 = _errs19 === errors;
                errors = _errs18;
                if (vErrors !== null) {
                  if (_errs18) {
                    vErrors.length = _errs18;
                  } else {
                    vErrors = null;
                  }
                }
                let ifClause2;
                if (_valid2) {
                  const _errs20 = errors;
                  const _errs21 = errors;
                  const _errs22 = errors;
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing6;
                    if (
                      (data1.navn === undefined && (missing6 = "navn")) ||
                      (data1.adresselinje1 === undefined && (missing6 = "adresselinje1")) ||
                      (data1.landkode === undefined && (missing6 = "landkode"))
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
                  var valid7 = _errs22 === errors;
                  if (valid7) {
                    validate94.errors = [{ instancePath: instancePath + "/mottaker", keyword: "not", params: {} }];
                    return false;
                  } else {
                    errors = _errs21;
                    if (vErrors !== null) {
                      if (_errs21) {
                        vErrors.length = _errs21;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var _valid2 = _errs20 === errors;
                  valid6 = _valid2;
                  ifClause2 = "then";
                } else {
                  const _errs23 = errors;
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing7;
                    if (
                      (data1.navn === undefined && (missing7 = "navn")) ||
                      (data1.adresselinje1 === undefined && (missing7 = "adresselinje1")) ||
                      (data1.landkode === undefined && (missing7 = "landkode"))
                    ) {
                      validate94.errors = [
                        {
                          instancePath: instancePath + "/mottaker",
                          keyword: "required",
                          params: { missingProperty: missing7 },
                        },
                      ];
                      return false;
                    }
                  }
                  var _valid2 = _errs23 === errors;
                  valid6 = _valid2;
                  ifClause2 = "else";
                }
                if (!valid6) {
                  const err8 = {
                    instancePath: instancePath + "/mottaker",
                    keyword: "if",
                    params: { failingKeyword: ifClause2 },
                  };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                  validate94.errors = vErrors;
                  return false;
                }
                var _valid0 = _errs17 === errors;
                valid2 = _valid0;
                ifClause0 = "else";
              }
              if (!valid2) {
                const err9 = {
                  instancePath: instancePath + "/mottaker",
                  keyword: "if",
                  params: { failingKeyword: ifClause0 },
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
                validate94.errors = vErrors;
                return false;
              }
              if (errors === _errs4) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  const _errs24 = errors;
                  for (const key1 in data1) {
                    if (!func17.call(schema87.properties, key1)) {
                      validate94.errors = [
                        {
                          instancePath: instancePath + "/mottaker",
                          keyword: "additionalProperties",
                          params: { additionalProperty: key1 },
                        },
                      ];
                      return false;
                      break;
                    }
                  }
                  if (_errs24 === errors) {
                    if (data1.navn !== undefined) {
                      const _errs25 = errors;
                      if (typeof data1.navn !== "string") {
                        validate94.errors = [
                          {
                            instancePath: instancePath + "/mottaker/navn",
                            keyword: "type",
                            params: { type: "string" },
                          },
                        ];
                        return false;
                      }
                      var valid8 = _errs25 === errors;
                    } else {
                      var valid8 = true;
                    }
                    if (valid8) {
                      if (data1.adresselinje1 !== undefined) {
                        let data3 = data1.adresselinje1;
                        const _errs27 = errors;
                        if (errors === _errs27) {
                          if (typeof data3 === "string") {
                            if (data3.length > 100 && func2(data3) > 100) {
                              validate94.errors = [
                                {
                                  instancePath: instancePath + "/mottaker/adresselinje1",
                                  keyword: "maxLength",
                                  params: { limit: 100 },
                                },
                              ];
                              return false;
                            }
                          } else {
                            validate94.errors = [
                              {
                                instancePath: instancePath + "/mottaker/adresselinje1",
                                keyword: "type",
                                params: { type: "string" },
                              },
                            ];
                            return false;
                          }
                        }
                        var valid8 = _errs27 === errors;
                      } else {
                        var valid8 = true;
                      }
                      if (valid8) {
                        if (data1.adresselinje2 !== undefined) {
                          let data4 = data1.adresselinje2;
                          const _errs29 = errors;
                          if (errors === _errs29) {
                            if (typeof data4 === "string") {
                              if (data4.length > 100 && func2(data4) > 100) {
                                validate94.errors = [
                                  {
                                    instancePath: instancePath + "/mottaker/adresselinje2",
                                    keyword: "maxLength",
                                    params: { limit: 100 },
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate94.errors = [
                                {
                                  instancePath: instancePath + "/mottaker/adresselinje2",
                                  keyword: "type",
                                  params: { type: "string" },
                                },
                              ];
                              return false;
                            }
                          }
                          var valid8 = _errs29 === errors;
                        } else {
                          var valid8 = true;
                        }
                        if (valid8) {
                          if (data1.adresselinje3 !== undefined) {
                            let data5 = data1.adresselinje3;
                            const _errs31 = errors;
                            if (errors === _errs31) {
                              if (typeof data5 === "string") {
                                if (data5.length > 100 && func2(data5) > 100) {
                                  validate94.errors = [
                                    {
                                      instancePath: instancePath + "/mottaker/adresselinje3",
                                      keyword: "maxLength",
                                      params: { limit: 100 },
                                    },
                                  ];
                                  return false;
                                }
                              } else {
                                validate94.errors = [
                                  {
                                    instancePath: instancePath + "/mottaker/adresselinje3",
                                    keyword: "type",
                                    params: { type: "string" },
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid8 = _errs31 === errors;
                          } else {
                            var valid8 = true;
                          }
                          if (valid8) {
                            if (data1.adresselinje4 !== undefined) {
                              let data6 = data1.adresselinje4;
                              const _errs33 = errors;
                              if (errors === _errs33) {
                                if (typeof data6 === "string") {
                                  if (data6.length > 100 && func2(data6) > 100) {
                                    validate94.errors = [
                                      {
                                        instancePath: instancePath + "/mottaker/adresselinje4",
                                        keyword: "maxLength",
                                        params: { limit: 100 },
                                      },
                                    ];
                                    return false;
                                  }
                                } else {
                                  validate94.errors = [
                                    {
                                      instancePath: instancePath + "/mottaker/adresselinje4",
                                      keyword: "type",
                                      params: { type: "string" },
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid8 = _errs33 === errors;
                            } else {
                              var valid8 = true;
                            }
                            if (valid8) {
                              if (data1.postnummer !== undefined) {
                                let data7 = data1.postnummer;
                                const _errs35 = errors;
                                if (errors === _errs35) {
                                  if (typeof data7 === "string") {
                                    if (!pattern4.test(data7)) {
                                      validate94.errors = [
                                        {
                                          instancePath: instancePath + "/mottaker/postnummer",
                                          keyword: "pattern",
                                          params: { pattern: "^\\d{4}$" },
                                        },
                                      ];
                                      return false;
                                    }
                                  } else {
                                    validate94.errors = [
                                      {
                                        instancePath: instancePath + "/mottaker/postnummer",
                                        keyword: "type",
                                        params: { type: "string" },
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid8 = _errs35 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data1.poststed !== undefined) {
                                  let data8 = data1.poststed;
                                  const _errs37 = errors;
                                  if (errors === _errs37) {
                                    if (typeof data8 === "string") {
                                      if (data8.length > 80 && func2(data8) > 80) {
                                        validate94.errors = [
                                          {
                                            instancePath: instancePath + "/mottaker/poststed",
                                            keyword: "maxLength",
                                            params: { limit: 80 },
                                          },
                                        ];
                                        return false;
                                      }
                                    } else {
                                      validate94.errors = [
                                        {
                                          instancePath: instancePath + "/mottaker/poststed",
                                          keyword: "type",
                                          params: { type: "string" },
                                        },
                                      ];
                                      return false;
                                    }
                                  }
                                  var valid8 = _errs37 === errors;
                                } else {
                                  var valid8 = true;
                                }
                                if (valid8) {
                                  if (data1.land !== undefined) {
                                    let data9 = data1.land;
                                    const _errs39 = errors;
                                    if (errors === _errs39) {
                                      if (typeof data9 === "string") {
                                        if (data9.length > 80 && func2(data9) > 80) {
                                          validate94.errors = [
                                            {
                                              instancePath: instancePath + "/mottaker/land",
                                              keyword: "maxLength",
                                              params: { limit: 80 },
                                            },
                                          ];
                                          return false;
                                        }
                                      } else {
                                        validate94.errors = [
                                          {
                                            instancePath: instancePath + "/mottaker/land",
                                            keyword: "type",
                                            params: { type: "string" },
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid8 = _errs39 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                  if (valid8) {
                                    if (data1.landkode !== undefined) {
                                      let data10 = data1.landkode;
                                      const _errs41 = errors;
                                      if (errors === _errs41) {
                                        if (typeof data10 === "string") {
                                          if (!pattern5.test(data10)) {
                                            validate94.errors = [
                                              {
                                                instancePath: instancePath + "/mottaker/landkode",
                                                keyword: "pattern",
                                                params: { pattern: "^[a-zA-Z]{2}$" },
                                              },
                                            ];
                                            return false;
                                          }
                                        } else {
                                          validate94.errors = [
                                            {
                                              instancePath: instancePath + "/mottaker/landkode",
                                              keyword: "type",
                                              params: { type: "string" },
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid8 = _errs41 === errors;
                                    } else {
                                      var valid8 = true;
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
                  validate94.errors = [
                    { instancePath: instancePath + "/mottaker", keyword: "type", params: { type: "object" } },
                  ];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.dokumentpakkefingeravtrykk !== undefined) {
                let data11 = data.dokumentpakkefingeravtrykk;
                const _errs43 = errors;
                const _errs44 = errors;
                if (errors === _errs44) {
                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    let missing8;
                    if (
                      (data11.digestMethod === undefined && (missing8 = "digestMethod")) ||
                      (data11.digestValue === undefined && (missing8 = "digestValue"))
                    ) {
                      validate94.errors = [
                        {
                          instancePath: instancePath + "/dokumentpakkefingeravtrykk",
                          keyword: "required",
                          params: { missingProperty: missing8 },
                        },
                      ];
                      return false;
                    } else {
                      const _errs46 = errors;
                      for (const key2 in data11) {
                        if (!(key2 === "digestMethod" || key2 === "digestValue")) {
                          validate94.errors = [
                            {
                              instancePath: instancePath + "/dokumentpakkefingeravtrykk",
                              keyword: "additionalProperties",
                              params: { additionalProperty: key2 },
                            },
                          ];
                          return false;
                          break;
                        }
                      }
                      if (_errs46 === errors) {
                        if (data11.digestMethod !== undefined) {
                          const _errs47 = errors;
                          if (typeof data11.digestMethod !== "string") {
                            validate94.errors = [
                              {
                                instancePath: instancePath + "/dokumentpakkefingeravtrykk/digestMethod",
                                keyword: "type",
                                params: { type: "string" },
                              },
                            ];
                            return false;
                          }
                          var valid10 = _errs47 === errors;
                        } else {
                          var valid10 = true;
                        }
                        if (valid10) {
                          if (data11.digestValue !== undefined) {
                            const _errs49 = errors;
                            if (typeof data11.digestValue !== "string") {
                              validate94.errors = [
                                {
                                  instancePath: instancePath + "/dokumentpakkefingeravtrykk/digestValue",
                                  keyword: "type",
                                  params: { type: "string" },
                                },
                              ];
                              return false;
                            }
                            var valid10 = _errs49 === errors;
                          } else {
                            var valid10 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate94.errors = [
                      {
                        instancePath: instancePath + "/dokumentpakkefingeravtrykk",
                        keyword: "type",
                        params: { type: "object" },
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs43 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.maskinportentoken !== undefined) {
                  const _errs51 = errors;
                  if (typeof data.maskinportentoken !== "string") {
                    validate94.errors = [
                      {
                        instancePath: instancePath + "/maskinportentoken",
                        keyword: "type",
                        params: { type: "string" },
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs51 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.utskriftstype !== undefined) {
                    let data15 = data.utskriftstype;
                    const _errs54 = errors;
                    if (typeof data15 !== "string") {
                      validate94.errors = [
                        { instancePath: instancePath + "/utskriftstype", keyword: "type", params: { type: "string" } },
                      ];
                      return false;
                    }
                    if (!(data15 === "SORT_HVIT" || data15 === "FARGE")) {
                      validate94.errors = [
                        {
                          instancePath: instancePath + "/utskriftstype",
                          keyword: "enum",
                          params: { allowedValues: schema90.enum },
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs54 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.retur !== undefined) {
                      const _errs57 = errors;
                      if (
                        !validate96(data.retur, {
                          instancePath: instancePath + "/retur",
                          parentData: data,
                          parentDataProperty: "retur",
                          rootData,
                        })
                      ) {
                        vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs57 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.posttype !== undefined) {
                        let data17 = data.posttype;
                        const _errs58 = errors;
                        if (typeof data17 !== "string") {
                          validate94.errors = [
                            { instancePath: instancePath + "/posttype", keyword: "type", params: { type: "string" } },
                          ];
                          return false;
                        }
                        if (!(data17 === "A" || data17 === "B")) {
                          validate94.errors = [
                            {
                              instancePath: instancePath + "/posttype",
                              keyword: "enum",
                              params: { allowedValues: schema94.enum },
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs58 === errors;
                      } else {
                        var valid0 = true;
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
      validate94.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate94.errors = vErrors;
  return errors === 0;
}
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.standardBusinessDocumentHeader === undefined && (missing0 = "standardBusinessDocumentHeader")) ||
        (data.utskrift === undefined && (missing0 = "utskrift"))
      ) {
        validate92.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocumentHeader" || key0 === "utskrift")) {
            validate92.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocumentHeader !== undefined) {
            const _errs2 = errors;
            if (
              !validate10(data.standardBusinessDocumentHeader, {
                instancePath: instancePath + "/standardBusinessDocumentHeader",
                parentData: data,
                parentDataProperty: "standardBusinessDocumentHeader",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.utskrift !== undefined) {
              const _errs3 = errors;
              if (
                !validate94(data.utskrift, {
                  instancePath: instancePath + "/utskrift",
                  parentData: data,
                  parentDataProperty: "utskrift",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate92.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate92.errors = vErrors;
  return errors === 0;
}
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskriftstype" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate99.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
    return false;
  }
  if (!(data === "SORT_HVIT" || data === "FARGE")) {
    validate99.errors = [{ instancePath, keyword: "enum", params: { allowedValues: schema90.enum } }];
    return false;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
function validate100(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/returposthaandtering" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate100.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
    return false;
  }
  if (!(data === "DIREKTE_RETUR" || data === "MAKULERING_MED_MELDING")) {
    validate100.errors = [{ instancePath, keyword: "enum", params: { allowedValues: schema93.enum } }];
    return false;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
function validate101(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/posttype" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    validate101.errors = [{ instancePath, keyword: "type", params: { type: "string" } }];
    return false;
  }
  if (!(data === "A" || data === "B")) {
    validate101.errors = [{ instancePath, keyword: "enum", params: { allowedValues: schema94.enum } }];
    return false;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      validate102.errors = [{ instancePath, keyword: "not", params: {} }];
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
        validate102.errors = [{ instancePath, keyword: "not", params: {} }];
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
          validate102.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing6 } }];
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
      validate102.errors = vErrors;
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
    validate102.errors = vErrors;
    return false;
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      const _errs19 = errors;
      for (const key0 in data) {
        if (!func17.call(schema87.properties, key0)) {
          validate102.errors = [
            { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
          ];
          return false;
          break;
        }
      }
      if (_errs19 === errors) {
        if (data.navn !== undefined) {
          const _errs20 = errors;
          if (typeof data.navn !== "string") {
            validate102.errors = [
              { instancePath: instancePath + "/navn", keyword: "type", params: { type: "string" } },
            ];
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
                if (data1.length > 100 && func2(data1) > 100) {
                  validate102.errors = [
                    { instancePath: instancePath + "/adresselinje1", keyword: "maxLength", params: { limit: 100 } },
                  ];
                  return false;
                }
              } else {
                validate102.errors = [
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
                  if (data2.length > 100 && func2(data2) > 100) {
                    validate102.errors = [
                      { instancePath: instancePath + "/adresselinje2", keyword: "maxLength", params: { limit: 100 } },
                    ];
                    return false;
                  }
                } else {
                  validate102.errors = [
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
                    if (data3.length > 100 && func2(data3) > 100) {
                      validate102.errors = [
                        { instancePath: instancePath + "/adresselinje3", keyword: "maxLength", params: { limit: 100 } },
                      ];
                      return false;
                    }
                  } else {
                    validate102.errors = [
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
                      if (data4.length > 100 && func2(data4) > 100) {
                        validate102.errors = [
                          {
                            instancePath: instancePath + "/adresselinje4",
                            keyword: "maxLength",
                            params: { limit: 100 },
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate102.errors = [
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
                        if (!pattern4.test(data5)) {
                          validate102.errors = [
                            {
                              instancePath: instancePath + "/postnummer",
                              keyword: "pattern",
                              params: { pattern: "^\\d{4}$" },
                            },
                          ];
                          return false;
                        }
                      } else {
                        validate102.errors = [
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
                          if (data6.length > 80 && func2(data6) > 80) {
                            validate102.errors = [
                              { instancePath: instancePath + "/poststed", keyword: "maxLength", params: { limit: 80 } },
                            ];
                            return false;
                          }
                        } else {
                          validate102.errors = [
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
                            if (data7.length > 80 && func2(data7) > 80) {
                              validate102.errors = [
                                { instancePath: instancePath + "/land", keyword: "maxLength", params: { limit: 80 } },
                              ];
                              return false;
                            }
                          } else {
                            validate102.errors = [
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
                              if (!pattern5.test(data8)) {
                                validate102.errors = [
                                  {
                                    instancePath: instancePath + "/landkode",
                                    keyword: "pattern",
                                    params: { pattern: "^[a-zA-Z]{2}$" },
                                  },
                                ];
                                return false;
                              }
                            } else {
                              validate102.errors = [
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
      validate102.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate102.errors = vErrors;
  return errors === 0;
}
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.standardBusinessDocument === undefined && (missing0 = "standardBusinessDocument")) {
        validate103.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocument")) {
            validate103.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocument !== undefined) {
            if (
              !validate92(data.standardBusinessDocument, {
                instancePath: instancePath + "/standardBusinessDocument",
                parentData: data,
                parentDataProperty: "standardBusinessDocument",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate103.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate103.errors = vErrors;
  return errors === 0;
}
const schema101 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json/definitions/varslingfeiletkvittering",
  type: "object",
  additionalProperties: false,
  properties: {
    avsender: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender" },
    mottaker: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetmottaker" },
    tidspunkt: { $ref: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt" },
    beskrivelse: { type: "string" },
    varslingskanal: { type: "string", enum: ["epost", "sms"] },
  },
  required: ["avsender", "mottaker", "tidspunkt", "varslingskanal"],
};
function validate107(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json/definitions/varslingfeiletkvittering" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.avsender === undefined && (missing0 = "avsender")) ||
        (data.mottaker === undefined && (missing0 = "mottaker")) ||
        (data.tidspunkt === undefined && (missing0 = "tidspunkt")) ||
        (data.varslingskanal === undefined && (missing0 = "varslingskanal"))
      ) {
        validate107.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (
            !(
              key0 === "avsender" ||
              key0 === "mottaker" ||
              key0 === "tidspunkt" ||
              key0 === "beskrivelse" ||
              key0 === "varslingskanal"
            )
          ) {
            validate107.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.avsender !== undefined) {
            const _errs2 = errors;
            if (
              !validate24(data.avsender, {
                instancePath: instancePath + "/avsender",
                parentData: data,
                parentDataProperty: "avsender",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mottaker !== undefined) {
              const _errs3 = errors;
              if (
                !validate26(data.mottaker, {
                  instancePath: instancePath + "/mottaker",
                  parentData: data,
                  parentDataProperty: "mottaker",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.tidspunkt !== undefined) {
                let data2 = data.tidspunkt;
                const _errs4 = errors;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (errors === _errs5) {
                    if (typeof data2 === "string") {
                      if (!formats2.validate(data2)) {
                        validate107.errors = [
                          {
                            instancePath: instancePath + "/tidspunkt",
                            keyword: "format",
                            params: { format: "date-time" },
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate107.errors = [
                        { instancePath: instancePath + "/tidspunkt", keyword: "type", params: { type: "string" } },
                      ];
                      return false;
                    }
                  }
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.beskrivelse !== undefined) {
                  const _errs7 = errors;
                  if (typeof data.beskrivelse !== "string") {
                    validate107.errors = [
                      { instancePath: instancePath + "/beskrivelse", keyword: "type", params: { type: "string" } },
                    ];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.varslingskanal !== undefined) {
                    let data4 = data.varslingskanal;
                    const _errs9 = errors;
                    if (typeof data4 !== "string") {
                      validate107.errors = [
                        { instancePath: instancePath + "/varslingskanal", keyword: "type", params: { type: "string" } },
                      ];
                      return false;
                    }
                    if (!(data4 === "epost" || data4 === "sms")) {
                      validate107.errors = [
                        {
                          instancePath: instancePath + "/varslingskanal",
                          keyword: "enum",
                          params: { allowedValues: schema101.properties.varslingskanal.enum },
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate107.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate107.errors = vErrors;
  return errors === 0;
}
function validate105(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (
        (data.standardBusinessDocumentHeader === undefined && (missing0 = "standardBusinessDocumentHeader")) ||
        (data.varslingfeiletkvittering === undefined && (missing0 = "varslingfeiletkvittering"))
      ) {
        validate105.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocumentHeader" || key0 === "varslingfeiletkvittering")) {
            validate105.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocumentHeader !== undefined) {
            const _errs2 = errors;
            if (
              !validate10(data.standardBusinessDocumentHeader, {
                instancePath: instancePath + "/standardBusinessDocumentHeader",
                parentData: data,
                parentDataProperty: "standardBusinessDocumentHeader",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.varslingfeiletkvittering !== undefined) {
              const _errs3 = errors;
              if (
                !validate107(data.varslingfeiletkvittering, {
                  instancePath: instancePath + "/varslingfeiletkvittering",
                  parentData: data,
                  parentDataProperty: "varslingfeiletkvittering",
                  rootData,
                })
              ) {
                vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate105.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate105.errors = vErrors;
  return errors === 0;
}
function validate111(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.standardBusinessDocument === undefined && (missing0 = "standardBusinessDocument")) {
        validate111.errors = [{ instancePath, keyword: "required", params: { missingProperty: missing0 } }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "standardBusinessDocument")) {
            validate111.errors = [
              { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } },
            ];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.standardBusinessDocument !== undefined) {
            if (
              !validate105(data.standardBusinessDocument, {
                instancePath: instancePath + "/standardBusinessDocument",
                parentData: data,
                parentDataProperty: "standardBusinessDocument",
                rootData,
              })
            ) {
              vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
              errors = vErrors.length;
            }
          }
        }
      }
    } else {
      validate111.errors = [{ instancePath, keyword: "type", params: { type: "object" } }];
      return false;
    }
  }
  validate111.errors = vErrors;
  return errors === 0;
}

export const StandardBusinessDocumentHeader = validate10;
export const BusinessScope = validate14;
export const Scope = validate15;
export const ScopeInformation = validate18;
export const DocumentIdentification = validate19;
export const Partner = validate11;
export const PartnerIdentification = validate20;
export const AapningskvitteringDocument = validate21;
export const AapningskvitteringMessage = validate29;
export const Avsender = validate24;
export const Virksomhetmottaker = validate26;
export const Avsenderidentifikator = validate31;
export const Personmottaker = validate32;
export const Virksomhetsidentifikator = validate33;
export const Postkasseadresse = validate34;
export const Motakeridentifikator = validate35;
export const Maskinportentoken = validate36;
export const Tidspunkt = validate37;
export const Dokumentpakkefingeravtrykk = validate38;
export const Kvittering = validate23;
export const Sikkerhetsnivaa = validate39;
export const Virkningsdato = validate40;
export const Virkningstidspunkt = validate41;
export const AapningskvitteringRequested = validate42;
export const Varsler = validate43;
export const Ikkesensitivtittel = validate48;
export const Epostvarsel = validate44;
export const Repetisjoner = validate49;
export const Spraak = validate50;
export const Smsvarsel = validate46;
export const DigitalDocument = validate51;
export const Digital = validate53;
export const DigitalMessage = validate58;
export const FeilDocument = validate60;
export const Feil = validate62;
export const FeilMessage = validate66;
export const FlyttetDocument = validate68;
export const Flyttet = validate70;
export const FlyttetMessage = validate75;
export const LeveringskvitteringDocument = validate77;
export const LeveringskvitteringMessage = validate80;
export const MottakskvitteringDocument = validate82;
export const MottakskvitteringMessage = validate85;
export const ReturpostkvitteringDocument = validate87;
export const ReturpostkvitteringMessage = validate90;
export const UtskriftDocument = validate92;
export const Utskrift = validate94;
export const Utskriftstype = validate99;
export const Retur = validate96;
export const Returposthaandtering = validate100;
export const Posttype = validate101;
export const AdresseInformasjon = validate102;
export const UtskriftMessage = validate103;
export const VarslingfeiletkvitteringDocument = validate105;
export const Varslingfeiletkvittering = validate107;
export const VarslingfeiletkvitteringMessage = validate111;
