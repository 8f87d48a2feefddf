// generated — do not edit.
// Source: schemas/strict-rules.json, schemas/catalogue.json
// Generator: codegen/ (npm run codegen). Change the schema or the generator, then regenerate.
// The strict profile's overlay rules, compiled per message type. Each check reports under its rule code.
// @ts-nocheck -- ajv's emitted code is checked by ajv, not by tsc; the exports below are typed.
import type { CompiledValidator } from "../support/compiled-validator.js";
import type { DpiType, StrictRuleCode, Severity } from "./catalogue.js";
import { fullFormats } from "../support/formats.js";
import { equal } from "../support/equal.js";
function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule0" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
if("digital" !== data2.type){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/type/const",keyword:"const",params:{allowedValue: "digital"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate10.errors = vErrors;
return errors === 0;
}



const pattern0 = new RegExp("^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:digital::1\\.0$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule1" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.standard !== undefined){
let data3 = data2.standard;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/standard/pattern",keyword:"pattern",params:{pattern: "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:digital::1\\.0$"},message:"must match pattern \""+"^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:digital::1\\.0$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate11.errors = vErrors;
return errors === 0;
}




function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule2" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.headerVersion !== undefined){
if("1.0" !== data1.headerVersion){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/headerVersion",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/headerVersion/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
validate12.errors = vErrors;
return errors === 0;
}




function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule3" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.typeVersion !== undefined){
if("1.0" !== data2.typeVersion){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/typeVersion",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/typeVersion/const",keyword:"const",params:{allowedValue: "1.0"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate13.errors = vErrors;
return errors === 0;
}




function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule4" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.businessScope !== undefined){
let data2 = data1.businessScope;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.scope !== undefined){
let data3 = data2.scope;
if(Array.isArray(data3)){
const _errs4 = errors;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs5 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.type === undefined){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/contains/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data4.instanceIdentifier === undefined){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/contains/required",keyword:"required",params:{missingProperty: "instanceIdentifier"},message:"must have required property '"+"instanceIdentifier"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data4.identifier === undefined){
const err2 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/contains/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data4.type !== undefined){
if("ConversationId" !== data4.type){
const err3 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/contains/properties/type/const",keyword:"const",params:{allowedValue: "ConversationId"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/contains/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid4 = _errs5 === errors;
if(valid4){
break;
}
}
if(!valid4){
const err5 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
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
}
}
}
}
}
}
}
}
}
validate14.errors = vErrors;
return errors === 0;
}


const schema16 = {"$id":"urn:innbyggerpost:strict-rule:rule5","properties":{"standardBusinessDocument":{"properties":{"standardBusinessDocumentHeader":{"properties":{"businessScope":{"properties":{"scope":{"items":{"if":{"properties":{"type":{"const":"ConversationId"}},"required":["type"]},"then":{"properties":{"identifier":{"enum":["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0","urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0","urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0"]}}}}}}}}}}}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule5" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.businessScope !== undefined){
let data2 = data1.businessScope;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.scope !== undefined){
let data3 = data2.scope;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs5 = errors;
let valid6 = true;
const _errs6 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing0;
if((data4.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data4.type !== undefined){
if("ConversationId" !== data4.type){
const err1 = {};
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
}
var _valid0 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs8 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.identifier !== undefined){
let data6 = data4.identifier;
if(!(((data6 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0") || (data6 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0")) || (data6 === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0"))){
const err2 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/identifier",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/then/properties/identifier/enum",keyword:"enum",params:{allowedValues: schema16.properties.standardBusinessDocument.properties.standardBusinessDocumentHeader.properties.businessScope.properties.scope.items.then.properties.identifier.enum},message:"must be equal to one of the allowed values"};
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
var _valid0 = _errs8 === errors;
valid6 = _valid0;
}
if(!valid6){
const err3 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
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
validate15.errors = vErrors;
return errors === 0;
}




function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule6" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.businessScope !== undefined){
let data2 = data1.businessScope;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.scope !== undefined){
let data3 = data2.scope;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs5 = errors;
let valid6 = true;
const _errs6 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing0;
if((data4.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data4.type !== undefined){
if("ConversationId" !== data4.type){
const err1 = {};
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
}
var _valid0 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs8 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.identifier !== undefined){
if("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0" !== data4.identifier){
const err2 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/identifier",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/then/properties/identifier/const",keyword:"const",params:{allowedValue: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0"},message:"must be equal to constant"};
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
var _valid0 = _errs8 === errors;
valid6 = _valid0;
}
if(!valid6){
const err3 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
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
validate16.errors = vErrors;
return errors === 0;
}



const pattern1 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule7" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.instanceIdentifier !== undefined){
let data3 = data2.instanceIdentifier;
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/instanceIdentifier/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data4 = data.standardBusinessDocument;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.standardBusinessDocumentHeader !== undefined){
let data5 = data4.standardBusinessDocumentHeader;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.businessScope !== undefined){
let data6 = data5.businessScope;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.scope !== undefined){
let data7 = data6.scope;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.instanceIdentifier !== undefined){
let data9 = data8.instanceIdentifier;
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/instanceIdentifier",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/properties/instanceIdentifier/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\""};
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
validate17.errors = vErrors;
return errors === 0;
}



const formats0 = fullFormats["date-time"];

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule8" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.businessScope !== undefined){
let data2 = data1.businessScope;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.scope !== undefined){
let data3 = data2.scope;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.scopeInformation !== undefined){
let data5 = data4.scopeInformation;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.expectedResponseDateTime !== undefined){
let data7 = data6.expectedResponseDateTime;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/scopeInformation/" + i1+"/expectedResponseDateTime",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/properties/scopeInformation/items/properties/expectedResponseDateTime/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
}
}
validate18.errors = vErrors;
return errors === 0;
}


const schema20 = {"$id":"urn:innbyggerpost:strict-rule:rule9","properties":{"standardBusinessDocument":{"properties":{"standardBusinessDocumentHeader":{"properties":{"businessScope":{"properties":{"scope":{"items":{"properties":{"type":{"enum":["ConversationId","SenderRef","ReceiverRef","JournalpostId","ParentId","MessageChannel"]}}}}}}}}}}}};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule9" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.businessScope !== undefined){
let data2 = data1.businessScope;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.scope !== undefined){
let data3 = data2.scope;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.type !== undefined){
let data5 = data4.type;
if(!((((((data5 === "ConversationId") || (data5 === "SenderRef")) || (data5 === "ReceiverRef")) || (data5 === "JournalpostId")) || (data5 === "ParentId")) || (data5 === "MessageChannel"))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema20.properties.standardBusinessDocument.properties.standardBusinessDocumentHeader.properties.businessScope.properties.scope.items.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate19.errors = vErrors;
return errors === 0;
}



const pattern3 = new RegExp("^[0-9]{4}:\\w{1,35}$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule10" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.sender !== undefined){
let data2 = data1.sender;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.identifier !== undefined){
let data4 = data3.identifier;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.authority !== undefined){
if("iso6523-actorid-upis" !== data4.authority){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i0+"/identifier/authority",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/sender/items/properties/identifier/properties/authority/const",keyword:"const",params:{allowedValue: "iso6523-actorid-upis"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data4.value !== undefined){
let data6 = data4.value;
if(typeof data6 === "string"){
if(!pattern3.test(data6)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/sender/" + i0+"/identifier/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/sender/items/properties/identifier/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data7 = data.standardBusinessDocument;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.standardBusinessDocumentHeader !== undefined){
let data8 = data7.standardBusinessDocumentHeader;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.receiver !== undefined){
let data9 = data8.receiver;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.identifier !== undefined){
let data11 = data10.identifier;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.authority !== undefined){
if("iso6523-actorid-upis" !== data11.authority){
const err2 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i1+"/identifier/authority",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/receiver/items/properties/identifier/properties/authority/const",keyword:"const",params:{allowedValue: "iso6523-actorid-upis"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data11.value !== undefined){
let data13 = data11.value;
if(typeof data13 === "string"){
if(!pattern3.test(data13)){
const err3 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/receiver/" + i1+"/identifier/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/receiver/items/properties/identifier/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
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
validate20.errors = vErrors;
return errors === 0;
}




function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule11" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.digital !== undefined){
let data1 = data0.digital;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.avsender !== undefined){
let data2 = data1.avsender;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.virksomhetsidentifikator !== undefined){
let data3 = data2.virksomhetsidentifikator;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/digital/avsender/virksomhetsidentifikator/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/digital/properties/avsender/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.digital !== undefined){
let data6 = data5.digital;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.mottaker !== undefined){
let data7 = data6.mottaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.virksomhetsidentifikator !== undefined){
let data8 = data7.virksomhetsidentifikator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.value !== undefined){
let data9 = data8.value;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/digital/mottaker/virksomhetsidentifikator/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/digital/properties/mottaker/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
}
}
}
}
}
}
}
}
}
validate21.errors = vErrors;
return errors === 0;
}



