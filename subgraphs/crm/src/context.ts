import DataLoader from 'dataloader';
import {
  connectionLoader,
  currentTenantId,
  entityLoader,
  forbidden,
  groupLoader,
  type ConnectionLoader,
  type Em,
  type ServiceDeps,
  type SubgraphConfig,
  type SubgraphContext,
} from '../../../kit';
import {
  Company,
  Contact,
  CustomFieldDefinition,
  Lead,
  Pipeline,
  Stage,
  StageChange,
  type CompanyRow,
  type ContactRow,
  type CustomFieldDefinitionRow,
  type CustomFieldEntity,
  type LeadRow,
  type PipelineRow,
  type StageChangeRow,
  type StageRow,
} from './entities';

export interface CrmLoaders {
  contactById: DataLoader<string, ContactRow | null>;
  companyById: DataLoader<string, CompanyRow | null>;
  leadById: DataLoader<string, LeadRow | null>;
  pipelineById: DataLoader<string, PipelineRow | null>;
  stageById: DataLoader<string, StageRow | null>;
  definitionById: DataLoader<string, CustomFieldDefinitionRow | null>;
  /** A pipeline's stages, unordered (callers sort by position). */
  stagesByPipeline: DataLoader<string, StageRow[]>;
  /** The tenant's custom field definitions of one kind of record. */
  definitionsByEntity: DataLoader<CustomFieldEntity, CustomFieldDefinitionRow[]>;
  /** Contacts per company, one grouped count per tick. */
  contactCountByCompany: DataLoader<string, number>;
  /** A lead's stage changes, unordered. */
  historyByLead: DataLoader<string, StageChangeRow[]>;
  /** `Company.contacts`: one page per company, every company of a tick in two statements. */
  contactsByCompany: ConnectionLoader<ContactRow>;
  /** `Company.leads`, batched likewise. */
  leadsByCompany: ConnectionLoader<LeadRow>;
  /** `Contact.leads`, batched likewise. */
  leadsByContact: ConnectionLoader<LeadRow>;
}

/**
 * The per-request loaders. All go through the request's entity manager, so the tenant filter scopes
 * them (the kit's connection loaders apply the ORM filters to their query builders); the one raw
 * query (the grouped count) adds the tenant itself.
 */
export function createLoaders(em: Em): CrmLoaders {
  return {
    contactById: entityLoader(em, Contact),
    companyById: entityLoader(em, Company),
    leadById: entityLoader(em, Lead),
    pipelineById: entityLoader(em, Pipeline),
    stageById: entityLoader(em, Stage),
    definitionById: entityLoader(em, CustomFieldDefinition),
    stagesByPipeline: groupLoader(em, Stage, 'pipelineId'),
    definitionsByEntity: groupLoader(em, CustomFieldDefinition, 'entity') as DataLoader<CustomFieldEntity, CustomFieldDefinitionRow[]>,
    historyByLead: groupLoader(em, StageChange, 'leadId'),
    contactsByCompany: connectionLoader(em, Contact, 'companyId', { list: 'Company.contacts' }),
    leadsByCompany: connectionLoader(em, Lead, 'companyId', { list: 'Company.leads' }),
    leadsByContact: connectionLoader(em, Lead, 'contactId', { list: 'Contact.leads' }),
    contactCountByCompany: new DataLoader<string, number>(
      async (companyIds) => {
        const tenantId = currentTenantId(em);
        if (!tenantId) throw forbidden('This needs a tenant.');
        // A query builder is not covered by the tenant filter: the tenant condition is explicit.
        const rows: { company_id: string; n: number | string }[] = await em
          .getKnex()('contacts')
          .select('company_id')
          .count({ n: '*' })
          .where('tenant_id', tenantId)
          .whereIn('company_id', [...companyIds])
          .groupBy('company_id');
        const counts = new Map(rows.map((r) => [r.company_id, Number(r.n)]));
        return companyIds.map((id) => counts.get(id) ?? 0);
      },
      { maxBatchSize: 500 },
    ),
  };
}

/** crm reads no settings of its own. */
export type CrmConfig = SubgraphConfig;

/** What every crm service function receives first: the kit's per-request `ctx.deps`. */
export type CrmDeps = ServiceDeps<CrmConfig, CrmLoaders>;

export type CrmContext = SubgraphContext<CrmLoaders, CrmConfig>;

/** A User as crm knows it: its key only. */
export interface UserRef {
  id: string;
}

/** A custom field value as the API shows it. */
export interface CustomFieldValueView {
  key: string;
  label: string;
  type: CustomFieldDefinitionRow['type'];
  value: string;
}

/** A stage change as the API shows it. */
export type StageChangeView = StageChangeRow;
