import { useTranslation } from 'react-i18next';
import { CSV_FIELDS, type CsvMapping } from '../../domain/interchange/csv-import';
import type { DayOrder } from '../../domain/interchange/flexible-dates';
import { Field } from '../../ui/field';

type Props = { headers: string[]; mapping: CsvMapping; dayOrder: DayOrder | ''; onMapping: (m: CsvMapping) => void; onDayOrder: (o: DayOrder | '') => void };

/** Which CSV column holds which task field; repeated columns (Jira's Labels, Sprint) stay together. */
export function CsvMappingFields({ headers, mapping, dayOrder, onMapping, onDayOrder }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="csv-mapping">
      <legend>{t('exchange.mapping')}</legend>
      {CSV_FIELDS.map((field) => {
        const columns = mapping[field];
        return (
          <Field key={field} label={t(`exchange.field_${field}`)} hint={columns.length > 1 ? t('exchange.moreColumns', { count: columns.length - 1 }) : undefined}>
            <select value={columns[0] ?? ''} onChange={(e) => onMapping({ ...mapping, [field]: e.target.value === '' ? [] : [Number(e.target.value)] })}>
              <option value="">{t('exchange.notMapped')}</option>
              {headers.map((h, i) => <option key={i} value={i}>{h || `#${i + 1}`}</option>)}
            </select>
          </Field>
        );
      })}
      <Field label={t('exchange.dayOrder')}>
        <select value={dayOrder} onChange={(e) => onDayOrder(e.target.value as DayOrder | '')}>
          <option value="">{t('exchange.dayOrderAuto')}</option>
          <option value="dmy">{t('exchange.dayOrderDmy')}</option>
          <option value="mdy">{t('exchange.dayOrderMdy')}</option>
        </select>
      </Field>
    </fieldset>
  );
}
