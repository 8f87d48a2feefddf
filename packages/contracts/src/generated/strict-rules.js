// generated — do not edit.
// Source: schemas/strict-rules.json, schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the source or the generator, then regenerate.
// The strict profile's overlay rules: each rule's schema compiled for the node it checks, and per message
// type the rules that apply with the pointers (as segments, * = every array item) where they apply.
import { dateTime as qDateTime } from "../support/formats.js";
import { fullFormats } from "../support/formats.js";
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule0" */
  let vErrors = null;
  let errors = 0;
  if ("digital" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "digital" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
const pattern0 = new RegExp(
  "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:digital::1\\.0$",
  "",
);
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule1" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern0.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: {
          pattern:
            "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:digital::1\\.0$",
        },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule2" */
  let vErrors = null;
  let errors = 0;
  if ("1.0" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "1.0" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule3" */
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const _errs0 = errors;
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs1 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.type === undefined) {
          const err0 = {
            instancePath: instancePath + "/" + i0,
            keyword: "required",
            params: { missingProperty: "type" },
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.instanceIdentifier === undefined) {
          const err1 = {
            instancePath: instancePath + "/" + i0,
            keyword: "required",
            params: { missingProperty: "instanceIdentifier" },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.identifier === undefined) {
          const err2 = {
            instancePath: instancePath + "/" + i0,
            keyword: "required",
            params: { missingProperty: "identifier" },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.type !== undefined) {
          if ("ConversationId" !== data0.type) {
            const err3 = {
              instancePath: instancePath + "/" + i0 + "/type",
              keyword: "const",
              params: { allowedValue: "ConversationId" },
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/" + i0, keyword: "type", params: { type: "object" } };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (valid0) {
        break;
      }
    }
    if (!valid0) {
      const err5 = { instancePath, keyword: "contains", params: { minContains: 1 } };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    } else {
      errors = _errs0;
      if (vErrors !== null) {
        if (_errs0) {
          vErrors.length = _errs0;
        } else {
          vErrors = null;
        }
      }
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
const schema10 = {
  $id: "urn:innbyggerpost:strict-rule:rule4",
  if: { properties: { type: { const: "ConversationId" } }, required: ["type"] },
  then: {
    properties: {
      identifier: {
        enum: [
          "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0",
          "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0",
          "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0",
        ],
      },
    },
  },
};
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule4" */
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ("ConversationId" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.identifier !== undefined) {
        let data1 = data.identifier;
        if (
          !(
            data1 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0" ||
            data1 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0" ||
            data1 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0"
          )
        ) {
          const err2 = {
            instancePath: instancePath + "/identifier",
            keyword: "enum",
            params: { allowedValues: schema10.then.properties.identifier.enum },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule5" */
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ("ConversationId" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.identifier !== undefined) {
        if ("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0" !== data.identifier) {
          const err2 = {
            instancePath: instancePath + "/identifier",
            keyword: "const",
            params: { allowedValue: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0" },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
const pattern1 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "");
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule6" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern1.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: { pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$" },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
const formats0 = fullFormats["date-time"];
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule7" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!formats0.validate(data)) {
      const err0 = { instancePath, keyword: "format", params: { format: "date-time" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
const schema14 = {
  $id: "urn:innbyggerpost:strict-rule:rule8",
  enum: ["ConversationId", "SenderRef", "ReceiverRef", "JournalpostId", "ParentId", "MessageChannel"],
};
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule8" */
  let vErrors = null;
  let errors = 0;
  if (
    !(
      data === "ConversationId" ||
      data === "SenderRef" ||
      data === "ReceiverRef" ||
      data === "JournalpostId" ||
      data === "ParentId" ||
      data === "MessageChannel"
    )
  ) {
    const err0 = { instancePath, keyword: "enum", params: { allowedValues: schema14.enum } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
const pattern2 = new RegExp("^[0-9]{4}:\\w{1,35}$", "");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule9" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.authority !== undefined) {
      if ("iso6523-actorid-upis" !== data.authority) {
        const err0 = {
          instancePath: instancePath + "/authority",
          keyword: "const",
          params: { allowedValue: "iso6523-actorid-upis" },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.value !== undefined) {
      let data1 = data.value;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err1 = {
            instancePath: instancePath + "/value",
            keyword: "pattern",
            params: { pattern: "^[0-9]{4}:\\w{1,35}$" },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule10" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern2.test(data)) {
      const err0 = { instancePath, keyword: "pattern", params: { pattern: "^[0-9]{4}:\\w{1,35}$" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule11" */
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (!(typeof data0 == "number" && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err0 = { instancePath: instancePath + "/" + i0, keyword: "type", params: { type: "integer" } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      const indices0 = {};
      for (; i1--; ) {
        let item0 = data[i1];
        if (!(typeof item0 == "number" && !(item0 % 1) && !isNaN(item0) && isFinite(item0))) {
          continue;
        }
        if (typeof indices0[item0] == "number") {
          j0 = indices0[item0];
          const err1 = { instancePath, keyword: "uniqueItems", params: { i: i1, j: j0 } };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
          break;
        }
        indices0[item0] = i1;
      }
    }
  } else {
    const err2 = { instancePath, keyword: "type", params: { type: "array" } };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule12" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "epostvarsel" || key0 === "smsvarsel")) {
        const err0 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
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
  validate33.errors = vErrors;
  return errors === 0;
}
const pattern4 = new RegExp("^[A-Za-z]{2}$", "");
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule13" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern4.test(data)) {
      const err0 = { instancePath, keyword: "pattern", params: { pattern: "^[A-Za-z]{2}$" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule14" */
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (
      (data.virkningsdato === undefined && (missing0 = "virkningsdato")) ||
      (data.virkningstidspunkt === undefined && (missing0 = "virkningstidspunkt"))
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
  var valid0 = _errs1 === errors;
  if (valid0) {
    const err1 = { instancePath, keyword: "not", params: {} };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
const pattern5 = new RegExp("^[A-Za-z0-9+/]{43}=$", "");
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule15" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.digestMethod !== undefined) {
      if ("http://www.w3.org/2001/04/xmlenc#sha256" !== data.digestMethod) {
        const err0 = {
          instancePath: instancePath + "/digestMethod",
          keyword: "const",
          params: { allowedValue: "http://www.w3.org/2001/04/xmlenc#sha256" },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.digestValue !== undefined) {
      let data1 = data.digestValue;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err1 = {
            instancePath: instancePath + "/digestValue",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9+/]{43}=$" },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
const pattern6 = new RegExp("^eyJ[A-Za-z0-9_-]*\\.eyJ", "");
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule16" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern6.test(data)) {
      const err0 = { instancePath, keyword: "pattern", params: { pattern: "^eyJ[A-Za-z0-9_-]*\\.eyJ" } };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule17" */
  let vErrors = null;
  let errors = 0;
  if ("utskrift" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "utskrift" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
const pattern7 = new RegExp(
  "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:utskrift::1\\.0$",
  "",
);
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule18" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern7.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: {
          pattern:
            "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:utskrift::1\\.0$",
        },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule19" */
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ("ConversationId" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.identifier !== undefined) {
        if ("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0" !== data.identifier) {
          const err2 = {
            instancePath: instancePath + "/identifier",
            keyword: "const",
            params: { allowedValue: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0" },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule20" */
  let vErrors = null;
  let errors = 0;
  if ("flyttet" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "flyttet" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
const pattern8 = new RegExp(
  "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:flyttet::1\\.0$",
  "",
);
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule21" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern8.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: {
          pattern:
            "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:flyttet::1\\.0$",
        },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule22" */
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ("ConversationId" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.identifier !== undefined) {
        if ("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0" !== data.identifier) {
          const err2 = {
            instancePath: instancePath + "/identifier",
            keyword: "const",
            params: { allowedValue: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0" },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule23" */
  let vErrors = null;
  let errors = 0;
  if ("feil" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "feil" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
const pattern9 = new RegExp(
  "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:feil::1\\.0$",
  "",
);
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule24" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern9.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: {
          pattern:
            "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:feil::1\\.0$",
        },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule25" */
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "virksomhetsidentifikator" || key0 === "motakeridentifikator")) {
        const err0 = { instancePath, keyword: "additionalProperties", params: { additionalProperty: key0 } };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule26" */
  let vErrors = null;
  let errors = 0;
  if ("leveringskvittering" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "leveringskvittering" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
const pattern10 = new RegExp(
  "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:leveringskvittering::1\\.0$",
  "",
);
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule27" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern10.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: {
          pattern:
            "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:leveringskvittering::1\\.0$",
        },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate48.errors = vErrors;
  return errors === 0;
}
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule28" */
  let vErrors = null;
  let errors = 0;
  if ("aapningskvittering" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "aapningskvittering" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
const pattern11 = new RegExp(
  "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:aapningskvittering::1\\.0$",
  "",
);
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule29" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern11.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: {
          pattern:
            "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:aapningskvittering::1\\.0$",
        },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate50.errors = vErrors;
  return errors === 0;
}
const schema36 = {
  $id: "urn:innbyggerpost:strict-rule:rule30",
  if: { properties: { type: { const: "ConversationId" } }, required: ["type"] },
  then: {
    properties: { identifier: { enum: ["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0"] } },
  },
};
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule30" */
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ("ConversationId" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.identifier !== undefined) {
        if (!(data.identifier === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0")) {
          const err2 = {
            instancePath: instancePath + "/identifier",
            keyword: "enum",
            params: { allowedValues: schema36.then.properties.identifier.enum },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule31" */
  let vErrors = null;
  let errors = 0;
  if ("varslingfeiletkvittering" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "varslingfeiletkvittering" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
const pattern12 = new RegExp(
  "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:varslingfeiletkvittering::1\\.0$",
  "",
);
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule32" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern12.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: {
          pattern:
            "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:varslingfeiletkvittering::1\\.0$",
        },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate53.errors = vErrors;
  return errors === 0;
}
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule33" */
  let vErrors = null;
  let errors = 0;
  if ("mottakskvittering" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "mottakskvittering" } };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
const pattern13 = new RegExp(
  "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:mottakskvittering::1\\.0$",
  "",
);
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule34" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern13.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: {
          pattern:
            "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:mottakskvittering::1\\.0$",
        },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
const schema41 = {
  $id: "urn:innbyggerpost:strict-rule:rule35",
  if: { properties: { type: { const: "ConversationId" } }, required: ["type"] },
  then: {
    properties: { identifier: { enum: ["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0"] } },
  },
};
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule35" */
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === undefined && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== undefined) {
        if ("ConversationId" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.identifier !== undefined) {
        if (!(data.identifier === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0")) {
          const err2 = {
            instancePath: instancePath + "/identifier",
            keyword: "enum",
            params: { allowedValues: schema41.then.properties.identifier.enum },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err3 = { instancePath, keyword: "if", params: { failingKeyword: "then" } };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule36" */
  let vErrors = null;
  let errors = 0;
  if ("returpostkvittering" !== data) {
    const err0 = { instancePath, keyword: "const", params: { allowedValue: "returpostkvittering" } };
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
const pattern14 = new RegExp(
  "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:returpostkvittering::1\\.0$",
  "",
);
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  /*# sourceURL="urn:innbyggerpost:strict-rule:rule37" */
  let vErrors = null;
  let errors = 0;
  if (typeof data === "string") {
    if (!pattern14.test(data)) {
      const err0 = {
        instancePath,
        keyword: "pattern",
        params: {
          pattern:
            "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:returpostkvittering::1\\.0$",
        },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}

export const rule0 = validate21;
export const rule1 = validate22;
export const rule2 = validate23;
export const rule3 = validate24;
export const rule4 = validate25;
export const rule5 = validate26;
export const rule6 = validate27;
export const rule7 = validate28;
export const rule8 = validate29;
export const rule9 = validate30;
export const rule10 = validate31;
export const rule11 = validate32;
export const rule12 = validate33;
export const rule13 = validate34;
export const rule14 = validate35;
export const rule15 = validate36;
export const rule16 = validate37;
export const rule17 = validate38;
export const rule18 = validate39;
export const rule19 = validate40;
export const rule20 = validate41;
export const rule21 = validate42;
export const rule22 = validate43;
export const rule23 = validate44;
export const rule24 = validate45;
export const rule25 = validate46;
export const rule26 = validate47;
export const rule27 = validate48;
export const rule28 = validate49;
export const rule29 = validate50;
export const rule30 = validate51;
export const rule31 = validate52;
export const rule32 = validate53;
export const rule33 = validate54;
export const rule34 = validate55;
export const rule35 = validate56;
export const rule36 = validate57;
export const rule37 = validate58;

const qc0 =
  /^urn:fdc:digdir\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\.no:2020:innbyggerpost:schema:digital::1\.0$/;
const qc1 = /^[0-9]{4}:\w*$/;
const qc2 = /^[A-Za-z]*$/;
const qc3 = /^[A-Za-z0-9+/]*=$/;
const qc4 = /^eyJ[A-Za-z0-9_-]*\.eyJ/;
const qc5 =
  /^urn:fdc:digdir\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\.no:2020:innbyggerpost:schema:utskrift::1\.0$/;
const qc6 =
  /^urn:fdc:digdir\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\.no:2020:innbyggerpost:schema:flyttet::1\.0$/;
const qc7 =
  /^urn:fdc:digdir\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\.no:2020:innbyggerpost:schema:feil::1\.0$/;
const qc8 =
  /^urn:fdc:digdir\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\.no:2020:innbyggerpost:schema:leveringskvittering::1\.0$/;
const qc9 =
  /^urn:fdc:digdir\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\.no:2020:innbyggerpost:schema:aapningskvittering::1\.0$/;
const qc10 =
  /^urn:fdc:digdir\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\.no:2020:innbyggerpost:schema:varslingfeiletkvittering::1\.0$/;
const qc11 =
  /^urn:fdc:digdir\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\.no:2020:innbyggerpost:schema:mottakskvittering::1\.0$/;
const qc12 =
  /^urn:fdc:digdir\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\.no:2020:innbyggerpost:schema:returpostkvittering::1\.0$/;
function qs0(d) {
  if (d !== "digital") return false;
  return true;
}
function qs1(d) {
  if (typeof d === "string") {
    if (!qc0.test(d)) return false;
  }
  return true;
}
function qs2(d) {
  if (d !== "1.0") return false;
  return true;
}
function qs4(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["type"] === undefined || d["instanceIdentifier"] === undefined || d["identifier"] === undefined) return false;
    const p5 = d["type"];
    if (p5 !== undefined) {
      if (p5 !== "ConversationId") return false;
    }
  } else return false;
  return true;
}
function qs3(d) {
  if (Array.isArray(d)) {
    let c6 = false;
    for (let c6i = 0; c6i < d.length; c6i++) {
      if (qs4(d[c6i])) {
        c6 = true;
        break;
      }
    }
    if (!c6) return false;
  }
  return true;
}
function qs8(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["type"] === undefined) return false;
    const p9 = d["type"];
    if (p9 !== undefined) {
      if (p9 !== "ConversationId") return false;
    }
  }
  return true;
}
function qs10(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    const p11 = d["identifier"];
    if (p11 !== undefined) {
      if (
        !(
          p11 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0" ||
          p11 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0" ||
          p11 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0"
        )
      )
        return false;
    }
  }
  return true;
}
function qs7(d) {
  if (qs8(d)) {
    if (!qs10(d)) return false;
  }
  return true;
}
function qs13(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    const p14 = d["identifier"];
    if (p14 !== undefined) {
      if (p14 !== "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0") return false;
    }
  }
  return true;
}
function qs12(d) {
  if (qs8(d)) {
    if (!qs13(d)) return false;
  }
  return true;
}
function qs15(d) {
  if (typeof d === "string") {
    if (!qDateTime(d)) return false;
  }
  return true;
}
function qs16(d) {
  if (
    !(
      d === "ConversationId" ||
      d === "SenderRef" ||
      d === "ReceiverRef" ||
      d === "JournalpostId" ||
      d === "ParentId" ||
      d === "MessageChannel"
    )
  )
    return false;
  return true;
}
function qs17(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    const p18 = d["authority"];
    if (p18 !== undefined) {
      if (p18 !== "iso6523-actorid-upis") return false;
    }
    const p19 = d["value"];
    if (p19 !== undefined) {
      if (typeof p19 === "string") {
        if (p19.length < 6 || p19.length > 40 || !qc1.test(p19)) return false;
      }
    }
  }
  return true;
}
function qs20(d) {
  if (typeof d === "string") {
    if (d.length < 6 || d.length > 40 || !qc1.test(d)) return false;
  }
  return true;
}
function qs21(d) {
  if (Array.isArray(d)) {
    for (let i22 = 0; i22 < d.length; i22++) {
      const e23 = d[i22];
      if (!(typeof e23 === "number" && e23 % 1 === 0 && isFinite(e23))) return false;
    }
    if (d.length > 32) {
      if (new Set(d).size !== d.length) return false;
    } else {
      for (let u24a = 1; u24a < d.length; u24a++) {
        const u24 = d[u24a];
        for (let u24b = 0; u24b < u24a; u24b++) if (d[u24b] === u24) return false;
      }
    }
  } else return false;
  return true;
}
function qs25(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    for (const k26 in d) {
      switch (k26) {
        case "epostvarsel":
        case "smsvarsel":
          break;
        default:
          return false;
      }
    }
  } else return false;
  return true;
}
function qs29(d) {
  if (typeof d === "string") {
    if (d.length !== 2 || !qc2.test(d)) return false;
  }
  return true;
}
function qs31(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    if (d["virkningsdato"] === undefined || d["virkningstidspunkt"] === undefined) return false;
  }
  return true;
}
function qs30(d) {
  if (qs31(d)) return false;
  return true;
}
function qs32(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    const p33 = d["digestMethod"];
    if (p33 !== undefined) {
      if (p33 !== "http://www.w3.org/2001/04/xmlenc#sha256") return false;
    }
    const p34 = d["digestValue"];
    if (p34 !== undefined) {
      if (typeof p34 === "string") {
        if (p34.length !== 44 || !qc3.test(p34)) return false;
      }
    }
  }
  return true;
}
function qs35(d) {
  if (typeof d === "string") {
    if (!qc4.test(d)) return false;
  }
  return true;
}
function qs36(d) {
  if (d !== "utskrift") return false;
  return true;
}
function qs37(d) {
  if (typeof d === "string") {
    if (!qc5.test(d)) return false;
  }
  return true;
}
function qs39(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    const p40 = d["identifier"];
    if (p40 !== undefined) {
      if (p40 !== "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0") return false;
    }
  }
  return true;
}
function qs38(d) {
  if (qs8(d)) {
    if (!qs39(d)) return false;
  }
  return true;
}
function qs41(d) {
  if (d !== "flyttet") return false;
  return true;
}
function qs42(d) {
  if (typeof d === "string") {
    if (!qc6.test(d)) return false;
  }
  return true;
}
function qs44(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    const p45 = d["identifier"];
    if (p45 !== undefined) {
      if (p45 !== "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0") return false;
    }
  }
  return true;
}
function qs43(d) {
  if (qs8(d)) {
    if (!qs44(d)) return false;
  }
  return true;
}
function qs46(d) {
  if (d !== "feil") return false;
  return true;
}
function qs47(d) {
  if (typeof d === "string") {
    if (!qc7.test(d)) return false;
  }
  return true;
}
function qs48(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    for (const k49 in d) {
      switch (k49) {
        case "virksomhetsidentifikator":
        case "motakeridentifikator":
          break;
        default:
          return false;
      }
    }
  }
  return true;
}
function qs52(d) {
  if (d !== "leveringskvittering") return false;
  return true;
}
function qs53(d) {
  if (typeof d === "string") {
    if (!qc8.test(d)) return false;
  }
  return true;
}
function qs54(d) {
  if (d !== "aapningskvittering") return false;
  return true;
}
function qs55(d) {
  if (typeof d === "string") {
    if (!qc9.test(d)) return false;
  }
  return true;
}
function qs57(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    const p58 = d["identifier"];
    if (p58 !== undefined) {
      if (!(p58 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0")) return false;
    }
  }
  return true;
}
function qs56(d) {
  if (qs8(d)) {
    if (!qs57(d)) return false;
  }
  return true;
}
function qs59(d) {
  if (d !== "varslingfeiletkvittering") return false;
  return true;
}
function qs60(d) {
  if (typeof d === "string") {
    if (!qc10.test(d)) return false;
  }
  return true;
}
function qs61(d) {
  if (d !== "mottakskvittering") return false;
  return true;
}
function qs62(d) {
  if (typeof d === "string") {
    if (!qc11.test(d)) return false;
  }
  return true;
}
function qs64(d) {
  if (typeof d === "object" && d !== null && !Array.isArray(d)) {
    const p65 = d["identifier"];
    if (p65 !== undefined) {
      if (!(p65 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0")) return false;
    }
  }
  return true;
}
function qs63(d) {
  if (qs8(d)) {
    if (!qs64(d)) return false;
  }
  return true;
}
function qs66(d) {
  if (d !== "returpostkvittering") return false;
  return true;
}
function qs67(d) {
  if (typeof d === "string") {
    if (!qc12.test(d)) return false;
  }
  return true;
}

export const checks_digital = [
  {
    code: "type-matches-payload",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "type"]],
    validate: rule0,
  },
  {
    code: "standard-matches-type",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "standard"]],
    validate: rule1,
  },
  {
    code: "header-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "headerVersion"]],
    validate: rule2,
  },
  {
    code: "type-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "typeVersion"]],
    validate: rule2,
  },
  {
    code: "conversation-scope",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope"]],
    validate: rule3,
  },
  {
    code: "conversation-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "letter-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule5,
  },
  {
    code: "plain-uuid",
    severity: "error",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "instanceIdentifier"],
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "instanceIdentifier",
      ],
    ],
    validate: rule6,
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    at: [
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "scopeInformation",
        "*",
        "expectedResponseDateTime",
      ],
    ],
    validate: rule7,
  },
  {
    code: "scope-type-known",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*", "type"]],
    validate: rule8,
  },
  {
    code: "partner-identifier",
    severity: "warning",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "sender", "*", "identifier"],
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "receiver", "*", "identifier"],
    ],
    validate: rule9,
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    at: [
      ["standardBusinessDocument", "digital", "avsender", "virksomhetsidentifikator", "value"],
      ["standardBusinessDocument", "digital", "mottaker", "virksomhetsidentifikator", "value"],
    ],
    validate: rule10,
  },
  {
    code: "repetisjoner-unique",
    severity: "error",
    at: [
      ["standardBusinessDocument", "digital", "varsler", "epostvarsel", "repetisjoner"],
      ["standardBusinessDocument", "digital", "varsler", "smsvarsel", "repetisjoner"],
    ],
    validate: rule11,
  },
  {
    code: "varsler-object",
    severity: "error",
    at: [["standardBusinessDocument", "digital", "varsler"]],
    validate: rule12,
  },
  {
    code: "spraak-letters",
    severity: "error",
    at: [["standardBusinessDocument", "digital", "spraak"]],
    validate: rule13,
  },
  { code: "virkning-one-of", severity: "warning", at: [["standardBusinessDocument", "digital"]], validate: rule14 },
  {
    code: "digest-sha256",
    severity: "warning",
    at: [["standardBusinessDocument", "digital", "dokumentpakkefingeravtrykk"]],
    validate: rule15,
  },
  {
    code: "maskinportentoken-jwt",
    severity: "warning",
    at: [["standardBusinessDocument", "digital", "maskinportentoken"]],
    validate: rule16,
  },
];

export const checks_utskrift = [
  {
    code: "type-matches-payload",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "type"]],
    validate: rule17,
  },
  {
    code: "standard-matches-type",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "standard"]],
    validate: rule18,
  },
  {
    code: "header-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "headerVersion"]],
    validate: rule2,
  },
  {
    code: "type-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "typeVersion"]],
    validate: rule2,
  },
  {
    code: "conversation-scope",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope"]],
    validate: rule3,
  },
  {
    code: "conversation-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "letter-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule19,
  },
  {
    code: "plain-uuid",
    severity: "error",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "instanceIdentifier"],
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "instanceIdentifier",
      ],
    ],
    validate: rule6,
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    at: [
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "scopeInformation",
        "*",
        "expectedResponseDateTime",
      ],
    ],
    validate: rule7,
  },
  {
    code: "scope-type-known",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*", "type"]],
    validate: rule8,
  },
  {
    code: "partner-identifier",
    severity: "warning",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "sender", "*", "identifier"],
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "receiver", "*", "identifier"],
    ],
    validate: rule9,
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    at: [
      ["standardBusinessDocument", "utskrift", "avsender", "virksomhetsidentifikator", "value"],
      ["standardBusinessDocument", "utskrift", "mottaker", "virksomhetsidentifikator", "value"],
    ],
    validate: rule10,
  },
  {
    code: "digest-sha256",
    severity: "warning",
    at: [["standardBusinessDocument", "utskrift", "dokumentpakkefingeravtrykk"]],
    validate: rule15,
  },
  {
    code: "maskinportentoken-jwt",
    severity: "warning",
    at: [["standardBusinessDocument", "utskrift", "maskinportentoken"]],
    validate: rule16,
  },
];

export const checks_flyttet = [
  {
    code: "type-matches-payload",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "type"]],
    validate: rule20,
  },
  {
    code: "standard-matches-type",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "standard"]],
    validate: rule21,
  },
  {
    code: "header-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "headerVersion"]],
    validate: rule2,
  },
  {
    code: "type-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "typeVersion"]],
    validate: rule2,
  },
  {
    code: "conversation-scope",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope"]],
    validate: rule3,
  },
  {
    code: "conversation-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "letter-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule22,
  },
  {
    code: "plain-uuid",
    severity: "error",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "instanceIdentifier"],
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "instanceIdentifier",
      ],
    ],
    validate: rule6,
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    at: [
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "scopeInformation",
        "*",
        "expectedResponseDateTime",
      ],
    ],
    validate: rule7,
  },
  {
    code: "scope-type-known",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*", "type"]],
    validate: rule8,
  },
  {
    code: "partner-identifier",
    severity: "warning",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "sender", "*", "identifier"],
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "receiver", "*", "identifier"],
    ],
    validate: rule9,
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    at: [
      ["standardBusinessDocument", "flyttet", "avsender", "virksomhetsidentifikator", "value"],
      ["standardBusinessDocument", "flyttet", "mottaker", "virksomhetsidentifikator", "value"],
    ],
    validate: rule10,
  },
  {
    code: "repetisjoner-unique",
    severity: "error",
    at: [
      ["standardBusinessDocument", "flyttet", "varsler", "epostvarsel", "repetisjoner"],
      ["standardBusinessDocument", "flyttet", "varsler", "smsvarsel", "repetisjoner"],
    ],
    validate: rule11,
  },
  {
    code: "varsler-object",
    severity: "error",
    at: [["standardBusinessDocument", "flyttet", "varsler"]],
    validate: rule12,
  },
  {
    code: "spraak-letters",
    severity: "error",
    at: [["standardBusinessDocument", "flyttet", "spraak"]],
    validate: rule13,
  },
  { code: "virkning-one-of", severity: "warning", at: [["standardBusinessDocument", "flyttet"]], validate: rule14 },
  {
    code: "digest-sha256",
    severity: "warning",
    at: [["standardBusinessDocument", "flyttet", "dokumentpakkefingeravtrykk"]],
    validate: rule15,
  },
  {
    code: "maskinportentoken-jwt",
    severity: "warning",
    at: [["standardBusinessDocument", "flyttet", "maskinportentoken"]],
    validate: rule16,
  },
];

