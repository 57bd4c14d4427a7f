// English catalogue, in two parts so the first screen carries only its own words. The zh-CN
// catalogue must have exactly these keys (checked by its type).
import { enFirstScreen } from './en-first-screen';
import { enViews } from './en-views';

export const en = { ...enFirstScreen, ...enViews, exchange: { ...enFirstScreen.exchange, ...enViews.exchange } };

type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };
export type Catalog = Leaves<typeof en>;
