// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json,
//   schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json,
//   schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json,
//   schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
// Precompiled ajv standalone validators (all errors), one per titled schema. No schema compilation at run time.
import { fullFormats } from "../support/formats.js";
import { ucs2length } from "../support/ucs2length.js";
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/identifier" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.authority === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "authority" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "value" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "authority" || key0 === "value")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.authority !== undefined) {
      if (typeof data.authority !== "string") {
        const err3 = { instancePath: instancePath + "/authority", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.value !== undefined) {
      if (typeof data.value !== "string") {
        const err4 = { instancePath: instancePath + "/value", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/actor" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.identifier === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "identifier" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "identifier")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.identifier !== undefined) {
      if (
        !validate23(data.identifier, {
          instancePath: instancePath + "/identifier",
          parentData: data,
          parentDataProperty: "identifier",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
const formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const formats2 = fullFormats["date-time"];
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.creationDateAndTime === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "creationDateAndTime" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.instanceIdentifier === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "instanceIdentifier" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.standard === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "standard" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.typeVersion === undefined) {
      const err4 = { instancePath, keyword: "required", params: { missingProperty: "typeVersion" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
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
        const err5 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.standard !== undefined) {
      if (typeof data.standard !== "string") {
        const err6 = { instancePath: instancePath + "/standard", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.typeVersion !== undefined) {
      if (typeof data.typeVersion !== "string") {
        const err7 = { instancePath: instancePath + "/typeVersion", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.instanceIdentifier !== undefined) {
      let data2 = data.instanceIdentifier;
      if (typeof data2 === "string") {
        if (!formats0.test(data2)) {
          const err8 = {
            instancePath: instancePath + "/instanceIdentifier",
            keyword: "format",
            params: { format: "uuid" },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/instanceIdentifier",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== "string") {
        const err10 = { instancePath: instancePath + "/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.creationDateAndTime !== undefined) {
      let data4 = data.creationDateAndTime;
      if (typeof data4 === "string") {
        if (!formats2.validate(data4)) {
          const err11 = {
            instancePath: instancePath + "/creationDateAndTime",
            keyword: "format",
            params: { format: "date-time" },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/creationDateAndTime",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/scopeInformation" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "expectedResponseDateTime")) {
        const err0 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.expectedResponseDateTime !== undefined) {
      if (typeof data.expectedResponseDateTime !== "string") {
        const err1 = {
          instancePath: instancePath + "/expectedResponseDateTime",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/scope" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "type" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "instanceIdentifier" || key0 === "identifier" || key0 === "scopeInformation")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== "string") {
        const err2 = { instancePath: instancePath + "/type", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.instanceIdentifier !== undefined) {
      let data1 = data.instanceIdentifier;
      if (typeof data1 === "string") {
        if (!formats0.test(data1)) {
          const err3 = {
            instancePath: instancePath + "/instanceIdentifier",
            keyword: "format",
            params: { format: "uuid" },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/instanceIdentifier",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.identifier !== undefined) {
      if (typeof data.identifier !== "string") {
        const err5 = { instancePath: instancePath + "/identifier", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.scopeInformation !== undefined) {
      let data3 = data.scopeInformation;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate31(data3[i0], {
              instancePath: instancePath + "/scopeInformation/" + i0,
              parentData: data3,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/scopeInformation", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/businessScope" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.scope === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "scope" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "scope")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.scope !== undefined) {
      let data0 = data.scope;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate30(data0[i0], {
              instancePath: instancePath + "/scope/" + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/scope", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/standardBusinessDocumentHeader" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.businessScope === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "businessScope" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.documentIdentification === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "documentIdentification" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.headerVersion === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "headerVersion" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.receiver === undefined) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "receiver" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.sender === undefined) {
      const err4 = { instancePath, keyword: "required", params: { missingProperty: "sender" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
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
        const err5 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.headerVersion !== undefined) {
      if (typeof data.headerVersion !== "string") {
        const err6 = { instancePath: instancePath + "/headerVersion", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.sender !== undefined) {
      let data1 = data.sender;
      if (Array.isArray(data1)) {
        if (data1.length > 1) {
          const err7 = { instancePath: instancePath + "/sender", keyword: "maxItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err8 = { instancePath: instancePath + "/sender", keyword: "minItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate22(data1[i0], {
              instancePath: instancePath + "/sender/" + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/sender", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.receiver !== undefined) {
      let data3 = data.receiver;
      if (Array.isArray(data3)) {
        if (data3.length > 1) {
          const err10 = { instancePath: instancePath + "/receiver", keyword: "maxItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.length < 1) {
          const err11 = { instancePath: instancePath + "/receiver", keyword: "minItems", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate22(data3[i1], {
              instancePath: instancePath + "/receiver/" + i1,
              parentData: data3,
              parentDataProperty: i1,
              rootData,
            })
          ) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/receiver", keyword: "type", params: { type: "array" } };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.documentIdentification !== undefined) {
      if (
        !validate27(data.documentIdentification, {
          instancePath: instancePath + "/documentIdentification",
          parentData: data,
          parentDataProperty: "documentIdentification",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.businessScope !== undefined) {
      if (
        !validate29(data.businessScope, {
          instancePath: instancePath + "/businessScope",
          parentData: data,
          parentDataProperty: "businessScope",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
const schema16 = {
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
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.authority === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "authority" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "value" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "authority" || key0 === "value")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.authority !== undefined) {
      let data0 = data.authority;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/authority", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data0 === "iso6523-actorid-upis")) {
        const err4 = {
          instancePath: instancePath + "/authority",
          keyword: "enum",
          params: { allowedValues: schema16.properties.authority.enum },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.value !== undefined) {
      let data1 = data.value;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err5 = {
            instancePath: instancePath + "/value",
            keyword: "pattern",
            params: { pattern: "[0-9]{4}:\\w{1,35}" },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/value", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
const func2 = ucs2length;
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsenderidentifikator" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (data.length > 100 && func2(data) > 100) {
      const err0 = { instancePath, keyword: "maxLength", params: { limit: 100 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.virksomhetsidentifikator === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "virksomhetsidentifikator" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "virksomhetsidentifikator" || key0 === "avsenderidentifikator" || key0 === "fakturaReferanse")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.virksomhetsidentifikator !== undefined) {
      if (
        !validate39(data.virksomhetsidentifikator, {
          instancePath: instancePath + "/virksomhetsidentifikator",
          parentData: data,
          parentDataProperty: "virksomhetsidentifikator",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.avsenderidentifikator !== undefined) {
      if (
        !validate41(data.avsenderidentifikator, {
          instancePath: instancePath + "/avsenderidentifikator",
          parentData: data,
          parentDataProperty: "avsenderidentifikator",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
    }
    if (data.fakturaReferanse !== undefined) {
      let data2 = data.fakturaReferanse;
      if (typeof data2 === "string") {
        if (data2.length > 40 && func2(data2) > 40) {
          const err2 = {
            instancePath: instancePath + "/fakturaReferanse",
            keyword: "maxLength",
            params: { limit: 40 },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/fakturaReferanse", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/motakeridentifikator" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (data.length > 100 && func2(data) > 100) {
      const err0 = { instancePath, keyword: "maxLength", params: { limit: 100 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetmottaker" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.virksomhetsidentifikator === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "virksomhetsidentifikator" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.virksomhetsidentifikator !== undefined) {
      if (
        !validate39(data.virksomhetsidentifikator, {
          instancePath: instancePath + "/virksomhetsidentifikator",
          parentData: data,
          parentDataProperty: "virksomhetsidentifikator",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
    if (data.motakeridentifikator !== undefined) {
      if (
        !validate46(data.motakeridentifikator, {
          instancePath: instancePath + "/motakeridentifikator",
          parentData: data,
          parentDataProperty: "motakeridentifikator",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!formats2.validate(data)) {
      const err0 = { instancePath, keyword: "format", params: { format: "date-time" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/kvittering" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.avsender === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "avsender" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mottaker === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "mottaker" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tidspunkt === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "tidspunkt" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "avsender" || key0 === "mottaker" || key0 === "tidspunkt")) {
        const err3 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.avsender !== undefined) {
      if (
        !validate38(data.avsender, {
          instancePath: instancePath + "/avsender",
          parentData: data,
          parentDataProperty: "avsender",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.mottaker !== undefined) {
      if (
        !validate44(data.mottaker, {
          instancePath: instancePath + "/mottaker",
          parentData: data,
          parentDataProperty: "mottaker",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.tidspunkt !== undefined) {
      if (
        !validate49(data.tidspunkt, {
          instancePath: instancePath + "/tidspunkt",
          parentData: data,
          parentDataProperty: "tidspunkt",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocumentHeader === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocumentHeader" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.aapningskvittering === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "aapningskvittering" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocumentHeader" || key0 === "aapningskvittering")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocumentHeader !== undefined) {
      if (
        !validate21(data.standardBusinessDocumentHeader, {
          instancePath: instancePath + "/standardBusinessDocumentHeader",
          parentData: data,
          parentDataProperty: "standardBusinessDocumentHeader",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.aapningskvittering !== undefined) {
      if (
        !validate37(data.aapningskvittering, {
          instancePath: instancePath + "/aapningskvittering",
          parentData: data,
          parentDataProperty: "aapningskvittering",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocument === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocument" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocument")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocument !== undefined) {
      if (
        !validate35(data.standardBusinessDocument, {
          instancePath: instancePath + "/standardBusinessDocument",
          parentData: data,
          parentDataProperty: "standardBusinessDocument",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/postkasseadresse" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/personmottaker" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.postkasseadresse === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "postkasseadresse" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "postkasseadresse")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.postkasseadresse !== undefined) {
      if (
        !validate55(data.postkasseadresse, {
          instancePath: instancePath + "/postkasseadresse",
          parentData: data,
          parentDataProperty: "postkasseadresse",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.digestMethod === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "digestMethod" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.digestValue === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "digestValue" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "digestMethod" || key0 === "digestValue")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.digestMethod !== undefined) {
      if (typeof data.digestMethod !== "string") {
        const err3 = { instancePath: instancePath + "/digestMethod", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.digestValue !== undefined) {
      if (typeof data.digestValue !== "string") {
        const err4 = { instancePath: instancePath + "/digestValue", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
const schema26 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa",
  type: "integer",
  enum: [3, 4],
};
function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa" */
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data))) {
    const err0 = { instancePath, keyword: "type", params: { type: "integer" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 3 || data === 4)) {
    const err1 = { instancePath, keyword: "enum", params: { allowedValues: schema26.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
const formats8 = fullFormats.date;
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!formats8.validate(data)) {
      const err0 = { instancePath, keyword: "format", params: { format: "date" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!formats2.validate(data)) {
      const err0 = { instancePath, keyword: "format", params: { format: "date-time" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/aapningskvittering" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "boolean") {
    const err0 = { instancePath, keyword: "type", params: { type: "boolean" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
const formats12 =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner" */
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 10) {
      const err0 = { instancePath, keyword: "maxItems", params: { limit: 10 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, keyword: "minItems", params: { limit: 1 } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/" + i0, keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 25 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + "/" + i0,
            keyword: "maximum",
            params: { comparison: "<=", limit: 25 },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + "/" + i0,
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, keyword: "type", params: { type: "array" } };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/epostvarsel" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.epostadresse === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "epostadresse" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.varslingstekst === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "varslingstekst" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.repetisjoner === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "repetisjoner" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "epostadresse" || key0 === "varslingstekst" || key0 === "repetisjoner")) {
        const err3 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.epostadresse !== undefined) {
      let data0 = data.epostadresse;
      if (typeof data0 === "string") {
        if (!formats12.test(data0)) {
          const err4 = { instancePath: instancePath + "/epostadresse", keyword: "format", params: { format: "email" } };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/epostadresse", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.varslingstekst !== undefined) {
      let data1 = data.varslingstekst;
      if (typeof data1 === "string") {
        if (data1.length > 500 && func2(data1) > 500) {
          const err6 = { instancePath: instancePath + "/varslingstekst", keyword: "maxLength", params: { limit: 500 } };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 2 && func2(data1) < 1) {
          const err7 = { instancePath: instancePath + "/varslingstekst", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/varslingstekst", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.repetisjoner !== undefined) {
      if (
        !validate65(data.repetisjoner, {
          instancePath: instancePath + "/repetisjoner",
          parentData: data,
          parentDataProperty: "repetisjoner",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
const pattern1 = new RegExp("^\\+?[- _0-9]+$", "");
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/smsvarsel" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mobiltelefonnummer === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "mobiltelefonnummer" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.varslingstekst === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "varslingstekst" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.repetisjoner === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "repetisjoner" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "mobiltelefonnummer" || key0 === "varslingstekst" || key0 === "repetisjoner")) {
        const err3 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.mobiltelefonnummer !== undefined) {
      let data0 = data.mobiltelefonnummer;
      if (typeof data0 === "string") {
        if (data0.length > 20 && func2(data0) > 20) {
          const err4 = {
            instancePath: instancePath + "/mobiltelefonnummer",
            keyword: "maxLength",
            params: { limit: 20 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0.length < 16 && func2(data0) < 8) {
          const err5 = {
            instancePath: instancePath + "/mobiltelefonnummer",
            keyword: "minLength",
            params: { limit: 8 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern1.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/mobiltelefonnummer",
            keyword: "pattern",
            params: { pattern: "^\\+?[- _0-9]+$" },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/mobiltelefonnummer",
          keyword: "type",
          params: { type: "string" },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.varslingstekst !== undefined) {
      let data1 = data.varslingstekst;
      if (typeof data1 === "string") {
        if (data1.length > 160 && func2(data1) > 160) {
          const err8 = { instancePath: instancePath + "/varslingstekst", keyword: "maxLength", params: { limit: 160 } };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.length < 2 && func2(data1) < 1) {
          const err9 = { instancePath: instancePath + "/varslingstekst", keyword: "minLength", params: { limit: 1 } };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/varslingstekst", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.repetisjoner !== undefined) {
      if (
        !validate65(data.repetisjoner, {
          instancePath: instancePath + "/repetisjoner",
          parentData: data,
          parentDataProperty: "repetisjoner",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err11 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/varsler" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.epostvarsel !== undefined) {
      if (
        !validate64(data.epostvarsel, {
          instancePath: instancePath + "/epostvarsel",
          parentData: data,
          parentDataProperty: "epostvarsel",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
        errors = vErrors.length;
      }
    }
    if (data.smsvarsel !== undefined) {
      if (
        !validate68(data.smsvarsel, {
          instancePath: instancePath + "/smsvarsel",
          parentData: data,
          parentDataProperty: "smsvarsel",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
        errors = vErrors.length;
      }
    }
  }
  validate63.errors = vErrors;
  return errors === 0;
}
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (data.length > 255 && func2(data) > 255) {
      const err0 = { instancePath, keyword: "maxLength", params: { limit: 255 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 2 && func2(data) < 1) {
      const err1 = { instancePath, keyword: "minLength", params: { limit: 1 } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (data.length > 2 && func2(data) > 2) {
      const err0 = { instancePath, keyword: "maxLength", params: { limit: 2 } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 4 && func2(data) < 2) {
      const err1 = { instancePath, keyword: "minLength", params: { limit: 2 } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
const schema37 = {
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
const func15 = Object.prototype.hasOwnProperty;
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/digital.schema.json/definitions/digital" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.avsender === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "avsender" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mottaker === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "mottaker" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dokumentpakkefingeravtrykk === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "dokumentpakkefingeravtrykk" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.maskinportentoken === undefined) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "maskinportentoken" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.sikkerhetsnivaa === undefined) {
      const err4 = { instancePath, keyword: "required", params: { missingProperty: "sikkerhetsnivaa" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.ikkesensitivtittel === undefined) {
      const err5 = { instancePath, keyword: "required", params: { missingProperty: "ikkesensitivtittel" } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.spraak === undefined) {
      const err6 = { instancePath, keyword: "required", params: { missingProperty: "spraak" } };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func15.call(schema37.properties, key0)) {
        const err7 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.avsender !== undefined) {
      if (
        !validate38(data.avsender, {
          instancePath: instancePath + "/avsender",
          parentData: data,
          parentDataProperty: "avsender",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.mottaker !== undefined) {
      if (
        !validate54(data.mottaker, {
          instancePath: instancePath + "/mottaker",
          parentData: data,
          parentDataProperty: "mottaker",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.dokumentpakkefingeravtrykk !== undefined) {
      if (
        !validate58(data.dokumentpakkefingeravtrykk, {
          instancePath: instancePath + "/dokumentpakkefingeravtrykk",
          parentData: data,
          parentDataProperty: "dokumentpakkefingeravtrykk",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.maskinportentoken !== undefined) {
      if (
        !validate57(data.maskinportentoken, {
          instancePath: instancePath + "/maskinportentoken",
          parentData: data,
          parentDataProperty: "maskinportentoken",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.sikkerhetsnivaa !== undefined) {
      if (
        !validate59(data.sikkerhetsnivaa, {
          instancePath: instancePath + "/sikkerhetsnivaa",
          parentData: data,
          parentDataProperty: "sikkerhetsnivaa",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
    if (data.virkningsdato !== undefined) {
      if (
        !validate60(data.virkningsdato, {
          instancePath: instancePath + "/virkningsdato",
          parentData: data,
          parentDataProperty: "virkningsdato",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
    if (data.virkningstidspunkt !== undefined) {
      if (
        !validate61(data.virkningstidspunkt, {
          instancePath: instancePath + "/virkningstidspunkt",
          parentData: data,
          parentDataProperty: "virkningstidspunkt",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
    if (data.aapningskvittering !== undefined) {
      if (
        !validate62(data.aapningskvittering, {
          instancePath: instancePath + "/aapningskvittering",
          parentData: data,
          parentDataProperty: "aapningskvittering",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.ikkesensitivtittel !== undefined) {
      if (
        !validate71(data.ikkesensitivtittel, {
          instancePath: instancePath + "/ikkesensitivtittel",
          parentData: data,
          parentDataProperty: "ikkesensitivtittel",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.spraak !== undefined) {
      if (
        !validate72(data.spraak, {
          instancePath: instancePath + "/spraak",
          parentData: data,
          parentDataProperty: "spraak",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.varsler !== undefined) {
      if (
        !validate63(data.varsler, {
          instancePath: instancePath + "/varsler",
          parentData: data,
          parentDataProperty: "varsler",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err8 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/digital.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocumentHeader === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocumentHeader" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.digital === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "digital" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocumentHeader" || key0 === "digital")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocumentHeader !== undefined) {
      if (
        !validate21(data.standardBusinessDocumentHeader, {
          instancePath: instancePath + "/standardBusinessDocumentHeader",
          parentData: data,
          parentDataProperty: "standardBusinessDocumentHeader",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.digital !== undefined) {
      if (
        !validate75(data.digital, {
          instancePath: instancePath + "/digital",
          parentData: data,
          parentDataProperty: "digital",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
function validate88(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/digital.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocument === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocument" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocument")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocument !== undefined) {
      if (
        !validate73(data.standardBusinessDocument, {
          instancePath: instancePath + "/standardBusinessDocument",
          parentData: data,
          parentDataProperty: "standardBusinessDocument",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
const schema40 = {
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
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/feil.schema.json/definitions/feil" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.avsender === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "avsender" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mottaker === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "mottaker" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tidspunkt === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "tidspunkt" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.feiltype === undefined) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "feiltype" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
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
        const err4 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.avsender !== undefined) {
      if (
        !validate38(data.avsender, {
          instancePath: instancePath + "/avsender",
          parentData: data,
          parentDataProperty: "avsender",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.mottaker !== undefined) {
      if (
        !validate44(data.mottaker, {
          instancePath: instancePath + "/mottaker",
          parentData: data,
          parentDataProperty: "mottaker",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.tidspunkt !== undefined) {
      if (
        !validate49(data.tidspunkt, {
          instancePath: instancePath + "/tidspunkt",
          parentData: data,
          parentDataProperty: "tidspunkt",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.feiltype !== undefined) {
      let data3 = data.feiltype;
      if (typeof data3 !== "string") {
        const err5 = { instancePath: instancePath + "/feiltype", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data3 === "KLIENT" || data3 === "SERVER")) {
        const err6 = {
          instancePath: instancePath + "/feiltype",
          keyword: "enum",
          params: { allowedValues: schema40.properties.feiltype.enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.detaljer !== undefined) {
      if (typeof data.detaljer !== "string") {
        const err7 = { instancePath: instancePath + "/detaljer", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate92.errors = vErrors;
  return errors === 0;
}
function validate90(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/feil.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocumentHeader === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocumentHeader" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.feil === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "feil" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocumentHeader" || key0 === "feil")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocumentHeader !== undefined) {
      if (
        !validate21(data.standardBusinessDocumentHeader, {
          instancePath: instancePath + "/standardBusinessDocumentHeader",
          parentData: data,
          parentDataProperty: "standardBusinessDocumentHeader",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.feil !== undefined) {
      if (
        !validate92(data.feil, {
          instancePath: instancePath + "/feil",
          parentData: data,
          parentDataProperty: "feil",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/feil.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocument === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocument" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocument")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocument !== undefined) {
      if (
        !validate90(data.standardBusinessDocument, {
          instancePath: instancePath + "/standardBusinessDocument",
          parentData: data,
          parentDataProperty: "standardBusinessDocument",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate97.errors = vErrors;
  return errors === 0;
}
const schema43 = {
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
function validate101(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json/definitions/flyttet" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.avsender === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "avsender" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mottaker === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "mottaker" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.maskinportentoken === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "maskinportentoken" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tidspunkt === undefined) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "tidspunkt" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.dokumentpakkefingeravtrykk === undefined) {
      const err4 = { instancePath, keyword: "required", params: { missingProperty: "dokumentpakkefingeravtrykk" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.mottakstidspunkt === undefined) {
      const err5 = { instancePath, keyword: "required", params: { missingProperty: "mottakstidspunkt" } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sikkerhetsnivaa === undefined) {
      const err6 = { instancePath, keyword: "required", params: { missingProperty: "sikkerhetsnivaa" } };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.ikkesensitivtittel === undefined) {
      const err7 = { instancePath, keyword: "required", params: { missingProperty: "ikkesensitivtittel" } };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.spraak === undefined) {
      const err8 = { instancePath, keyword: "required", params: { missingProperty: "spraak" } };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func15.call(schema43.properties, key0)) {
        const err9 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.avsender !== undefined) {
      if (
        !validate38(data.avsender, {
          instancePath: instancePath + "/avsender",
          parentData: data,
          parentDataProperty: "avsender",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.mottaker !== undefined) {
      if (
        !validate54(data.mottaker, {
          instancePath: instancePath + "/mottaker",
          parentData: data,
          parentDataProperty: "mottaker",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.maskinportentoken !== undefined) {
      if (
        !validate57(data.maskinportentoken, {
          instancePath: instancePath + "/maskinportentoken",
          parentData: data,
          parentDataProperty: "maskinportentoken",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.tidspunkt !== undefined) {
      if (
        !validate49(data.tidspunkt, {
          instancePath: instancePath + "/tidspunkt",
          parentData: data,
          parentDataProperty: "tidspunkt",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.dokumentpakkefingeravtrykk !== undefined) {
      if (
        !validate58(data.dokumentpakkefingeravtrykk, {
          instancePath: instancePath + "/dokumentpakkefingeravtrykk",
          parentData: data,
          parentDataProperty: "dokumentpakkefingeravtrykk",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.mottakstidspunkt !== undefined) {
      let data5 = data.mottakstidspunkt;
      if (typeof data5 === "string") {
        if (!formats8.validate(data5)) {
          const err10 = {
            instancePath: instancePath + "/mottakstidspunkt",
            keyword: "format",
            params: { format: "date" },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/mottakstidspunkt", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.aapnet !== undefined) {
      if (typeof data.aapnet !== "boolean") {
        const err12 = { instancePath: instancePath + "/aapnet", keyword: "type", params: { type: "boolean" } };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.sikkerhetsnivaa !== undefined) {
      if (
        !validate59(data.sikkerhetsnivaa, {
          instancePath: instancePath + "/sikkerhetsnivaa",
          parentData: data,
          parentDataProperty: "sikkerhetsnivaa",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
    if (data.virkningsdato !== undefined) {
      if (
        !validate60(data.virkningsdato, {
          instancePath: instancePath + "/virkningsdato",
          parentData: data,
          parentDataProperty: "virkningsdato",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
    if (data.virkningstidspunkt !== undefined) {
      if (
        !validate61(data.virkningstidspunkt, {
          instancePath: instancePath + "/virkningstidspunkt",
          parentData: data,
          parentDataProperty: "virkningstidspunkt",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
    if (data.aapningskvittering !== undefined) {
      if (
        !validate62(data.aapningskvittering, {
          instancePath: instancePath + "/aapningskvittering",
          parentData: data,
          parentDataProperty: "aapningskvittering",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.ikkesensitivtittel !== undefined) {
      if (
        !validate71(data.ikkesensitivtittel, {
          instancePath: instancePath + "/ikkesensitivtittel",
          parentData: data,
          parentDataProperty: "ikkesensitivtittel",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
        errors = vErrors.length;
      }
    }
    if (data.spraak !== undefined) {
      if (
        !validate72(data.spraak, {
          instancePath: instancePath + "/spraak",
          parentData: data,
          parentDataProperty: "spraak",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.varsler !== undefined) {
      if (
        !validate63(data.varsler, {
          instancePath: instancePath + "/varsler",
          parentData: data,
          parentDataProperty: "varsler",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
function validate99(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocumentHeader === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocumentHeader" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.flyttet === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "flyttet" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocumentHeader" || key0 === "flyttet")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocumentHeader !== undefined) {
      if (
        !validate21(data.standardBusinessDocumentHeader, {
          instancePath: instancePath + "/standardBusinessDocumentHeader",
          parentData: data,
          parentDataProperty: "standardBusinessDocumentHeader",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.flyttet !== undefined) {
      if (
        !validate101(data.flyttet, {
          instancePath: instancePath + "/flyttet",
          parentData: data,
          parentDataProperty: "flyttet",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate99.errors = vErrors;
  return errors === 0;
}
function validate115(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocument === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocument" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocument")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocument !== undefined) {
      if (
        !validate99(data.standardBusinessDocument, {
          instancePath: instancePath + "/standardBusinessDocument",
          parentData: data,
          parentDataProperty: "standardBusinessDocument",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate115.errors = vErrors;
  return errors === 0;
}
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocumentHeader === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocumentHeader" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.leveringskvittering === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "leveringskvittering" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocumentHeader" || key0 === "leveringskvittering")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocumentHeader !== undefined) {
      if (
        !validate21(data.standardBusinessDocumentHeader, {
          instancePath: instancePath + "/standardBusinessDocumentHeader",
          parentData: data,
          parentDataProperty: "standardBusinessDocumentHeader",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.leveringskvittering !== undefined) {
      if (
        !validate37(data.leveringskvittering, {
          instancePath: instancePath + "/leveringskvittering",
          parentData: data,
          parentDataProperty: "leveringskvittering",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
function validate120(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocument === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocument" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocument")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocument !== undefined) {
      if (
        !validate117(data.standardBusinessDocument, {
          instancePath: instancePath + "/standardBusinessDocument",
          parentData: data,
          parentDataProperty: "standardBusinessDocument",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate120.errors = vErrors;
  return errors === 0;
}
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocumentHeader === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocumentHeader" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mottakskvittering === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "mottakskvittering" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocumentHeader" || key0 === "mottakskvittering")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocumentHeader !== undefined) {
      if (
        !validate21(data.standardBusinessDocumentHeader, {
          instancePath: instancePath + "/standardBusinessDocumentHeader",
          parentData: data,
          parentDataProperty: "standardBusinessDocumentHeader",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.mottakskvittering !== undefined) {
      if (
        !validate37(data.mottakskvittering, {
          instancePath: instancePath + "/mottakskvittering",
          parentData: data,
          parentDataProperty: "mottakskvittering",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate122.errors = vErrors;
  return errors === 0;
}
function validate125(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocument === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocument" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocument")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocument !== undefined) {
      if (
        !validate122(data.standardBusinessDocument, {
          instancePath: instancePath + "/standardBusinessDocument",
          parentData: data,
          parentDataProperty: "standardBusinessDocument",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate125.errors = vErrors;
  return errors === 0;
}
function validate127(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocumentHeader === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocumentHeader" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.returpostkvittering === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "returpostkvittering" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocumentHeader" || key0 === "returpostkvittering")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocumentHeader !== undefined) {
      if (
        !validate21(data.standardBusinessDocumentHeader, {
          instancePath: instancePath + "/standardBusinessDocumentHeader",
          parentData: data,
          parentDataProperty: "standardBusinessDocumentHeader",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.returpostkvittering !== undefined) {
      if (
        !validate37(data.returpostkvittering, {
          instancePath: instancePath + "/returpostkvittering",
          parentData: data,
          parentDataProperty: "returpostkvittering",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate127.errors = vErrors;
  return errors === 0;
}
function validate130(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocument === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocument" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocument")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocument !== undefined) {
      if (
        !validate127(data.standardBusinessDocument, {
          instancePath: instancePath + "/standardBusinessDocument",
          parentData: data,
          parentDataProperty: "standardBusinessDocument",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate130.errors = vErrors;
  return errors === 0;
}
const schema53 = {
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
  oneOf: [
    { required: ["navn", "adresselinje1", "postnummer", "poststed"] },
    { oneOf: [{ required: ["navn", "adresselinje1", "land"] }, { required: ["navn", "adresselinje1", "landkode"] }] },
  ],
};
const pattern2 = new RegExp("^\\d{4}$", "");
const pattern3 = new RegExp("^[a-zA-Z]{2}$", "");
function validate136(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon" */
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.navn === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "navn" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.adresselinje1 === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "adresselinje1" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.postnummer === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "postnummer" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.poststed === undefined) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "poststed" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  const _errs4 = errors;
  let valid1 = false;
  let passing1 = null;
  const _errs5 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.navn === undefined) {
      const err4 = { instancePath, keyword: "required", params: { missingProperty: "navn" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.adresselinje1 === undefined) {
      const err5 = { instancePath, keyword: "required", params: { missingProperty: "adresselinje1" } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.land === undefined) {
      const err6 = { instancePath, keyword: "required", params: { missingProperty: "land" } };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid1 = _errs5 === errors;
  if (_valid1) {
    valid1 = true;
    passing1 = 0;
  }
  const _errs6 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.navn === undefined) {
      const err7 = { instancePath, keyword: "required", params: { missingProperty: "navn" } };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.adresselinje1 === undefined) {
      const err8 = { instancePath, keyword: "required", params: { missingProperty: "adresselinje1" } };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.landkode === undefined) {
      const err9 = { instancePath, keyword: "required", params: { missingProperty: "landkode" } };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
  }
  var _valid1 = _errs6 === errors;
  if (_valid1 && valid1) {
    valid1 = false;
    passing1 = [passing1, 1];
  } else {
    if (_valid1) {
      valid1 = true;
      passing1 = 1;
    }
  }
  if (!valid1) {
    const err10 = { instancePath, keyword: "oneOf", params: { passingSchemas: passing1 } };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
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
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    const err11 = { instancePath, keyword: "oneOf", params: { passingSchemas: passing0 } };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func15.call(schema53.properties, key0)) {
        const err12 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.navn !== undefined) {
      if (typeof data.navn !== "string") {
        const err13 = { instancePath: instancePath + "/navn", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.adresselinje1 !== undefined) {
      let data1 = data.adresselinje1;
      if (typeof data1 === "string") {
        if (data1.length > 100 && func2(data1) > 100) {
          const err14 = { instancePath: instancePath + "/adresselinje1", keyword: "maxLength", params: { limit: 100 } };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/adresselinje1", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.adresselinje2 !== undefined) {
      let data2 = data.adresselinje2;
      if (typeof data2 === "string") {
        if (data2.length > 100 && func2(data2) > 100) {
          const err16 = { instancePath: instancePath + "/adresselinje2", keyword: "maxLength", params: { limit: 100 } };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/adresselinje2", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.adresselinje3 !== undefined) {
      let data3 = data.adresselinje3;
      if (typeof data3 === "string") {
        if (data3.length > 100 && func2(data3) > 100) {
          const err18 = { instancePath: instancePath + "/adresselinje3", keyword: "maxLength", params: { limit: 100 } };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/adresselinje3", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.adresselinje4 !== undefined) {
      let data4 = data.adresselinje4;
      if (typeof data4 === "string") {
        if (data4.length > 100 && func2(data4) > 100) {
          const err20 = { instancePath: instancePath + "/adresselinje4", keyword: "maxLength", params: { limit: 100 } };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/adresselinje4", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.postnummer !== undefined) {
      let data5 = data.postnummer;
      if (typeof data5 === "string") {
        if (!pattern2.test(data5)) {
          const err22 = {
            instancePath: instancePath + "/postnummer",
            keyword: "pattern",
            params: { pattern: "^\\d{4}$" },
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/postnummer", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.poststed !== undefined) {
      let data6 = data.poststed;
      if (typeof data6 === "string") {
        if (data6.length > 80 && func2(data6) > 80) {
          const err24 = { instancePath: instancePath + "/poststed", keyword: "maxLength", params: { limit: 80 } };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/poststed", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.land !== undefined) {
      let data7 = data.land;
      if (typeof data7 === "string") {
        if (data7.length > 80 && func2(data7) > 80) {
          const err26 = { instancePath: instancePath + "/land", keyword: "maxLength", params: { limit: 80 } };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/land", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.landkode !== undefined) {
      let data8 = data.landkode;
      if (typeof data8 === "string") {
        if (!pattern3.test(data8)) {
          const err28 = {
            instancePath: instancePath + "/landkode",
            keyword: "pattern",
            params: { pattern: "^[a-zA-Z]{2}$" },
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/landkode", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate136.errors = vErrors;
  return errors === 0;
}
const schema54 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskriftstype",
  type: "string",
  enum: ["SORT_HVIT", "FARGE"],
};
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskriftstype" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "SORT_HVIT" || data === "FARGE")) {
    const err1 = { instancePath, keyword: "enum", params: { allowedValues: schema54.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate140.errors = vErrors;
  return errors === 0;
}
const schema56 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/returposthaandtering",
  type: "string",
  enum: ["DIREKTE_RETUR", "MAKULERING_MED_MELDING"],
};
function validate144(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/returposthaandtering" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "DIREKTE_RETUR" || data === "MAKULERING_MED_MELDING")) {
    const err1 = { instancePath, keyword: "enum", params: { allowedValues: schema56.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate144.errors = vErrors;
  return errors === 0;
}
function validate142(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/retur" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.mottaker === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "mottaker" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.returposthaandtering === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "returposthaandtering" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "mottaker" || key0 === "returposthaandtering")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.mottaker !== undefined) {
      if (
        !validate136(data.mottaker, {
          instancePath: instancePath + "/mottaker",
          parentData: data,
          parentDataProperty: "mottaker",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
        errors = vErrors.length;
      }
    }
    if (data.returposthaandtering !== undefined) {
      if (
        !validate144(data.returposthaandtering, {
          instancePath: instancePath + "/returposthaandtering",
          parentData: data,
          parentDataProperty: "returposthaandtering",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate142.errors = vErrors;
  return errors === 0;
}
const schema57 = {
  $id: "https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/posttype",
  type: "string",
  enum: ["A", "B"],
};
function validate147(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/posttype" */
  let vErrors = null;
  let errors = 0;
  if (typeof data !== "string") {
    const err0 = { instancePath, keyword: "type", params: { type: "string" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "A" || data === "B")) {
    const err1 = { instancePath, keyword: "enum", params: { allowedValues: schema57.enum } };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate147.errors = vErrors;
  return errors === 0;
}
function validate134(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskrift" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.avsender === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "avsender" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mottaker === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "mottaker" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dokumentpakkefingeravtrykk === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "dokumentpakkefingeravtrykk" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.maskinportentoken === undefined) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "maskinportentoken" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.utskriftstype === undefined) {
      const err4 = { instancePath, keyword: "required", params: { missingProperty: "utskriftstype" } };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.retur === undefined) {
      const err5 = { instancePath, keyword: "required", params: { missingProperty: "retur" } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
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
        const err6 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.avsender !== undefined) {
      if (
        !validate38(data.avsender, {
          instancePath: instancePath + "/avsender",
          parentData: data,
          parentDataProperty: "avsender",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.mottaker !== undefined) {
      if (
        !validate136(data.mottaker, {
          instancePath: instancePath + "/mottaker",
          parentData: data,
          parentDataProperty: "mottaker",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
        errors = vErrors.length;
      }
    }
    if (data.dokumentpakkefingeravtrykk !== undefined) {
      if (
        !validate58(data.dokumentpakkefingeravtrykk, {
          instancePath: instancePath + "/dokumentpakkefingeravtrykk",
          parentData: data,
          parentDataProperty: "dokumentpakkefingeravtrykk",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.maskinportentoken !== undefined) {
      if (
        !validate57(data.maskinportentoken, {
          instancePath: instancePath + "/maskinportentoken",
          parentData: data,
          parentDataProperty: "maskinportentoken",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
        errors = vErrors.length;
      }
    }
    if (data.utskriftstype !== undefined) {
      if (
        !validate140(data.utskriftstype, {
          instancePath: instancePath + "/utskriftstype",
          parentData: data,
          parentDataProperty: "utskriftstype",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
        errors = vErrors.length;
      }
    }
    if (data.retur !== undefined) {
      if (
        !validate142(data.retur, {
          instancePath: instancePath + "/retur",
          parentData: data,
          parentDataProperty: "retur",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
        errors = vErrors.length;
      }
    }
    if (data.posttype !== undefined) {
      if (
        !validate147(data.posttype, {
          instancePath: instancePath + "/posttype",
          parentData: data,
          parentDataProperty: "posttype",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate134.errors = vErrors;
  return errors === 0;
}
function validate132(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocumentHeader === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocumentHeader" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.utskrift === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "utskrift" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocumentHeader" || key0 === "utskrift")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocumentHeader !== undefined) {
      if (
        !validate21(data.standardBusinessDocumentHeader, {
          instancePath: instancePath + "/standardBusinessDocumentHeader",
          parentData: data,
          parentDataProperty: "standardBusinessDocumentHeader",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.utskrift !== undefined) {
      if (
        !validate134(data.utskrift, {
          instancePath: instancePath + "/utskrift",
          parentData: data,
          parentDataProperty: "utskrift",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate132.errors = vErrors;
  return errors === 0;
}
function validate150(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocument === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocument" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocument")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocument !== undefined) {
      if (
        !validate132(data.standardBusinessDocument, {
          instancePath: instancePath + "/standardBusinessDocument",
          parentData: data,
          parentDataProperty: "standardBusinessDocument",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate150.errors = vErrors;
  return errors === 0;
}
const schema60 = {
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
function validate154(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json/definitions/varslingfeiletkvittering" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.avsender === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "avsender" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.mottaker === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "mottaker" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.tidspunkt === undefined) {
      const err2 = { instancePath, keyword: "required", params: { missingProperty: "tidspunkt" } };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.varslingskanal === undefined) {
      const err3 = { instancePath, keyword: "required", params: { missingProperty: "varslingskanal" } };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
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
        const err4 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.avsender !== undefined) {
      if (
        !validate38(data.avsender, {
          instancePath: instancePath + "/avsender",
          parentData: data,
          parentDataProperty: "avsender",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.mottaker !== undefined) {
      if (
        !validate44(data.mottaker, {
          instancePath: instancePath + "/mottaker",
          parentData: data,
          parentDataProperty: "mottaker",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.tidspunkt !== undefined) {
      if (
        !validate49(data.tidspunkt, {
          instancePath: instancePath + "/tidspunkt",
          parentData: data,
          parentDataProperty: "tidspunkt",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
    if (data.beskrivelse !== undefined) {
      if (typeof data.beskrivelse !== "string") {
        const err5 = { instancePath: instancePath + "/beskrivelse", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.varslingskanal !== undefined) {
      let data4 = data.varslingskanal;
      if (typeof data4 !== "string") {
        const err6 = { instancePath: instancePath + "/varslingskanal", keyword: "type", params: { type: "string" } };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data4 === "epost" || data4 === "sms")) {
        const err7 = {
          instancePath: instancePath + "/varslingskanal",
          keyword: "enum",
          params: { allowedValues: schema60.properties.varslingskanal.enum },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate154.errors = vErrors;
  return errors === 0;
}
function validate152(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json/definitions/standardBusinessDocument" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocumentHeader === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocumentHeader" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.varslingfeiletkvittering === undefined) {
      const err1 = { instancePath, keyword: "required", params: { missingProperty: "varslingfeiletkvittering" } };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocumentHeader" || key0 === "varslingfeiletkvittering")) {
        const err2 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocumentHeader !== undefined) {
      if (
        !validate21(data.standardBusinessDocumentHeader, {
          instancePath: instancePath + "/standardBusinessDocumentHeader",
          parentData: data,
          parentDataProperty: "standardBusinessDocumentHeader",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.varslingfeiletkvittering !== undefined) {
      if (
        !validate154(data.varslingfeiletkvittering, {
          instancePath: instancePath + "/varslingfeiletkvittering",
          parentData: data,
          parentDataProperty: "varslingfeiletkvittering",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate154.errors : vErrors.concat(validate154.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate152.errors = vErrors;
  return errors === 0;
}
function validate159(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.standardBusinessDocument === undefined) {
      const err0 = { instancePath, keyword: "required", params: { missingProperty: "standardBusinessDocument" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "standardBusinessDocument")) {
        const err1 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.standardBusinessDocument !== undefined) {
      if (
        !validate152(data.standardBusinessDocument, {
          instancePath: instancePath + "/standardBusinessDocument",
          parentData: data,
          parentDataProperty: "standardBusinessDocument",
          rootData,
        })
      ) {
        vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "object" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate159.errors = vErrors;
  return errors === 0;
}

export const StandardBusinessDocumentHeader = validate21;
export const BusinessScope = validate29;
export const Scope = validate30;
export const ScopeInformation = validate31;
export const DocumentIdentification = validate27;
export const Partner = validate22;
export const PartnerIdentification = validate23;
export const AapningskvitteringDocument = validate35;
export const AapningskvitteringMessage = validate52;
export const Avsender = validate38;
export const Virksomhetmottaker = validate44;
export const Avsenderidentifikator = validate41;
export const Personmottaker = validate54;
export const Virksomhetsidentifikator = validate39;
export const Postkasseadresse = validate55;
export const Motakeridentifikator = validate46;
export const Maskinportentoken = validate57;
export const Tidspunkt = validate49;
export const Dokumentpakkefingeravtrykk = validate58;
export const Kvittering = validate37;
export const Sikkerhetsnivaa = validate59;
export const Virkningsdato = validate60;
export const Virkningstidspunkt = validate61;
export const AapningskvitteringRequested = validate62;
export const Varsler = validate63;
export const Ikkesensitivtittel = validate71;
export const Epostvarsel = validate64;
export const Repetisjoner = validate65;
export const Spraak = validate72;
export const Smsvarsel = validate68;
export const DigitalDocument = validate73;
export const Digital = validate75;
export const DigitalMessage = validate88;
export const FeilDocument = validate90;
export const Feil = validate92;
export const FeilMessage = validate97;
export const FlyttetDocument = validate99;
export const Flyttet = validate101;
export const FlyttetMessage = validate115;
export const LeveringskvitteringDocument = validate117;
export const LeveringskvitteringMessage = validate120;
export const MottakskvitteringDocument = validate122;
export const MottakskvitteringMessage = validate125;
export const ReturpostkvitteringDocument = validate127;
export const ReturpostkvitteringMessage = validate130;
export const UtskriftDocument = validate132;
export const Utskrift = validate134;
export const Utskriftstype = validate140;
export const Retur = validate142;
export const Returposthaandtering = validate144;
export const Posttype = validate147;
export const AdresseInformasjon = validate136;
export const UtskriftMessage = validate150;
export const VarslingfeiletkvitteringDocument = validate152;
export const Varslingfeiletkvittering = validate154;
export const VarslingfeiletkvitteringMessage = validate159;