const func0 = equal;

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule12" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.digital !== undefined){
let data1 = data0.digital;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.varsler !== undefined){
let data2 = data1.varsler;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.epostvarsel !== undefined){
let data3 = data2.epostvarsel;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.repetisjoner !== undefined){
let data4 = data3.repetisjoner;
if(Array.isArray(data4)){
let i0 = data4.length;
let j0;
if(i0 > 1){
outer0:
for(;i0--;){
for(j0 = i0; j0--;){
if(func0(data4[i0], data4[j0])){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/digital/varsler/epostvarsel/repetisjoner",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/digital/properties/varsler/properties/epostvarsel/properties/repetisjoner/uniqueItems",keyword:"uniqueItems",params:{i: i0, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i0+" are identical)"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
break outer0;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.digital !== undefined){
let data6 = data5.digital;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.varsler !== undefined){
let data7 = data6.varsler;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.smsvarsel !== undefined){
let data8 = data7.smsvarsel;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.repetisjoner !== undefined){
let data9 = data8.repetisjoner;
if(Array.isArray(data9)){
let i1 = data9.length;
let j1;
if(i1 > 1){
outer1:
for(;i1--;){
for(j1 = i1; j1--;){
if(func0(data9[i1], data9[j1])){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/digital/varsler/smsvarsel/repetisjoner",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/digital/properties/varsler/properties/smsvarsel/properties/repetisjoner/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break outer1;
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
validate22.errors = vErrors;
return errors === 0;
}




function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule13" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.digital !== undefined){
let data1 = data0.digital;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.varsler !== undefined){
let data2 = data1.varsler;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!((key0 === "epostvarsel") || (key0 === "smsvarsel"))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/digital/varsler",schemaPath:"#/properties/standardBusinessDocument/properties/digital/properties/varsler/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/standardBusinessDocument/digital/varsler",schemaPath:"#/properties/standardBusinessDocument/properties/digital/properties/varsler/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
}
}
}
}
validate23.errors = vErrors;
return errors === 0;
}



const pattern7 = new RegExp("^[A-Za-z]{2}$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule14" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.digital !== undefined){
let data1 = data0.digital;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.spraak !== undefined){
let data2 = data1.spraak;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/digital/spraak",schemaPath:"#/properties/standardBusinessDocument/properties/digital/properties/spraak/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2}$"},message:"must match pattern \""+"^[A-Za-z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
validate24.errors = vErrors;
return errors === 0;
}




function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule15" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.digital !== undefined){
let data1 = data0.digital;
const _errs2 = errors;
const _errs3 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if(((data1.virkningsdato === undefined) && (missing0 = "virkningsdato")) || ((data1.virkningstidspunkt === undefined) && (missing0 = "virkningstidspunkt"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid2 = _errs3 === errors;
if(valid2){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/digital",schemaPath:"#/properties/standardBusinessDocument/properties/digital/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
}
}
}
validate25.errors = vErrors;
return errors === 0;
}



const pattern8 = new RegExp("^[A-Za-z0-9+/]{43}=$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule16" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.digital !== undefined){
let data1 = data0.digital;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.dokumentpakkefingeravtrykk !== undefined){
let data2 = data1.dokumentpakkefingeravtrykk;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.digestMethod !== undefined){
if("http://www.w3.org/2001/04/xmlenc#sha256" !== data2.digestMethod){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/digital/dokumentpakkefingeravtrykk/digestMethod",schemaPath:"#/properties/standardBusinessDocument/properties/digital/properties/dokumentpakkefingeravtrykk/properties/digestMethod/const",keyword:"const",params:{allowedValue: "http://www.w3.org/2001/04/xmlenc#sha256"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data2.digestValue !== undefined){
let data4 = data2.digestValue;
if(typeof data4 === "string"){
if(!pattern8.test(data4)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/digital/dokumentpakkefingeravtrykk/digestValue",schemaPath:"#/properties/standardBusinessDocument/properties/digital/properties/dokumentpakkefingeravtrykk/properties/digestValue/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]{43}=$"},message:"must match pattern \""+"^[A-Za-z0-9+/]{43}=$"+"\""};
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
}
}
}
}
}
}
}
validate26.errors = vErrors;
return errors === 0;
}



const pattern9 = new RegExp("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$", "u");

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule17" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.digital !== undefined){
let data1 = data0.digital;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.maskinportentoken !== undefined){
let data2 = data1.maskinportentoken;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/digital/maskinportentoken",schemaPath:"#/properties/standardBusinessDocument/properties/digital/properties/maskinportentoken/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
validate27.errors = vErrors;
return errors === 0;
}




function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule18" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
if("utskrift" !== data2.type){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/type/const",keyword:"const",params:{allowedValue: "utskrift"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate28.errors = vErrors;
return errors === 0;
}



const pattern10 = new RegExp("^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:utskrift::1\\.0$", "u");

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule19" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.standard !== undefined){
let data3 = data2.standard;
if(typeof data3 === "string"){
if(!pattern10.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/standard/pattern",keyword:"pattern",params:{pattern: "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:utskrift::1\\.0$"},message:"must match pattern \""+"^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:utskrift::1\\.0$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate29.errors = vErrors;
return errors === 0;
}




function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule20" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.businessScope !== undefined){
let data2 = data1.businessScope;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.scope !== undefined){
let data3 = data2.scope;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs5 = errors;
let valid6 = true;
const _errs6 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing0;
if((data4.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data4.type !== undefined){
if("ConversationId" !== data4.type){
const err1 = {};
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
}
var _valid0 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs8 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.identifier !== undefined){
if("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0" !== data4.identifier){
const err2 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/identifier",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/then/properties/identifier/const",keyword:"const",params:{allowedValue: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0"},message:"must be equal to constant"};
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
var _valid0 = _errs8 === errors;
valid6 = _valid0;
}
if(!valid6){
const err3 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
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
validate30.errors = vErrors;
return errors === 0;
}




function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule21" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.utskrift !== undefined){
let data1 = data0.utskrift;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.avsender !== undefined){
let data2 = data1.avsender;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.virksomhetsidentifikator !== undefined){
let data3 = data2.virksomhetsidentifikator;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/utskrift/avsender/virksomhetsidentifikator/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/utskrift/properties/avsender/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.utskrift !== undefined){
let data6 = data5.utskrift;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.mottaker !== undefined){
let data7 = data6.mottaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.virksomhetsidentifikator !== undefined){
let data8 = data7.virksomhetsidentifikator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.value !== undefined){
let data9 = data8.value;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/utskrift/mottaker/virksomhetsidentifikator/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/utskrift/properties/mottaker/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
}
}
}
}
}
}
}
}
}
validate31.errors = vErrors;
return errors === 0;
}