export const checks_feil = [
  {
    code: "type-matches-payload",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "type"]],
    validate: rule23,
  },
  {
    code: "standard-matches-type",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "standard"]],
    validate: rule24,
  },
  {
    code: "header-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "headerVersion"]],
    validate: rule2,
  },
  {
    code: "type-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "typeVersion"]],
    validate: rule2,
  },
  {
    code: "conversation-scope",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope"]],
    validate: rule3,
  },
  {
    code: "conversation-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "receipt-process",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "plain-uuid",
    severity: "error",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "instanceIdentifier"],
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "instanceIdentifier",
      ],
    ],
    validate: rule6,
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    at: [
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "scopeInformation",
        "*",
        "expectedResponseDateTime",
      ],
    ],
    validate: rule7,
  },
  {
    code: "scope-type-known",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*", "type"]],
    validate: rule8,
  },
  {
    code: "partner-identifier",
    severity: "warning",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "sender", "*", "identifier"],
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "receiver", "*", "identifier"],
    ],
    validate: rule9,
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    at: [
      ["standardBusinessDocument", "feil", "avsender", "virksomhetsidentifikator", "value"],
      ["standardBusinessDocument", "feil", "mottaker", "virksomhetsidentifikator", "value"],
    ],
    validate: rule10,
  },
  {
    code: "mottaker-closed",
    severity: "warning",
    at: [["standardBusinessDocument", "feil", "mottaker"]],
    validate: rule25,
  },
];

