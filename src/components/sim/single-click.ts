/**
 * A click handler for buttons whose press changes the screen: the second click of a double
 * click (`detail` 2 or more) is dropped, so it cannot land on whatever control has moved under
 * the pointer (Send giving way to the wait buttons, the pause button). Keyboard presses have
 * `detail` 0 and always go through.
 */
export function singleClick(event: MouseEvent): void {
  if (event.detail > 1) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}

/** Wraps an action so that only single clicks (and key presses) run it. */
export function onSingleClick(action: () => void): (event: MouseEvent) => void {
  return (event) => {
    if (event.detail > 1) return;
    action();
  };
}
