/**
 * The commerce part of sql-per-request: a channel with 300 products of three variants each, read as
 * the catalog search `products(channel, first: N) { … variants { … price } facets }` for growing N.
 * Categories, variant pages and prices come from per-request loaders (one or two statements for the
 * whole page) and the search itself is five statements, so the count must not move with N.
 */
import { newId } from '../kit/src/entity';
import { Category, Channel, Product, Variant, VariantPrice } from '../subgraphs/commerce/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const PRODUCTS = 300;
const PAGE_SIZES = [10, 50, 100];

const COMMERCE_QUERY = `query Catalog($first: Int!) {
  products(channel: "bench", first: $first) {
    totalCount
    edges { node { name category { name } attributes { name value } variants(first: 5) { totalCount edges { node { sku price(channel: "bench") { amount } } } } } }
    facets { categories { value count } attributes { value count } }
  }
}`;

interface Reply {
  data?: { products: { totalCount: number; edges: { node: { variants: { totalCount: number } } }[] } | null };
}

/** commerce's entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const commerceBench: DomainBench = {
  name: 'commerce',
  shown: ['commerce'],
  pageSizes: PAGE_SIZES,
  query: COMMERCE_QUERY,
  async seed(stack) {
    const commerce = stack.subgraphs.find((s) => s.name === 'commerce');
    if (!commerce) throw new Error('the commerce subgraph is not running');
    const em = commerce.orm.em.fork();
    const channel = em.create(Channel, { id: newId(), slug: 'bench', name: 'Bench', currency: 'EUR', active: true });
    const categories = [0, 1, 2].map((i) => em.create(Category, { id: newId(), slug: `bench-${i}`, name: `Bench ${i}` }));
    for (let i = 0; i < PRODUCTS; i++) {
      const name = `Product ${String(i).padStart(4, '0')}`;
      const product = em.create(Product, {
        id: newId(),
        slug: `bench-${i}`,
        name,
        sortName: name.toLowerCase(),
        description: '',
        categoryId: categories[i % 3]!.id,
        attributes: [{ name: 'color', value: i % 2 ? 'red' : 'blue' }],
        nameText: ` product ${i} `,
        searchText: ` product ${i} color ${i % 2 ? 'red' : 'blue'} `,
      });
      for (let v = 0; v < 3; v++) {
        const variant = em.create(Variant, { id: newId(), productId: product.id, sku: `B-${i}-${v}`, name: `V${v}` });
        em.create(VariantPrice, {
          id: newId(),
          variantId: variant.id,
          channelId: channel.id,
          productId: product.id,
          amount: 1000 + v,
          taxRateBps: 2000,
        });
      }
    }
    await em.flush();
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.products?.edges ?? [];
    if (reply.data?.products?.totalCount !== PRODUCTS || edges.length !== size) return 'wrong answer';
    if (edges.some((e) => e.node.variants.totalCount !== 3)) return 'variants missing';
    return `ok, ${size} products with variants and prices`;
  },
};
