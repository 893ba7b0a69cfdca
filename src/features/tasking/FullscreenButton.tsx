import { useFullscreen } from './use-fullscreen';

/** Toggles the browser's full screen for the projector; absent where the browser cannot. */
export function FullscreenButton() {
  const { available, on, toggle } = useFullscreen();
  if (!available) return null;
  return (
    <button
      type="button"
      className="fullscreen-switch"
      aria-pressed={on}
      data-testid="meeting-fullscreen"
      onClick={toggle}
    >
      Full screen
    </button>
  );
}