export const checks_leveringskvittering = [
  {
    code: "type-matches-payload",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "type"]],
    validate: rule26,
  },
  {
    code: "standard-matches-type",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "standard"]],
    validate: rule27,
  },
  {
    code: "header-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "headerVersion"]],
    validate: rule2,
  },
  {
    code: "type-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "typeVersion"]],
    validate: rule2,
  },
  {
    code: "conversation-scope",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope"]],
    validate: rule3,
  },
  {
    code: "conversation-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "receipt-process",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "plain-uuid",
    severity: "error",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "instanceIdentifier"],
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "instanceIdentifier",
      ],
    ],
    validate: rule6,
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    at: [
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "scopeInformation",
        "*",
        "expectedResponseDateTime",
      ],
    ],
    validate: rule7,
  },
  {
    code: "scope-type-known",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*", "type"]],
    validate: rule8,
  },
  {
    code: "partner-identifier",
    severity: "warning",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "sender", "*", "identifier"],
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "receiver", "*", "identifier"],
    ],
    validate: rule9,
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    at: [
      ["standardBusinessDocument", "leveringskvittering", "avsender", "virksomhetsidentifikator", "value"],
      ["standardBusinessDocument", "leveringskvittering", "mottaker", "virksomhetsidentifikator", "value"],
    ],
    validate: rule10,
  },
  {
    code: "mottaker-closed",
    severity: "warning",
    at: [["standardBusinessDocument", "leveringskvittering", "mottaker"]],
    validate: rule25,
  },
];

export const checks_aapningskvittering = [
  {
    code: "type-matches-payload",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "type"]],
    validate: rule28,
  },
  {
    code: "standard-matches-type",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "standard"]],
    validate: rule29,
  },
  {
    code: "header-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "headerVersion"]],
    validate: rule2,
  },
  {
    code: "type-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "typeVersion"]],
    validate: rule2,
  },
  {
    code: "conversation-scope",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope"]],
    validate: rule3,
  },
  {
    code: "conversation-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "receipt-process",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule30,
  },
  {
    code: "plain-uuid",
    severity: "error",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "instanceIdentifier"],
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "instanceIdentifier",
      ],
    ],
    validate: rule6,
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    at: [
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "scopeInformation",
        "*",
        "expectedResponseDateTime",
      ],
    ],
    validate: rule7,
  },
  {
    code: "scope-type-known",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*", "type"]],
    validate: rule8,
  },
  {
    code: "partner-identifier",
    severity: "warning",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "sender", "*", "identifier"],
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "receiver", "*", "identifier"],
    ],
    validate: rule9,
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    at: [
      ["standardBusinessDocument", "aapningskvittering", "avsender", "virksomhetsidentifikator", "value"],
      ["standardBusinessDocument", "aapningskvittering", "mottaker", "virksomhetsidentifikator", "value"],
    ],
    validate: rule10,
  },
  {
    code: "mottaker-closed",
    severity: "warning",
    at: [["standardBusinessDocument", "aapningskvittering", "mottaker"]],
    validate: rule25,
  },
];

export const checks_varslingfeiletkvittering = [
  {
    code: "type-matches-payload",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "type"]],
    validate: rule31,
  },
  {
    code: "standard-matches-type",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "standard"]],
    validate: rule32,
  },
  {
    code: "header-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "headerVersion"]],
    validate: rule2,
  },
  {
    code: "type-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "typeVersion"]],
    validate: rule2,
  },
  {
    code: "conversation-scope",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope"]],
    validate: rule3,
  },
  {
    code: "conversation-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "receipt-process",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule30,
  },
  {
    code: "plain-uuid",
    severity: "error",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "instanceIdentifier"],
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "instanceIdentifier",
      ],
    ],
    validate: rule6,
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    at: [
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "scopeInformation",
        "*",
        "expectedResponseDateTime",
      ],
    ],
    validate: rule7,
  },
  {
    code: "scope-type-known",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*", "type"]],
    validate: rule8,
  },
  {
    code: "partner-identifier",
    severity: "warning",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "sender", "*", "identifier"],
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "receiver", "*", "identifier"],
    ],
    validate: rule9,
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    at: [
      ["standardBusinessDocument", "varslingfeiletkvittering", "avsender", "virksomhetsidentifikator", "value"],
      ["standardBusinessDocument", "varslingfeiletkvittering", "mottaker", "virksomhetsidentifikator", "value"],
    ],
    validate: rule10,
  },
  {
    code: "mottaker-closed",
    severity: "warning",
    at: [["standardBusinessDocument", "varslingfeiletkvittering", "mottaker"]],
    validate: rule25,
  },
];

export const checks_mottakskvittering = [
  {
    code: "type-matches-payload",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "type"]],
    validate: rule33,
  },
  {
    code: "standard-matches-type",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "standard"]],
    validate: rule34,
  },
  {
    code: "header-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "headerVersion"]],
    validate: rule2,
  },
  {
    code: "type-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "typeVersion"]],
    validate: rule2,
  },
  {
    code: "conversation-scope",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope"]],
    validate: rule3,
  },
  {
    code: "conversation-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "receipt-process",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule35,
  },
  {
    code: "plain-uuid",
    severity: "error",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "instanceIdentifier"],
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "instanceIdentifier",
      ],
    ],
    validate: rule6,
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    at: [
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "scopeInformation",
        "*",
        "expectedResponseDateTime",
      ],
    ],
    validate: rule7,
  },
  {
    code: "scope-type-known",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*", "type"]],
    validate: rule8,
  },
  {
    code: "partner-identifier",
    severity: "warning",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "sender", "*", "identifier"],
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "receiver", "*", "identifier"],
    ],
    validate: rule9,
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    at: [
      ["standardBusinessDocument", "mottakskvittering", "avsender", "virksomhetsidentifikator", "value"],
      ["standardBusinessDocument", "mottakskvittering", "mottaker", "virksomhetsidentifikator", "value"],
    ],
    validate: rule10,
  },
  {
    code: "mottaker-closed",
    severity: "warning",
    at: [["standardBusinessDocument", "mottakskvittering", "mottaker"]],
    validate: rule25,
  },
];

