import type DataLoader from 'dataloader';
import { entityLoader, groupLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { DeliveryConfig } from './config';
import {
  Courier,
  FoodOrder,
  MenuCategory,
  MenuItem,
  MenuModifier,
  Restaurant,
  type CourierRow,
  type FoodOrderRow,
  type MenuCategoryRow,
  type MenuItemRow,
  type MenuModifierRow,
  type RestaurantRow,
} from './entities';

export interface DeliveryLoaders {
  restaurantById: DataLoader<string, RestaurantRow | null>;
  menuItemById: DataLoader<string, MenuItemRow | null>;
  foodOrderById: DataLoader<string, FoodOrderRow | null>;
  courierById: DataLoader<string, CourierRow | null>;
  courierByUser: DataLoader<string, CourierRow | null>;
  /** The categories of each restaurant: one statement per tick. */
  categoriesByRestaurant: DataLoader<string, MenuCategoryRow[]>;
  /** The items of each category: one statement per tick. */
  itemsByCategory: DataLoader<string, MenuItemRow[]>;
  /** The modifiers of each item: one statement per tick. */
  modifiersByItem: DataLoader<string, MenuModifierRow[]>;
}

export function createLoaders(em: Em): DeliveryLoaders {
  return {
    restaurantById: entityLoader(em, Restaurant),
    menuItemById: entityLoader(em, MenuItem),
    foodOrderById: entityLoader(em, FoodOrder),
    courierById: entityLoader(em, Courier),
    courierByUser: entityLoader(em, Courier, 'userId'),
    categoriesByRestaurant: groupLoader(em, MenuCategory, 'restaurantId'),
    itemsByCategory: groupLoader(em, MenuItem, 'categoryId'),
    modifiersByItem: groupLoader(em, MenuModifier, 'itemId'),
  };
}

export type DeliveryContext = SubgraphContext<DeliveryLoaders, DeliveryConfig>;

/** What every DeliveryService method receives first (`ctx.deps` in resolvers). */
export type DeliveryDeps = ServiceDeps<DeliveryConfig, DeliveryLoaders>;

/** A User as delivery knows it: its key only. */
export interface UserRef {
  id: string;
}