function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule22" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.utskrift !== undefined){
let data1 = data0.utskrift;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.dokumentpakkefingeravtrykk !== undefined){
let data2 = data1.dokumentpakkefingeravtrykk;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.digestMethod !== undefined){
if("http://www.w3.org/2001/04/xmlenc#sha256" !== data2.digestMethod){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/utskrift/dokumentpakkefingeravtrykk/digestMethod",schemaPath:"#/properties/standardBusinessDocument/properties/utskrift/properties/dokumentpakkefingeravtrykk/properties/digestMethod/const",keyword:"const",params:{allowedValue: "http://www.w3.org/2001/04/xmlenc#sha256"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data2.digestValue !== undefined){
let data4 = data2.digestValue;
if(typeof data4 === "string"){
if(!pattern8.test(data4)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/utskrift/dokumentpakkefingeravtrykk/digestValue",schemaPath:"#/properties/standardBusinessDocument/properties/utskrift/properties/dokumentpakkefingeravtrykk/properties/digestValue/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]{43}=$"},message:"must match pattern \""+"^[A-Za-z0-9+/]{43}=$"+"\""};
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
}
}
}
}
}
}
}
validate32.errors = vErrors;
return errors === 0;
}




function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule23" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.utskrift !== undefined){
let data1 = data0.utskrift;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.maskinportentoken !== undefined){
let data2 = data1.maskinportentoken;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/utskrift/maskinportentoken",schemaPath:"#/properties/standardBusinessDocument/properties/utskrift/properties/maskinportentoken/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
validate33.errors = vErrors;
return errors === 0;
}




function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule24" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
if("flyttet" !== data2.type){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/type/const",keyword:"const",params:{allowedValue: "flyttet"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate34.errors = vErrors;
return errors === 0;
}



const pattern15 = new RegExp("^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:flyttet::1\\.0$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule25" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.standard !== undefined){
let data3 = data2.standard;
if(typeof data3 === "string"){
if(!pattern15.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/standard/pattern",keyword:"pattern",params:{pattern: "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:flyttet::1\\.0$"},message:"must match pattern \""+"^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:flyttet::1\\.0$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate35.errors = vErrors;
return errors === 0;
}




function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule26" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.businessScope !== undefined){
let data2 = data1.businessScope;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.scope !== undefined){
let data3 = data2.scope;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs5 = errors;
let valid6 = true;
const _errs6 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing0;
if((data4.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data4.type !== undefined){
if("ConversationId" !== data4.type){
const err1 = {};
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
}
var _valid0 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs8 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.identifier !== undefined){
if("urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0" !== data4.identifier){
const err2 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/identifier",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/then/properties/identifier/const",keyword:"const",params:{allowedValue: "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:flyttet:ver1.0"},message:"must be equal to constant"};
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
var _valid0 = _errs8 === errors;
valid6 = _valid0;
}
if(!valid6){
const err3 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
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
validate36.errors = vErrors;
return errors === 0;
}




function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule27" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.flyttet !== undefined){
let data1 = data0.flyttet;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.avsender !== undefined){
let data2 = data1.avsender;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.virksomhetsidentifikator !== undefined){
let data3 = data2.virksomhetsidentifikator;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/avsender/virksomhetsidentifikator/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/flyttet/properties/avsender/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.flyttet !== undefined){
let data6 = data5.flyttet;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.mottaker !== undefined){
let data7 = data6.mottaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.virksomhetsidentifikator !== undefined){
let data8 = data7.virksomhetsidentifikator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.value !== undefined){
let data9 = data8.value;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/mottaker/virksomhetsidentifikator/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/flyttet/properties/mottaker/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
}
}
}
}
}
}
}
}
}
validate37.errors = vErrors;
return errors === 0;
}