export const checks_returpostkvittering = [
  {
    code: "type-matches-payload",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "type"]],
    validate: rule36,
  },
  {
    code: "standard-matches-type",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "standard"]],
    validate: rule37,
  },
  {
    code: "header-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "headerVersion"]],
    validate: rule2,
  },
  {
    code: "type-version",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "typeVersion"]],
    validate: rule2,
  },
  {
    code: "conversation-scope",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope"]],
    validate: rule3,
  },
  {
    code: "conversation-process",
    severity: "error",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule4,
  },
  {
    code: "receipt-process",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*"]],
    validate: rule35,
  },
  {
    code: "plain-uuid",
    severity: "error",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "documentIdentification", "instanceIdentifier"],
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "instanceIdentifier",
      ],
    ],
    validate: rule6,
  },
  {
    code: "expected-response-date-time",
    severity: "error",
    at: [
      [
        "standardBusinessDocument",
        "standardBusinessDocumentHeader",
        "businessScope",
        "scope",
        "*",
        "scopeInformation",
        "*",
        "expectedResponseDateTime",
      ],
    ],
    validate: rule7,
  },
  {
    code: "scope-type-known",
    severity: "warning",
    at: [["standardBusinessDocument", "standardBusinessDocumentHeader", "businessScope", "scope", "*", "type"]],
    validate: rule8,
  },
  {
    code: "partner-identifier",
    severity: "warning",
    at: [
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "sender", "*", "identifier"],
      ["standardBusinessDocument", "standardBusinessDocumentHeader", "receiver", "*", "identifier"],
    ],
    validate: rule9,
  },
  {
    code: "organisation-identifier-anchored",
    severity: "error",
    at: [
      ["standardBusinessDocument", "returpostkvittering", "avsender", "virksomhetsidentifikator", "value"],
      ["standardBusinessDocument", "returpostkvittering", "mottaker", "virksomhetsidentifikator", "value"],
    ],
    validate: rule10,
  },
  {
    code: "mottaker-closed",
    severity: "warning",
    at: [["standardBusinessDocument", "returpostkvittering", "mottaker"]],
    validate: rule25,
  },
];

/** The strict overlay checks that apply to each message type, in rule order. */
export const strictRuleChecks = {
  digital: checks_digital,
  utskrift: checks_utskrift,
  flyttet: checks_flyttet,
  feil: checks_feil,
  leveringskvittering: checks_leveringskvittering,
  aapningskvittering: checks_aapningskvittering,
  varslingfeiletkvittering: checks_varslingfeiletkvittering,
  mottakskvittering: checks_mottakskvittering,
  returpostkvittering: checks_returpostkvittering,
};

