/** An error as ajv reports it (the fields our issues are built from). */
export interface CompiledError {
  instancePath: string;
  /** Not emitted: issues point into the instance, never into the schema. */
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator function as ajv's standalone code emits it. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledError[] | null;
}