function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule28" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.flyttet !== undefined){
let data1 = data0.flyttet;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.varsler !== undefined){
let data2 = data1.varsler;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.epostvarsel !== undefined){
let data3 = data2.epostvarsel;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.repetisjoner !== undefined){
let data4 = data3.repetisjoner;
if(Array.isArray(data4)){
let i0 = data4.length;
let j0;
if(i0 > 1){
outer0:
for(;i0--;){
for(j0 = i0; j0--;){
if(func0(data4[i0], data4[j0])){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/varsler/epostvarsel/repetisjoner",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/flyttet/properties/varsler/properties/epostvarsel/properties/repetisjoner/uniqueItems",keyword:"uniqueItems",params:{i: i0, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i0+" are identical)"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
break outer0;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.flyttet !== undefined){
let data6 = data5.flyttet;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.varsler !== undefined){
let data7 = data6.varsler;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.smsvarsel !== undefined){
let data8 = data7.smsvarsel;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.repetisjoner !== undefined){
let data9 = data8.repetisjoner;
if(Array.isArray(data9)){
let i1 = data9.length;
let j1;
if(i1 > 1){
outer1:
for(;i1--;){
for(j1 = i1; j1--;){
if(func0(data9[i1], data9[j1])){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/varsler/smsvarsel/repetisjoner",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/flyttet/properties/varsler/properties/smsvarsel/properties/repetisjoner/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break outer1;
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
validate38.errors = vErrors;
return errors === 0;
}




function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule29" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.flyttet !== undefined){
let data1 = data0.flyttet;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.varsler !== undefined){
let data2 = data1.varsler;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!((key0 === "epostvarsel") || (key0 === "smsvarsel"))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/varsler",schemaPath:"#/properties/standardBusinessDocument/properties/flyttet/properties/varsler/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/varsler",schemaPath:"#/properties/standardBusinessDocument/properties/flyttet/properties/varsler/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
}
}
}
}
validate39.errors = vErrors;
return errors === 0;
}




function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule30" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.flyttet !== undefined){
let data1 = data0.flyttet;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.spraak !== undefined){
let data2 = data1.spraak;
if(typeof data2 === "string"){
if(!pattern7.test(data2)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/spraak",schemaPath:"#/properties/standardBusinessDocument/properties/flyttet/properties/spraak/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2}$"},message:"must match pattern \""+"^[A-Za-z]{2}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
validate40.errors = vErrors;
return errors === 0;
}




function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule31" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.flyttet !== undefined){
let data1 = data0.flyttet;
const _errs2 = errors;
const _errs3 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
let missing0;
if(((data1.virkningsdato === undefined) && (missing0 = "virkningsdato")) || ((data1.virkningstidspunkt === undefined) && (missing0 = "virkningstidspunkt"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid2 = _errs3 === errors;
if(valid2){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/flyttet",schemaPath:"#/properties/standardBusinessDocument/properties/flyttet/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
}
}
}
validate41.errors = vErrors;
return errors === 0;
}




function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule32" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.flyttet !== undefined){
let data1 = data0.flyttet;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.dokumentpakkefingeravtrykk !== undefined){
let data2 = data1.dokumentpakkefingeravtrykk;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.digestMethod !== undefined){
if("http://www.w3.org/2001/04/xmlenc#sha256" !== data2.digestMethod){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/dokumentpakkefingeravtrykk/digestMethod",schemaPath:"#/properties/standardBusinessDocument/properties/flyttet/properties/dokumentpakkefingeravtrykk/properties/digestMethod/const",keyword:"const",params:{allowedValue: "http://www.w3.org/2001/04/xmlenc#sha256"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data2.digestValue !== undefined){
let data4 = data2.digestValue;
if(typeof data4 === "string"){
if(!pattern8.test(data4)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/dokumentpakkefingeravtrykk/digestValue",schemaPath:"#/properties/standardBusinessDocument/properties/flyttet/properties/dokumentpakkefingeravtrykk/properties/digestValue/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9+/]{43}=$"},message:"must match pattern \""+"^[A-Za-z0-9+/]{43}=$"+"\""};
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
}
}
}
}
}
}
}
validate42.errors = vErrors;
return errors === 0;
}




function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule33" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.flyttet !== undefined){
let data1 = data0.flyttet;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.maskinportentoken !== undefined){
let data2 = data1.maskinportentoken;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/flyttet/maskinportentoken",schemaPath:"#/properties/standardBusinessDocument/properties/flyttet/properties/maskinportentoken/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
validate43.errors = vErrors;
return errors === 0;
}




function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule34" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
if("feil" !== data2.type){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/type/const",keyword:"const",params:{allowedValue: "feil"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate44.errors = vErrors;
return errors === 0;
}



const pattern21 = new RegExp("^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:feil::1\\.0$", "u");

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule35" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.standard !== undefined){
let data3 = data2.standard;
if(typeof data3 === "string"){
if(!pattern21.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/standard/pattern",keyword:"pattern",params:{pattern: "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:feil::1\\.0$"},message:"must match pattern \""+"^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:feil::1\\.0$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate45.errors = vErrors;
return errors === 0;
}




function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule36" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.feil !== undefined){
let data1 = data0.feil;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.avsender !== undefined){
let data2 = data1.avsender;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.virksomhetsidentifikator !== undefined){
let data3 = data2.virksomhetsidentifikator;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/feil/avsender/virksomhetsidentifikator/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/feil/properties/avsender/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.feil !== undefined){
let data6 = data5.feil;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.mottaker !== undefined){
let data7 = data6.mottaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.virksomhetsidentifikator !== undefined){
let data8 = data7.virksomhetsidentifikator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.value !== undefined){
let data9 = data8.value;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/feil/mottaker/virksomhetsidentifikator/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/feil/properties/mottaker/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
}
}
}
}
}
}
}
}
}
validate46.errors = vErrors;
return errors === 0;
}




function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule37" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.feil !== undefined){
let data1 = data0.feil;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.mottaker !== undefined){
let data2 = data1.mottaker;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!((key0 === "virksomhetsidentifikator") || (key0 === "motakeridentifikator"))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/feil/mottaker",schemaPath:"#/properties/standardBusinessDocument/properties/feil/properties/mottaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate47.errors = vErrors;
return errors === 0;
}




function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule38" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
if("leveringskvittering" !== data2.type){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/type/const",keyword:"const",params:{allowedValue: "leveringskvittering"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate48.errors = vErrors;
return errors === 0;
}



