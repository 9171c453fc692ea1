import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ContactRow, CompanyRow, LeadRow, PipelineRow, StageRow, StageChangeRow, CustomFieldDefinitionRow } from '../entities';
import type { CustomFieldValueView, UserRef, CrmContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An organisation the tenant does business with. */
export type Company = {
  __typename?: 'Company';
  /** How many contacts work here. */
  contactCount: Scalars['Int']['output'];
  /** The contacts that work here. */
  contacts: ContactConnection;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Values of the tenant's COMPANY custom fields, in definition order. */
  customFields: Array<CustomFieldValue>;
  /** Free-form notes, up to 5,000 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** Web domain (`acme.com`), normalised to lower case without scheme, `www.` or path; unique in the tenant. */
  domain?: Maybe<Scalars['String']['output']>;
  /** Number of employees, if known. */
  employees?: Maybe<Scalars['Int']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Industry, up to 100 characters. */
  industry?: Maybe<Scalars['String']['output']>;
  /** The leads with this company. */
  leads: LeadConnection;
  /** Display name, 1 to 200 characters. */
  name: Scalars['String']['output'];
  /** The user responsible for the account, if any. */
  owner?: Maybe<User>;
  /** Main phone number, up to 40 characters. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Labels (at most 20, each 1 to 40 characters; stored in lower case). */
  tags: Array<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** An organisation the tenant does business with. */
export type CompanyContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ContactOrder>;
};


/** An organisation the tenant does business with. */
export type CompanyLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrder>;
};

/** A page of companies. */
export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  /** The companies of this page. */
  edges: Array<CompanyEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many companies match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One company in a page of companies. */
