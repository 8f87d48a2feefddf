// generated — do not edit.
// Source: schemas/common/sbdh.schema.json, schemas/dpi/aapningskvittering.schema.json, schemas/dpi/commons.schema.json, schemas/dpi/digital.schema.json, schemas/dpi/feil.schema.json, schemas/dpi/flyttet.schema.json, schemas/dpi/leveringskvittering.schema.json, schemas/dpi/mottakskvittering.schema.json, schemas/dpi/returpostkvittering.schema.json, schemas/dpi/utskrift.schema.json, schemas/dpi/varslingfeiletkvittering.schema.json
// Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.
// Precompiled ajv standalone validators (all errors). No schema compilation at run time.
// @ts-nocheck -- ajv's emitted code is checked by ajv, not by tsc; the exports below are typed.
import type { CompiledValidator } from "../support/compiled-validator.js";
import { fullFormats } from "../support/formats.js";
import { ucs2length } from "../support/ucs2length.js";
function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/actor" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.identifier === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "identifier")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.identifier !== undefined){
let data0 = data.identifier;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.authority === undefined){
const err2 = {instancePath:instancePath+"/identifier",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/identifier/required",keyword:"required",params:{missingProperty: "authority"},message:"must have required property '"+"authority"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.value === undefined){
const err3 = {instancePath:instancePath+"/identifier",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/identifier/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "authority") || (key1 === "value"))){
const err4 = {instancePath:instancePath+"/identifier",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.authority !== undefined){
if(typeof data0.authority !== "string"){
const err5 = {instancePath:instancePath+"/identifier/authority",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/identifier/properties/authority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.value !== undefined){
if(typeof data0.value !== "string"){
const err6 = {instancePath:instancePath+"/identifier/value",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/identifier/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/identifier",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/identifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}




const formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/scope" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "type") || (key0 === "instanceIdentifier")) || (key0 === "identifier")) || (key0 === "scopeInformation"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.instanceIdentifier !== undefined){
let data1 = data.instanceIdentifier;
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
const err3 = {instancePath:instancePath+"/instanceIdentifier",schemaPath:"#/properties/instanceIdentifier/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/instanceIdentifier",schemaPath:"#/properties/instanceIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.identifier !== undefined){
if(typeof data.identifier !== "string"){
const err5 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.scopeInformation !== undefined){
let data3 = data.scopeInformation;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(key1 === "expectedResponseDateTime")){
const err6 = {instancePath:instancePath+"/scopeInformation/" + i0,schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/scopeInformation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data4.expectedResponseDateTime !== undefined){
if(typeof data4.expectedResponseDateTime !== "string"){
const err7 = {instancePath:instancePath+"/scopeInformation/" + i0+"/expectedResponseDateTime",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/scopeInformation/properties/expectedResponseDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/scopeInformation/" + i0,schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/scopeInformation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/scopeInformation",schemaPath:"#/properties/scopeInformation/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/businessScope" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scope === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "scope")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.scope !== undefined){
let data0 = data.scope;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate15(data0[i0], {instancePath:instancePath+"/scope/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const formats2 = fullFormats["date-time"];

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/standardBusinessDocumentHeader" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.businessScope === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "businessScope"},message:"must have required property '"+"businessScope"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.documentIdentification === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "documentIdentification"},message:"must have required property '"+"documentIdentification"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.headerVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headerVersion"},message:"must have required property '"+"headerVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.receiver === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "receiver"},message:"must have required property '"+"receiver"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sender === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sender"},message:"must have required property '"+"sender"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "headerVersion") || (key0 === "sender")) || (key0 === "receiver")) || (key0 === "documentIdentification")) || (key0 === "businessScope"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.headerVersion !== undefined){
if(typeof data.headerVersion !== "string"){
const err6 = {instancePath:instancePath+"/headerVersion",schemaPath:"#/properties/headerVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.sender !== undefined){
let data1 = data.sender;
if(Array.isArray(data1)){
if(data1.length > 1){
const err7 = {instancePath:instancePath+"/sender",schemaPath:"#/properties/sender/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/sender",schemaPath:"#/properties/sender/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data1[i0], {instancePath:instancePath+"/sender/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/sender",schemaPath:"#/properties/sender/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.receiver !== undefined){
let data3 = data.receiver;
if(Array.isArray(data3)){
if(data3.length > 1){
const err10 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate11(data3[i1], {instancePath:instancePath+"/receiver/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath:instancePath+"/receiver",schemaPath:"#/properties/receiver/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.documentIdentification !== undefined){
let data5 = data.documentIdentification;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.creationDateAndTime === undefined){
const err13 = {instancePath:instancePath+"/documentIdentification",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/required",keyword:"required",params:{missingProperty: "creationDateAndTime"},message:"must have required property '"+"creationDateAndTime"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.instanceIdentifier === undefined){
const err14 = {instancePath:instancePath+"/documentIdentification",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/required",keyword:"required",params:{missingProperty: "instanceIdentifier"},message:"must have required property '"+"instanceIdentifier"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.standard === undefined){
const err15 = {instancePath:instancePath+"/documentIdentification",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/required",keyword:"required",params:{missingProperty: "standard"},message:"must have required property '"+"standard"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.type === undefined){
const err16 = {instancePath:instancePath+"/documentIdentification",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.typeVersion === undefined){
const err17 = {instancePath:instancePath+"/documentIdentification",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/required",keyword:"required",params:{missingProperty: "typeVersion"},message:"must have required property '"+"typeVersion"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data5){
if(!(((((key1 === "standard") || (key1 === "typeVersion")) || (key1 === "instanceIdentifier")) || (key1 === "type")) || (key1 === "creationDateAndTime"))){
const err18 = {instancePath:instancePath+"/documentIdentification",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.standard !== undefined){
if(typeof data5.standard !== "string"){
const err19 = {instancePath:instancePath+"/documentIdentification/standard",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/properties/standard/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.typeVersion !== undefined){
if(typeof data5.typeVersion !== "string"){
const err20 = {instancePath:instancePath+"/documentIdentification/typeVersion",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/properties/typeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.instanceIdentifier !== undefined){
let data8 = data5.instanceIdentifier;
if(typeof data8 === "string"){
if(!(formats0.test(data8))){
const err21 = {instancePath:instancePath+"/documentIdentification/instanceIdentifier",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/properties/instanceIdentifier/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/documentIdentification/instanceIdentifier",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/properties/instanceIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.type !== undefined){
if(typeof data5.type !== "string"){
const err23 = {instancePath:instancePath+"/documentIdentification/type",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.creationDateAndTime !== undefined){
let data10 = data5.creationDateAndTime;
if(typeof data10 === "string"){
if(!(formats2.validate(data10))){
const err24 = {instancePath:instancePath+"/documentIdentification/creationDateAndTime",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/properties/creationDateAndTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/documentIdentification/creationDateAndTime",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/properties/creationDateAndTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/documentIdentification",schemaPath:"https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.businessScope !== undefined){
if(!(validate14(data.businessScope, {instancePath:instancePath+"/businessScope",parentData:data,parentDataProperty:"businessScope",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}







function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/scopeInformation" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "expectedResponseDateTime")){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.expectedResponseDateTime !== undefined){
if(typeof data.expectedResponseDateTime !== "string"){
const err1 = {instancePath:instancePath+"/expectedResponseDateTime",schemaPath:"#/properties/expectedResponseDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}



function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/documentIdentification" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.creationDateAndTime === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "creationDateAndTime"},message:"must have required property '"+"creationDateAndTime"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.instanceIdentifier === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "instanceIdentifier"},message:"must have required property '"+"instanceIdentifier"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.standard === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standard"},message:"must have required property '"+"standard"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.typeVersion === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "typeVersion"},message:"must have required property '"+"typeVersion"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "standard") || (key0 === "typeVersion")) || (key0 === "instanceIdentifier")) || (key0 === "type")) || (key0 === "creationDateAndTime"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.standard !== undefined){
if(typeof data.standard !== "string"){
const err6 = {instancePath:instancePath+"/standard",schemaPath:"#/properties/standard/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.typeVersion !== undefined){
if(typeof data.typeVersion !== "string"){
const err7 = {instancePath:instancePath+"/typeVersion",schemaPath:"#/properties/typeVersion/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.instanceIdentifier !== undefined){
let data2 = data.instanceIdentifier;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err8 = {instancePath:instancePath+"/instanceIdentifier",schemaPath:"#/properties/instanceIdentifier/format",keyword:"format",params:{format: "uuid"},message:"must match format \""+"uuid"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/instanceIdentifier",schemaPath:"#/properties/instanceIdentifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
if(typeof data.type !== "string"){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.creationDateAndTime !== undefined){
let data4 = data.creationDateAndTime;
if(typeof data4 === "string"){
if(!(formats2.validate(data4))){
const err11 = {instancePath:instancePath+"/creationDateAndTime",schemaPath:"#/properties/creationDateAndTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/creationDateAndTime",schemaPath:"#/properties/creationDateAndTime/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}





function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/common/sbdh.schema.json/definitions/identifier" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authority === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authority"},message:"must have required property '"+"authority"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "authority") || (key0 === "value"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.authority !== undefined){
if(typeof data.authority !== "string"){
const err3 = {instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.value !== undefined){
if(typeof data.value !== "string"){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}






const schema24 = {"$id":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator","type":"object","additionalProperties":false,"properties":{"authority":{"type":"string","enum":["iso6523-actorid-upis"]},"value":{"type":"string","pattern":"[0-9]{4}:\\w{1,35}"}},"required":["authority","value"]};

const pattern0 = new RegExp("[0-9]{4}:\\w{1,35}", "u");
const func2 = ucs2length;

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.virksomhetsidentifikator === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "virksomhetsidentifikator"},message:"must have required property '"+"virksomhetsidentifikator"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "virksomhetsidentifikator") || (key0 === "avsenderidentifikator")) || (key0 === "fakturaReferanse"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.virksomhetsidentifikator !== undefined){
let data0 = data.virksomhetsidentifikator;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.authority === undefined){
const err2 = {instancePath:instancePath+"/virksomhetsidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/required",keyword:"required",params:{missingProperty: "authority"},message:"must have required property '"+"authority"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.value === undefined){
const err3 = {instancePath:instancePath+"/virksomhetsidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "authority") || (key1 === "value"))){
const err4 = {instancePath:instancePath+"/virksomhetsidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.authority !== undefined){
let data1 = data0.authority;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/virksomhetsidentifikator/authority",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/properties/authority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(data1 === "iso6523-actorid-upis")){
const err6 = {instancePath:instancePath+"/virksomhetsidentifikator/authority",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/properties/authority/enum",keyword:"enum",params:{allowedValues: schema24.properties.authority.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.value !== undefined){
let data2 = data0.value;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err7 = {instancePath:instancePath+"/virksomhetsidentifikator/value",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "[0-9]{4}:\\w{1,35}"},message:"must match pattern \""+"[0-9]{4}:\\w{1,35}"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/virksomhetsidentifikator/value",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/virksomhetsidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.avsenderidentifikator !== undefined){
let data3 = data.avsenderidentifikator;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err10 = {instancePath:instancePath+"/avsenderidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsenderidentifikator/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/avsenderidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsenderidentifikator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.fakturaReferanse !== undefined){
let data4 = data.fakturaReferanse;
if(typeof data4 === "string"){
if(func2(data4) > 40){
const err12 = {instancePath:instancePath+"/fakturaReferanse",schemaPath:"#/properties/fakturaReferanse/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/fakturaReferanse",schemaPath:"#/properties/fakturaReferanse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}




function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetmottaker" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.virksomhetsidentifikator === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "virksomhetsidentifikator"},message:"must have required property '"+"virksomhetsidentifikator"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.virksomhetsidentifikator !== undefined){
let data0 = data.virksomhetsidentifikator;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.authority === undefined){
const err1 = {instancePath:instancePath+"/virksomhetsidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/required",keyword:"required",params:{missingProperty: "authority"},message:"must have required property '"+"authority"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.value === undefined){
const err2 = {instancePath:instancePath+"/virksomhetsidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!((key0 === "authority") || (key0 === "value"))){
const err3 = {instancePath:instancePath+"/virksomhetsidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.authority !== undefined){
let data1 = data0.authority;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/virksomhetsidentifikator/authority",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/properties/authority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(data1 === "iso6523-actorid-upis")){
const err5 = {instancePath:instancePath+"/virksomhetsidentifikator/authority",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/properties/authority/enum",keyword:"enum",params:{allowedValues: schema24.properties.authority.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.value !== undefined){
let data2 = data0.value;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err6 = {instancePath:instancePath+"/virksomhetsidentifikator/value",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "[0-9]{4}:\\w{1,35}"},message:"must match pattern \""+"[0-9]{4}:\\w{1,35}"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/virksomhetsidentifikator/value",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/virksomhetsidentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.motakeridentifikator !== undefined){
let data3 = data.motakeridentifikator;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err9 = {instancePath:instancePath+"/motakeridentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/motakeridentifikator/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/motakeridentifikator",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/motakeridentifikator/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/kvittering" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.avsender === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "avsender"},message:"must have required property '"+"avsender"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mottaker === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mottaker"},message:"must have required property '"+"mottaker"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tidspunkt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tidspunkt"},message:"must have required property '"+"tidspunkt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "avsender") || (key0 === "mottaker")) || (key0 === "tidspunkt"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.avsender !== undefined){
if(!(validate24(data.avsender, {instancePath:instancePath+"/avsender",parentData:data,parentDataProperty:"avsender",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.mottaker !== undefined){
if(!(validate26(data.mottaker, {instancePath:instancePath+"/mottaker",parentData:data,parentDataProperty:"mottaker",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.tidspunkt !== undefined){
let data2 = data.tidspunkt;
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
const err4 = {instancePath:instancePath+"/tidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/tidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json/definitions/standardBusinessDocument" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocumentHeader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocumentHeader"},message:"must have required property '"+"standardBusinessDocumentHeader"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.aapningskvittering === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aapningskvittering"},message:"must have required property '"+"aapningskvittering"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "standardBusinessDocumentHeader") || (key0 === "aapningskvittering"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.standardBusinessDocumentHeader !== undefined){
if(!(validate10(data.standardBusinessDocumentHeader, {instancePath:instancePath+"/standardBusinessDocumentHeader",parentData:data,parentDataProperty:"standardBusinessDocumentHeader",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.aapningskvittering !== undefined){
if(!(validate23(data.aapningskvittering, {instancePath:instancePath+"/aapningskvittering",parentData:data,parentDataProperty:"aapningskvittering",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}




function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/aapningskvittering.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocument"},message:"must have required property '"+"standardBusinessDocument"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "standardBusinessDocument")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.standardBusinessDocument !== undefined){
if(!(validate21(data.standardBusinessDocument, {instancePath:instancePath+"/standardBusinessDocument",parentData:data,parentDataProperty:"standardBusinessDocument",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}







function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsenderidentifikator" */;
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func2(data) > 100){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}





function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/personmottaker" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.postkasseadresse === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "postkasseadresse"},message:"must have required property '"+"postkasseadresse"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "postkasseadresse")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.postkasseadresse !== undefined){
if(typeof data.postkasseadresse !== "string"){
const err2 = {instancePath:instancePath+"/postkasseadresse",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/postkasseadresse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}



function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetsidentifikator" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.authority === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "authority"},message:"must have required property '"+"authority"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "authority") || (key0 === "value"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.authority !== undefined){
let data0 = data.authority;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!(data0 === "iso6523-actorid-upis")){
const err4 = {instancePath:instancePath+"/authority",schemaPath:"#/properties/authority/enum",keyword:"enum",params:{allowedValues: schema24.properties.authority.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/pattern",keyword:"pattern",params:{pattern: "[0-9]{4}:\\w{1,35}"},message:"must match pattern \""+"[0-9]{4}:\\w{1,35}"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}



function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/postkasseadresse" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}



function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/motakeridentifikator" */;
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func2(data) > 100){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}




function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}



function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt" */;
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!(formats2.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}




function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.digestMethod === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digestMethod"},message:"must have required property '"+"digestMethod"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.digestValue === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digestValue"},message:"must have required property '"+"digestValue"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "digestMethod") || (key0 === "digestValue"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.digestMethod !== undefined){
if(typeof data.digestMethod !== "string"){
const err3 = {instancePath:instancePath+"/digestMethod",schemaPath:"#/properties/digestMethod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.digestValue !== undefined){
if(typeof data.digestValue !== "string"){
const err4 = {instancePath:instancePath+"/digestValue",schemaPath:"#/properties/digestValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}




const schema40 = {"$id":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa","type":"integer","enum":[3,4]};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa" */;
let vErrors = null;
let errors = 0;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === 3) || (data === 4))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}



const formats14 = fullFormats.date;

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato" */;
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!(formats14.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}




function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt" */;
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(!(formats2.validate(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}




function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/aapningskvittering" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}





const formats18 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/epostvarsel" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.epostadresse === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "epostadresse"},message:"must have required property '"+"epostadresse"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.varslingstekst === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "varslingstekst"},message:"must have required property '"+"varslingstekst"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repetisjoner === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repetisjoner"},message:"must have required property '"+"repetisjoner"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "epostadresse") || (key0 === "varslingstekst")) || (key0 === "repetisjoner"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.epostadresse !== undefined){
let data0 = data.epostadresse;
if(typeof data0 === "string"){
if(!(formats18.test(data0))){
const err4 = {instancePath:instancePath+"/epostadresse",schemaPath:"#/properties/epostadresse/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/epostadresse",schemaPath:"#/properties/epostadresse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.varslingstekst !== undefined){
let data1 = data.varslingstekst;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err6 = {instancePath:instancePath+"/varslingstekst",schemaPath:"#/properties/varslingstekst/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/varslingstekst",schemaPath:"#/properties/varslingstekst/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/varslingstekst",schemaPath:"#/properties/varslingstekst/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.repetisjoner !== undefined){
let data2 = data.repetisjoner;
if(Array.isArray(data2)){
if(data2.length > 10){
const err9 = {instancePath:instancePath+"/repetisjoner",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/repetisjoner",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/repetisjoner/" + i0,schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 25 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/repetisjoner/" + i0,schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 25},message:"must be <= 25"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/repetisjoner/" + i0,schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/repetisjoner",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}


const pattern3 = new RegExp("^\\+?[- _0-9]+$", "u");

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/smsvarsel" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mobiltelefonnummer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mobiltelefonnummer"},message:"must have required property '"+"mobiltelefonnummer"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.varslingstekst === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "varslingstekst"},message:"must have required property '"+"varslingstekst"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repetisjoner === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repetisjoner"},message:"must have required property '"+"repetisjoner"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "mobiltelefonnummer") || (key0 === "varslingstekst")) || (key0 === "repetisjoner"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.mobiltelefonnummer !== undefined){
let data0 = data.mobiltelefonnummer;
if(typeof data0 === "string"){
if(func2(data0) > 20){
const err4 = {instancePath:instancePath+"/mobiltelefonnummer",schemaPath:"#/properties/mobiltelefonnummer/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 8){
const err5 = {instancePath:instancePath+"/mobiltelefonnummer",schemaPath:"#/properties/mobiltelefonnummer/minLength",keyword:"minLength",params:{limit: 8},message:"must NOT have fewer than 8 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern3.test(data0)){
const err6 = {instancePath:instancePath+"/mobiltelefonnummer",schemaPath:"#/properties/mobiltelefonnummer/pattern",keyword:"pattern",params:{pattern: "^\\+?[- _0-9]+$"},message:"must match pattern \""+"^\\+?[- _0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/mobiltelefonnummer",schemaPath:"#/properties/mobiltelefonnummer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.varslingstekst !== undefined){
let data1 = data.varslingstekst;
if(typeof data1 === "string"){
if(func2(data1) > 160){
const err8 = {instancePath:instancePath+"/varslingstekst",schemaPath:"#/properties/varslingstekst/maxLength",keyword:"maxLength",params:{limit: 160},message:"must NOT have more than 160 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data1) < 1){
const err9 = {instancePath:instancePath+"/varslingstekst",schemaPath:"#/properties/varslingstekst/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/varslingstekst",schemaPath:"#/properties/varslingstekst/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.repetisjoner !== undefined){
let data2 = data.repetisjoner;
if(Array.isArray(data2)){
if(data2.length > 10){
const err11 = {instancePath:instancePath+"/repetisjoner",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.length < 1){
const err12 = {instancePath:instancePath+"/repetisjoner",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/repetisjoner/" + i0,schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 25 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/repetisjoner/" + i0,schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 25},message:"must be <= 25"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/repetisjoner/" + i0,schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
}
else {
const err16 = {instancePath:instancePath+"/repetisjoner",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/varsler" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.epostvarsel !== undefined){
if(!(validate44(data.epostvarsel, {instancePath:instancePath+"/epostvarsel",parentData:data,parentDataProperty:"epostvarsel",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.smsvarsel !== undefined){
if(!(validate46(data.smsvarsel, {instancePath:instancePath+"/smsvarsel",parentData:data,parentDataProperty:"smsvarsel",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
validate43.errors = vErrors;
return errors === 0;
}




function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel" */;
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func2(data) > 255){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}





function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/repetisjoner" */;
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
if(data.length > 10){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 25 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 25},message:"must be <= 25"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}




function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak" */;
let vErrors = null;
let errors = 0;
if(typeof data === "string"){
if(func2(data) > 2){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 2){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}





const schema53 = {"$id":"https://innbyggerpost.dev/schemas/dpi/digital.schema.json/definitions/digital","type":"object","additionalProperties":false,"properties":{"avsender":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender"},"mottaker":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/personmottaker"},"dokumentpakkefingeravtrykk":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk"},"maskinportentoken":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken"},"sikkerhetsnivaa":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa"},"virkningsdato":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato"},"virkningstidspunkt":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt"},"aapningskvittering":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/aapningskvittering"},"ikkesensitivtittel":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel"},"spraak":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak"},"varsler":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/varsler"}},"required":["avsender","mottaker","dokumentpakkefingeravtrykk","maskinportentoken","sikkerhetsnivaa","ikkesensitivtittel","spraak"]};
const func17 = Object.prototype.hasOwnProperty;

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/digital.schema.json/definitions/digital" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.avsender === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "avsender"},message:"must have required property '"+"avsender"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mottaker === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mottaker"},message:"must have required property '"+"mottaker"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dokumentpakkefingeravtrykk === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dokumentpakkefingeravtrykk"},message:"must have required property '"+"dokumentpakkefingeravtrykk"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.maskinportentoken === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maskinportentoken"},message:"must have required property '"+"maskinportentoken"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.sikkerhetsnivaa === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sikkerhetsnivaa"},message:"must have required property '"+"sikkerhetsnivaa"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.ikkesensitivtittel === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ikkesensitivtittel"},message:"must have required property '"+"ikkesensitivtittel"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.spraak === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spraak"},message:"must have required property '"+"spraak"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func17.call(schema53.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.avsender !== undefined){
if(!(validate24(data.avsender, {instancePath:instancePath+"/avsender",parentData:data,parentDataProperty:"avsender",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.mottaker !== undefined){
if(!(validate32(data.mottaker, {instancePath:instancePath+"/mottaker",parentData:data,parentDataProperty:"mottaker",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.dokumentpakkefingeravtrykk !== undefined){
let data2 = data.dokumentpakkefingeravtrykk;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.digestMethod === undefined){
const err8 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/required",keyword:"required",params:{missingProperty: "digestMethod"},message:"must have required property '"+"digestMethod"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.digestValue === undefined){
const err9 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/required",keyword:"required",params:{missingProperty: "digestValue"},message:"must have required property '"+"digestValue"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "digestMethod") || (key1 === "digestValue"))){
const err10 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.digestMethod !== undefined){
if(typeof data2.digestMethod !== "string"){
const err11 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk/digestMethod",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/properties/digestMethod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.digestValue !== undefined){
if(typeof data2.digestValue !== "string"){
const err12 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk/digestValue",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/properties/digestValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.maskinportentoken !== undefined){
if(typeof data.maskinportentoken !== "string"){
const err14 = {instancePath:instancePath+"/maskinportentoken",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.sikkerhetsnivaa !== undefined){
let data6 = data.sikkerhetsnivaa;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err15 = {instancePath:instancePath+"/sikkerhetsnivaa",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!((data6 === 3) || (data6 === 4))){
const err16 = {instancePath:instancePath+"/sikkerhetsnivaa",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.virkningsdato !== undefined){
let data7 = data.virkningsdato;
if(typeof data7 === "string"){
if(!(formats14.validate(data7))){
const err17 = {instancePath:instancePath+"/virkningsdato",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/virkningsdato",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.virkningstidspunkt !== undefined){
let data8 = data.virkningstidspunkt;
if(typeof data8 === "string"){
if(!(formats2.validate(data8))){
const err19 = {instancePath:instancePath+"/virkningstidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/virkningstidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.aapningskvittering !== undefined){
if(typeof data.aapningskvittering !== "boolean"){
const err21 = {instancePath:instancePath+"/aapningskvittering",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/aapningskvittering/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.ikkesensitivtittel !== undefined){
let data10 = data.ikkesensitivtittel;
if(typeof data10 === "string"){
if(func2(data10) > 255){
const err22 = {instancePath:instancePath+"/ikkesensitivtittel",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data10) < 1){
const err23 = {instancePath:instancePath+"/ikkesensitivtittel",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/ikkesensitivtittel",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.spraak !== undefined){
let data11 = data.spraak;
if(typeof data11 === "string"){
if(func2(data11) > 2){
const err25 = {instancePath:instancePath+"/spraak",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data11) < 2){
const err26 = {instancePath:instancePath+"/spraak",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/spraak",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.varsler !== undefined){
if(!(validate43(data.varsler, {instancePath:instancePath+"/varsler",parentData:data,parentDataProperty:"varsler",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}


function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/digital.schema.json/definitions/standardBusinessDocument" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocumentHeader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocumentHeader"},message:"must have required property '"+"standardBusinessDocumentHeader"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.digital === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "digital"},message:"must have required property '"+"digital"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "standardBusinessDocumentHeader") || (key0 === "digital"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.standardBusinessDocumentHeader !== undefined){
if(!(validate10(data.standardBusinessDocumentHeader, {instancePath:instancePath+"/standardBusinessDocumentHeader",parentData:data,parentDataProperty:"standardBusinessDocumentHeader",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.digital !== undefined){
if(!(validate53(data.digital, {instancePath:instancePath+"/digital",parentData:data,parentDataProperty:"digital",rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}






function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/digital.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocument"},message:"must have required property '"+"standardBusinessDocument"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "standardBusinessDocument")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.standardBusinessDocument !== undefined){
if(!(validate51(data.standardBusinessDocument, {instancePath:instancePath+"/standardBusinessDocument",parentData:data,parentDataProperty:"standardBusinessDocument",rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}



const schema64 = {"$id":"https://innbyggerpost.dev/schemas/dpi/feil.schema.json/definitions/feil","type":"object","additionalProperties":false,"properties":{"avsender":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender"},"mottaker":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetmottaker"},"tidspunkt":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt"},"feiltype":{"type":"string","enum":["KLIENT","SERVER"]},"detaljer":{"type":"string"}},"required":["avsender","mottaker","tidspunkt","feiltype"]};

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/feil.schema.json/definitions/feil" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.avsender === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "avsender"},message:"must have required property '"+"avsender"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mottaker === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mottaker"},message:"must have required property '"+"mottaker"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tidspunkt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tidspunkt"},message:"must have required property '"+"tidspunkt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.feiltype === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feiltype"},message:"must have required property '"+"feiltype"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "avsender") || (key0 === "mottaker")) || (key0 === "tidspunkt")) || (key0 === "feiltype")) || (key0 === "detaljer"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.avsender !== undefined){
if(!(validate24(data.avsender, {instancePath:instancePath+"/avsender",parentData:data,parentDataProperty:"avsender",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.mottaker !== undefined){
if(!(validate26(data.mottaker, {instancePath:instancePath+"/mottaker",parentData:data,parentDataProperty:"mottaker",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.tidspunkt !== undefined){
let data2 = data.tidspunkt;
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
const err5 = {instancePath:instancePath+"/tidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.feiltype !== undefined){
let data3 = data.feiltype;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/feiltype",schemaPath:"#/properties/feiltype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data3 === "KLIENT") || (data3 === "SERVER"))){
const err8 = {instancePath:instancePath+"/feiltype",schemaPath:"#/properties/feiltype/enum",keyword:"enum",params:{allowedValues: schema64.properties.feiltype.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.detaljer !== undefined){
if(typeof data.detaljer !== "string"){
const err9 = {instancePath:instancePath+"/detaljer",schemaPath:"#/properties/detaljer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}


function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/feil.schema.json/definitions/standardBusinessDocument" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocumentHeader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocumentHeader"},message:"must have required property '"+"standardBusinessDocumentHeader"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.feil === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "feil"},message:"must have required property '"+"feil"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "standardBusinessDocumentHeader") || (key0 === "feil"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.standardBusinessDocumentHeader !== undefined){
if(!(validate10(data.standardBusinessDocumentHeader, {instancePath:instancePath+"/standardBusinessDocumentHeader",parentData:data,parentDataProperty:"standardBusinessDocumentHeader",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.feil !== undefined){
if(!(validate62(data.feil, {instancePath:instancePath+"/feil",parentData:data,parentDataProperty:"feil",rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}






function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/feil.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocument"},message:"must have required property '"+"standardBusinessDocument"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "standardBusinessDocument")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.standardBusinessDocument !== undefined){
if(!(validate60(data.standardBusinessDocument, {instancePath:instancePath+"/standardBusinessDocument",parentData:data,parentDataProperty:"standardBusinessDocument",rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}



const schema68 = {"$id":"https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json/definitions/flyttet","type":"object","additionalProperties":false,"properties":{"avsender":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender"},"mottaker":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/personmottaker"},"maskinportentoken":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken"},"tidspunkt":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt"},"dokumentpakkefingeravtrykk":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk"},"mottakstidspunkt":{"type":"string","format":"date"},"aapnet":{"type":"boolean"},"sikkerhetsnivaa":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa"},"virkningsdato":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato"},"virkningstidspunkt":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt"},"aapningskvittering":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/aapningskvittering"},"ikkesensitivtittel":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel"},"spraak":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak"},"varsler":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/varsler"}},"required":["avsender","mottaker","maskinportentoken","tidspunkt","dokumentpakkefingeravtrykk","mottakstidspunkt","sikkerhetsnivaa","ikkesensitivtittel","spraak"]};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json/definitions/flyttet" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.avsender === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "avsender"},message:"must have required property '"+"avsender"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mottaker === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mottaker"},message:"must have required property '"+"mottaker"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.maskinportentoken === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maskinportentoken"},message:"must have required property '"+"maskinportentoken"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tidspunkt === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tidspunkt"},message:"must have required property '"+"tidspunkt"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.dokumentpakkefingeravtrykk === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dokumentpakkefingeravtrykk"},message:"must have required property '"+"dokumentpakkefingeravtrykk"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.mottakstidspunkt === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mottakstidspunkt"},message:"must have required property '"+"mottakstidspunkt"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.sikkerhetsnivaa === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sikkerhetsnivaa"},message:"must have required property '"+"sikkerhetsnivaa"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.ikkesensitivtittel === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ikkesensitivtittel"},message:"must have required property '"+"ikkesensitivtittel"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.spraak === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spraak"},message:"must have required property '"+"spraak"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func17.call(schema68.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.avsender !== undefined){
if(!(validate24(data.avsender, {instancePath:instancePath+"/avsender",parentData:data,parentDataProperty:"avsender",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.mottaker !== undefined){
if(!(validate32(data.mottaker, {instancePath:instancePath+"/mottaker",parentData:data,parentDataProperty:"mottaker",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data.maskinportentoken !== undefined){
if(typeof data.maskinportentoken !== "string"){
const err10 = {instancePath:instancePath+"/maskinportentoken",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tidspunkt !== undefined){
let data3 = data.tidspunkt;
if(typeof data3 === "string"){
if(!(formats2.validate(data3))){
const err11 = {instancePath:instancePath+"/tidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/tidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.dokumentpakkefingeravtrykk !== undefined){
let data4 = data.dokumentpakkefingeravtrykk;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.digestMethod === undefined){
const err13 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/required",keyword:"required",params:{missingProperty: "digestMethod"},message:"must have required property '"+"digestMethod"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.digestValue === undefined){
const err14 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/required",keyword:"required",params:{missingProperty: "digestValue"},message:"must have required property '"+"digestValue"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "digestMethod") || (key1 === "digestValue"))){
const err15 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.digestMethod !== undefined){
if(typeof data4.digestMethod !== "string"){
const err16 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk/digestMethod",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/properties/digestMethod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.digestValue !== undefined){
if(typeof data4.digestValue !== "string"){
const err17 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk/digestValue",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/properties/digestValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.mottakstidspunkt !== undefined){
let data7 = data.mottakstidspunkt;
if(typeof data7 === "string"){
if(!(formats14.validate(data7))){
const err19 = {instancePath:instancePath+"/mottakstidspunkt",schemaPath:"#/properties/mottakstidspunkt/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/mottakstidspunkt",schemaPath:"#/properties/mottakstidspunkt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.aapnet !== undefined){
if(typeof data.aapnet !== "boolean"){
const err21 = {instancePath:instancePath+"/aapnet",schemaPath:"#/properties/aapnet/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.sikkerhetsnivaa !== undefined){
let data9 = data.sikkerhetsnivaa;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err22 = {instancePath:instancePath+"/sikkerhetsnivaa",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((data9 === 3) || (data9 === 4))){
const err23 = {instancePath:instancePath+"/sikkerhetsnivaa",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/sikkerhetsnivaa/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.virkningsdato !== undefined){
let data10 = data.virkningsdato;
if(typeof data10 === "string"){
if(!(formats14.validate(data10))){
const err24 = {instancePath:instancePath+"/virkningsdato",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/virkningsdato",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningsdato/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.virkningstidspunkt !== undefined){
let data11 = data.virkningstidspunkt;
if(typeof data11 === "string"){
if(!(formats2.validate(data11))){
const err26 = {instancePath:instancePath+"/virkningstidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/virkningstidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virkningstidspunkt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.aapningskvittering !== undefined){
if(typeof data.aapningskvittering !== "boolean"){
const err28 = {instancePath:instancePath+"/aapningskvittering",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/aapningskvittering/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.ikkesensitivtittel !== undefined){
let data13 = data.ikkesensitivtittel;
if(typeof data13 === "string"){
if(func2(data13) > 255){
const err29 = {instancePath:instancePath+"/ikkesensitivtittel",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func2(data13) < 1){
const err30 = {instancePath:instancePath+"/ikkesensitivtittel",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/ikkesensitivtittel",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/ikkesensitivtittel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.spraak !== undefined){
let data14 = data.spraak;
if(typeof data14 === "string"){
if(func2(data14) > 2){
const err32 = {instancePath:instancePath+"/spraak",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func2(data14) < 2){
const err33 = {instancePath:instancePath+"/spraak",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/spraak",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/spraak/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.varsler !== undefined){
if(!(validate43(data.varsler, {instancePath:instancePath+"/varsler",parentData:data,parentDataProperty:"varsler",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
}


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json/definitions/standardBusinessDocument" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocumentHeader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocumentHeader"},message:"must have required property '"+"standardBusinessDocumentHeader"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.flyttet === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "flyttet"},message:"must have required property '"+"flyttet"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "standardBusinessDocumentHeader") || (key0 === "flyttet"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.standardBusinessDocumentHeader !== undefined){
if(!(validate10(data.standardBusinessDocumentHeader, {instancePath:instancePath+"/standardBusinessDocumentHeader",parentData:data,parentDataProperty:"standardBusinessDocumentHeader",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.flyttet !== undefined){
if(!(validate70(data.flyttet, {instancePath:instancePath+"/flyttet",parentData:data,parentDataProperty:"flyttet",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate68.errors = vErrors;
return errors === 0;
}






function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/flyttet.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocument"},message:"must have required property '"+"standardBusinessDocument"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "standardBusinessDocument")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.standardBusinessDocument !== undefined){
if(!(validate68(data.standardBusinessDocument, {instancePath:instancePath+"/standardBusinessDocument",parentData:data,parentDataProperty:"standardBusinessDocument",rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}




function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json/definitions/standardBusinessDocument" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocumentHeader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocumentHeader"},message:"must have required property '"+"standardBusinessDocumentHeader"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.leveringskvittering === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "leveringskvittering"},message:"must have required property '"+"leveringskvittering"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "standardBusinessDocumentHeader") || (key0 === "leveringskvittering"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.standardBusinessDocumentHeader !== undefined){
if(!(validate10(data.standardBusinessDocumentHeader, {instancePath:instancePath+"/standardBusinessDocumentHeader",parentData:data,parentDataProperty:"standardBusinessDocumentHeader",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.leveringskvittering !== undefined){
if(!(validate23(data.leveringskvittering, {instancePath:instancePath+"/leveringskvittering",parentData:data,parentDataProperty:"leveringskvittering",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate77.errors = vErrors;
return errors === 0;
}




function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/leveringskvittering.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocument"},message:"must have required property '"+"standardBusinessDocument"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "standardBusinessDocument")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.standardBusinessDocument !== undefined){
if(!(validate77(data.standardBusinessDocument, {instancePath:instancePath+"/standardBusinessDocument",parentData:data,parentDataProperty:"standardBusinessDocument",rootData}))){
vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
}




function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json/definitions/standardBusinessDocument" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocumentHeader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocumentHeader"},message:"must have required property '"+"standardBusinessDocumentHeader"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mottakskvittering === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mottakskvittering"},message:"must have required property '"+"mottakskvittering"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "standardBusinessDocumentHeader") || (key0 === "mottakskvittering"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.standardBusinessDocumentHeader !== undefined){
if(!(validate10(data.standardBusinessDocumentHeader, {instancePath:instancePath+"/standardBusinessDocumentHeader",parentData:data,parentDataProperty:"standardBusinessDocumentHeader",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.mottakskvittering !== undefined){
if(!(validate23(data.mottakskvittering, {instancePath:instancePath+"/mottakskvittering",parentData:data,parentDataProperty:"mottakskvittering",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}




function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/mottakskvittering.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocument"},message:"must have required property '"+"standardBusinessDocument"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "standardBusinessDocument")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.standardBusinessDocument !== undefined){
if(!(validate82(data.standardBusinessDocument, {instancePath:instancePath+"/standardBusinessDocument",parentData:data,parentDataProperty:"standardBusinessDocument",rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate85.errors = vErrors;
return errors === 0;
}




function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json/definitions/standardBusinessDocument" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocumentHeader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocumentHeader"},message:"must have required property '"+"standardBusinessDocumentHeader"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.returpostkvittering === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "returpostkvittering"},message:"must have required property '"+"returpostkvittering"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "standardBusinessDocumentHeader") || (key0 === "returpostkvittering"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.standardBusinessDocumentHeader !== undefined){
if(!(validate10(data.standardBusinessDocumentHeader, {instancePath:instancePath+"/standardBusinessDocumentHeader",parentData:data,parentDataProperty:"standardBusinessDocumentHeader",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.returpostkvittering !== undefined){
if(!(validate23(data.returpostkvittering, {instancePath:instancePath+"/returpostkvittering",parentData:data,parentDataProperty:"returpostkvittering",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}




function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/returpostkvittering.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocument"},message:"must have required property '"+"standardBusinessDocument"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "standardBusinessDocument")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.standardBusinessDocument !== undefined){
if(!(validate87(data.standardBusinessDocument, {instancePath:instancePath+"/standardBusinessDocument",parentData:data,parentDataProperty:"standardBusinessDocument",rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}




const schema87 = {"$id":"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon","type":"object","additionalProperties":false,"properties":{"navn":{"type":"string"},"adresselinje1":{"type":"string","maxLength":100},"adresselinje2":{"type":"string","maxLength":100},"adresselinje3":{"type":"string","maxLength":100},"adresselinje4":{"type":"string","maxLength":100},"postnummer":{"type":"string","pattern":"^\\d{4}$"},"poststed":{"type":"string","maxLength":80},"land":{"type":"string","maxLength":80},"landkode":{"type":"string","pattern":"^[a-zA-Z]{2}$"}},"oneOf":[{"required":["navn","adresselinje1","postnummer","poststed"]},{"oneOf":[{"required":["navn","adresselinje1","land"]},{"required":["navn","adresselinje1","landkode"]}]}]};
const schema90 = {"$id":"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskriftstype","type":"string","enum":["SORT_HVIT","FARGE"]};
const schema94 = {"$id":"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/posttype","type":"string","enum":["A","B"]};

const schema93 = {"$id":"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/returposthaandtering","type":"string","enum":["DIREKTE_RETUR","MAKULERING_MED_MELDING"]};
const pattern4 = new RegExp("^\\d{4}$", "u");
const pattern5 = new RegExp("^[a-zA-Z]{2}$", "u");

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/retur" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mottaker === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mottaker"},message:"must have required property '"+"mottaker"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.returposthaandtering === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "returposthaandtering"},message:"must have required property '"+"returposthaandtering"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "mottaker") || (key0 === "returposthaandtering"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.mottaker !== undefined){
let data0 = data.mottaker;
const _errs5 = errors;
let valid2 = false;
let passing0 = null;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.navn === undefined){
const err3 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/0/required",keyword:"required",params:{missingProperty: "navn"},message:"must have required property '"+"navn"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.adresselinje1 === undefined){
const err4 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/0/required",keyword:"required",params:{missingProperty: "adresselinje1"},message:"must have required property '"+"adresselinje1"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.postnummer === undefined){
const err5 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/0/required",keyword:"required",params:{missingProperty: "postnummer"},message:"must have required property '"+"postnummer"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.poststed === undefined){
const err6 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/0/required",keyword:"required",params:{missingProperty: "poststed"},message:"must have required property '"+"poststed"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs7 = errors;
const _errs8 = errors;
let valid3 = false;
let passing1 = null;
const _errs9 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.navn === undefined){
const err7 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: "navn"},message:"must have required property '"+"navn"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0.adresselinje1 === undefined){
const err8 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: "adresselinje1"},message:"must have required property '"+"adresselinje1"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data0.land === undefined){
const err9 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: "land"},message:"must have required property '"+"land"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid1 = _errs9 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs10 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.navn === undefined){
const err10 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: "navn"},message:"must have required property '"+"navn"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data0.adresselinje1 === undefined){
const err11 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: "adresselinje1"},message:"must have required property '"+"adresselinje1"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data0.landkode === undefined){
const err12 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: "landkode"},message:"must have required property '"+"landkode"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err13 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs7 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err14 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(func17.call(schema87.properties, key1))){
const err15 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data0.navn !== undefined){
if(typeof data0.navn !== "string"){
const err16 = {instancePath:instancePath+"/mottaker/navn",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/navn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data0.adresselinje1 !== undefined){
let data2 = data0.adresselinje1;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err17 = {instancePath:instancePath+"/mottaker/adresselinje1",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje1/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/mottaker/adresselinje1",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data0.adresselinje2 !== undefined){
let data3 = data0.adresselinje2;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err19 = {instancePath:instancePath+"/mottaker/adresselinje2",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje2/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/mottaker/adresselinje2",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data0.adresselinje3 !== undefined){
let data4 = data0.adresselinje3;
if(typeof data4 === "string"){
if(func2(data4) > 100){
const err21 = {instancePath:instancePath+"/mottaker/adresselinje3",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje3/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/mottaker/adresselinje3",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data0.adresselinje4 !== undefined){
let data5 = data0.adresselinje4;
if(typeof data5 === "string"){
if(func2(data5) > 100){
const err23 = {instancePath:instancePath+"/mottaker/adresselinje4",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje4/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/mottaker/adresselinje4",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data0.postnummer !== undefined){
let data6 = data0.postnummer;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err25 = {instancePath:instancePath+"/mottaker/postnummer",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/postnummer/pattern",keyword:"pattern",params:{pattern: "^\\d{4}$"},message:"must match pattern \""+"^\\d{4}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/mottaker/postnummer",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/postnummer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data0.poststed !== undefined){
let data7 = data0.poststed;
if(typeof data7 === "string"){
if(func2(data7) > 80){
const err27 = {instancePath:instancePath+"/mottaker/poststed",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/poststed/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/mottaker/poststed",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/poststed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data0.land !== undefined){
let data8 = data0.land;
if(typeof data8 === "string"){
if(func2(data8) > 80){
const err29 = {instancePath:instancePath+"/mottaker/land",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/land/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/mottaker/land",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/land/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data0.landkode !== undefined){
let data9 = data0.landkode;
if(typeof data9 === "string"){
if(!pattern5.test(data9)){
const err31 = {instancePath:instancePath+"/mottaker/landkode",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/landkode/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]{2}$"},message:"must match pattern \""+"^[a-zA-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/mottaker/landkode",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/landkode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.returposthaandtering !== undefined){
let data10 = data.returposthaandtering;
if(typeof data10 !== "string"){
const err34 = {instancePath:instancePath+"/returposthaandtering",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/returposthaandtering/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((data10 === "DIREKTE_RETUR") || (data10 === "MAKULERING_MED_MELDING"))){
const err35 = {instancePath:instancePath+"/returposthaandtering",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/returposthaandtering/enum",keyword:"enum",params:{allowedValues: schema93.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate96.errors = vErrors;
return errors === 0;
}


function validate94(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskrift" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.avsender === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "avsender"},message:"must have required property '"+"avsender"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mottaker === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mottaker"},message:"must have required property '"+"mottaker"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.dokumentpakkefingeravtrykk === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dokumentpakkefingeravtrykk"},message:"must have required property '"+"dokumentpakkefingeravtrykk"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.maskinportentoken === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maskinportentoken"},message:"must have required property '"+"maskinportentoken"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.utskriftstype === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "utskriftstype"},message:"must have required property '"+"utskriftstype"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.retur === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "retur"},message:"must have required property '"+"retur"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "avsender") || (key0 === "mottaker")) || (key0 === "dokumentpakkefingeravtrykk")) || (key0 === "maskinportentoken")) || (key0 === "utskriftstype")) || (key0 === "retur")) || (key0 === "posttype"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.avsender !== undefined){
if(!(validate24(data.avsender, {instancePath:instancePath+"/avsender",parentData:data,parentDataProperty:"avsender",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.mottaker !== undefined){
let data1 = data.mottaker;
const _errs6 = errors;
let valid2 = false;
let passing0 = null;
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.navn === undefined){
const err7 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/0/required",keyword:"required",params:{missingProperty: "navn"},message:"must have required property '"+"navn"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.adresselinje1 === undefined){
const err8 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/0/required",keyword:"required",params:{missingProperty: "adresselinje1"},message:"must have required property '"+"adresselinje1"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.postnummer === undefined){
const err9 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/0/required",keyword:"required",params:{missingProperty: "postnummer"},message:"must have required property '"+"postnummer"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.poststed === undefined){
const err10 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/0/required",keyword:"required",params:{missingProperty: "poststed"},message:"must have required property '"+"poststed"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs8 = errors;
const _errs9 = errors;
let valid3 = false;
let passing1 = null;
const _errs10 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.navn === undefined){
const err11 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: "navn"},message:"must have required property '"+"navn"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data1.adresselinje1 === undefined){
const err12 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: "adresselinje1"},message:"must have required property '"+"adresselinje1"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1.land === undefined){
const err13 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: "land"},message:"must have required property '"+"land"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
if(_valid1){
valid3 = true;
passing1 = 0;
}
const _errs11 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.navn === undefined){
const err14 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: "navn"},message:"must have required property '"+"navn"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data1.adresselinje1 === undefined){
const err15 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: "adresselinje1"},message:"must have required property '"+"adresselinje1"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data1.landkode === undefined){
const err16 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: "landkode"},message:"must have required property '"+"landkode"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
var _valid1 = _errs11 === errors;
if(_valid1 && valid3){
valid3 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid3 = true;
passing1 = 1;
}
}
if(!valid3){
const err17 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf/1/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs8 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err18 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(func17.call(schema87.properties, key1))){
const err19 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.navn !== undefined){
if(typeof data1.navn !== "string"){
const err20 = {instancePath:instancePath+"/mottaker/navn",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/navn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data1.adresselinje1 !== undefined){
let data3 = data1.adresselinje1;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err21 = {instancePath:instancePath+"/mottaker/adresselinje1",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje1/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/mottaker/adresselinje1",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data1.adresselinje2 !== undefined){
let data4 = data1.adresselinje2;
if(typeof data4 === "string"){
if(func2(data4) > 100){
const err23 = {instancePath:instancePath+"/mottaker/adresselinje2",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje2/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/mottaker/adresselinje2",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data1.adresselinje3 !== undefined){
let data5 = data1.adresselinje3;
if(typeof data5 === "string"){
if(func2(data5) > 100){
const err25 = {instancePath:instancePath+"/mottaker/adresselinje3",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje3/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/mottaker/adresselinje3",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data1.adresselinje4 !== undefined){
let data6 = data1.adresselinje4;
if(typeof data6 === "string"){
if(func2(data6) > 100){
const err27 = {instancePath:instancePath+"/mottaker/adresselinje4",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje4/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/mottaker/adresselinje4",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/adresselinje4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1.postnummer !== undefined){
let data7 = data1.postnummer;
if(typeof data7 === "string"){
if(!pattern4.test(data7)){
const err29 = {instancePath:instancePath+"/mottaker/postnummer",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/postnummer/pattern",keyword:"pattern",params:{pattern: "^\\d{4}$"},message:"must match pattern \""+"^\\d{4}$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/mottaker/postnummer",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/postnummer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data1.poststed !== undefined){
let data8 = data1.poststed;
if(typeof data8 === "string"){
if(func2(data8) > 80){
const err31 = {instancePath:instancePath+"/mottaker/poststed",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/poststed/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/mottaker/poststed",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/poststed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data1.land !== undefined){
let data9 = data1.land;
if(typeof data9 === "string"){
if(func2(data9) > 80){
const err33 = {instancePath:instancePath+"/mottaker/land",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/land/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/mottaker/land",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/land/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data1.landkode !== undefined){
let data10 = data1.landkode;
if(typeof data10 === "string"){
if(!pattern5.test(data10)){
const err35 = {instancePath:instancePath+"/mottaker/landkode",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/landkode/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]{2}$"},message:"must match pattern \""+"^[a-zA-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/mottaker/landkode",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/properties/landkode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/mottaker",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.dokumentpakkefingeravtrykk !== undefined){
let data11 = data.dokumentpakkefingeravtrykk;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.digestMethod === undefined){
const err38 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/required",keyword:"required",params:{missingProperty: "digestMethod"},message:"must have required property '"+"digestMethod"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data11.digestValue === undefined){
const err39 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/required",keyword:"required",params:{missingProperty: "digestValue"},message:"must have required property '"+"digestValue"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key2 in data11){
if(!((key2 === "digestMethod") || (key2 === "digestValue"))){
const err40 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.digestMethod !== undefined){
if(typeof data11.digestMethod !== "string"){
const err41 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk/digestMethod",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/properties/digestMethod/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data11.digestValue !== undefined){
if(typeof data11.digestValue !== "string"){
const err42 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk/digestValue",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/properties/digestValue/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/dokumentpakkefingeravtrykk",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/dokumentpakkefingeravtrykk/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.maskinportentoken !== undefined){
if(typeof data.maskinportentoken !== "string"){
const err44 = {instancePath:instancePath+"/maskinportentoken",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/maskinportentoken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.utskriftstype !== undefined){
let data15 = data.utskriftstype;
if(typeof data15 !== "string"){
const err45 = {instancePath:instancePath+"/utskriftstype",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskriftstype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!((data15 === "SORT_HVIT") || (data15 === "FARGE"))){
const err46 = {instancePath:instancePath+"/utskriftstype",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskriftstype/enum",keyword:"enum",params:{allowedValues: schema90.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.retur !== undefined){
if(!(validate96(data.retur, {instancePath:instancePath+"/retur",parentData:data,parentDataProperty:"retur",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
}
if(data.posttype !== undefined){
let data17 = data.posttype;
if(typeof data17 !== "string"){
const err47 = {instancePath:instancePath+"/posttype",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/posttype/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!((data17 === "A") || (data17 === "B"))){
const err48 = {instancePath:instancePath+"/posttype",schemaPath:"https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/posttype/enum",keyword:"enum",params:{allowedValues: schema94.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
validate94.errors = vErrors;
return errors === 0;
}


function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/standardBusinessDocument" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocumentHeader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocumentHeader"},message:"must have required property '"+"standardBusinessDocumentHeader"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.utskrift === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "utskrift"},message:"must have required property '"+"utskrift"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "standardBusinessDocumentHeader") || (key0 === "utskrift"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.standardBusinessDocumentHeader !== undefined){
if(!(validate10(data.standardBusinessDocumentHeader, {instancePath:instancePath+"/standardBusinessDocumentHeader",parentData:data,parentDataProperty:"standardBusinessDocumentHeader",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.utskrift !== undefined){
if(!(validate94(data.utskrift, {instancePath:instancePath+"/utskrift",parentData:data,parentDataProperty:"utskrift",rootData}))){
vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}





function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/utskriftstype" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "SORT_HVIT") || (data === "FARGE"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema90.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}





function validate100(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/returposthaandtering" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "DIREKTE_RETUR") || (data === "MAKULERING_MED_MELDING"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema93.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate100.errors = vErrors;
return errors === 0;
}



function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/posttype" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "A") || (data === "B"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema94.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}



function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json/definitions/adresseInformasjon" */;
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.navn === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "navn"},message:"must have required property '"+"navn"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.adresselinje1 === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "adresselinje1"},message:"must have required property '"+"adresselinje1"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.postnummer === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "postnummer"},message:"must have required property '"+"postnummer"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.poststed === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "poststed"},message:"must have required property '"+"poststed"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
const _errs4 = errors;
let valid1 = false;
let passing1 = null;
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.navn === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: "navn"},message:"must have required property '"+"navn"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.adresselinje1 === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: "adresselinje1"},message:"must have required property '"+"adresselinje1"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.land === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/1/oneOf/0/required",keyword:"required",params:{missingProperty: "land"},message:"must have required property '"+"land"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs5 === errors;
if(_valid1){
valid1 = true;
passing1 = 0;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.navn === undefined){
const err7 = {instancePath,schemaPath:"#/oneOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: "navn"},message:"must have required property '"+"navn"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.adresselinje1 === undefined){
const err8 = {instancePath,schemaPath:"#/oneOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: "adresselinje1"},message:"must have required property '"+"adresselinje1"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.landkode === undefined){
const err9 = {instancePath,schemaPath:"#/oneOf/1/oneOf/1/required",keyword:"required",params:{missingProperty: "landkode"},message:"must have required property '"+"landkode"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid1 = _errs6 === errors;
if(_valid1 && valid1){
valid1 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid1 = true;
passing1 = 1;
}
}
if(!valid1){
const err10 = {instancePath,schemaPath:"#/oneOf/1/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err11 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func17.call(schema87.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.navn !== undefined){
if(typeof data.navn !== "string"){
const err13 = {instancePath:instancePath+"/navn",schemaPath:"#/properties/navn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.adresselinje1 !== undefined){
let data1 = data.adresselinje1;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err14 = {instancePath:instancePath+"/adresselinje1",schemaPath:"#/properties/adresselinje1/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/adresselinje1",schemaPath:"#/properties/adresselinje1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.adresselinje2 !== undefined){
let data2 = data.adresselinje2;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err16 = {instancePath:instancePath+"/adresselinje2",schemaPath:"#/properties/adresselinje2/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/adresselinje2",schemaPath:"#/properties/adresselinje2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.adresselinje3 !== undefined){
let data3 = data.adresselinje3;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err18 = {instancePath:instancePath+"/adresselinje3",schemaPath:"#/properties/adresselinje3/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/adresselinje3",schemaPath:"#/properties/adresselinje3/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.adresselinje4 !== undefined){
let data4 = data.adresselinje4;
if(typeof data4 === "string"){
if(func2(data4) > 100){
const err20 = {instancePath:instancePath+"/adresselinje4",schemaPath:"#/properties/adresselinje4/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/adresselinje4",schemaPath:"#/properties/adresselinje4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.postnummer !== undefined){
let data5 = data.postnummer;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err22 = {instancePath:instancePath+"/postnummer",schemaPath:"#/properties/postnummer/pattern",keyword:"pattern",params:{pattern: "^\\d{4}$"},message:"must match pattern \""+"^\\d{4}$"+"\""};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/postnummer",schemaPath:"#/properties/postnummer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.poststed !== undefined){
let data6 = data.poststed;
if(typeof data6 === "string"){
if(func2(data6) > 80){
const err24 = {instancePath:instancePath+"/poststed",schemaPath:"#/properties/poststed/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/poststed",schemaPath:"#/properties/poststed/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.land !== undefined){
let data7 = data.land;
if(typeof data7 === "string"){
if(func2(data7) > 80){
const err26 = {instancePath:instancePath+"/land",schemaPath:"#/properties/land/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/land",schemaPath:"#/properties/land/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.landkode !== undefined){
let data8 = data.landkode;
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err28 = {instancePath:instancePath+"/landkode",schemaPath:"#/properties/landkode/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]{2}$"},message:"must match pattern \""+"^[a-zA-Z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/landkode",schemaPath:"#/properties/landkode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate102.errors = vErrors;
return errors === 0;
}




function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/utskrift.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocument"},message:"must have required property '"+"standardBusinessDocument"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "standardBusinessDocument")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.standardBusinessDocument !== undefined){
if(!(validate92(data.standardBusinessDocument, {instancePath:instancePath+"/standardBusinessDocument",parentData:data,parentDataProperty:"standardBusinessDocument",rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate103.errors = vErrors;
return errors === 0;
}



const schema101 = {"$id":"https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json/definitions/varslingfeiletkvittering","type":"object","additionalProperties":false,"properties":{"avsender":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/avsender"},"mottaker":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/virksomhetmottaker"},"tidspunkt":{"$ref":"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt"},"beskrivelse":{"type":"string"},"varslingskanal":{"type":"string","enum":["epost","sms"]}},"required":["avsender","mottaker","tidspunkt","varslingskanal"]};

function validate107(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json/definitions/varslingfeiletkvittering" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.avsender === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "avsender"},message:"must have required property '"+"avsender"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.mottaker === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mottaker"},message:"must have required property '"+"mottaker"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.tidspunkt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tidspunkt"},message:"must have required property '"+"tidspunkt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.varslingskanal === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "varslingskanal"},message:"must have required property '"+"varslingskanal"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "avsender") || (key0 === "mottaker")) || (key0 === "tidspunkt")) || (key0 === "beskrivelse")) || (key0 === "varslingskanal"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.avsender !== undefined){
if(!(validate24(data.avsender, {instancePath:instancePath+"/avsender",parentData:data,parentDataProperty:"avsender",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.mottaker !== undefined){
if(!(validate26(data.mottaker, {instancePath:instancePath+"/mottaker",parentData:data,parentDataProperty:"mottaker",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.tidspunkt !== undefined){
let data2 = data.tidspunkt;
if(typeof data2 === "string"){
if(!(formats2.validate(data2))){
const err5 = {instancePath:instancePath+"/tidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/tidspunkt",schemaPath:"https://innbyggerpost.dev/schemas/dpi/commons.schema.json/definitions/tidspunkt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.beskrivelse !== undefined){
if(typeof data.beskrivelse !== "string"){
const err7 = {instancePath:instancePath+"/beskrivelse",schemaPath:"#/properties/beskrivelse/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.varslingskanal !== undefined){
let data4 = data.varslingskanal;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/varslingskanal",schemaPath:"#/properties/varslingskanal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data4 === "epost") || (data4 === "sms"))){
const err9 = {instancePath:instancePath+"/varslingskanal",schemaPath:"#/properties/varslingskanal/enum",keyword:"enum",params:{allowedValues: schema101.properties.varslingskanal.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate107.errors = vErrors;
return errors === 0;
}


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json/definitions/standardBusinessDocument" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocumentHeader === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocumentHeader"},message:"must have required property '"+"standardBusinessDocumentHeader"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.varslingfeiletkvittering === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "varslingfeiletkvittering"},message:"must have required property '"+"varslingfeiletkvittering"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "standardBusinessDocumentHeader") || (key0 === "varslingfeiletkvittering"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.standardBusinessDocumentHeader !== undefined){
if(!(validate10(data.standardBusinessDocumentHeader, {instancePath:instancePath+"/standardBusinessDocumentHeader",parentData:data,parentDataProperty:"standardBusinessDocumentHeader",rootData}))){
vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
errors = vErrors.length;
}
}
if(data.varslingfeiletkvittering !== undefined){
if(!(validate107(data.varslingfeiletkvittering, {instancePath:instancePath+"/varslingfeiletkvittering",parentData:data,parentDataProperty:"varslingfeiletkvittering",rootData}))){
vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate105.errors = vErrors;
return errors === 0;
}






function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://innbyggerpost.dev/schemas/dpi/varslingfeiletkvittering.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardBusinessDocument"},message:"must have required property '"+"standardBusinessDocument"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "standardBusinessDocument")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.standardBusinessDocument !== undefined){
if(!(validate105(data.standardBusinessDocument, {instancePath:instancePath+"/standardBusinessDocument",parentData:data,parentDataProperty:"standardBusinessDocument",rootData}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate111.errors = vErrors;
return errors === 0;
}

export const StandardBusinessDocumentHeader: CompiledValidator = validate10;
export const BusinessScope: CompiledValidator = validate14;
export const Scope: CompiledValidator = validate15;
export const ScopeInformation: CompiledValidator = validate18;
export const DocumentIdentification: CompiledValidator = validate19;
export const Partner: CompiledValidator = validate11;
export const PartnerIdentification: CompiledValidator = validate20;
export const AapningskvitteringDocument: CompiledValidator = validate21;
export const AapningskvitteringMessage: CompiledValidator = validate29;
export const Avsender: CompiledValidator = validate24;
export const Virksomhetmottaker: CompiledValidator = validate26;
export const Avsenderidentifikator: CompiledValidator = validate31;
export const Personmottaker: CompiledValidator = validate32;
export const Virksomhetsidentifikator: CompiledValidator = validate33;
export const Postkasseadresse: CompiledValidator = validate34;
export const Motakeridentifikator: CompiledValidator = validate35;
export const Maskinportentoken: CompiledValidator = validate36;
export const Tidspunkt: CompiledValidator = validate37;
export const Dokumentpakkefingeravtrykk: CompiledValidator = validate38;
export const Kvittering: CompiledValidator = validate23;
export const Sikkerhetsnivaa: CompiledValidator = validate39;
export const Virkningsdato: CompiledValidator = validate40;
export const Virkningstidspunkt: CompiledValidator = validate41;
export const AapningskvitteringRequested: CompiledValidator = validate42;
export const Varsler: CompiledValidator = validate43;
export const Ikkesensitivtittel: CompiledValidator = validate48;
export const Epostvarsel: CompiledValidator = validate44;
export const Repetisjoner: CompiledValidator = validate49;
export const Spraak: CompiledValidator = validate50;
export const Smsvarsel: CompiledValidator = validate46;
export const DigitalDocument: CompiledValidator = validate51;
export const Digital: CompiledValidator = validate53;
export const DigitalMessage: CompiledValidator = validate58;
export const FeilDocument: CompiledValidator = validate60;
export const Feil: CompiledValidator = validate62;
export const FeilMessage: CompiledValidator = validate66;
export const FlyttetDocument: CompiledValidator = validate68;
export const Flyttet: CompiledValidator = validate70;
export const FlyttetMessage: CompiledValidator = validate75;
export const LeveringskvitteringDocument: CompiledValidator = validate77;
export const LeveringskvitteringMessage: CompiledValidator = validate80;
export const MottakskvitteringDocument: CompiledValidator = validate82;
export const MottakskvitteringMessage: CompiledValidator = validate85;
export const ReturpostkvitteringDocument: CompiledValidator = validate87;
export const ReturpostkvitteringMessage: CompiledValidator = validate90;
export const UtskriftDocument: CompiledValidator = validate92;
export const Utskrift: CompiledValidator = validate94;
export const Utskriftstype: CompiledValidator = validate99;
export const Retur: CompiledValidator = validate96;
export const Returposthaandtering: CompiledValidator = validate100;
export const Posttype: CompiledValidator = validate101;
export const AdresseInformasjon: CompiledValidator = validate102;
export const UtskriftMessage: CompiledValidator = validate103;
export const VarslingfeiletkvitteringDocument: CompiledValidator = validate105;
export const Varslingfeiletkvittering: CompiledValidator = validate107;
export const VarslingfeiletkvitteringMessage: CompiledValidator = validate111;
