import type { CrmService } from './service';
export function createResolvers(_service: CrmService): object {
  return {};
}
