/**
 * Resolves once the screen just rendered is painted, or at most 100 ms later in a hidden tab,
 * where no frame is drawn. Work a screen does not need for its first frame waits for this.
 */
export const afterPaint = () =>
  new Promise<void>((painted) => {
    const hidden = setTimeout(painted, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(hidden);
        painted();
      }, 0),
    );
  });
