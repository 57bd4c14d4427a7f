// English catalogue, in two parts so the first screen carries only its own words. The zh-CN
// catalogue must have exactly these keys (checked by its type).
import { enFirstScreen } from './en-first-screen';
import { enViews } from './en-views';

export const en = { ...enFirstScreen, ...enViews, exchange: { ...enFirstScreen.exchange, ...enViews.exchange } };

// English's singular forms (i18next picks `key_one` for a count of 1) have no counterpart in
// Chinese, which has one form for every count: the catalogue leaves them out.
type Leaves<T> = { [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : Leaves<T[K]> };
export type Catalog = Leaves<typeof en>;