export function walk_digital(data, fail) {
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const d0 = data["standardBusinessDocument"];
    if (d0 !== undefined) {
      if (typeof d0 === "object" && d0 !== null && !Array.isArray(d0)) {
        const d1 = d0["standardBusinessDocumentHeader"];
        if (d1 !== undefined) {
          if (typeof d1 === "object" && d1 !== null && !Array.isArray(d1)) {
            const d2 = d1["documentIdentification"];
            if (d2 !== undefined) {
              if (typeof d2 === "object" && d2 !== null && !Array.isArray(d2)) {
                const d3 = d2["type"];
                if (d3 !== undefined) {
                  if (!qs0(d3) && !rule0(d3))
                    fail(0, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type");
                }
                const d4 = d2["standard"];
                if (d4 !== undefined) {
                  if (!qs1(d4) && !rule1(d4))
                    fail(1, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard");
                }
                const d5 = d2["typeVersion"];
                if (d5 !== undefined) {
                  if (!qs2(d5) && !rule2(d5))
                    fail(
                      3,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",
                    );
                }
                const d6 = d2["instanceIdentifier"];
                if (d6 !== undefined) {
                  if (!(d6.length === 36) && !rule6(d6))
                    fail(
                      7,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",
                    );
                }
              }
            }
            const d7 = d1["headerVersion"];
            if (d7 !== undefined) {
              if (!qs2(d7) && !rule2(d7))
                fail(2, "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion");
            }
            const d8 = d1["businessScope"];
            if (d8 !== undefined) {
              if (typeof d8 === "object" && d8 !== null && !Array.isArray(d8)) {
                const d9 = d8["scope"];
                if (d9 !== undefined) {
                  if (!qs3(d9) && !rule3(d9))
                    fail(4, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope");
                  if (Array.isArray(d9)) {
                    for (let i10 = 0; i10 < d9.length; i10++) {
                      const d11 = d9[i10];
                      if (!qs7(d11) && !rule4(d11))
                        fail(5, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (!qs12(d11) && !rule5(d11))
                        fail(6, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (typeof d11 === "object" && d11 !== null && !Array.isArray(d11)) {
                        const d12 = d11["instanceIdentifier"];
                        if (d12 !== undefined) {
                          if (!(d12.length === 36) && !rule6(d12))
                            fail(
                              7,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/instanceIdentifier",
                            );
                        }
                        const d13 = d11["scopeInformation"];
                        if (d13 !== undefined) {
                          if (Array.isArray(d13)) {
                            for (let i14 = 0; i14 < d13.length; i14++) {
                              const d15 = d13[i14];
                              if (typeof d15 === "object" && d15 !== null && !Array.isArray(d15)) {
                                const d16 = d15["expectedResponseDateTime"];
                                if (d16 !== undefined) {
                                  if (!qs15(d16) && !rule7(d16))
                                    fail(
                                      8,
                                      "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                        i10 +
                                        "/scopeInformation/" +
                                        i14 +
                                        "/expectedResponseDateTime",
                                    );
                                }
                              }
                            }
                          }
                        }
                        const d17 = d11["type"];
                        if (d17 !== undefined) {
                          if (!qs16(d17) && !rule8(d17))
                            fail(
                              9,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/type",
                            );
                        }
                      }
                    }
                  }
                }
              }
            }
            const d18 = d1["sender"];
            if (d18 !== undefined) {
              if (Array.isArray(d18)) {
                for (let i19 = 0; i19 < d18.length; i19++) {
                  const d20 = d18[i19];
                  if (typeof d20 === "object" && d20 !== null && !Array.isArray(d20)) {
                    const d21 = d20["identifier"];
                    if (d21 !== undefined) {
                      if (!qs17(d21) && !rule9(d21))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i19 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
            const d22 = d1["receiver"];
            if (d22 !== undefined) {
              if (Array.isArray(d22)) {
                for (let i23 = 0; i23 < d22.length; i23++) {
                  const d24 = d22[i23];
                  if (typeof d24 === "object" && d24 !== null && !Array.isArray(d24)) {
                    const d25 = d24["identifier"];
                    if (d25 !== undefined) {
                      if (!qs17(d25) && !rule9(d25))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i23 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
          }
        }
        const d26 = d0["digital"];
        if (d26 !== undefined) {
          if (!qs30(d26) && !rule14(d26)) fail(15, "/standardBusinessDocument/digital");
          if (typeof d26 === "object" && d26 !== null && !Array.isArray(d26)) {
            const d27 = d26["avsender"];
            if (d27 !== undefined) {
              if (typeof d27 === "object" && d27 !== null && !Array.isArray(d27)) {
                const d28 = d27["virksomhetsidentifikator"];
                if (d28 !== undefined) {
                  if (typeof d28 === "object" && d28 !== null && !Array.isArray(d28)) {
                    const d29 = d28["value"];
                    if (d29 !== undefined) {
                      if (!qs20(d29) && !rule10(d29))
                        fail(11, "/standardBusinessDocument/digital/avsender/virksomhetsidentifikator/value");
                    }
                  }
                }
              }
            }
            const d30 = d26["mottaker"];
            if (d30 !== undefined) {
              if (typeof d30 === "object" && d30 !== null && !Array.isArray(d30)) {
                const d31 = d30["virksomhetsidentifikator"];
                if (d31 !== undefined) {
                  if (typeof d31 === "object" && d31 !== null && !Array.isArray(d31)) {
                    const d32 = d31["value"];
                    if (d32 !== undefined) {
                      if (!qs20(d32) && !rule10(d32))
                        fail(11, "/standardBusinessDocument/digital/mottaker/virksomhetsidentifikator/value");
                    }
                  }
                }
              }
            }
            const d33 = d26["varsler"];
            if (d33 !== undefined) {
              if (!qs25(d33) && !rule12(d33)) fail(13, "/standardBusinessDocument/digital/varsler");
              if (typeof d33 === "object" && d33 !== null && !Array.isArray(d33)) {
                const d34 = d33["epostvarsel"];
                if (d34 !== undefined) {
                  if (typeof d34 === "object" && d34 !== null && !Array.isArray(d34)) {
                    const d35 = d34["repetisjoner"];
                    if (d35 !== undefined) {
                      if (!qs21(d35) && !rule11(d35))
                        fail(12, "/standardBusinessDocument/digital/varsler/epostvarsel/repetisjoner");
                    }
                  }
                }
                const d36 = d33["smsvarsel"];
                if (d36 !== undefined) {
                  if (typeof d36 === "object" && d36 !== null && !Array.isArray(d36)) {
                    const d37 = d36["repetisjoner"];
                    if (d37 !== undefined) {
                      if (!qs21(d37) && !rule11(d37))
                        fail(12, "/standardBusinessDocument/digital/varsler/smsvarsel/repetisjoner");
                    }
                  }
                }
              }
            }
            const d38 = d26["spraak"];
            if (d38 !== undefined) {
              if (!qs29(d38) && !rule13(d38)) fail(14, "/standardBusinessDocument/digital/spraak");
            }
            const d39 = d26["dokumentpakkefingeravtrykk"];
            if (d39 !== undefined) {
              if (!qs32(d39) && !rule15(d39)) fail(16, "/standardBusinessDocument/digital/dokumentpakkefingeravtrykk");
            }
            const d40 = d26["maskinportentoken"];
            if (d40 !== undefined) {
              if (!qs35(d40) && !rule16(d40)) fail(17, "/standardBusinessDocument/digital/maskinportentoken");
            }
          }
        }
      }
    }
  }
}

export function walk_utskrift(data, fail) {
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const d0 = data["standardBusinessDocument"];
    if (d0 !== undefined) {
      if (typeof d0 === "object" && d0 !== null && !Array.isArray(d0)) {
        const d1 = d0["standardBusinessDocumentHeader"];
        if (d1 !== undefined) {
          if (typeof d1 === "object" && d1 !== null && !Array.isArray(d1)) {
            const d2 = d1["documentIdentification"];
            if (d2 !== undefined) {
              if (typeof d2 === "object" && d2 !== null && !Array.isArray(d2)) {
                const d3 = d2["type"];
                if (d3 !== undefined) {
                  if (!qs36(d3) && !rule17(d3))
                    fail(0, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type");
                }
                const d4 = d2["standard"];
                if (d4 !== undefined) {
                  if (!qs37(d4) && !rule18(d4))
                    fail(1, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard");
                }
                const d5 = d2["typeVersion"];
                if (d5 !== undefined) {
                  if (!qs2(d5) && !rule2(d5))
                    fail(
                      3,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",
                    );
                }
                const d6 = d2["instanceIdentifier"];
                if (d6 !== undefined) {
                  if (!(d6.length === 36) && !rule6(d6))
                    fail(
                      7,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",
                    );
                }
              }
            }
            const d7 = d1["headerVersion"];
            if (d7 !== undefined) {
              if (!qs2(d7) && !rule2(d7))
                fail(2, "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion");
            }
            const d8 = d1["businessScope"];
            if (d8 !== undefined) {
              if (typeof d8 === "object" && d8 !== null && !Array.isArray(d8)) {
                const d9 = d8["scope"];
                if (d9 !== undefined) {
                  if (!qs3(d9) && !rule3(d9))
                    fail(4, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope");
                  if (Array.isArray(d9)) {
                    for (let i10 = 0; i10 < d9.length; i10++) {
                      const d11 = d9[i10];
                      if (!qs7(d11) && !rule4(d11))
                        fail(5, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (!qs38(d11) && !rule19(d11))
                        fail(6, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (typeof d11 === "object" && d11 !== null && !Array.isArray(d11)) {
                        const d12 = d11["instanceIdentifier"];
                        if (d12 !== undefined) {
                          if (!(d12.length === 36) && !rule6(d12))
                            fail(
                              7,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/instanceIdentifier",
                            );
                        }
                        const d13 = d11["scopeInformation"];
                        if (d13 !== undefined) {
                          if (Array.isArray(d13)) {
                            for (let i14 = 0; i14 < d13.length; i14++) {
                              const d15 = d13[i14];
                              if (typeof d15 === "object" && d15 !== null && !Array.isArray(d15)) {
                                const d16 = d15["expectedResponseDateTime"];
                                if (d16 !== undefined) {
                                  if (!qs15(d16) && !rule7(d16))
                                    fail(
                                      8,
                                      "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                        i10 +
                                        "/scopeInformation/" +
                                        i14 +
                                        "/expectedResponseDateTime",
                                    );
                                }
                              }
                            }
                          }
                        }
                        const d17 = d11["type"];
                        if (d17 !== undefined) {
                          if (!qs16(d17) && !rule8(d17))
                            fail(
                              9,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/type",
                            );
                        }
                      }
                    }
                  }
                }
              }
            }
            const d18 = d1["sender"];
            if (d18 !== undefined) {
              if (Array.isArray(d18)) {
                for (let i19 = 0; i19 < d18.length; i19++) {
                  const d20 = d18[i19];
                  if (typeof d20 === "object" && d20 !== null && !Array.isArray(d20)) {
                    const d21 = d20["identifier"];
                    if (d21 !== undefined) {
                      if (!qs17(d21) && !rule9(d21))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i19 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
            const d22 = d1["receiver"];
            if (d22 !== undefined) {
              if (Array.isArray(d22)) {
                for (let i23 = 0; i23 < d22.length; i23++) {
                  const d24 = d22[i23];
                  if (typeof d24 === "object" && d24 !== null && !Array.isArray(d24)) {
                    const d25 = d24["identifier"];
                    if (d25 !== undefined) {
                      if (!qs17(d25) && !rule9(d25))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i23 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
          }
        }
        const d26 = d0["utskrift"];
        if (d26 !== undefined) {
          if (typeof d26 === "object" && d26 !== null && !Array.isArray(d26)) {
            const d27 = d26["avsender"];
            if (d27 !== undefined) {
              if (typeof d27 === "object" && d27 !== null && !Array.isArray(d27)) {
                const d28 = d27["virksomhetsidentifikator"];
                if (d28 !== undefined) {
                  if (typeof d28 === "object" && d28 !== null && !Array.isArray(d28)) {
                    const d29 = d28["value"];
                    if (d29 !== undefined) {
                      if (!qs20(d29) && !rule10(d29))
                        fail(11, "/standardBusinessDocument/utskrift/avsender/virksomhetsidentifikator/value");
                    }
                  }
                }
              }
            }
            const d30 = d26["mottaker"];
            if (d30 !== undefined) {
              if (typeof d30 === "object" && d30 !== null && !Array.isArray(d30)) {
                const d31 = d30["virksomhetsidentifikator"];
                if (d31 !== undefined) {
                  if (typeof d31 === "object" && d31 !== null && !Array.isArray(d31)) {
                    const d32 = d31["value"];
                    if (d32 !== undefined) {
                      if (!qs20(d32) && !rule10(d32))
                        fail(11, "/standardBusinessDocument/utskrift/mottaker/virksomhetsidentifikator/value");
                    }
                  }
                }
              }
            }
            const d33 = d26["dokumentpakkefingeravtrykk"];
            if (d33 !== undefined) {
              if (!qs32(d33) && !rule15(d33)) fail(12, "/standardBusinessDocument/utskrift/dokumentpakkefingeravtrykk");
            }
            const d34 = d26["maskinportentoken"];
            if (d34 !== undefined) {
              if (!qs35(d34) && !rule16(d34)) fail(13, "/standardBusinessDocument/utskrift/maskinportentoken");
            }
          }
        }
      }
    }
  }
}

export function walk_flyttet(data, fail) {
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const d0 = data["standardBusinessDocument"];
    if (d0 !== undefined) {
      if (typeof d0 === "object" && d0 !== null && !Array.isArray(d0)) {
        const d1 = d0["standardBusinessDocumentHeader"];
        if (d1 !== undefined) {
          if (typeof d1 === "object" && d1 !== null && !Array.isArray(d1)) {
            const d2 = d1["documentIdentification"];
            if (d2 !== undefined) {
              if (typeof d2 === "object" && d2 !== null && !Array.isArray(d2)) {
                const d3 = d2["type"];
                if (d3 !== undefined) {
                  if (!qs41(d3) && !rule20(d3))
                    fail(0, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type");
                }
                const d4 = d2["standard"];
                if (d4 !== undefined) {
                  if (!qs42(d4) && !rule21(d4))
                    fail(1, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard");
                }
                const d5 = d2["typeVersion"];
                if (d5 !== undefined) {
                  if (!qs2(d5) && !rule2(d5))
                    fail(
                      3,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",
                    );
                }
                const d6 = d2["instanceIdentifier"];
                if (d6 !== undefined) {
                  if (!(d6.length === 36) && !rule6(d6))
                    fail(
                      7,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",
                    );
                }
              }
            }
            const d7 = d1["headerVersion"];
            if (d7 !== undefined) {
              if (!qs2(d7) && !rule2(d7))
                fail(2, "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion");
            }
            const d8 = d1["businessScope"];
            if (d8 !== undefined) {
              if (typeof d8 === "object" && d8 !== null && !Array.isArray(d8)) {
                const d9 = d8["scope"];
                if (d9 !== undefined) {
                  if (!qs3(d9) && !rule3(d9))
                    fail(4, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope");
                  if (Array.isArray(d9)) {
                    for (let i10 = 0; i10 < d9.length; i10++) {
                      const d11 = d9[i10];
                      if (!qs7(d11) && !rule4(d11))
                        fail(5, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (!qs43(d11) && !rule22(d11))
                        fail(6, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (typeof d11 === "object" && d11 !== null && !Array.isArray(d11)) {
                        const d12 = d11["instanceIdentifier"];
                        if (d12 !== undefined) {
                          if (!(d12.length === 36) && !rule6(d12))
                            fail(
                              7,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/instanceIdentifier",
                            );
                        }
                        const d13 = d11["scopeInformation"];
                        if (d13 !== undefined) {
                          if (Array.isArray(d13)) {
                            for (let i14 = 0; i14 < d13.length; i14++) {
                              const d15 = d13[i14];
                              if (typeof d15 === "object" && d15 !== null && !Array.isArray(d15)) {
                                const d16 = d15["expectedResponseDateTime"];
                                if (d16 !== undefined) {
                                  if (!qs15(d16) && !rule7(d16))
                                    fail(
                                      8,
                                      "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                        i10 +
                                        "/scopeInformation/" +
                                        i14 +
                                        "/expectedResponseDateTime",
                                    );
                                }
                              }
                            }
                          }
                        }
                        const d17 = d11["type"];
                        if (d17 !== undefined) {
                          if (!qs16(d17) && !rule8(d17))
                            fail(
                              9,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/type",
                            );
                        }
                      }
                    }
                  }
                }
              }
            }
            const d18 = d1["sender"];
            if (d18 !== undefined) {
              if (Array.isArray(d18)) {
                for (let i19 = 0; i19 < d18.length; i19++) {
                  const d20 = d18[i19];
                  if (typeof d20 === "object" && d20 !== null && !Array.isArray(d20)) {
                    const d21 = d20["identifier"];
                    if (d21 !== undefined) {
                      if (!qs17(d21) && !rule9(d21))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i19 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
            const d22 = d1["receiver"];
            if (d22 !== undefined) {
              if (Array.isArray(d22)) {
                for (let i23 = 0; i23 < d22.length; i23++) {
                  const d24 = d22[i23];
                  if (typeof d24 === "object" && d24 !== null && !Array.isArray(d24)) {
                    const d25 = d24["identifier"];
                    if (d25 !== undefined) {
                      if (!qs17(d25) && !rule9(d25))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i23 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
          }
        }
        const d26 = d0["flyttet"];
        if (d26 !== undefined) {
          if (!qs30(d26) && !rule14(d26)) fail(15, "/standardBusinessDocument/flyttet");
          if (typeof d26 === "object" && d26 !== null && !Array.isArray(d26)) {
            const d27 = d26["avsender"];
            if (d27 !== undefined) {
              if (typeof d27 === "object" && d27 !== null && !Array.isArray(d27)) {
                const d28 = d27["virksomhetsidentifikator"];
                if (d28 !== undefined) {
                  if (typeof d28 === "object" && d28 !== null && !Array.isArray(d28)) {
                    const d29 = d28["value"];
                    if (d29 !== undefined) {
                      if (!qs20(d29) && !rule10(d29))
                        fail(11, "/standardBusinessDocument/flyttet/avsender/virksomhetsidentifikator/value");
                    }
                  }
                }
              }
            }
            const d30 = d26["mottaker"];
            if (d30 !== undefined) {
              if (typeof d30 === "object" && d30 !== null && !Array.isArray(d30)) {
                const d31 = d30["virksomhetsidentifikator"];
                if (d31 !== undefined) {
                  if (typeof d31 === "object" && d31 !== null && !Array.isArray(d31)) {
                    const d32 = d31["value"];
                    if (d32 !== undefined) {
                      if (!qs20(d32) && !rule10(d32))
                        fail(11, "/standardBusinessDocument/flyttet/mottaker/virksomhetsidentifikator/value");
                    }
                  }
                }
              }
            }
            const d33 = d26["varsler"];
            if (d33 !== undefined) {
              if (!qs25(d33) && !rule12(d33)) fail(13, "/standardBusinessDocument/flyttet/varsler");
              if (typeof d33 === "object" && d33 !== null && !Array.isArray(d33)) {
                const d34 = d33["epostvarsel"];
                if (d34 !== undefined) {
                  if (typeof d34 === "object" && d34 !== null && !Array.isArray(d34)) {
                    const d35 = d34["repetisjoner"];
                    if (d35 !== undefined) {
                      if (!qs21(d35) && !rule11(d35))
                        fail(12, "/standardBusinessDocument/flyttet/varsler/epostvarsel/repetisjoner");
                    }
                  }
                }
                const d36 = d33["smsvarsel"];
                if (d36 !== undefined) {
                  if (typeof d36 === "object" && d36 !== null && !Array.isArray(d36)) {
                    const d37 = d36["repetisjoner"];
                    if (d37 !== undefined) {
                      if (!qs21(d37) && !rule11(d37))
                        fail(12, "/standardBusinessDocument/flyttet/varsler/smsvarsel/repetisjoner");
                    }
                  }
                }
              }
            }
            const d38 = d26["spraak"];
            if (d38 !== undefined) {
              if (!qs29(d38) && !rule13(d38)) fail(14, "/standardBusinessDocument/flyttet/spraak");
            }
            const d39 = d26["dokumentpakkefingeravtrykk"];
            if (d39 !== undefined) {
              if (!qs32(d39) && !rule15(d39)) fail(16, "/standardBusinessDocument/flyttet/dokumentpakkefingeravtrykk");
            }
            const d40 = d26["maskinportentoken"];
            if (d40 !== undefined) {
              if (!qs35(d40) && !rule16(d40)) fail(17, "/standardBusinessDocument/flyttet/maskinportentoken");
            }
          }
        }
      }
    }
  }
}

export function walk_feil(data, fail) {
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const d0 = data["standardBusinessDocument"];
    if (d0 !== undefined) {
      if (typeof d0 === "object" && d0 !== null && !Array.isArray(d0)) {
        const d1 = d0["standardBusinessDocumentHeader"];
        if (d1 !== undefined) {
          if (typeof d1 === "object" && d1 !== null && !Array.isArray(d1)) {
            const d2 = d1["documentIdentification"];
            if (d2 !== undefined) {
              if (typeof d2 === "object" && d2 !== null && !Array.isArray(d2)) {
                const d3 = d2["type"];
                if (d3 !== undefined) {
                  if (!qs46(d3) && !rule23(d3))
                    fail(0, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type");
                }
                const d4 = d2["standard"];
                if (d4 !== undefined) {
                  if (!qs47(d4) && !rule24(d4))
                    fail(1, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard");
                }
                const d5 = d2["typeVersion"];
                if (d5 !== undefined) {
                  if (!qs2(d5) && !rule2(d5))
                    fail(
                      3,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",
                    );
                }
                const d6 = d2["instanceIdentifier"];
                if (d6 !== undefined) {
                  if (!(d6.length === 36) && !rule6(d6))
                    fail(
                      7,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",
                    );
                }
              }
            }
            const d7 = d1["headerVersion"];
            if (d7 !== undefined) {
              if (!qs2(d7) && !rule2(d7))
                fail(2, "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion");
            }
            const d8 = d1["businessScope"];
            if (d8 !== undefined) {
              if (typeof d8 === "object" && d8 !== null && !Array.isArray(d8)) {
                const d9 = d8["scope"];
                if (d9 !== undefined) {
                  if (!qs3(d9) && !rule3(d9))
                    fail(4, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope");
                  if (Array.isArray(d9)) {
                    for (let i10 = 0; i10 < d9.length; i10++) {
                      const d11 = d9[i10];
                      if (!qs7(d11) && !rule4(d11))
                        fail(5, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (!qs7(d11) && !rule4(d11))
                        fail(6, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (typeof d11 === "object" && d11 !== null && !Array.isArray(d11)) {
                        const d12 = d11["instanceIdentifier"];
                        if (d12 !== undefined) {
                          if (!(d12.length === 36) && !rule6(d12))
                            fail(
                              7,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/instanceIdentifier",
                            );
                        }
                        const d13 = d11["scopeInformation"];
                        if (d13 !== undefined) {
                          if (Array.isArray(d13)) {
                            for (let i14 = 0; i14 < d13.length; i14++) {
                              const d15 = d13[i14];
                              if (typeof d15 === "object" && d15 !== null && !Array.isArray(d15)) {
                                const d16 = d15["expectedResponseDateTime"];
                                if (d16 !== undefined) {
                                  if (!qs15(d16) && !rule7(d16))
                                    fail(
                                      8,
                                      "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                        i10 +
                                        "/scopeInformation/" +
                                        i14 +
                                        "/expectedResponseDateTime",
                                    );
                                }
                              }
                            }
                          }
                        }
                        const d17 = d11["type"];
                        if (d17 !== undefined) {
                          if (!qs16(d17) && !rule8(d17))
                            fail(
                              9,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/type",
                            );
                        }
                      }
                    }
                  }
                }
              }
            }
            const d18 = d1["sender"];
            if (d18 !== undefined) {
              if (Array.isArray(d18)) {
                for (let i19 = 0; i19 < d18.length; i19++) {
                  const d20 = d18[i19];
                  if (typeof d20 === "object" && d20 !== null && !Array.isArray(d20)) {
                    const d21 = d20["identifier"];
                    if (d21 !== undefined) {
                      if (!qs17(d21) && !rule9(d21))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i19 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
            const d22 = d1["receiver"];
            if (d22 !== undefined) {
              if (Array.isArray(d22)) {
                for (let i23 = 0; i23 < d22.length; i23++) {
                  const d24 = d22[i23];
                  if (typeof d24 === "object" && d24 !== null && !Array.isArray(d24)) {
                    const d25 = d24["identifier"];
                    if (d25 !== undefined) {
                      if (!qs17(d25) && !rule9(d25))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i23 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
          }
        }
        const d26 = d0["feil"];
        if (d26 !== undefined) {
          if (typeof d26 === "object" && d26 !== null && !Array.isArray(d26)) {
            const d27 = d26["avsender"];
            if (d27 !== undefined) {
              if (typeof d27 === "object" && d27 !== null && !Array.isArray(d27)) {
                const d28 = d27["virksomhetsidentifikator"];
                if (d28 !== undefined) {
                  if (typeof d28 === "object" && d28 !== null && !Array.isArray(d28)) {
                    const d29 = d28["value"];
                    if (d29 !== undefined) {
                      if (!qs20(d29) && !rule10(d29))
                        fail(11, "/standardBusinessDocument/feil/avsender/virksomhetsidentifikator/value");
                    }
                  }
                }
              }
            }
            const d30 = d26["mottaker"];
            if (d30 !== undefined) {
              if (!qs48(d30) && !rule25(d30)) fail(12, "/standardBusinessDocument/feil/mottaker");
              if (typeof d30 === "object" && d30 !== null && !Array.isArray(d30)) {
                const d31 = d30["virksomhetsidentifikator"];
                if (d31 !== undefined) {
                  if (typeof d31 === "object" && d31 !== null && !Array.isArray(d31)) {
                    const d32 = d31["value"];
                    if (d32 !== undefined) {
                      if (!qs20(d32) && !rule10(d32))
                        fail(11, "/standardBusinessDocument/feil/mottaker/virksomhetsidentifikator/value");
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

export function walk_leveringskvittering(data, fail) {
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const d0 = data["standardBusinessDocument"];
    if (d0 !== undefined) {
      if (typeof d0 === "object" && d0 !== null && !Array.isArray(d0)) {
        const d1 = d0["standardBusinessDocumentHeader"];
        if (d1 !== undefined) {
          if (typeof d1 === "object" && d1 !== null && !Array.isArray(d1)) {
            const d2 = d1["documentIdentification"];
            if (d2 !== undefined) {
              if (typeof d2 === "object" && d2 !== null && !Array.isArray(d2)) {
                const d3 = d2["type"];
                if (d3 !== undefined) {
                  if (!qs52(d3) && !rule26(d3))
                    fail(0, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type");
                }
                const d4 = d2["standard"];
                if (d4 !== undefined) {
                  if (!qs53(d4) && !rule27(d4))
                    fail(1, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard");
                }
                const d5 = d2["typeVersion"];
                if (d5 !== undefined) {
                  if (!qs2(d5) && !rule2(d5))
                    fail(
                      3,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",
                    );
                }
                const d6 = d2["instanceIdentifier"];
                if (d6 !== undefined) {
                  if (!(d6.length === 36) && !rule6(d6))
                    fail(
                      7,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",
                    );
                }
              }
            }
            const d7 = d1["headerVersion"];
            if (d7 !== undefined) {
              if (!qs2(d7) && !rule2(d7))
                fail(2, "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion");
            }
            const d8 = d1["businessScope"];
            if (d8 !== undefined) {
              if (typeof d8 === "object" && d8 !== null && !Array.isArray(d8)) {
                const d9 = d8["scope"];
                if (d9 !== undefined) {
                  if (!qs3(d9) && !rule3(d9))
                    fail(4, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope");
                  if (Array.isArray(d9)) {
                    for (let i10 = 0; i10 < d9.length; i10++) {
                      const d11 = d9[i10];
                      if (!qs7(d11) && !rule4(d11))
                        fail(5, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (!qs7(d11) && !rule4(d11))
                        fail(6, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (typeof d11 === "object" && d11 !== null && !Array.isArray(d11)) {
                        const d12 = d11["instanceIdentifier"];
                        if (d12 !== undefined) {
                          if (!(d12.length === 36) && !rule6(d12))
                            fail(
                              7,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/instanceIdentifier",
                            );
                        }
                        const d13 = d11["scopeInformation"];
                        if (d13 !== undefined) {
                          if (Array.isArray(d13)) {
                            for (let i14 = 0; i14 < d13.length; i14++) {
                              const d15 = d13[i14];
                              if (typeof d15 === "object" && d15 !== null && !Array.isArray(d15)) {
                                const d16 = d15["expectedResponseDateTime"];
                                if (d16 !== undefined) {
                                  if (!qs15(d16) && !rule7(d16))
                                    fail(
                                      8,
                                      "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                        i10 +
                                        "/scopeInformation/" +
                                        i14 +
                                        "/expectedResponseDateTime",
                                    );
                                }
                              }
                            }
                          }
                        }
                        const d17 = d11["type"];
                        if (d17 !== undefined) {
                          if (!qs16(d17) && !rule8(d17))
                            fail(
                              9,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/type",
                            );
                        }
                      }
                    }
                  }
                }
              }
            }
            const d18 = d1["sender"];
            if (d18 !== undefined) {
              if (Array.isArray(d18)) {
                for (let i19 = 0; i19 < d18.length; i19++) {
                  const d20 = d18[i19];
                  if (typeof d20 === "object" && d20 !== null && !Array.isArray(d20)) {
                    const d21 = d20["identifier"];
                    if (d21 !== undefined) {
                      if (!qs17(d21) && !rule9(d21))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i19 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
            const d22 = d1["receiver"];
            if (d22 !== undefined) {
              if (Array.isArray(d22)) {
                for (let i23 = 0; i23 < d22.length; i23++) {
                  const d24 = d22[i23];
                  if (typeof d24 === "object" && d24 !== null && !Array.isArray(d24)) {
                    const d25 = d24["identifier"];
                    if (d25 !== undefined) {
                      if (!qs17(d25) && !rule9(d25))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i23 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
          }
        }
        const d26 = d0["leveringskvittering"];
        if (d26 !== undefined) {
          if (typeof d26 === "object" && d26 !== null && !Array.isArray(d26)) {
            const d27 = d26["avsender"];
            if (d27 !== undefined) {
              if (typeof d27 === "object" && d27 !== null && !Array.isArray(d27)) {
                const d28 = d27["virksomhetsidentifikator"];
                if (d28 !== undefined) {
                  if (typeof d28 === "object" && d28 !== null && !Array.isArray(d28)) {
                    const d29 = d28["value"];
                    if (d29 !== undefined) {
                      if (!qs20(d29) && !rule10(d29))
                        fail(
                          11,
                          "/standardBusinessDocument/leveringskvittering/avsender/virksomhetsidentifikator/value",
                        );
                    }
                  }
                }
              }
            }
            const d30 = d26["mottaker"];
            if (d30 !== undefined) {
              if (!qs48(d30) && !rule25(d30)) fail(12, "/standardBusinessDocument/leveringskvittering/mottaker");
              if (typeof d30 === "object" && d30 !== null && !Array.isArray(d30)) {
                const d31 = d30["virksomhetsidentifikator"];
                if (d31 !== undefined) {
                  if (typeof d31 === "object" && d31 !== null && !Array.isArray(d31)) {
                    const d32 = d31["value"];
                    if (d32 !== undefined) {
                      if (!qs20(d32) && !rule10(d32))
                        fail(
                          11,
                          "/standardBusinessDocument/leveringskvittering/mottaker/virksomhetsidentifikator/value",
                        );
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

export function walk_aapningskvittering(data, fail) {
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const d0 = data["standardBusinessDocument"];
    if (d0 !== undefined) {
      if (typeof d0 === "object" && d0 !== null && !Array.isArray(d0)) {
        const d1 = d0["standardBusinessDocumentHeader"];
        if (d1 !== undefined) {
          if (typeof d1 === "object" && d1 !== null && !Array.isArray(d1)) {
            const d2 = d1["documentIdentification"];
            if (d2 !== undefined) {
              if (typeof d2 === "object" && d2 !== null && !Array.isArray(d2)) {
                const d3 = d2["type"];
                if (d3 !== undefined) {
                  if (!qs54(d3) && !rule28(d3))
                    fail(0, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type");
                }
                const d4 = d2["standard"];
                if (d4 !== undefined) {
                  if (!qs55(d4) && !rule29(d4))
                    fail(1, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard");
                }
                const d5 = d2["typeVersion"];
                if (d5 !== undefined) {
                  if (!qs2(d5) && !rule2(d5))
                    fail(
                      3,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",
                    );
                }
                const d6 = d2["instanceIdentifier"];
                if (d6 !== undefined) {
                  if (!(d6.length === 36) && !rule6(d6))
                    fail(
                      7,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",
                    );
                }
              }
            }
            const d7 = d1["headerVersion"];
            if (d7 !== undefined) {
              if (!qs2(d7) && !rule2(d7))
                fail(2, "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion");
            }
            const d8 = d1["businessScope"];
            if (d8 !== undefined) {
              if (typeof d8 === "object" && d8 !== null && !Array.isArray(d8)) {
                const d9 = d8["scope"];
                if (d9 !== undefined) {
                  if (!qs3(d9) && !rule3(d9))
                    fail(4, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope");
                  if (Array.isArray(d9)) {
                    for (let i10 = 0; i10 < d9.length; i10++) {
                      const d11 = d9[i10];
                      if (!qs7(d11) && !rule4(d11))
                        fail(5, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (!qs56(d11) && !rule30(d11))
                        fail(6, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (typeof d11 === "object" && d11 !== null && !Array.isArray(d11)) {
                        const d12 = d11["instanceIdentifier"];
                        if (d12 !== undefined) {
                          if (!(d12.length === 36) && !rule6(d12))
                            fail(
                              7,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/instanceIdentifier",
                            );
                        }
                        const d13 = d11["scopeInformation"];
                        if (d13 !== undefined) {
                          if (Array.isArray(d13)) {
                            for (let i14 = 0; i14 < d13.length; i14++) {
                              const d15 = d13[i14];
                              if (typeof d15 === "object" && d15 !== null && !Array.isArray(d15)) {
                                const d16 = d15["expectedResponseDateTime"];
                                if (d16 !== undefined) {
                                  if (!qs15(d16) && !rule7(d16))
                                    fail(
                                      8,
                                      "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                        i10 +
                                        "/scopeInformation/" +
                                        i14 +
                                        "/expectedResponseDateTime",
                                    );
                                }
                              }
                            }
                          }
                        }
                        const d17 = d11["type"];
                        if (d17 !== undefined) {
                          if (!qs16(d17) && !rule8(d17))
                            fail(
                              9,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/type",
                            );
                        }
                      }
                    }
                  }
                }
              }
            }
            const d18 = d1["sender"];
            if (d18 !== undefined) {
              if (Array.isArray(d18)) {
                for (let i19 = 0; i19 < d18.length; i19++) {
                  const d20 = d18[i19];
                  if (typeof d20 === "object" && d20 !== null && !Array.isArray(d20)) {
                    const d21 = d20["identifier"];
                    if (d21 !== undefined) {
                      if (!qs17(d21) && !rule9(d21))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i19 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
            const d22 = d1["receiver"];
            if (d22 !== undefined) {
              if (Array.isArray(d22)) {
                for (let i23 = 0; i23 < d22.length; i23++) {
                  const d24 = d22[i23];
                  if (typeof d24 === "object" && d24 !== null && !Array.isArray(d24)) {
                    const d25 = d24["identifier"];
                    if (d25 !== undefined) {
                      if (!qs17(d25) && !rule9(d25))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i23 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
          }
        }
        const d26 = d0["aapningskvittering"];
        if (d26 !== undefined) {
          if (typeof d26 === "object" && d26 !== null && !Array.isArray(d26)) {
            const d27 = d26["avsender"];
            if (d27 !== undefined) {
              if (typeof d27 === "object" && d27 !== null && !Array.isArray(d27)) {
                const d28 = d27["virksomhetsidentifikator"];
                if (d28 !== undefined) {
                  if (typeof d28 === "object" && d28 !== null && !Array.isArray(d28)) {
                    const d29 = d28["value"];
                    if (d29 !== undefined) {
                      if (!qs20(d29) && !rule10(d29))
                        fail(
                          11,
                          "/standardBusinessDocument/aapningskvittering/avsender/virksomhetsidentifikator/value",
                        );
                    }
                  }
                }
              }
            }
            const d30 = d26["mottaker"];
            if (d30 !== undefined) {
              if (!qs48(d30) && !rule25(d30)) fail(12, "/standardBusinessDocument/aapningskvittering/mottaker");
              if (typeof d30 === "object" && d30 !== null && !Array.isArray(d30)) {
                const d31 = d30["virksomhetsidentifikator"];
                if (d31 !== undefined) {
                  if (typeof d31 === "object" && d31 !== null && !Array.isArray(d31)) {
                    const d32 = d31["value"];
                    if (d32 !== undefined) {
                      if (!qs20(d32) && !rule10(d32))
                        fail(
                          11,
                          "/standardBusinessDocument/aapningskvittering/mottaker/virksomhetsidentifikator/value",
                        );
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

export function walk_varslingfeiletkvittering(data, fail) {
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const d0 = data["standardBusinessDocument"];
    if (d0 !== undefined) {
      if (typeof d0 === "object" && d0 !== null && !Array.isArray(d0)) {
        const d1 = d0["standardBusinessDocumentHeader"];
        if (d1 !== undefined) {
          if (typeof d1 === "object" && d1 !== null && !Array.isArray(d1)) {
            const d2 = d1["documentIdentification"];
            if (d2 !== undefined) {
              if (typeof d2 === "object" && d2 !== null && !Array.isArray(d2)) {
                const d3 = d2["type"];
                if (d3 !== undefined) {
                  if (!qs59(d3) && !rule31(d3))
                    fail(0, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type");
                }
                const d4 = d2["standard"];
                if (d4 !== undefined) {
                  if (!qs60(d4) && !rule32(d4))
                    fail(1, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard");
                }
                const d5 = d2["typeVersion"];
                if (d5 !== undefined) {
                  if (!qs2(d5) && !rule2(d5))
                    fail(
                      3,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",
                    );
                }
                const d6 = d2["instanceIdentifier"];
                if (d6 !== undefined) {
                  if (!(d6.length === 36) && !rule6(d6))
                    fail(
                      7,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",
                    );
                }
              }
            }
            const d7 = d1["headerVersion"];
            if (d7 !== undefined) {
              if (!qs2(d7) && !rule2(d7))
                fail(2, "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion");
            }
            const d8 = d1["businessScope"];
            if (d8 !== undefined) {
              if (typeof d8 === "object" && d8 !== null && !Array.isArray(d8)) {
                const d9 = d8["scope"];
                if (d9 !== undefined) {
                  if (!qs3(d9) && !rule3(d9))
                    fail(4, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope");
                  if (Array.isArray(d9)) {
                    for (let i10 = 0; i10 < d9.length; i10++) {
                      const d11 = d9[i10];
                      if (!qs7(d11) && !rule4(d11))
                        fail(5, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (!qs56(d11) && !rule30(d11))
                        fail(6, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (typeof d11 === "object" && d11 !== null && !Array.isArray(d11)) {
                        const d12 = d11["instanceIdentifier"];
                        if (d12 !== undefined) {
                          if (!(d12.length === 36) && !rule6(d12))
                            fail(
                              7,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/instanceIdentifier",
                            );
                        }
                        const d13 = d11["scopeInformation"];
                        if (d13 !== undefined) {
                          if (Array.isArray(d13)) {
                            for (let i14 = 0; i14 < d13.length; i14++) {
                              const d15 = d13[i14];
                              if (typeof d15 === "object" && d15 !== null && !Array.isArray(d15)) {
                                const d16 = d15["expectedResponseDateTime"];
                                if (d16 !== undefined) {
                                  if (!qs15(d16) && !rule7(d16))
                                    fail(
                                      8,
                                      "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                        i10 +
                                        "/scopeInformation/" +
                                        i14 +
                                        "/expectedResponseDateTime",
                                    );
                                }
                              }
                            }
                          }
                        }
                        const d17 = d11["type"];
                        if (d17 !== undefined) {
                          if (!qs16(d17) && !rule8(d17))
                            fail(
                              9,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/type",
                            );
                        }
                      }
                    }
                  }
                }
              }
            }
            const d18 = d1["sender"];
            if (d18 !== undefined) {
              if (Array.isArray(d18)) {
                for (let i19 = 0; i19 < d18.length; i19++) {
                  const d20 = d18[i19];
                  if (typeof d20 === "object" && d20 !== null && !Array.isArray(d20)) {
                    const d21 = d20["identifier"];
                    if (d21 !== undefined) {
                      if (!qs17(d21) && !rule9(d21))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i19 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
            const d22 = d1["receiver"];
            if (d22 !== undefined) {
              if (Array.isArray(d22)) {
                for (let i23 = 0; i23 < d22.length; i23++) {
                  const d24 = d22[i23];
                  if (typeof d24 === "object" && d24 !== null && !Array.isArray(d24)) {
                    const d25 = d24["identifier"];
                    if (d25 !== undefined) {
                      if (!qs17(d25) && !rule9(d25))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i23 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
          }
        }
        const d26 = d0["varslingfeiletkvittering"];
        if (d26 !== undefined) {
          if (typeof d26 === "object" && d26 !== null && !Array.isArray(d26)) {
            const d27 = d26["avsender"];
            if (d27 !== undefined) {
              if (typeof d27 === "object" && d27 !== null && !Array.isArray(d27)) {
                const d28 = d27["virksomhetsidentifikator"];
                if (d28 !== undefined) {
                  if (typeof d28 === "object" && d28 !== null && !Array.isArray(d28)) {
                    const d29 = d28["value"];
                    if (d29 !== undefined) {
                      if (!qs20(d29) && !rule10(d29))
                        fail(
                          11,
                          "/standardBusinessDocument/varslingfeiletkvittering/avsender/virksomhetsidentifikator/value",
                        );
                    }
                  }
                }
              }
            }
            const d30 = d26["mottaker"];
            if (d30 !== undefined) {
              if (!qs48(d30) && !rule25(d30)) fail(12, "/standardBusinessDocument/varslingfeiletkvittering/mottaker");
              if (typeof d30 === "object" && d30 !== null && !Array.isArray(d30)) {
                const d31 = d30["virksomhetsidentifikator"];
                if (d31 !== undefined) {
                  if (typeof d31 === "object" && d31 !== null && !Array.isArray(d31)) {
                    const d32 = d31["value"];
                    if (d32 !== undefined) {
                      if (!qs20(d32) && !rule10(d32))
                        fail(
                          11,
                          "/standardBusinessDocument/varslingfeiletkvittering/mottaker/virksomhetsidentifikator/value",
                        );
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

export function walk_mottakskvittering(data, fail) {
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const d0 = data["standardBusinessDocument"];
    if (d0 !== undefined) {
      if (typeof d0 === "object" && d0 !== null && !Array.isArray(d0)) {
        const d1 = d0["standardBusinessDocumentHeader"];
        if (d1 !== undefined) {
          if (typeof d1 === "object" && d1 !== null && !Array.isArray(d1)) {
            const d2 = d1["documentIdentification"];
            if (d2 !== undefined) {
              if (typeof d2 === "object" && d2 !== null && !Array.isArray(d2)) {
                const d3 = d2["type"];
                if (d3 !== undefined) {
                  if (!qs61(d3) && !rule33(d3))
                    fail(0, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type");
                }
                const d4 = d2["standard"];
                if (d4 !== undefined) {
                  if (!qs62(d4) && !rule34(d4))
                    fail(1, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard");
                }
                const d5 = d2["typeVersion"];
                if (d5 !== undefined) {
                  if (!qs2(d5) && !rule2(d5))
                    fail(
                      3,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",
                    );
                }
                const d6 = d2["instanceIdentifier"];
                if (d6 !== undefined) {
                  if (!(d6.length === 36) && !rule6(d6))
                    fail(
                      7,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",
                    );
                }
              }
            }
            const d7 = d1["headerVersion"];
            if (d7 !== undefined) {
              if (!qs2(d7) && !rule2(d7))
                fail(2, "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion");
            }
            const d8 = d1["businessScope"];
            if (d8 !== undefined) {
              if (typeof d8 === "object" && d8 !== null && !Array.isArray(d8)) {
                const d9 = d8["scope"];
                if (d9 !== undefined) {
                  if (!qs3(d9) && !rule3(d9))
                    fail(4, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope");
                  if (Array.isArray(d9)) {
                    for (let i10 = 0; i10 < d9.length; i10++) {
                      const d11 = d9[i10];
                      if (!qs7(d11) && !rule4(d11))
                        fail(5, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (!qs63(d11) && !rule35(d11))
                        fail(6, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (typeof d11 === "object" && d11 !== null && !Array.isArray(d11)) {
                        const d12 = d11["instanceIdentifier"];
                        if (d12 !== undefined) {
                          if (!(d12.length === 36) && !rule6(d12))
                            fail(
                              7,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/instanceIdentifier",
                            );
                        }
                        const d13 = d11["scopeInformation"];
                        if (d13 !== undefined) {
                          if (Array.isArray(d13)) {
                            for (let i14 = 0; i14 < d13.length; i14++) {
                              const d15 = d13[i14];
                              if (typeof d15 === "object" && d15 !== null && !Array.isArray(d15)) {
                                const d16 = d15["expectedResponseDateTime"];
                                if (d16 !== undefined) {
                                  if (!qs15(d16) && !rule7(d16))
                                    fail(
                                      8,
                                      "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                        i10 +
                                        "/scopeInformation/" +
                                        i14 +
                                        "/expectedResponseDateTime",
                                    );
                                }
                              }
                            }
                          }
                        }
                        const d17 = d11["type"];
                        if (d17 !== undefined) {
                          if (!qs16(d17) && !rule8(d17))
                            fail(
                              9,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/type",
                            );
                        }
                      }
                    }
                  }
                }
              }
            }
            const d18 = d1["sender"];
            if (d18 !== undefined) {
              if (Array.isArray(d18)) {
                for (let i19 = 0; i19 < d18.length; i19++) {
                  const d20 = d18[i19];
                  if (typeof d20 === "object" && d20 !== null && !Array.isArray(d20)) {
                    const d21 = d20["identifier"];
                    if (d21 !== undefined) {
                      if (!qs17(d21) && !rule9(d21))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i19 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
            const d22 = d1["receiver"];
            if (d22 !== undefined) {
              if (Array.isArray(d22)) {
                for (let i23 = 0; i23 < d22.length; i23++) {
                  const d24 = d22[i23];
                  if (typeof d24 === "object" && d24 !== null && !Array.isArray(d24)) {
                    const d25 = d24["identifier"];
                    if (d25 !== undefined) {
                      if (!qs17(d25) && !rule9(d25))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i23 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
          }
        }
        const d26 = d0["mottakskvittering"];
        if (d26 !== undefined) {
          if (typeof d26 === "object" && d26 !== null && !Array.isArray(d26)) {
            const d27 = d26["avsender"];
            if (d27 !== undefined) {
              if (typeof d27 === "object" && d27 !== null && !Array.isArray(d27)) {
                const d28 = d27["virksomhetsidentifikator"];
                if (d28 !== undefined) {
                  if (typeof d28 === "object" && d28 !== null && !Array.isArray(d28)) {
                    const d29 = d28["value"];
                    if (d29 !== undefined) {
                      if (!qs20(d29) && !rule10(d29))
                        fail(11, "/standardBusinessDocument/mottakskvittering/avsender/virksomhetsidentifikator/value");
                    }
                  }
                }
              }
            }
            const d30 = d26["mottaker"];
            if (d30 !== undefined) {
              if (!qs48(d30) && !rule25(d30)) fail(12, "/standardBusinessDocument/mottakskvittering/mottaker");
              if (typeof d30 === "object" && d30 !== null && !Array.isArray(d30)) {
                const d31 = d30["virksomhetsidentifikator"];
                if (d31 !== undefined) {
                  if (typeof d31 === "object" && d31 !== null && !Array.isArray(d31)) {
                    const d32 = d31["value"];
                    if (d32 !== undefined) {
                      if (!qs20(d32) && !rule10(d32))
                        fail(11, "/standardBusinessDocument/mottakskvittering/mottaker/virksomhetsidentifikator/value");
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

export function walk_returpostkvittering(data, fail) {
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const d0 = data["standardBusinessDocument"];
    if (d0 !== undefined) {
      if (typeof d0 === "object" && d0 !== null && !Array.isArray(d0)) {
        const d1 = d0["standardBusinessDocumentHeader"];
        if (d1 !== undefined) {
          if (typeof d1 === "object" && d1 !== null && !Array.isArray(d1)) {
            const d2 = d1["documentIdentification"];
            if (d2 !== undefined) {
              if (typeof d2 === "object" && d2 !== null && !Array.isArray(d2)) {
                const d3 = d2["type"];
                if (d3 !== undefined) {
                  if (!qs66(d3) && !rule36(d3))
                    fail(0, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type");
                }
                const d4 = d2["standard"];
                if (d4 !== undefined) {
                  if (!qs67(d4) && !rule37(d4))
                    fail(1, "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard");
                }
                const d5 = d2["typeVersion"];
                if (d5 !== undefined) {
                  if (!qs2(d5) && !rule2(d5))
                    fail(
                      3,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",
                    );
                }
                const d6 = d2["instanceIdentifier"];
                if (d6 !== undefined) {
                  if (!(d6.length === 36) && !rule6(d6))
                    fail(
                      7,
                      "/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",
                    );
                }
              }
            }
            const d7 = d1["headerVersion"];
            if (d7 !== undefined) {
              if (!qs2(d7) && !rule2(d7))
                fail(2, "/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion");
            }
            const d8 = d1["businessScope"];
            if (d8 !== undefined) {
              if (typeof d8 === "object" && d8 !== null && !Array.isArray(d8)) {
                const d9 = d8["scope"];
                if (d9 !== undefined) {
                  if (!qs3(d9) && !rule3(d9))
                    fail(4, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope");
                  if (Array.isArray(d9)) {
                    for (let i10 = 0; i10 < d9.length; i10++) {
                      const d11 = d9[i10];
                      if (!qs7(d11) && !rule4(d11))
                        fail(5, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (!qs63(d11) && !rule35(d11))
                        fail(6, "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i10);
                      if (typeof d11 === "object" && d11 !== null && !Array.isArray(d11)) {
                        const d12 = d11["instanceIdentifier"];
                        if (d12 !== undefined) {
                          if (!(d12.length === 36) && !rule6(d12))
                            fail(
                              7,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/instanceIdentifier",
                            );
                        }
                        const d13 = d11["scopeInformation"];
                        if (d13 !== undefined) {
                          if (Array.isArray(d13)) {
                            for (let i14 = 0; i14 < d13.length; i14++) {
                              const d15 = d13[i14];
                              if (typeof d15 === "object" && d15 !== null && !Array.isArray(d15)) {
                                const d16 = d15["expectedResponseDateTime"];
                                if (d16 !== undefined) {
                                  if (!qs15(d16) && !rule7(d16))
                                    fail(
                                      8,
                                      "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                        i10 +
                                        "/scopeInformation/" +
                                        i14 +
                                        "/expectedResponseDateTime",
                                    );
                                }
                              }
                            }
                          }
                        }
                        const d17 = d11["type"];
                        if (d17 !== undefined) {
                          if (!qs16(d17) && !rule8(d17))
                            fail(
                              9,
                              "/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" +
                                i10 +
                                "/type",
                            );
                        }
                      }
                    }
                  }
                }
              }
            }
            const d18 = d1["sender"];
            if (d18 !== undefined) {
              if (Array.isArray(d18)) {
                for (let i19 = 0; i19 < d18.length; i19++) {
                  const d20 = d18[i19];
                  if (typeof d20 === "object" && d20 !== null && !Array.isArray(d20)) {
                    const d21 = d20["identifier"];
                    if (d21 !== undefined) {
                      if (!qs17(d21) && !rule9(d21))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i19 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
            const d22 = d1["receiver"];
            if (d22 !== undefined) {
              if (Array.isArray(d22)) {
                for (let i23 = 0; i23 < d22.length; i23++) {
                  const d24 = d22[i23];
                  if (typeof d24 === "object" && d24 !== null && !Array.isArray(d24)) {
                    const d25 = d24["identifier"];
                    if (d25 !== undefined) {
                      if (!qs17(d25) && !rule9(d25))
                        fail(
                          10,
                          "/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i23 + "/identifier",
                        );
                    }
                  }
                }
              }
            }
          }
        }
        const d26 = d0["returpostkvittering"];
        if (d26 !== undefined) {
          if (typeof d26 === "object" && d26 !== null && !Array.isArray(d26)) {
            const d27 = d26["avsender"];
            if (d27 !== undefined) {
              if (typeof d27 === "object" && d27 !== null && !Array.isArray(d27)) {
                const d28 = d27["virksomhetsidentifikator"];
                if (d28 !== undefined) {
                  if (typeof d28 === "object" && d28 !== null && !Array.isArray(d28)) {
                    const d29 = d28["value"];
                    if (d29 !== undefined) {
                      if (!qs20(d29) && !rule10(d29))
                        fail(
                          11,
                          "/standardBusinessDocument/returpostkvittering/avsender/virksomhetsidentifikator/value",
                        );
                    }
                  }
                }
              }
            }
            const d30 = d26["mottaker"];
            if (d30 !== undefined) {
              if (!qs48(d30) && !rule25(d30)) fail(12, "/standardBusinessDocument/returpostkvittering/mottaker");
              if (typeof d30 === "object" && d30 !== null && !Array.isArray(d30)) {
                const d31 = d30["virksomhetsidentifikator"];
                if (d31 !== undefined) {
                  if (typeof d31 === "object" && d31 !== null && !Array.isArray(d31)) {
                    const d32 = d31["value"];
                    if (d32 !== undefined) {
                      if (!qs20(d32) && !rule10(d32))
                        fail(
                          11,
                          "/standardBusinessDocument/returpostkvittering/mottaker/virksomhetsidentifikator/value",
                        );
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

/** Per message type: runs every check of strictRuleChecks[type] where it applies; fail(index, pointer) for each failure; for wire-valid messages only. */
export const strictRuleWalkers = {
  digital: walk_digital,
  utskrift: walk_utskrift,
  flyttet: walk_flyttet,
  feil: walk_feil,
  leveringskvittering: walk_leveringskvittering,
  aapningskvittering: walk_aapningskvittering,
  varslingfeiletkvittering: walk_varslingfeiletkvittering,
  mottakskvittering: walk_mottakskvittering,
  returpostkvittering: walk_returpostkvittering,
};
