export type NoticeView = { id: number; kind: 'error' | 'info'; text: string; action?: { label: string; run: () => void } };

type NoticeListProps = { notices: NoticeView[]; dismissLabel: string; onDismiss: (id: number) => void };

/** Errors are announced assertively (role=alert), information politely (role=status). */
export function NoticeList({ notices, dismissLabel, onDismiss }: NoticeListProps) {
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          {notice.action && <button type="button" onClick={notice.action.run}>{notice.action.label}</button>}
          <button type="button" className="icon-button" aria-label={dismissLabel} onClick={() => onDismiss(notice.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
