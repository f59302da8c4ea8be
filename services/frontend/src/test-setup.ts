// jsdom lacks what uPlot and the chart use at construction: matchMedia and ResizeObserver.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
    }),
  });
}
if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', {
    value: class {
      observe(): void {}
      disconnect(): void {}
      unobserve(): void {}
    },
  });
}
// jsdom has no canvas: a 2D context whose methods do nothing lets uPlot run its real code paths.
HTMLCanvasElement.prototype.getContext = function getContext() {
  const noop = () => undefined;
  return new Proxy({} as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : key === 'measureText' ? () => ({ width: 0 }) : noop),
    set: (target, key, value) => {
      target[key] = value;
      return true;
    },
  });
} as unknown as typeof HTMLCanvasElement.prototype.getContext;
if (!('Path2D' in window)) {
  // uPlot builds its line paths with Path2D; recording nothing is enough without a canvas.
  const path = class {
    moveTo(): void {}
    lineTo(): void {}
    rect(): void {}
    arc(): void {}
    closePath(): void {}
    bezierCurveTo(): void {}
    addPath(): void {}
  };
  Object.defineProperty(window, 'Path2D', { value: path });
  Object.defineProperty(globalThis, 'Path2D', { value: path });
}
