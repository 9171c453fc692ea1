import type { Em } from '../../../kit';
import { MenuCategory, MenuItem, MenuModifier, Restaurant, WEEKDAYS } from './entities';

/** identity's seeded admin (admin@hubgraph.dev) owns the demo restaurants. */
const DEMO_OWNER_ID = '01900000-0000-7000-8000-000000000001';

interface DemoItem {
  name: string;
  description: string;
  price: number;
  prepMinutes: number;
  modifiers?: [string, number][];
}

const DEMO: { name: string; description: string; lat: number; lng: number; menu: [string, DemoItem[]][] }[] = [
  {
    name: 'Trattoria Demo',
    description: 'Wood-fired pizza and fresh pasta.',
    lat: 48.8566,
    lng: 2.3522,
    menu: [
      [
        'Pizzas',
        [
          {
            name: 'Margherita',
            description: 'Tomato, mozzarella, basil.',
            price: 950,
            prepMinutes: 12,
            modifiers: [
              ['Extra mozzarella', 150],
              ['Chili oil', 50],
            ],
          },
          {
            name: 'Diavola',
            description: 'Spicy salami, tomato, mozzarella.',
            price: 1150,
            prepMinutes: 12,
            modifiers: [['Extra salami', 200]],
          },
        ],
      ],
      ['Drinks', [{ name: 'Lemonade', description: 'Home-made.', price: 350, prepMinutes: 1 }]],
    ],
  },
  {
    name: 'Green Bowl Demo',
    description: 'Salads and grain bowls.',
    lat: 48.8606,
    lng: 2.3376,
    menu: [
      [
        'Bowls',
        [
          {
            name: 'Falafel bowl',
            description: 'Falafel, hummus, bulgur, greens.',
            price: 1050,
            prepMinutes: 8,
            modifiers: [['Extra hummus', 100]],
          },
          { name: 'Poke bowl', description: 'Salmon, rice, edamame.', price: 1290, prepMinutes: 10, modifiers: [['Avocado', 150]] },
        ],
      ],
    ],
  },
];

/** Demo restaurants for `npm start` (open every day 10:00–23:00 Paris time); skipped when a restaurant exists. */
export async function seed(em: Em): Promise<void> {
  if (await em.count(Restaurant, {})) return;
  for (const demo of DEMO) {
    const restaurant = em.create(Restaurant, {
      ownerId: DEMO_OWNER_ID,
      name: demo.name,
      description: demo.description,
      lat: demo.lat,
      lng: demo.lng,
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      openingHours: WEEKDAYS.map((day) => ({ day, opensMinute: 600, closesMinute: 1380 })),
      paused: false,
    });
    demo.menu.forEach(([categoryName, items], position) => {
      const category = em.create(MenuCategory, { restaurantId: restaurant.id, name: categoryName, position });
      for (const item of items) {
        const row = em.create(MenuItem, {
          restaurantId: restaurant.id,
          categoryId: category.id,
          name: item.name,
          description: item.description,
          price: item.price,
          currency: 'EUR',
          prepMinutes: item.prepMinutes,
          available: true,
        });
        for (const [name, price] of item.modifiers ?? [])
          em.create(MenuModifier, { itemId: row.id, name, price, currency: 'EUR', available: true });
      }
    });
  }
  await em.flush();
}
