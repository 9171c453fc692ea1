import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { repoRoot } from '../kit';
import { subgraphs } from '../subgraphs';
import { startTestStack, type TestStack } from './helpers/stack';

/**
 * The Kubernetes manifests (deploy/k8s) rendered by kustomize (`kubectl kustomize`, no cluster) and
 * every object validated against the Kubernetes schemas (the kubernetes-models package), then checked
 * for what production needs; and the Grafana dashboard (deploy/grafana) against the router's /metrics.
 */
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  envFrom?: { configMapRef?: { name: string; optional?: boolean }; secretRef?: { name: string; optional?: boolean } }[];
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: { cpu?: string; memory?: string }; limits?: { memory?: string } };
  securityContext?: { allowPrivilegeEscalation?: boolean };
}

function render(dir: string): K8sObject[] {
  const yaml = execFileSync('kubectl', ['kustomize', join(repoRoot, dir)], { encoding: 'utf8' });
  return parseAllDocuments(yaml).map((doc) => doc.toJS() as K8sObject);
}

/** Throws with the schema's complaint when `object` is not a valid object of its kind. */
function validate(object: K8sObject): void {
  const path = `kubernetes-models/${object.apiVersion}/${object.kind}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const models = require(path) as Record<string, new (data: unknown) => { validate(): void }>;
  new models[object.kind]!(object).validate();
}

const containersOf = (o: K8sObject): Container[] =>
  ((o.spec as { template?: { spec?: { containers?: Container[] } } })?.template?.spec?.containers ?? []) as Container[];
const find = (objects: K8sObject[], kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);

describe('Kubernetes manifests (deploy/k8s)', () => {
  const rendered: Record<string, K8sObject[]> = {};
  beforeAll(() => {
    rendered.base = render('deploy/k8s/base');
    rendered.production = render('deploy/k8s/overlays/production');
  });

  it('renders, and every object is valid against the Kubernetes schemas', () => {
    for (const objects of Object.values(rendered)) {
      expect(objects.length).toBeGreaterThan(2 * subgraphs.length);
      for (const object of objects) expect(() => validate(object)).not.toThrow();
    }
    // The positive control: the validator refuses a broken object.
    const broken = structuredClone(find(rendered.base!, 'Deployment', 'router')!);
    (broken.spec as { replicas: unknown }).replicas = 'two';
    expect(() => validate(broken)).toThrow(/replicas must be integer/);
  });

  it('runs every subgraph and the router with probes on /health and /ready, resources and no privilege', () => {
    for (const objects of Object.values(rendered)) {
      for (const [name, port] of [['router', 4000] as const, ...subgraphs.map((s) => [s.name, s.defaultPort] as const)]) {
        const deployment = find(objects, 'Deployment', name);
        const service = find(objects, 'Service', name);
        expect({ name, deployment: Boolean(deployment), service: Boolean(service) }).toEqual({ name, deployment: true, service: true });
        const [container] = containersOf(deployment!);
        expect(container!.command).toEqual(['node', 'dist/scripts/serve.js', name]);
        expect(container!.ports).toEqual([{ name: 'http', containerPort: port }]);
        expect(container!.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
        expect(container!.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
        expect(container!.resources?.requests?.cpu).toBeTruthy();
        expect(container!.resources?.requests?.memory).toBeTruthy();
        expect(container!.resources?.limits?.memory).toBeTruthy();
        expect(container!.securityContext?.allowPrivilegeEscalation).toBe(false);
        // The Service selects exactly this Deployment's pods.
        const podLabels = (deployment!.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
        expect(podLabels).toMatchObject((service!.spec as { selector: Record<string, string> }).selector);
        expect((service!.spec as { ports: { port: number }[] }).ports[0]!.port).toBe(port);
      }
    }
    const urls = find(rendered.base!, 'ConfigMap', 'hubgraph-subgraph-urls')!.data!;
    expect(urls).toEqual(
      Object.fromEntries(subgraphs.map((s) => [`SUBGRAPH_URL_${s.name.toUpperCase()}`, `http://${s.name}:${s.defaultPort}/graphql`])),
    );
  });

  it('takes secrets from Secret objects only, and commits none', () => {
    for (const objects of Object.values(rendered)) {
      expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
      for (const object of objects) {
        for (const container of containersOf(object)) {
          for (const variable of container.env ?? []) {
            if (/KEY|SECRET|PASSWORD|MYSQL_URL|TOKEN|DSN/.test(variable.name) && !/PUBLIC/.test(variable.name)) {
              expect({ variable: variable.name, from: variable.valueFrom?.secretKeyRef ? 'secret' : 'value' }).toEqual({
                variable: variable.name,
                from: 'secret',
              });
            }
          }
          expect(container.envFrom?.some((from) => from.secretRef?.name === 'hubgraph-secrets')).toBe(true);
        }
      }
      for (const config of objects.filter((o) => o.kind === 'ConfigMap')) {
        expect(Object.keys(config.data ?? {}).filter((k) => /SECRET|PASSWORD|SIGNING_KEY|MYSQL_URL/.test(k))).toEqual([]);
      }
    }
    // Only the router holds the signing key.
    const holders = rendered.production!.filter((o) =>
      containersOf(o).some((c) => c.env?.some((e) => e.valueFrom?.secretKeyRef?.name === 'hubgraph-router-key')),
    );
    expect(holders.map((o) => o.metadata.name)).toEqual(['router']);
  });

  it('scales the router horizontally, keeps it through disruptions, and migrates with a Job', () => {
    const objects = rendered.production!;
    const hpa = find(objects, 'HorizontalPodAutoscaler', 'router')!;
    expect(hpa.spec).toMatchObject({ scaleTargetRef: { kind: 'Deployment', name: 'router' }, minReplicas: 3, maxReplicas: 20 });
    const pdb = find(objects, 'PodDisruptionBudget', 'router')!;
    const routerLabels = (find(objects, 'Deployment', 'router')!.spec as { template: { metadata: { labels: Record<string, string> } } })
      .template.metadata.labels;
    expect(routerLabels).toMatchObject((pdb.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels);
    expect(pdb.spec).toMatchObject({ minAvailable: 1 });
    const job = find(objects, 'Job', 'hubgraph-migrate')!;
    expect(containersOf(job)[0]!.command).toEqual(['node', 'dist/scripts/migrate.js']);
    // The overlay: its namespace on every object, the released image, NODE_ENV=production.
    expect(objects.filter((o) => o.kind !== 'Namespace').every((o) => o.metadata.namespace === 'hubgraph')).toBe(true);
    const images = new Set(objects.flatMap((o) => containersOf(o).map((c) => c.image)));
    expect([...images]).toEqual(['registry.example.com/hubgraph:1.0.0']);
    expect(find(objects, 'ConfigMap', 'hubgraph-config')!.data!.NODE_ENV).toBe('production');
    expect((find(objects, 'Deployment', 'identity')!.spec as { replicas: number }).replicas).toBe(2);
  });
});