const pattern24 = new RegExp("^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:leveringskvittering::1\\.0$", "u");

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule39" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.standard !== undefined){
let data3 = data2.standard;
if(typeof data3 === "string"){
if(!pattern24.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/standard/pattern",keyword:"pattern",params:{pattern: "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:leveringskvittering::1\\.0$"},message:"must match pattern \""+"^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:leveringskvittering::1\\.0$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate49.errors = vErrors;
return errors === 0;
}




function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule40" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.leveringskvittering !== undefined){
let data1 = data0.leveringskvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.avsender !== undefined){
let data2 = data1.avsender;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.virksomhetsidentifikator !== undefined){
let data3 = data2.virksomhetsidentifikator;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/leveringskvittering/avsender/virksomhetsidentifikator/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/leveringskvittering/properties/avsender/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.leveringskvittering !== undefined){
let data6 = data5.leveringskvittering;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.mottaker !== undefined){
let data7 = data6.mottaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.virksomhetsidentifikator !== undefined){
let data8 = data7.virksomhetsidentifikator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.value !== undefined){
let data9 = data8.value;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/leveringskvittering/mottaker/virksomhetsidentifikator/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/leveringskvittering/properties/mottaker/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
}
}
}
}
}
}
}
}
}
validate50.errors = vErrors;
return errors === 0;
}




function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule41" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.leveringskvittering !== undefined){
let data1 = data0.leveringskvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.mottaker !== undefined){
let data2 = data1.mottaker;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!((key0 === "virksomhetsidentifikator") || (key0 === "motakeridentifikator"))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/leveringskvittering/mottaker",schemaPath:"#/properties/standardBusinessDocument/properties/leveringskvittering/properties/mottaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate51.errors = vErrors;
return errors === 0;
}




function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule42" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
if("aapningskvittering" !== data2.type){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/type/const",keyword:"const",params:{allowedValue: "aapningskvittering"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate52.errors = vErrors;
return errors === 0;
}



const pattern27 = new RegExp("^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:aapningskvittering::1\\.0$", "u");

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule43" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.standard !== undefined){
let data3 = data2.standard;
if(typeof data3 === "string"){
if(!pattern27.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/standard/pattern",keyword:"pattern",params:{pattern: "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:aapningskvittering::1\\.0$"},message:"must match pattern \""+"^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:aapningskvittering::1\\.0$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate53.errors = vErrors;
return errors === 0;
}


const schema55 = {"$id":"urn:innbyggerpost:strict-rule:rule44","properties":{"standardBusinessDocument":{"properties":{"standardBusinessDocumentHeader":{"properties":{"businessScope":{"properties":{"scope":{"items":{"if":{"properties":{"type":{"const":"ConversationId"}},"required":["type"]},"then":{"properties":{"identifier":{"enum":["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0"]}}}}}}}}}}}}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule44" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.businessScope !== undefined){
let data2 = data1.businessScope;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.scope !== undefined){
let data3 = data2.scope;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs5 = errors;
let valid6 = true;
const _errs6 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing0;
if((data4.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data4.type !== undefined){
if("ConversationId" !== data4.type){
const err1 = {};
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
}
var _valid0 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs8 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.identifier !== undefined){
if(!(data4.identifier === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0")){
const err2 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/identifier",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/then/properties/identifier/enum",keyword:"enum",params:{allowedValues: schema55.properties.standardBusinessDocument.properties.standardBusinessDocumentHeader.properties.businessScope.properties.scope.items.then.properties.identifier.enum},message:"must be equal to one of the allowed values"};
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
var _valid0 = _errs8 === errors;
valid6 = _valid0;
}
if(!valid6){
const err3 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
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
validate54.errors = vErrors;
return errors === 0;
}




function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule45" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.aapningskvittering !== undefined){
let data1 = data0.aapningskvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.avsender !== undefined){
let data2 = data1.avsender;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.virksomhetsidentifikator !== undefined){
let data3 = data2.virksomhetsidentifikator;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/aapningskvittering/avsender/virksomhetsidentifikator/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/aapningskvittering/properties/avsender/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.aapningskvittering !== undefined){
let data6 = data5.aapningskvittering;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.mottaker !== undefined){
let data7 = data6.mottaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.virksomhetsidentifikator !== undefined){
let data8 = data7.virksomhetsidentifikator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.value !== undefined){
let data9 = data8.value;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/aapningskvittering/mottaker/virksomhetsidentifikator/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/aapningskvittering/properties/mottaker/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
}
}
}
}
}
}
}
}
}
validate55.errors = vErrors;
return errors === 0;
}




function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule46" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.aapningskvittering !== undefined){
let data1 = data0.aapningskvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.mottaker !== undefined){
let data2 = data1.mottaker;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!((key0 === "virksomhetsidentifikator") || (key0 === "motakeridentifikator"))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/aapningskvittering/mottaker",schemaPath:"#/properties/standardBusinessDocument/properties/aapningskvittering/properties/mottaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate56.errors = vErrors;
return errors === 0;
}




function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule47" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
if("varslingfeiletkvittering" !== data2.type){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/type/const",keyword:"const",params:{allowedValue: "varslingfeiletkvittering"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate57.errors = vErrors;
return errors === 0;
}



const pattern30 = new RegExp("^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:varslingfeiletkvittering::1\\.0$", "u");

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule48" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.standard !== undefined){
let data3 = data2.standard;
if(typeof data3 === "string"){
if(!pattern30.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/standard/pattern",keyword:"pattern",params:{pattern: "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:varslingfeiletkvittering::1\\.0$"},message:"must match pattern \""+"^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:varslingfeiletkvittering::1\\.0$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate58.errors = vErrors;
return errors === 0;
}




function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule49" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.varslingfeiletkvittering !== undefined){
let data1 = data0.varslingfeiletkvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.avsender !== undefined){
let data2 = data1.avsender;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.virksomhetsidentifikator !== undefined){
let data3 = data2.virksomhetsidentifikator;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/varslingfeiletkvittering/avsender/virksomhetsidentifikator/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/varslingfeiletkvittering/properties/avsender/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.varslingfeiletkvittering !== undefined){
let data6 = data5.varslingfeiletkvittering;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.mottaker !== undefined){
let data7 = data6.mottaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.virksomhetsidentifikator !== undefined){
let data8 = data7.virksomhetsidentifikator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.value !== undefined){
let data9 = data8.value;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/varslingfeiletkvittering/mottaker/virksomhetsidentifikator/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/varslingfeiletkvittering/properties/mottaker/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
}
}
}
}
}
}
}
}
}
validate59.errors = vErrors;
return errors === 0;
}




