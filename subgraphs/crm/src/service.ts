export class CrmService {}