describe('Grafana dashboard (deploy/grafana/hubgraph-router.json)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'] });
  });

  it("charts only metrics the router's /metrics serves, and covers what an operator watches", async () => {
    const dashboard = JSON.parse(readFileSync(join(repoRoot, 'deploy/grafana/hubgraph-router.json'), 'utf8')) as {
      panels: { title: string; targets?: { expr: string }[] }[];
    };
    const exprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    expect(exprs.length).toBeGreaterThan(8);
    // Something that makes every histogram and counter appear: one operation through the router.
    await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    const metrics = await (await fetch(new URL('/metrics', stack.url))).text();
    const served = new Set([...metrics.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]!));
    const charted = new Set(exprs.flatMap((e) => [...e.matchAll(/\b(hubgraph_[a-z_]+?)(?:_bucket|_sum|_count)?\b/g)].map((m) => m[1]!)));
    expect([...charted].filter((name) => !served.has(name))).toEqual([]);
    // Operations, latency percentiles, errors, breakers, rate limiting, subscriptions.
    for (const needed of [
      'hubgraph_router_operations_total',
      'hubgraph_router_operation_duration_seconds',
      'hubgraph_subgraph_fetch_duration_seconds',
      'hubgraph_circuit_breaker_state',
      'hubgraph_router_rejected_total',
      'hubgraph_subscriptions_clients',
      'hubgraph_websocket_connections',
      'hubgraph_errors_total',
    ]) {
      expect({ needed, charted: charted.has(needed) }).toEqual({ needed, charted: true });
    }
    expect(exprs.some((e) => e.includes('histogram_quantile(0.99'))).toBe(true);
  });
});
