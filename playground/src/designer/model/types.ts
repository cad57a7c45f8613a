/** The design: exactly the files of forms/<id>/, plus what versioning needs to know about the form as it was. */
export type Json = unknown;
export type JsonObject = Record<string, unknown>;

export interface FormMeta {
  id: string;
  version: string;
  title: string;
  dossierKey: string;
  order?: number;
  $comment?: string;
}

/** A uischema element, as the files hold it. */
export interface UiElement {
  type: string;
  label?: string;
  scope?: string;
  elements?: UiElement[];
  options?: JsonObject;
  rule?: JsonObject;
  [key: string]: unknown;
}

/** The files of a form folder (forms/<id>/). */
export interface FormFolder {
  form: FormMeta;
  schema: JsonObject;
  uischema: UiElement;
  sample: JsonObject;
  /** i18n/<locale>.json by locale. */
  i18n: Record<string, JsonObject>;
  /** migrations/<from>-to-<to>.json by file name without .json. */
  migrations: Record<string, JsonObject>;
  changelog: string;
}

/** A field type the designer offers (单行文本 … 附件清单), or a field it shows but does not build ('group'). */
export type FieldType =
  | 'text' | 'chapter' | 'money' | 'number' | 'date' | 'boolean' | 'choice' | 'multi' | 'table' | 'documents' | 'group' | 'other';

export interface Design {
  folder: FormFolder;
  /** The form as it was loaded: the version edits are counted from and its fields' types. */
  base: {
    version: string;
    fields: Record<string, { type: FieldType; title: string }>;
    required: string[];
    /** The schema, uischema, translations and title as loaded, to tell whether anything else changed. */
    digest: string;
  };
  /** Each field's key in the base version (null: added since), by its key now. */
  origins: Record<string, string | null>;
  /** A built-in form being given a new version (its id is then no clash). */
  replaces?: string;
  /** A form never released: its first version is 1.0.0 whatever the edits. */
  isNew?: boolean;
}
