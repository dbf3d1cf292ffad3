/** The undo button of a place alias or a section mapping: a plain form post, checked on the server. */
export function UndoButton({ action, label }: { action: string; label: string }) {
  return (
    <form method="post" action={action} className="correction-actions">
      <input type="hidden" name="action" value="undo" />
      <button type="submit" className="button">
        {label}
      </button>
    </form>
  );
}