function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule50" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.varslingfeiletkvittering !== undefined){
let data1 = data0.varslingfeiletkvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.mottaker !== undefined){
let data2 = data1.mottaker;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!((key0 === "virksomhetsidentifikator") || (key0 === "motakeridentifikator"))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/varslingfeiletkvittering/mottaker",schemaPath:"#/properties/standardBusinessDocument/properties/varslingfeiletkvittering/properties/mottaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate60.errors = vErrors;
return errors === 0;
}




function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule51" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
if("mottakskvittering" !== data2.type){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/type/const",keyword:"const",params:{allowedValue: "mottakskvittering"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate61.errors = vErrors;
return errors === 0;
}



const pattern33 = new RegExp("^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:mottakskvittering::1\\.0$", "u");

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule52" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.standard !== undefined){
let data3 = data2.standard;
if(typeof data3 === "string"){
if(!pattern33.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/standard/pattern",keyword:"pattern",params:{pattern: "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:mottakskvittering::1\\.0$"},message:"must match pattern \""+"^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:mottakskvittering::1\\.0$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate62.errors = vErrors;
return errors === 0;
}


const schema64 = {"$id":"urn:innbyggerpost:strict-rule:rule53","properties":{"standardBusinessDocument":{"properties":{"standardBusinessDocumentHeader":{"properties":{"businessScope":{"properties":{"scope":{"items":{"if":{"properties":{"type":{"const":"ConversationId"}},"required":["type"]},"then":{"properties":{"identifier":{"enum":["urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0"]}}}}}}}}}}}}};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule53" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.businessScope !== undefined){
let data2 = data1.businessScope;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.scope !== undefined){
let data3 = data2.scope;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs5 = errors;
let valid6 = true;
const _errs6 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing0;
if((data4.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data4.type !== undefined){
if("ConversationId" !== data4.type){
const err1 = {};
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
}
var _valid0 = _errs6 === errors;
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs8 = errors;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.identifier !== undefined){
if(!(data4.identifier === "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:utskrift:ver1.0")){
const err2 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0+"/identifier",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/then/properties/identifier/enum",keyword:"enum",params:{allowedValues: schema64.properties.standardBusinessDocument.properties.standardBusinessDocumentHeader.properties.businessScope.properties.scope.items.then.properties.identifier.enum},message:"must be equal to one of the allowed values"};
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
var _valid0 = _errs8 === errors;
valid6 = _valid0;
}
if(!valid6){
const err3 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/businessScope/scope/" + i0,schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/businessScope/properties/scope/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
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
validate63.errors = vErrors;
return errors === 0;
}




function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule54" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.mottakskvittering !== undefined){
let data1 = data0.mottakskvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.avsender !== undefined){
let data2 = data1.avsender;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.virksomhetsidentifikator !== undefined){
let data3 = data2.virksomhetsidentifikator;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/mottakskvittering/avsender/virksomhetsidentifikator/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/mottakskvittering/properties/avsender/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.mottakskvittering !== undefined){
let data6 = data5.mottakskvittering;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.mottaker !== undefined){
let data7 = data6.mottaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.virksomhetsidentifikator !== undefined){
let data8 = data7.virksomhetsidentifikator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.value !== undefined){
let data9 = data8.value;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/mottakskvittering/mottaker/virksomhetsidentifikator/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/mottakskvittering/properties/mottaker/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
}
}
}
}
}
}
}
}
}
validate64.errors = vErrors;
return errors === 0;
}




function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule55" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.mottakskvittering !== undefined){
let data1 = data0.mottakskvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.mottaker !== undefined){
let data2 = data1.mottaker;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!((key0 === "virksomhetsidentifikator") || (key0 === "motakeridentifikator"))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/mottakskvittering/mottaker",schemaPath:"#/properties/standardBusinessDocument/properties/mottakskvittering/properties/mottaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate65.errors = vErrors;
return errors === 0;
}




function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule56" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.type !== undefined){
if("returpostkvittering" !== data2.type){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/type",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/type/const",keyword:"const",params:{allowedValue: "returpostkvittering"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate66.errors = vErrors;
return errors === 0;
}



const pattern36 = new RegExp("^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:returpostkvittering::1\\.0$", "u");

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule57" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.standardBusinessDocumentHeader !== undefined){
let data1 = data0.standardBusinessDocumentHeader;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.documentIdentification !== undefined){
let data2 = data1.documentIdentification;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.standard !== undefined){
let data3 = data2.standard;
if(typeof data3 === "string"){
if(!pattern36.test(data3)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/standard",schemaPath:"#/properties/standardBusinessDocument/properties/standardBusinessDocumentHeader/properties/documentIdentification/properties/standard/pattern",keyword:"pattern",params:{pattern: "^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:returpostkvittering::1\\.0$"},message:"must match pattern \""+"^urn:fdc:digdir\\.no:2020:innbyggerpost:xsd::[Ii]nnbyggerpost##urn:fdc:digdir\\.no:2020:innbyggerpost:schema:returpostkvittering::1\\.0$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
validate67.errors = vErrors;
return errors === 0;
}




function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule58" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.returpostkvittering !== undefined){
let data1 = data0.returpostkvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.avsender !== undefined){
let data2 = data1.avsender;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.virksomhetsidentifikator !== undefined){
let data3 = data2.virksomhetsidentifikator;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.value !== undefined){
let data4 = data3.value;
if(typeof data4 === "string"){
if(!pattern3.test(data4)){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/returpostkvittering/avsender/virksomhetsidentifikator/value",schemaPath:"#/allOf/0/properties/standardBusinessDocument/properties/returpostkvittering/properties/avsender/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data5 = data.standardBusinessDocument;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.returpostkvittering !== undefined){
let data6 = data5.returpostkvittering;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.mottaker !== undefined){
let data7 = data6.mottaker;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.virksomhetsidentifikator !== undefined){
let data8 = data7.virksomhetsidentifikator;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.value !== undefined){
let data9 = data8.value;
if(typeof data9 === "string"){
if(!pattern3.test(data9)){
const err1 = {instancePath:instancePath+"/standardBusinessDocument/returpostkvittering/mottaker/virksomhetsidentifikator/value",schemaPath:"#/allOf/1/properties/standardBusinessDocument/properties/returpostkvittering/properties/mottaker/properties/virksomhetsidentifikator/properties/value/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}:\\w{1,35}$"},message:"must match pattern \""+"^[0-9]{4}:\\w{1,35}$"+"\""};
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
}
}
}
}
}
}
}
}
}
validate68.errors = vErrors;
return errors === 0;
}




