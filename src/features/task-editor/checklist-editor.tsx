import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../domain/task';
import { useOpsActions } from '../../store/bound-store';

type ChecklistEditorProps = { items: ChecklistItem[]; onChange: (items: ChecklistItem[]) => void };

export function ChecklistEditor({ items, onChange }: ChecklistEditorProps) {
  const { t } = useTranslation();
  const { newId } = useOpsActions();
  const inputId = useId();
  const [text, setText] = useState('');
  const add = () => {
    if (!text.trim()) return;
    onChange([...items, { id: newId('chk'), text: text.trim().slice(0, 500), done: false }]);
    setText('');
  };
  return (
    <fieldset className="checklist">
      <legend>{t('checklist.title', { done: items.filter((i) => i.done).length, total: items.length })}</legend>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input type="checkbox" checked={item.done} onChange={(e) => onChange(items.map((i) => (i.id === item.id ? { ...i, done: e.target.checked } : i)))} />
              {item.text}
            </label>
            <button type="button" className="icon-button" aria-label={t('checklist.remove', { text: item.text })} onClick={() => onChange(items.filter((i) => i.id !== item.id))}>×</button>
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <label htmlFor={inputId} className="visually-hidden">{t('checklist.new')}</label>
        <input id={inputId} type="text" value={text} maxLength={500} placeholder={t('checklist.new')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        <button type="button" onClick={add} disabled={!text.trim()}>{t('checklist.add')}</button>
      </div>
    </fieldset>
  );
}