export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  /** Opaque position of this company in the list. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: Company;
};

/** Narrows a company list; all given conditions must hold. */
export type CompanyFilter = {
  /** Only companies created at or after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only companies created before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only companies with exactly this industry (MySQL's collation also ignores case; SQLite does not). */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Only companies owned by this user. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Every word must start a word of the name, domain or industry (case- and accent-insensitive; 1 to 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only companies with this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort a company list; ties are broken by id, so pages never overlap or skip. */
export type CompanyOrder = {
  direction: OrderDirection;
  field: CompanyOrderField;
};

/** A field companies can be sorted by. */
export type CompanyOrderField =
  | 'CREATED_AT'
  /** By name, case- and accent-insensitively. */
  | 'NAME'
  | 'UPDATED_AT';

/** The result of creating or updating a company. */
export type CompanyPayload = {
  __typename?: 'CompanyPayload';
  /** The company as saved; null when `errors` is not empty. */
  company?: Maybe<Company>;
  /** Why nothing was saved; empty on success. */
  errors: Array<UserError>;
};

/** A person the tenant is in touch with. */
export type Contact = {
  __typename?: 'Contact';
  /** Where the contact works. */
  company?: Maybe<Company>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Values of the tenant's CONTACT custom fields, in definition order. */
  customFields: Array<CustomFieldValue>;
  /** First and last name, or the email when neither is set. */
  displayName: Scalars['String']['output'];
  /** Email address, stored in lower case; unique in the tenant. */
  email?: Maybe<Scalars['String']['output']>;
  /** Given name, up to 100 characters. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Family name, up to 100 characters. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** The leads of this contact. */
  leads: LeadConnection;
  /** The user responsible for the contact, if any. */
  owner?: Maybe<User>;
  /** Phone number, up to 40 characters. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Labels (at most 20, each 1 to 40 characters; stored in lower case). */
  tags: Array<Scalars['String']['output']>;
  /** Job title, up to 120 characters. */
  title?: Maybe<Scalars['String']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A person the tenant is in touch with. */
export type ContactLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrder>;
};

/** A page of contacts. */
export type ContactConnection = {
  __typename?: 'ContactConnection';
  /** The contacts of this page. */
  edges: Array<ContactEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many contacts match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One contact in a page of contacts. */
export type ContactEdge = {
  __typename?: 'ContactEdge';
  /** Opaque position of this contact in the list. */
  cursor: Scalars['String']['output'];
  /** The contact. */
  node: Contact;
};

/** Narrows a contact list; all given conditions must hold. */
export type ContactFilter = {
  /** Only contacts of this company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contacts created at or after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only contacts created before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only contacts with (true) or without (false) an email. */
  hasEmail?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only contacts owned by this user. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Every word must start a word of the name, email, phone, title or company name (case- and
   * accent-insensitive; 1 to 100 characters, at most 10 words). Full-text indexed on MySQL.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only contacts with this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort a contact list; ties are broken by id, so pages never overlap or skip. */
export type ContactOrder = {
  direction: OrderDirection;
  field: ContactOrderField;
};

/** A field contacts can be sorted by. */
export type ContactOrderField =
  | 'CREATED_AT'
  /** By first then last name (or email), case- and accent-insensitively. */
  | 'NAME'
  | 'UPDATED_AT';

/** The result of creating or updating a contact. */
export type ContactPayload = {
  __typename?: 'ContactPayload';
  /** The contact as saved; null when `errors` is not empty. */
  contact?: Maybe<Contact>;
  /** Why nothing was saved; empty on success. */
  errors: Array<UserError>;
};

/** A new company. */
export type CreateCompanyInput = {
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  employees?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new contact; at least one of first name, last name and email is required. */
export type CreateContactInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A new lead. */
export type CreateLeadInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  /** `YYYY-MM-DD`. */
  expectedCloseDate?: InputMaybe<Scalars['String']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Default: the first stage of the default pipeline. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  value?: InputMaybe<MoneyInput>;
};

/** A new pipeline. */
export type CreatePipelineInput = {
  /** Make it the tenant's default pipeline. */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** 1 to 30 stages, in order; at least one OPEN. */
  stages: Array<StageInput>;
};

/** A tenant-defined extra field on contacts, companies or leads (catalogue #15, Twenty's custom fields). */
export type CustomFieldDefinition = {
  __typename?: 'CustomFieldDefinition';
  /** When it was defined. */
  createdAt: Scalars['DateTime']['output'];
  /** Which kind of record carries it. */
  entity: CustomFieldEntity;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Machine key, unique per entity kind in the tenant: `[a-z][a-z0-9_]*`, at most 40 characters; also the CSV column name. */
  key: Scalars['String']['output'];
  /** Human label, 1 to 100 characters. */
  label: Scalars['String']['output'];
  /** The allowed values of a SELECT field (1 to 50, each 1 to 100 characters); empty for other types. */
  options: Array<Scalars['String']['output']>;
  /** The type every value is checked against on write. */
  type: CustomFieldType;
};

/** The result of defining or changing a custom field. */
export type CustomFieldDefinitionPayload = {
  __typename?: 'CustomFieldDefinitionPayload';
  /** The definition as saved; null when `errors` is not empty. */
  definition?: Maybe<CustomFieldDefinition>;
  /** Why nothing was saved; empty on success. */
  errors: Array<UserError>;
};

/** The kind of record a custom field belongs to. */
export type CustomFieldEntity =
  /** Organisations (`Company`). */
  | 'COMPANY'
  /** People (`Contact`). */
  | 'CONTACT'
  /** Deals in a pipeline (`Lead`). */
  | 'LEAD';

/** Sets (or, with `value: null` or an empty string, clears) one custom field of a record. */
export type CustomFieldInput = {
  /** Key of a definition for this kind of record. */
  key: Scalars['String']['input'];
  /** The value in the type's string form; null or empty clears it. */
  value?: InputMaybe<Scalars['String']['input']>;
};

/** The type of a custom field's values; values are written and read as strings in this form. */
export type CustomFieldType =
  /** `true` or `false` (imports also accept yes/no, 1/0). */
  | 'BOOLEAN'
  /** A calendar date, `YYYY-MM-DD`. */
  | 'DATE'
  /** A decimal number (e.g. `42`, `-3.5`), at most 15 significant digits. */
  | 'NUMBER'
  /** One of the definition's `options` (matched case-insensitively, stored as the option is spelled). */
  | 'SELECT'
  /** Free text, up to 1,000 characters. */
  | 'TEXT';

/** The value of one custom field on a record. */
export type CustomFieldValue = {
  __typename?: 'CustomFieldValue';
  /** The definition's key. */
  key: Scalars['String']['output'];
  /** The definition's label. */
  label: Scalars['String']['output'];
  /** The definition's type. */
  type: CustomFieldType;
  /** The value in the type's string form (see `CustomFieldType`). */
  value: Scalars['String']['output'];
};

/** A new custom field definition. */
export type DefineCustomFieldInput = {
  entity: CustomFieldEntity;
  /** `[a-z][a-z0-9_]*`, at most 40 characters; cannot be changed later. */
  key: Scalars['String']['input'];
  /** 1 to 100 characters. */
  label: Scalars['String']['input'];
  /** Required for SELECT (1 to 50 distinct options, each 1 to 100 characters), refused otherwise. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  type: CustomFieldType;
};

/** The result of deleting a record. */
export type DeletePayload = {
  __typename?: 'DeletePayload';
  /** Id of the deleted record; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  errors: Array<UserError>;
};

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** How to import. */
export type ImportContactsOptions = {
  /** Default EMAIL. */
  dedupBy?: InputMaybe<ImportDedupKey>;
  /** When true, nothing is written: the result says what an import would do. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default SKIP. */
  onDuplicate?: InputMaybe<ImportDuplicateAction>;
};

/** What an import did (or, with `dryRun`, would do). */
export type ImportContactsResult = {
  __typename?: 'ImportContactsResult';
  /** Companies created because a row named one that did not exist. */
  companiesCreated: Scalars['Int']['output'];
  /** Contacts created. */
  created: Scalars['Int']['output'];
  /** Whether nothing was written. */
  dryRun: Scalars['Boolean']['output'];
  /** Rows refused, with why; they were not imported, the valid rows were. */
  errors: Array<ImportRowError>;
  /** Header cells that map to no contact field or custom field; their cells were ignored. */
  ignoredColumns: Array<Scalars['String']['output']>;
  /** Rows that matched an existing contact and were left alone (`onDuplicate: SKIP`), plus blank rows. */
  skipped: Scalars['Int']['output'];
  /** Existing contacts updated (`onDuplicate: UPDATE`). */
  updated: Scalars['Int']['output'];
};

/** What identifies an existing contact during an import. */
export type ImportDedupKey =
  /** The email, compared in lower case. Rows without an email are always created. */
  | 'EMAIL';

/** What an import does with a row whose contact already exists. */
export type ImportDuplicateAction =
  /** Leave the existing contact alone and count the row as skipped. */
  | 'SKIP'
  /** Overwrite the existing contact with the row's non-empty cells (needs tenant MANAGER). */
  | 'UPDATE';

/** One row the import refused. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** BAD_USER_INPUT for invalid cells, CONFLICT for a duplicate of an earlier row of the same file. */
  code: ErrorCode;
  /** The column (contact field or custom field key) at fault, or null for the whole row. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong. */
  message: Scalars['String']['output'];
  /** The row's record number in the file, the header being 1 (a quoted cell with line breaks spans several lines but is one record). */
  row: Scalars['Int']['output'];
};

/** A deal being pursued with a contact and/or company, moving through a pipeline's stages. */
export type Lead = {
  __typename?: 'Lead';
  /** When it reached a WON or LOST stage; null while open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The organisation the deal is with. */
  company?: Maybe<Company>;
  /** The person the deal is with. */
  contact?: Maybe<Contact>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Values of the tenant's LEAD custom fields, in definition order. */
  customFields: Array<CustomFieldValue>;
  /** When it is expected to close, `YYYY-MM-DD`. */
  expectedCloseDate?: Maybe<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The user working the lead. */
  owner?: Maybe<User>;
  /** The stage's pipeline. */
  pipeline: Pipeline;
  /** The current stage. */
  stage: Stage;
  /** Every stage change, oldest first (the first entry is the stage it was created in). */
  stageHistory: Array<StageChange>;
  /** Where the lead stands (follows the stage's kind). */
  status: LeadStatus;
  /** 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Expected value, if known. */
  value?: Maybe<Money>;
};

/** A page of leads. */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The leads of this page. */
  edges: Array<LeadEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many leads match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One lead in a page of leads. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Opaque position of this lead in the list. */
  cursor: Scalars['String']['output'];
  /** The lead. */
  node: Lead;
};

/** Narrows a lead list; all given conditions must hold. */
export type LeadFilter = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  /** Only leads created at or after this instant. */
  createdAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only leads created before this instant. */
  createdBefore?: InputMaybe<Scalars['DateTime']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  /** Every word must start a word of the title (case- and accent-insensitive; 1 to 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  stageId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<LeadStatus>;
};

/** How to sort a lead list; ties are broken by id. */
export type LeadOrder = {
  direction: OrderDirection;
  field: LeadOrderField;
};

/** A field leads can be sorted by. */
export type LeadOrderField =
  | 'CREATED_AT'
  /** By title, case- and accent-insensitively. */
  | 'TITLE'
  | 'UPDATED_AT'
  /** By amount in minor units (currencies are not converted; leads without a value count as 0). */
  | 'VALUE';

/** The result of creating, updating or moving a lead. */
export type LeadPayload = {
  __typename?: 'LeadPayload';
  /** Why nothing was saved; empty on success. */
  errors: Array<UserError>;
  /** The lead as saved; null when `errors` is not empty. */
  lead?: Maybe<Lead>;
};

/** Where a lead stands, following its stage's kind. */
export type LeadStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** An amount of money in a currency's minor unit (cents for USD). */
export type Money = {
  __typename?: 'Money';
  /** Minor units, 0 to 2,147,483,647. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 code, e.g. `EUR`. */
  currency: Scalars['String']['output'];
};

/** An amount of money, as input. */
export type MoneyInput = {
  /** Minor units, 0 to 2,147,483,647. */
  amount: Scalars['Int']['input'];
  /** ISO 4217 code (three letters). */
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a stage at `position` (default: the end). Tenant MANAGER. */
  addStage?: Maybe<PipelinePayload>;
  /** Creates a company. The domain, if any, must be new in the tenant. */
  createCompany?: Maybe<CompanyPayload>;
  /** Creates a contact. The email, if any, must be new in the tenant. */
  createContact?: Maybe<ContactPayload>;
  /** Creates a lead, in `stageId` or the default pipeline's first stage. */
  createLead?: Maybe<LeadPayload>;
  /** Creates a pipeline with its stages (at most 20 pipelines per tenant). Tenant MANAGER. */
  createPipeline?: Maybe<PipelinePayload>;
  /** Defines a custom field (at most 50 per kind of record). Tenant MANAGER. */
  defineCustomField?: Maybe<CustomFieldDefinitionPayload>;
  /** Deletes a company; its contacts and leads lose the link. Tenant MANAGER. */
  deleteCompany?: Maybe<DeletePayload>;
  /** Deletes a contact; its leads keep going without a contact. Tenant MANAGER. */
  deleteContact?: Maybe<DeletePayload>;
  /** Deletes a custom field definition; values already stored are no longer shown and are dropped on the record's next write. Tenant MANAGER. */
  deleteCustomField?: Maybe<DeletePayload>;
  /** Deletes a lead and its history. Tenant MANAGER. */
  deleteLead?: Maybe<DeletePayload>;
  /**
   * Deletes a stage; its leads move to `moveLeadsTo` (a stage of the same pipeline), which is required
   * when it has leads. A pipeline keeps at least one OPEN stage. Tenant MANAGER.
   */
  deleteStage?: Maybe<PipelinePayload>;
  /**
   * Imports contacts from CSV text (RFC 4180; first record is the header; at most 512 KiB and 5,000 rows).
   * Valid rows are written in one transaction (all of them or, on an unexpected failure, none); invalid
   * rows are reported in `errors` and skipped. See docs/API/crm.md for the column names.
   */
  importContacts?: Maybe<ImportContactsResult>;
  /** Moves a lead to a stage (of any pipeline), recording the change; WON/LOST stages close it, OPEN ones reopen it. */
  moveLead?: Maybe<LeadPayload>;
  /** Puts a pipeline's stages in the given order (every stage exactly once). Tenant MANAGER. */
  reorderStages?: Maybe<PipelinePayload>;
  /** Changes a company. */
  updateCompany?: Maybe<CompanyPayload>;
  /** Changes a contact. */
  updateContact?: Maybe<ContactPayload>;
  /** Changes a custom field's label or options. Tenant MANAGER. */
  updateCustomField?: Maybe<CustomFieldDefinitionPayload>;
  /** Changes a lead's details. */
  updateLead?: Maybe<LeadPayload>;
  /** Renames a pipeline or makes it the default. Tenant MANAGER. */
  updatePipeline?: Maybe<PipelinePayload>;
  /** Changes a stage; changing its kind re-derives the status of the leads in it. Tenant MANAGER. */
  updateStage?: Maybe<PipelinePayload>;
};


export type MutationAddStageArgs = {
  input: StageInput;
  pipelineId: Scalars['ID']['input'];
  position?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationCreateContactArgs = {
  input: CreateContactInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreatePipelineArgs = {
  input: CreatePipelineInput;
};


export type MutationDefineCustomFieldArgs = {
  input: DefineCustomFieldInput;
};


export type MutationDeleteCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteContactArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCustomFieldArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteLeadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStageArgs = {
  id: Scalars['ID']['input'];
  moveLeadsTo?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationImportContactsArgs = {
  csv: Scalars['String']['input'];
  options?: InputMaybe<ImportContactsOptions>;
};


export type MutationMoveLeadArgs = {
  id: Scalars['ID']['input'];
  stageId: Scalars['ID']['input'];
};


export type MutationReorderStagesArgs = {
  pipelineId: Scalars['ID']['input'];
  stageIds: Array<Scalars['ID']['input']>;
};


export type MutationUpdateCompanyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCompanyInput;
};


export type MutationUpdateContactArgs = {
  id: Scalars['ID']['input'];
  input: UpdateContactInput;
};


export type MutationUpdateCustomFieldArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomFieldInput;
};


export type MutationUpdateLeadArgs = {
  id: Scalars['ID']['input'];
  input: UpdateLeadInput;
};


export type MutationUpdatePipelineArgs = {
  id: Scalars['ID']['input'];
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateStageArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStageInput;
};

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A sales process: ordered stages leads move through. Every tenant gets a default one the first time it is needed. */
export type Pipeline = {
  __typename?: 'Pipeline';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Whether new leads go here when no stage is given. */
  isDefault: Scalars['Boolean']['output'];
  /** 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** The stages in order. */
  stages: Array<Stage>;
};

/** The result of a change to a pipeline or its stages. */
export type PipelinePayload = {
  __typename?: 'PipelinePayload';
  /** Why nothing was saved; empty on success. */
  errors: Array<UserError>;
  /** The pipeline as saved; null when `errors` is not empty. */
  pipeline?: Maybe<Pipeline>;
};

export type Query = {
  __typename?: 'Query';
  /** The current tenant's companies; by name by default. */
  companies?: Maybe<CompanyConnection>;
  /** A company of the current tenant. */
  company?: Maybe<Company>;
  /** A contact of the current tenant. */
  contact?: Maybe<Contact>;
  /** The current tenant's contacts; by name by default. */
  contacts?: Maybe<ContactConnection>;
  /** The current tenant's custom field definitions, optionally for one kind of record. */
  customFieldDefinitions?: Maybe<Array<CustomFieldDefinition>>;
  /** A lead of the current tenant. */
  lead?: Maybe<Lead>;
  /** The current tenant's leads; newest first by default. */
  leads?: Maybe<LeadConnection>;
  /** A pipeline of the current tenant. */
  pipeline?: Maybe<Pipeline>;
  /** The current tenant's pipelines, the default first (created on first use). */
  pipelines?: Maybe<Array<Pipeline>>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CompanyOrder>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContactFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ContactOrder>;
};


export type QueryCustomFieldDefinitionsArgs = {
  entity?: InputMaybe<CustomFieldEntity>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrder>;
};


export type QueryPipelineArgs = {
  id: Scalars['ID']['input'];
};

/** One step of a pipeline. */
export type Stage = {
  __typename?: 'Stage';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** OPEN, or a closing stage (WON/LOST). */
  kind: StageKind;
  /** 1 to 60 characters, unique in the pipeline (case-insensitively). */
  name: Scalars['String']['output'];
  /** The pipeline. */
  pipeline: Pipeline;
  /** 0-based place in the pipeline. */
  position: Scalars['Int']['output'];
  /** Chance, in percent, that a lead here is won. */
  probability: Scalars['Int']['output'];
};

/** One move of a lead between stages. */
export type StageChange = {
  __typename?: 'StageChange';
  /** When. */
  changedAt: Scalars['DateTime']['output'];
  /** Who moved it. */
  changedBy?: Maybe<User>;
  /** The stage left; null for the lead's creation or when that stage has since been deleted. */
  fromStage?: Maybe<Stage>;
  /** The name the stage left had at the time; null for the lead's creation. */
  fromStageName?: Maybe<Scalars['String']['output']>;
  /** The stage entered; null when it has since been deleted. */
  toStage?: Maybe<Stage>;
  /** The name the stage entered had at the time. */
  toStageName: Scalars['String']['output'];
};

/** A stage of a new pipeline, or one added to a pipeline. */
export type StageInput = {
  /** Default OPEN. */
  kind?: InputMaybe<StageKind>;
  /** 1 to 60 characters. */
  name: Scalars['String']['input'];
  /** 0 to 100; default 0 for LOST, 100 for WON, 50 otherwise. */
  probability?: InputMaybe<Scalars['Int']['input']>;
};

/** What reaching a stage means for a lead. */
export type StageKind =
  /** Closed, lost. */
  | 'LOST'
  /** Still being worked. */
  | 'OPEN'
  /** Closed, won. */
  | 'WON';

/** Changes to a company; omitted fields keep their value, `null` clears optional ones; `customFields` changes only the keys given. */
export type UpdateCompanyInput = {
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  employees?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a contact; omitted fields keep their value, `null` clears optional ones; `customFields` changes only the keys given. */
export type UpdateContactInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a custom field definition; its key, entity and type are fixed. */
export type UpdateCustomFieldInput = {
  label?: InputMaybe<Scalars['String']['input']>;
  /** For SELECT only. Removing an option leaves stored values in place; they are refused on the next write of that record's field. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a lead; omitted fields keep their value, `null` clears optional ones. Use `moveLead` to change its stage. */
export type UpdateLeadInput = {
  companyId?: InputMaybe<Scalars['ID']['input']>;
  contactId?: InputMaybe<Scalars['ID']['input']>;
  customFields?: InputMaybe<Array<CustomFieldInput>>;
  expectedCloseDate?: InputMaybe<Scalars['String']['input']>;
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<MoneyInput>;
};

/** Changes to a stage. */
export type UpdateStageInput = {
  kind?: InputMaybe<StageKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  probability?: InputMaybe<Scalars['Int']['input']>;
};

/** A person with a Hubgraph account. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Company: Company;
  Contact: Contact;
  CustomFieldDefinition: CustomFieldDefinition;
  Lead: Lead;
  Pipeline: Pipeline;
  Stage: Stage;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  Contact:
    ( { __typename: 'Contact' }
    & GraphQLRecursivePick<FederationTypes['Contact'], {"id":true}> );
  CustomFieldDefinition:
    ( { __typename: 'CustomFieldDefinition' }
    & GraphQLRecursivePick<FederationTypes['CustomFieldDefinition'], {"id":true}> );
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
  Pipeline:
    ( { __typename: 'Pipeline' }
    & GraphQLRecursivePick<FederationTypes['Pipeline'], {"id":true}> );
  Stage:
    ( { __typename: 'Stage' }
    & GraphQLRecursivePick<FederationTypes['Stage'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Company: ResolverTypeWrapper<CompanyRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFilter: CompanyFilter;
  CompanyOrder: CompanyOrder;
  CompanyOrderField: CompanyOrderField;
  CompanyPayload: ResolverTypeWrapper<Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  Contact: ResolverTypeWrapper<ContactRow>;
  ContactConnection: ResolverTypeWrapper<Omit<ContactConnection, 'edges'> & { edges: Array<ResolversTypes['ContactEdge']> }>;
  ContactEdge: ResolverTypeWrapper<Omit<ContactEdge, 'node'> & { node: ResolversTypes['Contact'] }>;
  ContactFilter: ContactFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ContactOrder: ContactOrder;
  ContactOrderField: ContactOrderField;
  ContactPayload: ResolverTypeWrapper<Omit<ContactPayload, 'contact'> & { contact?: Maybe<ResolversTypes['Contact']> }>;
  CreateCompanyInput: CreateCompanyInput;
  CreateContactInput: CreateContactInput;
  CreateLeadInput: CreateLeadInput;
  CreatePipelineInput: CreatePipelineInput;
  CustomFieldDefinition: ResolverTypeWrapper<CustomFieldDefinitionRow>;
  CustomFieldDefinitionPayload: ResolverTypeWrapper<Omit<CustomFieldDefinitionPayload, 'definition'> & { definition?: Maybe<ResolversTypes['CustomFieldDefinition']> }>;
  CustomFieldEntity: CustomFieldEntity;
  CustomFieldInput: CustomFieldInput;
  CustomFieldType: CustomFieldType;
  CustomFieldValue: ResolverTypeWrapper<CustomFieldValueView>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DefineCustomFieldInput: DefineCustomFieldInput;
  DeletePayload: ResolverTypeWrapper<DeletePayload>;
  ErrorCode: ErrorCode;
  ImportContactsOptions: ImportContactsOptions;
  ImportContactsResult: ResolverTypeWrapper<ImportContactsResult>;
  ImportDedupKey: ImportDedupKey;
  ImportDuplicateAction: ImportDuplicateAction;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  Lead: ResolverTypeWrapper<LeadRow>;
  LeadConnection: ResolverTypeWrapper<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFilter: LeadFilter;
  LeadOrder: LeadOrder;
  LeadOrderField: LeadOrderField;
  LeadPayload: ResolverTypeWrapper<Omit<LeadPayload, 'lead'> & { lead?: Maybe<ResolversTypes['Lead']> }>;
  LeadStatus: LeadStatus;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pipeline: ResolverTypeWrapper<PipelineRow>;
  PipelinePayload: ResolverTypeWrapper<Omit<PipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversTypes['Pipeline']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Stage: ResolverTypeWrapper<StageRow>;
  StageChange: ResolverTypeWrapper<StageChangeRow>;
  StageInput: StageInput;
  StageKind: StageKind;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomFieldInput: UpdateCustomFieldInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdateStageInput: UpdateStageInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Company: CompanyRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFilter: CompanyFilter;
  CompanyOrder: CompanyOrder;
  CompanyPayload: Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  Contact: ContactRow;
  ContactConnection: Omit<ContactConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContactEdge']> };
  ContactEdge: Omit<ContactEdge, 'node'> & { node: ResolversParentTypes['Contact'] };
  ContactFilter: ContactFilter;
  Boolean: Scalars['Boolean']['output'];
  ContactOrder: ContactOrder;
  ContactPayload: Omit<ContactPayload, 'contact'> & { contact?: Maybe<ResolversParentTypes['Contact']> };
  CreateCompanyInput: CreateCompanyInput;
  CreateContactInput: CreateContactInput;
  CreateLeadInput: CreateLeadInput;
  CreatePipelineInput: CreatePipelineInput;
  CustomFieldDefinition: CustomFieldDefinitionRow;
  CustomFieldDefinitionPayload: Omit<CustomFieldDefinitionPayload, 'definition'> & { definition?: Maybe<ResolversParentTypes['CustomFieldDefinition']> };
  CustomFieldInput: CustomFieldInput;
  CustomFieldValue: CustomFieldValueView;
  DateTime: Scalars['DateTime']['output'];
  DefineCustomFieldInput: DefineCustomFieldInput;
  DeletePayload: DeletePayload;
  ImportContactsOptions: ImportContactsOptions;
  ImportContactsResult: ImportContactsResult;
  ImportRowError: ImportRowError;
  Lead: LeadRow;
  LeadConnection: Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> };
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFilter: LeadFilter;
  LeadOrder: LeadOrder;
  LeadPayload: Omit<LeadPayload, 'lead'> & { lead?: Maybe<ResolversParentTypes['Lead']> };
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Pipeline: PipelineRow;
  PipelinePayload: Omit<PipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversParentTypes['Pipeline']> };
  Query: Record<PropertyKey, never>;
  Stage: StageRow;
  StageChange: StageChangeRow;
  StageInput: StageInput;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateContactInput: UpdateContactInput;
  UpdateCustomFieldInput: UpdateCustomFieldInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdateStageInput: UpdateStageInput;
  User: UserRef;
  UserError: UserError;
  String: Scalars['String']['output'];
}>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = CrmContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CompanyResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contactCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['ContactConnection'], ParentType, ContextType, RequireFields<CompanyContactsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<Array<ResolversTypes['CustomFieldValue']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, RequireFields<CompanyLeadsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CompanyConnectionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyEdgeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
}>;

export type CompanyPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CompanyPayload'] = ResolversParentTypes['CompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact'], FederationReferenceType extends FederationReferenceTypes['Contact'] = FederationReferenceTypes['Contact']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contact']> | FederationReferenceType, FederationReferenceType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<Array<ResolversTypes['CustomFieldValue']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, RequireFields<ContactLeadsArgs, 'first'>>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ContactConnectionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ContactConnection'] = ResolversParentTypes['ContactConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ContactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ContactEdgeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ContactEdge'] = ResolversParentTypes['ContactEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
}>;

export type ContactPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ContactPayload'] = ResolversParentTypes['ContactPayload']> = ResolversObject<{
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CustomFieldDefinitionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CustomFieldDefinition'] = ResolversParentTypes['CustomFieldDefinition'], FederationReferenceType extends FederationReferenceTypes['CustomFieldDefinition'] = FederationReferenceTypes['CustomFieldDefinition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomFieldDefinition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['CustomFieldEntity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomFieldType'], ParentType, ContextType>;
}>;

export type CustomFieldDefinitionPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CustomFieldDefinitionPayload'] = ResolversParentTypes['CustomFieldDefinitionPayload']> = ResolversObject<{
  definition?: Resolver<Maybe<ResolversTypes['CustomFieldDefinition']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CustomFieldValueResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CustomFieldValue'] = ResolversParentTypes['CustomFieldValue']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomFieldType'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DeletePayload'] = ResolversParentTypes['DeletePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ImportContactsResultResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ImportContactsResult'] = ResolversParentTypes['ImportContactsResult']> = ResolversObject<{
  companiesCreated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  ignoredColumns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportRowErrorResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customFields?: Resolver<Array<ResolversTypes['CustomFieldValue']>, ParentType, ContextType>;
  expectedCloseDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['StageChange']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type LeadConnectionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadEdgeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type LeadPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['LeadPayload'] = ResolversParentTypes['LeadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addStage?: Resolver<Maybe<ResolversTypes['PipelinePayload']>, ParentType, ContextType, RequireFields<MutationAddStageArgs, 'input' | 'pipelineId'>>;
  createCompany?: Resolver<Maybe<ResolversTypes['CompanyPayload']>, ParentType, ContextType, RequireFields<MutationCreateCompanyArgs, 'input'>>;
  createContact?: Resolver<Maybe<ResolversTypes['ContactPayload']>, ParentType, ContextType, RequireFields<MutationCreateContactArgs, 'input'>>;
  createLead?: Resolver<Maybe<ResolversTypes['LeadPayload']>, ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
  createPipeline?: Resolver<Maybe<ResolversTypes['PipelinePayload']>, ParentType, ContextType, RequireFields<MutationCreatePipelineArgs, 'input'>>;
  defineCustomField?: Resolver<Maybe<ResolversTypes['CustomFieldDefinitionPayload']>, ParentType, ContextType, RequireFields<MutationDefineCustomFieldArgs, 'input'>>;
  deleteCompany?: Resolver<Maybe<ResolversTypes['DeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteCompanyArgs, 'id'>>;
  deleteContact?: Resolver<Maybe<ResolversTypes['DeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteContactArgs, 'id'>>;
  deleteCustomField?: Resolver<Maybe<ResolversTypes['DeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteCustomFieldArgs, 'id'>>;
  deleteLead?: Resolver<Maybe<ResolversTypes['DeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteLeadArgs, 'id'>>;
  deleteStage?: Resolver<Maybe<ResolversTypes['PipelinePayload']>, ParentType, ContextType, RequireFields<MutationDeleteStageArgs, 'id'>>;
  importContacts?: Resolver<Maybe<ResolversTypes['ImportContactsResult']>, ParentType, ContextType, RequireFields<MutationImportContactsArgs, 'csv'>>;
  moveLead?: Resolver<Maybe<ResolversTypes['LeadPayload']>, ParentType, ContextType, RequireFields<MutationMoveLeadArgs, 'id' | 'stageId'>>;
  reorderStages?: Resolver<Maybe<ResolversTypes['PipelinePayload']>, ParentType, ContextType, RequireFields<MutationReorderStagesArgs, 'pipelineId' | 'stageIds'>>;
  updateCompany?: Resolver<Maybe<ResolversTypes['CompanyPayload']>, ParentType, ContextType, RequireFields<MutationUpdateCompanyArgs, 'id' | 'input'>>;
  updateContact?: Resolver<Maybe<ResolversTypes['ContactPayload']>, ParentType, ContextType, RequireFields<MutationUpdateContactArgs, 'id' | 'input'>>;
  updateCustomField?: Resolver<Maybe<ResolversTypes['CustomFieldDefinitionPayload']>, ParentType, ContextType, RequireFields<MutationUpdateCustomFieldArgs, 'id' | 'input'>>;
  updateLead?: Resolver<Maybe<ResolversTypes['LeadPayload']>, ParentType, ContextType, RequireFields<MutationUpdateLeadArgs, 'id' | 'input'>>;
  updatePipeline?: Resolver<Maybe<ResolversTypes['PipelinePayload']>, ParentType, ContextType, RequireFields<MutationUpdatePipelineArgs, 'id'>>;
  updateStage?: Resolver<Maybe<ResolversTypes['PipelinePayload']>, ParentType, ContextType, RequireFields<MutationUpdateStageArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PipelineResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline'], FederationReferenceType extends FederationReferenceTypes['Pipeline'] = FederationReferenceTypes['Pipeline']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pipeline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['Stage']>, ParentType, ContextType>;
}>;

export type PipelinePayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['PipelinePayload'] = ResolversParentTypes['PipelinePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  companies?: Resolver<Maybe<ResolversTypes['CompanyConnection']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType, RequireFields<QueryContactArgs, 'id'>>;
  contacts?: Resolver<Maybe<ResolversTypes['ContactConnection']>, ParentType, ContextType, RequireFields<QueryContactsArgs, 'first'>>;
  customFieldDefinitions?: Resolver<Maybe<Array<ResolversTypes['CustomFieldDefinition']>>, ParentType, ContextType, Partial<QueryCustomFieldDefinitionsArgs>>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<Maybe<ResolversTypes['LeadConnection']>, ParentType, ContextType, RequireFields<QueryLeadsArgs, 'first'>>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineArgs, 'id'>>;
  pipelines?: Resolver<Maybe<Array<ResolversTypes['Pipeline']>>, ParentType, ContextType>;
}>;

export type StageResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Stage'] = ResolversParentTypes['Stage'], FederationReferenceType extends FederationReferenceTypes['Stage'] = FederationReferenceTypes['Stage']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Stage']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StageKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StageChangeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['StageChange'] = ResolversParentTypes['StageChange']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  fromStage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  fromStageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  toStageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CrmContext> = ResolversObject<{
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  CompanyPayload?: CompanyPayloadResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactConnection?: ContactConnectionResolvers<ContextType>;
  ContactEdge?: ContactEdgeResolvers<ContextType>;
  ContactPayload?: ContactPayloadResolvers<ContextType>;
  CustomFieldDefinition?: CustomFieldDefinitionResolvers<ContextType>;
  CustomFieldDefinitionPayload?: CustomFieldDefinitionPayloadResolvers<ContextType>;
  CustomFieldValue?: CustomFieldValueResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeletePayload?: DeletePayloadResolvers<ContextType>;
  ImportContactsResult?: ImportContactsResultResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadPayload?: LeadPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelinePayload?: PipelinePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Stage?: StageResolvers<ContextType>;
  StageChange?: StageChangeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CrmContext> = ResolversObject<{
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
