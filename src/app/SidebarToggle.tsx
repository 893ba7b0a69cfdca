interface Props {
  shown: boolean;
  /** The id of the sidebar it shows and hides. */
  controls: string;
  onToggle: () => void;
}

/** Shows or hides the sidebar, so that a view can have the whole width at a projector. */
export function SidebarToggle({ shown, controls, onToggle }: Props) {
  return (
    <button
      type="button"
      className="sidebar-toggle"
      aria-expanded={shown}
      aria-controls={controls}
      onClick={onToggle}
      data-testid="sidebar-toggle"
    >
      <span aria-hidden="true">{shown ? '◀' : '▶'}</span> Data and filters
    </button>
  );
}
