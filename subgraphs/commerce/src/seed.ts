import { newId, searchText, sortKey, type Em } from '../../../kit';
import { Category, Channel, Product, ProductAttributeValue, ShippingMethod, Variant, VariantPrice } from './entities';

/**
 * The demo shop: channels `eu` (EUR) and `us` (USD) with two shipping methods each, three
 * categories, and products whose variant ids are the ones inventory's demo stocks (`demo-tee-m`…),
 * so `Variant.available` has numbers. Skipped when a channel exists.
 */
export async function seed(em: Em): Promise<void> {
  if (await em.count(Channel, {})) return;
  const eu = em.create(Channel, { id: newId(), slug: 'eu', name: 'Europe', currency: 'EUR', active: true });
  const us = em.create(Channel, { id: newId(), slug: 'us', name: 'United States', currency: 'USD', active: true });
  for (const [channel, name, price] of [
    [eu, 'Standard', 490],
    [eu, 'Express', 1290],
    [us, 'Standard', 590],
    [us, 'Express', 1490],
  ] as const) {
    em.create(ShippingMethod, { id: newId(), channelId: channel.id, name, price });
  }
  const category = (slug: string, name: string) => em.create(Category, { id: newId(), slug, name });
  const apparel = category('apparel', 'Apparel');
  const kitchen = category('kitchen', 'Kitchen');
  const audio = category('audio', 'Audio');
  const products = [
    {
      slug: 'hubgraph-tee',
      name: 'Hubgraph T-shirt',
      description: 'Organic cotton tee with the Hubgraph logo.',
      categoryId: apparel.id,
      attributes: [
        { name: 'color', value: 'navy' },
        { name: 'material', value: 'cotton' },
      ],
      variants: [
        { id: 'demo-tee-s', sku: 'TEE-NAVY-S', name: 'S', eur: 2500, usd: 2900 },
        { id: 'demo-tee-m', sku: 'TEE-NAVY-M', name: 'M', eur: 2500, usd: 2900 },
        { id: 'demo-tee-l', sku: 'TEE-NAVY-L', name: 'L', eur: 2700, usd: 3100 },
      ],
    },
    {
      slug: 'supergraph-mug',
      name: 'Supergraph mug',
      description: 'Stoneware mug, 350 ml, dishwasher safe.',
      categoryId: kitchen.id,
      attributes: [
        { name: 'color', value: 'white' },
        { name: 'material', value: 'stoneware' },
      ],
      variants: [{ id: 'demo-mug', sku: 'MUG-WHITE', name: 'White', eur: 1200, usd: 1400 }],
    },
    {
      slug: 'federated-headphones',
      name: 'Federated headphones',
      description: 'Wireless over-ear headphones with noise cancelling.',
      categoryId: audio.id,
      attributes: [{ name: 'color', value: 'black' }],
      variants: [{ id: 'demo-headphones', sku: 'HP-BLACK', name: 'Black', eur: 19900, usd: null }],
    },
  ];
  for (const p of products) {
    const product = em.create(Product, {
      id: newId(),
      slug: p.slug,
      name: p.name,
      sortName: sortKey(p.name, 100),
      description: p.description,
      categoryId: p.categoryId,
      attributes: p.attributes,
      nameText: searchText([p.name]).slice(0, 400),
      searchText: searchText([p.name, p.description, ...p.attributes.map((a) => `${a.name} ${a.value}`)]),
    });
    for (const a of p.attributes) em.create(ProductAttributeValue, { id: newId(), productId: product.id, pair: `${a.name}:${a.value}` });
    for (const v of p.variants) {
      em.create(Variant, { id: v.id, productId: product.id, sku: v.sku, name: v.name });
      em.create(VariantPrice, { id: newId(), variantId: v.id, channelId: eu.id, productId: product.id, amount: v.eur, taxRateBps: 2000 });
      if (v.usd != null)
        em.create(VariantPrice, { id: newId(), variantId: v.id, channelId: us.id, productId: product.id, amount: v.usd, taxRateBps: 800 });
    }
  }
  await em.flush();
}