function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:innbyggerpost:strict-rule:rule59" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.standardBusinessDocument !== undefined){
let data0 = data.standardBusinessDocument;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.returpostkvittering !== undefined){
let data1 = data0.returpostkvittering;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.mottaker !== undefined){
let data2 = data1.mottaker;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
if(!((key0 === "virksomhetsidentifikator") || (key0 === "motakeridentifikator"))){
const err0 = {instancePath:instancePath+"/standardBusinessDocument/returpostkvittering/mottaker",schemaPath:"#/properties/standardBusinessDocument/properties/returpostkvittering/properties/mottaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
}
}
}
}
validate69.errors = vErrors;
return errors === 0;
}

export const rule0: CompiledValidator = validate10;
export const rule1: CompiledValidator = validate11;
export const rule2: CompiledValidator = validate12;
export const rule3: CompiledValidator = validate13;
export const rule4: CompiledValidator = validate14;
export const rule5: CompiledValidator = validate15;
export const rule6: CompiledValidator = validate16;
export const rule7: CompiledValidator = validate17;
export const rule8: CompiledValidator = validate18;
export const rule9: CompiledValidator = validate19;
export const rule10: CompiledValidator = validate20;
export const rule11: CompiledValidator = validate21;
export const rule12: CompiledValidator = validate22;
export const rule13: CompiledValidator = validate23;
export const rule14: CompiledValidator = validate24;
export const rule15: CompiledValidator = validate25;
export const rule16: CompiledValidator = validate26;
export const rule17: CompiledValidator = validate27;
export const rule18: CompiledValidator = validate28;
export const rule19: CompiledValidator = validate29;
export const rule20: CompiledValidator = validate30;
export const rule21: CompiledValidator = validate31;
export const rule22: CompiledValidator = validate32;
export const rule23: CompiledValidator = validate33;
export const rule24: CompiledValidator = validate34;
export const rule25: CompiledValidator = validate35;
export const rule26: CompiledValidator = validate36;
export const rule27: CompiledValidator = validate37;
export const rule28: CompiledValidator = validate38;
export const rule29: CompiledValidator = validate39;
export const rule30: CompiledValidator = validate40;
export const rule31: CompiledValidator = validate41;
export const rule32: CompiledValidator = validate42;
export const rule33: CompiledValidator = validate43;
export const rule34: CompiledValidator = validate44;
export const rule35: CompiledValidator = validate45;
export const rule36: CompiledValidator = validate46;
export const rule37: CompiledValidator = validate47;
export const rule38: CompiledValidator = validate48;
export const rule39: CompiledValidator = validate49;
export const rule40: CompiledValidator = validate50;
export const rule41: CompiledValidator = validate51;
export const rule42: CompiledValidator = validate52;
export const rule43: CompiledValidator = validate53;
export const rule44: CompiledValidator = validate54;
export const rule45: CompiledValidator = validate55;
export const rule46: CompiledValidator = validate56;
export const rule47: CompiledValidator = validate57;
export const rule48: CompiledValidator = validate58;
export const rule49: CompiledValidator = validate59;
export const rule50: CompiledValidator = validate60;
export const rule51: CompiledValidator = validate61;
export const rule52: CompiledValidator = validate62;
export const rule53: CompiledValidator = validate63;
export const rule54: CompiledValidator = validate64;
export const rule55: CompiledValidator = validate65;
export const rule56: CompiledValidator = validate66;
export const rule57: CompiledValidator = validate67;
export const rule58: CompiledValidator = validate68;
export const rule59: CompiledValidator = validate69;

/** The strict overlay checks that apply to each message type, in rule order. */
export const strictRuleChecks: Readonly<Record<DpiType, readonly { readonly code: StrictRuleCode; readonly severity: Severity; readonly validate: CompiledValidator }[]>> = {
  digital: [
    { code: "type-matches-payload", severity: "error", validate: rule0 },
    { code: "standard-matches-type", severity: "error", validate: rule1 },
    { code: "header-version", severity: "error", validate: rule2 },
    { code: "type-version", severity: "error", validate: rule3 },
    { code: "conversation-scope", severity: "error", validate: rule4 },
    { code: "conversation-process", severity: "error", validate: rule5 },
    { code: "letter-process", severity: "error", validate: rule6 },
    { code: "plain-uuid", severity: "error", validate: rule7 },
    { code: "expected-response-date-time", severity: "error", validate: rule8 },
    { code: "scope-type-known", severity: "warning", validate: rule9 },
    { code: "partner-identifier", severity: "warning", validate: rule10 },
    { code: "organisation-identifier-anchored", severity: "error", validate: rule11 },
    { code: "repetisjoner-unique", severity: "error", validate: rule12 },
    { code: "varsler-object", severity: "error", validate: rule13 },
    { code: "spraak-letters", severity: "error", validate: rule14 },
    { code: "virkning-one-of", severity: "warning", validate: rule15 },
    { code: "digest-sha256", severity: "warning", validate: rule16 },
    { code: "maskinportentoken-jwt", severity: "warning", validate: rule17 },
  ],
  utskrift: [
    { code: "type-matches-payload", severity: "error", validate: rule18 },
    { code: "standard-matches-type", severity: "error", validate: rule19 },
    { code: "header-version", severity: "error", validate: rule2 },
    { code: "type-version", severity: "error", validate: rule3 },
    { code: "conversation-scope", severity: "error", validate: rule4 },
    { code: "conversation-process", severity: "error", validate: rule5 },
    { code: "letter-process", severity: "error", validate: rule20 },
    { code: "plain-uuid", severity: "error", validate: rule7 },
    { code: "expected-response-date-time", severity: "error", validate: rule8 },
    { code: "scope-type-known", severity: "warning", validate: rule9 },
    { code: "partner-identifier", severity: "warning", validate: rule10 },
    { code: "organisation-identifier-anchored", severity: "error", validate: rule21 },
    { code: "digest-sha256", severity: "warning", validate: rule22 },
    { code: "maskinportentoken-jwt", severity: "warning", validate: rule23 },
  ],
  flyttet: [
    { code: "type-matches-payload", severity: "error", validate: rule24 },
    { code: "standard-matches-type", severity: "error", validate: rule25 },
    { code: "header-version", severity: "error", validate: rule2 },
    { code: "type-version", severity: "error", validate: rule3 },
    { code: "conversation-scope", severity: "error", validate: rule4 },
    { code: "conversation-process", severity: "error", validate: rule5 },
    { code: "letter-process", severity: "error", validate: rule26 },
    { code: "plain-uuid", severity: "error", validate: rule7 },
    { code: "expected-response-date-time", severity: "error", validate: rule8 },
    { code: "scope-type-known", severity: "warning", validate: rule9 },
    { code: "partner-identifier", severity: "warning", validate: rule10 },
    { code: "organisation-identifier-anchored", severity: "error", validate: rule27 },
    { code: "repetisjoner-unique", severity: "error", validate: rule28 },
    { code: "varsler-object", severity: "error", validate: rule29 },
    { code: "spraak-letters", severity: "error", validate: rule30 },
    { code: "virkning-one-of", severity: "warning", validate: rule31 },
    { code: "digest-sha256", severity: "warning", validate: rule32 },
    { code: "maskinportentoken-jwt", severity: "warning", validate: rule33 },
  ],
  feil: [
    { code: "type-matches-payload", severity: "error", validate: rule34 },
    { code: "standard-matches-type", severity: "error", validate: rule35 },
    { code: "header-version", severity: "error", validate: rule2 },
    { code: "type-version", severity: "error", validate: rule3 },
    { code: "conversation-scope", severity: "error", validate: rule4 },
    { code: "conversation-process", severity: "error", validate: rule5 },
    { code: "receipt-process", severity: "warning", validate: rule5 },
    { code: "plain-uuid", severity: "error", validate: rule7 },
    { code: "expected-response-date-time", severity: "error", validate: rule8 },
    { code: "scope-type-known", severity: "warning", validate: rule9 },
    { code: "partner-identifier", severity: "warning", validate: rule10 },
    { code: "organisation-identifier-anchored", severity: "error", validate: rule36 },
    { code: "mottaker-closed", severity: "warning", validate: rule37 },
  ],
  leveringskvittering: [
    { code: "type-matches-payload", severity: "error", validate: rule38 },
    { code: "standard-matches-type", severity: "error", validate: rule39 },
    { code: "header-version", severity: "error", validate: rule2 },
    { code: "type-version", severity: "error", validate: rule3 },
    { code: "conversation-scope", severity: "error", validate: rule4 },
    { code: "conversation-process", severity: "error", validate: rule5 },
    { code: "receipt-process", severity: "warning", validate: rule5 },
    { code: "plain-uuid", severity: "error", validate: rule7 },
    { code: "expected-response-date-time", severity: "error", validate: rule8 },
    { code: "scope-type-known", severity: "warning", validate: rule9 },
    { code: "partner-identifier", severity: "warning", validate: rule10 },
    { code: "organisation-identifier-anchored", severity: "error", validate: rule40 },
    { code: "mottaker-closed", severity: "warning", validate: rule41 },
  ],
  aapningskvittering: [
    { code: "type-matches-payload", severity: "error", validate: rule42 },
    { code: "standard-matches-type", severity: "error", validate: rule43 },
    { code: "header-version", severity: "error", validate: rule2 },
    { code: "type-version", severity: "error", validate: rule3 },
    { code: "conversation-scope", severity: "error", validate: rule4 },
    { code: "conversation-process", severity: "error", validate: rule5 },
    { code: "receipt-process", severity: "warning", validate: rule44 },
    { code: "plain-uuid", severity: "error", validate: rule7 },
    { code: "expected-response-date-time", severity: "error", validate: rule8 },
    { code: "scope-type-known", severity: "warning", validate: rule9 },
    { code: "partner-identifier", severity: "warning", validate: rule10 },
    { code: "organisation-identifier-anchored", severity: "error", validate: rule45 },
    { code: "mottaker-closed", severity: "warning", validate: rule46 },
  ],
  varslingfeiletkvittering: [
    { code: "type-matches-payload", severity: "error", validate: rule47 },
    { code: "standard-matches-type", severity: "error", validate: rule48 },
    { code: "header-version", severity: "error", validate: rule2 },
    { code: "type-version", severity: "error", validate: rule3 },
    { code: "conversation-scope", severity: "error", validate: rule4 },
    { code: "conversation-process", severity: "error", validate: rule5 },
    { code: "receipt-process", severity: "warning", validate: rule44 },
    { code: "plain-uuid", severity: "error", validate: rule7 },
    { code: "expected-response-date-time", severity: "error", validate: rule8 },
    { code: "scope-type-known", severity: "warning", validate: rule9 },
    { code: "partner-identifier", severity: "warning", validate: rule10 },
    { code: "organisation-identifier-anchored", severity: "error", validate: rule49 },
    { code: "mottaker-closed", severity: "warning", validate: rule50 },
  ],
  mottakskvittering: [
    { code: "type-matches-payload", severity: "error", validate: rule51 },
    { code: "standard-matches-type", severity: "error", validate: rule52 },
    { code: "header-version", severity: "error", validate: rule2 },
    { code: "type-version", severity: "error", validate: rule3 },
    { code: "conversation-scope", severity: "error", validate: rule4 },
    { code: "conversation-process", severity: "error", validate: rule5 },
    { code: "receipt-process", severity: "warning", validate: rule53 },
    { code: "plain-uuid", severity: "error", validate: rule7 },
    { code: "expected-response-date-time", severity: "error", validate: rule8 },
    { code: "scope-type-known", severity: "warning", validate: rule9 },
    { code: "partner-identifier", severity: "warning", validate: rule10 },
    { code: "organisation-identifier-anchored", severity: "error", validate: rule54 },
    { code: "mottaker-closed", severity: "warning", validate: rule55 },
  ],
  returpostkvittering: [
    { code: "type-matches-payload", severity: "error", validate: rule56 },
    { code: "standard-matches-type", severity: "error", validate: rule57 },
    { code: "header-version", severity: "error", validate: rule2 },
    { code: "type-version", severity: "error", validate: rule3 },
    { code: "conversation-scope", severity: "error", validate: rule4 },
    { code: "conversation-process", severity: "error", validate: rule5 },
    { code: "receipt-process", severity: "warning", validate: rule53 },
    { code: "plain-uuid", severity: "error", validate: rule7 },
    { code: "expected-response-date-time", severity: "error", validate: rule8 },
    { code: "scope-type-known", severity: "warning", validate: rule9 },
    { code: "partner-identifier", severity: "warning", validate: rule10 },
    { code: "organisation-identifier-anchored", severity: "error", validate: rule58 },
    { code: "mottaker-closed", severity: "warning", validate: rule59 },
  ],
};
